package web_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"stelsel/db"
	"stelsel/db/dbtest"
	"stelsel/web"
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

// TestEdgeRejectsBadBytes: invalid UTF-8 and NUL in the path, a query, a form or JSON
// answer 404 or 422, the same on both databases, and never reach the audit trail.
func TestEdgeRejectsBadBytes(t *testing.T) {
	probes := []struct {
		who, method, path string
		form              url.Values
		json              string
		want              int
	}{
		{"ana", "GET", "/registraties/%00", nil, "", 404},
		{"ana", "GET", "/registraties/%FF%FE", nil, "", 404},
		{"ana", "GET", "/api/v1/registraties/%00", nil, "", 404},
		{"audrey", "GET", "/audit?actor=%00", nil, "", 422},
		{"audrey", "GET", "/audit?object=%C3%28", nil, "", 422},
		{"audrey", "GET", "/api/v1/audit?action=%FF", nil, "", 422},
		{"ana", "GET", "/registraties/" + codedDH + "?reden=%00", nil, "", 422},
		{"", "POST", "/login", url.Values{"gebruikersnaam": {"ana\x00"}, "wachtwoord": {"x"}}, "", 422},
		{"", "POST", "/login", url.Values{"gebruikersnaam": {"\xff\xfe"}, "wachtwoord": {"x"}}, "", 422},
		{"ana", "POST", "/registraties/" + uncodedDH + "/beoordeling", url.Values{"soort": {"geen_discriminatie"}, "reden": {"a\xffb"}, "motivering": {"x"}}, "", 422},
		{"ana", "POST", "/api/v1/registraties/" + uncodedDH + "/beoordelingen", nil, `{"soort":"geen_discriminatie","motivering":"a\u0000b"}`, 422},
	}
	got := map[string][]int{}
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		e := newEnv(t, d, withRegistrations(t))
		tok := e.token("ana")
		for _, p := range probes {
			c := e.anonymous()
			if p.who != "" {
				c = e.login(p.who)
			}
			var r response
			switch {
			case p.json != "":
				r = e.api(tok, p.method, p.path, json.RawMessage(p.json))
			case p.form != nil:
				r = c.post(p.path, p.form)
			case strings.HasPrefix(p.path, "/api/"):
				r = e.api(tok, p.method, p.path, nil)
			default:
				r = c.get(p.path)
			}
			if r.code != p.want {
				t.Errorf("%s %s = %d, want %d\n%.300s", p.method, p.path, r.code, p.want, r.body)
			}
			got[p.path] = append(got[p.path], r.code)
		}
		var bad int
		if err := d.QueryRow(context.Background(), "SELECT count(*) FROM audit_log WHERE detail LIKE '%'||?||'%' OR object_id LIKE '%'||?||'%'", "\ufffd", "\ufffd").Scan(&bad); err != nil || bad != 0 {
			t.Errorf("audit entries with replaced bytes = %d, %v", bad, err)
		}
	})
}

// TestWrongMethodAnswers405: a path that exists for other methods answers 405 with
// Allow, on pages and the API alike; /API/V1/... in the wrong case answers JSON.
func TestWrongMethodAnswers405(t *testing.T) {
	e := newEnv(t, dbtest.SQLite(t), withRegistrations(t))
	c := e.login("ana")
	for _, tc := range []struct{ method, path, allow string }{
		{"POST", "/werkbak", "GET, HEAD"},
		{"DELETE", "/login", "GET, POST, HEAD"},
		{"PUT", "/registraties/" + codedDH + "/beoordeling", "POST"},
		{"DELETE", "/api/v1/me", "GET, HEAD"},
	} {
		req, _ := http.NewRequest(tc.method, e.server.URL+tc.path, nil)
		req.Header.Set("Sec-Fetch-Site", "same-origin")
		r := c.do(req)
		if r.code != http.StatusMethodNotAllowed || r.header.Get("Allow") != tc.allow {
			t.Errorf("%s %s = %d, Allow %q; want 405, Allow %q", tc.method, tc.path, r.code, r.header.Get("Allow"), tc.allow)
		}
	}
	if r := c.get("/bestaat/niet"); r.code != http.StatusNotFound {
		t.Errorf("GET /bestaat/niet = %d, want 404", r.code)
	}
	r := e.api(e.token("ana"), "GET", "/API/V1/me", nil)
	if !strings.HasPrefix(r.header.Get("Content-Type"), "application/json") {
		t.Errorf("GET /API/V1/me answered %s, want JSON", r.header.Get("Content-Type"))
	}
}

// TestMetricsRestricted: /metrics is for loopback, allowed networks and the token.
func TestMetricsRestricted(t *testing.T) {
	e := newEnv(t, dbtest.SQLite(t), func(d *web.Deps) {
		d.MetricsToken = "geheim-scrape-token"
		d.MetricsAllow = []netip.Prefix{netip.MustParsePrefix("10.9.0.0/16")}
	})
	h := e.server.Config.Handler
	for _, tc := range []struct {
		remote, auth string
		want         int
	}{
		{"127.0.0.1:4000", "", 200},
		{"[::1]:4000", "", 200},
		{"192.0.2.7:4000", "", 404},
		{"192.0.2.7:4000", "Bearer fout", 404},
		{"192.0.2.7:4000", "Bearer geheim-scrape-token", 200},
		{"10.9.3.4:4000", "", 200},
	} {
		req := httptest.NewRequest("GET", "/metrics", nil)
		req.RemoteAddr = tc.remote
		if tc.auth != "" {
			req.Header.Set("Authorization", tc.auth)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != tc.want {
			t.Errorf("/metrics from %s with %q = %d, want %d", tc.remote, tc.auth, rec.Code, tc.want)
		}
	}
}
