package registration_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"stelsel"
	"stelsel/access"
	"stelsel/catalog"
	"stelsel/db"
	"stelsel/db/dbtest"
	"stelsel/registration"
	"stelsel/screen"
)

// TestRanking: a re-ranking model is trained on the decisions, measured on the held-out
// ones against the queue's own order, stored with its version, switched on only by an
// administrator and only when it ranks better; once on, the open queue follows it and
// each registration's ranking is explained by its features.
func TestRanking(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		// A lexicon of two strong terms of the same score, so that the screening score
		// alone cannot tell the two kinds below apart, whatever the default lexicon does.
		lex, err := screen.LoadLexicon(strings.NewReader("# name: rang\nterm\tmode\tgrounds\tstrength\n"+
			"nikker\tword\therkomst\tstrong\nhakenkruis\tword\tantisemitisme\tstrong\n"), "rang.tsv")
		if err != nil {
			t.Fatal(err)
		}
		f := newFixtureWith(t, d, lex)
		admin := access.Actor{Username: "adm", Name: "Beheer", Role: access.RoleAdmin}
		if _, err := f.svc.TrainRanking(ctx, admin); stelsel.ErrorCode(err) != stelsel.EINVALID {
			t.Fatalf("TrainRanking without decisions = %v, want EINVALID", err)
		}
		// Two kinds of flagged registrations with the same score: a slur against the
		// victim (decided discriminatory) and a symbol in a neutral context (not).
		var b strings.Builder
		b.WriteString(header)
		for i := 1; i <= 90; i++ {
			text := fmt.Sprintf("Aangever %d verklaarde dat de verdachte hem uitschold voor vuile nikker.", i)
			if i%2 == 0 {
				text = fmt.Sprintf("Melder %d zag in een museum een affiche met een hakenkruis en Heil Hitler en 1488 uit de oorlog.", i)
			}
			fmt.Fprintf(&b, "2026-DH-%06d,melding,DH,Schilderswijk,F100,Melding,,2026-03-05T10:00:00+01:00,Den Haag,\"%s\"\n", i, text)
		}
		f.importFile(t, f.file(t, "r.csv", b.String()))
		disc := registration.DecisionInput{Kind: catalog.DecisionDiscrimination, Articles: []string{"137c"}, Grounds: []string{"herkomst"},
			Manifestation: "belediging", Rationale: "Belediging."}
		not := registration.DecisionInput{Kind: catalog.DecisionNotDiscrimination, Reason: "Historische context.", Rationale: "Museum."}
		for i := 1; i <= 80; i++ {
			in := disc
			if i%2 == 0 {
				in = not
			}
			if _, err := f.svc.Decide(ctx, analyst, fmt.Sprintf("2026-DH-%06d", i), in); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := f.svc.TrainRanking(ctx, analyst); stelsel.ErrorCode(err) != stelsel.EFORBIDDEN {
			t.Errorf("TrainRanking as analyst = %v, want EFORBIDDEN", err)
		}
		run, err := f.svc.TrainRanking(ctx, admin)
		if err != nil {
			t.Fatal(err)
		}
		if run.Train+run.HeldOut != 80 || run.HeldOut < 10 || !run.Better() || run.APAfter < 0.99 || !strings.HasPrefix(run.Version, "rang@") {
			t.Fatalf("TrainRanking = %s, want 80 decisions, a better ranking", run)
		}
		again, err := f.svc.TrainRanking(ctx, admin)
		if err != nil || again.Version != run.Version {
			t.Errorf("training again on the same decisions = %v, %v; want the same version %s", again.Version, err, run.Version)
		}
		if _, err := f.svc.ActivateRanking(ctx, analyst, run.Version); stelsel.ErrorCode(err) != stelsel.EFORBIDDEN {
			t.Errorf("ActivateRanking as analyst = %v, want EFORBIDDEN", err)
		}
		if _, err := f.d.Exec(ctx, `INSERT INTO rank_models (version, lexicon, model, trained_by, trained_at, train_n, heldout_n, ap_before, ap_after, auc_before, auc_after)
			VALUES ('rang@slechter', 'x', '{"kenmerken":["basis"],"gewichten":[0]}', 'adm', ?, 40, 10, 0.9, 0.5, 0.9, 0.5)`, f.clock); err != nil {
			t.Fatal(err)
		}
		if _, err := f.svc.ActivateRanking(ctx, admin, "rang@slechter"); stelsel.ErrorCode(err) != stelsel.ECONFLICT {
			t.Errorf("ActivateRanking of a worse model = %v, want ECONFLICT", err)
		}
		if _, err := f.svc.ActivateRanking(ctx, admin, "rang@nergens"); stelsel.ErrorCode(err) != stelsel.ENOTFOUND {
			t.Errorf("ActivateRanking of a missing model = %v, want ENOTFOUND", err)
		}
		before, err := f.svc.Queue(ctx, analyst, registration.QueueFilter{})
		if err != nil || len(before.Items) != 10 {
			t.Fatalf("open queue = %d items, %v; want 10", len(before.Items), err)
		}
		// A second instance on the same database, which has read the model (none yet).
		other := newFixtureWith(t, d, lex)
		if ex, err := other.svc.ExplainRanking(ctx, analyst, "2026-DH-000081"); err != nil || ex.Model != "" {
			t.Fatalf("ExplainRanking before any model = %+v, %v", ex, err)
		}
		if _, err := f.svc.ActivateRanking(ctx, admin, run.Version); err != nil {
			t.Fatal(err)
		}
		if changed, err := other.svc.RefreshRanking(ctx); err != nil || !changed {
			t.Fatalf("RefreshRanking after a model was switched on elsewhere = %v, %v; want changed", changed, err)
		}
		if ex, _ := other.svc.ExplainRanking(ctx, analyst, "2026-DH-000081"); ex.Model != run.Version {
			t.Errorf("the other instance ranks with %q, want %s", ex.Model, run.Version)
		}
		if changed, err := other.svc.RefreshRanking(ctx); err != nil || changed {
			t.Errorf("RefreshRanking with nothing new = %v, %v; want no change", changed, err)
		}
		after, err := f.svc.Queue(ctx, analyst, registration.QueueFilter{})
		if err != nil {
			t.Fatal(err)
		}
		for i, it := range after.Items {
			slur := strings.HasSuffix(it.Number, "1") || strings.HasSuffix(it.Number, "3") || strings.HasSuffix(it.Number, "5") ||
				strings.HasSuffix(it.Number, "7") || strings.HasSuffix(it.Number, "9")
			if (i < 5) != slur {
				t.Errorf("queue with the model: item %d is %s (priority %d); want the five slurs first", i, it.Number, it.Priority)
			}
		}
		ex, err := f.svc.ExplainRanking(ctx, analyst, "2026-DH-000081")
		if err != nil || ex.Model != run.Version || ex.Chance < 0.5 || len(ex.Contributions) == 0 {
			t.Fatalf("ExplainRanking = %+v, %v", ex, err)
		}
		if _, err := f.svc.ExplainRanking(ctx, officer("AM"), "2026-DH-000081"); stelsel.ErrorCode(err) != stelsel.EFORBIDDEN && stelsel.ErrorCode(err) != stelsel.ENOTFOUND {
			t.Errorf("ExplainRanking as officer elsewhere = %v, want refused", err)
		}
		models, err := f.svc.RankModels(ctx, analyst)
		if err != nil || len(models) != 2 {
			t.Fatalf("RankModels = %d, %v", len(models), err)
		}
		active := 0
		for _, m := range models {
			if m.Active {
				active++
			}
		}
		if active != 1 {
			t.Errorf("%d active models, want 1", active)
		}
		// Off again: the queue orders by the score.
		if _, err := f.svc.ActivateRanking(ctx, admin, registration.ModelOff); err != nil {
			t.Fatal(err)
		}
		if changed, err := other.svc.RefreshRanking(ctx); err != nil || !changed {
			t.Errorf("RefreshRanking after the model was switched off elsewhere = %v, %v; want changed", changed, err)
		}
		if ex, _ := other.svc.ExplainRanking(ctx, analyst, "2026-DH-000081"); ex.Model != "" {
			t.Errorf("the other instance still ranks with %q after the model was switched off", ex.Model)
		}
		off, _ := f.svc.Queue(ctx, analyst, registration.QueueFilter{})
		for i := range off.Items {
			if off.Items[i].Priority != before.Items[i].Priority {
				t.Errorf("priority after switching off = %d, want %d as before", off.Items[i].Priority, before.Items[i].Priority)
			}
		}
		if n := f.count(t, "SELECT count(*) FROM audit_log WHERE object_kind = 'rank_model'"); n < 4 {
			t.Errorf("%d audit entries on models, want training and switches", n)
		}
	})
}

// TestTermSuggestions: a word in registrations decided discriminatory that the screening
// found only weakly, and not in those decided not discriminatory, is suggested; words
// common to both, and words the lexicon already finds, are not.
func TestTermSuggestions(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		f := newFixture(t, d)
		var b strings.Builder
		b.WriteString(header)
		for i := 1; i <= 8; i++ {
			text := fmt.Sprintf("Verdachte %d riep tegen de buurman dat hij een zandkever is en moest oprotten.", i)
			if i > 4 {
				text = fmt.Sprintf("Verdachte %d riep tegen de buurman dat de muziek zachter moest.", i)
			}
			fmt.Fprintf(&b, "2026-DH-%06d,melding,DH,Schilderswijk,F100,Melding,,2026-03-05T10:00:00+01:00,Den Haag,\"%s\"\n", i, text)
		}
		f.importFile(t, f.file(t, "s.csv", b.String()))
		for i := 1; i <= 8; i++ {
			in := registration.DecisionInput{Kind: catalog.DecisionDiscrimination, Articles: []string{"137c"}, Grounds: []string{"herkomst"},
				Manifestation: "belediging", Rationale: "Scheldwoord voor herkomst."}
			if i > 4 {
				in = registration.DecisionInput{Kind: catalog.DecisionNotDiscrimination, Reason: "Burenruzie.", Rationale: "Geen aspect."}
			}
			if _, err := f.svc.Decide(ctx, analyst, fmt.Sprintf("2026-DH-%06d", i), in); err != nil {
				t.Fatal(err)
			}
		}
		got, err := f.svc.TermSuggestions(ctx, analyst)
		if err != nil {
			t.Fatal(err)
		}
		var words []string
		for _, s := range got {
			words = append(words, s.Word)
		}
		if i := slices.Index(words, "zandkever"); i < 0 || got[i].Missed != 4 || got[i].Neutral != 0 {
			t.Fatalf("TermSuggestions = %+v, want zandkever (4 missed, 0 neutral)", got)
		}
		for _, w := range words {
			if w == "verdachte" || w == "buurman" {
				t.Errorf("TermSuggestions suggests %q, which stands in the neutral ones too: %v", w, words)
			}
		}
		if _, err := f.svc.TermSuggestions(ctx, officer("DH")); stelsel.ErrorCode(err) != stelsel.EFORBIDDEN {
			t.Errorf("TermSuggestions as officer = %v, want EFORBIDDEN", err)
		}
	})
}
