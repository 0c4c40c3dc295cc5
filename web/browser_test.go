package web_test

import (
	"context"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"stelsel/db/dbtest"
)

// The browser tests share one Chromium for the whole package: starting it is the slow
// part. Each test gets its own incognito-like context (a fresh browser context).
var (
	browserOnce sync.Once
	browserCtx  context.Context
	browserErr  string
)

func findChromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	return ""
}

// browser returns a fresh tab in the shared Chromium, or skips (fails when
// STELSEL_REQUIRE_BROWSER is set) when there is none. The tab lives at most a minute.
func browser(t *testing.T) context.Context {
	t.Helper()
	return browserFor(t, 60*time.Second)
}

// browserFor is browser for a test that needs the tab longer than a minute.
func browserFor(t *testing.T, limit time.Duration) context.Context {
	t.Helper()
	browserOnce.Do(func() {
		path := findChromium()
		if path == "" {
			browserErr = "no Chromium found (install Debian's chromium package)"
			return
		}
		dir, err := os.MkdirTemp("", "stelsel-chromium-")
		if err != nil {
			browserErr = err.Error()
			return
		}
		opts := []chromedp.ExecAllocatorOption{
			chromedp.ExecPath(path), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
			chromedp.NoDefaultBrowserCheck, chromedp.UserDataDir(dir),
			chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
			chromedp.Flag("disable-sync", true), chromedp.Flag("disable-dev-shm-usage", true),
		}
		actx, acancel := chromedp.NewExecAllocator(context.Background(), opts...)
		bctx, bcancel := chromedp.NewContext(actx)
		if err := chromedp.Do(bctx); err != nil {
			bcancel()
			acancel()
			browserErr = "start Chromium: " + err.Error()
			return
		}
		// The browser lives as long as the test binary: chromedp starts it with
		// Pdeathsig on Linux, so the kernel ends it with the tests.
		browserCtx = bctx
	})
	if browserErr != "" {
		if os.Getenv("STELSEL_REQUIRE_BROWSER") != "" {
			t.Fatalf("browser required (STELSEL_REQUIRE_BROWSER is set): %s", browserErr)
		}
		t.Skipf("skipping browser test: %s (set STELSEL_REQUIRE_BROWSER to make this fail)", browserErr)
	}
	tab, cancel := chromedp.NewContext(browserCtx, chromedp.WithNewBrowserContext())
	if err := chromedp.Do(tab); err != nil {
		cancel()
		t.Fatalf("open a browser tab: %v", err)
	}
	ctx, cancel2 := context.WithTimeout(tab, limit)
	t.Cleanup(func() { cancel2(); cancel() })
	return ctx
}

type css = chromedp.CSS

func loginSteps(base, username string) chromedp.Action[chromedp.Void] {
	return chromedp.Steps(
		chromedp.Navigate(base+"/login"),
		chromedp.WaitVisible(css("#gebruikersnaam")),
		chromedp.SendKeys(css("#gebruikersnaam"), username),
		chromedp.SendKeys(css("#wachtwoord"), testPassword),
		chromedp.Submit(css("#wachtwoord")),
		chromedp.WaitVisible(css("header .wie")),
	)
}

// text returns the visible text of the first element matching sel.
func text(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	s, err := chromedp.Run(ctx, chromedp.Text(css(sel)))
	if err != nil {
		t.Fatalf("text of %s: %v", sel, err)
	}
	return s
}

// count returns how many elements match sel.
func count(t *testing.T, ctx context.Context, sel string) int {
	t.Helper()
	n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll(`+strconv.Quote(sel)+`).length`))
	if err != nil {
		t.Fatalf("count %s: %v", sel, err)
	}
	return n
}

func must(t *testing.T, what string, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

func TestBrowserReviewFlow(t *testing.T) {
	e := newEnv(t, dbtest.SQLite(t), withRegistrations(t))
	ctx := browser(t)
	base := e.server.URL

	// Log in; open the queue; j selects the first row, Enter opens it.
	must(t, "login", chromedp.Do(ctx, loginSteps(base, "ana"), chromedp.Navigate(base+"/werkbak"), chromedp.WaitVisible(css("#werkbak"))))
	if q := text(t, ctx, "#werkbak tbody"); !strings.Contains(q, uncodedDH) {
		t.Fatalf("queue shows %q, want %s", q, uncodedDH)
	}
	must(t, "keyboard", chromedp.Do(ctx, chromedp.KeyEvent("j"), chromedp.WaitVisible(css("tr.gekozen")),
		chromedp.KeyEvent("\r"), chromedp.WaitVisible(css("#tekst"))))
	number := text(t, ctx, "h1")
	if !strings.Contains(number, "Registratie ") {
		t.Fatalf("Enter on the queue opened %q", number)
	}
	// The flagged registration with its hits highlighted, term and ground.
	must(t, "open", chromedp.Do(ctx, chromedp.Navigate(base+"/registraties/"+uncodedDH+"?terug=status%3Dopen"), chromedp.WaitVisible(css("#tekst mark.treffer"))))
	if n := count(t, ctx, "#tekst mark.treffer"); n < 1 {
		t.Errorf("no highlighted hits")
	}
	marks, err := chromedp.Run(ctx, chromedp.Evaluate[string](`Array.from(document.querySelectorAll('#tekst mark.treffer, #tekst sup.label')).map(e => e.textContent).join(' | ')`))
	must(t, "read hits", err)
	if !strings.Contains(strings.ToLower(marks), "kankerjood") || !strings.Contains(marks, "Antisemitisme") {
		t.Errorf("highlighted hits and labels %q; want the term kankerjood with its ground", marks)
	}
	// d jumps to the decision form; decide and save.
	must(t, "decide", chromedp.Do(ctx,
		chromedp.KeyEvent("d"),
		chromedp.Click(css("input[name=soort][value=discriminatie]")),
		chromedp.Click(css(`input[name=artikelen][value="137c"]`)),
		chromedp.Click(css("input[name=indicaties][value=antisemitisme]")),
		chromedp.SetValue(css("#verschijningsvorm"), "belediging"),
		chromedp.SendKeys(css("#motivering"), "Scheldwoord gericht op joden."),
		chromedp.Click(css("#beslissing button[type=submit]")), // through htmx
		chromedp.WaitVisible(css("#opgeslagen")),
	))
	if n := text(t, ctx, "#opgeslagen"); !strings.Contains(n, uncodedDH) {
		t.Errorf("after deciding the notice is %q", n)
	}
	// htmx followed the redirect to the next registration; the address bar says which.
	if loc, h := location(t, ctx), text(t, ctx, "h1"); !strings.HasPrefix(loc, "/registraties/"+xssDH) || !strings.Contains(h, xssDH) {
		t.Errorf("after deciding the tab shows %q at %q, want the next registration %s", h, loc, xssDH)
	}
	must(t, "unit list", chromedp.Do(ctx, chromedp.Navigate(base+"/eenheden/DH"), chromedp.WaitVisible(css("#eenheidslijst"))))
	if l := text(t, ctx, "#eenheidslijst tbody"); !strings.Contains(l, uncodedDH) || !strings.Contains(l, "Antisemitisme") {
		t.Errorf("unit list DH = %q, want %s with its indication", l, uncodedDH)
	}
	must(t, "export", chromedp.Do(ctx, chromedp.Navigate(base+"/export"), chromedp.WaitVisible(css("#codes"))))
	if c := text(t, ctx, "#codes tbody"); !strings.Contains(c, uncodedDH) || !strings.Contains(c, "DISCRIMINATIE") {
		t.Errorf("code export = %q, want %s coded", c, uncodedDH)
	}
	// Script in a registration text stays text: nothing is created, the page shows it.
	must(t, "xss page", chromedp.Do(ctx, chromedp.Navigate(base+"/registraties/"+xssDH), chromedp.WaitVisible(css("#tekst"))))
	if n, x := count(t, ctx, "#tekst img, #tekst script, #tekst svg, main img"), text(t, ctx, "#tekst"); n != 0 || !strings.Contains(x, "<script>alert('xss')</script>") {
		t.Errorf("XSS text: %d elements created, text %q; want the markup shown as text", n, x)
	}

	// A basisteam officer of another unit cannot open it: the same page as a missing one.
	ctx2 := browser(t)
	must(t, "officer AM", chromedp.Do(ctx2, loginSteps(base, "bram"), chromedp.Navigate(base+"/registraties/"+uncodedDH), chromedp.WaitVisible(css("main"))))
	got := text(t, ctx2, "main")
	must(t, "missing", chromedp.Do(ctx2, chromedp.Navigate(base+"/registraties/"+missing), chromedp.WaitVisible(css("main"))))
	gone := text(t, ctx2, "main")
	if !strings.Contains(got, "Niet gevonden") || strings.ReplaceAll(got, uncodedDH, missing) != gone {
		t.Errorf("officer of AM sees %q for %s; want exactly what a missing registration shows (%q)", got, uncodedDH, gone)
	}
}

// js runs a script as a step.
func js(script string) chromedp.Action[chromedp.Void] {
	return func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		_, err := chromedp.Evaluate[bool](script+"; true")(ctx, t)
		return chromedp.Void{}, err
	}
}

// location returns the path and query of the page the tab shows.
func location(t *testing.T, ctx context.Context) string {
	t.Helper()
	s, err := chromedp.Run(ctx, chromedp.Evaluate[string](`location.pathname + location.search`))
	must(t, "location", err)
	return s
}

func TestBrowserKeyboard(t *testing.T) {
	e := newEnv(t, dbtest.SQLite(t), withRegistrations(t))
	ctx := browser(t)
	base := e.server.URL
	must(t, "queue", chromedp.Do(ctx, loginSteps(base, "ana"), chromedp.Navigate(base+"/werkbak"), chromedp.WaitVisible(css("#werkbak"))))
	selected := func() string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(document.querySelector("tr.gekozen td") || {}).textContent || ""`))
		must(t, "selected row", err)
		return s
	}
	rows, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll("#werkbak tr[data-href] td:first-child")).map(td => td.textContent)`))
	must(t, "rows", err)
	if len(rows) != 2 {
		t.Fatalf("queue rows %q, want the two open registrations", rows)
	}
	// j j k: down twice (the second stops at the end), up once.
	for i, step := range []struct{ key, want string }{{"j", rows[0]}, {"j", rows[1]}, {"j", rows[1]}, {"k", rows[0]}} {
		must(t, "key "+step.key, chromedp.Do(ctx, chromedp.KeyEvent(step.key)))
		if got := selected(); got != step.want {
			t.Errorf("after key %d (%s) row %q is selected, want %q", i+1, step.key, got, step.want)
		}
	}
	must(t, "enter", chromedp.Do(ctx, chromedp.KeyEvent("\r"), chromedp.WaitVisible(css("#tekst"))))
	if h := text(t, ctx, "h1"); !strings.Contains(h, rows[0]) {
		t.Fatalf("Enter opened %q, want %s", h, rows[0])
	}
	// On a registration page j goes to the next registration of the queue, k back to it.
	must(t, "next", chromedp.Do(ctx, chromedp.KeyEvent("j"), chromedp.WaitVisible(css("#tekst"))))
	for i := 0; i < 50 && !strings.Contains(text(t, ctx, "h1"), rows[1]); i++ {
		must(t, "wait", chromedp.Do(ctx, chromedp.Sleep(20*time.Millisecond)))
	}
	if h := text(t, ctx, "h1"); !strings.Contains(h, rows[1]) {
		t.Errorf("j on %s opened %q, want %s", rows[0], h, rows[1])
	}
	// d puts the focus in the decision form, so the analyst can decide from the keyboard.
	must(t, "d", chromedp.Do(ctx, chromedp.KeyEvent("d")))
	if f, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.getElementById("beslissing").contains(document.activeElement)`)); err != nil || !f {
		t.Errorf("after d the focus is not in the decision form (%v)", err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.activeElement.blur(), true`)); err != nil {
		t.Fatal(err)
	}
	// k goes to the previous registration of the queue, not back to the queue.
	must(t, "prev", chromedp.Do(ctx, chromedp.KeyEvent("k"), chromedp.WaitVisible(css("#tekst"))))
	for i := 0; i < 50 && !strings.Contains(text(t, ctx, "h1"), rows[0]); i++ {
		must(t, "wait", chromedp.Do(ctx, chromedp.Sleep(20*time.Millisecond)))
	}
	if h := text(t, ctx, "h1"); !strings.Contains(h, rows[0]) {
		t.Errorf("k on %s opened %q, want %s", rows[1], h, rows[0])
	}
}

func TestBrowserDecisionValidation(t *testing.T) {
	e := newEnv(t, dbtest.SQLite(t), withRegistrations(t))
	base := e.server.URL
	page := "/registraties/" + uncodedDH
	incomplete := chromedp.Steps(
		chromedp.Navigate(base+page),
		chromedp.WaitVisible(css("#beslissing")),
		js(`window.nietHerladen = true`),
		chromedp.Click(css("input[name=soort][value=discriminatie]")),
		chromedp.SendKeys(css("#motivering"), "Eerste indruk."),
		// A click, not form.submit(): that would pass by htmx's submit handler.
		chromedp.Click(css("#beslissing button[type=submit]")),
		chromedp.WaitVisible(css("#beslissing .veldfout")),
	)
	fieldErrors := func(ctx context.Context) string {
		s, err := chromedp.Run(ctx, chromedp.Evaluate[string](`Array.from(document.querySelectorAll("#beslissing .veldfout")).map(e => e.textContent).join(" | ")`))
		must(t, "field errors", err)
		return s
	}

	// With JavaScript: htmx posts the form and swaps in the answer; no page load.
	ctx := browser(t)
	must(t, "with htmx", chromedp.Do(ctx, loginSteps(base, "ana"), incomplete))
	got := fieldErrors(ctx)
	for _, want := range []string{"kies ten minste één artikel", "kies een verschijningsvorm"} {
		if !strings.Contains(got, want) {
			t.Errorf("with htmx the field errors are %q, want %q among them", got, want)
		}
	}
	kept, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`window.nietHerladen === true && document.getElementById("motivering").value === "Eerste indruk."`))
	if err != nil || !kept {
		t.Errorf("with htmx the page was reloaded or the entry lost (%v)", err)
	}
	if loc := location(t, ctx); loc != page {
		t.Errorf("with htmx a refused form shows address %q, want %q", loc, page)
	}

	// Without JavaScript: a plain form post gives the same messages.
	ctx2 := browser(t)
	must(t, "login", chromedp.Do(ctx2, loginSteps(base, "ana")))
	if _, err := chromedp.Call(ctx2, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatalf("disable JavaScript: %v", err)
	}
	must(t, "without JavaScript", chromedp.Do(ctx2, incomplete))
	if got2 := fieldErrors(ctx2); got2 != got {
		t.Errorf("without JavaScript the field errors are %q, want the same as with htmx (%q)", got2, got)
	}
	if loc := location(t, ctx2); loc != page+"/beoordeling" {
		t.Errorf("without JavaScript the form went to %q, want a plain post to %s/beoordeling", loc, page)
	}
}
