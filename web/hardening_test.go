package web_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"stelsel/db"
	"stelsel/db/dbtest"
)

// TestPathSegmentsEscaped: a registration number stored before the safe number pattern
// (or from elsewhere) holding '/', '?' or '#' must link and post to itself, never to
// another registration.
func TestPathSegmentsEscaped(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		e := newEnv(t, d, withRegistrations(t))
		hostile := "SEC-T/../" + codedDH + "?opgeslagen=1#x"
		for _, table := range []string{"registrations", "registration_versions", "queue_items"} {
			if _, err := d.Exec(context.Background(), "UPDATE "+table+" SET number = ? WHERE number = ?", hostile, uncodedDH); err != nil {
				t.Fatal(err)
			}
		}
		c := e.login("ana")
		r := c.get("/werkbak?status=alle")
		want := "/registraties/" + url.PathEscape(hostile)
		if !strings.Contains(r.body, `href="`+want+`?`) {
			t.Fatalf("queue does not link to %s:\n%s", want, r.body)
		}
		r = c.get(want)
		if r.code != http.StatusOK || !strings.Contains(r.body, "kankerjood") {
			t.Fatalf("GET %s = %d, want the registration", want, r.code)
		}
		m := regexp.MustCompile(`action="([^"]*/beoordeling)"`).FindStringSubmatch(r.body)
		if m == nil || m[1] != want+"/beoordeling" {
			t.Fatalf("decision form action = %v, want %s/beoordeling", m, want)
		}
		r = c.post(m[1], url.Values{"soort": {"geen_discriminatie"}, "reden": {"geen_discriminatoir_aspect"}, "motivering": {"test"}})
		if r.code >= 400 {
			t.Fatalf("POST %s = %d\n%s", m[1], r.code, r.body)
		}
		var onHostile, onCoded int
		d.QueryRow(context.Background(), "SELECT count(*) FROM decisions WHERE number = ?", hostile).Scan(&onHostile)
		d.QueryRow(context.Background(), "SELECT count(*) FROM decisions WHERE number = ?", codedDH).Scan(&onCoded)
		if onHostile != 1 || onCoded != 1 {
			t.Errorf("decisions on %q = %d, on %s = %d; want 1 and 1 (the one of the fixture)", hostile, onHostile, codedDH, onCoded)
		}
	})
}

// TestLoginSprayingSlowed: many usernames tried from one address are stopped by the
// per-client limit, which the per-username throttle cannot see.
func TestLoginSprayingSlowed(t *testing.T) {
	e := newEnv(t, dbtest.SQLite(t))
	c := e.anonymous()
	var throttled int
	for i := range 60 {
		r := c.post("/login", url.Values{"gebruikersnaam": {fmt.Sprintf("user%02d", i)}, "wachtwoord": {"Welkom01!"}})
		if r.code == http.StatusTooManyRequests {
			throttled++
		}
	}
	if throttled < 20 {
		t.Errorf("%d of 60 sprayed logins throttled, want the ones after the first 30", throttled)
	}
	// The right password from the same address waits too, but a browser that logged in
	// before (its device cookie) gets in.
	if r := c.post("/login", url.Values{"gebruikersnaam": {"ana"}, "wachtwoord": {testPassword}}); r.code != http.StatusTooManyRequests {
		t.Errorf("login from the spraying address = %d, want 429", r.code)
	}
}

// TestLoginRedirectStaysLocal: the target after login is parsed; tabs, backslashes and
// other hosts lead home.
func TestLoginRedirectStaysLocal(t *testing.T) {
	e := newEnv(t, dbtest.SQLite(t))
	c := e.anonymous()
	for _, next := range []string{"/\t/evil.example", "//evil.example", "/\\evil.example", "https://evil.example"} {
		r := c.post("/login", url.Values{"gebruikersnaam": {"ana"}, "wachtwoord": {testPassword}, "volgende": {next}})
		if loc := r.header.Get("Location"); r.code != http.StatusSeeOther || loc != "/" {
			t.Errorf("login with volgende=%q = %d to %q, want 303 to /", next, r.code, loc)
		}
		r = c.get("/login?volgende=" + url.QueryEscape(next))
		if loc := r.header.Get("Location"); loc != "/" {
			t.Errorf("logged in GET /login?volgende=%q goes to %q, want /", next, loc)
		}
	}
}
