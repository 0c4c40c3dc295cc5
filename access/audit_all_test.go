package access_test

import (
	"context"
	"testing"
	"time"

	"stelsel/access"
	"stelsel/db"
	"stelsel/db/dbtest"
)

// TestAppendAllChains: several entries written at once chain on the head and on each
// other like single appends, in order, and the whole trail still verifies.
func TestAppendAllChains(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		trail := access.NewTrail(d, func() time.Time { return time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC) })
		a := access.Actor{Username: "ana", Role: access.RoleAnalyst}
		if err := trail.Record(ctx, a, access.Entry{Action: access.ActionView, ObjectKind: "registration", ObjectID: "R0"}); err != nil {
			t.Fatal(err)
		}
		err := d.InTx(ctx, func(tx *db.Tx) error {
			return trail.AppendAll(ctx, tx, a, access.Entry{Action: access.ActionView, ObjectKind: "integrity_case", ObjectID: "Z1", Detail: "zaak"},
				access.Entry{Action: access.ActionView, ObjectKind: "integrity_case", ObjectID: "Z1", Detail: "spoor=disciplinair dossier"},
				access.Entry{Action: access.ActionView, ObjectKind: "integrity_case", ObjectID: "Z1", Detail: "spoor=functioneren dossier"})
		})
		if err != nil {
			t.Fatalf("AppendAll: %v", err)
		}
		if err := trail.Record(ctx, a, access.Entry{Action: access.ActionView, ObjectKind: "registration", ObjectID: "R5"}); err != nil {
			t.Fatal(err)
		}
		n, p, err := trail.Verify(ctx)
		if err != nil || p != nil || n != 5 {
			t.Fatalf("Verify = %d, %+v, %v; want 5 intact entries", n, p, err)
		}
		list, err := trail.List(ctx, access.System("t"), access.Filter{ObjectID: "Z1"})
		if err != nil || len(list) != 3 {
			t.Fatalf("List Z1 = %d, %v", len(list), err)
		}
		seen := map[int64]string{}
		for _, e := range list {
			seen[e.Seq] = e.Detail
		}
		if seen[2] != "zaak" || seen[3] != "spoor=disciplinair dossier" || seen[4] != "spoor=functioneren dossier" {
			t.Errorf("entries out of order: %v", seen)
		}
	})
}
