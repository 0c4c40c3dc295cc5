package registration_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"strings"
	"testing"
	"time"

	"stelsel"
	"stelsel/access"
	"stelsel/catalog"
	"stelsel/db"
	"stelsel/db/dbtest"
	"stelsel/registration"
)

func TestTermCounts(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		ctx := context.Background()
		f.importFile(t, f.file(t, "a.csv", sample(t, "sample.csv")))
		counts, err := f.svc.TermCounts(ctx, analyst)
		if err != nil {
			t.Fatal(err)
		}
		// Every flagged registration's current hits are counted, each term once per registration.
		want := map[string]int{}
		page, err := f.svc.Queue(ctx, analyst, registration.QueueFilter{Status: registration.StatusAll})
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range page.Items {
			det, err := f.svc.Get(ctx, analyst, it.Number, "test")
			if err != nil {
				t.Fatal(err)
			}
			seen := map[string]bool{}
			for _, h := range det.Hits {
				if !seen[h.Term] {
					want[h.Term]++
					seen[h.Term] = true
				}
			}
		}
		if len(want) == 0 {
			t.Fatal("the sample has no hits; the test would prove nothing")
		}
		for term, n := range want {
			if counts[term] != n {
				t.Errorf("TermCounts[%q] = %d, want %d (all: %v)", term, counts[term], n, counts)
			}
		}
		if _, err := f.svc.TermCounts(ctx, officer("DH")); stelsel.ErrorCode(err) != stelsel.EFORBIDDEN {
			t.Errorf("TermCounts as officer = %v, want forbidden", err)
		}
	})
}

func TestUnitListRefusalIsAudited(t *testing.T) {
	d := dbtest.SQLite(t)
	f := newFixture(t, d)
	ctx := context.Background()
	det := access.Actor{Username: "det", Role: access.RoleDetective, Units: []string{"DH"}}
	if _, err := f.svc.UnitList(ctx, det, registration.ListFilter{Unit: "AM"}); stelsel.ErrorCode(err) != stelsel.ENOTFOUND {
		t.Fatalf("UnitList(AM) as detective of DH = %v, want not found", err)
	}
	trail := access.NewTrail(d, time.Now)
	got, err := trail.List(ctx, access.Actor{Username: "aud", Role: access.RoleAuditor}, access.Filter{Action: access.ActionDenied})
	if err != nil || len(got) != 1 || got[0].ObjectKind != "unit_list" || got[0].ObjectID != "AM" || got[0].Actor != "det" {
		t.Errorf("denied entries = %+v, %v; want one for det on unit_list AM", got, err)
	}
}

func TestUnitListCSVIsInert(t *testing.T) {
	rows := []registration.ListRow{{Number: "R1", Unit: "DH", Team: "=HYPERLINK(\"http://x\")", Municipality: "+31", Summary: "@SUM(A1)"}}
	var buf bytes.Buffer
	if err := registration.WriteUnitListCSV(&buf, catalog.Default(), rows); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for _, cell := range recs[1] {
		if cell != "" && strings.ContainsRune("=+-@", rune(cell[0])) {
			t.Errorf("CSV cell %q starts with a formula character", cell)
		}
	}
	if !strings.Contains(out, "'=HYPERLINK") {
		t.Errorf("CSV = %q, want the formula kept as text behind an apostrophe", out)
	}
}
