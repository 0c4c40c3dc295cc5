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
// STELSEL_REQUIRE_BROWSER is set) when there is none.
func browser(t *testing.T) context.Context {
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
	ctx, cancel2 := context.WithTimeout(tab, 60*time.Second)
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
		chromedp.Submit(css("#motivering")),
		chromedp.WaitVisible(css("p.melding")),
	))
	if n := text(t, ctx, "p.melding"); !strings.Contains(n, uncodedDH) {
		t.Errorf("after deciding the notice is %q", n)
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
