package screen

// Scores. A text's score is its strongest signal, 0-100, with a little added for each
// further strong signal. StrongScore and above is a strong signal (a slur, a symbol, a
// hostile statement, a motive construction); FlagScore and above enters the review
// queue. A bare group word (origin in a description, a place of worship as a location)
// stays a hit, findable, but scores below FlagScore: in realistic neutral registrations
// one weak word flagged 40% of them.
const (
	StrongScore = 50
	FlagScore   = 25

	scoreStrong      = 70 // a strong term
	scoreStrongFuzzy = 60 // a strong term with a dropped, doubled or swapped letter
	scoreWeak        = 15 // a weak term
	scoreWeakMore    = 5  // each further distinct weak term
	scoreWeakMax     = 35 // weak terms alone stay below StrongScore
	scoreMore        = 5  // each further distinct strong signal
)

// ModeRule is the Mode of a hit made by a rule.
const ModeRule = "rule"

func termScore(strength string, fuzzy bool) int {
	switch {
	case strength == Strong && fuzzy:
		return scoreStrongFuzzy
	case strength == Strong:
		return scoreStrong
	}
	return scoreWeak
}

// resultScore combines the hits' scores.
func resultScore(hits []Hit) int {
	best, strong, weak := 0, map[string]bool{}, map[string]bool{}
	for _, h := range hits {
		best = max(best, h.Score)
		if h.Score >= StrongScore {
			strong[h.Mode+"\x00"+h.Term] = true
		} else if h.Mode != ModeRule {
			weak[h.Term] = true
		}
	}
	if best >= StrongScore {
		return min(100, best+scoreMore*(len(strong)-1))
	}
	if len(weak) > 0 {
		best = max(best, min(scoreWeakMax, scoreWeak+scoreWeakMore*(len(weak)-1)))
	}
	return best
}
