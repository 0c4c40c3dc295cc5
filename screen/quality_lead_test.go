package screen

import "testing"

// The lead's sets (screen/testdata/genlead-*.py) were written apart from the other
// development sets, from the functions of HateCheck (derogation, dehumanisation, threats,
// normative statements, slurs, profanity, pronoun references, negated positives,
// questions and opinions) in other words and for other groups, with the non-hateful
// contrasts and texts without any group. The four development parts were tuned on; the
// held-out part was written before any tuning and only its summary was read.
var leadHateCheckSets = []string{"testdata/hatecheck-lead-dev1.tsv", "testdata/hatecheck-lead-dev2.tsv",
	"testdata/hatecheck-lead-dev3.tsv", "testdata/hatecheck-lead-dev4.tsv", "testdata/hatecheck-lead-heldout.tsv"}

func init() {
	issue11Shortfalls = append(issue11Shortfalls,
		// Slurs that are ordinary words without a person frame ("Kijk die poot eens
		// lopen"), sarcastic gift words ("cadeautjes uit Afrika") and a conspiracy line.
		shortfall{"testdata/hatecheck-lead-dev1.tsv", "scheldwoord", 0.80},
		// "Afghaenn": a swap next to a double letter.
		shortfall{"testdata/hatecheck-lead-dev4.tsv", "afghanen", 0.83},
		// The held-out part, measured only: words run together around the group word
		// ("Ik verachtvrouwen"), slurs and hostile words of its own.
		shortfall{"testdata/hatecheck-lead-heldout.tsv", "aaneen", 0.72},
		shortfall{"testdata/hatecheck-lead-heldout.tsv", "scheldwoord", 0.83},
		shortfall{"testdata/hatecheck-lead-heldout.tsv", "weggelaten", 0.79},
		// The lead's held-out registrations (genlead-regs-heldout.py), written before the
		// tuning of 2026-12-02 and seen by no helper; measured only. Before that day's
		// tuning: 74.1% at flagged, 68.5% at >= 50, 6.0% / 6.0% of the neutral ones.
		// With the text model (trained on other sets): 94.4% at flagged.
		shortfall{"testdata/registrations-lead-heldout.tsv", "recall", 0.94},
		shortfall{"testdata/registrations-lead-heldout.tsv", "recall at score >= 50", 0.83}, // 0.72 before groep_citaat, 0.77 before regs6, 0.81 before ModelTermMaxScore
		shortfall{"testdata/registrations-lead-heldout.tsv", "neutral at score >= 50", 0.04},
	)
}

// TestLeadSets holds the lead's sets to the goals of issue 11, a known shortfall to the
// floor it reached.
func TestLeadSets(t *testing.T) {
	lex, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	s := New(lex)
	for _, file := range leadHateCheckSets {
		groups, tricks, noGroup := checkHateCheckGoals(t, file, measureFile(t, s, file))
		if groups < 8 || tricks < 1 || (!noGroup && file != "testdata/hatecheck-lead-dev4.tsv") {
			t.Errorf("%s: %d groups, %d tricks, texts without a group %v: want at least 8 groups, a trick and texts without a group", file, groups, tricks, noGroup)
		}
	}
	for _, file := range []string{"testdata/registrations-lead-dev.tsv", "testdata/registrations-lead-heldout.tsv"} {
		checkRegistrationGoals(t, file, measureFile(t, s, file))
	}
}
