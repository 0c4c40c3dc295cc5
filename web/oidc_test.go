package web_test

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/zitadel/oidc/v3/example/server/exampleop"
	"github.com/zitadel/oidc/v3/example/server/storage"
	"github.com/zitadel/oidc/v3/pkg/oidc"

	"stelsel/access"
	"stelsel/db/dbtest"
	"stelsel/web"
)

// providerStorage is zitadel's example storage with the claims the police IdP would
// give: username, groups and unit, per user.
type providerStorage struct {
	*storage.Storage
	claims map[string]map[string]any // user id -> claims
}

func (p *providerStorage) SetUserinfoFromScopes(ctx context.Context, ui *oidc.UserInfo, userID, clientID string, scopes []string) error {
	for k, v := range p.claims[userID] {
		ui.AppendClaims(k, v)
	}
	return nil
}

// startProvider runs a real OpenID Provider (github.com/zitadel/oidc/v3/pkg/op) on a
// random port and returns its issuer URL.
func startProvider(t *testing.T, redirectURL string) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	issuer := "http://" + l.Addr().String()
	storage.RegisterClients(storage.WebClient("stelsel", "geheim-client-secret", redirectURL))
	st := &providerStorage{Storage: storage.NewStorage(storage.NewUserStore(issuer)), claims: map[string]map[string]any{
		"id2": {"preferred_username": "test-user2", "name": "Toets Gebruiker", "groups": []string{"medewerkers", "bt-politie"}, "eenheid": "politie-dh"},
		"id1": {"preferred_username": "zonder-rol", "groups": []string{"medewerkers"}},
	}}
	ts := httptest.NewUnstartedServer(exampleop.SetupServer(issuer, st, nil, false))
	ts.Listener.Close()
	ts.Listener = l
	ts.Start()
	t.Cleanup(ts.Close)
	return issuer
}

func TestOIDCLogin(t *testing.T) {
	d := dbtest.SQLite(t)
	// The stelsel server must exist before the provider knows its redirect URL, and the
	// OIDC client needs the provider: reserve stelsel's port first.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	base := "http://" + l.Addr().String()
	issuer := startProvider(t, base+"/login/oidc/callback")
	var users *access.Users
	e := newEnv(t, d, func(deps *web.Deps) {
		users = deps.Users
		o, err := access.NewOIDC(context.Background(), access.OIDCConfig{
			Issuer: issuer, ClientID: "stelsel", ClientSecret: "geheim-client-secret", RedirectURL: base + "/login/oidc/callback",
			Scopes: []string{storage.CustomScope}, RoleClaim: "groups",
			RoleMap:   map[string]access.Role{"bt-politie": access.RoleOfficer, "ecadp": access.RoleAnalyst},
			UnitClaim: "eenheid", UnitMap: map[string]string{"politie-dh": "DH"},
		}, deps.Users)
		if err != nil {
			t.Fatalf("NewOIDC: %v", err)
		}
		deps.OIDC = o
	})
	// Serve the same handler on the reserved port.
	srv := &http.Server{Handler: e.server.Config.Handler}
	go srv.Serve(l)
	t.Cleanup(func() { srv.Close() })
	e.server.URL = base

	login := func(username string) (*client, response) {
		c := e.anonymous()
		r := c.get("/login/oidc?volgende=/eenheden/DH/lijst.csv") // a path with a dot
		for i := 0; i < 10 && (r.code == http.StatusFound || r.code == http.StatusSeeOther); i++ {
			loc, _ := url.Parse(r.header.Get("Location"))
			target := r.header.Get("Location")
			if strings.HasPrefix(target, "/") {
				// Relative redirects come from the provider here (its login UI).
				target = issuer + target
			}
			if strings.HasPrefix(target, base) {
				r = c.get(strings.TrimPrefix(target, base))
				if r.code == http.StatusSeeOther {
					return c, r
				}
				continue
			}
			req, _ := http.NewRequest(http.MethodGet, target, nil)
			r = c.do(req)
			if strings.Contains(target, "/login/username") {
				id := loc.Query().Get("authRequestID")
				form := url.Values{"username": {username}, "password": {"verysecure"}, "id": {id}}
				req, _ := http.NewRequest(http.MethodPost, issuer+"/login/username", strings.NewReader(form.Encode()))
				req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
				r = c.do(req)
			}
		}
		return c, r
	}

	c, r := login("test-user2")
	if r.code != http.StatusSeeOther || r.header.Get("Location") != "/eenheden/DH/lijst.csv" {
		t.Fatalf("OIDC login = %d -> %q %s", r.code, r.header.Get("Location"), r.body)
	}
	if r := c.get("/api/v1/me"); r.code != 200 || !strings.Contains(r.body, `"rol": "basisteam"`) || !strings.Contains(r.body, `"DH"`) {
		t.Errorf("after OIDC login /api/v1/me = %d %s; want basisteam of DH from the claims", r.code, r.body)
	}
	u, err := users.ByUsername(context.Background(), access.System("t"), "test-user2")
	if err != nil || u.OIDCSubject != issuer+"|id2" || u.HasPassword || u.Name != "Toets Gebruiker" {
		t.Errorf("provisioned user = %+v, %v", u, err)
	}
	// A user without a mapped group is refused, and nothing is created.
	_, r = login("test-user@127.0.0.1")
	if r.code != http.StatusForbidden || !strings.Contains(r.body, "geen rol in stelsel") {
		t.Errorf("OIDC login without role = %d %s, want 403", r.code, r.body)
	}
	// A disabled account stays out even when the provider vouches for it.
	if err := users.Disable(context.Background(), access.System("t"), "test-user2"); err != nil {
		t.Fatal(err)
	}
	if _, r = login("test-user2"); r.code != http.StatusUnauthorized {
		t.Errorf("OIDC login of a disabled user = %d, want 401", r.code)
	}
	// A callback with a state that was not issued here is refused.
	if r := e.anonymous().get("/login/oidc/callback?code=x&state=y"); r.code != http.StatusUnauthorized {
		t.Errorf("forged callback = %d, want 401", r.code)
	}
}
