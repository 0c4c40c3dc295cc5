package web_test

import (
	"context"
	"encoding/csv"
	"html"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"stelsel/access"
	"stelsel/catalog"
	"stelsel/db"
	"stelsel/db/dbtest"
	"stelsel/registration"
)

// TestOfficerUnitListAndFollowUp is issue 7 item 14 (basisteam officer): the unit list
// counts its rows and filters on the officer's own basisteam, the registration page
// leads back to the list with its filter and shows the follow-up the decision asks, and
// the officer records what was done (audited).
func TestOfficerUnitListAndFollowUp(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		e := newEnv(t, d, withRegistrations(t))
		if _, err := e.deps.Users.Add(ctx, access.System("test"), access.NewUser{Username: "bob", Name: "Bob Schilder", Role: access.RoleOfficer,
			Units: []string{"DH"}, Team: "Schilderswijk", Password: testPassword}); err != nil {
			t.Fatal(err)
		}
		// A second coded registration of DH, in basisteam Haagse Hout, referred to an ADV.
		if _, err := e.deps.Registrations.Decide(ctx, mustActor(t, e, "ana"), uncodedDH, registration.DecisionInput{Kind: catalog.DecisionCodis,
			Articles: []string{"44bis"}, Grounds: []string{"antisemitisme"}, Indications: []string{"antisemitisme"}, Manifestation: "belediging",
			Referral: true, ADV: "Discriminatie.nl Haaglanden", Rationale: "test"}); err != nil {
			t.Fatal(err)
		}
		bob := e.login("bob")
		r := bob.get("/eenheden/DH")
		if r.code != 200 || !strings.Contains(r.body, "1 registratie van basisteam Schilderswijk") || !strings.Contains(r.body, codedDH) || strings.Contains(r.body, uncodedDH) {
			t.Errorf("the officer's unit list = %d, want the own basisteam (1 registratie) by default", r.code)
		}
		if !strings.Contains(r.body, `<option value="Schilderswijk" selected>Schilderswijk (mijn basisteam)</option>`) {
			t.Errorf("the basisteam filter does not show the own basisteam chosen")
		}
		// The downloads hold what the page shows: the own basisteam, or the whole unit.
		for _, tt := range []struct {
			page, csv string
			rows      int
		}{
			{"/eenheden/DH", "/eenheden/DH/lijst.csv?basisteam=Schilderswijk", 1},
			{"/eenheden/DH?basisteam=alle", "/eenheden/DH/lijst.csv?basisteam=alle", 2},
			{"/eenheden/DH?basisteam=Haagse+Hout", "/eenheden/DH/lijst.csv?basisteam=Haagse+Hout", 1},
		} {
			p := bob.get(tt.page)
			if !strings.Contains(html.UnescapeString(p.body), `href="`+tt.csv+`"`) {
				t.Errorf("%s does not link the download %s", tt.page, tt.csv)
			}
			recs, err := csv.NewReader(strings.NewReader(bob.get(tt.csv).body)).ReadAll()
			if err != nil || len(recs) != tt.rows+1 {
				t.Errorf("%s has %d lines (%v), want %d rows and a header", tt.csv, len(recs), err, tt.rows)
			}
		}
		if r := bob.get("/eenheden/DH?basisteam=alle"); !strings.Contains(r.body, "2 registraties.") {
			t.Errorf("the whole unit: want \"2 registraties\"")
		}
		// Without a basisteam of their own, an officer sees the whole unit.
		if r := e.login("bo").get("/eenheden/DH"); !strings.Contains(r.body, "2 registraties.") {
			t.Errorf("an officer without a basisteam: want the whole unit")
		}

		// The registration page leads back to the list with its filter.
		r = bob.get("/eenheden/DH?van=2026-01-01&basisteam=alle")
		href := "/registraties/" + uncodedDH + "?" + url.Values{"lijst": {"basisteam=alle&van=2026-01-01"}, "reden": {"eenheidslijst"}}.Encode()
		if !strings.Contains(html.UnescapeString(r.body), `href="`+href+`"`) {
			t.Fatalf("the unit list does not link %s:\n%s", href, r.body)
		}
		r = bob.get(href)
		if r.code != 200 || !strings.Contains(html.UnescapeString(r.body), `href="/eenheden/DH?basisteam=alle&van=2026-01-01" id="terug-lijst"`) ||
			strings.Contains(r.body, "Terug naar de werkbak") {
			t.Errorf("registration page = %d, want a way back to the filtered unit list", r.code)
		}
		// The follow-up follows from the decision: codis with a referral asks four tasks.
		for _, want := range []string{"Opvolging door het basisteam", "nog 4 van 4 te doen", "Te doen: Code en indicatie in BVH bij de registratie vastleggen",
			"indicatie Antisemitisme", "Te doen: Contact opnemen met het slachtoffer of de melder", "Te doen: Discriminatoir aspect in het proces-verbaal",
			"Te doen: Melder in contact brengen met de antidiscriminatievoorziening", "Discriminatie.nl Haaglanden"} {
			if !strings.Contains(r.body, want) {
				t.Errorf("registration page lacks %q", want)
			}
		}
		if r := bob.get("/registraties/" + codedDH + "?reden=eenheidslijst"); strings.Contains(r.body, "Opvolging door het basisteam") &&
			(strings.Contains(r.body, "Te doen: Melder in contact brengen") || strings.Contains(r.body, "Te doen: Discriminatoir aspect")) {
			t.Errorf("a discriminatie decision without referral asks for the ADV or the OM")
		}
		// Recording a task: back on the page, done, by whom, with the note; audited.
		r = bob.post("/registraties/"+uncodedDH+"/opvolging", url.Values{"taak": {"slachtoffer"}, "toelichting": {"melder gebeld op 4 maart"},
			"lijst": {"basisteam=alle&van=2026-01-01"}})
		if r.code != http.StatusSeeOther || !strings.Contains(r.header.Get("Location"), "lijst=basisteam") {
			t.Fatalf("record follow-up = %d -> %q", r.code, r.header.Get("Location"))
		}
		r = bob.get(r.header.Get("Location"))
		for _, want := range []string{"De opvolging van registratie " + uncodedDH + " is vastgelegd.", "Gedaan: Contact opnemen met het slachtoffer",
			"Afgevinkt door Bob Schilder (bob)", "melder gebeld op 4 maart", "nog 3 van 4 te doen", `id="terug-lijst"`} {
			if !strings.Contains(r.body, want) {
				t.Errorf("after recording, the page lacks %q", want)
			}
		}
		if r := bob.post("/registraties/"+uncodedDH+"/opvolging", url.Values{"taak": {"slachtoffer"}}); r.code != http.StatusConflict || !strings.Contains(r.body, "al afgevinkt door Bob Schilder") {
			t.Errorf("recording twice = %d, want 409 naming who did it", r.code)
		}
		if r := bob.post("/registraties/"+codedDH+"/opvolging", url.Values{"taak": {"adv"}}); r.code != http.StatusUnprocessableEntity {
			t.Errorf("a task the decision does not ask = %d, want 422", r.code)
		}
		if r := e.login("bram").post("/registraties/"+uncodedDH+"/opvolging", url.Values{"taak": {"bvh_code"}}); r.code != http.StatusNotFound {
			t.Errorf("an officer of another unit = %d, want 404", r.code)
		}
		entries, err := e.deps.Trail.List(ctx, access.System("t"), access.Filter{Actor: "bob", Action: registration.ActionFollowUpDone})
		if err != nil || len(entries) != 1 || entries[0].ObjectID != uncodedDH || !strings.Contains(entries[0].Detail, "taak=slachtoffer") {
			t.Errorf("audit of the follow-up = %+v, %v", entries, err)
		}
		// The analyst sees the follow-up read-only and keeps the way back to the queue.
		r = e.login("ana").get("/registraties/" + uncodedDH)
		if !strings.Contains(r.body, "Gedaan: Contact opnemen met het slachtoffer") || strings.Contains(r.body, `action="/registraties/`+uncodedDH+`/opvolging"`) ||
			!strings.Contains(r.body, "Terug naar de werkbak") {
			t.Errorf("the analyst's page: want the follow-up read-only and the queue link")
		}
	})
}

func init() {
	axePages = append(axePages, axePage{"bo", "/eenheden/DH?basisteam=Schilderswijk"}, axePage{"bo", "/registraties/" + codedDH + "?reden=eenheidslijst&lijst=basisteam%3Dalle"})
}
