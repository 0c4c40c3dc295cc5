package screen

import "testing"

// TestWeakTermsOnOneWord: two weak terms that match the same word ("hindoe" and
// "hindoestaan" in "Hindoestaans") count as one group word, so a description with two
// origin words stays below FlagScore; two weak words apart count twice.
func TestWeakTermsOnOneWord(t *testing.T) {
	weak := func(term string, start, end int) Hit {
		return Hit{Term: term, Mode: "prefix", Strength: Weak, Start: start, End: end, Score: scoreWeak}
	}
	same := []Hit{weak("surinaam", 6, 15), weak("hindoe", 16, 29), weak("hindoestaan", 16, 29)}
	if got, want := resultScore(same), scoreWeak+scoreWeakMore; got != want {
		t.Errorf("two words, one with two weak terms: score %d, want %d", got, want)
	}
	apart := []Hit{weak("surinaam", 6, 15), weak("hindoe", 16, 29), weak("moskee", 40, 46)}
	if got, want := resultScore(apart), scoreWeak+2*scoreWeakMore; got != want {
		t.Errorf("three words: score %d, want %d", got, want)
	}
}
