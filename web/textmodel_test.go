package web_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"stelsel/access"
	"stelsel/db/dbtest"
	"stelsel/registration"
)

// TestTextModelShown: a registration that only the lexicon's text model flags shows the
// model's explanation on its page, and the lexicon page and API describe the model.
func TestTextModelShown(t *testing.T) {
	e := newEnv(t, dbtest.SQLite(t), withRegistrations(t))
	const number = "PL1500-2026000777"
	csv := "registratienummer,soort,eenheid,basisteam,incidentcode,omschrijving,pleegdatum,registratiedatum,gemeente,tekst\n" +
		number + ",melding,DH,Schilderswijk,F100,Weigering,2026-03-05,2026-03-05T23:10:00,Den Haag," +
		`"De portier keek naar de huid van melder en zei tegen hem: vanavond niet, vriend. Zijn vrienden mochten wel naar binnen."` + "\n"
	res, err := e.deps.Registrations.ImportReader(context.Background(), access.System("test"), strings.NewReader(csv), "model.csv", registration.ImportOptions{})
	if err != nil || res.Flagged != 1 {
		t.Fatalf("import = %+v, %v; want 1 flagged", res, err)
	}
	ana := e.login("ana")
	r := ana.get("/registraties/" + number)
	if r.code != 200 || !strings.Contains(r.body, "tekstmodel: kans") || !strings.Contains(r.body, "tekstmodel (gewogen woorden)") {
		t.Errorf("GET /registraties/%s = %d, without the model's explanation:\n%s", number, r.code, between(r.body, `id="treffers"`, 800))
	}
	lex := ana.get("/lexicon")
	if lex.code != 200 || !strings.Contains(lex.body, `id="tekstmodel"`) || !strings.Contains(lex.body, "Zwaarst wegende woorden") {
		t.Errorf("GET /lexicon = %d, without the text model", lex.code)
	}
	// Numbers the Dutch way: the threshold 0,80 and the chance from which a hit beside a
	// term is a strong signal, 0,97.
	if !strings.Contains(lex.body, "ten minste 0,80 is") || !strings.Contains(lex.body, "ten minste 0,97;") {
		t.Error("the lexicon page does not give the model's threshold and strong chance with a decimal comma")
	}
	// The counterweight of the built-in model: the page says when the model lowers.
	if !strings.Contains(lex.body, "Het zwakt een sterk signaal af tot 45") || !strings.Contains(lex.body, "samen -4,00 of minder wegen") {
		t.Errorf("the lexicon page does not say when the model lowers a strong signal:\n%s", between(lex.body, `id="tekstmodel"`, 1200))
	}
	api := e.api(e.token("ana"), "GET", "/api/v1/lexicon", nil)
	var body struct {
		Model *struct {
			Words int `json:"woorden"`
			For   []struct {
				Name   string  `json:"kenmerk"`
				Weight float64 `json:"gewicht"`
			} `json:"zwaarst_voor"`
			Hits    int     `json:"treffers"`
			Counter float64 `json:"tegenwicht"`
		} `json:"tekstmodel"`
	}
	if err := json.Unmarshal([]byte(api.body), &body); err != nil || body.Model == nil {
		t.Fatalf("GET /api/v1/lexicon = %d, %v: no tekstmodel in %.300s", api.code, err, api.body)
	}
	if e.deps.Lexicon.Model() == nil || body.Model.Words != len(e.deps.Lexicon.Model().Features()) || len(body.Model.For) == 0 || body.Model.Hits < 1 ||
		body.Model.Counter != -4 {
		t.Errorf("tekstmodel %+v", body.Model)
	}
}
