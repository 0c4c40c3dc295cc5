package web_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"stelsel/access"
	"stelsel/catalog"
	"stelsel/db"
	"stelsel/db/dbtest"
	"stelsel/registration"
	"stelsel/web"
)

func init() {
	axePages = append(axePages,
		axePage{"ana", "/cijfers?jaar=2026"},
		axePage{"ana", "/cijfers?jaar=2026&vorm=intern"},
		axePage{"rick", "/cijfers?jaar=2026"},
		axePage{"bea", "/"},
		axePage{"bea", "/cijfers?jaar=2026"},
		axePage{"bea", "/cijfers/vastgesteld/1"},
	)
	axeSetup = append(axeSetup, func(t *testing.T) func(*web.Deps) {
		return func(d *web.Deps) { establish(t, d) }
	})
}

// establish freezes the 2026 figures once, as bea.
func establish(t *testing.T, d *web.Deps) {
	t.Helper()
	bea, err := d.Users.Actor(context.Background(), "bea")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.Reports.Establish(context.Background(), bea, 2026, time.Time{}, "test"); err != nil {
		t.Fatal(err)
	}
}

func TestFiguresPages(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		e := newEnv(t, d, withRegistrations(t))
		bea, ana := e.login("bea"), e.login("ana")
		// Policy staff see the publication form: one incident in DH and one in AM are <5.
		r := bea.get("/cijfers?jaar=2026")
		if r.code != http.StatusOK || !strings.Contains(r.body, "&lt;5") || !strings.Contains(r.body, "Bron: ") ||
			!strings.Contains(r.body, `data-grafiek="`) || !strings.Contains(r.body, "In 2026 registreerde de politie minder dan 5 discriminatie-incidenten") {
			t.Fatalf("bea /cijfers = %d:\n%.3000s", r.code, r.body)
		}
		if strings.Contains(r.body, "2026-DH-000001") {
			t.Errorf("the figures page shows a registration number")
		}
		// ...even when asking for the internal form; the analyst gets exact counts.
		if r := bea.get("/cijfers?jaar=2026&vorm=intern"); strings.Contains(r.body, "exacte aantallen, niet voor publicatie") {
			t.Errorf("bea got the internal form")
		}
		if r := ana.get("/cijfers?jaar=2026&vorm=intern"); !strings.Contains(r.body, "exacte aantallen, niet voor publicatie") || !strings.Contains(r.body, `<td class="getal">1</td>`) {
			t.Errorf("ana internal form lacks exact counts:\n%.2000s", r.body)
		}
		// That policy staff get no case content (registrations, unit lists, trends) is in
		// the role matrix (matrix_test.go, column bea).
		// Downloads: CSV rows start with the Dutch label.
		r = bea.get("/cijfers/tabellen/eenheden?jaar=2026&formaat=csv")
		if r.code != http.StatusOK || !strings.Contains(r.body, "\nDen Haag,<5,\n") || !strings.Contains(r.header.Get("Content-Disposition"), "cijfers-2026-eenheden-publicatie.csv") {
			t.Errorf("CSV download = %d %q:\n%s", r.code, r.header.Get("Content-Disposition"), r.body)
		}
		if r := bea.get("/cijfers/tabellen/alle?jaar=2026&formaat=xlsx"); r.code != http.StatusOK || !strings.HasPrefix(r.body, "PK") {
			t.Errorf("XLSX download = %d", r.code)
		}
		if r := bea.get("/cijfers/tabellen/niets?jaar=2026"); r.code != http.StatusNotFound {
			t.Errorf("unknown table = %d", r.code)
		}
		if r := bea.get("/cijfers?jaar=abc"); r.code != http.StatusUnprocessableEntity || !strings.Contains(r.body, "jaartal") {
			t.Errorf("bad year = %d", r.code)
		}
		// Establishing: a new version, reproducible, differences shown.
		r = bea.post("/cijfers/vaststellen", url.Values{"jaar": {"2026"}, "toelichting": {"jaarcijfers"}})
		if r.code != http.StatusSeeOther || !strings.HasPrefix(r.header.Get("Location"), "/cijfers/vastgesteld/") {
			t.Fatalf("establish = %d %s", r.code, r.body)
		}
		loc := r.header.Get("Location")
		r = bea.get(loc)
		if r.code != http.StatusOK || !strings.Contains(r.body, "byte voor byte gelijk") || !strings.Contains(r.body, "Geen verschillen") {
			t.Errorf("snapshot page = %d:\n%.3000s", r.code, r.body)
		}
		if r := ana.post("/cijfers/vaststellen", url.Values{"jaar": {"2026"}}); r.code != http.StatusForbidden {
			t.Errorf("analyst establishes: %d", r.code)
		}
		if r := bea.get("/cijfers?jaar=2026"); !strings.Contains(r.body, `href="`+loc+`"`) {
			t.Errorf("figures page does not list the snapshot")
		}
		// API.
		tok := e.token("bea")
		r = e.api(tok, "GET", "/api/v1/cijfers/jaar/2026?vorm=intern", nil)
		var fig struct {
			Incidents int `json:"incidenten"`
			Tables    []struct {
				ID          string `json:"id"`
				Publication bool   `json:"publicatie"`
			} `json:"tabellen"`
		}
		if err := json.Unmarshal([]byte(r.body), &fig); err != nil || fig.Incidents != 2 || len(fig.Tables) == 0 || !fig.Tables[0].Publication {
			t.Errorf("API figures = %d %v: %.500s", r.code, err, r.body)
		}
		if r := e.api(tok, "GET", "/api/v1/cijfers/vastgesteld", nil); !strings.Contains(r.body, `"versie": 1`) {
			t.Errorf("API snapshots = %s", r.body)
		}
	})
}

func TestBrowserFiguresCharts(t *testing.T) {
	e := newEnv(t, dbtest.SQLite(t), withRegistrations(t))
	ctx := browser(t)
	base := e.server.URL
	must(t, "open figures", chromedp.Do(ctx, loginSteps(base, "bea"), chromedp.Navigate(base+"/cijfers?jaar=2026"),
		chromedp.WaitVisible(css(".grafiek[data-getekend] canvas"))))
	charts, drawn := count(t, ctx, ".grafiek"), count(t, ctx, ".grafiek[data-getekend] canvas")
	if charts < 5 || drawn != charts {
		t.Errorf("%d charts, %d drawn by ECharts", charts, drawn)
	}
	ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`typeof echarts !== "undefined" && !!echarts.getInstanceByDom(document.querySelector(".grafiek"))`))
	must(t, "probe echarts", err)
	if !ok {
		t.Errorf("no ECharts instance on the first chart")
	}
	if h := text(t, ctx, "h1"); !strings.Contains(h, "Discriminatiecijfers politie 2026") {
		t.Errorf("h1 = %q", h)
	}
	if tbl := text(t, ctx, "#tabel-eenheden"); !strings.Contains(tbl, "<5") {
		t.Errorf("unit table shows %q, want <5 for the small cells", tbl)
	}
}

func init() {
	axePages = append(axePages,
		axePage{"ana", "/cijfers/odihr?jaar=2026"},
		axePage{"ana", "/cijfers/odihr?jaar=2026&indeling=delict"},
		axePage{"ana", "/eenheden/DH/rdo"},
		axePage{"rick", "/eenheden/DH/rdo?van=2026-01-01&tot=2026-12-31"},
	)
}

func TestODIHRAndRDOPages(t *testing.T) {
	e := newEnv(t, dbtest.SQLite(t), withRegistrations(t))
	ana, rick := e.login("ana"), e.login("rick")
	// Both sample incidents are insults: left out of the export, counted beside.
	r := ana.get("/cijfers/odihr?jaar=2026")
	if r.code != http.StatusOK || !strings.Contains(r.body, "0 incidenten in de export; 2 beledigingen") {
		t.Errorf("ODIHR page = %d:\n%.2000s", r.code, r.body)
	}
	if r := ana.get("/cijfers/odihr?jaar=2026&indeling=delict&formaat=csv"); !strings.Contains(r.body, "vervolgd (OM)") {
		t.Errorf("ODIHR CSV:\n%s", r.body)
	}
	if r := ana.get("/cijfers/odihr?jaar=2026&indeling=beide"); r.code != http.StatusUnprocessableEntity {
		t.Errorf("ODIHR indeling=beide = %d", r.code)
	}
	r = rick.get("/eenheden/DH/rdo")
	if r.code != http.StatusOK || !strings.Contains(r.body, codedDH) || strings.Contains(r.body, codedAM) || !strings.Contains(r.body, "Herkomst") {
		t.Errorf("RDO page = %d:\n%.2000s", r.code, r.body)
	}
	r = rick.get("/eenheden/DH/rdo?formaat=xlsx")
	if r.code != http.StatusOK || !strings.HasPrefix(r.body, "PK") {
		t.Errorf("RDO xlsx = %d", r.code)
	}
	entries, err := e.deps.Trail.List(context.Background(), access.System("t"), access.Filter{Action: access.ActionExport, Actor: "rick", Limit: 10})
	if err != nil || len(entries) != 1 || entries[0].ObjectKind != "rdo_overview" {
		t.Errorf("RDO download audit = %+v, %v", entries, err)
	}
}

func init() {
	axePages = append(axePages, axePage{"ana", "/cijfers/trends"}, axePage{"rick", "/cijfers/trends?maanden=12"}, axePage{"ana", "/cijfers/herhaling?dagen=60&minimum=2"})
}

func TestTrendsPages(t *testing.T) {
	e := newEnv(t, dbtest.SQLite(t), withRegistrations(t))
	ana := e.login("ana")
	r := ana.get("/cijfers/trends?maanden=12")
	if r.code != http.StatusOK || !strings.Contains(r.body, "Farrington") || !strings.Contains(r.body, "Per discriminatiegrond") {
		t.Errorf("trends = %d:\n%.1500s", r.code, r.body)
	}
	if r := ana.get("/cijfers/trends?maanden=2"); r.code != http.StatusUnprocessableEntity {
		t.Errorf("maanden=2: %d", r.code)
	}
	// The two sample incidents (Den Haag and Amsterdam, herkomst) are no repeat at one place.
	if r := ana.get("/cijfers/herhaling?dagen=60&minimum=2"); r.code != http.StatusOK || !strings.Contains(r.body, "Geen herhaling") {
		t.Errorf("herhaling = %d:\n%.1500s", r.code, r.body)
	}
	// Two coded incidents at one address with the same platform: a repeat of each kind.
	ctx := context.Background()
	day := func(n int) string { return time.Now().AddDate(0, 0, -n).Format("2006-01-02") }
	csv := "registratienummer,soort,eenheid,basisteam,incidentcode,omschrijving,pleegdatum,registratiedatum,gemeente,tekst,adres,platform\n" +
		"2026-HH-000001,melding,DH,Centrum,A38,Discriminatie,," + day(9) + ",Den Haag,Melder werd uitgescholden.,Lange Poten 12,Telegram\n" +
		"2026-HH-000002,melding,DH,Centrum,A38,Discriminatie,," + day(5) + ",Den Haag,Melder werd bedreigd.,Lange Poten 12,Telegram\n"
	if _, err := e.deps.Registrations.ImportReader(ctx, access.System("test"), strings.NewReader(csv), "hh.csv", registration.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	anaActor, _ := e.deps.Users.Actor(ctx, "ana")
	for _, n := range []string{"2026-HH-000001", "2026-HH-000002"} {
		if _, err := e.deps.Registrations.Decide(ctx, anaActor, n, registration.DecisionInput{Kind: catalog.DecisionDiscrimination, Articles: []string{"137c"},
			Grounds: []string{"godsdienst"}, Manifestation: "belediging", Rationale: "test"}); err != nil {
			t.Fatal(err)
		}
	}
	r = ana.get("/cijfers/herhaling?dagen=60&minimum=2")
	for _, want := range []string{"Hetzelfde adres: Lange Poten 12, Den Haag (Den Haag): 2 registraties", "Hetzelfde online platform: Telegram", "2026-HH-000002", "<td>Telegram</td>"} {
		if !strings.Contains(r.body, want) {
			t.Errorf("herhaling lacks %q:\n%.3000s", want, r.body)
		}
	}
	if strings.Contains(r.body, "Dezelfde straat") {
		t.Errorf("the street pattern repeats the address pattern")
	}
	// The API gives the same patterns.
	api := e.api(e.token("ana"), "GET", "/api/v1/cijfers/herhaling?dagen=60&minimum=2", nil)
	var got struct {
		Days    int `json:"dagen"`
		Repeats []struct {
			Kind          string `json:"soort"`
			Value         string `json:"gedeeld"`
			Registrations []struct {
				Number string `json:"registratienummer"`
			} `json:"registraties"`
		} `json:"herhalingen"`
	}
	if err := json.Unmarshal([]byte(api.body), &got); err != nil || api.code != http.StatusOK || got.Days != 60 {
		t.Fatalf("GET /api/v1/cijfers/herhaling = %d, %v: %.500s", api.code, err, api.body)
	}
	platform := false
	for _, rep := range got.Repeats {
		if rep.Value == "Telegram" && len(rep.Registrations) == 2 {
			platform = true
		}
	}
	if !platform {
		t.Errorf("the API lacks the platform repeat with two registrations: %+v", got.Repeats)
	}
	if bad := e.api(e.token("ana"), "GET", "/api/v1/cijfers/herhaling?dagen=veel", nil); bad.code != http.StatusUnprocessableEntity || !strings.Contains(bad.body, "dagen") {
		t.Errorf("a bad window = %d %s, want 422 naming dagen", bad.code, bad.body)
	}
	if r := ana.get("/registraties/2026-HH-000001"); !strings.Contains(r.body, "<dt>Adres</dt><dd>Lange Poten 12</dd>") {
		t.Errorf("registration page lacks the address:\n%.2000s", r.body)
	}
}

func init() {
	axePages = append(axePages, axePage{"bea", "/cijfers/toezeggingen"})
}

func TestCommitmentsPages(t *testing.T) {
	e := newEnv(t, dbtest.SQLite(t), withRegistrations(t))
	bea := e.login("bea")
	r := bea.get("/cijfers/toezeggingen")
	if r.code != http.StatusOK || !strings.Contains(r.body, "Motie Hermans") || !strings.Contains(r.body, "Geoormerkte middelen per jaar") {
		t.Fatalf("commitments = %d:\n%.2000s", r.code, r.body)
	}
	r = bea.post("/cijfers/toezeggingen/M-PATERNOTTE/besteding", url.Values{"jaar": {"2021"}, "besteed": {"1.400.000"}})
	if r.code != http.StatusSeeOther {
		t.Fatalf("spending = %d %s", r.code, r.body)
	}
	if r := bea.get("/cijfers/toezeggingen?formaat=csv"); !strings.Contains(r.body, `"1,5","1,4","0,1"`) {
		t.Errorf("spending not in the tables:\n%s", r.body)
	}
	if r := bea.post("/cijfers/toezeggingen/M-PATERNOTTE/status", url.Values{"status": {"afgedaan"}}); r.code != http.StatusUnprocessableEntity || !strings.Contains(r.body, "toelichting") {
		t.Errorf("status without note = %d", r.code)
	}
	if r := bea.post("/cijfers/toezeggingen/M-PATERNOTTE/status", url.Values{"status": {"afgedaan"}, "toelichting": {"Pilot afgerond"}}); r.code != http.StatusSeeOther {
		t.Errorf("status = %d %s", r.code, r.body)
	}
	if r := bea.get("/cijfers/toezeggingen"); !strings.Contains(r.body, "Pilot afgerond") {
		t.Errorf("history lacks the new status")
	}
}

func init() {
	axePages = append(axePages, axePage{"bea", "/cijfers/halfjaar?jaar=2026&helft=1"})
}

func TestHalfYearPage(t *testing.T) {
	e := newEnv(t, dbtest.SQLite(t), withRegistrations(t))
	bea := e.login("bea")
	r := bea.get("/cijfers/halfjaar?jaar=2026&helft=1")
	if r.code != http.StatusOK || !strings.Contains(r.body, "Eerste halfjaarbericht politie 2026") || !strings.Contains(r.body, "Discriminatie-incidenten in het halfjaar") ||
		!strings.Contains(r.body, "Geoormerkte middelen per jaar") {
		t.Errorf("half-year page = %d:\n%.3000s", r.code, r.body)
	}
	if r := bea.get("/cijfers/halfjaar?jaar=2026&helft=1&formaat=xlsx"); r.code != http.StatusOK || !strings.HasPrefix(r.body, "PK") {
		t.Errorf("half-year xlsx = %d", r.code)
	}
	if r := bea.get("/cijfers/halfjaar?jaar=2026&helft=7"); r.code != http.StatusUnprocessableEntity {
		t.Errorf("helft=7 = %d", r.code)
	}
}
