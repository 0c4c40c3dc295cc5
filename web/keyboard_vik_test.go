package web_test

import (
	"context"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"stelsel/db/dbtest"
)

// tabTo presses Tab until the element matching want (a prefix of focused: "tag#id") has
// the focus, at most limit times, and fails when it never gets it: the element must be
// reachable with the keyboard in the page's order.
func tabTo(t *testing.T, ctx context.Context, want string, limit int) {
	t.Helper()
	for i := 0; i < limit; i++ {
		press(t, ctx, "\t")
		if strings.HasPrefix(focused(t, ctx), want) {
			return
		}
	}
	t.Fatalf("%d presses of Tab never reached %s (focus on %q)", limit, want, focused(t, ctx))
}

// TestBrowserKeyboardOnlyAnonymousReport: an employee reports anonymously and reads and
// answers VIK's questions in the postbox with the keyboard alone: every field and
// button of /melden and /melden/postbus is reached with Tab, in order, and works with
// the keys a person uses (typing, Space, Enter).
func TestBrowserKeyboardOnlyAnonymousReport(t *testing.T) {
	var cases vikCases
	e := newEnv(t, dbtest.SQLite(t), withIntegrity(t, &cases))
	ctx := browser(t)
	must(t, "open", chromedp.Do(ctx, chromedp.Navigate(e.server.URL+"/melden"), chromedp.WaitVisible(css("#m-omschrijving"))))
	waitFor(t, ctx, "Anoniem een integriteitsmelding doen")
	// The first Tab reaches the skip link, as on every page.
	press(t, ctx, "\t")
	if f := focused(t, ctx); !strings.Contains(f, "Naar de inhoud") {
		t.Errorf("the first Tab focuses %q, want the skip link", f)
	}
	// A circumstance is ticked with Space, the text typed, the form sent with Enter on
	// its button.
	tabTo(t, ctx, "input#", 40)
	press(t, ctx, " ")
	ticked, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("input[name=omstandigheden]:checked").length`))
	must(t, "ticked", err)
	if ticked != 1 {
		t.Errorf("Space ticked %d circumstances, want 1", ticked)
	}
	tabTo(t, ctx, "textarea#m-omschrijving", 40)
	press(t, ctx, "Een collega neemt spullen uit de kluis mee naar huis.")
	tabTo(t, ctx, "button# Anoniem versturen", 20)
	press(t, ctx, "\r")
	waitFor(t, ctx, "Uw melding is ontvangen")
	code := strings.TrimSpace(text(t, ctx, "#code"))
	if len(code) < 16 {
		t.Fatalf("receipt code %q", code)
	}
	// From the receipt to the postbox by its link, the code typed and sent with Enter.
	tabTo(t, ctx, "a# postbus", 20)
	press(t, ctx, "\r")
	waitFor(t, ctx, "Postbus anonieme melding")
	must(t, "code field", chromedp.Do(ctx, chromedp.WaitVisible(css("#p-code"))))
	tabTo(t, ctx, "input#p-code", 20)
	press(t, ctx, code, "\r")
	must(t, "box", chromedp.Do(ctx, chromedp.WaitVisible(css("#p-tekst"))))
	if box := text(t, ctx, "main"); !strings.Contains(box, "Zaaknummer") || !strings.Contains(box, "Ontvangstbevestiging") {
		t.Fatalf("the postbox does not show the report: %q", box)
	}
	tabTo(t, ctx, "textarea#p-tekst", 20)
	press(t, ctx, "Het gebeurt elke vrijdagavond.")
	tabTo(t, ctx, "button# Versturen", 10)
	press(t, ctx, "\r")
	must(t, "sent", chromedp.Do(ctx, chromedp.WaitVisible(css("p.melding"))))
	if got := text(t, ctx, "main"); !strings.Contains(got, "Uw bericht is verstuurd.") || !strings.Contains(got, "Het gebeurt elke vrijdagavond.") {
		t.Errorf("after sending, the postbox shows %q", got)
	}
}
