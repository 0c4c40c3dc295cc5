package screen

import "slices"

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
	best, strong, weak := 0, 0, 0 // the strong hits and the weak term hits with distinct terms
	var seen map[string]bool      // for many hits; a few are compared with those before
	weakEnd := -1                 // the end of the weak term hits so far (they come in text order)
	if len(hits) > 16 {
		seen = map[string]bool{}
	}
	for i, h := range hits {
		best = max(best, h.Score)
		switch {
		case h.Score >= StrongScore && seen != nil:
			if k := "s" + h.Mode + "\x00" + h.Term; !seen[k] {
				seen[k] = true
				strong++
			}
		case h.Score >= StrongScore:
			if !slices.ContainsFunc(hits[:i], func(o Hit) bool { return o.Score >= StrongScore && o.Mode == h.Mode && o.Term == h.Term }) {
				strong++
			}
		case h.Mode == ModeRule:
		case h.Start < weakEnd:
			// Two weak terms on one word ("hindoe" and "hindoestaan" in "Hindoestaans")
			// are one group word.
			weakEnd = max(weakEnd, h.End)
		case seen != nil:
			weakEnd = max(weakEnd, h.End)
			if k := "w" + h.Term; !seen[k] {
				seen[k] = true
				weak++
			}
		default:
			weakEnd = max(weakEnd, h.End)
			if !slices.ContainsFunc(hits[:i], func(o Hit) bool { return o.Score < StrongScore && o.Mode != ModeRule && o.Term == h.Term }) {
				weak++
			}
		}
	}
	if best >= StrongScore {
		return min(100, best+scoreMore*(strong-1))
	}
	if weak > 0 {
		best = max(best, min(scoreWeakMax, scoreWeak+scoreWeakMore*(weak-1)))
	}
	return best
}
