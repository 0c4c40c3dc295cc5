package registration_test

import (
	"context"
	"testing"
	"time"

	"strings"

	"stelsel"
	"stelsel/access"
	"stelsel/catalog"
	"stelsel/db"
	"stelsel/db/dbtest"
	"stelsel/registration"
)

// TestCountIncidentsInForce checks the decision in force at a data moment: the latest
// decision made by then counts when it is coded and confirmed by then; a correction
// replaces the decision before it from its own moment on (superseded_at, migration 00730).
func TestCountIncidentsInForce(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		f := newFixture(t, d)
		if res, err := f.svc.ImportReader(ctx, system, strings.NewReader(queueCSV(3)), "q.csv", registration.ImportOptions{}); err != nil || res.Flagged != 3 {
			t.Fatalf("import = %+v, %v", res, err)
		}
		coded := func(kind string) registration.DecisionInput {
			in := registration.DecisionInput{Kind: kind, Grounds: []string{"herkomst", "godsdienst"}, Indications: []string{"online"},
				Manifestation: "belediging", Rationale: "test"}
			if kind == catalog.DecisionDiscrimination {
				in.Articles = []string{"137c"}
			}
			return in
		}
		decide := func(a access.Actor, number string, in registration.DecisionInput) registration.Decision {
			t.Helper()
			dec, err := f.svc.Decide(ctx, a, number, in)
			if err != nil {
				t.Fatalf("Decide(%s): %v", number, err)
			}
			return dec
		}
		d1 := decide(analyst, "2026-Q-000001", coded(catalog.DecisionDiscrimination))
		d2 := decide(analyst, "2026-Q-000002", coded(catalog.DecisionDiscrimination))
		d2b := decide(analyst, "2026-Q-000002", notDiscrimination("toch geen groep"))
		f.svc.FourEyes = true
		d3 := decide(analyst, "2026-Q-000003", coded(catalog.DecisionCodis))
		c3, err := f.svc.Confirm(ctx, analyst2, "2026-Q-000003")
		if err != nil {
			t.Fatal(err)
		}

		// The corrected decision carries the moment of its correction.
		var sup time.Time
		if err := d.QueryRow(ctx, "SELECT superseded_at FROM decisions WHERE id = ?", d2.ID).Scan(&sup); err != nil || !sup.Equal(d2b.DecidedAt) {
			t.Errorf("superseded_at of the corrected decision = %v (%v), want %v", sup, err, d2b.DecidedAt)
		}
		var open int
		if err := d.QueryRow(ctx, "SELECT count(*) FROM decisions WHERE superseded_at IS NULL").Scan(&open); err != nil || open != 3 {
			t.Errorf("%d decisions without superseded_at (%v), want the 3 latest", open, err)
		}

		feb := func(day int) time.Time { return time.Date(2026, 2, day, 0, 0, 0, 0, time.UTC) }
		periods := []time.Time{feb(1), feb(2)}
		count := func(at time.Time) (n int, kinds map[string]int, perPeriod [2]int) {
			t.Helper()
			got, err := f.svc.CountIncidents(ctx, analyst, registration.IncidentFilter{From: feb(1), To: feb(28), At: at}, periods)
			if err != nil {
				t.Fatalf("CountIncidents(at %v): %v", at, err)
			}
			kinds = map[string]int{}
			for _, g := range got {
				n += g.N
				kinds[g.DecisionKind] += g.N
				perPeriod[g.Period] += g.N
				if !g.RegisteredAt.Equal(periods[g.Period]) || len(g.Grounds) != 2 || !g.Has("online") || g.Manifestation != "belediging" {
					t.Errorf("group %+v", g)
				}
			}
			return n, kinds, perPeriod
		}
		for _, c := range []struct {
			name      string
			at        time.Time
			want      int
			perPeriod [2]int
		}{
			{"before any decision", d1.DecidedAt.Add(-time.Second), 0, [2]int{0, 0}},
			{"after the first", d1.DecidedAt, 1, [2]int{1, 0}},
			{"before the correction", d2b.DecidedAt.Add(-time.Second), 2, [2]int{1, 1}},
			{"after the correction", d2b.DecidedAt, 1, [2]int{1, 0}},
			{"awaiting confirmation", d3.DecidedAt, 1, [2]int{1, 0}},
			{"confirmed", c3.ConfirmedAt.Add(time.Second), 2, [2]int{1, 1}},
		} {
			n, kinds, pp := count(c.at)
			if n != c.want || pp != c.perPeriod {
				t.Errorf("%s: %d incidents %v per period, want %d %v", c.name, n, pp, c.want, c.perPeriod)
			}
			if c.name == "confirmed" && (kinds[catalog.DecisionDiscrimination] != 1 || kinds[catalog.DecisionCodis] != 1) {
				t.Errorf("confirmed: kinds %v, want one discriminatie and one codis", kinds)
			}
		}

		// Leaving the kind out puts the discriminatie and codis incidents in one group.
		all, err := f.svc.CountIncidents(ctx, analyst, registration.IncidentFilter{From: feb(1), To: feb(28),
			Without: []registration.IncidentField{registration.FieldKind, registration.FieldReferral}}, []time.Time{feb(1)})
		if err != nil || len(all) != 1 || all[0].N != 2 || all[0].DecisionKind != "" || all[0].Unit != "DH" || len(all[0].Grounds) != 2 {
			t.Errorf("without kind = %+v, %v; want one group of 2", all, err)
		}
		if _, err := f.svc.CountIncidents(ctx, analyst, registration.IncidentFilter{From: feb(1), To: feb(28),
			Without: []registration.IncidentField{"d.text"}}, []time.Time{feb(1)}); err == nil {
			t.Errorf("an unknown field is accepted")
		}

		// Periods must start at the period's start and follow each other inside it.
		for _, bad := range [][]time.Time{nil, {feb(2)}, {feb(1), feb(1)}, {feb(1), feb(28)}} {
			if _, err := f.svc.CountIncidents(ctx, analyst, registration.IncidentFilter{From: feb(1), To: feb(28)}, bad); stelsel.ErrorCode(err) != stelsel.EINVALID {
				t.Errorf("periods %v: %v, want invalid", bad, err)
			}
		}
		if _, err := f.svc.CountIncidents(ctx, officer("DH"), registration.IncidentFilter{From: feb(1), To: feb(28)}, periods); stelsel.ErrorCode(err) != stelsel.EFORBIDDEN {
			t.Errorf("officer: %v, want forbidden", err)
		}
	})
}
