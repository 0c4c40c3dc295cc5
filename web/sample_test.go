package web_test

import (
	"context"
	"encoding/json"
	"net/url"
	"strings"
	"testing"

	"stelsel/access"
	"stelsel/db/dbtest"
	"stelsel/registration"
	"stelsel/web"
)

// sampledCSV are registrations the screening does not flag, for the sample of March.
var sampledCSV = `registratienummer,soort,eenheid,basisteam,incidentcode,omschrijving,pleegdatum,registratiedatum,gemeente,tekst
2026-DH-900001,melding,DH,Schilderswijk,F100,Diefstal,,2026-03-05T10:00:00+01:00,Den Haag,"Fiets gestolen bij het station."
2026-DH-900002,melding,DH,Schilderswijk,F100,Overlast,,2026-03-06T10:00:00+01:00,Den Haag,"Buurman zegt dat hij niet welkom is omdat hij er anders uitziet."
2026-AM-900003,melding,AM,Oost,F100,Diefstal,,2026-03-07T10:00:00+01:00,Amsterdam,"Portemonnee uit jaszak gerold."
`

// withSample imports the unflagged registrations of sampledCSV and draws the sample of
// March 2026 (id 1) as ana, with all three in it.
func withSample(t *testing.T) func(*web.Deps) {
	return func(deps *web.Deps) {
		ctx := context.Background()
		if _, err := deps.Registrations.ImportReader(ctx, access.System("test"), strings.NewReader(sampledCSV), "steekproef.csv", registration.ImportOptions{}); err != nil {
			t.Fatal(err)
		}
		ana, err := deps.Users.Actor(ctx, "ana")
		if err != nil {
			t.Fatal(err)
		}
		if sm, err := deps.Registrations.DrawSample(ctx, ana, "2026-03", 3, "web"); err != nil || sm.ID != 1 || sm.Size != 3 {
			t.Fatalf("DrawSample = %+v, %v; want sample 1 of 3", sm, err)
		}
	}
}

func init() {
	axeSetup = append(axeSetup, withSample)
	axePages = append(axePages, axePage{"ana", "/steekproef"}, axePage{"ana", "/steekproef/1"},
		axePage{"ana", "/registraties/2026-DH-900001?terug=steekproef%3D1"})
}

// TestSampleQueue: the sample is its own queue; a sampled registration opens on the
// ordinary registration page with a link back to the sample, is decided with the
// ordinary form, and the next undecided one follows; the estimate shows on the page and
// in the API, and an invalid draw names its field.
func TestSampleQueue(t *testing.T) {
	e := newEnv(t, dbtest.SQLite(t), withRegistrations(t), withSample(t))
	c := e.login("ana")
	r := c.get("/steekproef/1")
	if r.code != 200 || !strings.Contains(r.body, "2026-DH-900002") || !strings.Contains(r.body, "nog niet beoordeeld") {
		t.Fatalf("GET /steekproef/1 = %d:\n%s", r.code, r.body)
	}
	var d registration.SampleDetail
	if r := e.api(e.token("ana"), "GET", "/api/v1/steekproeven/1", nil); r.code != 200 || json.Unmarshal([]byte(r.body), &d) != nil || len(d.Items) != 3 {
		t.Fatalf("GET /api/v1/steekproeven/1 = %d %s", r.code, r.body)
	}
	first := d.Items[0].Number
	back := url.Values{"steekproef": {"1"}}.Encode()
	page := c.get("/registraties/" + first + "?" + url.Values{"terug": {back}, "reden": {"inzage via steekproef"}}.Encode())
	if page.code != 200 || !strings.Contains(page.body, `href="/steekproef/1" id="terug">← Terug naar de steekproef`) {
		t.Fatalf("sampled registration page = %d, lacks the link back to the sample:\n%s", page.code, page.body)
	}
	r = c.post("/registraties/"+first+"/beoordeling", url.Values{"soort": {"discriminatie"}, "artikelen": {"137c"}, "gronden": {"herkomst"},
		"verschijningsvorm": {"uitsluiting"}, "motivering": {"Gemist: uitsluiting om uiterlijk."}, "terug": {back}})
	loc := r.header.Get("Location")
	if r.code != 303 || !strings.HasPrefix(loc, "/registraties/"+d.Items[1].Number+"?") || !strings.Contains(loc, "steekproef%3D1") {
		t.Fatalf("decision in the sample = %d to %q, want the next sampled registration %s", r.code, loc, d.Items[1].Number)
	}
	var list struct {
		Samples []registration.Sample `json:"steekproeven"`
	}
	if r := e.api(e.token("ana"), "GET", "/api/v1/steekproeven", nil); r.code != 200 || json.Unmarshal([]byte(r.body), &list) != nil || len(list.Samples) != 1 {
		t.Fatalf("GET /api/v1/steekproeven = %d %s", r.code, r.body)
	}
	if est := list.Samples[0].Estimate; est.Decided != 1 || est.Found != 1 || est.MissRate == nil || est.MissRate.Value != 1 {
		t.Errorf("estimate after one decision = %+v, want 1 of 1 missed", est)
	}
	// The public algorithm card states the estimate.
	if r := e.anonymous().get("/algoritme.json"); r.code != 200 || !strings.Contains(r.body, "van 1 beoordeelde niet-gemarkeerde registraties bleken er 1 discriminatoir") ||
		!strings.Contains(r.body, `"steekproef"`) {
		t.Errorf("/algoritme.json lacks the sampled estimate:\n%s", r.body)
	}
	if r := c.get("/steekproef"); !strings.Contains(r.body, "100,0%") {
		t.Errorf("/steekproef does not show the miss rate of 100,0%%:\n%s", r.body)
	}
	if r := c.post("/steekproef", url.Values{"periode": {"2026-03"}, "omvang": {"3"}}); r.code != 409 || !strings.Contains(r.body, "al een steekproef") {
		t.Errorf("second draw for 2026-03 = %d:\n%s", r.code, r.body)
	}
	if r := c.post("/steekproef", url.Values{"periode": {"2026-04"}, "omvang": {"veel"}}); r.code != 422 || !strings.Contains(r.body, `id="fout-omvang"`) {
		t.Errorf("draw with a bad size = %d:\n%s", r.code, r.body)
	}
	if r := e.api(e.token("ana"), "POST", "/api/v1/steekproeven", map[string]any{"periode": "2026-02", "omvang": 5}); r.code != 422 || !strings.Contains(r.body, "periode") {
		t.Errorf("API draw of an empty month = %d %s", r.code, r.body)
	}
}
