package screen

import "testing"

// The twelfth sets, written by two helpers who read neither the engine nor its lexicon
// nor the earlier sets (only the format description of gendev11.py and genhc11.py):
// HateCheck-style statements (screen/testdata/genhc12.py: 917 about 30 groups, five of
// them new — hindoes, arbeidsmigranten, intersekse, mannen, moluksers — one spelling trick
// in 215 of the 526 hateful ones, 122 without a protected group) and realistic
// registrations (gendev12.py: 470, 194 discriminatory, 2026 settings: apps, deelscooters,
// bodycams, zorgcentra). The held-out parts were split off by SHA-256 before anything was
// measured.
var set12Files = []string{"testdata/hatecheck-dev12.tsv", "testdata/hatecheck-heldout12.tsv",
	"testdata/registrations-dev12.tsv", "testdata/registrations-heldout12.tsv"}

func init() {
	issue11Shortfalls = append(issue11Shortfalls,
		// Measured first with the lexicon of 662b367, not tuned on: HateCheck development
		// 73.9% at flagged (61.9% at >= 50), held-out 72.2% (62.3%); texts without a group
		// 4.6% and 0% flagged. Registrations development 96.9% / 86.9%, neutral 22.2% /
		// 13.3%; held-out 93.8% / 81.2%, neutral 20.8% / 12.5%. After groep_altijd, the
		// plural handicap groups, the slurs of the development part and the refuting
		// conclusions, the conditional threats, sarcasme_groep, mannen_vijandig and the
		// silencing frames (the figures below): HateCheck development 89.3%, held-out 77.5%;
		// registrations development neutral at >= 50 10.6%, held-out neutral 20.8% / 11.5%.
		// Left: statements in words no class holds yet (denying rights: "geen IVF meer
		// geven", "geen studiefinanciering"), sarcasm marked only by an emoji, hostility
		// against young people and men, which score 45 by design (flagged, not strong).
		shortfall{"testdata/hatecheck-dev12.tsv", "recall", 0.891},
		shortfall{"testdata/hatecheck-dev12.tsv", "doven", 0.844},
		shortfall{"testdata/hatecheck-dev12.tsv", "intersekse", 0.712},
		shortfall{"testdata/hatecheck-dev12.tsv", "jongeren", 0.776},
		shortfall{"testdata/hatecheck-dev12.tsv", "mannen", 0.427},
		shortfall{"testdata/hatecheck-dev12.tsv", "marokkanen", 0.831},
		shortfall{"testdata/hatecheck-dev12.tsv", "ouderen", 0.831},
		shortfall{"testdata/hatecheck-dev12.tsv", "transgenders", 0.731},
		shortfall{"testdata/hatecheck-dev12.tsv", "verstandelijk", 0.816},
		shortfall{"testdata/hatecheck-dev12.tsv", "vrouwen", 0.798},
		shortfall{"testdata/hatecheck-heldout12.tsv", "recall", 0.773},
		shortfall{"testdata/hatecheck-heldout12.tsv", "aaneen", 0.284},
		shortfall{"testdata/hatecheck-heldout12.tsv", "autisten", 0.748},
		shortfall{"testdata/hatecheck-heldout12.tsv", "blinden", 0.331},
		shortfall{"testdata/hatecheck-heldout12.tsv", "chinezen", 0.598},
		shortfall{"testdata/hatecheck-heldout12.tsv", "christenen", 0.498},
		shortfall{"testdata/hatecheck-heldout12.tsv", "hindoes", 0.498},
		shortfall{"testdata/hatecheck-heldout12.tsv", "intersekse", 0.498},
		shortfall{"testdata/hatecheck-heldout12.tsv", "jongeren", 0.284},
		shortfall{"testdata/hatecheck-heldout12.tsv", "lesbiennes", 0.748},
		shortfall{"testdata/hatecheck-heldout12.tsv", "mannen", 0.748},
		shortfall{"testdata/hatecheck-heldout12.tsv", "moslims", 0.798},
		shortfall{"testdata/hatecheck-heldout12.tsv", "polen", 0.665},
		shortfall{"testdata/hatecheck-heldout12.tsv", "scheldwoord", 0.776},
		shortfall{"testdata/hatecheck-heldout12.tsv", "spaties", 0.748},
		shortfall{"testdata/hatecheck-heldout12.tsv", "surinamers", 0.748},
		shortfall{"testdata/hatecheck-heldout12.tsv", "tekens", 0.665},
		shortfall{"testdata/hatecheck-heldout12.tsv", "transgenders", 0.712},
		shortfall{"testdata/hatecheck-heldout12.tsv", "turken", 0.598},
		shortfall{"testdata/hatecheck-heldout12.tsv", "verstandelijk", 0.665},
		shortfall{"testdata/hatecheck-heldout12.tsv", "verwisseld", 0.498},
		shortfall{"testdata/hatecheck-heldout12.tsv", "vluchtelingen", 0.498},
		shortfall{"testdata/hatecheck-heldout12.tsv", "vrouwen", 0.498},
		shortfall{"testdata/hatecheck-heldout12.tsv", "zwarten", 0.831},
		shortfall{"testdata/registrations-dev12.tsv", "neutral at score >= 50", 0.108},
		shortfall{"testdata/registrations-heldout12.tsv", "recall", 0.936},
		shortfall{"testdata/registrations-heldout12.tsv", "recall at score >= 50", 0.810},
		shortfall{"testdata/registrations-heldout12.tsv", "neutral at score >= 50", 0.117},
	)
}

// TestTwelfthSets holds the twelfth sets to the goals of issue 11, a known shortfall to
// the figure it reached.
func TestTwelfthSets(t *testing.T) {
	s := defaultScreener(t)
	for _, file := range set12Files[:2] {
		checkHateCheckGoals(t, file, measureFile(t, s, file))
	}
	for _, file := range set12Files[2:] {
		checkRegistrationGoals(t, file, measureFile(t, s, file))
	}
}
