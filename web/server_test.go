package web_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"stelsel/access"
	"stelsel/db"
	"stelsel/db/dbtest"
)

func TestLoginLogout(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		e := newEnv(t, d)
		c := e.anonymous()
		if r := c.get("/audit"); r.code != http.StatusSeeOther || r.header.Get("Location") != "/login?volgende=%2Faudit" {
			t.Fatalf("GET /audit anonymous = %d %s, want redirect to login", r.code, r.header.Get("Location"))
		}
		if r := c.get("/login"); r.code != 200 || !strings.Contains(r.body, `name="gebruikersnaam"`) {
			t.Fatalf("GET /login = %d", r.code)
		}
		r := c.post("/login", url.Values{"gebruikersnaam": {"audrey"}, "wachtwoord": {"fout"}})
		if r.code != http.StatusUnauthorized || !strings.Contains(r.body, "gebruikersnaam of wachtwoord onjuist") {
			t.Fatalf("bad login = %d, want 401 with a Dutch message", r.code)
		}
		r = c.post("/login", url.Values{"gebruikersnaam": {"audrey"}, "wachtwoord": {testPassword}, "volgende": {"/audit"}})
		if r.code != http.StatusSeeOther || r.header.Get("Location") != "/audit" {
			t.Fatalf("login = %d -> %s", r.code, r.header.Get("Location"))
		}
		ck := r.header.Get("Set-Cookie")
		for _, want := range []string{"stelsel_sessie=", "HttpOnly", "SameSite=Lax", "Path=/"} {
			if !strings.Contains(ck, want) {
				t.Errorf("session cookie %q lacks %s", ck, want)
			}
		}
		if r := c.get("/audit"); r.code != 200 || !strings.Contains(r.body, "Audittrail") {
			t.Fatalf("GET /audit as auditor = %d", r.code)
		}
		if r := c.post("/logout", nil); r.code != http.StatusSeeOther {
			t.Fatalf("logout = %d", r.code)
		}
		if r := c.get("/audit"); r.code != http.StatusSeeOther {
			t.Errorf("GET /audit after logout = %d, want redirect to login", r.code)
		}
		// An open redirect through volgende is refused.
		r = e.anonymous().post("/login", url.Values{"gebruikersnaam": {"audrey"}, "wachtwoord": {testPassword}, "volgende": {"//evil.example/"}})
		if r.header.Get("Location") != "/" {
			t.Errorf("login with volgende=//evil.example/ redirects to %q, want /", r.header.Get("Location"))
		}
	})
}

func TestLoginThrottled(t *testing.T) {
	e := newEnv(t, dbtest.SQLite(t))
	c := e.anonymous()
	for i := 0; i < access.DefaultMaxFailures; i++ {
		c.post("/login", url.Values{"gebruikersnaam": {"ana"}, "wachtwoord": {"fout"}})
	}
	r := c.post("/login", url.Values{"gebruikersnaam": {"ana"}, "wachtwoord": {testPassword}})
	if r.code != http.StatusTooManyRequests || !strings.Contains(r.body, "te veel mislukte pogingen") {
		t.Errorf("login after %d failures = %d, want 429 with a Dutch message", access.DefaultMaxFailures, r.code)
	}
}

func TestSecurityHeaders(t *testing.T) {
	e := newEnv(t, dbtest.SQLite(t))
	for _, path := range []string{"/login", "/static/app.js", "/api/v1/me", "/bestaat-niet"} {
		r := e.anonymous().get(path)
		csp := r.header.Get("Content-Security-Policy")
		if !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") || !strings.Contains(csp, "frame-ancestors 'none'") {
			t.Errorf("GET %s: CSP = %q", path, csp)
		}
		for h, want := range map[string]string{"X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY", "Referrer-Policy": "same-origin"} {
			if got := r.header.Get(h); got != want {
				t.Errorf("GET %s: %s = %q, want %q", path, h, got, want)
			}
		}
	}
	// No page may carry inline script or inline event handlers.
	c := e.login("beheer")
	for _, path := range []string{"/login", "/beheer/gebruikers"} {
		body := c.get(path).body
		if strings.Contains(body, "<script>") || strings.Contains(body, " onclick=") || strings.Contains(body, "style=") {
			t.Errorf("GET %s has inline script or style", path)
		}
	}
}

func TestCrossOriginRefused(t *testing.T) {
	e := newEnv(t, dbtest.SQLite(t))
	c := e.login("beheer")
	req, _ := http.NewRequest(http.MethodPost, e.server.URL+"/beheer/gebruikers/ana/uitschakelen", nil)
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	req.Header.Set("Origin", "https://evil.example")
	if r := c.do(req); r.code != http.StatusForbidden {
		t.Errorf("cross-site POST = %d, want 403", r.code)
	}
	req, _ = http.NewRequest(http.MethodPost, e.server.URL+"/login", strings.NewReader("gebruikersnaam=ana&wachtwoord=x"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", "https://evil.example")
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	if r := e.anonymous().do(req); r.code != http.StatusForbidden {
		t.Errorf("cross-site login POST = %d, want 403", r.code)
	}
	if u, _ := e.deps.Users.ByUsername(context.Background(), access.System("t"), "ana"); u.Disabled {
		t.Errorf("a cross-site request disabled ana")
	}
}

func TestHealthAndMetrics(t *testing.T) {
	e := newEnv(t, dbtest.SQLite(t))
	c := e.anonymous()
	if r := c.get("/healthz"); r.code != 200 || !strings.Contains(r.body, `"status": "ok"`) {
		t.Errorf("/healthz = %d %q", r.code, r.body)
	}
	c.get("/login")
	r := c.get("/metrics")
	if r.code != 200 || !strings.Contains(r.body, `stelsel_http_requests_total{code="200",route="GET /login"} 1`) ||
		!strings.Contains(r.body, "go_goroutines") || !strings.Contains(r.body, "go_sql_open_connections") {
		t.Errorf("/metrics = %d, lacks the request counter by route or runtime metrics:\n%.2000s", r.code, r.body)
	}
}

func TestAPIErrorsAndTokens(t *testing.T) {
	e := newEnv(t, dbtest.SQLite(t))
	r := e.api("", http.MethodGet, "/api/v1/me", nil)
	var body map[string]string
	if err := json.Unmarshal([]byte(r.body), &body); err != nil || r.code != 401 || body["code"] != "unauthorized" ||
		body["message_nl"] == "" || body["message_en"] == "" {
		t.Errorf("GET /api/v1/me without token = %d %s", r.code, r.body)
	}
	r = e.api("stl_nep", http.MethodGet, "/api/v1/me", nil)
	if r.code != 401 {
		t.Errorf("bad token = %d, want 401", r.code)
	}
	tok := e.token("rick")
	r = e.api(tok, http.MethodGet, "/api/v1/me", nil)
	if r.code != 200 || !strings.Contains(r.body, `"rol": "rechercheur"`) || !strings.Contains(r.body, `"DH"`) {
		t.Errorf("GET /api/v1/me as rick = %d %s", r.code, r.body)
	}
	r = e.api(tok, http.MethodGet, "/api/v1/audit", nil)
	if r.code != 403 || !strings.Contains(r.body, `"code": "forbidden"`) {
		t.Errorf("GET /api/v1/audit as detective = %d %s, want 403 JSON", r.code, r.body)
	}
	r = e.api(e.token("audrey"), http.MethodGet, "/api/v1/audit?actie=denied", nil)
	if r.code != 200 || !strings.Contains(r.body, `"wie": "rick"`) {
		t.Errorf("audit API as auditor = %d, want the refusal of rick listed:\n%s", r.code, r.body)
	}
	if r := e.api("", http.MethodGet, "/api/v1/bestaat-niet", nil); r.code != 404 || !strings.Contains(r.body, `"code": "not_found"`) {
		t.Errorf("unknown API route = %d %s", r.code, r.body)
	}
	r = e.anonymous().get("/api/v1/openapi.json")
	var doc map[string]any
	if err := json.Unmarshal([]byte(r.body), &doc); err != nil || doc["openapi"] == nil {
		t.Errorf("openapi.json = %d, %v", r.code, err)
	}
}

func TestUserAdminPage(t *testing.T) {
	e := newEnv(t, dbtest.SQLite(t))
	if r := e.login("ana").get("/beheer/gebruikers"); r.code != 403 {
		t.Errorf("analyst on user admin = %d, want 403", r.code)
	}
	c := e.login("beheer")
	r := c.post("/beheer/gebruikers", url.Values{"gebruikersnaam": {"nieuw"}, "rol": {"basisteam"}, "eenheden": {""}})
	if r.code != http.StatusUnprocessableEntity || !strings.Contains(r.body, "precies één eenheid") {
		t.Errorf("add officer without unit = %d, want 422 with a Dutch message", r.code)
	}
	r = c.post("/beheer/gebruikers", url.Values{"gebruikersnaam": {"nieuw"}, "rol": {"basisteam"}, "eenheden": {"RT"}})
	if r.code != 200 || !strings.Contains(r.body, "Wachtwoord van nieuw") {
		t.Fatalf("add officer = %d, want the generated password shown", r.code)
	}
	if r := c.post("/beheer/gebruikers/nieuw/rol", url.Values{"rol": {"rechercheur"}, "eenheden": {"RT,ZWB"}}); r.code != http.StatusSeeOther {
		t.Errorf("set role = %d", r.code)
	}
	if r := c.post("/beheer/gebruikers/nieuw/uitschakelen", url.Values{"bevestigd": {"ja"}}); r.code != http.StatusSeeOther {
		t.Errorf("disable = %d", r.code)
	}
	u, err := e.deps.Users.ByUsername(context.Background(), access.System("t"), "nieuw")
	if err != nil || !u.Disabled || u.Role != access.RoleDetective || strings.Join(u.Units, ",") != "RT,ZWB" {
		t.Errorf("after admin changes: %+v, %v", u, err)
	}
	// Several roles through the multiple select.
	if r := c.post("/beheer/gebruikers/nieuw/rol", url.Values{"rol": {"vik-triage", "vik-jurist"}, "eenheden": {"RT"}}); r.code != http.StatusSeeOther {
		t.Errorf("set two roles = %d", r.code)
	}
	u, err = e.deps.Users.ByUsername(context.Background(), access.System("t"), "nieuw")
	if err != nil || strings.Join([]string{string(u.Roles[0]), string(u.Roles[len(u.Roles)-1])}, ",") != "vik-triage,vik-jurist" || len(u.Roles) != 2 {
		t.Errorf("after setting two roles: %v, %v", u.Roles, err)
	}
	if r := c.get("/beheer/gebruikers"); !strings.Contains(r.body, `<option value="vik-jurist" selected>`) {
		t.Errorf("user admin page does not show the second role selected")
	}
	// An administrator mints no token for another account (TestTokensOnlyByOwner).
	if r := c.post("/beheer/gebruikers/ana/token", url.Values{"label": {"koppeling"}}); r.code != http.StatusNotFound {
		t.Errorf("admin token for ana = %d, want 404 (no such route)", r.code)
	}
}

func TestAuditPage(t *testing.T) {
	e := newEnv(t, dbtest.SQLite(t))
	e.login("ana")
	if r := e.login("ana").get("/audit"); r.code != 403 {
		t.Errorf("analyst on audit = %d, want 403", r.code)
	}
	c := e.login("audrey")
	r := c.get("/audit?wie=ana&actie=login")
	if r.code != 200 || !strings.Contains(r.body, "ok via password") {
		t.Errorf("audit filtered on ana's logins = %d", r.code)
	}
	if strings.Contains(r.body, "<td>audrey</td>") {
		t.Errorf("audit filtered on ana shows audrey")
	}
	r = c.get("/audit?actie=denied")
	if !strings.Contains(r.body, "GET /audit") {
		t.Errorf("the analyst's refusal is not in the trail")
	}
	if r := c.get("/audit?controleer=1"); !strings.Contains(r.body, "Keten intact") {
		t.Errorf("verify on the audit page lacks the result")
	}
	if r := c.get("/audit?van=gisteren"); r.code != 422 || !strings.Contains(r.body, "jjjj-mm-dd") {
		t.Errorf("bad date = %d", r.code)
	}
}
