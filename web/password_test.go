package web_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"stelsel/access"
	"stelsel/db"
	"stelsel/db/dbtest"
)

// TestPasswordChange: a password an administrator set must be changed by its owner at
// the first login; until then the session reaches only the change page (pages are sent
// there, the API refuses). A change asks for the current password, names the field of a
// mistake, ends the account's other sessions and keeps the browser logged in; an
// operator's reset asks for a change again, a user's own change does not.
func TestPasswordChange(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		e := newEnv(t, d)
		ctx := context.Background()
		admin := e.login("beheer")
		if r := admin.post("/beheer/gebruikers", url.Values{"gebruikersnaam": {"nina"}, "naam": {"Nina"}, "rol": {"analist"},
			"wachtwoord": {testPassword}}); r.code != http.StatusOK {
			t.Fatalf("add nina = %d\n%s", r.code, r.body)
		}
		c := e.login("nina")
		r := c.get("/werkbak?pagina=2")
		if r.code != http.StatusSeeOther || r.header.Get("Location") != "/mijn/wachtwoord?volgende="+url.QueryEscape("/werkbak?pagina=2") {
			t.Fatalf("GET /werkbak before the change = %d %q, want the change page", r.code, r.header.Get("Location"))
		}
		if r := c.get("/api/v1/werkbak"); r.code != http.StatusForbidden || !strings.Contains(r.body, "nieuw wachtwoord") {
			t.Errorf("API before the change = %d %s, want 403 naming the change", r.code, r.body)
		}
		if r := c.post("/werkbak/beoordelingen", url.Values{}); r.code != http.StatusForbidden {
			t.Errorf("POST before the change = %d, want 403", r.code)
		}
		page := c.get("/mijn/wachtwoord?volgende=%2Fwerkbak")
		if page.code != http.StatusOK || !strings.Contains(page.body, "door een beheerder ingesteld") || strings.Contains(page.body, `aria-label="Hoofdmenu"`) {
			t.Fatalf("change page = %d, want the reason and no main menu:\n%s", page.code, page.body)
		}
		other := e.login("nina") // a second browser of the same account
		const fresh = "mijn eigen nieuwe wachtwoord"
		for _, tc := range []struct {
			form  url.Values
			field string
		}{
			{url.Values{"huidig": {"fout wachtwoord 123"}, "nieuw": {fresh}, "herhaling": {fresh}}, "huidig"},
			{url.Values{"huidig": {testPassword}, "nieuw": {"kort"}, "herhaling": {"kort"}}, "nieuw"},
			{url.Values{"huidig": {testPassword}, "nieuw": {testPassword}, "herhaling": {testPassword}}, "nieuw"},
			{url.Values{"huidig": {testPassword}, "nieuw": {fresh}, "herhaling": {fresh + "x"}}, "herhaling"},
		} {
			r := c.post("/mijn/wachtwoord", tc.form)
			if r.code != http.StatusUnprocessableEntity || !strings.Contains(r.body, `id="fout-`+tc.field+`"`) ||
				!strings.Contains(r.body, `aria-describedby="fout-`+tc.field+`"`) {
				t.Errorf("change %v = %d, want 422 on field %s:\n%s", tc.form, r.code, tc.field, r.body)
			}
		}
		r = c.post("/mijn/wachtwoord", url.Values{"huidig": {testPassword}, "nieuw": {fresh}, "herhaling": {fresh}, "volgende": {"/mijn/tokens"}})
		if r.code != http.StatusSeeOther || r.header.Get("Location") != "/mijn/tokens" {
			t.Fatalf("change = %d %q, want back to /mijn/tokens", r.code, r.header.Get("Location"))
		}
		if r := c.get("/mijn/tokens"); r.code != http.StatusOK {
			t.Errorf("GET /mijn/tokens after the change = %d, want 200", r.code)
		}
		if r := other.get("/mijn/tokens"); r.code == http.StatusOK {
			t.Errorf("the other browser's session survived the change: %d", r.code)
		}
		if _, _, err := e.deps.Sessions.Login(ctx, "nina", testPassword); err == nil {
			t.Error("the old password still logs in")
		}
		if _, _, err := e.deps.Sessions.Login(ctx, "nina", fresh); err != nil {
			t.Errorf("the new password: %v", err)
		}
		var n int
		if err := d.QueryRow(ctx, `SELECT count(*) FROM audit_log WHERE action = 'change' AND object_kind = 'user' AND object_id = 'nina'
			AND detail LIKE 'eigen wachtwoord gewijzigd%'`).Scan(&n); err != nil || n != 1 {
			t.Errorf("audited own changes = %d, %v; want 1", n, err)
		}

		// An operator's reset asks for a change again; setting one's own does not.
		op := access.System("operator")
		if err := e.deps.Users.SetPassword(ctx, op, "nina", "door de operator gekozen", true); err != nil {
			t.Fatal(err)
		}
		if u, err := e.deps.Users.Own(ctx, mustActor(t, e, "nina")); err != nil || !u.MustChangePassword {
			t.Errorf("after a reset MustChangePassword = %v, %v; want true", u.MustChangePassword, err)
		}
		ana := mustActor(t, e, "beheer")
		if err := e.deps.Users.SetPassword(ctx, ana, "beheer", "mijn eigen beheerwachtwoord", true); err != nil {
			t.Fatal(err)
		}
		if u, err := e.deps.Users.Own(ctx, ana); err != nil || u.MustChangePassword {
			t.Errorf("own password: MustChangePassword = %v, %v; want false", u.MustChangePassword, err)
		}
		// Accounts without a forced change use the page freely; the nav is there.
		if r := e.login("ana").get("/mijn/wachtwoord"); r.code != http.StatusOK || !strings.Contains(r.body, `aria-label="Hoofdmenu"`) ||
			strings.Contains(r.body, "door een beheerder ingesteld") {
			t.Errorf("ana's change page = %d:\n%s", r.code, r.body)
		}
	})
}

// TestBrowserKeyboardOnlyPasswordChange: the password page is reached from the menu and
// filled and sent with the keyboard alone.
func TestBrowserKeyboardOnlyPasswordChange(t *testing.T) {
	e := newEnv(t, dbtest.SQLite(t))
	ctx := browser(t)
	must(t, "login", chromedp.Do(ctx, loginSteps(e.server.URL, "ana")))
	tabTo(t, ctx, "a# Wachtwoord", 60)
	press(t, ctx, "\r")
	waitFor(t, ctx, "Wachtwoord wijzigen")
	const fresh = "een nieuw lang wachtwoord"
	tabTo(t, ctx, "input#veld-huidig", 60)
	press(t, ctx, testPassword)
	tabTo(t, ctx, "input#veld-nieuw", 5)
	press(t, ctx, fresh)
	tabTo(t, ctx, "input#veld-herhaling", 5)
	press(t, ctx, fresh)
	tabTo(t, ctx, "button# Wachtwoord wijzigen", 5)
	press(t, ctx, "\r")
	must(t, "changed", chromedp.Do(ctx, chromedp.WaitVisible(css("p.melding"))))
	if got := text(t, ctx, "main"); !strings.Contains(got, "Uw wachtwoord is gewijzigd") {
		t.Errorf("after the change the page shows %q", got)
	}
	if _, _, err := e.deps.Sessions.Login(context.Background(), "ana", fresh); err != nil {
		t.Errorf("login with the new password: %v", err)
	}
}
