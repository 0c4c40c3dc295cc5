package integrity_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"stelsel"
	"stelsel/db"
	"stelsel/db/dbtest"
	"stelsel/integrity"
)

func TestPropose(t *testing.T) {
	f := newFixture(t, dbtest.SQLite(t))
	for _, tt := range []struct {
		yes  []string
		want string
	}{
		{nil, "functioneren"},
		{[]string{"licht"}, "functioneren"},
		{[]string{"geen_aanwijzing"}, "sluiten"},
		{[]string{"geen_aanwijzing", "licht"}, "functioneren"},
		{[]string{"feiten_onduidelijk"}, "orienterend"},
		{[]string{"feiten_onduidelijk", "ernstig"}, "disciplinair"},
		{[]string{"strafbaar", "ernstig"}, "disciplinair,strafrechtelijk"},
		{[]string{"eenheidsoverstijgend", "strafbaar"}, "strafrechtelijk,ltio"},
		{[]string{"hoge_rang"}, "ltio"},
		{[]string{"klokkenluider"}, "functioneren"},
	} {
		routes, reasons, err := f.svc.Propose(tt.yes)
		if err != nil || strings.Join(routes, ",") != tt.want || len(reasons) == 0 {
			t.Errorf("Propose(%v) = %v, %v, %v; want %s with reasons", tt.yes, routes, reasons, err, tt.want)
		}
	}
	if _, _, err := f.svc.Propose([]string{"onzin"}); stelsel.ErrorCode(err) != stelsel.EINVALID {
		t.Errorf("Propose(unknown) = %v, want EINVALID", err)
	}
}

func TestTriageFourEyes(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		ctx := context.Background()
		c := f.report(t)
		if _, err := f.svc.Triage(ctx, f.as("triage1"), c.Number, integrity.TriageInput{Checklist: []string{"ernstig"}}); stelsel.ErrorCode(err) != stelsel.EINVALID {
			t.Errorf("Triage without rationale = %v, want EINVALID", err)
		}
		if _, err := f.svc.Triage(ctx, f.as("triage1"), c.Number, integrity.TriageInput{Checklist: []string{"strafbaar"}, Rationale: "x"}); stelsel.ErrorCode(err) != stelsel.EINVALID {
			t.Errorf("criminal route without OM date = %v, want EINVALID", err)
		}
		if _, err := f.svc.Triage(ctx, f.as("triage.am"), c.Number, integrity.TriageInput{Checklist: []string{"ernstig"}, Rationale: "x"}); stelsel.ErrorCode(err) != stelsel.ENOTFOUND {
			t.Errorf("triage of another unit = %v, want ENOTFOUND", err)
		}
		if _, err := f.svc.Triage(ctx, f.as("betrokkene"), c.Number, integrity.TriageInput{Checklist: []string{"ernstig"}, Rationale: "x"}); stelsel.ErrorCode(err) != stelsel.ENOTFOUND {
			t.Errorf("triage by the subject = %v, want ENOTFOUND", err)
		}
		c, err := f.svc.Triage(ctx, f.as("triage1"), c.Number, integrity.TriageInput{Checklist: []string{"ernstig", "bewijs"}, Rationale: "ernstig verwijt"})
		if err != nil || c.Status != integrity.StatusAwaiting || strings.Join(c.Triage.Routes, ",") != "disciplinair" || len(c.Triage.Reasons) != 2 {
			t.Fatalf("Triage = %+v, %v; want disciplinary waiting for confirmation with 2 reasons", c, err)
		}
		if _, err := f.svc.Confirm(ctx, f.as("triage1"), c.Number, 0); stelsel.ErrorCode(err) != stelsel.ECONFLICT || !strings.Contains(stelsel.ErrorMessage(err), "vier ogen") {
			t.Errorf("Confirm by the same officer = %v, want ECONFLICT naming four eyes", err)
		}
		if _, err := f.svc.Assign(ctx, f.as("triage1"), c.Number, integrity.TrackDisciplinary, "onderzoeker", "x"); stelsel.ErrorCode(err) != stelsel.ECONFLICT {
			t.Errorf("Assign before confirmation = %v, want ECONFLICT (no track yet)", err)
		}
		if _, err := f.svc.Confirm(ctx, f.as("triage2"), c.Number, c.Version-1); stelsel.ErrorCode(err) != stelsel.ECONFLICT {
			t.Errorf("Confirm on a stale view = %v, want ECONFLICT", err)
		}
		c, err = f.svc.Confirm(ctx, f.as("triage2"), c.Number, 0)
		if err != nil || c.Status != integrity.StatusInProgress || c.Triage.ConfirmedBy != "triage2" {
			t.Fatalf("Confirm = %+v, %v", c, err)
		}
		got, _ := f.svc.Get(ctx, f.as("triage1"), c.Number, "triage")
		if len(got.Tracks) != 1 || got.Tracks[0].Track != integrity.TrackDisciplinary {
			t.Errorf("tracks after confirmation: %+v", got.Tracks)
		}
		// Functioning takes effect at once; close waits for closure.
		c2 := f.report(t)
		if c2, err = f.svc.Triage(ctx, f.as("triage1"), c2.Number, integrity.TriageInput{Checklist: []string{"licht"}, Rationale: "gesprek in de lijn"}); err != nil || c2.Status != integrity.StatusInProgress {
			t.Errorf("functioning triage: %+v, %v", c2, err)
		}
		c3 := f.report(t)
		if c3, err = f.svc.Triage(ctx, f.as("triage1"), c3.Number, integrity.TriageInput{Checklist: []string{"geen_aanwijzing"}, Rationale: "niets aan de hand"}); err != nil || c3.Status != integrity.StatusToClose {
			t.Errorf("close triage: %+v, %v", c3, err)
		}
	})
}

func TestTracksApart(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		ctx := context.Background()
		c := f.report(t)
		c = f.route(t, c.Number, []string{"ernstig", "strafbaar", "licht"}, "functioneren", "disciplinair", "strafrechtelijk")
		n := c.Number
		tri := f.as("triage1")
		for _, as := range [][2]string{{integrity.TrackDisciplinary, "onderzoeker"}, {integrity.TrackCriminal, "recherche"}, {integrity.TrackCriminal, "dubbel"}} {
			if _, err := f.svc.Assign(ctx, tri, n, as[0], as[1], "capaciteit"); err != nil {
				t.Fatalf("Assign(%s, %s): %v", as[0], as[1], err)
			}
		}
		// Nobody on both walled tracks: a clear Dutch error naming the conflict.
		_, err := f.svc.Assign(ctx, tri, n, integrity.TrackDisciplinary, "dubbel", "x")
		if stelsel.ErrorCode(err) != stelsel.EINVALID || !strings.Contains(stelsel.ErrorMessage(err), "strafrechtelijk") || !strings.Contains(stelsel.ErrorMessage(err), "verschillende mensen") {
			t.Errorf("Assign to both tracks = %v", err)
		}
		wantCode(t, "assign the subject", func() error {
			_, err := f.svc.Assign(ctx, tri, n, integrity.TrackDisciplinary, "betrokkene", "x")
			return err
		}(), stelsel.EINVALID)
		wantCode(t, "assign someone without the role", func() error {
			_, err := f.svc.Assign(ctx, tri, n, integrity.TrackCriminal, "onderzoeker2", "x")
			return err
		}(), stelsel.EINVALID)
		wantCode(t, "assign by an investigator", func() error {
			_, err := f.svc.Assign(ctx, f.as("onderzoeker"), n, integrity.TrackDisciplinary, "onderzoeker2", "x")
			return err
		}(), stelsel.ENOTFOUND)
		// Dossier entries in both tracks.
		if _, err := f.svc.AddEntry(ctx, f.as("onderzoeker"), n, integrity.TrackDisciplinary, integrity.EntryInput{Kind: integrity.EntryInterview, Body: "Verhoor collega A."}); err != nil {
			t.Fatal(err)
		}
		if _, err := f.svc.AddEntry(ctx, f.as("recherche"), n, integrity.TrackCriminal, integrity.EntryInput{Kind: integrity.EntryFinding, Body: "Tapgesprek 12."}); err != nil {
			t.Fatal(err)
		}
		// Who reads which track.
		for _, tt := range []struct {
			who, tracks string
			seen        bool
		}{
			{"onderzoeker", "disciplinair", true},
			{"recherche", "strafrechtelijk", true},
			{"dubbel", "strafrechtelijk", true}, // investigator role too, but assigned to criminal: no disciplinary
			{"onderzoeker2", "", true},          // unit's VIK staff see the case, not unassigned dossiers
			{"triage1", "", true},
			{"jurist", "disciplinair", true},
			{"gezag", "disciplinair", true},
			{"leiding", "functioneren", true},
			{"leiding.ander", "", false},
			{"ltio", "", false},
			{"triage.am", "", false},
			{"betrokkene", "", false},
			{"medewerker", "", false},
			{"vp", "", false},
		} {
			got, err := f.svc.Get(ctx, f.as(tt.who), n, "test")
			if !tt.seen {
				wantCode(t, tt.who+" Get", err, stelsel.ENOTFOUND)
				continue
			}
			if err != nil {
				t.Errorf("%s Get: %v", tt.who, err)
				continue
			}
			if tracksOf(got) != tt.tracks {
				t.Errorf("%s reads tracks %q, want %q", tt.who, tracksOf(got), tt.tracks)
			}
		}
		// The criminal investigator does not even learn that other tracks exist, nor the triage.
		got, _ := f.svc.Get(ctx, f.as("recherche"), n, "test")
		if len(got.Tracks) != 1 || got.Triage.Rationale != "" || got.Messages != nil {
			t.Errorf("criminal investigator sees %d tracks, triage %q", len(got.Tracks), got.Triage.Rationale)
		}
		wantCode(t, "criminal investigator writes the disciplinary dossier", func() error {
			_, err := f.svc.AddEntry(ctx, f.as("recherche"), n, integrity.TrackDisciplinary, integrity.EntryInput{Kind: integrity.EntryNote, Body: "x"})
			return err
		}(), stelsel.ENOTFOUND)
		// Lists follow the same rules.
		for who, want := range map[string]bool{"recherche": true, "leiding": true, "leiding.ander": false, "betrokkene": false, "ltio": false, "triage1": true} {
			list, err := f.svc.List(ctx, f.as(who), integrity.Filter{})
			if err != nil {
				t.Fatal(err)
			}
			has := slices.ContainsFunc(list, func(s integrity.Summary) bool { return s.Number == n })
			if has != want {
				t.Errorf("List for %s holds %s: %v, want %v", who, n, has, want)
			}
		}
		// Information crosses only through the competent authority's transfer.
		got, _ = f.svc.Get(ctx, f.as("onderzoeker"), n, "test")
		var entry int64
		for _, tr := range got.Tracks {
			if tr.Track == integrity.TrackDisciplinary && len(tr.Entries) > 0 {
				entry = tr.Entries[0].ID
			}
		}
		wantCode(t, "transfer by triage", func() error { _, err := f.svc.Transfer(ctx, tri, n, entry, integrity.TrackCriminal, "x"); return err }(), stelsel.ENOTFOUND)
		wantCode(t, "transfer without reason", func() error {
			_, err := f.svc.Transfer(ctx, f.as("gezag"), n, entry, integrity.TrackCriminal, "")
			return err
		}(), stelsel.EINVALID)
		if _, err := f.svc.Transfer(ctx, f.as("gezag"), n, entry, integrity.TrackCriminal, "verzoek OM, art. 1a afgewogen"); err != nil {
			t.Fatalf("Transfer: %v", err)
		}
		got, _ = f.svc.Get(ctx, f.as("recherche"), n, "test")
		es := got.Tracks[0].Entries
		if len(es) != 2 || es[1].Kind != integrity.EntryTransfer || es[1].TransferredFrom != entry || !strings.Contains(es[1].Body, "Verhoor collega A.") {
			t.Errorf("criminal dossier after transfer: %+v", es)
		}
	})
}

func TestLTIOAcrossUnits(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		ctx := context.Background()
		c := f.report(t)
		c = f.route(t, c.Number, []string{"eenheidsoverstijgend"})
		got, err := f.svc.Get(ctx, f.as("ltio"), c.Number, "test")
		if err != nil || tracksOf(got) != "ltio" {
			t.Errorf("LTIO Get = %v, %v; want the ltio track", got, err)
		}
		other := f.report(t)
		wantCode(t, "LTIO on a case not escalated", func() error { _, err := f.svc.Get(ctx, f.as("ltio"), other.Number, "test"); return err }(), stelsel.ENOTFOUND)
	})
}
