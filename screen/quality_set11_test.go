package screen

import "testing"

// The eleventh sets, written by two other hands than the lexicon's and without reading it:
// HateCheck-style statements (screen/testdata/genhc11.py: 981 about 25 groups, exactly one
// spelling trick in 300 of the 690 hateful ones, 138 without a protected group) and
// realistic registrations (gendev11.py: 442, 182 discriminatory, the neutral ones of nine
// everyday kinds). The held-out parts were split off by SHA-256 before anything was
// measured, and only their summary figures were read.
var set11Files = []string{"testdata/hatecheck-dev11.tsv", "testdata/hatecheck-heldout11.tsv",
	"testdata/registrations-dev11.tsv", "testdata/registrations-heldout11.tsv"}

func init() {
	issue11Shortfalls = append(issue11Shortfalls,
		// As the lexicon stood (d9300bf): development 84.0% at flagged (71.6% at >= 50),
		// neutral 29.6% / 19.4%; held-out 77.9% (65.7%), neutral 25.9% / 15.3%. After the
		// hc11 terms (slurs, "zwakbegaafde", exclusion frames): development 87.9% / 75.5%,
		// held-out 78.4% / 66.2%, no neutral text more. Left: singular generic statements
		// ("Een Aziaat kan niet autorijden"), sarcasm ("Wat een aanwinst, een ..."), group
		// words run together with the word before ("eenPool") and, for the held-out part,
		// the groups and tricks below.
		shortfall{"testdata/hatecheck-dev11.tsv", "recall", 0.878},
		shortfall{"testdata/hatecheck-dev11.tsv", "aaneen", 0.758},
		shortfall{"testdata/hatecheck-dev11.tsv", "biseksuelen", 0.761},
		shortfall{"testdata/hatecheck-dev11.tsv", "blinden", 0.705},
		shortfall{"testdata/hatecheck-dev11.tsv", "lesbiennes", 0.713},
		shortfall{"testdata/hatecheck-dev11.tsv", "vrouwen", 0.683},
		shortfall{"testdata/hatecheck-heldout11.tsv", "recall", 0.783},
		shortfall{"testdata/hatecheck-heldout11.tsv", "autisten", 0.749},
		shortfall{"testdata/hatecheck-heldout11.tsv", "aziaten", 0.832},
		shortfall{"testdata/hatecheck-heldout11.tsv", "biseksuelen", 0.666},
		shortfall{"testdata/hatecheck-heldout11.tsv", "blinden", 0.799},
		shortfall{"testdata/hatecheck-heldout11.tsv", "chinezen", 0.499},
		shortfall{"testdata/hatecheck-heldout11.tsv", "christenen", 0.570},
		shortfall{"testdata/hatecheck-heldout11.tsv", "doven", 0.599},
		shortfall{"testdata/hatecheck-heldout11.tsv", "gehandicapten", 0.699},
		shortfall{"testdata/hatecheck-heldout11.tsv", "gewoon", 0.775},
		shortfall{"testdata/hatecheck-heldout11.tsv", "joden", 0.599},
		shortfall{"testdata/hatecheck-heldout11.tsv", "jongeren", 0.499},
		shortfall{"testdata/hatecheck-heldout11.tsv", "lesbiennes", 0.713},
		shortfall{"testdata/hatecheck-heldout11.tsv", "marokkanen", 0.713},
		shortfall{"testdata/hatecheck-heldout11.tsv", "scheldwoord", 0.635},
		shortfall{"testdata/hatecheck-heldout11.tsv", "spaties", 0.713},
		shortfall{"testdata/hatecheck-heldout11.tsv", "surinamers", 0.777},
		shortfall{"testdata/hatecheck-heldout11.tsv", "turken", 0.777},
		shortfall{"testdata/hatecheck-heldout11.tsv", "verstandelijk", 0.666},
		shortfall{"testdata/hatecheck-heldout11.tsv", "vluchtelingen", 0.832},
		shortfall{"testdata/hatecheck-heldout11.tsv", "weggelaten", 0.691},
		shortfall{"testdata/hatecheck-heldout11.tsv", "zwarten", 0.832},
		// Registrations (gendev11.py), measured once with the lexicon of d29c63f and not
		// tuned on: development 95.2% / 81.6% recall at flagged / >= 50, neutral 27.8% /
		// 16.0%; held-out 98.2% / 86.0% (both recall goals met), neutral 30.1% / 19.2%.
		// With the refuted suspicions in conclusie_tekst and the word-list exceptions of
		// fuzzy prefixes: development neutral 27.3% / 11.8%, held-out 30.1% / 17.8%.
		shortfall{"testdata/registrations-dev11.tsv", "neutral flagged", 0.274},
		shortfall{"testdata/registrations-dev11.tsv", "recall at score >= 50", 0.815},
		shortfall{"testdata/registrations-dev11.tsv", "neutral at score >= 50", 0.097},
		shortfall{"testdata/registrations-heldout11.tsv", "neutral flagged", 0.289},
		shortfall{"testdata/registrations-heldout11.tsv", "neutral at score >= 50", 0.152},
	)
}

// TestEleventhSets holds the eleventh set to the goals of issue 11, a known shortfall to
// the figure it reached.
func TestEleventhSets(t *testing.T) {
	s := defaultScreener(t)
	for _, file := range set11Files[:2] {
		checkHateCheckGoals(t, file, measureFile(t, s, file))
	}
	for _, file := range set11Files[2:] {
		checkRegistrationGoals(t, file, measureFile(t, s, file))
	}
}
