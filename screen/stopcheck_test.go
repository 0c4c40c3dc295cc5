package screen

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestStopCheck: the fast scan goes on past what the exact matcher would make nothing of
// (runs it does not count, class terms inside ordinary words), and still stops where the
// exact matcher finds something; either way Screen equals the reference.
func TestStopCheck(t *testing.T) {
	lex, err := LoadLexicon(strings.NewReader(header+
		"pools\tword\therkomst\tweak\n"+
		"apen\tword\therkomst\tweak\t\t\t\tontmenselijking\n"+
		"vrouwen\tword\tgeslacht\tcontext\t\t\t\tgroep\n"+
		"haat\tword\t-\tframe\t\t\t\tvijandig\n"+
		"dood\tword\t-\tcontext\t\t\t\tdreiging\n"+
		"zwarte mensen\tphrase\therkomst\tweak\t\t\t\tgroep\n"+
		"rule\tparts\twithin\tgrounds\tscore\tnote\n"+
		"groep_vijandig\tgroep + vijandig\tzin\t-\t70\n"+
		"groep_ontmenselijking\tgroep + ontmenselijking\tzin\t-\t75\n"+
		"groep_dreiging\tgroep + dreiging\tzin\t-\t80\n"), "stop.tsv")
	if err != nil {
		t.Fatal(err)
	}
	s := New(lex)
	tests := []struct {
		text string
		skip bool // the stopCheck lets the fast scan go on past every stop
	}{
		{"Hij had een gebroken pols en ging naar huis.", true}, // "pols" for "pools"
		{"De wapens lagen in de kast.", true},                  // "apen" inside "wapens"
		{"Ze bekeken de apenkooi.", true},                      // "apen" before a word that is no glue
		{"Hij haat alle Pools mensen.", false},                 // a term, not a run
		{"ikhaatvrouwen", false},                               // a run-together class term
		{"alle vrouwenmoetendood.", false},                     // run together with glue words
		{"De p00ls en de w4pens.", false},                      // digits: the exact matcher decides
		{"De wäpens.", false},                                  // non-ASCII next to it
		{"x y z wapens a b c", true},                           // one-letter words away from the stop
		{"a p e n", false},                                     // spaced letters
		{"zwarte mensen", false},                               // a phrase
		{"zwartemensendood", false},                            // a phrase run together
	}
	for _, tt := range tests {
		plain := s.auto.candidateSegments(tt.text, nil)
		checked := s.auto.segments(tt.text, nil, &stopCheck{s: s})
		if len(plain) == 0 {
			t.Errorf("candidateSegments(%q) = none, the test wants a stop", tt.text)
		}
		if got := len(checked) == 0; got != tt.skip {
			t.Errorf("segments(%q) with a stopCheck = %v, want skipped %v", tt.text, checked, tt.skip)
		}
		if diff := cmp.Diff(referenceScreen(s, tt.text), s.Screen(tt.text)); diff != "" {
			t.Errorf("Screen(%q) differs from the reference (-reference +Screen):\n%s", tt.text, diff)
		}
	}
	if got := s.auto.segments("De wapens. Zwarte mensen haat ik.", nil, &stopCheck{s: s}); !slices.Contains(got, 10) {
		t.Errorf("segments after a rejected stop = %v, miss the next sentence (10)", got)
	}
}
