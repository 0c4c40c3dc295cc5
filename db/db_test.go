package db_test

import (
	"context"
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
