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

// TestLexiconFollowsActivation (issue 12.16): two services on one database, as two
// instances; a lexicon activated elsewhere (stelsel lexicon activate) reaches both by
// polling, and the next import screens and records with it.
func TestLexiconFollowsActivation(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		one, two := newFixture(t, d), newFixture(t, d)
		before := two.svc.LexiconVersion()
		if changed, err := two.svc.RefreshLexicon(ctx); err != nil || changed {
			t.Fatalf("RefreshLexicon with nothing activated = %v, %v; want no change", changed, err)
		}
		content := []byte("# name: proef\nterm\tmode\tgrounds\tstrength\texceptions\tfuzzy\tnote\nbakkerstas\tword\therkomst\tstrong\t\t\t\n")
		admin := access.Actor{Username: "beh", Role: access.RoleAdmin}
		lex, _, err := registration.ActivateLexicon(ctx, d, access.NewTrail(d, nil), admin, "proef.tsv", content, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		go two.svc.WatchLexicon(ctx, 10*time.Millisecond, func(err error) { t.Errorf("watch: %v", err) })
		deadline := time.Now().Add(10 * time.Second)
		for two.svc.LexiconVersion() != lex.Version() && time.Now().Before(deadline) {
			time.Sleep(10 * time.Millisecond)
		}
		if got := two.svc.LexiconVersion(); got != lex.Version() || got == before {
			t.Fatalf("instance two screens with %s, want the activated %s", got, lex.Version())
		}
		if two.svc.Lexicon().Name() != "proef" {
			t.Errorf("Lexicon().Name() = %q, want proef", two.svc.Lexicon().Name())
		}
		res := two.importFile(t, two.file(t, "a.csv", sample(t, "sample.csv")))
		if res.Lexicon != lex.Version() {
			t.Errorf("import screened with %s, want %s", res.Lexicon, lex.Version())
		}
		var flagged, other int
		d.QueryRow(ctx, "SELECT count(*) FROM registrations WHERE flagged AND number = '2026-AM-000003' AND lexicon = ?", lex.Version()).Scan(&flagged)
		d.QueryRow(ctx, "SELECT count(*) FROM registrations WHERE lexicon <> ?", lex.Version()).Scan(&other)
		if flagged != 1 || other != 0 {
			t.Errorf("after the import: bakkerstas flagged = %d, registrations with another lexicon = %d; want 1 and 0", flagged, other)
		}
		// Instance one has not polled yet; one refresh brings it along.
		if changed, err := one.svc.RefreshLexicon(ctx); err != nil || !changed || one.svc.LexiconVersion() != lex.Version() {
			t.Errorf("RefreshLexicon on instance one = %v, %v, %s", changed, err, one.svc.LexiconVersion())
		}
	})
}
