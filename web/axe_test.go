package web_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"stelsel/db/dbtest"
	"stelsel/web"
)

// axe-core runs in the page through the DevTools protocol: Runtime.evaluate is not
// bound by the page's Content-Security-Policy, which forbids inline script.
var (
	axeOnce sync.Once
	axeSrc  string
	axeErr  error
)

func axeSource(t *testing.T) string {
	t.Helper()
	axeOnce.Do(func() {
		b, err := os.ReadFile("testdata/axe/axe.min.js")
		axeSrc, axeErr = string(b), err
	})
	if axeErr != nil {
		t.Fatalf("read axe-core: %v", axeErr)
	}
	return axeSrc
}

// axeTags are the rule sets checked: WCAG 2.0 and 2.1, levels A and AA.
const axeRun = `axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}, resultTypes: ["violations"]})
	.then(r => JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
		nodes: v.nodes.slice(0, 5).map(n => n.target.join(" ") + ": " + n.failureSummary.replace(/\s+/g, " "))}))))`

type axeViolation struct {
	ID     string   `json:"id"`
	Impact string   `json:"impact"`
	Help   string   `json:"help"`
	Nodes  []string `json:"nodes"`
}

// axeCheck opens url (absolute) in the tab and fails the test on every WCAG 2.1 A or AA
// violation axe-core finds there.
func axeCheck(t *testing.T, ctx context.Context, url string) {
	t.Helper()
	must(t, "open "+url, chromedp.Do(ctx, chromedp.Navigate(url), chromedp.WaitReady(css("body"))))
	axeCheckHere(t, ctx, url)
}

// axeCheckHere runs axe-core on the page the tab shows now (after a failed form, an
// opened dialog); what names the state in failure messages.
func axeCheckHere(t *testing.T, ctx context.Context, what string) {
	t.Helper()
	for _, v := range axeViolations(t, ctx, what) {
		t.Errorf("axe on %s: %s (%s, %s)\n\t%s", what, v.ID, v.Impact, v.Help, strings.Join(v.Nodes, "\n\t"))
	}
}

// axeViolations runs axe-core on the page the tab shows and returns what it finds.
func axeViolations(t *testing.T, ctx context.Context, what string) []axeViolation {
	t.Helper()
	loaded, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`typeof axe !== "undefined"`))
	must(t, "probe axe", err)
	if !loaded {
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void](axeSource(t))); err != nil {
			t.Fatalf("inject axe-core into %s: %v", what, err)
		}
	}
	out, err := chromedp.Run(ctx, chromedp.Evaluate[string](axeRun, chromedp.EvalAwaitPromise))
	must(t, "run axe on "+what, err)
	var vs []axeViolation
	if err := json.Unmarshal([]byte(out), &vs); err != nil {
		t.Fatalf("axe result for %s: %v", what, err)
	}
	return vs
}

// noSidewaysScroll fails when the page the tab shows is wider than its window: wide
// tables must scroll inside their own box.
func noSidewaysScroll(t *testing.T, ctx context.Context, what string) {
	t.Helper()
	// The deepest elements that stick out name the culprit. A page that lays itself out
	// again after a change of the window's width (a chart follows its box) gets a moment
	// to do so on a busy machine: only what still sticks out after two seconds counts.
	var out []string
	for try := 0; ; try++ {
		var err error
		out, err = chromedp.Run(ctx, chromedp.Evaluate[[]string](sidewaysScript))
		must(t, "measure "+what, err)
		if len(out) == 0 || try == 20 {
			break
		}
		must(t, "relayout", chromedp.Do(ctx, chromedp.Sleep(100*time.Millisecond)))
	}
	if len(out) > 0 {
		t.Errorf("%s scrolls sideways; sticking out: %s", what, strings.Join(out, ", "))
	}
}

// sidewaysScript lists the deepest elements (outside a .table-wrap) that stick out of
// the window, none when the page is not wider than the window.
const sidewaysScript = `(() => {
		const w = document.documentElement.clientWidth;
		if (document.documentElement.scrollWidth <= w) return [];
		return Array.from(document.querySelectorAll("body *")).filter(e => e.getBoundingClientRect().right > w + 1 &&
			!Array.from(e.children).some(c => c.getBoundingClientRect().right > w + 1) && !e.closest(".table-wrap"))
			.slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + (e.className ? "." + e.className : "") +
				" (" + Math.round(e.getBoundingClientRect().right) + " px)");
	})()`

// axePage is one page an account opens in TestAxeEveryPage.
type axePage struct {
	user, path string
}

// axePages are the pages of every role checked by TestAxeEveryPage. A helper building
// new pages adds its own (in an init func of its test file, with axeSetup for the
// services the pages need); every role that may open a page lists it.
var axePages = []axePage{
	{"", "/login"},
	{"", "/login?volgende=%2Fwerkbak"},
	{"", "/algoritme"},
	{"ana", "/"},
	{"ana", "/werkbak"},
	{"ana", "/werkbak?status=alle"},
	{"ana", "/werkbak?grond=antisemitisme&eenheid=DH"},
	{"ana", "/registraties/" + uncodedDH},
	{"ana", "/registraties/" + codedDH},
	{"ana", "/registraties/" + xssDH},
	{"ana", "/registraties/" + missing},
	{"ana", "/eenheden"},
	{"ana", "/eenheden/DH"},
	{"ana", "/eenheden/ON"},
	{"ana", "/export"},
	{"ana", "/export?van=2026-03-01&tot=2026-03-31"},
	{"ana", "/lexicon"},
	{"ana", "/audit"}, // refused: the error page
	{"rick", "/"},
	{"rick", "/registraties/" + uncodedDH},
	{"rick", "/eenheden/DH"},
	{"rick", "/lexicon"},
	{"bo", "/"},
	{"bo", "/registraties/" + codedDH},
	{"bo", "/eenheden/DH"},
	{"bram", "/registraties/" + codedAM},
	{"bram", "/eenheden/AM"},
	{"audrey", "/"},
	{"audrey", "/audit"},
	{"audrey", "/audit?controleer=1"},
	{"beheer", "/"},
	{"beheer", "/beheer/gebruikers"},
	{"ana", "/mijn/tokens"},
	{"ana", "/mijn/wachtwoord"},
	{"beheer", "/lexicon"},
}

// axeSetup are extra services for the pages of axePages, added to the test server.
var axeSetup []func(t *testing.T) func(*web.Deps)

func TestAxeEveryPage(t *testing.T) {
	configure := []func(*web.Deps){withRegistrations(t)}
	for _, s := range axeSetup {
		configure = append(configure, s(t))
	}
	e := newEnv(t, dbtest.SQLite(t), configure...)
	base := e.server.URL
	tabs := map[string]context.Context{}
	for _, p := range axePages {
		ctx, ok := tabs[p.user]
		if !ok {
			ctx = browserFor(t, 60*time.Minute) // the go test -timeout bounds it; each page has its own limit below
			if p.user != "" {
				must(t, "login "+p.user, chromedp.Do(ctx, loginSteps(base, p.user)))
			}
			tabs[p.user] = ctx
		}
		// axe-core at a laptop's width; at a phone's width no page may scroll sideways.
		what := fmt.Sprintf("%s as %q", p.path, p.user)
		tab := ctx
		ctx, cancel := context.WithTimeout(tab, 2*time.Minute)
		must(t, "laptop", chromedp.Do(ctx, chromedp.EmulateViewport(1366, 900)))
		axeCheck(t, ctx, base+p.path)
		noSidewaysScroll(t, ctx, what+" at 1366 px")
		if strings.HasPrefix(p.path, "/eenheden/") {
			// A unit list fits a laptop's width whole, without scrolling its table.
			over, err := chromedp.Run(ctx, chromedp.Evaluate[int](`Array.from(document.querySelectorAll(".table-wrap")).filter(w => w.scrollWidth > w.clientWidth + 1).length`))
			if err != nil || over > 0 {
				t.Errorf("%s at 1366 px: %d tables scroll sideways (%v)", what, over, err)
			}
		}
		must(t, "phone", chromedp.Do(ctx, chromedp.EmulateViewport(390, 844)))
		noSidewaysScroll(t, ctx, what+" at 390 px")
		cancel()
	}
}

// TestAxeFormStates checks the states of the decision form that no plain page view
// shows: field errors after a refused save, another reviewer's claim, the shown kind.
func TestAxeFormStates(t *testing.T) {
	e := newEnv(t, dbtest.SQLite(t), withRegistrations(t))
	base := e.server.URL
	ctx := browser(t)
	must(t, "refused save", chromedp.Do(ctx, loginSteps(base, "ana"), chromedp.Navigate(base+"/registraties/"+uncodedDH),
		chromedp.WaitVisible(css("#beslissing")), chromedp.Click(css("input[name=soort][value=discriminatie]")),
		chromedp.Click(css("#beslissing button[type=submit]")), chromedp.WaitVisible(css("#foutmelding"))))
	axeCheckHere(t, ctx, "the decision form with field errors")
	ctx2 := browser(t)
	must(t, "claimed", chromedp.Do(ctx2, loginSteps(base, "anton"), chromedp.Navigate(base+"/registraties/"+uncodedDH), chromedp.WaitVisible(css("#claim"))))
	axeCheckHere(t, ctx2, "a registration another reviewer holds")
}

// TestAxeFindsViolations proves the check can fail: an image without a text and a
// field without a label on an otherwise clean page are reported.
func TestAxeFindsViolations(t *testing.T) {
	e := newEnv(t, dbtest.SQLite(t))
	ctx := browser(t)
	must(t, "open", chromedp.Do(ctx, chromedp.Navigate(e.server.URL+"/login"), chromedp.WaitVisible(css("#gebruikersnaam"))))
	if vs := axeViolations(t, ctx, "/login"); len(vs) != 0 {
		t.Fatalf("the login page has violations: %+v", vs)
	}
	must(t, "break", chromedp.Do(ctx, js(`document.querySelector("main").insertAdjacentHTML("beforeend", '<img src="/static/x.png"><input name="zonder-label">')`)))
	found := map[string]bool{}
	for _, v := range axeViolations(t, ctx, "the broken page") {
		found[v.ID] = true
	}
	if !found["image-alt"] || !found["label"] {
		t.Errorf("axe found %v on a page with an unlabelled image and field, want image-alt and label", found)
	}
}
