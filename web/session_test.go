package web_test

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"stelsel/access"
	"stelsel/db/dbtest"
	"stelsel/web"
)

// testClock is a clock the test moves; the server reads it from request goroutines.
type testClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *testClock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *testClock) add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// withClock gives the server's sessions the test's clock.
func withClock(c *testClock) func(*web.Deps) {
	return func(deps *web.Deps) { deps.Sessions = access.NewSessions(deps.DB, deps.Trail, c.now) }
}

// sessionCookie returns the session cookie a response sets.
func sessionCookie(t *testing.T, r response) *http.Cookie {
	t.Helper()
	for _, c := range (&http.Response{Header: r.header}).Cookies() {
		if strings.HasSuffix(c.Name, "stelsel_sessie") {
			return c
		}
	}
	t.Fatalf("no session cookie in %v", r.header["Set-Cookie"])
	return nil
}

// withCookie sends GET path with only the given cookie, as a replaying attacker would.
func (e *env) withCookie(path string, c *http.Cookie) response {
	req, _ := http.NewRequest(http.MethodGet, e.server.URL+path, nil)
	req.AddCookie(c)
	return e.anonymous().do(req)
}

func TestSessionCookieBehindTLS(t *testing.T) {
	for _, tt := range []struct {
		name  string
		tls   bool
		proxy bool // SecureCookies: TLS ends at a proxy in front of stelsel
	}{{"tls", true, false}, {"proxy", false, true}} {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, dbtest.SQLite(t), func(d *web.Deps) { d.SecureCookies = tt.proxy })
			if tt.tls {
				ts := httptest.NewTLSServer(e.server.Config.Handler)
				t.Cleanup(ts.Close)
				e.server = ts
			}
			c := e.anonymous()
			if tt.tls {
				c.hc.Transport = e.server.Client().Transport
			}
			r := c.post("/login", url.Values{"gebruikersnaam": {"ana"}, "wachtwoord": {testPassword}})
			ck := sessionCookie(t, r)
			if !ck.Secure || !ck.HttpOnly || ck.SameSite != http.SameSiteLaxMode || ck.Name != "__Host-stelsel_sessie" || ck.Path != "/" || ck.Domain != "" {
				t.Errorf("session cookie over TLS = %+v; want Secure, HttpOnly, SameSite=Lax, __Host- prefix, Path=/ and no Domain", ck)
			}
			if r := c.get("/login"); !strings.Contains(r.header.Get("Strict-Transport-Security"), "max-age=") {
				t.Errorf("no Strict-Transport-Security behind TLS")
			}
		})
	}
	// Without TLS the cookie cannot be Secure (the browser would drop it), and no HSTS.
	e := newEnv(t, dbtest.SQLite(t))
	r := e.anonymous().post("/login", url.Values{"gebruikersnaam": {"ana"}, "wachtwoord": {testPassword}})
	if ck := sessionCookie(t, r); ck.Secure || !ck.HttpOnly || ck.SameSite != http.SameSiteLaxMode {
		t.Errorf("session cookie over plain HTTP = %+v; want HttpOnly, SameSite=Lax, not Secure", ck)
	}
}

func TestSessionExpiryAndLogout(t *testing.T) {
	clock := &testClock{t: time.Date(2026, 12, 1, 8, 0, 0, 0, time.UTC)}
	e := newEnv(t, dbtest.SQLite(t), withClock(clock))
	loggedIn := func(ck *http.Cookie) bool {
		t.Helper()
		r := e.withCookie("/api/v1/me", ck)
		switch r.code {
		case http.StatusOK:
			return true
		case http.StatusUnauthorized:
			return false
		}
		t.Fatalf("GET /api/v1/me = %d %s", r.code, r.body)
		return false
	}
	login := func() *http.Cookie {
		t.Helper()
		return sessionCookie(t, e.anonymous().post("/login", url.Values{"gebruikersnaam": {"ana"}, "wachtwoord": {testPassword}}))
	}

	// Idle: a request every 29 minutes keeps the session; 31 minutes of silence end it.
	ck := login()
	for i := 0; i < 3; i++ {
		clock.add(29 * time.Minute)
		if !loggedIn(ck) {
			t.Fatalf("session ended after %d x 29 active minutes; want it kept", i+1)
		}
	}
	clock.add(31 * time.Minute)
	if loggedIn(ck) {
		t.Errorf("session alive after 31 idle minutes; want ended")
	}
	if r := e.withCookie("/werkbak", ck); r.code != http.StatusSeeOther || !strings.HasPrefix(r.header.Get("Location"), "/login") {
		t.Errorf("page with an expired session = %d -> %q, want the login page", r.code, r.header.Get("Location"))
	}

	// Absolute: active all day, still ends after ten hours.
	ck = login()
	for i := 0; i < 10*60/20; i++ {
		clock.add(20 * time.Minute)
		if !loggedIn(ck) {
			t.Fatalf("session ended after %d minutes of activity; want it kept up to 10 hours", (i+1)*20)
		}
	}
	clock.add(20 * time.Minute)
	if loggedIn(ck) {
		t.Errorf("session alive after 10h20m; want ended by the absolute limit")
	}

	// Logout ends the session on the server: the old cookie, replayed, no longer works.
	c := e.anonymous()
	r := c.post("/login", url.Values{"gebruikersnaam": {"ana"}, "wachtwoord": {testPassword}})
	ck = sessionCookie(t, r)
	if !loggedIn(ck) {
		t.Fatal("fresh session does not work")
	}
	r = c.post("/logout", nil)
	if r.code != http.StatusSeeOther {
		t.Fatalf("logout = %d", r.code)
	}
	if cleared := sessionCookie(t, r); cleared.MaxAge >= 0 || cleared.Value != "" {
		t.Errorf("logout sets %+v; want the cookie cleared", cleared)
	}
	if loggedIn(ck) {
		t.Errorf("the session cookie still works after logout; want it ended on the server")
	}
}

func TestLoginThrottleWindow(t *testing.T) {
	clock := &testClock{t: time.Date(2026, 12, 1, 8, 0, 0, 0, time.UTC)}
	e := newEnv(t, dbtest.SQLite(t), withClock(clock))
	c := e.anonymous()
	for i := 0; i < access.DefaultMaxFailures; i++ {
		clock.add(time.Minute)
		if r := c.post("/login", url.Values{"gebruikersnaam": {"ana"}, "wachtwoord": {"fout"}}); r.code != http.StatusUnauthorized {
			t.Fatalf("failed login %d = %d, want 401", i+1, r.code)
		}
	}
	r := c.post("/login", url.Values{"gebruikersnaam": {"ana"}, "wachtwoord": {testPassword}})
	if r.code != http.StatusTooManyRequests || !strings.Contains(r.body, "te veel mislukte pogingen") {
		t.Fatalf("right password after %d failures = %d, want 429 with a Dutch message", access.DefaultMaxFailures, r.code)
	}
	// Another account is not blocked by ana's failures.
	if r := e.anonymous().post("/login", url.Values{"gebruikersnaam": {"rick"}, "wachtwoord": {testPassword}}); r.code != http.StatusSeeOther {
		t.Errorf("login of rick while ana is throttled = %d, want 303", r.code)
	}
	// Once the first failure leaves the 15-minute window, the right password works.
	clock.add(access.DefaultFailWindow - time.Duration(access.DefaultMaxFailures-1)*time.Minute + time.Second)
	if r := c.post("/login", url.Values{"gebruikersnaam": {"ana"}, "wachtwoord": {testPassword}}); r.code != http.StatusSeeOther {
		t.Errorf("login after the throttle window = %d %s, want 303", r.code, r.body)
	}
}
