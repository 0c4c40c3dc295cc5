package web_test

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"stelsel/access"
	"stelsel/db"
	"stelsel/db/dbtest"
	"stelsel/integrity"
	"stelsel/web"
)

var vikAccounts = []struct {
	name  string
	roles []access.Role
	units []string
	team  string
}{
	{"meldpunt", []access.Role{access.RoleIntake}, []string{"DH"}, ""},
	{"triage1", []access.Role{access.RoleTriage}, []string{"DH"}, ""},
	{"triage2", []access.Role{access.RoleTriage}, []string{"DH"}, ""},
	{"onderzoeker", []access.Role{access.RoleInvestigator}, []string{"DH"}, ""},
	{"recherche", []access.Role{access.RoleCrimInvestigator}, []string{"DH"}, ""},
	{"ltio", []access.Role{access.RoleLTIO}, nil, ""},
	{"leiding", []access.Role{access.RoleManager}, []string{"DH"}, "Haagse Hout"},
	{"leiding.ander", []access.Role{access.RoleManager}, []string{"DH"}, "Schilderswijk"},
	{"jurist", []access.Role{access.RoleJurist}, []string{"DH"}, ""},
	{"gezag", []access.Role{access.RoleCompetent}, []string{"DH"}, ""},
	{"vp", []access.Role{access.RoleCounsellor}, []string{"DH"}, ""},
	{"medewerker", []access.Role{access.RoleEmployee}, []string{"DH"}, ""},
	{"betrokkene", []access.Role{access.RoleTriage}, []string{"DH"}, ""},
}

var testIdentityKey = []byte("fedcba9876543210fedcba9876543210")

// vikCases are the case numbers withIntegrity sets up: full has a functioning, a
// disciplinary and a criminal track (onderzoeker on disciplinary, recherche on criminal,
// an entry and an attachment in each); fresh is just received.
type vikCases struct {
	svc                  *integrity.Service
	full, fresh          string
	discAttachment       int64
	crimAttachment       int64
	anonNumber, anonCode string
}

// withIntegrity adds the integrity service, the VIK accounts and cases in known states.
func withIntegrity(t *testing.T, out *vikCases) func(*web.Deps) {
	return func(deps *web.Deps) {
		ctx := context.Background()
		for _, a := range vikAccounts {
			if _, err := deps.Users.Add(ctx, access.System("test"), access.NewUser{Username: a.name, Name: "Naam " + a.name, Roles: a.roles,
				Units: a.units, Team: a.team, Password: testPassword}); err != nil {
				t.Fatal(err)
			}
		}
		svc, err := integrity.New(deps.DB, deps.Trail, deps.Users, testIdentityKey, time.Now)
		if err != nil {
			t.Fatal(err)
		}
		svc.SetRateLimit(10000, time.Minute) // the matrix makes many attempts; TestPostboxRateLimit covers the limit
		deps.Integrity = svc
		out.svc = svc
		as := func(name string) access.Actor {
			a, err := deps.Users.Actor(ctx, name)
			if err != nil {
				t.Fatal(err)
			}
			return a
		}
		subject := integrity.Subject{PersonnelNo: "P100200", Name: "B. Trokkene", Unit: "DH", Team: "Haagse Hout", Username: "betrokkene"}
		report := func() string {
			c, err := svc.Report(ctx, as("medewerker"), integrity.ReportInput{Kind: integrity.KindNamed, Unit: "DH", Category: "omgangsvormen",
				Description: "Uitsluiting in het team.", Subjects: []integrity.Subject{subject}})
			if err != nil {
				t.Fatal(err)
			}
			return c.Number
		}
		out.full, out.fresh = report(), report()
		om := time.Now()
		must := func(_ *integrity.Case, err error) {
			t.Helper()
			if err != nil {
				t.Fatal(err)
			}
		}
		must(svc.Triage(ctx, as("triage1"), out.full, integrity.TriageInput{Checklist: []string{"licht", "ernstig", "strafbaar"},
			Routes: []string{"functioneren", "disciplinair", "strafrechtelijk"}, Rationale: "ernstig en strafbaar", OMInformedOn: &om}))
		must(svc.Confirm(ctx, as("triage2"), out.full, 0))
		must(svc.Assign(ctx, as("triage1"), out.full, integrity.TrackDisciplinary, "onderzoeker", "capaciteit"))
		must(svc.Assign(ctx, as("triage1"), out.full, integrity.TrackCriminal, "recherche", "capaciteit"))
		must(svc.AddEntry(ctx, as("onderzoeker"), out.full, integrity.TrackDisciplinary, integrity.EntryInput{Kind: "verhoor", Body: "GEHEIM-DISCIPLINAIR verhoor"}))
		must(svc.AddEntry(ctx, as("recherche"), out.full, integrity.TrackCriminal, integrity.EntryInput{Kind: "bevinding", Body: "GEHEIM-STRAFRECHTELIJK tap"}))
		at, err := svc.AddAttachment(ctx, as("onderzoeker"), out.full, integrity.TrackDisciplinary, "verslag.txt", []byte("verslag van het verhoor\n"))
		if err != nil {
			t.Fatal(err)
		}
		out.discAttachment = at.ID
		at, err = svc.AddAttachment(ctx, as("recherche"), out.full, integrity.TrackCriminal, "tap.pdf", []byte("%PDF-1.4 tap"))
		if err != nil {
			t.Fatal(err)
		}
		out.crimAttachment = at.ID
		if out.anonNumber, out.anonCode, err = svc.ReportAnonymous(ctx, integrity.ReportInput{Unit: "DH", Description: "Anoniem: diefstal."}); err != nil {
			t.Fatal(err)
		}
	}
}

// vikColumns are the columns of the integrity matrix; "" is nobody logged in.
var vikColumns = []string{"meldpunt", "triage1", "onderzoeker", "recherche", "ltio", "leiding", "leiding.ander", "jurist", "gezag", "vp", "medewerker", "betrokkene", "ana", ""}

type vikRow struct {
	method, path string
	form         url.Values
	want         []int // in vikColumns order
}

// vikMatrix is every integrity route with the status each role gets. {full}, {fresh},
// {disc} and {crim} are filled in. Page POSTs that succeed redirect (303); refusals
// answer 404 like a missing case.
func vikMatrix() []vikRow {
	//            meldp tri  onder rech ltio leid  ander jur  gez  vp   medew betr  ana  anon
	return []vikRow{
		{"GET", "/integriteit", nil, []int{200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 303}},
		{"GET", "/integriteit/melden", nil, []int{200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 303}},
		{"GET", "/integriteit/mijn", nil, []int{200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 303}},
		{"GET", "/integriteit/signalen", nil, []int{403, 200, 403, 403, 403, 403, 403, 403, 200, 403, 403, 200, 403, 303}},
		{"GET", "/integriteit/zaken/{full}", nil, []int{200, 200, 200, 200, 404, 200, 404, 200, 200, 404, 404, 404, 404, 303}},
		{"GET", "/integriteit/zaken/{fresh}", nil, []int{200, 200, 200, 404, 404, 404, 404, 200, 200, 404, 404, 404, 404, 303}},
		{"GET", "/integriteit/zaken/VIK-2026-DH-99999", nil, []int{404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 303}},
		{"GET", "/integriteit/zaken/{full}/bijlagen/{disc}", nil, []int{404, 404, 200, 404, 404, 404, 404, 200, 200, 404, 404, 404, 404, 303}},
		{"GET", "/integriteit/zaken/{full}/bijlagen/{crim}", nil, []int{404, 404, 404, 200, 404, 404, 404, 404, 404, 404, 404, 404, 404, 303}},
		{"POST", "/integriteit/melden", url.Values{"soort": {"benoemd"}, "eenheid": {"DH"}, "omschrijving": {"matrix"}}, []int{303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 401}},
		{"POST", "/integriteit/mijn/{full}/bericht", url.Values{"tekst": {"x"}}, []int{404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 303, 404, 404, 401}},
		{"POST", "/integriteit/zaken/{full}/dossier", url.Values{"spoor": {"functioneren"}, "soort": {"notitie"}, "tekst": {"x"}}, []int{404, 404, 404, 404, 404, 303, 404, 404, 404, 404, 404, 404, 404, 401}},
		{"POST", "/integriteit/zaken/{full}/dossier", url.Values{"spoor": {"disciplinair"}, "soort": {"notitie"}, "tekst": {"x"}}, []int{404, 404, 303, 404, 404, 404, 404, 303, 303, 404, 404, 404, 404, 401}},
		{"POST", "/integriteit/zaken/{full}/dossier", url.Values{"spoor": {"strafrechtelijk"}, "soort": {"notitie"}, "tekst": {"x"}}, []int{404, 404, 404, 303, 404, 404, 404, 404, 404, 404, 404, 404, 404, 401}},
		{"POST", "/integriteit/zaken/{fresh}/ontvangst", nil, []int{303, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 401}},
		{"POST", "/integriteit/zaken/{fresh}/triage", url.Values{"checklist": {"licht"}}, []int{404, 422, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 401}},
		{"POST", "/integriteit/zaken/{full}/toewijzing", url.Values{"spoor": {"disciplinair"}, "gebruikersnaam": {"recherche"}, "reden": {"x"}}, []int{404, 422, 404, 404, 404, 404, 404, 404, 422, 404, 404, 404, 404, 401}},
		{"POST", "/integriteit/zaken/{full}/overdracht", url.Values{"stuk": {"999"}, "naar": {"strafrechtelijk"}, "reden": {"x"}}, []int{404, 404, 404, 404, 404, 404, 404, 404, 422, 404, 404, 404, 404, 401}},
		{"POST", "/integriteit/zaken/{full}/identiteit", url.Values{"reden": {"x"}}, []int{409, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 401}},
		{"POST", "/integriteit/zaken/{full}/bijlage", nil, []int{422, 422, 422, 422, 404, 422, 404, 422, 422, 404, 404, 404, 404, 401}},
		{"GET", "/melden", nil, []int{200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200}},
		{"GET", "/melden/postbus", nil, []int{200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200}},
		{"POST", "/melden/postbus", url.Values{"code": {"1234 5678 9012 3456 7890"}}, []int{404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404}},
		{"POST", "/melden/postbus/antwoord", url.Values{"code": {"1234 5678 9012 3456 7890"}, "tekst": {"x"}}, []int{404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404}},
		{"POST", "/melden", url.Values{"eenheid": {"DH"}}, []int{422, 422, 422, 422, 422, 422, 422, 422, 422, 422, 422, 422, 422, 422}},
		{"GET", "/api/v1/integriteit/zaken", nil, []int{200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 401}},
		{"GET", "/api/v1/integriteit/zaken/{full}", nil, []int{200, 200, 200, 200, 404, 200, 404, 200, 200, 404, 404, 404, 404, 401}},
		{"GET", "/api/v1/integriteit/zaken/{fresh}", nil, []int{200, 200, 200, 404, 404, 404, 404, 200, 200, 404, 404, 404, 404, 401}},
		{"POST", "/api/v1/integriteit/zaken", nil, []int{422, 422, 422, 422, 422, 422, 422, 422, 422, 422, 422, 422, 422, 401}},
		{"POST", "/api/v1/integriteit/zaken/{full}/dossier", url.Values{"spoor": {"disciplinair"}, "soort": {"notitie"}, "tekst": {"api"}}, []int{404, 404, 200, 404, 404, 404, 404, 200, 200, 404, 404, 404, 404, 401}},
		{"POST", "/api/v1/integriteit/zaken/{full}/dossier", url.Values{"spoor": {"strafrechtelijk"}, "soort": {"notitie"}, "tekst": {"api"}}, []int{404, 404, 404, 200, 404, 404, 404, 404, 404, 404, 404, 404, 404, 401}},
		{"GET", "/api/v1/integriteit/termijnen", nil, []int{200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 401}},
		{"GET", "/api/v1/integriteit/signalen", nil, []int{403, 200, 403, 403, 403, 403, 403, 403, 200, 403, 403, 200, 403, 401}},
		{"GET", "/api/v1/integriteit/cijfers", nil, []int{403, 200, 403, 403, 200, 403, 403, 403, 200, 403, 403, 200, 403, 401}},
		{"GET", "/api/v1/integriteit/mijn", nil, []int{200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 401}},
		{"POST", "/api/v1/integriteit/melden", nil, []int{422, 422, 422, 422, 422, 422, 422, 422, 422, 422, 422, 422, 422, 422}},
		{"POST", "/api/v1/integriteit/postbus", url.Values{"code": {"1234"}}, []int{404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404}},
	}
}

func (v *vikCases) fill(path string) string {
	return strings.NewReplacer("{full}", v.full, "{fresh}", v.fresh, "{disc}", fmt.Sprint(v.discAttachment), "{crim}", fmt.Sprint(v.crimAttachment)).Replace(path)
}

func TestIntegrityMatrix(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		var v vikCases
		e := newEnv(t, d, withIntegrity(t, &v))
		for col, who := range vikColumns {
			c, token := e.anonymous(), ""
			if who != "" {
				c, token = e.login(who), e.token(who)
			}
			for _, rt := range vikMatrix() {
				path := v.fill(rt.path)
				var r response
				switch {
				case strings.HasPrefix(path, "/api/") && rt.method == "POST":
					body := map[string]any{}
					for k := range rt.form {
						body[k] = rt.form.Get(k)
					}
					r = e.api(token, rt.method, path, body)
				case strings.HasPrefix(path, "/api/"):
					r = e.api(token, rt.method, path, nil)
				case rt.method == "POST":
					r = c.post(path, rt.form)
				default:
					r = c.get(path)
				}
				if r.code != rt.want[col] {
					t.Errorf("%s: %s %s = %d, want %d\n%.300s", roleName(who), rt.method, rt.path, r.code, rt.want[col], r.body)
				}
				// A case one may not see answers exactly like a missing one.
				if r.code == http.StatusNotFound && rt.method == "GET" && strings.Contains(rt.path, "/zaken/{") && !strings.Contains(rt.path, "bijlagen") {
					gone := c.get(strings.Replace(path, v.full, "VIK-2026-DH-99999", 1))
					if strings.HasPrefix(path, "/api/") {
						gone = e.api(token, "GET", strings.NewReplacer(v.full, "VIK-2026-DH-99999", v.fresh, "VIK-2026-DH-99999").Replace(path), nil)
					} else {
						gone = c.get(strings.NewReplacer(v.full, "VIK-2026-DH-99999", v.fresh, "VIK-2026-DH-99999").Replace(path))
					}
					body := strings.NewReplacer(v.full, "VIK-2026-DH-99999", v.fresh, "VIK-2026-DH-99999").Replace(r.body)
					if body != gone.body {
						t.Errorf("%s: %s differs from a missing case:\n%s\n---\n%s", roleName(who), rt.path, r.body, gone.body)
					}
				}
			}
		}
		// The criminal investigator's page shows nothing of the disciplinary track.
		r := e.login("recherche").get("/integriteit/zaken/" + v.full)
		if strings.Contains(r.body, "GEHEIM-DISCIPLINAIR") || strings.Contains(r.body, "Spoor: Disciplinair") || !strings.Contains(r.body, "GEHEIM-STRAFRECHTELIJK") {
			t.Errorf("criminal investigator's case page shows the wrong dossiers")
		}
		r = e.login("onderzoeker").get("/integriteit/zaken/" + v.full)
		if strings.Contains(r.body, "GEHEIM-STRAFRECHTELIJK") || !strings.Contains(r.body, "GEHEIM-DISCIPLINAIR") {
			t.Errorf("disciplinary investigator's case page shows the wrong dossiers")
		}
		// Downloads are attachments, never inline, and audited.
		r = e.login("onderzoeker").get(fmt.Sprintf("/integriteit/zaken/%s/bijlagen/%d", v.full, v.discAttachment))
		if r.header.Get("Content-Type") != "application/octet-stream" || !strings.HasPrefix(r.header.Get("Content-Disposition"), "attachment;") {
			t.Errorf("download headers: %v", r.header)
		}
		entries, err := e.deps.Trail.List(context.Background(), access.System("t"), access.Filter{Actor: "onderzoeker", Action: access.ActionExport})
		if err != nil || len(entries) == 0 || !strings.Contains(entries[0].Detail, "verslag.txt") {
			t.Errorf("download not audited: %+v %v", entries, err)
		}
	})
}

func init() {
	year := time.Now().Year()
	full, fresh := fmt.Sprintf("VIK-%d-DH-%05d", year, 1), fmt.Sprintf("VIK-%d-DH-%05d", year, 2)
	for _, r := range vikMatrix() {
		otherMatrices = append(otherMatrices, [2]string{r.method, strings.NewReplacer("{full}", full, "{fresh}", fresh, "{disc}", "1", "{crim}", "2").Replace(r.path)})
	}
	publicRoutes = append(publicRoutes, "GET /melden", "POST /melden", "GET /melden/postbus", "POST /melden/postbus",
		"POST /melden/postbus/{reply}", "POST /api/v1/integriteit/melden", "POST /api/v1/integriteit/postbus")
	var v vikCases
	axeSetup = append(axeSetup, func(t *testing.T) func(*web.Deps) { return withIntegrity(t, &v) })
	axePages = append(axePages, axePage{"", "/melden"}, axePage{"", "/melden/postbus"}, axePage{"medewerker", "/integriteit"},
		axePage{"medewerker", "/integriteit/melden"}, axePage{"medewerker", "/integriteit/mijn"}, axePage{"triage1", "/integriteit"},
		axePage{"triage1", "/integriteit/signalen"}, axePage{"triage1", "/integriteit/zaken/" + full}, axePage{"triage1", "/integriteit/zaken/" + fresh},
		axePage{"meldpunt", "/integriteit/zaken/" + fresh}, axePage{"onderzoeker", "/integriteit/zaken/" + full},
		axePage{"recherche", "/integriteit/zaken/" + full}, axePage{"leiding", "/integriteit/zaken/" + full}, axePage{"gezag", "/integriteit/zaken/" + full})
}

// TestIntegrityMatrixCoversRoutes: every integrity route has a row.
func TestIntegrityMatrixCoversRoutes(t *testing.T) {
	for _, p := range routePatterns(t) {
		if !strings.Contains(p, "integriteit") && !strings.Contains(p, "/melden") {
			continue
		}
		covered := false
		for _, rt := range vikMatrix() {
			covered = covered || patternMatches(p, rt.method, strings.NewReplacer("{full}", "X", "{fresh}", "Y", "{disc}", "1", "{crim}", "2").Replace(rt.path))
		}
		if !covered {
			t.Errorf("integrity route %q has no row in the integrity matrix", p)
		}
	}
}

func TestIntegrityPageFlow(t *testing.T) {
	var v vikCases
	e := newEnv(t, dbtest.SQLite(t), withIntegrity(t, &v))
	emp := e.login("medewerker")
	r := emp.post("/integriteit/melden", url.Values{"soort": {"vertrouwelijk"}, "eenheid": {"DH"}, "omschrijving": {"Pagina-melding"}, "contact": {"via de vertrouwenspersoon"},
		"betrokkene_naam": {"C. Ollega"}, "betrokkene_personeelsnummer": {"P5"}, "betrokkene_eenheid": {"DH"}})
	if r.code != 422 || !strings.Contains(r.body, "personeelsnummer") {
		t.Errorf("report with a bad personnel number = %d", r.code)
	}
	r = emp.post("/integriteit/melden", url.Values{"soort": {"vertrouwelijk"}, "eenheid": {"DH"}, "omschrijving": {"Pagina-melding"}, "contact": {"via de vertrouwenspersoon"}})
	if r.code != 303 {
		t.Fatalf("report = %d %.300s", r.code, r.body)
	}
	r = emp.get("/integriteit/mijn?gedaan=melding")
	if !strings.Contains(r.body, "Uw melding is ontvangen") || !strings.Contains(r.body, "Vertrouwelijk") {
		t.Errorf("my reports page: %.500s", r.body)
	}
	list, _ := v.svc.MyReports(context.Background(), mustActor(t, e, "medewerker"))
	number := list[0].Number
	mp := e.login("meldpunt")
	if r := mp.get("/integriteit/zaken/" + number); !strings.Contains(r.body, "vertrouwelijke melder") || strings.Contains(r.body, "Naam medewerker") {
		t.Errorf("intake page shows the identity before it is asked for")
	}
	if r := mp.post("/integriteit/zaken/"+number+"/identiteit", url.Values{"reden": {"terugbellen"}}); r.code != 200 || !strings.Contains(r.body, "Naam medewerker") {
		t.Errorf("identity view = %d", r.code)
	}
	if r := mp.post("/integriteit/zaken/"+number+"/ontvangst", nil); r.code != 303 {
		t.Errorf("acknowledge = %d", r.code)
	}
	tri := e.login("triage1")
	r = tri.post("/integriteit/zaken/"+number+"/triage", url.Values{"checklist": {"ernstig"}, "motivering": {"ernstig"}, "categorie": {"informatie"}})
	if r.code != 303 {
		t.Fatalf("triage = %d %.500s", r.code, r.body)
	}
	if r := tri.post("/integriteit/zaken/"+number+"/bevestiging", nil); r.code != 409 || !strings.Contains(r.body, "vier ogen") {
		t.Errorf("self-confirmation = %d", r.code)
	}
	if r := e.login("triage2").post("/integriteit/zaken/"+number+"/bevestiging", nil); r.code != 303 {
		t.Errorf("confirmation = %d", r.code)
	}
	if r := tri.post("/integriteit/zaken/"+number+"/toewijzing", url.Values{"spoor": {"disciplinair"}, "gebruikersnaam": {"onderzoeker"}, "reden": {"capaciteit"}}); r.code != 303 {
		t.Errorf("assign = %d", r.code)
	}
	// Upload through the page: a text file passes, HTML is refused.
	upload := func(name, content string) response {
		var b bytes.Buffer
		mw := multipart.NewWriter(&b)
		_ = mw.WriteField("spoor", "disciplinair")
		fw, _ := mw.CreateFormFile("bestand", name)
		fw.Write([]byte(content))
		mw.Close()
		req, _ := http.NewRequest("POST", e.server.URL+"/integriteit/zaken/"+number+"/bijlage", &b)
		req.Header.Set("Content-Type", mw.FormDataContentType())
		req.Header.Set("Origin", e.server.URL)
		req.Header.Set("Sec-Fetch-Site", "same-origin")
		return e.loginClient("onderzoeker").do(req)
	}
	if r := upload("notitie.txt", "gewone tekst"); r.code != 303 {
		t.Errorf("upload text = %d %.300s", r.code, r.body)
	}
	if r := upload("aanval.html", "<html><script>alert(1)</script></html>"); r.code != 422 {
		t.Errorf("upload html = %d", r.code)
	}
	if r := upload("vermomd.txt", "<html><script>alert(1)</script></html>"); r.code != 422 {
		t.Errorf("upload html as .txt = %d", r.code)
	}
	// The anonymous postbox round trip through the pages.
	anon := e.anonymous()
	if r := mp.post("/integriteit/zaken/"+v.anonNumber+"/bericht", url.Values{"tekst": {"Waar precies?"}}); r.code != 303 {
		t.Errorf("question = %d", r.code)
	}
	r = anon.post("/melden/postbus", url.Values{"code": {v.anonCode}})
	if r.code != 200 || !strings.Contains(r.body, "Waar precies?") {
		t.Errorf("postbox = %d %.300s", r.code, r.body)
	}
	r = anon.post("/melden/postbus/antwoord", url.Values{"code": {v.anonCode}, "tekst": {"In de kleedkamer."}})
	if r.code != 200 || !strings.Contains(r.body, "In de kleedkamer.") {
		t.Errorf("postbox reply = %d", r.code)
	}
	if r := mp.get("/integriteit/zaken/" + v.anonNumber); !strings.Contains(r.body, "In de kleedkamer.") {
		t.Errorf("intake does not see the reporter's answer")
	}
}

func (e *env) loginClient(name string) *client { return e.login(name) }

func mustActor(t *testing.T, e *env, name string) access.Actor {
	a, err := e.deps.Users.Actor(context.Background(), name)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestAnonymousLeavesNoTrace: reporting through /melden and using the postbox leaves no
// IP address or user agent in the database, the logs, the audit trail or the metrics.
func TestAnonymousLeavesNoTrace(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		var v vikCases
		var logs bytes.Buffer
		e := newEnv(t, d, withIntegrity(t, &v), func(deps *web.Deps) {
			deps.Logger = slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
		})
		const ua = "Mozilla/5.0 SPOOR-UA-7f3e"
		const xff = "198.51.100.77"
		send := func(path string, form url.Values) response {
			req, _ := http.NewRequest("POST", e.server.URL+path, strings.NewReader(form.Encode()))
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			req.Header.Set("Origin", e.server.URL)
			req.Header.Set("Sec-Fetch-Site", "same-origin")
			req.Header.Set("User-Agent", ua)
			req.Header.Set("X-Forwarded-For", xff)
			req.Header.Set("X-Real-IP", xff)
			return e.anonymous().do(req)
		}
		r := send("/melden", url.Values{"eenheid": {"DH"}, "omschrijving": {"Anonieme melding zonder sporen"}})
		if r.code != 200 || !strings.Contains(r.body, "Uw code") {
			t.Fatalf("POST /melden = %d", r.code)
		}
		send("/melden/postbus", url.Values{"code": {v.anonCode}})
		send("/melden/postbus/antwoord", url.Values{"code": {v.anonCode}, "tekst": {"aanvulling"}})
		send("/melden/postbus", url.Values{"code": {"0000 0000 0000 0000 0000"}})
		metrics := e.anonymous().get("/metrics").body
		dump := dumpDatabase(t, d)
		for _, marker := range []string{"127.0.0.1", "::1", xff, "SPOOR-UA", "Mozilla"} {
			for what, text := range map[string]string{"database": dump, "logs": logs.String(), "metrics": metrics} {
				if strings.Contains(text, marker) {
					t.Errorf("%s holds %q after anonymous requests", what, marker)
				}
			}
		}
		if !strings.Contains(logs.String(), "POST /melden") {
			t.Errorf("the access log has no line for POST /melden at all; the test looks at the wrong log")
		}
		if !strings.Contains(dump, "Anonieme melding zonder sporen") {
			t.Errorf("the database dump misses the report; the test looks at the wrong database")
		}
	})
}

// dumpDatabase returns every value of every table as text.
func dumpDatabase(t *testing.T, d *db.DB) string {
	t.Helper()
	ctx := context.Background()
	q := `SELECT name FROM sqlite_master WHERE type = 'table'`
	if d.Dialect() == db.Postgres {
		q = `SELECT tablename FROM pg_tables WHERE schemaname = current_schema()`
	}
	rows, err := d.Query(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	var tables []string
	for rows.Next() {
		var n string
		rows.Scan(&n)
		tables = append(tables, n)
	}
	rows.Close()
	var b strings.Builder
	for _, tb := range tables {
		rows, err := d.Query(ctx, `SELECT * FROM `+tb)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			for _, v := range vals {
				switch x := v.(type) {
				case []byte:
					b.Write(x)
				default:
					fmt.Fprint(&b, x)
				}
				b.WriteByte('\t')
			}
			b.WriteByte('\n')
		}
		rows.Close()
	}
	return b.String()
}

// TestIntegrityDashboardPages checks the paged dashboard: 50 cases a page, "1–50 van N",
// next and previous links that keep the status, counts per status from the database,
// and a clear error for a bad page start.
func TestIntegrityDashboardPages(t *testing.T) {
	var v vikCases
	e := newEnv(t, dbtest.SQLite(t), withIntegrity(t, &v))
	ctx := context.Background()
	emp := mustActor(t, e, "medewerker")
	for i := range 52 {
		if _, err := v.svc.Report(ctx, emp, integrity.ReportInput{Kind: integrity.KindNamed, Unit: "DH", Category: "omgangsvormen",
			Description: fmt.Sprintf("Melding %d voor de paginatest.", i)}); err != nil {
			t.Fatal(err)
		}
	}
	tri := e.login("triage1")
	p, err := v.svc.ListPage(ctx, mustActor(t, e, "triage1"), integrity.Filter{Status: "open", Limit: 50})
	if err != nil || p.Total <= 50 {
		t.Fatalf("ListPage: %+v, %v", p, err)
	}
	r := tri.get("/integriteit")
	if r.code != 200 || !strings.Contains(r.body, fmt.Sprintf("1–50 van %d", p.Total)) || strings.Count(r.body, `<a href="/integriteit/zaken/`) < 50 {
		t.Fatalf("first page = %d, range or rows missing", r.code)
	}
	next := `href="/integriteit?vanaf=50#zaken-kop" rel="next"`
	if !strings.Contains(r.body, next) || strings.Contains(r.body, `rel="prev"`) {
		t.Errorf("first page links: want next, no previous")
	}
	if !strings.Contains(r.body, fmt.Sprintf("Ontvangen <strong>%d</strong>", p.Counts[integrity.StatusReceived])) || !strings.Contains(r.body, `aria-current="page">Alle open zaken`) {
		t.Errorf("counts per status missing")
	}
	r = tri.get("/integriteit?vanaf=50")
	if r.code != 200 || !strings.Contains(r.body, fmt.Sprintf("51–%d van %d", p.Total, p.Total)) || !strings.Contains(r.body, `href="/integriteit#zaken-kop" rel="prev"`) || strings.Contains(r.body, `rel="next"`) {
		t.Errorf("second page = %d, range or links wrong", r.code)
	}
	r = tri.get("/integriteit?status=ontvangen")
	if r.code != 200 || !strings.Contains(r.body, fmt.Sprintf("van %d", p.Counts[integrity.StatusReceived])) || !strings.Contains(r.body, "status=ontvangen&amp;vanaf=50") {
		t.Errorf("status page = %d: range or next link without the status", r.code)
	}
	if r := tri.get("/integriteit?vanaf=min"); r.code != 422 || !strings.Contains(r.body, "vanaf") {
		t.Errorf("bad page start = %d", r.code)
	}
}
