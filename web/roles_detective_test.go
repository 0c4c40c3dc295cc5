package web_test

import (
	"context"
	"html"
	"net/http"
	"strings"
	"testing"

	"stelsel/access"
	"stelsel/db"
	"stelsel/db/dbtest"
	"stelsel/registration"
)

// TestDetectiveFindsUnitRegistrations is issue 7 item 14 (detective): the unit's
// registrations by number or text, and the unit's queue in every status, read-only.
func TestDetectiveFindsUnitRegistrations(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		e := newEnv(t, d, withRegistrations(t))
		const quiet = "2026-DH-000005" // never flagged
		csv := "registratienummer,soort,eenheid,basisteam,incidentcode,omschrijving,pleegdatum,registratiedatum,gemeente,tekst\n" +
			quiet + ",aangifte,DH,Delft,B200,Fietsendiefstal,2026-03-05,2026-03-05T10:00:00+01:00,Delft,\"Fiets gestolen bij het station.\"\n"
		if res, err := e.deps.Registrations.ImportReader(ctx, access.System("test"), strings.NewReader(csv), "extra.csv", registration.ImportOptions{}); err != nil || res.Flagged != 0 {
			t.Fatalf("import = %+v, %v", res, err)
		}
		rick := e.login("rick")
		if r := rick.get("/eenheden/DH"); !strings.Contains(r.body, `href="/eenheden/DH/registraties" id="registraties-zoeken"`) {
			t.Errorf("the unit list does not lead the detective to the unit's registrations")
		}
		r := rick.get("/eenheden/DH/registraties")
		if r.code != 200 || !strings.Contains(r.body, "(3 registraties)") || !strings.Contains(r.body, codedDH) || !strings.Contains(r.body, uncodedDH) ||
			strings.Contains(r.body, codedAM) || strings.Contains(r.body, quiet) {
			t.Errorf("the unit's queue = %d, want the 3 flagged registrations of DH", r.code)
		}
		// Read-only: nothing on the page changes anything.
		if strings.Contains(r.body, `method="post" action="/werkbak`) || strings.Contains(r.body, `name="nummers"`) {
			t.Errorf("the detective's view has decision controls")
		}
		for _, tt := range []struct {
			query string
			want  []string
			not   []string
		}{
			{"zoek=KANKERJOOD", []string{uncodedDH, "(1 registratie)"}, []string{codedDH, xssDH}},
			{"zoek=" + codedDH, []string{codedDH, "(1 registratie)"}, []string{uncodedDH}},
			{"zoek=" + quiet, []string{quiet, "niet gemarkeerd"}, nil},
			{"zoek=fiets", []string{"Geen registraties gevonden.", "(0 registraties)"}, []string{quiet}}, // text only among flagged ones
			{"status=beoordeeld", []string{codedDH, "(1 registratie)"}, []string{uncodedDH}},
			{"zoek=50%25", []string{"(0 registraties)"}, nil}, // a wildcard is a character
		} {
			r := rick.get("/eenheden/DH/registraties?" + tt.query)
			for _, w := range tt.want {
				if !strings.Contains(r.body, w) {
					t.Errorf("?%s lacks %q", tt.query, w)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(r.body, n) {
					t.Errorf("?%s shows %q", tt.query, n)
				}
			}
		}
		if r := rick.get("/eenheden/DH/registraties?positie=1"); !strings.Contains(r.body, "2–3 van 3") || !strings.Contains(r.body, "Vorige pagina") {
			t.Errorf("the second page lacks its position or the way back")
		}
		// A found registration opens read-only and leads back to the search.
		r = rick.get("/eenheden/DH/registraties?zoek=kankerjood")
		body := html.UnescapeString(r.body)
		i := strings.Index(body, `href="/registraties/`+uncodedDH+"?")
		if i < 0 {
			t.Fatalf("no link to %s", uncodedDH)
		}
		href := body[i+6 : i+6+strings.Index(body[i+6:], `"`)]
		r = rick.get(href)
		if r.code != 200 || strings.Contains(r.body, `id="beslissing"`) || !strings.Contains(html.UnescapeString(r.body), `href="/eenheden/DH/registraties?zoek=kankerjood" id="terug-lijst"`) {
			t.Errorf("found registration = %d, want read-only with a way back to the search:\n%s", r.code, r.body)
		}
		// The API answers the same search.
		if r := e.api(e.token("rick"), "GET", "/api/v1/eenheden/DH/registraties?zoek=kankerjood", nil); r.code != 200 ||
			!strings.Contains(r.body, `"totaal": 1,`) || !strings.Contains(r.body, uncodedDH) {
			t.Errorf("API search = %d %s", r.code, r.body)
		}
		// The permission table decides: another unit is missing, the officer has no access.
		if r := rick.get("/eenheden/AM/registraties"); r.code != http.StatusNotFound {
			t.Errorf("another unit = %d, want 404", r.code)
		}
		if r := e.login("bo").get("/eenheden/DH/registraties"); r.code != http.StatusForbidden {
			t.Errorf("the officer = %d, want 403", r.code)
		}
		entries, err := e.deps.Trail.List(ctx, access.System("t"), access.Filter{Actor: "rick", ObjectKind: "registration_search", Action: access.ActionView, Limit: 100})
		if err != nil || len(entries) < 8 || !strings.Contains(entries[len(entries)-1].Detail, "regels=3 van 3") {
			t.Errorf("searches audited: %d, %v", len(entries), err)
		}
		found := false
		for _, x := range entries {
			found = found || strings.Contains(x.Detail, `zoek="KANKERJOOD"`)
		}
		if !found {
			t.Errorf("the audit does not name the search terms")
		}
	})
}

func init() {
	axePages = append(axePages, axePage{"rick", "/eenheden/DH/registraties"}, axePage{"rick", "/eenheden/DH/registraties?zoek=kankerjood"},
		axePage{"ana", "/eenheden/DH/registraties?status=beoordeeld"})
}
