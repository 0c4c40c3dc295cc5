package registration_test

import (
	"context"
	"crypto/sha256"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"stelsel"
	"stelsel/access"
	"stelsel/catalog"
	"stelsel/db"
	"stelsel/db/dbtest"
	"stelsel/registration"
)

// TestSample: a period's sample of unflagged registrations is drawn reproducibly by the
// stated rule, audited, refused a second time and to roles without the right; decisions
// on its items, made with the ordinary decision, give the miss rate with its Wilson
// interval, the estimated number missed and the recall.
func TestSample(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		f := newFixture(t, d)
		var b strings.Builder
		b.WriteString(header)
		for i := 1; i <= 30; i++ {
			text := fmt.Sprintf("Melder verklaarde dat zijn fiets nummer %d bij het station was gestolen.", i)
			if i%10 == 0 {
				text = "Verdachte schold de aangever uit voor vuile nikker en dreigde hem te slaan."
			}
			fmt.Fprintf(&b, "2026-DH-%06d,melding,DH,Schilderswijk,F100,Diefstal,,2026-03-%02dT10:00:00+01:00,Den Haag,\"%s\"\n", i, 1+i%28, text)
		}
		// One of another month, never drawn for March.
		b.WriteString("2026-DH-000099,melding,DH,Schilderswijk,F100,Diefstal,,2026-04-02T10:00:00+02:00,Den Haag,\"Fiets gestolen.\"\n")
		f.importFile(t, f.file(t, "s.csv", b.String()))

		for _, c := range []struct {
			a      access.Actor
			period string
			size   int
			code   string
			field  string
		}{
			{analyst, "maart", 5, stelsel.EINVALID, "periode"},
			{analyst, "2026-13", 5, stelsel.EINVALID, "periode"},
			{analyst, "2026-03", 0, stelsel.EINVALID, "omvang"},
			{analyst, "2025-01", 5, stelsel.EINVALID, "periode"}, // nothing to draw from
			{access.Actor{Username: "det", Role: access.RoleDetective, Units: []string{"DH"}}, "2026-03", 5, stelsel.EFORBIDDEN, ""},
		} {
			_, err := f.svc.DrawSample(ctx, c.a, c.period, c.size, "")
			var e *stelsel.Error
			if stelsel.ErrorCode(err) != c.code || (c.field != "" && (!errorAs(err, &e) || e.Field != c.field)) {
				t.Errorf("DrawSample(%s, %q, %d) = %v, want %s on %q", c.a.Role, c.period, c.size, err, c.code, c.field)
			}
		}

		sm, err := f.svc.DrawSample(ctx, analyst, "2026-03", 10, "zaad-1")
		if err != nil {
			t.Fatal(err)
		}
		if sm.Population != 27 || sm.Flagged != 3 || sm.Size != 10 || sm.Seed != "zaad-1" {
			t.Fatalf("DrawSample = %+v, want 10 of 27 unflagged (3 flagged)", sm)
		}
		if _, err := f.svc.DrawSample(ctx, analyst, "2026-03", 10, ""); stelsel.ErrorCode(err) != stelsel.ECONFLICT {
			t.Errorf("second DrawSample for 2026-03 = %v, want ECONFLICT", err)
		}
		if n := f.count(t, "SELECT count(*) FROM audit_log WHERE object_kind = 'sample' AND action = 'create'"); n != 1 {
			t.Errorf("%d audit entries for the draw, want 1", n)
		}

		// The stated rule: the unflagged registrations of March by SHA-256(seed, number).
		var want []string
		for i := 1; i <= 30; i++ {
			if i%10 != 0 {
				want = append(want, fmt.Sprintf("2026-DH-%06d", i))
			}
		}
		slices.SortFunc(want, func(x, y string) int {
			kx, ky := sha256.Sum256([]byte("zaad-1\x00"+x)), sha256.Sum256([]byte("zaad-1\x00"+y))
			return strings.Compare(string(kx[:]), string(ky[:]))
		})
		want = want[:10]
		d1, err := f.svc.SampleByID(ctx, analyst, sm.ID)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, it := range d1.Items {
			got = append(got, it.Number)
		}
		if !slices.Equal(got, want) || d1.Open != 10 {
			t.Fatalf("sample items = %v (open %d), want %v (open 10)", got, d1.Open, want)
		}
		if _, err := f.svc.SampleByID(ctx, officer("DH"), sm.ID); stelsel.ErrorCode(err) != stelsel.EFORBIDDEN {
			t.Errorf("SampleByID as officer = %v, want EFORBIDDEN", err)
		}
		if _, err := f.svc.SampleByID(ctx, analyst, sm.ID+100); stelsel.ErrorCode(err) != stelsel.ENOTFOUND {
			t.Errorf("SampleByID(missing) = %v, want ENOTFOUND", err)
		}

		// Decisions: one sampled registration turns out discriminatory, three not; one
		// flagged registration is confirmed.
		disc := registration.DecisionInput{Kind: catalog.DecisionDiscrimination, Articles: []string{"137c"},
			Grounds: []string{"herkomst"}, Manifestation: "belediging", Rationale: "Gemist door de screening."}
		not := registration.DecisionInput{Kind: catalog.DecisionNotDiscrimination, Reason: "Geen discriminatoir aspect.", Rationale: "Fietsdiefstal."}
		for i, n := range want[:4] {
			in := not
			if i == 0 {
				in = disc
			}
			if _, err := f.svc.Decide(ctx, analyst, n, in); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := f.svc.Decide(ctx, analyst, "2026-DH-000010", disc); err != nil {
			t.Fatal(err)
		}
		next, err := f.svc.NextInSample(ctx, analyst, sm.ID, want[1])
		if err != nil || next != want[4] {
			t.Errorf("NextInSample(after %s) = %q, %v; want %s", want[1], next, err, want[4])
		}
		list, err := f.svc.Samples(ctx, analyst)
		if err != nil || len(list) != 1 {
			t.Fatalf("Samples = %+v, %v", list, err)
		}
		e := list[0].Estimate
		lo, hi := registration.Wilson(1, 4)
		if e.Decided != 4 || e.Found != 1 || e.Confirmed != 1 || e.MissRate == nil || e.MissRate.Value != 0.25 ||
			e.MissRate.Low != lo || e.MissRate.High != hi {
			t.Fatalf("estimate = %+v, want 1 of 4 decided missed, 1 confirmed, Wilson %.3f-%.3f", e, lo, hi)
		}
		if math.Abs(e.Missed.Value-0.25*27) > 1e-9 || math.Abs(e.Missed.High-hi*27) > 1e-9 {
			t.Errorf("missed = %+v, want 0.25*27 with the bounds times 27", e.Missed)
		}
		if r := e.Recall; r == nil || math.Abs(r.Value-1/(1+0.25*27)) > 1e-9 || r.Low > r.Value || r.High < r.Value {
			t.Errorf("recall = %+v, want 1/(1+6.75) inside its bounds", r)
		}
		all, err := f.svc.Recall(ctx)
		if err != nil || all.Samples != 1 || all.Found != 1 || all.Decided != 4 || all.Population != 27 {
			t.Errorf("Recall = %+v, %v", all, err)
		}
	})
}

func errorAs(err error, e **stelsel.Error) bool {
	x, ok := err.(*stelsel.Error)
	if ok {
		*e = x
	}
	return ok
}
