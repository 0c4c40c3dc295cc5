package web_test

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"stelsel/access"
	"stelsel/catalog"
	"stelsel/complaint"
	"stelsel/db"
	"stelsel/db/dbtest"
	"stelsel/web"
)

// complaintAccounts are the complaints staff of the tests, made by withComplaints.
var complaintAccounts = []access.NewUser{
	{Username: "coord", Roles: []access.Role{access.RoleComplaintCoordinator}, Units: []string{"DH"}},
	{Username: "beh", Roles: []access.Role{access.RoleComplaintHandler}, Units: []string{"DH"}},
	{Username: "beh.am", Roles: []access.Role{access.RoleComplaintHandler}, Units: []string{"AM"}},
	{Username: "comm", Roles: []access.Role{access.RoleCommissionMember}},
	{Username: "ndv", Roles: []access.Role{access.RoleNDVAdviser}},
}

// complaintFixture are the complaints withComplaints stores: kDH in phase 1 (handler beh,
// NDV adviser ndv), kP2 in phase 2 with comm, kAM received in Amsterdam.
type complaintFixture struct {
	kDH, kP2, kAM string
	letterDH      int64
}

var complaintSample = complaint.Submission{Name: "Jan de Vries", Email: "jan@example.nl", Unit: "DH",
	What: "Bij een verkeerscontrole werd ik onbeschoft toegesproken.", When: "2026-01-10", Where: "Den Haag"}

// withComplaints wires the complaint service, adds the complaints staff and the fixture.
func withComplaints(t *testing.T, fx *complaintFixture) func(*web.Deps) {
	return func(deps *web.Deps) {
		ctx := context.Background()
		for _, nu := range complaintAccounts {
			nu.Name, nu.Password = "Test "+nu.Username, testPassword
			if _, err := deps.Users.Add(ctx, access.System("test"), nu); err != nil {
				t.Fatal(err)
			}
		}
		svc := complaint.NewService(deps.DB, deps.Trail, deps.Users, catalog.Default(), time.Now)
		deps.Complaints = svc
		as := func(u string) access.Actor {
			a, err := deps.Users.Actor(ctx, u)
			if err != nil {
				t.Fatal(err)
			}
			return a
		}
		file := func(unit string) *complaint.Complaint {
			in := complaintSample
			in.Unit = unit
			c, err := svc.File(ctx, in)
			if err != nil {
				t.Fatal(err)
			}
			return c
		}
		dh, p2, am := file("DH"), file("DH"), file("AM")
		for _, ref := range []string{dh.Reference, p2.Reference} {
			if _, err := svc.Assess(ctx, as("coord"), ref, complaint.AssessInput{TakeUp: true, Handler: "beh"}); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := svc.AssignNDV(ctx, as("coord"), dh.Reference, complaint.AssignInput{Username: "ndv"}); err != nil {
			t.Fatal(err)
		}
		if _, err := svc.ToCommission(ctx, as("coord"), p2.Reference, complaint.CommissionInput{Members: []string{"comm"}}); err != nil {
			t.Fatal(err)
		}
		if fx != nil {
			*fx = complaintFixture{kDH: dh.Reference, kP2: p2.Reference, kAM: am.Reference, letterDH: dh.Letters[0].ID}
		}
	}
}

const missingComplaint = "K-2026-999999"

// complaintRoles are the columns of the complaints matrix.
var complaintRoles = []string{"coord", "beh", "beh.am", "comm", "ndv", "ana", ""}

type complaintRow struct {
	method, path string
	want         [7]int
}

func complaintMatrix(fx complaintFixture) []complaintRow {
	letter := fmt.Sprintf("/klachten/%s/brieven/%d", fx.kDH, fx.letterDH)
	return []complaintRow{
		{"GET", "/klachten", [7]int{200, 200, 200, 200, 200, 403, 303}},
		{"GET", "/klachten/nieuw", [7]int{200, 200, 200, 403, 403, 403, 303}},
		{"POST", "/klachten", [7]int{422, 422, 422, 403, 403, 403, 401}},
		{"GET", "/klachten/cijfers", [7]int{200, 403, 403, 403, 403, 403, 303}},
		{"GET", "/klachten/" + fx.kDH, [7]int{200, 200, 404, 404, 200, 403, 303}},
		{"GET", "/klachten/" + fx.kP2, [7]int{200, 200, 404, 200, 404, 403, 303}},
		{"GET", "/klachten/" + fx.kAM, [7]int{404, 404, 200, 404, 404, 403, 303}},
		{"GET", "/klachten/" + missingComplaint, [7]int{404, 404, 404, 404, 404, 403, 303}},
		{"POST", "/klachten/" + fx.kDH + "/markering", [7]int{422, 422, 404, 403, 403, 403, 401}},
		{"POST", "/klachten/" + fx.kAM + "/markering", [7]int{404, 404, 422, 403, 403, 403, 401}},
		{"POST", "/klachten/" + fx.kP2 + "/advies", [7]int{403, 403, 403, 422, 403, 403, 401}},
		{"GET", letter, [7]int{200, 200, 404, 404, 200, 403, 303}},
		{"GET", "/api/v1/klachten", [7]int{200, 200, 200, 200, 200, 403, 401}},
		{"POST", "/api/v1/klachten", [7]int{422, 422, 422, 403, 403, 403, 401}},
		{"GET", "/api/v1/klachten/cijfers", [7]int{200, 403, 403, 403, 403, 403, 401}},
		{"GET", "/api/v1/klachten/" + fx.kDH, [7]int{200, 200, 404, 404, 200, 403, 401}},
		{"GET", "/api/v1/klachten/" + fx.kAM, [7]int{404, 404, 200, 404, 404, 403, 401}},
		{"GET", "/api/v1/klachten/" + missingComplaint, [7]int{404, 404, 404, 404, 404, 403, 401}},
		{"POST", "/api/v1/klachten/" + fx.kDH + "/markering", [7]int{422, 422, 404, 403, 403, 403, 401}},
	}
}

func init() {
	for _, r := range complaintMatrix(complaintFixture{kDH: "K-2026-000001", kP2: "K-2026-000002", kAM: "K-2026-000003", letterDH: 1}) {
		otherMatrices = append(otherMatrices, [2]string{r.method, r.path})
	}
	publicRoutes = append(publicRoutes, "GET /klacht", "POST /klacht")
	var fx complaintFixture
	axeSetup = append(axeSetup, func(t *testing.T) func(*web.Deps) { return withComplaints(t, &fx) })
	for _, p := range []axePage{{"", "/klacht"}, {"coord", "/klachten"}, {"coord", "/klachten/nieuw"}, {"coord", "/klachten/cijfers"},
		{"coord", "/klachten/K-2026-000001"}, {"coord", "/klachten/K-2026-000002"}, {"beh", "/klachten/K-2026-000001"},
		{"comm", "/klachten/K-2026-000002"}, {"coord", "/klachten/K-2026-000001/brieven/1"}} {
		axePages = append(axePages, p)
	}
}

func TestComplaintMatrix(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		var fx complaintFixture
		e := newEnv(t, d, withComplaints(t, &fx))
		rows := complaintMatrix(fx)
		for col, role := range complaintRoles {
			c, token := e.anonymous(), ""
			if role != "" {
				c, token = e.login(role), e.token(role)
			}
			got := map[string]response{}
			for _, rt := range rows {
				var r response
				switch {
				case strings.HasPrefix(rt.path, "/api/"):
					var body any
					if rt.method == "POST" {
						body = map[string]any{}
					}
					r = e.api(token, rt.method, rt.path, body)
				case rt.method == "POST":
					r = c.post(rt.path, nil)
				default:
					r = c.get(rt.path)
				}
				if r.code != rt.want[col] {
					t.Errorf("%s: %s %s = %d, want %d\n%.300s", roleName(role), rt.method, rt.path, r.code, rt.want[col], r.body)
				}
				got[rt.method+" "+rt.path] = r
			}
			// A complaint the role may not see answers exactly like a missing one.
			for _, prefix := range []string{"GET /klachten/", "GET /api/v1/klachten/"} {
				gone := got[prefix+missingComplaint]
				for _, ref := range []string{fx.kDH, fx.kP2, fx.kAM} {
					r := got[prefix+ref]
					if r.code == http.StatusNotFound && strings.ReplaceAll(r.body, ref, missingComplaint) != gone.body {
						t.Errorf("%s: %s%s differs from a missing complaint:\n%s\n---\n%s", roleName(role), prefix, ref, r.body, gone.body)
					}
				}
			}
		}
		// Refusals and reads are audited.
		entries, err := e.deps.Trail.List(context.Background(), access.System("t"), access.Filter{ObjectKind: complaint.ObjectKind, ObjectID: fx.kAM, Limit: 1000})
		if err != nil {
			t.Fatal(err)
		}
		var denied, viewed int
		for _, x := range entries {
			switch {
			case x.Action == access.ActionDenied && x.Actor == "coord":
				denied++
			case x.Action == access.ActionView && x.Actor == "beh.am":
				viewed++
			}
		}
		if denied < 2 || viewed < 2 {
			t.Errorf("audit of %s: %d refusals of coord, %d reads of beh.am; want at least 2 each", fx.kAM, denied, viewed)
		}
	})
}

func TestPublicComplaintForm(t *testing.T) {
	e := newEnv(t, dbtest.SQLite(t), withComplaints(t, nil))
	c := e.anonymous()
	r := c.get("/klacht")
	if r.code != 200 || !strings.Contains(r.body, "Anonieme klachten behandelen wij daarom niet") || !strings.Contains(r.body, `name="naam"`) {
		t.Fatalf("GET /klacht = %d\n%.500s", r.code, r.body)
	}
	// Missing name and contact: the form comes back with the problems named, the text kept.
	r = c.post("/klacht", url.Values{"wat": {"Ik werd uitgescholden."}, "eenheid": {"DH"}})
	if r.code != 422 || !strings.Contains(r.body, "anonieme klachten") || !strings.Contains(r.body, "Ik werd uitgescholden.") || !strings.Contains(r.body, `aria-invalid="true"`) {
		t.Errorf("POST /klacht without name = %d\n%.800s", r.code, r.body)
	}
	form := url.Values{"naam": {"Fatima Bakkali"}, "telefoon": {"06 12345678"}, "eenheid": {"DH"}, "wat": {"Ik werd zonder reden gecontroleerd."},
		"etnisch_profileren": {"1"}, "gronden": {"herkomst"}}
	r = c.post("/klacht", form)
	if r.code != 200 || !strings.Contains(r.body, "Uw klacht heeft het kenmerk") || !strings.Contains(r.body, "Wat gebeurt er nu?") {
		t.Fatalf("POST /klacht = %d\n%.800s", r.code, r.body)
	}
	// A cross-site post is refused; every submission counts against the visitor's limit of
	// five in ten minutes (two so far), so the sixth is refused.
	req, _ := http.NewRequest(http.MethodPost, e.server.URL+"/klacht", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	if r := c.do(req); r.code != http.StatusForbidden {
		t.Errorf("cross-site POST /klacht = %d, want 403", r.code)
	}
	codes := []int{}
	for range 5 {
		codes = append(codes, c.post("/klacht", form).code)
	}
	if fmt.Sprint(codes) != "[200 200 200 429 429]" {
		t.Errorf("five more submissions = %v, want the fourth and fifth refused (429)", codes)
	}
	// Nothing of the visitor's address is stored.
	var n int
	if err := e.d.QueryRow(context.Background(), `SELECT count(*) FROM complaints WHERE doc LIKE '%127.0.0.1%'`).Scan(&n); err != nil || n != 0 {
		t.Errorf("complaints holding the visitor's address: %d, %v", n, err)
	}
	if err := e.d.QueryRow(context.Background(), `SELECT count(*) FROM audit_log WHERE detail LIKE '%127.0.0.1%' OR actor LIKE '%127.0.0.1%'`).Scan(&n); err != nil || n != 0 {
		t.Errorf("audit entries holding the visitor's address: %d, %v", n, err)
	}
}

func TestComplaintStepsPage(t *testing.T) {
	var fx complaintFixture
	e := newEnv(t, dbtest.SQLite(t), withComplaints(t, &fx))
	beh := e.login("beh")
	r := beh.get("/klachten/" + fx.kDH)
	if r.code != 200 || !strings.Contains(r.body, "Fase 1: informele afhandeling") {
		t.Fatalf("case page = %d\n%.500s", r.code, r.body)
	}
	// A stale version is refused with the newer state shown.
	r = beh.post("/klachten/"+fx.kDH+"/markering", url.Values{"versie": {"1"}, "soort": {"etnisch_profileren"}})
	if r.code != http.StatusConflict || !strings.Contains(r.body, "intussen gewijzigd") {
		t.Errorf("stale marking = %d\n%.500s", r.code, r.body)
	}
	r = beh.post("/klachten/"+fx.kDH+"/markering", url.Values{"soort": {"etnisch_profileren"}, "gronden": {"herkomst"}})
	if r.code != http.StatusSeeOther {
		t.Fatalf("marking = %d\n%.500s", r.code, r.body)
	}
	r = beh.post("/klachten/"+fx.kDH+"/fase1", url.Values{"stap": {"uitkomst"}, "opgelost": {"ja"}, "reactie_klager": {"Prima zo."}})
	if r.code != http.StatusSeeOther {
		t.Fatalf("outcome = %d\n%.500s", r.code, r.body)
	}
	r = beh.get("/klachten/" + fx.kDH)
	if !strings.Contains(r.body, "Opgelost in fase 1") || !strings.Contains(r.body, "Etnisch profileren") {
		t.Errorf("settled case page lacks the outcome or the marker:\n%.2000s", r.body)
	}
	// The JSON API takes the same steps.
	tok := e.token("coord")
	if r := e.api(e.token("comm"), "POST", "/api/v1/klachten/"+fx.kP2+"/advies", map[string]any{"stap": "advies", "toelichting": "x", "geadviseerd_oordeel": "gegrond"}); r.code != 200 {
		t.Errorf("API advice by the commission member = %d %s", r.code, r.body)
	}
	if r := e.api(tok, "POST", "/api/v1/klachten/"+fx.kP2+"/oordeel", map[string]any{"oordeel": "gegrond", "motivering": "De uitleg ontbrak."}); r.code != 200 || !strings.Contains(r.body, "Nationale ombudsman") {
		t.Errorf("API judgement = %d %.300s", r.code, r.body)
	}
	r = e.api(tok, "GET", "/api/v1/klachten/cijfers", nil)
	if r.code != 200 || !strings.Contains(r.body, `"opgelost_in_fase1": 1`) && !strings.Contains(r.body, `"opgelost_in_fase1":1`) {
		t.Errorf("API figures = %d %.500s", r.code, r.body)
	}
}

// TestComplaintFormLogsNoContent checks that the request log names the route, never the
// form's content.
func TestComplaintFormLogsNoContent(t *testing.T) {
	var buf bytes.Buffer
	e := newEnv(t, dbtest.SQLite(t), withComplaints(t, nil), func(d *web.Deps) { d.Logger = slog.New(slog.NewTextHandler(&buf, nil)) })
	e.anonymous().post("/klacht", url.Values{"naam": {"Geheime Naam"}, "telefoon": {"0612345678"}, "eenheid": {"DH"}, "wat": {"geheim verhaal"}})
	if strings.Contains(buf.String(), "Geheime") || strings.Contains(buf.String(), "geheim verhaal") || !strings.Contains(buf.String(), "POST /klacht") {
		t.Errorf("request log:\n%s", buf.String())
	}
}
