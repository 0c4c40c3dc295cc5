package screen

import "testing"

// The eighth sets (screen/testdata/gendev8.py), written by other hands than the
// lexicon's and without reading it: realistic registrations with hard neutral kinds
// (quarrels with insults between equals, denied motives, policy and training texts,
// homonyms, positive remarks about a group, refusals for a reason that holds for
// everyone, internal notes). The held-out part was split off by SHA-256 before anything
// was measured, and only its summary figures were read.
var set8Files = []string{"testdata/registrations-dev8.tsv", "testdata/registrations-heldout8.tsv"}

func init() {
	issue11Shortfalls = append(issue11Shortfalls,
		// Before tuning: dev8 recall 94.2% at flagged and 71.3% at >= 50, neutral 37.4%
		// flagged and 22.7% at >= 50; heldout8 94.7% / 76.8%, neutral 27.7% / 22.9%.
		// After the regs8 block (political opinion as a group, language demands,
		// "ook zo'n X", scheld_dreiging): recall at >= 50 76.6% (dev8) and 77.9% (heldout8).
		// After the everyday-word exceptions ("in verband met", "heel", "wegens
		// ziekte") and the capping rules for denial, policy, positive remarks and
		// refusals with a reason that holds for everyone: neutral at >= 50 8.6% (dev8)
		// and 16.9% (heldout8). What is left: insults in quarrels ("hoer" from an ex,
		// "mongool" between friends), homonyms (a zoo's macaques, a Mongolian student,
		// a book title) and the held-out part's refusals; misses are political
		// opinion and marital status (grounds without a group word), and discrimination
		// told without a hostile or motive word ("de kamer was net weg").
		shortfall{"testdata/registrations-dev8.tsv", "recall", 0.947},
		shortfall{"testdata/registrations-dev8.tsv", "recall at score >= 50", 0.829},
		shortfall{"testdata/registrations-dev8.tsv", "neutral flagged", 0.289},
		shortfall{"testdata/registrations-dev8.tsv", "neutral at score >= 50", 0.076},
		shortfall{"testdata/registrations-heldout8.tsv", "recall", 0.936},
		shortfall{"testdata/registrations-heldout8.tsv", "recall at score >= 50", 0.831},
		shortfall{"testdata/registrations-heldout8.tsv", "neutral flagged", 0.254},
		shortfall{"testdata/registrations-heldout8.tsv", "neutral at score >= 50", 0.134},
	)
}

// TestEighthSets holds the eighth sets to the goals of issue 11, a known shortfall to
// the figure it reached.
func TestEighthSets(t *testing.T) {
	s := defaultScreener(t)
	for _, file := range set8Files {
		checkRegistrationGoals(t, file, measureFile(t, s, file))
	}
}

// TestDefaultLexiconRegs8 checks the regs8 block: supporters of a party or a political
// direction are a group (political opinion, ground overig) in the rules, a language demand
// is a strong term, and "ook zo'n" directly before a group word is contempt; neutral
// mentions of the same words stay below a strong signal.
func TestDefaultLexiconRegs8(t *testing.T) {
	s := defaultScreener(t)
	checkStrong(t, s, false, []strongCase{
		{"Op de gevel van het partijkantoor stond: alle PVV'ers tegen de muur.", true},
		{"De buurman schold haar uit voor vuile communist.", true},
		{"De baliemedewerker zei: leer eerst Nederlands, dan help ik je.", true},
		{"De verhuurder vroeg of hij ook zo'n Marokkaan was.", true},
		{"Klimaatactivisten blokkeerden de snelweg; twaalf zijn aangehouden.", false},
		{"De Nederlandse les voor nieuwkomers begint om negen uur.", false},
		{"Er zaten zo'n dertig Marokkaanse jongeren op het plein.", false},
		{"In de klassenapp stond: die teef moet dood.", true},
		{"Die kakkerlakken moeten uitgeroeid worden, zei de ongediertebestrijder.", false},
		// A generic singular and a hostile phrase may share the verb (hatecheck-dev7).
		{"Een zwarte is geen mens.", true},
		{"Ik zou nooit naast een blinde willen wonen.", true},
		{"Als ik een oudere zie, spuug ik op de grond.", true},
		{"Een blinde man is geen bewijs dat de lantaarn kapot was.", false},
	})
}
