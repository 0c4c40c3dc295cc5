package registration_test

import (
	"context"
	"testing"
	"time"

	"stelsel"
	"stelsel/access"
	"stelsel/db"
	"stelsel/db/dbtest"
	"stelsel/registration"
	"stelsel/screen"
)

func TestActivateLexicon(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		now := time.Date(2026, 11, 28, 12, 0, 0, 0, time.UTC)
		trail := access.NewTrail(d, func() time.Time { return now })
		def, err := screen.DefaultLexicon()
		if err != nil {
			t.Fatal(err)
		}
		got, err := registration.ActiveLexicon(ctx, d)
		if err != nil || got.Version() != def.Version() {
			t.Fatalf("ActiveLexicon on a new database = %v, %v; want the built-in %s", got, err, def.Version())
		}
		content := []byte("# name: proef\nterm\tmode\tgrounds\tstrength\texceptions\tfuzzy\tnote\nhakenkruis\tword\toverig\tstrong\t\t\t\n")
		analyst := access.Actor{Username: "ana", Role: access.RoleAnalyst}
		if _, _, err := registration.ActivateLexicon(ctx, d, trail, analyst, "proef.tsv", content, now); stelsel.ErrorCode(err) != stelsel.EFORBIDDEN {
			t.Errorf("ActivateLexicon as analyst: err = %v, want forbidden", err)
		}
		admin := access.Actor{Username: "beh", Role: access.RoleAdmin}
		if _, _, err := registration.ActivateLexicon(ctx, d, trail, admin, "kapot.tsv", []byte("term\tmode\nx\tnope\n"), now); err == nil {
			t.Errorf("ActivateLexicon of a malformed file: want an error")
		}
		lex, changed, err := registration.ActivateLexicon(ctx, d, trail, admin, "proef.tsv", content, now)
		if err != nil || !changed {
			t.Fatalf("ActivateLexicon = %v, %v; want changed", changed, err)
		}
		if _, changed, _ := registration.ActivateLexicon(ctx, d, trail, admin, "proef.tsv", content, now); changed {
			t.Errorf("activating the lexicon in use again: changed = true, want false")
		}
		got, err = registration.ActiveLexicon(ctx, d)
		if err != nil || got.Version() != lex.Version() || len(got.Entries()) != 1 {
			t.Fatalf("ActiveLexicon after activation = %v, %v; want %s with 1 entry", got, err, lex.Version())
		}
		entries, err := trail.List(ctx, access.Actor{Username: "aud", Role: access.RoleAuditor}, access.Filter{ObjectKind: "lexicon"})
		if err != nil || len(entries) != 1 || entries[0].Actor != "beh" {
			t.Errorf("audit of activation = %+v, %v; want one entry by beh", entries, err)
		}
	})
}
