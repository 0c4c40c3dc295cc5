package integrity_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"stelsel"
	"stelsel/db"
	"stelsel/db/dbtest"
	"stelsel/integrity"
)

func ptr[T any](v T) *T { return &v }

func TestDisciplinaryChainAndClose(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		ctx := context.Background()
		c := f.route(t, f.report(t).Number, []string{"ernstig"})
		n := c.Number
		if _, err := f.svc.Assign(ctx, f.as("triage1"), n, integrity.TrackDisciplinary, "onderzoeker", "capaciteit"); err != nil {
			t.Fatal(err)
		}
		step := func(who, s string) error {
			_, err := f.svc.Step(ctx, f.as(who), n, integrity.StepInput{Step: s, Body: s + " vastgelegd"})
			return err
		}
		wantCode(t, "advice before the report", step("jurist", "juridisch_advies"), stelsel.EINVALID)
		if err := step("onderzoeker", "onderzoeksrapport"); err != nil {
			t.Fatal(err)
		}
		wantCode(t, "advice by the investigator", step("onderzoeker", "juridisch_advies"), stelsel.ENOTFOUND)
		if err := step("jurist", "juridisch_advies"); err != nil {
			t.Fatal(err)
		}
		wantCode(t, "decision before the intention", step("gezag", "besluit"), stelsel.EINVALID)
		if err := step("gezag", "voornemen"); err != nil {
			t.Fatal(err)
		}
		got, _ := f.svc.Get(ctx, f.as("gezag"), n, "test")
		if got.StepDueKind != integrity.DueZienswijze || !got.StepDue.Equal(f.clock.AddDate(0, 0, 14)) {
			t.Errorf("after the intention: due %v %s, want zienswijze in 14 days", got.StepDue, got.StepDueKind)
		}
		f.clock = f.clock.AddDate(0, 0, 20)
		dl, _ := f.svc.Deadlines(ctx, f.as("onderzoeker"), 0)
		if len(dl) == 0 || dl[0].Kind != integrity.DueZienswijze || !dl[0].Overdue {
			t.Errorf("investigator's dashboard %+v, want the overdue zienswijze first", dl)
		}
		for _, s := range []struct{ who, step string }{{"onderzoeker", "zienswijze"}, {"gezag", "besluit"}} {
			if err := step(s.who, s.step); err != nil {
				t.Fatalf("%s: %v", s.step, err)
			}
		}
		got, _ = f.svc.Get(ctx, f.as("gezag"), n, "test")
		if got.StepDueKind != integrity.DueObjection {
			t.Errorf("after the decision: due kind %q, want bezwaartermijn", got.StepDueKind)
		}
		// Closing: the return plan first; a conditional dismissal needs conditions and a term.
		closeIn := integrity.CloseInput{Outcome: integrity.Outcome{Outcome: "bewezen_straf", Sanction: integrity.ConditionalDismissal,
			EducationalMeasures: []string{"maatschappelijke_stage"}},
			Learning: integrity.Learning{Factors: []string{"teamcultuur_onbekend"}, Lessons: "x", Measures: []string{"training"}}}
		wantCode(t, "close with an unknown factor", func() error { _, err := f.svc.Close(ctx, f.as("onderzoeker"), n, closeIn); return err }(), stelsel.EINVALID)
		closeIn.Learning.Factors = []string{"groepsdruk"}
		wantCode(t, "conditional dismissal without conditions", func() error { _, err := f.svc.Close(ctx, f.as("onderzoeker"), n, closeIn); return err }(), stelsel.EINVALID)
		closeIn.Outcome.SanctionConditions, closeIn.Outcome.SanctionTermMonths = "geen nieuwe discriminerende uitlatingen", 24
		_, err := f.svc.Close(ctx, f.as("onderzoeker"), n, closeIn)
		if stelsel.ErrorCode(err) != stelsel.EINVALID || !strings.Contains(stelsel.ErrorMessage(err), "terugkeer") {
			t.Errorf("close without return plan = %v, want EINVALID naming the return plan", err)
		}
		if _, err := f.svc.UpdateCare(ctx, f.as("onderzoeker"), n, integrity.CareInput{ReturnPlan: ptr("Gesprek met team, daarna coaching.")}); err != nil {
			t.Fatal(err)
		}
		wantCode(t, "close by another investigator", func() error { _, err := f.svc.Close(ctx, f.as("onderzoeker2"), n, closeIn); return err }(), stelsel.ENOTFOUND)
		c, err = f.svc.Close(ctx, f.as("onderzoeker"), n, closeIn)
		if err != nil || c.Status != integrity.StatusClosed {
			t.Fatalf("Close: %+v, %v", c, err)
		}
		wantCode(t, "step on a closed case", step("gezag", "bezwaar"), stelsel.ECONFLICT)
		got, _ = f.svc.Get(ctx, f.as("gezag"), n, "test")
		if got.Outcome.Sanction != integrity.ConditionalDismissal || got.Outcome.SanctionTermMonths != 24 || got.Learning.Lessons != "x" {
			t.Errorf("closed case outcome %+v learning %+v", got.Outcome, got.Learning)
		}
	})
}

func TestCriminalOMDecision(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		ctx := context.Background()
		c := f.route(t, f.report(t).Number, []string{"strafbaar"})
		if c.Triage.OMInformedOn == nil {
			t.Errorf("criminal route without OM date")
		}
		if _, err := f.svc.Assign(ctx, f.as("triage1"), c.Number, integrity.TrackCriminal, "recherche", "capaciteit"); err != nil {
			t.Fatal(err)
		}
		wantCode(t, "unknown OM decision", func() error {
			_, err := f.svc.OMDecision(ctx, f.as("recherche"), c.Number, "vrijspraak?", nil, "")
			return err
		}(), stelsel.EINVALID)
		wantCode(t, "OM decision by triage", func() error { _, err := f.svc.OMDecision(ctx, f.as("triage1"), c.Number, "sepot", nil, ""); return err }(), stelsel.ENOTFOUND)
		if c, err := f.svc.OMDecision(ctx, f.as("recherche"), c.Number, "transactie", nil, ""); err != nil || c.Outcome.OMDecision != "transactie" {
			t.Errorf("OMDecision: %v", err)
		}
	})
}

func TestCareAndCounsellor(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		ctx := context.Background()
		c := f.route(t, f.report(t).Number, []string{"ernstig"})
		wantCode(t, "counsellor before assignment", func() error { _, err := f.svc.Get(ctx, f.as("vp"), c.Number, "test"); return err }(), stelsel.ENOTFOUND)
		if _, err := f.svc.Assign(ctx, f.as("triage1"), c.Number, integrity.TrackCare, "vp", "medewerker vroeg om vertrouwenspersoon"); err != nil {
			t.Fatal(err)
		}
		got, err := f.svc.Get(ctx, f.as("vp"), c.Number, "test")
		if err != nil || got.Care == nil || len(got.Tracks) != 0 {
			t.Fatalf("counsellor Get = %+v, %v; want the care record and no dossier", got, err)
		}
		wantCode(t, "bad rights notice way", func() error {
			_, err := f.svc.UpdateCare(ctx, f.as("vp"), c.Number, integrity.CareInput{RightsNoticeHow: ptr("postduif")})
			return err
		}(), stelsel.EINVALID)
		c, err = f.svc.UpdateCare(ctx, f.as("vp"), c.Number, integrity.CareInput{RightsNoticeHow: ptr("persoonlijk"), CounsellorOffered: ptr(true),
			CounsellorAccepted: ptr(true), Representative: ptr("mr. A. Bijstand (vakbond)"), CareCostStatus: ptr("aangevraagd"), Contact: "Eerste gesprek."})
		if err != nil || c.Care.RightsNoticeAt == nil || !c.Care.CounsellorAccepted || c.Care.CareCostStatus != "aangevraagd" {
			t.Errorf("UpdateCare = %+v, %v", c.Care, err)
		}
		es, err := f.svc.CareContacts(ctx, f.as("vp"), c.Number)
		if err != nil || len(es) != 1 {
			t.Errorf("CareContacts = %v, %v", es, err)
		}
		if f.svc.Catalog().RightsNotice == "" || !strings.Contains(f.svc.Catalog().RightsNotice, "Klokkenluiders Meldpunt Politie") {
			t.Errorf("rights notice misses the whistleblower desk")
		}
	})
}

func TestFrameworkManager(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		ctx := context.Background()
		c := f.route(t, f.report(t).Number, []string{"licht"})
		follow := f.clock.AddDate(0, 0, 14)
		wantCode(t, "follow-up ticked without a date", func() error {
			_, err := f.svc.UpdateFramework(ctx, f.as("leiding"), c.Number, integrity.FrameworkInput{Done: []string{"vervolgdatum"}})
			return err
		}(), stelsel.EINVALID)
		wantCode(t, "manager of another team", func() error {
			_, err := f.svc.UpdateFramework(ctx, f.as("leiding.ander"), c.Number, integrity.FrameworkInput{Done: []string{"gesprek_melder"}})
			return err
		}(), stelsel.ENOTFOUND)
		c, err := f.svc.UpdateFramework(ctx, f.as("leiding"), c.Number, integrity.FrameworkInput{Done: []string{"gesprek_melder", "veiligheid", "vervolgdatum"}, FollowUpOn: &follow, Notes: "Afspraken gemaakt."})
		if err != nil || len(c.Framework.Done) != 3 {
			t.Fatalf("UpdateFramework = %+v, %v", c, err)
		}
		in := integrity.CloseInput{Outcome: integrity.Outcome{Outcome: "functioneren_afgerond"}, Learning: integrity.Learning{Lessons: "Teamgesprek hielp.", Measures: []string{"teamgesprek"}}}
		if _, err := f.svc.Close(ctx, f.as("leiding"), c.Number, in); err != nil {
			t.Errorf("manager closes functioning case: %v", err)
		}
	})
}

func TestSignalsAndFigures(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		ctx := context.Background()
		start := f.clock
		var numbers []string
		for i := 0; i < 3; i++ {
			numbers = append(numbers, f.report(t).Number)
			f.clock = f.clock.AddDate(0, 1, 0)
		}
		sg, err := f.svc.Signals(ctx, f.as("triage1"))
		if err != nil {
			t.Fatal(err)
		}
		var person *integrity.Signal
		for i := range sg {
			if sg[i].About == "medewerker" && sg[i].PersonnelNo == subject.PersonnelNo {
				person = &sg[i]
			}
		}
		if person == nil || person.Count != 3 || !strings.Contains(person.Explanation, "geen oordeel") {
			t.Errorf("Signals = %+v, want one for %s with 3 reports, explained", sg, subject.PersonnelNo)
		}
		if sg, _ := f.svc.Signals(ctx, f.as("triage.am")); len(sg) != 0 {
			t.Errorf("Signals in another unit = %+v", sg)
		}
		wantCode(t, "signals for an investigator", func() error { _, err := f.svc.Signals(ctx, f.as("onderzoeker")); return err }(), stelsel.EFORBIDDEN)
		// A year on, the window has passed.
		f.clock = start.AddDate(1, 1, 0)
		if sg, _ := f.svc.Signals(ctx, f.as("triage1")); len(sg) != 0 {
			t.Errorf("Signals after the window = %+v", sg)
		}
		// Close two as functioning, figures per half year.
		f.clock = time.Date(2026, 8, 1, 9, 0, 0, 0, time.UTC)
		for _, n := range numbers[:2] {
			f.route(t, n, []string{"licht"})
			in := integrity.CloseInput{Outcome: integrity.Outcome{Outcome: "functioneren_afgerond"}, Learning: integrity.Learning{Lessons: "l", Measures: []string{"communicatie"}, Factors: []string{"werkdruk"}}}
			if _, err := f.svc.Close(ctx, f.as("triage1"), n, in); err != nil {
				t.Fatalf("Close %s: %v", n, err)
			}
		}
		fig, err := f.svc.HalfYearFigures(ctx, f.as("triage1"), start, f.clock)
		if err != nil || len(fig.Periods) != 2 {
			t.Fatalf("HalfYearFigures = %+v, %v", fig, err)
		}
		h1, h2 := fig.Periods[0], fig.Periods[1]
		if h1.Label != "2026-H1" || h1.Received != 3 || h1.Closed != 0 || h2.Closed != 2 || h2.ByCategory["omgangsvormen"] != 2 ||
			h2.ByRoute["functioneren"] != 2 || h2.ByOutcome["functioneren_afgerond"] != 2 || h2.ByCircumstance["teamcultuur"] != 2 || h2.ByUnit["DH"] != 2 {
			t.Errorf("figures: %+v / %+v", h1, h2)
		}
		if h2.LeadTimeMedian <= 0 {
			t.Errorf("lead time median %v", h2.LeadTimeMedian)
		}
		wantCode(t, "figures for an employee", func() error { _, err := f.svc.HalfYearFigures(ctx, f.as("medewerker"), start, f.clock); return err }(), stelsel.EFORBIDDEN)
		am, _ := f.svc.HalfYearFigures(ctx, f.as("triage.am"), start, f.clock)
		if am.Periods[1].Closed != 0 {
			t.Errorf("figures for AM count DH cases")
		}
		for n, want := range map[int]string{0: "0", 1: "<5", 4: "<5", 5: "5", 12: "12"} {
			if got := integrity.Suppress(n); got != want {
				t.Errorf("Suppress(%d) = %q, want %q", n, got, want)
			}
		}
	})
}
