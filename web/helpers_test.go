package web_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"stelsel/access"
	"stelsel/db"
	"stelsel/db/dbtest"
	"stelsel/web"
)

func TestMain(m *testing.M) { dbtest.Main(m) }

const testPassword = "een veilig wachtwoord"

// env is a running server on a real database with one account per role.
type env struct {
	t      *testing.T
	d      *db.DB
	deps   web.Deps
	server *httptest.Server
}

// accounts are the test users: username -> role and units.
var accounts = []struct {
	username string
	role     access.Role
	units    []string
}{
	{"ana", access.RoleAnalyst, nil},
	{"anton", access.RoleAnalyst, nil}, // the second pair of eyes
	{"rick", access.RoleDetective, []string{"DH"}},
	{"bo", access.RoleOfficer, []string{"DH"}},
	{"bram", access.RoleOfficer, []string{"AM"}},
	{"audrey", access.RoleAuditor, nil},
	{"beheer", access.RoleAdmin, nil},
	{"bea", access.RolePolicy, nil}, // policy staff: figures, no case content
}

func newEnv(t *testing.T, d *db.DB, configure ...func(*web.Deps)) *env {
	t.Helper()
	ctx := context.Background()
	trail := access.NewTrail(d, time.Now)
	deps := web.Deps{DB: d, Trail: trail, Users: access.NewUsers(d, trail, time.Now),
		Sessions: access.NewSessions(d, trail, time.Now), Tokens: access.NewTokens(d, trail, time.Now),
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	for _, a := range accounts {
		if _, err := deps.Users.Add(ctx, access.System("test"), access.NewUser{Username: a.username, Name: strings.ToUpper(a.username[:1]) + a.username[1:],
			Role: a.role, Units: a.units, Password: testPassword}); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range configure {
		c(&deps)
	}
	srv, err := web.New(deps)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	return &env{t: t, d: d, deps: deps, server: ts}
}

// client is a browser-like client: a cookie jar, no redirects followed.
type client struct {
	e  *env
	hc *http.Client
}

func (e *env) anonymous() *client {
	jar, _ := cookiejar.New(nil)
	return &client{e: e, hc: &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
}

// login returns a client logged in as username.
func (e *env) login(username string) *client {
	e.t.Helper()
	c := e.anonymous()
	resp := c.post("/login", url.Values{"gebruikersnaam": {username}, "wachtwoord": {testPassword}})
	if resp.code != http.StatusSeeOther {
		e.t.Fatalf("login %s = %d %s", username, resp.code, resp.body)
	}
	return c
}

type response struct {
	code   int
	header http.Header
	body   string
}

func (c *client) do(req *http.Request) response {
	c.e.t.Helper()
	resp, err := c.hc.Do(req)
	if err != nil {
		c.e.t.Fatalf("%s %s: %v", req.Method, req.URL, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return response{code: resp.StatusCode, header: resp.Header, body: string(b)}
}

func (c *client) get(path string) response {
	req, _ := http.NewRequest(http.MethodGet, c.e.server.URL+path, nil)
	return c.do(req)
}

// post sends a form as a same-origin browser would.
func (c *client) post(path string, form url.Values) response {
	req, _ := http.NewRequest(http.MethodPost, c.e.server.URL+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	req.Header.Set("Origin", c.e.server.URL)
	return c.do(req)
}

// api sends a JSON API request with a bearer token.
func (e *env) api(token, method, path string, body any) response {
	e.t.Helper()
	var r io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		r = strings.NewReader(string(b))
	}
	req, _ := http.NewRequest(method, e.server.URL+path, r)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	req.Header.Set("Content-Type", "application/json")
	return e.anonymous().do(req)
}

func (e *env) token(username string) string {
	e.t.Helper()
	// A token is made by its owner, logged in as themselves.
	owner, err := e.deps.Users.Actor(context.Background(), username)
	if err != nil {
		e.t.Fatal(err)
	}
	tok, _, err := e.deps.Tokens.Create(context.Background(), owner, username, "test")
	if err != nil {
		e.t.Fatal(err)
	}
	return tok
}
