package complaint_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"stelsel"
	"stelsel/access"
	"stelsel/complaint"
	"stelsel/db"
	"stelsel/db/dbtest"
)

func TestMain(m *testing.M) { dbtest.Main(m) }

// clock is an injected clock that tests move forward.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time      { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) { c.mu.Lock(); c.t = c.t.Add(d); c.mu.Unlock() }

type fixture struct {
	svc    *complaint.Service
	trail  *access.Trail
	clock  *clock
	actors map[string]access.Actor
}

var staff = []access.NewUser{
	{Username: "coord", Role: access.RoleComplaintCoordinator, Units: []string{"DH"}},
	{Username: "beh", Role: access.RoleComplaintHandler, Units: []string{"DH"}},
	{Username: "beh.am", Role: access.RoleComplaintHandler, Units: []string{"AM"}},
	{Username: "comm", Role: access.RoleCommissionMember},
	{Username: "comm2", Role: access.RoleCommissionMember},
	{Username: "ndv", Role: access.RoleNDVAdviser},
	// collega handles complaints in DH and is also the employee complained about.
	{Username: "collega", Role: access.RoleComplaintHandler, Units: []string{"DH"}},
	{Username: "ana", Role: access.RoleAnalyst},
}

func setup(t *testing.T, d *db.DB) *fixture {
	t.Helper()
	ctx := context.Background()
	c := &clock{t: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)}
	trail := access.NewTrail(d, c.now)
	users := access.NewUsers(d, trail, c.now)
	f := &fixture{svc: complaint.NewService(d, trail, users, nil, c.now), trail: trail, clock: c, actors: map[string]access.Actor{}}
	for _, nu := range staff {
		nu.Name, nu.OIDCSubject = "Naam "+nu.Username, "sub-"+nu.Username
		if _, err := users.Add(ctx, access.System("test"), nu); err != nil {
			t.Fatal(err)
		}
		a, err := users.Actor(ctx, nu.Username)
		if err != nil {
			t.Fatal(err)
		}
		f.actors[nu.Username] = a
	}
	return f
}

func (f *fixture) a(name string) access.Actor { return f.actors[name] }

var citizen = complaint.Submission{Name: "Samira El Amrani", Email: "samira@example.nl", Unit: "DH",
	What: "Ik werd op straat aangehouden en gefouilleerd zonder uitleg; volgens mij vanwege mijn afkomst.",
	When: "2026-02-20", Where: "Den Haag, Hoefkade", Employee: "Twee agenten in uniform", Wish: "Uitleg en excuses.",
	EthnicProfiling: true, Grounds: []string{"herkomst"}}

func code(err error) string { return stelsel.ErrorCode(err) }

func TestFileValidation(t *testing.T) {
	f := setup(t, dbtest.SQLite(t))
	_, err := f.svc.File(context.Background(), complaint.Submission{What: "x", When: "morgen"})
	if code(err) != stelsel.EINVALID {
		t.Fatalf("File(empty) = %v, want invalid", err)
	}
	fields := map[string]bool{}
	var multi interface{ Unwrap() []error }
	if !errors.As(err, &multi) {
		t.Fatalf("File(empty) does not list every problem: %v", err)
	}
	for _, e := range multi.Unwrap() {
		var se *stelsel.Error
		if errors.As(e, &se) {
			fields[se.Field] = true
		}
	}
	for _, want := range []string{"naam", "email", "eenheid", "wanneer"} {
		if !fields[want] {
			t.Errorf("File(empty): no problem for field %s; got %v", want, fields)
		}
	}
	if !strings.Contains(err.Error(), "anonieme") {
		t.Errorf("the missing name does not explain that anonymous complaints are not handled: %v", err)
	}
}

func TestComplaintPhase1(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		f := setup(t, d)
		c, err := f.svc.File(ctx, citizen)
		if err != nil {
			t.Fatal(err)
		}
		if !complaint.ValidReference(c.Reference) || c.Phase != complaint.PhaseReceived || len(c.Letters) != 1 || c.Letters[0].Kind != complaint.LetterAcknowledgement {
			t.Fatalf("filed complaint = %+v", c)
		}
		if !strings.Contains(c.Letters[0].Body, c.Reference) || !strings.Contains(c.Letters[0].Body, "13 april 2026") {
			t.Errorf("acknowledgement lacks the reference or the 6-week date:\n%s", c.Letters[0].Body)
		}
		if !c.Marked(complaint.MarkerEthnicProfiling) || c.Markers[0].Party != complaint.PartyComplainant {
			t.Errorf("complainant's marker = %+v", c.Markers)
		}
		// The handler of another unit, the analyst and an unassigned commission member see nothing.
		for _, who := range []string{"beh.am", "comm", "ndv"} {
			if _, err := f.svc.Get(ctx, f.a(who), c.Reference); code(err) != stelsel.ENOTFOUND {
				t.Errorf("Get as %s = %v, want not found", who, err)
			}
		}
		if _, err := f.svc.Get(ctx, f.a("ana"), c.Reference); code(err) != stelsel.EFORBIDDEN {
			t.Errorf("Get as analyst = %v, want forbidden", err)
		}
		// Stale view.
		if _, err := f.svc.Assess(ctx, f.a("coord"), c.Reference, complaint.AssessInput{Version: 7, TakeUp: true, Handler: "beh"}); code(err) != stelsel.ECONFLICT {
			t.Errorf("Assess on a stale version = %v, want conflict", err)
		}
		if _, err := f.svc.Assess(ctx, f.a("coord"), c.Reference, complaint.AssessInput{TakeUp: true, Handler: "beh.am"}); code(err) != stelsel.EINVALID {
			t.Errorf("Assess with a handler of another unit = %v, want invalid", err)
		}
		if _, err := f.svc.Assess(ctx, f.a("beh"), c.Reference, complaint.AssessInput{TakeUp: true, Handler: "beh"}); code(err) != stelsel.EFORBIDDEN {
			t.Errorf("Assess by a handler = %v, want forbidden", err)
		}
		c, err = f.svc.Assess(ctx, f.a("coord"), c.Reference, complaint.AssessInput{Version: c.Version, TakeUp: true, Handler: "beh"})
		if err != nil || c.Phase != complaint.PhaseOne || c.Handler != "beh" {
			t.Fatalf("Assess = %+v, %v", c, err)
		}
		if _, err := f.svc.RecordVerkleurde(ctx, f.a("beh"), c.Reference, complaint.VerkleurdeInput{Experience: "Voelde zich vernederd"}); code(err) != stelsel.EINVALID {
			t.Errorf("Verkleurde beelden without the employee's explanation = %v, want invalid", err)
		}
		steps := []func() (*complaint.Complaint, error){
			func() (*complaint.Complaint, error) {
				return f.svc.Mark(ctx, f.a("beh"), c.Reference, complaint.MarkInput{Kind: complaint.MarkerEthnicProfiling, Grounds: []string{"herkomst"}})
			},
			func() (*complaint.Complaint, error) {
				return f.svc.AssignNDV(ctx, f.a("coord"), c.Reference, complaint.AssignInput{Username: "ndv"})
			},
			func() (*complaint.Complaint, error) {
				return f.svc.Phase1(ctx, f.a("beh"), c.Reference, complaint.Phase1Input{Kind: complaint.StepContact, Note: "Gebeld"})
			},
			func() (*complaint.Complaint, error) {
				return f.svc.Phase1(ctx, f.a("beh"), c.Reference, complaint.Phase1Input{Kind: complaint.StepInvitation,
					At: f.clock.now().Add(72 * time.Hour), Place: "bureau Hoefkade", WithEmployee: true})
			},
			func() (*complaint.Complaint, error) {
				return f.svc.RecordVerkleurde(ctx, f.a("beh"), c.Reference, complaint.VerkleurdeInput{Experience: "Voelde zich vernederd",
					Explanation: "Het signalement van een melding kwam overeen: een man met een rode jas.", FrameworkNamed: true,
					LearningPoint: "Leg de reden van de controle direct uit."})
			},
			func() (*complaint.Complaint, error) {
				return f.svc.Phase1(ctx, f.a("beh"), c.Reference, complaint.Phase1Input{Kind: complaint.StepConversation, WithEmployee: true, Note: "Goed gesprek"})
			},
			func() (*complaint.Complaint, error) {
				return f.svc.Phase1(ctx, f.a("beh"), c.Reference, complaint.Phase1Input{Kind: complaint.StepOutcome, Settled: true, ComplainantWord: "Ik ben tevreden met de uitleg."})
			},
		}
		for i, step := range steps {
			if c, err = step(); err != nil {
				t.Fatalf("step %d: %v", i, err)
			}
		}
		if c.Phase != complaint.PhaseClosed || c.Outcome != complaint.OutcomeSettled || len(c.Markers) != 2 || c.Verkleurde == nil {
			t.Errorf("settled complaint = %+v", c)
		}
		if len(c.Letters) != 2 || c.Letters[1].Kind != complaint.LetterInvitation {
			t.Errorf("letters = %+v, want acknowledgement and invitation", c.Letters)
		}
		// The NDV adviser now sees the case assigned to them.
		if _, err := f.svc.Get(ctx, f.a("ndv"), c.Reference); err != nil {
			t.Errorf("Get as the assigned NDV adviser = %v", err)
		}
		fig, err := f.svc.Figures(ctx, f.a("coord"), complaint.FigureFilter{})
		if err != nil {
			t.Fatal(err)
		}
		if fig.Total != 1 || fig.SettledPhase1 != 1 || fig.ByMarker[complaint.MarkerEthnicProfiling] != 1 || fig.ByOutcome[complaint.OutcomeSettled] != 1 {
			t.Errorf("figures = %+v", fig)
		}
		if pub := fig.Published(); pub[1][1] != "<5" || pub[1][0] != "Den Haag" {
			t.Errorf("published table = %v, want the count 1 as <5", pub)
		}
		if _, err := f.svc.Figures(ctx, f.a("coord"), complaint.FigureFilter{Units: []string{"AM"}}); code(err) != stelsel.EINVALID {
			t.Errorf("figures of another unit = %v, want invalid", err)
		}
		// Reads and changes are in the audit trail.
		entries, err := f.trail.List(ctx, access.System("t"), access.Filter{ObjectKind: complaint.ObjectKind, ObjectID: c.Reference, Limit: 100})
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]int{}
		for _, e := range entries {
			seen[e.Action]++
		}
		if seen[access.ActionCreate] != 1 || seen[access.ActionChange] < 8 || seen[access.ActionDenied] < 3 || seen[access.ActionView] < 1 {
			t.Errorf("audit trail of %s: %v", c.Reference, seen)
		}
	})
}

func TestEmployeeNeverSeesOwnComplaint(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		f := setup(t, d)
		in := citizen
		in.Channel, in.Oral, in.EmployeeUsername, in.OnBehalfOf = "telefoon", true, "collega", "haar zoon Yassin"
		c, err := f.svc.Register(ctx, f.a("beh"), in)
		if err != nil {
			t.Fatal(err)
		}
		if c.RegisteredBy != "beh" || !c.Oral || c.OnBehalfOf == "" {
			t.Errorf("registered = %+v", c.Details)
		}
		if _, err := f.svc.Get(ctx, f.a("collega"), c.Reference); code(err) != stelsel.ENOTFOUND {
			t.Errorf("the employee complained about opens the case: %v", err)
		}
		if _, err := f.svc.Mark(ctx, f.a("collega"), c.Reference, complaint.MarkInput{Kind: complaint.MarkerDiscrimination, Grounds: []string{"herkomst"}}); code(err) != stelsel.ENOTFOUND {
			t.Errorf("the employee complained about changes the case: %v", err)
		}
		items, err := f.svc.List(ctx, f.a("collega"), complaint.ListFilter{})
		if err != nil || len(items) != 0 {
			t.Errorf("the employee's list = %v, %v; want empty", items, err)
		}
		if items, err := f.svc.List(ctx, f.a("beh"), complaint.ListFilter{}); err != nil || len(items) != 1 {
			t.Errorf("the handler's list = %v, %v", items, err)
		}
		in.Unit = "AM"
		if _, err := f.svc.Register(ctx, f.a("beh"), in); code(err) != stelsel.EINVALID {
			t.Errorf("Register for another unit = %v, want invalid", err)
		}
	})
}

func TestPhase2AndDeadlines(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		f := setup(t, d)
		received := f.clock.now()
		c, err := f.svc.File(ctx, citizen)
		if err != nil {
			t.Fatal(err)
		}
		if want := received.Add(4 * 7 * 24 * time.Hour); !c.NextDeadline().Equal(want) {
			t.Errorf("deadline before assessment = %v, want the refusal term %v", c.NextDeadline(), want)
		}
		c, err = f.svc.Assess(ctx, f.a("coord"), c.Reference, complaint.AssessInput{TakeUp: true, Handler: "beh"})
		if err != nil {
			t.Fatal(err)
		}
		six := received.Add(6 * 7 * 24 * time.Hour)
		if !c.HandlingDeadline().Equal(six) {
			t.Errorf("handling deadline = %v, want %v", c.HandlingDeadline(), six)
		}
		// Extension: at most 4 weeks, once.
		if _, err := f.svc.Extend(ctx, f.a("beh"), c.Reference, complaint.ExtendInput{Until: six.Add(5 * 7 * 24 * time.Hour), Reason: "drukte"}); code(err) != stelsel.EINVALID {
			t.Errorf("extension of 5 weeks = %v, want invalid", err)
		}
		c, err = f.svc.Extend(ctx, f.a("beh"), c.Reference, complaint.ExtendInput{Until: six.Add(3 * 7 * 24 * time.Hour), Reason: "de medewerker is met verlof"})
		if err != nil {
			t.Fatal(err)
		}
		kinds := map[string]bool{}
		for _, l := range c.Letters {
			kinds[l.Kind+"/"+l.Recipient] = true
		}
		if !kinds["verdaging_klager/klager"] || !kinds["verdaging_medewerker/medewerker"] {
			t.Errorf("extension letters = %v, want notice to complainant and employee", kinds)
		}
		if _, err := f.svc.Extend(ctx, f.a("beh"), c.Reference, complaint.ExtendInput{Until: six.Add(4 * 7 * 24 * time.Hour), Reason: "nog eens"}); code(err) != stelsel.ECONFLICT {
			t.Errorf("second extension = %v, want conflict", err)
		}
		// Not settled in phase 1: to the commission; 10 weeks.
		if c, err = f.svc.Phase1(ctx, f.a("beh"), c.Reference, complaint.Phase1Input{Kind: complaint.StepOutcome, Settled: false, ComplainantWord: "Ik wil een oordeel."}); err != nil {
			t.Fatal(err)
		}
		if c, err = f.svc.ToCommission(ctx, f.a("coord"), c.Reference, complaint.CommissionInput{Members: []string{"comm"}}); err != nil {
			t.Fatal(err)
		}
		if !c.BaseDeadline().Equal(received.Add(10 * 7 * 24 * time.Hour)) {
			t.Errorf("base deadline with the commission = %v", c.BaseDeadline())
		}
		if _, err := f.svc.Get(ctx, f.a("comm"), c.Reference); err != nil {
			t.Errorf("the commission member sent the case: %v", err)
		}
		if _, err := f.svc.Get(ctx, f.a("comm2"), c.Reference); code(err) != stelsel.ENOTFOUND {
			t.Errorf("another commission member = %v, want not found", err)
		}
		if _, err := f.svc.Judge(ctx, f.a("coord"), c.Reference, complaint.JudgeInput{Judgement: "gegrond", Reasons: "x"}); code(err) != stelsel.ECONFLICT {
			t.Errorf("judgement before the advice = %v, want conflict", err)
		}
		if _, err := f.svc.Advise(ctx, f.a("comm2"), c.Reference, complaint.AdviceInput{Kind: "advies", Note: "x", Judgement: "gegrond"}); code(err) != stelsel.ENOTFOUND {
			t.Errorf("advice by a member not sent the case = %v, want not found", err)
		}
		// Past the 10 weeks + extension the case is overdue; consent moves the term.
		f.clock.add(11 * 7 * 24 * time.Hour)
		if !c.Overdue(f.clock.now()) {
			t.Errorf("complaint not overdue after 11 weeks (deadline %v)", c.NextDeadline())
		}
		dash, err := f.svc.Dashboard(ctx, f.a("coord"))
		if err != nil || len(dash) != 1 || dash[0].Overdue != 1 || !dash[0].Items[0].Overdue {
			t.Errorf("dashboard = %+v, %v", dash, err)
		}
		if c, err = f.svc.RecordConsent(ctx, f.a("beh"), c.Reference, complaint.ConsentInput{Until: f.clock.now().Add(14 * 24 * time.Hour),
			GivenOn: f.clock.now().Format("2006-01-02"), Note: "E-mail van de klager, in het dossier"}); err != nil {
			t.Fatal(err)
		}
		if c.Overdue(f.clock.now()) {
			t.Errorf("complaint overdue after recorded consent (deadline %v)", c.NextDeadline())
		}
		if _, err := f.svc.Advise(ctx, f.a("comm"), c.Reference, complaint.AdviceInput{Kind: "hoorzitting", At: f.clock.now(), Note: "Beide partijen gehoord"}); err != nil {
			t.Fatal(err)
		}
		if _, err := f.svc.Advise(ctx, f.a("comm"), c.Reference, complaint.AdviceInput{Kind: "advies", Note: "De selectie is onvoldoende uitgelegd.", Judgement: "deels_gegrond"}); err != nil {
			t.Fatal(err)
		}
		c, err = f.svc.Judge(ctx, f.a("coord"), c.Reference, complaint.JudgeInput{Judgement: "deels_gegrond", Reasons: "De controle was rechtmatig, de uitleg ontbrak.", Measures: "Bespreking in het team."})
		if err != nil {
			t.Fatal(err)
		}
		last := c.Letters[len(c.Letters)-1]
		if last.Kind != complaint.LetterJudgement || !strings.Contains(last.Body, "Nationale ombudsman") || !strings.Contains(last.Body, "binnen een jaar") {
			t.Errorf("judgement letter:\n%s", last.Body)
		}
		fig, err := f.svc.Figures(ctx, access.System("t"), complaint.FigureFilter{})
		if err != nil || fig.ToPhase2 != 1 || fig.ByOutcome["deels_gegrond"] != 1 || fig.Marked[0].Founded != 1 {
			t.Errorf("figures = %+v, %v", fig, err)
		}
	})
}

func TestRefusal(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		f := setup(t, d)
		c, err := f.svc.File(ctx, citizen)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.svc.Assess(ctx, f.a("coord"), c.Reference, complaint.AssessInput{Ground: "onzin", Reason: "x"}); code(err) != stelsel.EINVALID {
			t.Errorf("refusal on an unknown ground = %v", err)
		}
		c, err = f.svc.Assess(ctx, f.a("coord"), c.Reference, complaint.AssessInput{Ground: "strafrechtelijk", Reason: "Over deze aanhouding loopt een strafzaak."})
		if err != nil {
			t.Fatal(err)
		}
		if c.Phase != complaint.PhaseRefused || c.Open() || c.Letters[len(c.Letters)-1].Kind != complaint.LetterRefusal {
			t.Errorf("refused complaint = %+v", c)
		}
		if body := c.Letters[len(c.Letters)-1].Body; !strings.Contains(body, "9:8") || !strings.Contains(body, "strafrechtelijk onderzoek") {
			t.Errorf("refusal letter:\n%s", body)
		}
	})
}

func TestHints(t *testing.T) {
	r := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	for when, want := range map[string]int{"2025-02-01": 1, "2025-06-01": 0, "": 0, "onzin": 0} {
		c := &complaint.Complaint{ReceivedAt: r, Details: complaint.Details{When: when}}
		if got := len(c.Hints()); got != want {
			t.Errorf("Hints(when %q) = %d hints, want %d", when, got, want)
		}
	}
}

func TestDaysLeft(t *testing.T) {
	r := time.Date(2026, 1, 5, 10, 0, 0, 0, time.UTC)
	c := &complaint.Complaint{ReceivedAt: r, Phase: complaint.PhaseOne}
	for _, tc := range []struct {
		now  time.Time
		left int
		over bool
	}{
		{r, 42, false},
		{r.Add(41 * 24 * time.Hour), 1, false},
		{r.Add(42 * 24 * time.Hour), 0, false},
		{r.Add(42*24*time.Hour + time.Hour), -1, true},
	} {
		if got := c.DaysLeft(tc.now); got != tc.left || c.Overdue(tc.now) != tc.over {
			t.Errorf("DaysLeft(%v) = %d, overdue %t; want %d, %t", tc.now, got, c.Overdue(tc.now), tc.left, tc.over)
		}
	}
}

func TestReferIntegrity(t *testing.T) {
	ctx := context.Background()
	f := setup(t, dbtest.SQLite(t))
	c, err := f.svc.File(ctx, citizen)
	if err != nil {
		t.Fatal(err)
	}
	var passed string
	f.svc.SetIntake(func(ctx context.Context, c *complaint.Complaint, note string) (string, error) {
		passed = c.Reference + ": " + note
		return "I-2026-000042", nil
	})
	if _, err := f.svc.ReferIntegrity(ctx, f.a("beh"), c.Reference, complaint.NoteInput{Note: "x"}); code(err) != stelsel.EFORBIDDEN {
		t.Errorf("referral by a handler = %v, want forbidden", err)
	}
	c, err = f.svc.ReferIntegrity(ctx, f.a("coord"), c.Reference, complaint.NoteInput{Note: "Mogelijk geweld buiten de instructie."})
	if err != nil {
		t.Fatal(err)
	}
	if c.Referral == nil || c.Referral.Ref != "I-2026-000042" || passed != c.Reference+": Mogelijk geweld buiten de instructie." {
		t.Errorf("referral = %+v, passed %q", c.Referral, passed)
	}
	if _, err := f.svc.ReferIntegrity(ctx, f.a("coord"), c.Reference, complaint.NoteInput{Note: "nog eens"}); code(err) != stelsel.ECONFLICT {
		t.Errorf("second referral = %v, want conflict", err)
	}
}
