package report_test

import (
	"bytes"
	"context"
	"testing"

	"stelsel"
	"stelsel/catalog"
	"stelsel/db"
	"stelsel/db/dbtest"
	"stelsel/report"
)

func TestSnapshotReproducible(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		f := newFixture(t, d)
		yearFixture(t, f)
		if _, err := f.rep.Establish(ctx, analyst, 2025, f.clock, ""); stelsel.ErrorCode(err) != stelsel.EFORBIDDEN {
			t.Errorf("analyst Establish: %v, want forbidden (policy staff establish)", err)
		}
		snap, err := f.rep.Establish(ctx, policy, 2025, f.clock, "jaarcijfers 2025")
		if err != nil {
			t.Fatal(err)
		}
		if snap.Version != 1 || len(snap.Hash) != 64 || snap.Catalog == "" || snap.Lexicon == "" {
			t.Fatalf("snapshot = %+v", snap)
		}
		// Later work: a new incident in 2025, and a correction of one that was counted.
		nums := f.add(t, inc{unit: "NN", day: "2025-09-09", grounds: "handicap", manifestation: "bedreiging"})
		_ = nums
		stored, err := f.rep.Snapshot(ctx, system, snap.ID, true)
		if err != nil {
			t.Fatal(err)
		}
		again, err := f.rep.Recompute(ctx, system, stored)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(again, stored.Content()) {
			t.Errorf("recomputed figures differ from the snapshot:\n%s\n---\n%s", again, stored.Content())
		}
		if stored.Figures.Incidents != 7 {
			t.Errorf("snapshot incidents = %d, want 7", stored.Figures.Incidents)
		}
		// The page shows what would differ now: total 7 -> 8 and Noord-Nederland 0 -> 1.
		_, diffs, err := f.rep.Differences(ctx, system, snap.ID)
		if err != nil {
			t.Fatal(err)
		}
		found := map[string]bool{}
		for _, df := range diffs {
			found[df.Table+"|"+df.Row+"|"+df.Column+"|"+df.Then+"|"+df.Now] = true
		}
		for _, want := range []string{"Incidenten per eenheid|Noord-Nederland|incidenten|0|1", "Incidenten per eenheid|Totaal incidenten|incidenten|7|8"} {
			if !found[want] {
				t.Errorf("differences lack %q: %+v", want, diffs)
			}
		}
		// For policy staff the differences compare publication forms: 0 -> <5.
		_, diffs, err = f.rep.Differences(ctx, policy, snap.ID)
		if err != nil {
			t.Fatal(err)
		}
		ok := false
		for _, df := range diffs {
			ok = ok || (df.Row == "Noord-Nederland" && df.Then == "0" && df.Now == "<5")
		}
		if !ok {
			t.Errorf("policy differences lack Noord-Nederland 0 -> <5: %+v", diffs)
		}
		// A new snapshot is a new version; the first is unchanged.
		snap2, err := f.rep.Establish(ctx, policy, 2025, f.clock, "")
		if err != nil {
			t.Fatal(err)
		}
		if snap2.Version != 2 || snap2.Hash == snap.Hash {
			t.Errorf("second snapshot version %d hash %s, first %s", snap2.Version, snap2.Hash, snap.Hash)
		}
		first, _ := f.rep.Snapshot(ctx, system, snap.ID, true)
		if first.Hash != snap.Hash || !bytes.Equal(first.Content(), stored.Content()) {
			t.Errorf("the first snapshot changed")
		}
		list, err := f.rep.Snapshots(ctx, policy, 2025)
		if err != nil || len(list) != 2 || list[0].Version != 2 {
			t.Errorf("Snapshots = %+v, %v", list, err)
		}
		// A decision before the data moment corrected afterwards does not change the
		// snapshot either.
		f.decide(t, nums[0], inc{kind: catalog.DecisionNotDiscrimination})
		s2, _ := f.rep.Snapshot(ctx, system, snap2.ID, true)
		again2, err := f.rep.Recompute(ctx, system, s2)
		if err != nil || !bytes.Equal(again2, s2.Content()) {
			t.Errorf("snapshot 2 not reproduced after a later correction (%v)", err)
		}
		if _, err := f.rep.Snapshot(ctx, officer, snap.ID, false); stelsel.ErrorCode(err) != stelsel.EFORBIDDEN {
			t.Errorf("officer Snapshot: %v", err)
		}
		if _, err := f.rep.Snapshot(ctx, policy, 9999, false); stelsel.ErrorCode(err) != stelsel.ENOTFOUND {
			t.Errorf("Snapshot(9999): %v", err)
		}
	})
}

func TestSnapshotEncodingStable(t *testing.T) {
	f := newFixture(t, dbtest.SQLite(t))
	yearFixture(t, f)
	at := f.clock
	a, err := f.rep.Yearly(context.Background(), analyst, 2025, report.YearOptions{At: at, Exact: true})
	if err != nil {
		t.Fatal(err)
	}
	f.add(t, inc{unit: "LB", day: "2025-02-02", grounds: "leeftijd", manifestation: "overig"})
	b, err := f.rep.Yearly(context.Background(), analyst, 2025, report.YearOptions{At: at, Exact: true})
	if err != nil {
		t.Fatal(err)
	}
	ea, _ := report.Encode(a)
	eb, _ := report.Encode(b)
	if !bytes.Equal(ea, eb) {
		t.Errorf("figures at one data moment differ after later decisions")
	}
}
