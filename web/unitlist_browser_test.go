package web_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"stelsel/access"
	"stelsel/db/dbtest"
	"stelsel/registration"
	"stelsel/synth"
	"stelsel/web"
)

// withDemoUnitList adds synthetic registrations of the demo's kind and codes rows of
// Oost-Nederland with the longest labels the catalog has: a unit list of demo scale.
func withDemoUnitList(t *testing.T, rows int) func(*web.Deps) {
	return func(deps *web.Deps) {
		ctx := context.Background()
		var csv bytes.Buffer
		if err := synth.WriteCSV(&csv, synth.New(synth.Options{Seed: 7}).Records(4000)); err != nil {
			t.Fatal(err)
		}
		svc := deps.Registrations
		if _, err := svc.ImportReader(ctx, access.System("test"), &csv, "synth.csv", registration.ImportOptions{}); err != nil {
			t.Fatal(err)
		}
		ana, err := deps.Users.Actor(ctx, "ana")
		if err != nil {
			t.Fatal(err)
		}
		q, err := deps.DB.Query(ctx, "SELECT number FROM registrations WHERE unit = 'ON' ORDER BY number LIMIT ?", rows)
		if err != nil {
			t.Fatal(err)
		}
		var numbers []string
		for q.Next() {
			var n string
			q.Scan(&n)
			numbers = append(numbers, n)
		}
		q.Close()
		if len(numbers) < rows {
			t.Fatalf("only %d registrations of ON", len(numbers))
		}
		for i, n := range numbers {
			in := registration.DecisionInput{Kind: "discriminatie", Articles: []string{"137c", "137d", "137e", "137f"},
				Grounds:       []string{"herkomst", "godsdienst", "handicap"},
				Indications:   []string{"anti_zwart_racisme", "moslimdiscriminatie", "publieke_taak"},
				Manifestation: "uitsluiting", Rationale: "test", Referral: i%2 == 0, ADV: "Discriminatie.nl Gelderland-Zuid en Noord-Limburg"}
			if i%3 == 0 {
				in.Kind, in.Articles = "codis", []string{"44bis"}
			}
			if _, err := svc.Decide(ctx, ana, n, in); err != nil {
				t.Fatalf("Decide %s: %v", n, err)
			}
		}
	}
}

// TestBrowserUnitListFitsAtDemoScale is issue 7 item 11: /eenheden/ON fits a laptop's
// width (1366 px) with a demo's number of rows and the longest labels, its table whole
// without scrolling sideways, not only with the few short rows of the test data.
func TestBrowserUnitListFitsAtDemoScale(t *testing.T) {
	const rows = 150
	e := newEnv(t, dbtest.SQLite(t), withRegistrations(t), withDemoUnitList(t, rows))
	ctx := browser(t)
	base := e.server.URL
	must(t, "open", chromedp.Do(ctx, loginSteps(base, "ana"), chromedp.EmulateViewport(1366, 900),
		chromedp.Navigate(base+"/eenheden/ON?van=2000-01-01"), chromedp.WaitVisible(css("#eenheidslijst"))))
	if n := count(t, ctx, "#eenheidslijst tbody tr"); n < rows {
		t.Fatalf("the unit list shows %d rows, want at least %d", n, rows)
	}
	noSidewaysScroll(t, ctx, "/eenheden/ON at 1366 px")
	got, err := chromedp.Run(ctx, chromedp.Evaluate[[]int](`(() => { const w = document.querySelector("#eenheidslijst").closest(".table-wrap");
		return [w.scrollWidth, w.clientWidth]; })()`))
	must(t, "measure", err)
	if got[0] > got[1]+1 {
		t.Errorf("the unit list of ON scrolls sideways at 1366 px: %d px of table in %d px", got[0], got[1])
	}
	// The widest cells are the ones the check must cover.
	long, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector("#eenheidslijst tbody tr").textContent`))
	must(t, "row", err)
	for _, want := range []string{"Herkomst/ras", "Slachtoffer met publieke taak", "Gelderland-Zuid"} {
		if !strings.Contains(long, want) {
			t.Errorf("the first row lacks %q: %s", want, long)
		}
	}
}
