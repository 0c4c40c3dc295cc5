package screen

import "testing"

// The seventh sets (screen/testdata/gendev7.py and genhc7.py), written by other hands
// than the lexicon's and without reading it: realistic registrations, and HateCheck-style
// statements about 24 groups, young people among them, with seven spelling tricks. The
// held-out parts were split off before any measurement and only their summary figures
// were read.
var set7Files = []string{"testdata/registrations-dev7.tsv", "testdata/registrations-heldout7.tsv",
	"testdata/hatecheck-dev7.tsv", "testdata/hatecheck-heldout7.tsv"}

func init() {
	issue11Shortfalls = append(issue11Shortfalls,
		// Before the hc7 block: hatecheck-dev7 80.3%, heldout7 87.2% at flagged; digits
		// for letters 68.0% before 1 was read as l too (100% now).
		// Slurs with a trick: few texts each (3-10); a slur's letters edited are found
		// by the fuzzy match of long terms only.
		shortfall{"testdata/hatecheck-dev7.tsv", "scheldwoord-aaneen", 0.80},
		shortfall{"testdata/hatecheck-dev7.tsv", "scheldwoord-verdubbeld", 0.66},
		shortfall{"testdata/hatecheck-dev7.tsv", "scheldwoord-verwisseld", 0.60},
		shortfall{"testdata/hatecheck-dev7.tsv", "scheldwoord-weggelaten", 0.33},
		// The held-out part, in summary only.
		shortfall{"testdata/hatecheck-heldout7.tsv", "jongeren", 0.50},
		shortfall{"testdata/hatecheck-heldout7.tsv", "scheldwoord", 0.81},
		shortfall{"testdata/hatecheck-heldout7.tsv", "scheldwoord-aaneen", 0.0},
		shortfall{"testdata/hatecheck-heldout7.tsv", "scheldwoord-verwisseld", 0.66},
		shortfall{"testdata/hatecheck-heldout7.tsv", "scheldwoord-weggelaten", 0.50},
		shortfall{"testdata/hatecheck-heldout7.tsv", "vluchtelingen", 0.83},
		// Neutral registrations at >= 50 (8.0% before and after the hc7 block, 7.2%
		// with the capping rules): insults of one person, homonyms ("mof" in a water
		// pipe); recall at >= 50 81.8% (81.3% before), 83.3% with the model beside a term,
		// 86.7% with the regs7 block (slurs and tropes of this part: "kontenbonker", "terug naar de keuken"),
		// 87.7% (the goal met) with the regs8 and regs9 blocks; neutral at >= 50 5.1% with
		// the caps of the eighth and ninth sets.
		shortfall{"testdata/registrations-dev7.tsv", "neutral at score >= 50", 0.051},
		// The held-out part meets its goals: neutral at >= 50 was 5.6% with the text
		// model beside a term and is 2.8% with the capping rules.
	)
}

// TestSeventhSets holds the seventh sets to the goals of issue 11, a known shortfall to
// the figure it reached.
func TestSeventhSets(t *testing.T) {
	s := defaultScreener(t)
	for _, file := range set7Files[:2] {
		checkRegistrationGoals(t, file, measureFile(t, s, file))
	}
	for _, file := range set7Files[2:] {
		checkHateCheckGoals(t, file, measureFile(t, s, file))
	}
}
