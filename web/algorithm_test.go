package web_test

import (
	"encoding/json"
	"strings"
	"testing"

	"stelsel/db"
	"stelsel/db/dbtest"
)

// TestAlgorithmCard: the algorithm card is public (no login), holds no case data, and is
// filled live: the lexicon in use, the review load and the precision per ground measured
// from the analysts' decisions, in the keys of the publicatiestandaard 1.0.0.
func TestAlgorithmCard(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		e := newEnv(t, d, withRegistrations(t))
		c := e.anonymous()
		page := c.get("/algoritme")
		if page.code != 200 || !strings.Contains(page.body, e.deps.Lexicon.Version()) || !strings.Contains(page.body, "Bekende beperkingen") {
			t.Fatalf("GET /algoritme = %d, want 200 with the lexicon version and the known limits:\n%.500s", page.code, page.body)
		}
		r := c.get("/algoritme.json")
		if r.code != 200 {
			t.Fatalf("GET /algoritme.json = %d %s", r.code, r.body)
		}
		for _, body := range []string{page.body, r.body} {
			for _, number := range []string{codedDH, uncodedDH, codedAM, xssDH} {
				if strings.Contains(body, number) {
					t.Errorf("the algorithm card shows registration %s", number)
				}
			}
		}
		var card map[string]any
		if err := json.Unmarshal([]byte(r.body), &card); err != nil {
			t.Fatal(err)
		}
		for _, key := range []string{"name", "description_short", "organization", "status", "contact_email", "publication_category",
			"goal", "proportionality", "human_intervention", "risks", "lawful_basis", "source_data", "methods_and_models", "lang", "standard_version"} {
			if s, _ := card[key].(string); s == "" {
				t.Errorf("card[%q] = %v, want a text", key, card[key])
			}
		}
		if card["standard_version"] != "1.0.0" || card["lang"] != "nld" || len(card["description_short"].(string)) > 350 || len(card["name"].(string)) > 100 {
			t.Errorf("card version %v, lang %v, description %d chars, name %d chars", card["standard_version"], card["lang"],
				len(card["description_short"].(string)), len(card["name"].(string)))
		}
		var m struct {
			Metingen struct {
				Lexicon string `json:"lexicon"`
				Cijfers struct {
					Flagged   int `json:"gemarkeerd"`
					Precision []struct {
						Ground    string  `json:"grond"`
						Decided   int     `json:"beoordeeld"`
						Confirmed int     `json:"discriminatoir"`
						Low       float64 `json:"ondergrens"`
					} `json:"precisie_per_grond"`
				} `json:"cijfers"`
			} `json:"metingen"`
		}
		json.Unmarshal([]byte(r.body), &m)
		if m.Metingen.Lexicon != e.deps.Lexicon.Version() || m.Metingen.Cijfers.Flagged != 4 {
			t.Errorf("metingen = %+v, want lexicon %s and 4 flagged", m.Metingen, e.deps.Lexicon.Version())
		}
		found := false
		for _, p := range m.Metingen.Cijfers.Precision {
			if p.Ground == "herkomst" {
				found = p.Decided >= 1 && p.Confirmed == p.Decided && p.Low > 0 && p.Low < 1
			}
		}
		if !found || !strings.Contains(card["risks"].(string), "herkomst 100%") {
			t.Errorf("precision per ground = %+v, risks %q; want herkomst decided and confirmed", m.Metingen.Cijfers.Precision, card["risks"])
		}
	})
}
