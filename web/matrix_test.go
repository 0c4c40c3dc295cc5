package web_test

import (
	"context"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"stelsel/access"
	"stelsel/db"
	"stelsel/db/dbtest"
)

// matrixRoles are the columns of the role matrix. Own unit is DH for rick (detective)
// and bo (officer), AM for bram (officer); bea is policy staff (beleid: figures, no case
// content); "" is nobody logged in.
var matrixRoles = []string{"ana", "rick", "bo", "bram", "audrey", "beheer", "bea", ""}

// matrix is every route of routes.go that needs a login, with the status each role gets,
// in matrixRoles order. POSTs carry form (pages) or an empty JSON object (API): whoever
// may decide gets the validation answer (422; a page for a missing registration cannot
// be shown, so 404), nobody else gets in. Administration POSTs name an account or token
// that does not exist, so the matrix changes nothing.
var matrix = []struct {
	method, path string
	form         url.Values
	want         [8]int
}{
	{"GET", "/", nil, [8]int{303, 303, 303, 303, 303, 303, 303, 303}},
	{"GET", "/werkbak", nil, [8]int{200, 403, 403, 403, 403, 403, 403, 303}},
	{"GET", "/werkbak/volgende?na=" + uncodedDH, nil, [8]int{303, 403, 403, 403, 403, 403, 403, 303}},
	{"GET", "/werkbak/vorige?na=" + uncodedDH, nil, [8]int{303, 403, 403, 403, 403, 403, 403, 303}},
	{"POST", "/werkbak/beoordelingen", nil, [8]int{422, 403, 403, 403, 403, 403, 403, 401}},
	{"GET", "/registraties/" + codedDH, nil, [8]int{200, 200, 200, 404, 403, 403, 403, 303}},
	{"GET", "/registraties/" + uncodedDH, nil, [8]int{200, 200, 404, 404, 403, 403, 403, 303}},
	{"GET", "/registraties/" + codedAM, nil, [8]int{200, 404, 404, 200, 403, 403, 403, 303}},
	{"GET", "/registraties/" + missing, nil, [8]int{404, 404, 404, 404, 403, 403, 403, 303}},
	{"GET", "/eenheden", nil, [8]int{200, 303, 303, 303, 403, 403, 403, 303}},
	{"GET", "/eenheden/DH", nil, [8]int{200, 200, 200, 404, 403, 403, 403, 303}},
	{"GET", "/eenheden/AM", nil, [8]int{200, 404, 404, 200, 403, 403, 403, 303}},
	{"GET", "/eenheden/DH/registraties?zoek=2026", nil, [8]int{200, 200, 403, 403, 403, 403, 403, 303}},
	{"GET", "/eenheden/AM/registraties", nil, [8]int{200, 404, 403, 403, 403, 403, 403, 303}},
	{"GET", "/eenheden/DH/lijst.csv", nil, [8]int{200, 200, 200, 404, 403, 403, 403, 303}},
	{"GET", "/eenheden/AM/lijst.csv", nil, [8]int{200, 404, 404, 200, 403, 403, 403, 303}},
	{"GET", "/eenheden/DH/lijst.xlsx", nil, [8]int{200, 200, 200, 404, 403, 403, 403, 303}},
	{"GET", "/eenheden/AM/lijst.xlsx", nil, [8]int{200, 404, 404, 200, 403, 403, 403, 303}},
	{"GET", "/export", nil, [8]int{200, 403, 403, 403, 403, 403, 403, 303}},
	{"GET", "/export/codes.csv", nil, [8]int{200, 403, 403, 403, 403, 403, 403, 303}},
	{"GET", "/lexicon", nil, [8]int{200, 200, 403, 403, 403, 200, 403, 303}},
	// The sample of unflagged registrations (issue 11.6): analysts only; none is drawn.
	{"GET", "/steekproef", nil, [8]int{200, 403, 403, 403, 403, 403, 403, 303}},
	{"POST", "/steekproef", url.Values{"periode": {"maart"}, "omvang": {"10"}}, [8]int{422, 403, 403, 403, 403, 403, 403, 401}},
	{"GET", "/steekproef/1", nil, [8]int{404, 403, 403, 403, 403, 403, 403, 303}},
	{"GET", "/api/v1/steekproeven", nil, [8]int{200, 403, 403, 403, 403, 403, 403, 401}},
	{"POST", "/api/v1/steekproeven", nil, [8]int{422, 403, 403, 403, 403, 403, 403, 401}},
	{"GET", "/api/v1/steekproeven/1", nil, [8]int{404, 403, 403, 403, 403, 403, 403, 401}},
	{"GET", "/api/v1/registraties/" + uncodedDH + "/rangschikking", nil, [8]int{200, 200, 403, 403, 403, 403, 403, 401}},
	{"GET", "/api/v1/registraties/" + missing + "/rangschikking", nil, [8]int{404, 404, 403, 403, 403, 403, 403, 401}},
	// Lexicon candidates: a form without a file, a candidate that does not exist.
	{"POST", "/lexicon/voorstellen", nil, [8]int{403, 403, 403, 403, 403, 422, 403, 401}},
	{"GET", "/lexicon/voorstellen/999999", nil, [8]int{403, 403, 403, 403, 403, 404, 403, 303}},
	{"POST", "/lexicon/voorstellen/999999/activeren", nil, [8]int{403, 403, 403, 403, 403, 404, 403, 401}},
	{"GET", "/audit", nil, [8]int{403, 403, 403, 403, 200, 403, 403, 303}},
	{"GET", "/audit/regels.csv?wie=ana", nil, [8]int{403, 403, 403, 403, 200, 403, 403, 303}},
	{"GET", "/beheer/gebruikers", nil, [8]int{403, 403, 403, 403, 403, 200, 403, 303}},
	{"POST", "/registraties/" + uncodedDH + "/beoordeling", nil, [8]int{422, 403, 403, 403, 403, 403, 403, 401}},
	{"POST", "/registraties/" + missing + "/beoordeling", nil, [8]int{404, 403, 403, 403, 403, 403, 403, 401}},
	// codedDH was decided without four-eyes: nothing to confirm (409).
	{"POST", "/registraties/" + codedDH + "/bevestiging", nil, [8]int{409, 403, 403, 403, 403, 403, 403, 401}},
	{"POST", "/registraties/" + missing + "/bevestiging", nil, [8]int{404, 403, 403, 403, 403, 403, 403, 401}},
	{"POST", "/registraties/" + uncodedDH + "/ongedaan", nil, [8]int{409, 403, 403, 403, 403, 403, 403, 401}},
	{"POST", "/registraties/" + missing + "/ongedaan", nil, [8]int{404, 403, 403, 403, 403, 403, 403, 401}},
	// An unknown follow-up task: only the officer of the unit gets as far as validation.
	{"POST", "/registraties/" + codedDH + "/opvolging", url.Values{"taak": {"onbekend"}}, [8]int{403, 403, 422, 404, 403, 403, 403, 401}},
	{"POST", "/beheer/gebruikers", url.Values{"gebruikersnaam": {"x"}}, [8]int{403, 403, 403, 403, 403, 422, 403, 401}},
	// An invalid role: only the administrator gets as far as validation.
	{"POST", "/beheer/gebruikers/niemand/rol", url.Values{"rol": {"onbekend"}}, [8]int{403, 403, 403, 403, 403, 422, 403, 401}},
	{"GET", "/beheer/gebruikers/niemand/uitschakelen", nil, [8]int{403, 403, 403, 403, 403, 404, 403, 303}},
	{"POST", "/beheer/gebruikers/niemand/uitschakelen", url.Values{"bevestigd": {"ja"}}, [8]int{403, 403, 403, 403, 403, 404, 403, 401}},
	{"POST", "/beheer/gebruikers/niemand/inschakelen", nil, [8]int{403, 403, 403, 403, 403, 404, 403, 401}},
	{"GET", "/mijn/tokens", nil, [8]int{200, 200, 200, 200, 200, 200, 200, 303}},
	{"POST", "/mijn/tokens", url.Values{"label": {""}}, [8]int{422, 422, 422, 422, 422, 422, 422, 401}},
	{"POST", "/mijn/tokens/999999/intrekken", nil, [8]int{404, 404, 404, 404, 404, 404, 404, 401}},
	{"GET", "/mijn/wachtwoord", nil, [8]int{200, 200, 200, 200, 200, 200, 200, 303}},
	{"POST", "/mijn/wachtwoord", url.Values{"huidig": {""}}, [8]int{422, 422, 422, 422, 422, 422, 422, 401}},
	{"POST", "/beheer/tokens/999999/intrekken", nil, [8]int{403, 403, 403, 403, 403, 404, 403, 401}},
	{"GET", "/cijfers?jaar=2026", nil, [8]int{200, 200, 403, 403, 403, 403, 200, 303}},
	{"GET", "/cijfers/tabellen/gronden?jaar=2026&formaat=csv", nil, [8]int{200, 200, 403, 403, 403, 403, 200, 303}},
	{"GET", "/cijfers/tabellen/alle?jaar=2026&formaat=xlsx", nil, [8]int{200, 200, 403, 403, 403, 403, 200, 303}},
	{"GET", "/cijfers/vastgesteld/999999", nil, [8]int{404, 404, 403, 403, 403, 403, 404, 303}},
	// Policy staff establish figures; a year out of range gets them the validation answer.
	{"POST", "/cijfers/vaststellen", url.Values{"jaar": {"1999"}}, [8]int{403, 403, 403, 403, 403, 403, 422, 401}},
	{"GET", "/cijfers/odihr?jaar=2026", nil, [8]int{200, 403, 403, 403, 403, 403, 200, 303}},
	{"GET", "/cijfers/odihr?jaar=2026&indeling=delict&formaat=xlsx", nil, [8]int{200, 403, 403, 403, 403, 403, 200, 303}},
	{"GET", "/eenheden/DH/rdo", nil, [8]int{200, 200, 403, 403, 403, 403, 403, 303}},
	{"GET", "/eenheden/AM/rdo?formaat=xlsx", nil, [8]int{200, 404, 403, 403, 403, 403, 403, 303}},
	{"GET", "/cijfers/trends?maanden=12", nil, [8]int{200, 200, 403, 403, 403, 403, 403, 303}},
	{"GET", "/cijfers/herhaling", nil, [8]int{200, 200, 403, 403, 403, 403, 403, 303}},
	{"GET", "/api/v1/cijfers/trends", nil, [8]int{200, 200, 403, 403, 403, 403, 403, 401}},
	{"GET", "/api/v1/cijfers/herhaling", nil, [8]int{200, 200, 403, 403, 403, 403, 403, 401}},
	{"GET", "/cijfers/toezeggingen", nil, [8]int{403, 403, 403, 403, 403, 403, 200, 303}},
	{"POST", "/cijfers/toezeggingen/M-HERMANS/status", url.Values{"status": {"klaar"}}, [8]int{403, 403, 403, 403, 403, 403, 422, 401}},
	{"POST", "/cijfers/toezeggingen/M-HERMANS/besteding", url.Values{"jaar": {"2022"}}, [8]int{403, 403, 403, 403, 403, 403, 422, 401}},
	{"GET", "/api/v1/cijfers/toezeggingen", nil, [8]int{403, 403, 403, 403, 403, 403, 200, 401}},
	{"GET", "/cijfers/halfjaar?jaar=2026&helft=1", nil, [8]int{200, 200, 403, 403, 403, 403, 200, 303}},
	{"GET", "/api/v1/cijfers/halfjaar?jaar=2026&helft=1", nil, [8]int{200, 200, 403, 403, 403, 403, 200, 401}},
	{"GET", "/api/v1/cijfers/odihr/2026", nil, [8]int{200, 403, 403, 403, 403, 403, 200, 401}},
	{"GET", "/api/v1/eenheden/DH/rdo", nil, [8]int{200, 200, 403, 403, 403, 403, 403, 401}},
	{"GET", "/api/v1/cijfers/jaar/2026", nil, [8]int{200, 200, 403, 403, 403, 403, 200, 401}},
	{"GET", "/api/v1/cijfers/vastgesteld", nil, [8]int{200, 200, 403, 403, 403, 403, 200, 401}},
	{"GET", "/api/v1/me", nil, [8]int{200, 200, 200, 200, 200, 200, 200, 401}},
	{"GET", "/api/v1/werkbak", nil, [8]int{200, 403, 403, 403, 403, 403, 403, 401}},
	{"GET", "/api/v1/registraties/" + codedDH, nil, [8]int{200, 200, 200, 404, 403, 403, 403, 401}},
	{"GET", "/api/v1/registraties/" + uncodedDH, nil, [8]int{200, 200, 404, 404, 403, 403, 403, 401}},
	{"GET", "/api/v1/registraties/" + codedAM, nil, [8]int{200, 404, 404, 200, 403, 403, 403, 401}},
	{"GET", "/api/v1/registraties/" + missing, nil, [8]int{404, 404, 404, 404, 403, 403, 403, 401}},
	{"GET", "/api/v1/eenheden/DH/lijst", nil, [8]int{200, 200, 200, 404, 403, 403, 403, 401}},
	{"GET", "/api/v1/eenheden/AM/lijst", nil, [8]int{200, 404, 404, 200, 403, 403, 403, 401}},
	{"GET", "/api/v1/eenheden/DH/registraties?zoek=kankerjood", nil, [8]int{200, 200, 403, 403, 403, 403, 403, 401}},
	{"GET", "/api/v1/eenheden/AM/registraties", nil, [8]int{200, 404, 403, 403, 403, 403, 403, 401}},
	{"GET", "/api/v1/codes", nil, [8]int{200, 403, 403, 403, 403, 403, 403, 401}},
	{"GET", "/api/v1/lexicon", nil, [8]int{200, 200, 403, 403, 403, 200, 403, 401}},
	{"GET", "/api/v1/audit", nil, [8]int{403, 403, 403, 403, 200, 403, 403, 401}},
	{"POST", "/api/v1/registraties/" + uncodedDH + "/beoordelingen", nil, [8]int{422, 403, 403, 403, 403, 403, 403, 401}},
	{"POST", "/api/v1/registraties/" + missing + "/beoordelingen", nil, [8]int{422, 403, 403, 403, 403, 403, 403, 401}},
	{"POST", "/api/v1/registraties/" + codedDH + "/bevestiging", nil, [8]int{409, 403, 403, 403, 403, 403, 403, 401}},
	{"POST", "/api/v1/registraties/" + missing + "/bevestiging", nil, [8]int{404, 403, 403, 403, 403, 403, 403, 401}},
	{"POST", "/api/v1/registraties/" + uncodedDH + "/ongedaan", nil, [8]int{409, 403, 403, 403, 403, 403, 403, 401}},
	{"POST", "/api/v1/registraties/" + missing + "/ongedaan", nil, [8]int{404, 403, 403, 403, 403, 403, 403, 401}},
}

// publicRoutes need no login; TestSecurityHeaders, TestLoginLogout, TestOIDCLogin and
// TestHealthAndMetrics cover them.
var publicRoutes = []string{"GET /static/", "GET /healthz", "GET /metrics", "GET /login", "POST /login", "POST /logout",
	"GET /login/oidc", "GET /login/oidc/callback", "GET /api/v1/openapi.json", "/api/", "/",
	"GET /algoritme", "GET /algoritme.json"}

// otherMatrices are the method and path of the rows of role matrices kept beside this one
// (for the roles of another area, such as complaints), added by their test files.
var otherMatrices [][2]string

// routePatterns returns the patterns registered in routes.go.
func routePatterns(t *testing.T) []string {
	t.Helper()
	src, err := os.ReadFile("routes.go")
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, m := range regexp.MustCompile(`mux\.Handle(?:Func)?\("([^"]+)"`).FindAllStringSubmatch(string(src), -1) {
		out = append(out, m[1])
	}
	if len(out) < 30 {
		t.Fatalf("found only %d route patterns in routes.go", len(out))
	}
	return out
}

// patternMatches reports whether a ServeMux pattern matches method and path.
func patternMatches(pattern, method, path string) bool {
	pm, pp, ok := strings.Cut(pattern, " ")
	if !ok || pm != method {
		return false
	}
	path, _, _ = strings.Cut(path, "?")
	re := regexp.QuoteMeta(pp)
	re = regexp.MustCompile(`\\\{\\\$\\\}`).ReplaceAllString(re, "")
	re = regexp.MustCompile(`\\\{[a-z]+\\\}`).ReplaceAllString(re, `[^/]+`)
	return regexp.MustCompile("^" + re + "$").MatchString(path)
}

// TestMatrixCoversEveryRoute fails when a route is added to routes.go without a row in
// the role matrix (or a place among the public routes).
func TestMatrixCoversEveryRoute(t *testing.T) {
	for _, p := range routePatterns(t) {
		if slices.Contains(publicRoutes, p) {
			continue
		}
		covered := false
		for _, rt := range matrix {
			covered = covered || patternMatches(p, rt.method, rt.path)
		}
		for _, rt := range otherMatrices {
			covered = covered || patternMatches(p, rt[0], rt[1])
		}
		if !covered {
			t.Errorf("route %q has no row in the role matrix", p)
		}
	}
}

func TestRoleMatrix(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		e := newEnv(t, d, withRegistrations(t))
		for col, role := range matrixRoles {
			c, token := e.anonymous(), ""
			if role != "" {
				c, token = e.login(role), e.token(role)
			}
			got := map[string]response{}
			for _, rt := range matrix {
				var r response
				api := strings.HasPrefix(rt.path, "/api/")
				switch {
				case api && rt.method == "POST":
					r = e.api(token, rt.method, rt.path, map[string]any{})
				case api:
					r = e.api(token, rt.method, rt.path, nil)
				case rt.method == "POST":
					r = c.post(rt.path, rt.form)
				default:
					r = c.get(rt.path)
				}
				if r.code != rt.want[col] {
					t.Errorf("%s: %s %s = %d, want %d", roleName(role), rt.method, rt.path, r.code, rt.want[col])
				}
				got[rt.method+" "+rt.path] = r
			}
			// A registration the role may not see answers exactly like a missing one:
			// status, content type and body, but for the number asked for.
			for _, prefix := range []string{"GET /registraties/", "GET /api/v1/registraties/"} {
				gone := got[prefix+missing]
				for _, n := range []string{codedDH, uncodedDH, codedAM} {
					r := got[prefix+n]
					if r.code != http.StatusNotFound {
						continue
					}
					if r.header.Get("Content-Type") != gone.header.Get("Content-Type") || strings.ReplaceAll(r.body, n, missing) != gone.body {
						t.Errorf("%s: %s%s differs from a missing registration:\n%s\n---\n%s", roleName(role), prefix, n, r.body, gone.body)
					}
				}
			}
		}
		// Every refusal by role is in the audit trail, with who and what.
		entries, err := e.deps.Trail.List(context.Background(), access.System("t"), access.Filter{Action: access.ActionDenied, Actor: "bram", Limit: 1000})
		if err != nil {
			t.Fatal(err)
		}
		var what []string
		for _, x := range entries {
			what = append(what, x.ObjectKind+" "+x.ObjectID)
		}
		for _, want := range []string{"route GET /werkbak", "route POST /api/v1/registraties/" + missing + "/bevestiging", "registration " + uncodedDH} {
			if !slices.Contains(what, want) {
				t.Errorf("audit trail lacks the refusal %q of bram; has %q", want, what)
			}
		}
	})
}

func roleName(r string) string {
	if r == "" {
		return "anoniem"
	}
	return r
}

// TestCrossOriginRefusedEverywhere sends every state-changing route of routes.go as a
// cross-site browser request with a valid session: each must be refused before it does
// anything.
func TestCrossOriginRefusedEverywhere(t *testing.T) {
	e := newEnv(t, dbtest.SQLite(t), withRegistrations(t))
	admin, analyst := e.login("beheer"), e.login("ana")
	token := e.token("ana")
	fill := strings.NewReplacer("{number}", uncodedDH, "{username}", "rick", "{id}", "1", "{unit}", "DH")
	n := 0
	for _, p := range routePatterns(t) {
		method, path, _ := strings.Cut(p, " ")
		if method != http.MethodPost {
			continue
		}
		n++
		path = fill.Replace(path)
		form := url.Values{"soort": {"geen_discriminatie"}, "reden": {"x"}, "motivering": {"x"}, "rol": {"analist"},
			"label": {"x"}, "gebruikersnaam": {"ana"}, "wachtwoord": {testPassword}}
		for _, c := range []*client{admin, analyst} {
			req, _ := http.NewRequest(http.MethodPost, e.server.URL+path, strings.NewReader(form.Encode()))
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			req.Header.Set("Origin", "https://evil.example")
			req.Header.Set("Sec-Fetch-Site", "cross-site")
			if strings.HasPrefix(path, "/api/") {
				req.Header.Set("Authorization", "Bearer "+token)
			}
			r := c.do(req)
			if r.code != http.StatusForbidden || !strings.Contains(r.body, "andere website") {
				t.Errorf("cross-site POST %s = %d, want 403 refused as cross-origin:\n%.300s", path, r.code, r.body)
			}
		}
	}
	if n < 10 {
		t.Fatalf("only %d POST routes found", n)
	}
	ctx := context.Background()
	if u, _ := e.deps.Users.ByUsername(ctx, access.System("t"), "rick"); u.Disabled || u.Role != access.RoleDetective {
		t.Errorf("a cross-site request changed rick: %+v", u)
	}
	if d, err := e.deps.Registrations.Get(ctx, access.System("t"), uncodedDH, "test"); err != nil || len(d.Decisions) != 0 {
		t.Errorf("a cross-site request decided %s: %v", uncodedDH, err)
	}
	// Without the browser's cross-site markers (a machine client with a token) the same
	// POST is not blocked by the origin check.
	if r := e.api(token, "POST", "/api/v1/registraties/"+missing+"/bevestiging", nil); r.code != http.StatusNotFound {
		t.Errorf("API POST without browser headers = %d, want 404", r.code)
	}
}
