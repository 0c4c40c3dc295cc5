package screen

import (
	"strings"
	"testing"
)

// TestQuotedGroup: a group word inside a quotation that an utterance in the same sentence
// introduces is a strong signal (rule groep_citaat, within "citaat"); an apostrophe inside
// a word is no quotation mark, and a group word that describes one person counts no more
// in a quotation than outside one.
func TestQuotedGroup(t *testing.T) {
	lex, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	s := New(lex)
	for _, c := range []struct {
		text, explanation string // explanation "": no groep_citaat hit
	}{
		{"De verdachte riep: 'Jullie Turken moeten oprotten.' en liep weg.", "groep 'Turken' in een citaat + uiting 'riep' in één zin"},
		{"Op de muur stond met de tekst “Turken weg” geschreven.", "groep 'Turken' in een citaat + uiting 'tekst' in één zin"},
		{"Zij zei: \"Ga weg. Marokkanen horen hier niet,\" riep ze.", "groep 'Marokkanen' in een citaat + uiting 'zei' in één zin"},
		{"Hij schreef ‘die Antillianen zijn allemaal hetzelfde’ op Facebook.", "groep 'Antillianen' in een citaat + uiting 'schreef' in één zin"},
		{"Melder zei dat de Antilliaan's fiets 's avonds gestolen was.", ""},
		{"Hij zei tegen de Antilliaan dat hij zo'n m'n fiets niet mocht pakken.", ""},
		{"Melder zei letterlijk: \"Die buurman is gewoon een aardige Turkse man.\"", ""},
		{"In het gesprek noemde aangever zichzelf \"een trotse Marokkaanse Nederlander\".", ""},
		{"Hij riep 'Ga weg!' en zei dat de Turken het gedaan hadden.", ""},
	} {
		var got string
		for _, h := range s.Screen(c.text).Hits {
			if h.Term == "groep_citaat" {
				got = h.Explanation
				if h.Score < StrongScore || len(h.Parts) != 2 {
					t.Errorf("%q: groep_citaat score %d with %d parts, want >= %d with 2", c.text, h.Score, len(h.Parts), StrongScore)
				}
			}
		}
		if got != c.explanation {
			t.Errorf("%q: groep_citaat %q, want %q", c.text, got, c.explanation)
		}
	}
}

func TestQuoteSpans(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"riep: 'Turken weg' en", "Turken weg"},
		{"zei “die Antilliaan” en ‘zo’", "die Antilliaan|zo"},
		{"zo'n m'n Antilliaan's 's avonds 't", ""},
		{"riep 'Ga weg!' en \"nog meer\"", "Ga weg!|nog meer"},
		{"schreef 'open tot het eind\nvolgende regel", "open tot het eind"},
		{"riep „Turken weg” hard", "Turken weg"},
	} {
		spans := quoteSpans(c.text, nil)
		var got []string
		for i := 0; i < len(spans); i += 2 {
			got = append(got, c.text[spans[i]:spans[i+1]])
		}
		if g := strings.Join(got, "|"); g != c.want {
			t.Errorf("quoteSpans(%q) = %q, want %q", c.text, g, c.want)
		}
	}
}

func TestParseRuleQuoted(t *testing.T) {
	r, msg := parseRule([]string{"groep_citaat", "groep + uiting", "citaat", "-", "55", ""}, 1)
	if msg != "" || !r.Quoted || r.Within != 0 {
		t.Errorf("parseRule citaat: %+v, %q", r, msg)
	}
	if _, msg := parseRule([]string{"x", "groep + uiting", "citaten", "-", "55", ""}, 1); !strings.Contains(msg, "citaat") {
		t.Errorf("parseRule citaten: %q, want an error naming citaat", msg)
	}
}
