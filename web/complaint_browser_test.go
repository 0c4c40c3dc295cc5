package web_test

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"stelsel/db/dbtest"
)

// TestBrowserComplaintFlow files a complaint through /klacht as a citizen, then, as the
// klachtencoördinator, takes it up, marks it ethnic profiling, settles it in phase 1 and
// finds it in the figures.
func TestBrowserComplaintFlow(t *testing.T) {
	e := newEnv(t, dbtest.SQLite(t), withComplaints(t, nil))
	base := e.server.URL
	citizen := browser(t)
	must(t, "file", chromedp.Do(citizen,
		chromedp.Navigate(base+"/klacht"),
		chromedp.WaitVisible(css("#veld-naam")),
		chromedp.SendKeys(css("#veld-naam"), "Yusuf Demir"),
		chromedp.SendKeys(css("#veld-email"), "yusuf@example.nl"),
		chromedp.SetValue(css("#veld-eenheid"), "DH"),
		chromedp.SendKeys(css("#veld-wat"), "Ik werd als enige uit de rij gehaald voor een controle."),
		chromedp.Click(css("#veld-ep")),
		chromedp.Click(css("#grond-herkomst")),
		chromedp.Submit(css("#veld-wat")),
		chromedp.WaitVisible(css(".kenmerk")),
	))
	ref := strings.TrimSpace(text(t, citizen, ".kenmerk"))
	if !strings.HasPrefix(ref, "K-") || !strings.Contains(text(t, citizen, "main"), "Wat gebeurt er nu?") {
		t.Fatalf("answer page shows reference %q", ref)
	}

	coord := browser(t)
	must(t, "assess", chromedp.Do(coord, loginSteps(base, "coord"),
		chromedp.Navigate(base+"/klachten/"+ref),
		chromedp.WaitVisible(css("#b-behandelaar")),
		chromedp.SendKeys(css("#b-behandelaar"), "beh"),
		chromedp.Submit(css("#b-behandelaar")),
		chromedp.WaitVisible(css("#m-soort")),
	))
	// The case page before the assessment has the marker form too: wait for the phase.
	waitText(t, coord, ".kenmerken", "Fase 1")
	if p := text(t, coord, ".kenmerken"); !strings.Contains(p, "Fase 1") {
		t.Fatalf("after the assessment the case shows %q", p)
	}
	must(t, "mark", chromedp.Do(coord,
		chromedp.SetValue(css("#m-soort"), "etnisch_profileren"),
		chromedp.Click(css("#m-grond-herkomst")),
		chromedp.Submit(css("#m-soort")),
		chromedp.WaitVisible(css("#vb-ervaring")),
	))
	// The answer to a form replaces the page: wait for its content, not for an element
	// the page before it had too.
	waitText(t, coord, "#markeringen", "coord (behandelaar)")
	if m := text(t, coord, "#markeringen"); !strings.Contains(m, "coord (behandelaar)") || !strings.Contains(m, "de klager") {
		t.Errorf("markers = %q, want the complainant's and the coordinator's", m)
	}
	must(t, "settle", chromedp.Do(coord,
		chromedp.Click(css("#f1o-ja")),
		chromedp.SendKeys(css("#f1o-w"), "Ik ben tevreden met de uitleg."),
		chromedp.Submit(css("#f1o-w")),
		chromedp.WaitVisible(css("#fase1-stand")),
	))
	waitText(t, coord, "#fase1-stand", "opgelost naar tevredenheid")
	if s := text(t, coord, "#fase1-stand"); !strings.Contains(s, "opgelost naar tevredenheid") {
		t.Errorf("phase 1 shows %q", s)
	}
	must(t, "figures", chromedp.Do(coord, chromedp.Navigate(base+"/klachten/cijfers"), chromedp.WaitVisible(css("#per-markering"))))
	row, err := chromedp.Run(coord, chromedp.Evaluate[string](`Array.from(document.querySelectorAll('#per-markering tbody tr')).map(r => r.innerText).join('|')`))
	must(t, "read figures", err)
	if !strings.Contains(row, "Etnisch profileren\t1\t1\t1\t0") {
		t.Errorf("figures per marker = %q, want ethnic profiling 1 complaint, 1 closed, 1 settled in phase 1", row)
	}
	if pub := text(t, coord, "#publicatie"); !strings.Contains(pub, "<5") {
		t.Errorf("publication table = %q, want small cells as <5", pub)
	}
}

// waitText polls until the element sel exists and its text contains want, for at most
// ten seconds; the caller then checks what it needs (and fails with the text shown).
func waitText(t *testing.T, ctx context.Context, sel, want string) {
	t.Helper()
	for i := 0; i < 200; i++ {
		got, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(document.querySelector(`+strconv.Quote(sel)+`) || {}).innerText || ""`))
		if err == nil && strings.Contains(got, want) {
			return
		}
		must(t, "wait for "+sel, chromedp.Do(ctx, chromedp.Sleep(50*time.Millisecond)))
	}
}

// TestBrowserGuide walks the question flow: the answer proposes desks side by side, and
// the page says nothing is stored.
func TestBrowserGuide(t *testing.T) {
	e := newEnv(t, dbtest.SQLite(t), withDesks)
	base := e.server.URL
	ctx := browser(t)
	must(t, "guide", chromedp.Do(ctx, loginSteps(base, "bram"),
		chromedp.Navigate(base+"/loketten/wijzer"),
		chromedp.WaitVisible(css("#privacy")),
		chromedp.Click(css("#o-weet_niet")),
		chromedp.Click(css("#b-advies")),
		chromedp.Click(css("#a-ja")),
		chromedp.Submit(css("#o-weet_niet")),
		chromedp.WaitVisible(css("#vergelijking")),
	))
	if p := text(t, ctx, "#privacy"); !strings.Contains(p, "slaan wij niet op") {
		t.Errorf("privacy note = %q", p)
	}
	heads, err := chromedp.Run(ctx, chromedp.Evaluate[string](`Array.from(document.querySelectorAll('#vergelijking thead th')).map(e => e.innerText).join('|')`))
	must(t, "read proposals", err)
	// bram works in Amsterdam, a pilot unit: the Sociaal Loket comes first.
	if cols := strings.Split(heads, "|"); len(cols) < 3 || cols[1] != "Sociaal Loket" {
		t.Errorf("proposed desks = %q, want the Sociaal Loket first and at least two side by side", heads)
	}
	if rows := count(t, ctx, "#vergelijking tbody tr"); rows < 6 {
		t.Errorf("comparison has %d rows", rows)
	}
	url, err := chromedp.Run(ctx, chromedp.Evaluate[string](`location.pathname`))
	must(t, "location", err)
	if url != "/loketten/wijzer" {
		t.Errorf("the guide's answer is at %s, want a GET of /loketten/wijzer", url)
	}
}
