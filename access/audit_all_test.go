package access_test

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
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

// TestRecordConcurrentGroups: many readers recording at once (written together in
// groups) each get their own entries, with their own actor, in one chain that verifies;
// a sequence of calls by one reader keeps its order.
func TestRecordConcurrentGroups(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		trail := access.NewTrail(d, time.Now)
		trail.SetKey([]byte("test-key-0123456789abcdef0123456789"))
		const readers, each = 16, 12
		var wg sync.WaitGroup
		errs := make(chan error, readers*each)
		for r := range readers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				a := access.Actor{Username: fmt.Sprintf("lezer%02d", r), Role: access.RoleAnalyst}
				for i := range each {
					errs <- trail.RecordAll(ctx, a, access.Entry{Action: access.ActionView, ObjectKind: "integrity_case", ObjectID: fmt.Sprintf("Z%d", i), Detail: "zaak"},
						access.Entry{Action: access.ActionView, ObjectKind: "integrity_case", ObjectID: fmt.Sprintf("Z%d", i), Detail: "dossier"})
				}
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			if err != nil {
				t.Fatal(err)
			}
		}
		n, p, err := trail.Verify(ctx)
		if err != nil || p != nil || n != readers*each*2 {
			t.Fatalf("Verify = %d, %+v, %v; want %d intact entries", n, p, err, readers*each*2)
		}
		for r := range readers {
			who := fmt.Sprintf("lezer%02d", r)
			list, err := trail.List(ctx, access.System("t"), access.Filter{Actor: who, Limit: 1000})
			if err != nil || len(list) != each*2 {
				t.Fatalf("entries of %s = %d, %v; want %d", who, len(list), err, each*2)
			}
			slices.SortFunc(list, func(x, y access.Entry) int { return int(x.Seq - y.Seq) })
			for i, e := range list {
				// Each call's two entries are consecutive, and the calls in order.
				want := fmt.Sprintf("Z%d", i/2)
				if e.ObjectID != want || e.Actor != who || (i%2 == 1 && e.Seq != list[i-1].Seq+1) {
					t.Fatalf("%s entry %d = %s seq %d by %s; want %s after its pair", who, i, e.ObjectID, e.Seq, e.Actor, want)
				}
			}
		}
	})
}

// TestRecordFailsWhenTheTrailCannotBeWritten: a reader whose audit line cannot be
// written gets the error (the read must then be refused), also when written in a group.
func TestRecordFailsWhenTheTrailCannotBeWritten(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		trail := access.NewTrail(d, time.Now)
		if _, err := d.Exec(ctx, `DROP TABLE audit_log`); err != nil {
			t.Fatal(err)
		}
		var wg sync.WaitGroup
		var failed atomic.Int32
		for i := range 8 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if err := trail.Record(ctx, access.Actor{Username: fmt.Sprint("u", i)}, access.Entry{Action: access.ActionView, ObjectKind: "x"}); err != nil {
					failed.Add(1)
				}
			}()
		}
		wg.Wait()
		if failed.Load() != 8 {
			t.Fatalf("%d of 8 records failed, want all", failed.Load())
		}
	})
}
