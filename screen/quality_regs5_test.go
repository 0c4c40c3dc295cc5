package screen

import "testing"

// The fifth registrations sets (screen/testdata/gendev5.py: BVH mutation style, written by
// another hand than gendev4.py). The held-out part was split off before any tuning and only
// its summary figures were read.
var regs5Sets = []string{"testdata/registrations-dev5.tsv", "testdata/registrations-heldout5.tsv"}

func init() {
	issue11Shortfalls = append(issue11Shortfalls,
		// What the development part still misses (with its 80 probes, written after the
		// first measurements in harder phrasings): a group and its hostility in different
		// sentences ("Bet. heeft een verstandelijke beperking. Hij werd ... 'achterlijke'
		// genoemd"), implicit exclusion without a group word ("zulk gedrag is hier niet
		// gewenst" after a kiss, "na het horen van haar naam was de kamer al weg"), threats
		// without a group ("ik ruim jullie op"), and misgendering questions ("wat ben je
		// eigenlijk?"). Below 50: a group word and an utterance only (groep_uiting, 30).
		// Recall at score >= 50 (0.84 here, 0.76 on the held-out part) meets its goal since
		// a group word in a quotation an utterance introduces counts (groep_citaat, 55).
		// Recall at flagged (0.92 before) meets its goal with the text model.
		// The held-out part, measured in summary only. Its floors went down by one text
		// (0.908 -> 0.892 at flagged, 0.862 -> 0.846 at >= 50) when the word "discriminatie"
		// became a weak term (regs6): as a strong term it put policy, training and "voelde
		// zich niet gediscrimineerd" at 70 in every set, and the melder's own claim now
		// counts through the rule discriminatie_ervaren; the neutral share at >= 50 went
		// from 0.079 to 0.053.
		// Recall at flagged meets its goal with the text model (0.985), recall at >= 50 with
		// the model beside a term (ModelTermMaxScore: 0.846 -> 0.877).
		// A ceiling, not a floor: the share of neutral held-out registrations at score >= 50.
		shortfall{"testdata/registrations-heldout5.tsv", "neutral at score >= 50", 0.06},
	)
}

// TestFifthRegistrationSets holds the fifth registrations sets to the goals of issue 11,
// a known shortfall to the figure it reached.
func TestFifthRegistrationSets(t *testing.T) {
	lex, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	s := New(lex)
	for _, file := range regs5Sets {
		q := measureFile(t, s, file)
		if q.Total.Positives < 30 || q.Total.Negatives < 30 {
			t.Errorf("%s: %d discriminatory and %d neutral registrations, want at least 30 of each", file, q.Total.Positives, q.Total.Negatives)
		}
		checkRegistrationGoals(t, file, q)
	}
}
