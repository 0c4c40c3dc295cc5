package registration

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"stelsel/access"
	"stelsel/catalog"
	"stelsel/screen"
)

// Suggestion is a word that may belong in the lexicon (issue 11.5): it stands in
// registrations that analysts decided discriminatory while the screening found only weak
// hits or none (a score below screen.StrongScore: bare group words, or a miss found by a
// sample), and much less often in registrations decided not discriminatory.
type Suggestion struct {
	Word string `json:"woord"` // normalised, as the lexicon matches it
	// Missed is the number of those weakly found discriminatory registrations it stands
	// in; Neutral the number of registrations decided not discriminatory.
	Missed  int `json:"gemist"`
	Neutral int `json:"niet_discriminatoir"`
	// Lift is how much more often it stands in the first than in the second, as shares
	// (with one added to the second, so a word never seen there is not infinite).
	Lift float64 `json:"verhouding"`
}

// The bounds of a suggestion: a word of at least minSuggestLetters letters, in at least
// minSuggestMissed registrations (so that a name of one person is not put forward), at
// least minSuggestLift times as common; at most maxSuggestions, most common first.
const (
	minSuggestLetters = 4
	minSuggestMissed  = 3
	minSuggestLift    = 3
	maxSuggestions    = 25
)

// TermSuggestions returns words for the lexicon from the decided registrations. Words
// the lexicon already finds are left out. The actor needs access.ReadLexicon; only words
// are returned, no registration.
func (s *Service) TermSuggestions(ctx context.Context, a access.Actor) ([]Suggestion, error) {
	if err := a.Require(access.ReadLexicon); err != nil {
		return nil, err
	}
	rows, err := s.db.Query(ctx, `SELECT q.decision_kind, r.score, v.text
		FROM queue_items q JOIN registrations r ON r.number = q.number
		JOIN registration_versions v ON v.registration_id = r.id AND v.version = r.version
		WHERE q.decision_kind IN (?, ?, ?)`, catalog.DecisionDiscrimination, catalog.DecisionCodis, catalog.DecisionNotDiscrimination)
	if err != nil {
		return nil, fmt.Errorf("read decided texts: %w", err)
	}
	defer rows.Close()
	missed, neutral := map[string]int{}, map[string]int{}
	var nMissed, nNeutral int
	for rows.Next() {
		var kind, text string
		var score int
		if err := rows.Scan(&kind, &score, &text); err != nil {
			return nil, fmt.Errorf("read decided texts: %w", err)
		}
		var into map[string]int
		switch {
		case coded(kind) && score < screen.StrongScore:
			into, nMissed = missed, nMissed+1
		case kind == catalog.DecisionNotDiscrimination:
			into, nNeutral = neutral, nNeutral+1
		default:
			continue
		}
		seen := map[string]bool{}
		for _, w := range strings.Fields(screen.Normalize(text)) {
			if len(w) >= minSuggestLetters && !seen[w] {
				seen[w] = true
				into[w]++
			}
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read decided texts: %w", err)
	}
	var out []Suggestion
	for w, m := range missed {
		if m < minSuggestMissed {
			continue
		}
		lift := (float64(m) / float64(nMissed)) / (float64(neutral[w]+1) / float64(nNeutral+1))
		if lift < minSuggestLift || len(s.lx().screener.Screen(w).Hits) > 0 {
			continue
		}
		out = append(out, Suggestion{Word: w, Missed: m, Neutral: neutral[w], Lift: lift})
	}
	slices.SortFunc(out, func(a, b Suggestion) int {
		if a.Missed != b.Missed {
			return b.Missed - a.Missed
		}
		if c := cmpFloat(b.Lift, a.Lift); c != 0 {
			return c
		}
		return strings.Compare(a.Word, b.Word)
	})
	return out[:min(len(out), maxSuggestions)], nil
}
