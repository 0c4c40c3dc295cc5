package db_test

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"stelsel/db"
	"stelsel/db/dbtest"
)

func TestMain(m *testing.M) { dbtest.Main(m) }

func TestOpenMigrateAndTx(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		var created string
		if err := d.QueryRow(ctx, "SELECT value FROM meta WHERE key = ?", "created_at").Scan(&created); err != nil {
			t.Fatalf("read meta: %v", err)
		}
		if created == "" {
			t.Fatal("meta created_at is empty")
		}
		// A failing transaction leaves nothing behind.
		err := d.InTx(ctx, func(tx *db.Tx) error {
			if _, err := tx.Exec(ctx, "INSERT INTO meta (key, value) VALUES (?, ?)", "k", "v"); err != nil {
				return err
			}
			_, err := tx.Exec(ctx, "INSERT INTO meta (key, value) VALUES (?, ?)", "k", "again")
			return err
		})
		if !db.IsUniqueViolation(err) {
			t.Fatalf("InTx duplicate insert: err = %v, want unique violation", err)
		}
		var n int
		if err := d.QueryRow(ctx, "SELECT count(*) FROM meta WHERE key = ?", "k").Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != 0 {
			t.Errorf("rows after rolled-back transaction = %d, want 0", n)
		}
	})
}

func TestRebind(t *testing.T) {
	d := dbtest.Postgres(t)
	tests := []struct{ in, want string }{
		{"SELECT ? , ?", "SELECT $1 , $2"},
		{"SELECT '?' , ?", "SELECT '?' , $1"},
		{"SELECT 1", "SELECT 1"},
	}
	for _, tt := range tests {
		if got := d.Rebind(tt.in); got != tt.want {
			t.Errorf("Rebind(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestReopenKeepsData(t *testing.T) {
	ctx := context.Background()
	path := t.TempDir() + "/x/stelsel.db"
	d, err := db.Open(ctx, "sqlite:"+path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.Exec(ctx, "INSERT INTO meta (key, value) VALUES (?, ?)", "kept", "yes"); err != nil {
		t.Fatal(err)
	}
	d.Close()
	d, err = db.Open(ctx, path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer d.Close()
	var v string
	if err := d.QueryRow(ctx, "SELECT value FROM meta WHERE key = ?", "kept").Scan(&v); err != nil || v != "yes" {
		t.Errorf("after reopen: value = %q, err = %v, want yes", v, err)
	}
}

// TestReadsAndWritesUnderLoad: concurrent transactions all commit (on SQLite they take
// turns in the process instead of failing on a locked database), and reads keep
// answering right past the bound of kept prepared statements, with many query texts.
func TestReadsAndWritesUnderLoad(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		var wg sync.WaitGroup
		errs := make(chan error, 64)
		for w := range 16 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range 10 {
					errs <- d.InTx(ctx, func(tx *db.Tx) error {
						_, err := tx.Exec(ctx, "INSERT INTO meta (key, value) VALUES (?, ?)", fmt.Sprintf("load-%d-%d", w, i), "v")
						return err
					})
				}
			}()
		}
		go func() { wg.Wait(); close(errs) }()
		for err := range errs {
			if err != nil {
				t.Fatalf("concurrent transaction: %v", err)
			}
		}
		// 600 distinct query texts (more than are kept prepared), each read twice.
		for round := range 2 {
			for i := range 600 {
				var n int
				q := fmt.Sprintf("SELECT count(*) + %d FROM meta WHERE key LIKE ?", i)
				if err := d.QueryRow(ctx, q, "load-%").Scan(&n); err != nil {
					t.Fatalf("round %d query %d: %v", round, i, err)
				}
				if n != 160+i {
					t.Fatalf("round %d query %d = %d, want %d", round, i, n, 160+i)
				}
			}
		}
		rows, err := d.Query(ctx, "SELECT key FROM meta WHERE key LIKE ? ORDER BY key", "load-0-%")
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		k := 0
		for rows.Next() {
			k++
		}
		if rows.Err() != nil || k != 10 {
			t.Fatalf("rows = %d, %v; want 10", k, rows.Err())
		}
	})
}
