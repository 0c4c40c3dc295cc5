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
		if mm := card["methods_and_models"].(string); !strings.Contains(mm, "Het model zwakt ook af") || !strings.Contains(mm, "samen -4 of minder") {
			t.Errorf("methods_and_models does not say when the text model lowers a strong signal: %q", mm)
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

// TestLexiconPrecision: the lexicon page and API show, per term and rule, how often its
// registrations were decided discriminatory, with a Wilson interval.
func TestLexiconPrecision(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		e := newEnv(t, d, withRegistrations(t))
		r := e.api(e.token("ana"), "GET", "/api/v1/lexicon", nil)
		var p struct {
			Entries []struct {
				Term      string `json:"term"`
				Precision *struct {
					Decided   int     `json:"beoordeeld"`
					Confirmed int     `json:"discriminatoir"`
					Low       float64 `json:"ondergrens"`
					High      float64 `json:"bovengrens"`
				} `json:"precisie"`
			} `json:"kernwoorden"`
			Rules []struct {
				Name   string `json:"regel"`
				Within string `json:"binnen"`
				Cap    bool   `json:"afzwakking"`
			} `json:"regels"`
		}
		if err := json.Unmarshal([]byte(r.body), &p); err != nil || r.code != 200 {
			t.Fatalf("GET /api/v1/lexicon = %d, %v", r.code, err)
		}
		measured := 0
		for _, en := range p.Entries {
			if en.Precision != nil {
				measured++
				if en.Precision.Decided < 1 || en.Precision.Confirmed != en.Precision.Decided || en.Precision.Low <= 0 {
					t.Errorf("precision of %s = %+v, want decided and confirmed", en.Term, en.Precision)
				}
			}
		}
		if measured == 0 || len(p.Rules) == 0 {
			t.Errorf("lexicon API: %d terms with a precision, %d rules; want both", measured, len(p.Rules))
		}
		for _, ru := range p.Rules {
			if ru.Name == "groep_citaat" && ru.Within != "citaat" || ru.Name == "beleid_duiding" && !ru.Cap {
				t.Errorf("lexicon API rule %+v: want groep_citaat within citaat and beleid_duiding capping", ru)
			}
		}
		page := e.login("ana").get("/lexicon")
		if page.code != 200 || !strings.Contains(page.body, "100% van 1") || !strings.Contains(page.body, "Combinatieregels") ||
			!strings.Contains(page.body, "hoogstens 30 (afzwakking)") {
			t.Errorf("lexicon page lacks the precision or the rules:\n%.300s", page.body)
		}
	})
}
