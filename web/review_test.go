package web_test

import (
	"context"
	"encoding/json"

	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"stelsel/access"
	"stelsel/catalog"
	"stelsel/db/dbtest"
	"stelsel/registration"
	"stelsel/report"
	"stelsel/screen"
	"stelsel/web"
)

// The registrations of the workbench tests.
const (
	codedDH   = "2026-DH-000001" // flagged, decided discriminatie: coded
	uncodedDH = "2026-DH-000002" // flagged, not decided
	codedAM   = "2026-AM-000003" // flagged, decided discriminatie: coded
	xssDH     = "2026-DH-000004" // flagged, text full of HTML and script
	missing   = "2026-DH-999999"
)

const xssText = `"><img src=x onerror=alert(1)> Verdachte riep vuile nikker <script>alert('xss')</script> en </textarea><svg onload=alert(3)>.`

var sampleCSV = `registratienummer,soort,eenheid,basisteam,incidentcode,omschrijving,pleegdatum,registratiedatum,gemeente,tekst
` + codedDH + `,aangifte,DH,Schilderswijk,F100,Belediging,2026-03-01,2026-03-01T14:30:00+01:00,Den Haag,"Aangever verklaarde dat de verdachte hem op straat uitschold voor vuile nikker en dreigde hem te slaan."
` + uncodedDH + `,melding,DH,Haagse Hout,F100,Belediging,,2026-03-02T22:10:00,Den Haag,"Melder werd op het plein uitgescholden voor kankerjood door een groep jongeren."
` + codedAM + `,mutatie,AM,Oost,M10,Bekladding,2026-03-03,2026-03-03T09:00:00Z,Amsterdam,"Op de gevel van de synagoge is een hakenkruis gekalkt. Foto's gemaakt."
` + xssDH + `,aangifte,DH,Schilderswijk,F100,"<b>vet</b><script>alert(2)</script>",2026-03-04,2026-03-04T10:00:00+01:00,Den Haag,"` + strings.ReplaceAll(xssText, `"`, `""`) + `"
`

// withRegistrations wires a registration service with the sample registrations; the
// analyst ana decided codedDH and codedAM.
func withRegistrations(t *testing.T) func(*web.Deps) {
	return func(deps *web.Deps) {
		ctx := context.Background()
		lex, err := screen.DefaultLexicon()
		if err != nil {
			t.Fatal(err)
		}
		svc := registration.NewService(deps.DB, deps.Trail, screen.New(lex), catalog.Default(), time.Now)
		res, err := svc.ImportReader(ctx, access.System("test"), strings.NewReader(sampleCSV), "sample.csv", registration.ImportOptions{})
		if err != nil || res.Flagged != 4 {
			t.Fatalf("import sample = %+v, %v; want 4 flagged", res, err)
		}
		ana, err := deps.Users.Actor(ctx, "ana")
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range []string{codedDH, codedAM} {
			if _, err := svc.Decide(ctx, ana, n, registration.DecisionInput{Kind: catalog.DecisionDiscrimination, Articles: []string{"137c"},
				Grounds: []string{"herkomst"}, Manifestation: "belediging", Rationale: "test"}); err != nil {
				t.Fatalf("Decide %s: %v", n, err)
			}
		}
		deps.Registrations, deps.Lexicon = svc, lex
		deps.Reports = report.NewService(deps.DB, deps.Trail, svc, time.Now)
	}
}

func TestXSSRendersInert(t *testing.T) {
	e := newEnv(t, dbtest.SQLite(t), withRegistrations(t))
	c := e.login("ana")
	for _, path := range []string{"/registraties/" + xssDH, "/werkbak?status=alle", "/eenheden/DH"} {
		r := c.get(path)
		if r.code != 200 {
			t.Fatalf("GET %s = %d", path, r.code)
		}
		for _, bad := range []string{"<script>alert", "<img src=x", "<svg onload", "<b>vet</b>", "</textarea><svg"} {
			if strings.Contains(r.body, bad) {
				t.Errorf("GET %s contains %q unescaped", path, bad)
			}
		}
	}
	r := c.get("/registraties/" + xssDH)
	for _, want := range []string{"&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;", "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;", `<mark class="treffer`} {
		if !strings.Contains(r.body, want) {
			t.Errorf("registration page lacks %q", want)
		}
	}
	// The JSON API returns the text as data; its content type keeps browsers from rendering it.
	r = e.api(e.token("ana"), "GET", "/api/v1/registraties/"+xssDH, nil)
	if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") || r.header.Get("X-Content-Type-Options") != "nosniff" {
		t.Errorf("API content type %q, nosniff %q", ct, r.header.Get("X-Content-Type-Options"))
	}
}

func TestDecisionFlow(t *testing.T) {
	e := newEnv(t, dbtest.SQLite(t), withRegistrations(t))
	c := e.login("ana")
	r := c.get("/werkbak")
	if r.code != 200 || !strings.Contains(r.body, uncodedDH) || strings.Contains(r.body, codedDH) {
		t.Fatalf("queue = %d; want the open registration and not the decided one", r.code)
	}
	if !strings.Contains(r.body, "Te beoordelen <strong>2</strong>") || !strings.Contains(r.body, "Beoordeeld <strong>2</strong>") {
		t.Errorf("queue lacks counts per status")
	}
	r = c.get("/registraties/" + uncodedDH)
	if !strings.Contains(r.body, `<mark class="treffer`) || !strings.Contains(r.body, "Waarom gemarkeerd") {
		t.Errorf("registration page lacks highlighted hits")
	}
	// An incomplete decision is refused with Dutch messages per field, and the entry kept.
	r = c.post("/registraties/"+uncodedDH+"/beoordeling", url.Values{"soort": {"discriminatie"}, "motivering": {"mijn motivering"}})
	if r.code != http.StatusUnprocessableEntity || !strings.Contains(r.body, "kies ten minste één artikel") ||
		!strings.Contains(r.body, "kies een verschijningsvorm") || !strings.Contains(r.body, "mijn motivering") {
		t.Errorf("incomplete decision = %d; want 422 with every problem and the entry kept", r.code)
	}
	r = c.post("/registraties/"+uncodedDH+"/beoordeling", url.Values{"soort": {"discriminatie"}, "artikelen": {"137c"},
		"gronden": {"antisemitisme"}, "indicaties": {"antisemitisme"}, "verschijningsvorm": {"belediging"}, "motivering": {"Scheldwoord gericht op joden."}})
	if r.code != http.StatusSeeOther {
		t.Fatalf("decide = %d %s", r.code, r.body)
	}
	if loc := r.header.Get("Location"); !strings.HasPrefix(loc, "/registraties/"+xssDH) {
		t.Errorf("after decide redirect to %q; want the next registration", loc)
	} else if r := c.get(loc); !strings.Contains(r.body, "Beoordeling van registratie "+uncodedDH+" is opgeslagen.") {
		t.Errorf("the next registration lacks the notice of the saved decision")
	} else if r := c.get(loc); strings.Contains(r.body, "is opgeslagen") {
		t.Errorf("the notice of the saved decision shows twice")
	}
	if r := c.get("/registraties/" + uncodedDH); !strings.Contains(r.body, "Scheldwoord gericht op joden.") {
		t.Errorf("decision history lacks the decision")
	}
	// The officer of DH now sees it; the list and the export carry it.
	if r := e.login("bo").get("/registraties/" + uncodedDH); r.code != 200 {
		t.Errorf("officer DH after coding = %d, want 200", r.code)
	}
	if r := c.get("/eenheden/DH"); !strings.Contains(r.body, uncodedDH) {
		t.Errorf("unit list DH lacks the coded registration")
	}
	r = c.get("/export/codes.csv")
	if r.code != 200 || !strings.Contains(r.body, uncodedDH) || !strings.Contains(r.header.Get("Content-Disposition"), "attachment") {
		t.Errorf("code export = %d %q", r.code, r.body)
	}
	// The API decides too, and reports every problem.
	tok := e.token("ana")
	r = e.api(tok, "POST", "/api/v1/registraties/"+xssDH+"/beoordelingen", map[string]any{"soort": "discriminatie"})
	var apiErr struct {
		Code   string                   `json:"code"`
		Errors []struct{ Field string } `json:"errors"`
	}
	if err := json.Unmarshal([]byte(r.body), &apiErr); err != nil || r.code != 422 || apiErr.Code != "invalid" || len(apiErr.Errors) < 3 {
		t.Errorf("API invalid decision = %d %s", r.code, r.body)
	}
	r = e.api(tok, "POST", "/api/v1/registraties/"+xssDH+"/beoordelingen", map[string]any{"soort": "geen_discriminatie",
		"reden": "Citaat in een verslag", "motivering": "Geen discriminatoire uiting."})
	if r.code != 201 || !strings.Contains(r.body, `"soort": "geen_discriminatie"`) {
		t.Errorf("API decide = %d %s", r.code, r.body)
	}
	// Every read of a registration is in the audit trail.
	entries, err := e.deps.Trail.List(context.Background(), access.System("t"), access.Filter{ObjectID: uncodedDH, Action: access.ActionView})
	if err != nil || len(entries) < 2 {
		t.Errorf("audit views of %s = %d, %v", uncodedDH, len(entries), err)
	}
	if r := c.get("/lexicon"); r.code != 200 || !strings.Contains(r.body, "kernwoorden") {
		t.Errorf("lexicon = %d", r.code)
	}

}

func TestFourEyesThroughTheWeb(t *testing.T) {
	e := newEnv(t, dbtest.SQLite(t), withRegistrations(t), func(d *web.Deps) { d.Registrations.FourEyes = true })
	ana, anton := e.login("ana"), e.login("anton")
	page := "/registraties/" + uncodedDH
	r := ana.post(page+"/beoordeling", url.Values{"soort": {"discriminatie"}, "artikelen": {"137c"}, "gronden": {"antisemitisme"},
		"verschijningsvorm": {"belediging"}, "motivering": {"Scheldwoord gericht op joden."}})
	if r.code != http.StatusSeeOther {
		t.Fatalf("decide = %d", r.code)
	}
	r = ana.get(page)
	if !strings.Contains(r.body, "wacht op tweede beoordelaar") || strings.Contains(r.body, "/bevestiging") {
		t.Errorf("the deciding analyst's page: want the decision waiting for a second reviewer and no confirm button")
	}
	if r := ana.get("/export/codes.csv"); strings.Contains(r.body, uncodedDH) {
		t.Errorf("an unconfirmed decision is in the code export")
	}
	if r := ana.post(page+"/bevestiging", nil); r.code != http.StatusConflict || !strings.Contains(r.body, "een andere beoordelaar") {
		t.Errorf("confirm by the analyst who decided = %d, want 409 with a Dutch explanation", r.code)
	}
	r = anton.get(page)
	if !strings.Contains(r.body, `action="/registraties/`+uncodedDH+`/bevestiging"`) {
		t.Fatalf("a second analyst's page lacks the confirm button")
	}
	if r := anton.post(page+"/bevestiging", url.Values{"terug": {"status=bevestigen"}}); r.code != http.StatusSeeOther || !strings.HasPrefix(r.header.Get("Location"), page) {
		t.Fatalf("confirm by a second analyst = %d -> %q", r.code, r.header.Get("Location"))
	}
	r = anton.get(page)
	if !strings.Contains(r.body, "is bevestigd.") {
		t.Errorf("after confirmation the page lacks the notice")
	}
	if strings.Contains(r.body, "wacht op tweede beoordelaar") || !strings.Contains(r.body, "<td>anton</td>") {
		t.Errorf("after confirmation the history does not name anton as the second reviewer")
	}
	if r := ana.get("/export/codes.csv"); !strings.Contains(r.body, uncodedDH) {
		t.Errorf("the confirmed decision is not in the code export")
	}
	entries, err := e.deps.Trail.List(context.Background(), access.System("t"), access.Filter{Action: "confirm", Actor: "anton"})
	if err != nil || len(entries) != 1 || entries[0].ObjectID != uncodedDH {
		t.Errorf("audit of the confirmation = %+v, %v", entries, err)
	}
}

// TestXSSInListsAuditAndDownloads: hostile text in the unit list, the audit trail's
// details and the downloads stays data.
func TestXSSInListsAuditAndDownloads(t *testing.T) {
	e := newEnv(t, dbtest.SQLite(t), withRegistrations(t))
	ctx := context.Background()
	ana, err := e.deps.Users.Actor(ctx, "ana")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.deps.Registrations.Decide(ctx, ana, xssDH, registration.DecisionInput{Kind: catalog.DecisionDiscrimination, Articles: []string{"137c"},
		Grounds: []string{"herkomst"}, Manifestation: "belediging", Rationale: `<script>alert("motivering")</script>`}); err != nil {
		t.Fatal(err)
	}
	c := e.login("ana")
	// A reason given in the link ends up in the audit trail.
	c.get("/registraties/" + xssDH + "?reden=" + url.QueryEscape(`"><img src=x onerror=alert(1)>`))
	bad := []string{"<script>alert", "<img src=x", "<b>vet</b>"}
	for _, tt := range []struct {
		who, path string
	}{{"ana", "/eenheden/DH"}, {"ana", "/registraties/" + xssDH}, {"audrey", "/audit?object=" + xssDH}} {
		r := e.login(tt.who).get(tt.path)
		if r.code != 200 || !strings.Contains(r.body, "&lt;") {
			t.Fatalf("GET %s = %d, want the hostile text shown escaped", tt.path, r.code)
		}
		for _, b := range bad {
			if strings.Contains(r.body, b) {
				t.Errorf("GET %s contains %q unescaped", tt.path, b)
			}
		}
	}
	// Downloads are attachments, never rendered by the browser; the XLSX holds text
	// cells, not formulas.
	r := c.get("/eenheden/DH/lijst.csv")
	if !strings.Contains(r.header.Get("Content-Disposition"), "attachment") || r.header.Get("X-Content-Type-Options") != "nosniff" ||
		!strings.Contains(r.body, "<b>vet</b>") {
		t.Errorf("CSV download: disposition %q, body lacks the summary as data", r.header.Get("Content-Disposition"))
	}
	r = c.get("/eenheden/DH/lijst.xlsx")
	f, err := excelize.OpenReader(strings.NewReader(r.body))
	if err != nil {
		t.Fatalf("XLSX download: %v", err)
	}
	defer f.Close()
	rows, err := f.GetRows("Eenheidslijst")
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for i, row := range rows {
		for j, v := range row {
			found = found || strings.Contains(v, "<script>alert(2)</script>")
			cell, _ := excelize.CoordinatesToCellName(j+1, i+1)
			if fm, _ := f.GetCellFormula("Eenheidslijst", cell); fm != "" {
				t.Errorf("XLSX cell %s is a formula %q", cell, fm)
			}
		}
	}
	if !found {
		t.Errorf("XLSX lacks the summary as text: %q", rows)
	}
}

// TestNoDeadEnds: every menu item of every role opens, and every error page leads back.
func TestNoDeadEnds(t *testing.T) {
	e := newEnv(t, dbtest.SQLite(t), withRegistrations(t))
	menu := regexp.MustCompile(`<nav aria-label="Hoofdmenu">[\s\S]*?</nav>`)
	link := regexp.MustCompile(`href="([^"]+)"`)
	for _, a := range accounts {
		c := e.login(a.username)
		r := c.get("/")
		home := r.header.Get("Location")
		if r.code != http.StatusSeeOther || home == "" {
			t.Errorf("%s: / = %d, want a redirect to the role's main page", a.username, r.code)
			continue
		}
		r = c.get(home)
		for i := 0; i < 3 && r.code == http.StatusSeeOther; i++ {
			r = c.get(r.header.Get("Location"))
		}
		items := link.FindAllStringSubmatch(menu.FindString(r.body), -1)
		if len(items) == 0 {
			t.Errorf("%s: %s has no menu", a.username, home)
		}
		for _, it := range items {
			r := c.get(it[1])
			for i := 0; i < 3 && r.code == http.StatusSeeOther; i++ {
				r = c.get(r.header.Get("Location"))
			}
			if r.code != 200 {
				t.Errorf("%s: menu item %s = %d, want 200", a.username, it[1], r.code)
			}
		}
		for _, path := range []string{"/bestaat-niet", "/registraties/" + missing, "/audit", "/beheer/gebruikers"} {
			if r := c.get(path); r.code >= 400 && !strings.Contains(r.body, `<a href="/">`) {
				t.Errorf("%s: error page of %s (%d) has no way back", a.username, path, r.code)
			}
		}
	}
}
