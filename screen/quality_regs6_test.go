package screen

import "testing"

// The sixth registrations sets (screen/testdata/gendev6.py: hand-written cores whose
// surface the generator varies, with the emphasis on motive and contrast constructions
// without a slur or group word, refusals, officer shorthand and typos, and at least as
// many hard neutral ones). The held-out part was split off before any measurement and
// only its summary figures were read.
var regs6Sets = []string{"testdata/registrations-dev6.tsv", "testdata/registrations-heldout6.tsv"}

func init() {
	issue11Shortfalls = append(issue11Shortfalls,
		// Recall at flagged met its goal with the text model (dev6 left out of its
		// training: 96.7%; 76.2% before the regs6 tuning).
		// A ceiling: neutral texts at >= 50 that no rule reads as negated ("niet vanwege
		// haar leeftijd": a perpetrator says it too), insults of one woman ("dom wijf"),
		// policy words as adjectives ("racistische spreekkoren"). 8.4% before the
		// capping rules (ontkend_motief: "heeft niet het idee dat het om zijn afkomst
		// ging"; beleid_duiding: "bijeenkomst over leeftijdsdiscriminatie").
		shortfall{"testdata/registrations-dev6.tsv", "neutral at score >= 50", 0.059},
		// The held-out part, measured in summary only (84.6% / 83.5% and 13.3% of the
		// neutral ones at >= 50 before tuning; 96.7% at flagged with the text model; 86.8%
		// at >= 50 with the model beside a term, ModelTermMaxScore).
		shortfall{"testdata/registrations-heldout6.tsv", "neutral at score >= 50", 0.07},
	)
}

// TestSixthRegistrationSets holds the sixth registrations sets to the goals of issue 11,
// a known shortfall to the figure it reached.
func TestSixthRegistrationSets(t *testing.T) {
	lex, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	s := New(lex)
	for _, file := range regs6Sets {
		q := measureFile(t, s, file)
		if q.Total.Positives < 50 || q.Total.Negatives < 50 {
			t.Errorf("%s: %d discriminatory and %d neutral registrations, want at least 50 of each", file, q.Total.Positives, q.Total.Negatives)
		}
		checkRegistrationGoals(t, file, q)
	}
}
