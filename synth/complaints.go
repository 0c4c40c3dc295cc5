package synth

import (
	"context"
	"fmt"
	"math/rand/v2"
	"sort"
	"sync"
	"time"

	"stelsel/access"
	"stelsel/catalog"
	"stelsel/complaint"
	"stelsel/db"
)

// ComplaintStaff are the accounts that handle the synthetic complaints; they must exist
// as users with those roles. Coordinator and Handler work for Unit.
type ComplaintStaff struct {
	Unit        string
	Coordinator access.Actor
	Handler     access.Actor
	Commission  access.Actor
	NDV         access.Actor
}

// settableClock is the clock the synthetic handling runs on: steps happen on their own
// synthetic days, in time order, so deadlines and lead times look like real work.
type settableClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *settableClock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *settableClock) set(t time.Time) {
	c.mu.Lock()
	if t.After(c.t) {
		c.t = t
	}
	c.mu.Unlock()
}

type complaintEvent struct {
	at   time.Time
	i    int
	step func(ctx context.Context, svc *complaint.Service, ref string) error
}

var (
	complaintWhat = []string{
		"Ik werd op straat staande gehouden en moest mij legitimeren, zonder dat mij werd uitgelegd waarom. Ik denk vanwege mijn huidskleur.",
		"Bij een verkeerscontrole werd mijn auto doorzocht terwijl de andere auto's doorreden. Mijn vrienden en ik hebben een migratieachtergrond.",
		"De agent aan de balie maakte een opmerking over mijn hoofddoek en wilde mijn aangifte niet opnemen.",
		"Mijn zoon werd hardhandig aangehouden; de agenten scholden hem uit.",
		"Ik belde 112 en het duurde lang voordat er iemand kwam; de agent was onvriendelijk.",
		"Bij de aangifte van discriminatie door mijn buren werd ik niet serieus genomen.",
		"De politie kwam binnen zonder te zeggen waarom en liet een rommel achter.",
		"Ik werd op het station als enige uit de rij gehaald voor een controle.",
	}
	complaintNames = []string{"A. Yılmaz", "M. de Jong", "S. Bakker", "F. El Idrissi", "R. Tjon", "L. Visser", "K. Mensah", "J. Smit", "N. Haddou", "P. Peters"}
)

// Complaints files n synthetic complaints, deterministic for the seed, received over the
// months before now, and handles them through every phase with staff: refused,
// settled in phase 1, open in phase 1, sent to the commission, judged, withdrawn, or still
// waiting for the assessment. It runs the complaint service on its own clock, so every
// step is a real, audited service call on its synthetic day.
// It returns the figures of what it made: those of staff.Unit.
func Complaints(ctx context.Context, d *db.DB, trail *access.Trail, users *access.Users, staff ComplaintStaff, n int, seed uint64, now time.Time) (*complaint.Figures, error) {
	rng := rand.New(rand.NewPCG(seed, 0xc0ffee))
	start := now.AddDate(0, -6, 0)
	clock := &settableClock{t: start}
	svc := complaint.NewService(d, trail, users, catalog.Default(), clock.now)
	day := 24 * time.Hour
	var events []complaintEvent
	refs := make([]string, n)
	for i := range n {
		received := start.Add(time.Duration(rng.Int64N(int64(now.Sub(start)-3*day))) + time.Duration(rng.IntN(10))*time.Hour)
		in := complaint.Submission{Name: complaintNames[rng.IntN(len(complaintNames))], Email: fmt.Sprintf("klager%d@example.nl", i+1),
			Unit: staff.Unit, What: complaintWhat[rng.IntN(len(complaintWhat))], When: received.Add(-time.Duration(1+rng.IntN(20)) * day).Format("2006-01-02"),
			Where: "centrum", Wish: "Uitleg en een gesprek."}
		ep, disc := rng.IntN(100) < 30, rng.IntN(100) < 25
		in.EthnicProfiling, in.Discrimination = ep, disc
		if ep || disc {
			in.Grounds = []string{"herkomst"}
		}
		at := func(days float64) time.Time { return received.Add(time.Duration(days * float64(day))) }
		fate := rng.IntN(100)
		ev := func(days float64, step func(ctx context.Context, svc *complaint.Service, ref string) error) {
			if t := at(days); t.Before(now) {
				events = append(events, complaintEvent{at: t, i: i, step: step})
			}
		}
		ev(0, func(ctx context.Context, svc *complaint.Service, ref string) error {
			c, err := svc.File(ctx, in)
			if err == nil {
				refs[i] = c.Reference
			}
			return err
		})
		if fate < 8 {
			continue
		}
		if fate < 16 {
			ev(9, func(ctx context.Context, svc *complaint.Service, ref string) error {
				_, err := svc.Assess(ctx, staff.Coordinator, ref, complaint.AssessInput{Ground: "ouder_dan_jaar", Reason: "Het voorval is van meer dan een jaar geleden."})
				return err
			})
			continue
		}
		ev(2, func(ctx context.Context, svc *complaint.Service, ref string) error {
			_, err := svc.Assess(ctx, staff.Coordinator, ref, complaint.AssessInput{TakeUp: true, Handler: staff.Handler.Username})
			return err
		})
		ev(3, func(ctx context.Context, svc *complaint.Service, ref string) error {
			_, err := svc.Phase1(ctx, staff.Handler, ref, complaint.Phase1Input{Kind: complaint.StepContact, Note: "Klager gebeld, verhaal gehoord."})
			return err
		})
		if ep {
			ev(3.5, func(ctx context.Context, svc *complaint.Service, ref string) error {
				if _, err := svc.AssignNDV(ctx, staff.Coordinator, ref, complaint.AssignInput{Username: staff.NDV.Username}); err != nil {
					return err
				}
				_, err := svc.Mark(ctx, staff.Handler, ref, complaint.MarkInput{Kind: complaint.MarkerEthnicProfiling, Grounds: []string{"herkomst"}})
				return err
			})
			ev(12, func(ctx context.Context, svc *complaint.Service, ref string) error {
				_, err := svc.RecordVerkleurde(ctx, staff.Handler, ref, complaint.VerkleurdeInput{Experience: "De klager voelde zich gestigmatiseerd.",
					Explanation: "De medewerker legt uit dat het kenteken op een signaleringslijst stond.", FrameworkNamed: true,
					LearningPoint: "Noem bij de staandehouding direct de reden."})
				return err
			})
		}
		withEmployee := rng.IntN(2) == 0
		ev(10, func(ctx context.Context, svc *complaint.Service, ref string) error {
			_, err := svc.Phase1(ctx, staff.Handler, ref, complaint.Phase1Input{Kind: complaint.StepConversation, WithEmployee: withEmployee, Note: "Gesprek gevoerd."})
			return err
		})
		switch {
		case fate < 62:
			ev(14+float64(rng.IntN(14)), func(ctx context.Context, svc *complaint.Service, ref string) error {
				_, err := svc.Phase1(ctx, staff.Handler, ref, complaint.Phase1Input{Kind: complaint.StepOutcome, Settled: true, ComplainantWord: "Ik ben tevreden met het gesprek."})
				return err
			})
		case fate < 72:
			// still in phase 1
		case fate < 77:
			ev(20, func(ctx context.Context, svc *complaint.Service, ref string) error {
				_, err := svc.Withdraw(ctx, staff.Handler, ref, complaint.NoteInput{Note: "Klager trok de klacht telefonisch in."})
				return err
			})
		default:
			ev(21, func(ctx context.Context, svc *complaint.Service, ref string) error {
				if _, err := svc.Phase1(ctx, staff.Handler, ref, complaint.Phase1Input{Kind: complaint.StepOutcome, Settled: false, ComplainantWord: "Ik wil een oordeel."}); err != nil {
					return err
				}
				_, err := svc.ToCommission(ctx, staff.Coordinator, ref, complaint.CommissionInput{Members: []string{staff.Commission.Username}})
				return err
			})
			ev(45, func(ctx context.Context, svc *complaint.Service, ref string) error {
				_, err := svc.Advise(ctx, staff.Commission, ref, complaint.AdviceInput{Kind: "advies", Note: "De commissie adviseert de klacht deels gegrond te verklaren.", Judgement: "deels_gegrond"})
				return err
			})
			ev(30, func(ctx context.Context, svc *complaint.Service, ref string) error {
				if rng.IntN(3) > 0 {
					return nil
				}
				_, err := svc.Extend(ctx, staff.Coordinator, ref, complaint.ExtendInput{Until: at(84), Reason: "De commissie kan pas later zitting houden."})
				return err
			})
			ev(60, func(ctx context.Context, svc *complaint.Service, ref string) error {
				_, err := svc.Judge(ctx, staff.Coordinator, ref, complaint.JudgeInput{Judgement: "deels_gegrond", Reasons: "De controle was rechtmatig, maar de reden is niet uitgelegd.", Measures: "Bespreking in het team."})
				return err
			})
		}
	}
	sort.SliceStable(events, func(a, b int) bool { return events[a].at.Before(events[b].at) })
	for _, e := range events {
		clock.set(e.at)
		if err := e.step(ctx, svc, refs[e.i]); err != nil {
			return nil, fmt.Errorf("synthetic complaint %d: %w", e.i+1, err)
		}
	}
	return svc.Figures(ctx, access.System("synth"), complaint.FigureFilter{Units: []string{staff.Unit}})
}
