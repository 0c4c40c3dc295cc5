package web_test

import (
	"bytes"
	"context"
	"log/slog"
	"net/url"
	"strings"
	"testing"
	"time"

	"stelsel/access"
	"stelsel/db"
	"stelsel/db/dbtest"
	"stelsel/desk"
	"stelsel/web"
)

func withDesks(deps *web.Deps) { deps.Desks = desk.NewService(deps.DB, deps.Trail, nil, time.Now) }

var deskRoles = []string{"ana", "bo", "beheer", ""}

var deskMatrix = []struct {
	method, path string
	form         url.Values
	want         [4]int
}{
	{"GET", "/loketten", nil, [4]int{200, 200, 200, 303}},
	{"GET", "/loketten/wijzer", nil, [4]int{200, 200, 200, 303}},
	{"GET", "/loketten/wijzer?onderwerp=omgang&behoefte=praten&leidinggevende=ja", nil, [4]int{200, 200, 200, 303}},
	{"GET", "/loketten/nieuw", nil, [4]int{403, 403, 200, 303}},
	{"POST", "/loketten", url.Values{"code": {"x"}}, [4]int{403, 403, 422, 401}},
	{"GET", "/loketten/adv", nil, [4]int{200, 200, 200, 303}},
	{"GET", "/loketten/bestaat_niet", nil, [4]int{404, 404, 404, 303}},
	{"GET", "/loketten/adv/bewerken", nil, [4]int{403, 403, 200, 303}},
	{"POST", "/loketten/adv", url.Values{"naam": {""}}, [4]int{403, 403, 422, 401}},
	{"GET", "/api/v1/loketten", nil, [4]int{200, 200, 200, 401}},
	{"GET", "/api/v1/loketten/adv", nil, [4]int{200, 200, 200, 401}},
	{"POST", "/api/v1/loketten/adv", nil, [4]int{403, 403, 422, 401}},
}

func init() {
	for _, r := range deskMatrix {
		otherMatrices = append(otherMatrices, [2]string{r.method, r.path})
	}
	publicRoutes = append(publicRoutes, "GET /loketten/publiek")
	axeSetup = append(axeSetup, func(t *testing.T) func(*web.Deps) { return withDesks })
	axePages = append(axePages, axePage{"", "/loketten/publiek"}, axePage{"bo", "/loketten"}, axePage{"bo", "/loketten/wijzer"},
		axePage{"bo", "/loketten/wijzer?onderwerp=omgang&behoefte=melden&leidinggevende=ja&anoniem=ja&eenheid=AM"},
		axePage{"bo", "/loketten/sociaal_loket"}, axePage{"beheer", "/loketten/adv/bewerken"}, axePage{"beheer", "/loketten/nieuw"})
}

func TestDeskMatrix(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		e := newEnv(t, d, withDesks)
		for col, role := range deskRoles {
			c, token := e.anonymous(), ""
			if role != "" {
				c, token = e.login(role), e.token(role)
			}
			for _, rt := range deskMatrix {
				var r response
				switch {
				case strings.HasPrefix(rt.path, "/api/") && rt.method == "POST":
					r = e.api(token, rt.method, rt.path, map[string]any{"basis_versie": 1})
				case strings.HasPrefix(rt.path, "/api/"):
					r = e.api(token, rt.method, rt.path, nil)
				case rt.method == "POST":
					r = c.post(rt.path, rt.form)
				default:
					r = c.get(rt.path)
				}
				if r.code != rt.want[col] {
					t.Errorf("%s: %s %s = %d, want %d\n%.300s", roleName(role), rt.method, rt.path, r.code, rt.want[col], r.body)
				}
			}
		}
		r := e.anonymous().get("/loketten/publiek")
		if r.code != 200 || !strings.Contains(r.body, "Huis voor Klokkenluiders") || strings.Contains(r.body, "Sociaal Loket") {
			t.Errorf("public desks = %d\n%.500s", r.code, r.body)
		}
	})
}

func TestDeskEditKeepsVersions(t *testing.T) {
	e := newEnv(t, dbtest.SQLite(t), withDesks)
	admin := e.login("beheer")
	form := url.Values{"basis_versie": {"1"}, "naam": {"Antidiscriminatievoorziening (ADV)"}, "waarvoor": {"Regionaal meldpunt."},
		"themas": {"discriminatie"}, "behoeften": {"melden"}, "vertrouwelijkheid": {"onafhankelijk"}, "anoniem": {"1"},
		"wat_gebeurt_er": {"Registreert."}, "bereikbaar": {"www.discriminatie.nl"}, "intern": {"nee"}, "notitie": {"korter"}}
	if r := admin.post("/loketten/adv", form); r.code != 303 {
		t.Fatalf("edit = %d\n%.500s", r.code, r.body)
	}
	if r := admin.post("/loketten/adv", form); r.code != 409 || !strings.Contains(r.body, "intussen gewijzigd") {
		t.Errorf("edit on a stale version = %d\n%.500s", r.code, r.body)
	}
	r := admin.get("/loketten/adv")
	if !strings.Contains(r.body, "korter") || !strings.Contains(r.body, "startinhoud") {
		t.Errorf("desk page lacks a version:\n%.1500s", r.body)
	}
}

// TestGuideStoresNothing checks that the answers of the guide reach no log, no audit
// entry and no table: the audit trail says only that the guide was opened.
func TestGuideStoresNothing(t *testing.T) {
	var buf bytes.Buffer
	e := newEnv(t, dbtest.SQLite(t), withDesks, func(d *web.Deps) { d.Logger = slog.New(slog.NewTextHandler(&buf, nil)) })
	bo := e.login("bo")
	if r := bo.get("/loketten/wijzer"); r.code != 200 || !strings.Contains(r.body, "slaan wij niet op") {
		t.Fatalf("guide = %d\n%.500s", r.code, r.body)
	}
	r := bo.get("/loketten/wijzer?onderwerp=omgang&behoefte=bescherming&leidinggevende=ja&anoniem=ja&eenheid=AM")
	if r.code != 200 || !strings.Contains(r.body, "Vertrouwenspersoon ongewenste omgangsvormen") || !strings.Contains(r.body, `id="vergelijking"`) {
		t.Fatalf("guide answer = %d\n%.2000s", r.code, r.body)
	}
	if strings.Contains(r.body, `<th scope="col">Uw leidinggevende</th>`) {
		t.Errorf("the guide proposes the manager when it concerns the manager")
	}
	for _, secret := range []string{"onderwerp", "omgang", "bescherming", "leidinggevende=ja"} {
		if strings.Contains(buf.String(), secret) {
			t.Errorf("request log holds %q:\n%s", secret, buf.String())
		}
	}
	entries, err := e.deps.Trail.List(context.Background(), access.System("t"), access.Filter{Actor: "bo", Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	opened := 0
	for _, x := range entries {
		if strings.Contains(x.Detail+x.ObjectID+x.Reason, "omgang") || strings.Contains(x.Detail, "bescherming") {
			t.Errorf("audit entry holds an answer: %+v", x)
		}
		if x.ObjectKind == "desk_guide" {
			opened++
		}
	}
	if opened != 1 {
		t.Errorf("guide opened %d times in the audit trail, want 1", opened)
	}
}
