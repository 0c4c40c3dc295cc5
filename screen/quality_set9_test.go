package screen

import "testing"

// The ninth HateCheck-style set (screen/testdata/genhc9.py), written by another hand than
// the lexicon's and without reading it: 1,104 statements about 25 groups, 45% of the
// hateful ones with one of seven spelling tricks, a quarter not hateful (negation,
// counter-speech, neutral and positive mentions, texts without a group). The held-out
// part was split off by SHA-256 before anything was measured, and only its summary
// figures were read.
var set9Files = []string{"testdata/hatecheck-dev9.tsv", "testdata/hatecheck-heldout9.tsv"}

func init() {
	issue11Shortfalls = append(issue11Shortfalls,
		// Before tuning: development 83.4% at flagged (76.2% at >= 50), held-out 79.1%
		// (64.3%); texts without a group flagged 2.9% and 4.3%. After the hc9 terms
		// (separable and sarcastic hostility: "ik steek elke X neer", "niemand zit op X te
		// wachten", "laten we nog meer X binnenhalen", "geen medelijden", "eens flink
		// aanpakken") and @ read as any vowel inside a word: 94.9% / 86.1%. Left: single
		// people as the whole group without a verb ("meer waard dan een vrouw"), sarcasm
		// over two sentences ("weer een blinde in de straat. Daar zaten we op te
		// wachten"), a letter dropped or doubled in a short slur or a group word inside a
		// phrase ("een dve hoort", "jongerre"), and for the held-out part the groups and
		// tricks below.
		shortfall{"testdata/hatecheck-dev9.tsv", "antillianen", 0.817},
		shortfall{"testdata/hatecheck-dev9.tsv", "doven", 0.845},
		shortfall{"testdata/hatecheck-dev9.tsv", "scheldwoord-verdubbeld", 0.499},
		shortfall{"testdata/hatecheck-dev9.tsv", "scheldwoord-weggelaten", 0.570},
		shortfall{"testdata/hatecheck-heldout9.tsv", "recall", 0.860},
		shortfall{"testdata/hatecheck-heldout9.tsv", "biseksuelen", 0.832},
		shortfall{"testdata/hatecheck-heldout9.tsv", "blinden", 0.726},
		shortfall{"testdata/hatecheck-heldout9.tsv", "christenen", 0.599},
		shortfall{"testdata/hatecheck-heldout9.tsv", "doven", 0.666},
		shortfall{"testdata/hatecheck-heldout9.tsv", "gehandicapten", 0.845},
		shortfall{"testdata/hatecheck-heldout9.tsv", "joden", 0.785},
		shortfall{"testdata/hatecheck-heldout9.tsv", "jongeren", 0.832},
		shortfall{"testdata/hatecheck-heldout9.tsv", "lesbiennes", 0.811},
		shortfall{"testdata/hatecheck-heldout9.tsv", "moslima", 0.832},
		shortfall{"testdata/hatecheck-heldout9.tsv", "roma", 0.699},
		shortfall{"testdata/hatecheck-heldout9.tsv", "scheldwoord-spaties", 0.666},
		shortfall{"testdata/hatecheck-heldout9.tsv", "scheldwoord-weggelaten", -0.001},
		shortfall{"testdata/hatecheck-heldout9.tsv", "verwisseld", 0.768},
		shortfall{"testdata/hatecheck-heldout9.tsv", "vrouwen", 0.599},
		shortfall{"testdata/hatecheck-heldout9.tsv", "weggelaten", 0.749},
		shortfall{"testdata/hatecheck-heldout9.tsv", "zwarten", 0.845},
	)
}

// TestNinthSets holds the ninth sets to the goals of issue 11, a known shortfall to the
// figure it reached.
func TestNinthSets(t *testing.T) {
	s := defaultScreener(t)
	for _, file := range set9Files {
		checkHateCheckGoals(t, file, measureFile(t, s, file))
	}
}
