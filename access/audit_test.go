package access_test

import (
	"context"
	"testing"
	"time"

	"stelsel/access"
	"stelsel/db"
	"stelsel/db/dbtest"
)

func TestMain(m *testing.M) { dbtest.Main(m) }

func TestAuditChain(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		clock := time.Date(2026, 11, 28, 12, 0, 0, 0, time.UTC)
		trail := access.NewTrail(d, func() time.Time { clock = clock.Add(time.Second); return clock })
		a := access.Actor{Username: "ana", Role: access.RoleAnalyst}
		for i, obj := range []string{"R1", "R2", "R3", "R4"} {
			if err := trail.Record(ctx, a, access.Entry{Action: access.ActionView, ObjectKind: "registration", ObjectID: obj, Reason: "test"}); err != nil {
				t.Fatalf("Record %d: %v", i, err)
			}
		}
		n, p, err := trail.Verify(ctx)
		if err != nil || p != nil || n != 4 {
			t.Fatalf("Verify intact = %d, %+v, %v; want 4, nil, nil", n, p, err)
		}
		auditor := access.Actor{Username: "aud", Role: access.RoleAuditor}
		got, err := trail.List(ctx, auditor, access.Filter{ObjectID: "R2"})
		if err != nil || len(got) != 1 || got[0].ObjectID != "R2" {
			t.Fatalf("List(R2) = %+v, %v", got, err)
		}
		if _, err := trail.List(ctx, a, access.Filter{}); err == nil {
			t.Errorf("List as analyst: want forbidden")
		}

		tamper := []struct {
			name string
			sql  string
			seq  int64
		}{
			{"changed", "UPDATE audit_log SET object_id = 'R9' WHERE seq = 2", 2},
			{"removed", "DELETE FROM audit_log WHERE seq = 3", 4},
			// Reordered: entries 2 and 3 swap places, each keeping its own content and
			// hashes (see swapEntries); the chain breaks where the first moved entry stands.
			{"reordered", "", 2},
			{"removed last-but-one and renumbered", "DELETE FROM audit_log WHERE seq = 3; UPDATE audit_log SET seq = 3 WHERE seq = 4", 3},
		}
		for _, tt := range tamper {
			if tt.sql == "" {
				swapEntries(t, d, 2, 3)
			} else if _, err := d.Exec(ctx, tt.sql); err != nil {
				t.Fatal(err)
			}
			_, p, err := trail.Verify(ctx)
			if err != nil || p == nil || p.Seq != tt.seq {
				t.Fatalf("Verify after %s = %+v, %v; want problem at %d", tt.name, p, err, tt.seq)
			}
			if _, err := d.Exec(ctx, "DELETE FROM audit_log"); err != nil {
				t.Fatal(err)
			}
			for _, obj := range []string{"R1", "R2", "R3", "R4"} {
				if err := trail.Record(ctx, a, access.Entry{Action: access.ActionView, ObjectKind: "registration", ObjectID: obj}); err != nil {
					t.Fatal(err)
				}
			}
			// Renumber so the fresh chain starts at 1 again for the next case.
			if _, err := d.Exec(ctx, "UPDATE audit_log SET seq = seq - (SELECT min(seq) FROM audit_log) + 1"); err != nil {
				t.Fatal(err)
			}
		}
	})
}

// swapEntries swaps the content of two audit entries, hashes included, as someone
// reordering the trail in the database would.
func swapEntries(t *testing.T, d *db.DB, a, b int64) {
	t.Helper()
	ctx := context.Background()
	const cols = "at, actor, role, action, object_kind, object_id, unit, reason, detail, prev_hash, hash"
	read := func(seq int64) []any {
		var at time.Time
		v := make([]string, 10)
		if err := d.QueryRow(ctx, "SELECT "+cols+" FROM audit_log WHERE seq = ?", seq).Scan(&at, &v[0], &v[1], &v[2], &v[3], &v[4], &v[5], &v[6], &v[7], &v[8], &v[9]); err != nil {
			t.Fatalf("read entry %d: %v", seq, err)
		}
		out := []any{at}
		for _, s := range v {
			out = append(out, s)
		}
		return out
	}
	ea, eb := read(a), read(b)
	set := "at = ?, actor = ?, role = ?, action = ?, object_kind = ?, object_id = ?, unit = ?, reason = ?, detail = ?, prev_hash = ?, hash = ?"
	for _, w := range []struct {
		seq  int64
		vals []any
	}{{a, eb}, {b, ea}} {
		if _, err := d.Exec(ctx, "UPDATE audit_log SET "+set+" WHERE seq = ?", append(w.vals, w.seq)...); err != nil {
			t.Fatalf("swap entries: %v", err)
		}
	}
	var got string
	if err := d.QueryRow(ctx, "SELECT object_id FROM audit_log WHERE seq = ?", a).Scan(&got); err != nil || got != eb[5] {
		t.Fatalf("after the swap entry %d is %q, %v; want %q", a, got, err, eb[5])
	}
}

func TestPermissionTable(t *testing.T) {
	det := access.Actor{Username: "d", Role: access.RoleDetective, Units: []string{"DH"}}
	if !det.CanUnit(access.ReadUnitList, "DH") || det.CanUnit(access.ReadUnitList, "AM") {
		t.Errorf("detective of DH: unit list scope wrong")
	}
	if det.Has(access.Decide) {
		t.Errorf("detective may decide; want not")
	}
	ana := access.Actor{Username: "a", Role: access.RoleAnalyst}
	if !ana.CanUnit(access.Decide, "AM") {
		t.Errorf("analyst cannot decide in AM")
	}
	adm := access.Actor{Username: "b", Role: access.RoleAdmin}
	if adm.Has(access.ReadRegistration) || adm.Has(access.ReadQueue) {
		t.Errorf("administrator reads case content; want not")
	}
	var anon access.Actor
	if err := anon.Require(access.ReadQueue); err == nil {
		t.Errorf("anonymous Require = nil, want unauthorized")
	}
}
