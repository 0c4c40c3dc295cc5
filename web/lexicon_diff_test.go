package web

import (
	"slices"
	"strings"
	"testing"

	"stelsel/screen"
)

// TestLexiconDiffRules: a rule whose window or kind of score changes is listed as changed
// ("zin" to "citaat" or "tekst", 30 to "max 30"), as a change of its number of words is.
func TestLexiconDiffRules(t *testing.T) {
	load := func(within, score string) *screen.Lexicon {
		t.Helper()
		src := "term\tmode\tgrounds\tstrength\texceptions\tfuzzy\tnote\tclass\n" +
			"turken\tword\therkomst\tcontext\t\tno\t\tgroep\n" +
			"geweigerd\tword\t-\tframe\t\tno\t\tuitsluiting\n" +
			"rule\tparts\twithin\tgrounds\tscore\tnote\n" +
			"groep_uitsluiting\tgroep + uitsluiting\t" + within + "\t-\t" + score + "\n"
		lex, err := screen.LoadLexicon(strings.NewReader(src), "diff.tsv")
		if err != nil {
			t.Fatal(err)
		}
		return lex
	}
	cur := load("zin", "30")
	for _, next := range []*screen.Lexicon{load("citaat", "30"), load("3", "30"), load("zin", "max 30")} {
		if _, _, changed := lexiconDiff(cur, next); !slices.Contains(changed, "regel groep_uitsluiting") {
			t.Errorf("lexiconDiff to %+v: changed %v, want the rule", next.Rules()[0], changed)
		}
	}
	if added, removed, changed := lexiconDiff(cur, load("zin", "30")); len(added)+len(removed)+len(changed) != 0 {
		t.Errorf("lexiconDiff of the same lexicon: %v %v %v", added, removed, changed)
	}
}
