package integrity_test

import (
	"context"
	"slices"
	"testing"

	"stelsel/db"
	"stelsel/db/dbtest"
	"stelsel/integrity"
)

// TestListPageFollowsTheRules checks the paged dashboard list against the case rules
// themselves: for every account, the cases a list holds are exactly those Get lets the
// account open, the counts per status (kept by the database's triggers) are exactly the
// counts of those cases, and the pages put together are the full list in order, none
// twice. The cases vary over units, statuses, routes, assignments, teams and a subject
// with an account.
func TestListPageFollowsTheRules(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		ctx := context.Background()
		tri := f.as("triage1")
		report := func(unit string, about integrity.Subject) string {
			c, err := f.svc.Report(ctx, f.as("medewerker"), integrity.ReportInput{Kind: integrity.KindNamed, Unit: unit,
				Category: "omgangsvormen", Circumstances: []string{"in_dienst"}, Description: "Melding voor de lijsttest.", Subjects: []integrity.Subject{about}})
			if err != nil {
				t.Fatalf("Report: %v", err)
			}
			return c.Number
		}
		other := integrity.Subject{PersonnelNo: "P300400", Name: "A. Nder", Unit: "DH", Team: "Schilderswijk"}
		amSubject := integrity.Subject{PersonnelNo: "P500600", Name: "C. Amster", Unit: "AM", Team: "Centrum-Burgwallen"}
		// DH: received, acknowledged, waiting, functioning (own team and another),
		// disciplinary and criminal with assignments, LTIO, to close, closed.
		report("DH", other)
		if _, err := f.svc.Acknowledge(ctx, f.as("meldpunt"), report("DH", other), "Ontvangen."); err != nil {
			t.Fatal(err)
		}
		if _, err := f.svc.Triage(ctx, tri, report("DH", other), integrity.TriageInput{Checklist: []string{"ernstig"}, Rationale: "ernstig"}); err != nil {
			t.Fatal(err)
		}
		f.route(t, report("DH", subject), []string{"licht"}, "functioneren") // about betrokkene, team Haagse Hout
		f.route(t, report("DH", other), []string{"licht"}, "functioneren")   // team Schilderswijk
		// A subject of the manager's team named after the case was routed: the manager
		// sees it from then on.
		later := report("DH", other)
		f.route(t, later, []string{"licht"}, "functioneren")
		if _, err := f.svc.Register(ctx, tri, later, integrity.RegisterInput{Subjects: []integrity.Subject{{PersonnelNo: "P700800", Name: "D. Later", Unit: "DH", Team: "Haagse Hout"}}}); err != nil {
			t.Fatalf("Register: %v", err)
		}
		walled := report("DH", other)
		f.route(t, walled, []string{"ernstig", "strafbaar"}, "disciplinair", "strafrechtelijk")
		for _, as := range [][2]string{{integrity.TrackDisciplinary, "onderzoeker"}, {integrity.TrackCriminal, "recherche"}, {integrity.TrackCare, "vp"}} {
			if _, err := f.svc.Assign(ctx, tri, walled, as[0], as[1], "capaciteit"); err != nil {
				t.Fatalf("Assign %v: %v", as, err)
			}
		}
		f.route(t, report("DH", other), []string{"hoge_rang"})
		f.route(t, report("DH", other), []string{"geen_aanwijzing"})
		closed := report("DH", other)
		f.route(t, closed, []string{"licht"})
		if _, err := f.svc.Close(ctx, tri, closed, integrity.CloseInput{Outcome: integrity.Outcome{Outcome: "functioneren_afgerond"},
			Learning: integrity.Learning{Lessons: "l", Measures: []string{"communicatie"}}}); err != nil {
			t.Fatalf("Close: %v", err)
		}
		// AM: one received, one disciplinary.
		report("AM", amSubject)
		amCase := report("AM", amSubject)
		if _, err := f.svc.Triage(ctx, f.as("triage.am"), amCase, integrity.TriageInput{Checklist: []string{"licht"}, Rationale: "lijn"}); err != nil {
			t.Fatal(err)
		}

		all, err := f.svc.List(ctx, f.as("triage1"), integrity.Filter{Status: "", Limit: 1000})
		if err != nil || len(all) != 10 {
			t.Fatalf("triage list: %d, %v", len(all), err)
		}
		numbers := []string{}
		for _, u := range []string{"DH", "AM"} {
			list, _ := f.svc.List(ctx, f.as(map[string]string{"DH": "triage1", "AM": "triage.am"}[u]), integrity.Filter{Limit: 1000})
			for _, s := range list {
				numbers = append(numbers, s.Number)
			}
		}
		for _, ac := range accounts {
			a := f.as(ac.name)
			// What the rules let this account open, per status.
			want := map[string]bool{}
			wantCounts := map[string]int{}
			for _, n := range numbers {
				c, err := f.svc.Get(ctx, a, n, "lijsttest")
				if err == nil {
					want[n] = true
					wantCounts[c.Status]++
				}
			}
			list, err := f.svc.List(ctx, a, integrity.Filter{Limit: 1000})
			if err != nil {
				t.Fatalf("%s List: %v", ac.name, err)
			}
			got := map[string]bool{}
			for _, s := range list {
				got[s.Number] = true
			}
			for n := range want {
				if !got[n] {
					t.Errorf("%s may open %s but the list leaves it out", ac.name, n)
				}
			}
			for n := range got {
				if !want[n] {
					t.Errorf("%s lists %s but may not open it", ac.name, n)
				}
			}
			// The counts per status and the total of the open cases.
			p, err := f.svc.ListPage(ctx, a, integrity.Filter{Status: "open", Limit: 3})
			if err != nil {
				t.Fatalf("%s ListPage: %v", ac.name, err)
			}
			open := 0
			for st, n := range wantCounts {
				if p.Counts[st] != n {
					t.Errorf("%s: count of %s = %d, want %d", ac.name, st, p.Counts[st], n)
				}
				if st != integrity.StatusClosed {
					open += n
				}
			}
			for st, n := range p.Counts {
				if n != wantCounts[st] {
					t.Errorf("%s: count of %s = %d, want %d", ac.name, st, n, wantCounts[st])
				}
			}
			if p.Total != open {
				t.Errorf("%s: total of open cases = %d, want %d", ac.name, p.Total, open)
			}
			// Page by page, three at a time: the same cases in the same order as one list.
			var paged []string
			for off := 0; ; off += 3 {
				p, err := f.svc.ListPage(ctx, a, integrity.Filter{Status: "", Limit: 3, Offset: off})
				if err != nil {
					t.Fatalf("%s ListPage(%d): %v", ac.name, off, err)
				}
				for _, s := range p.Cases {
					paged = append(paged, s.Number)
				}
				if len(p.Cases) < 3 {
					break
				}
			}
			var whole []string
			for _, s := range list {
				whole = append(whole, s.Number)
			}
			if !slices.Equal(paged, whole) {
				t.Errorf("%s: pages %v, list %v", ac.name, paged, whole)
			}
			// A status filter and a unit filter.
			if p, err := f.svc.ListPage(ctx, a, integrity.Filter{Status: integrity.StatusInProgress, Unit: "dh", Limit: 100}); err != nil {
				t.Fatal(err)
			} else {
				for _, s := range p.Cases {
					if s.Status != integrity.StatusInProgress || s.Unit != "DH" || !want[s.Number] {
						t.Errorf("%s: filtered list holds %+v", ac.name, s)
					}
				}
			}
		}
		// The tracks per team kept by the database are exactly the join of subjects and
		// tracks (subjects before tracks, and tracks before subjects, both happened above).
		join := `SELECT s.unit, s.team, t.track, s.case_id FROM integrity_subjects s JOIN integrity_tracks t ON t.case_id = s.case_id WHERE s.team <> ''`
		kept := `SELECT unit, team, track, case_id FROM integrity_team_tracks`
		var n int
		if err := d.QueryRow(ctx, `SELECT count(*) FROM (`+kept+`) k`).Scan(&n); err != nil || n == 0 {
			t.Fatalf("kept team tracks: %d, %v", n, err)
		}
		for _, q := range []string{join + ` EXCEPT ` + kept, kept + ` EXCEPT ` + join} {
			if err := d.QueryRow(ctx, `SELECT count(*) FROM (`+q+`) x`).Scan(&n); err != nil || n != 0 {
				t.Errorf("%s: %d rows, %v; want none", q, n, err)
			}
		}
	})
}

// TestDeadlinesOnlyTheActorsWork checks that the dashboard's deadlines are the actor's own
// kind of work, earliest (so overdue) first, and that the limit keeps the earliest.
func TestDeadlinesOnlyTheActorsWork(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		ctx := context.Background()
		var first string
		for i := range 5 {
			c := f.report(t)
			if i == 0 {
				first = c.Number
			}
			f.clock = f.clock.AddDate(0, 0, 1)
		}
		c := f.report(t)
		if _, err := f.svc.Acknowledge(ctx, f.as("meldpunt"), c.Number, "Ontvangen."); err != nil {
			t.Fatal(err)
		}
		f.clock = f.clock.AddDate(0, 0, 40) // every triage deadline has passed
		dl, err := f.svc.Deadlines(ctx, f.as("triage1"), 2)
		if err != nil || len(dl) != 2 || dl[0].Kind != integrity.DueTriage || dl[1].Kind != integrity.DueTriage || dl[0].Number != first || !dl[0].Overdue || dl[1].Due.Before(dl[0].Due) {
			t.Errorf("triage deadlines = %+v, %v; want the two earliest triage deadlines, overdue, from %s", dl, err, first)
		}
		dl, err = f.svc.Deadlines(ctx, f.as("meldpunt"), 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, x := range dl {
			if x.Kind != integrity.DueAcknowledge && x.Kind != integrity.DueFeedback {
				t.Errorf("intake desk sees a %s deadline", x.Kind)
			}
		}
		if len(dl) != 5*2+1 { // five acknowledgements with their feedback, and the feedback of the acknowledged one
			t.Errorf("intake desk deadlines: %d, want 11", len(dl))
		}
		if dl, err := f.svc.Deadlines(ctx, f.as("recherche"), 0); err != nil || len(dl) != 0 {
			t.Errorf("criminal investigator deadlines = %+v, %v; want none", dl, err)
		}
	})
}
