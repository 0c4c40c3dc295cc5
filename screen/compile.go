package screen

import (
	"slices"
	"strings"
)

// modeSuffix is used only for exceptions written "*term": a word that ends with term.
const modeSuffix = "suffix"

// compilePattern normalises text and cuts it to the symbols that mode needs: a word and a
// phrase keep the boundaries on both sides, a prefix only the one before, an infix none.
func compilePattern(text, mode string) pattern {
	var n normalizer
	st := n.normalize(text)
	lo, hi := 0, len(st.s) // the stream is boundary, letters..., boundary
	switch mode {
	case ModePrefix:
		hi--
	case ModeInfix:
		lo, hi = lo+1, hi-1
	case modeSuffix:
		lo++
	}
	var p pattern
	for _, s := range st.s[lo:hi] {
		p.syms = append(p.syms, s.c)
		p.runs = append(p.runs, s.run)
		p.digit = append(p.digit, s.digit)
	}
	p.first, p.last = -1, -1
	for i, s := range p.syms {
		if s != symBoundary {
			if p.first < 0 {
				p.first = i
			}
			p.last = i
		}
	}
	p.openStart = mode == ModeInfix || mode == modeSuffix
	p.openEnd = mode == ModePrefix || mode == ModeInfix
	return p
}

// compile turns a lexicon into the patterns of the automaton.
func compile(entries []Entry) []pattern {
	var pats []pattern
	triggers := map[string]bool{}
	addTriggers := func(p pattern, everywhere bool) {
		// Spaced-out letters ("k a n k e r") reach the fast scan with boundaries between
		// them. A trigger made of the first three letters of each word of the term, spaced,
		// sends such a text to the exact matcher, which joins them. An infix term can start
		// inside a spaced word, so every three letters of it trigger. Three letters, not
		// two: police texts are full of "i.v.m." and "d.d.".
		var word []byte
		flush := func() {
			for i := range word {
				if i > 0 && !everywhere {
					break
				}
				for w := 1; w <= 3 && i+w <= len(word); w++ {
					for _, t := range expand3(word[i : i+w]) {
						triggers[string(t)] = true
					}
				}
			}
			word = word[:0]
		}
		for _, s := range p.syms {
			if s == symBoundary {
				flush()
				continue
			}
			word = append(word, s)
		}
		flush()
	}
	for i, e := range entries {
		p := compilePattern(e.Term, e.Mode)
		p.kind, p.entry = patTerm, int32(i)
		// A frame term and its variants never stop the fast scan: a line is screened
		// exactly for the other part of its rules.
		quiet := e.Strength == Frame
		p.quiet = quiet
		fuzzy := fuzzyOn(e, p)
		classFuzzy := !fuzzy && classFuzzyOn(e, p)
		// A class phrase also counts with a letter doubled or a double letter single
		// ("donkeere mensen", "niets te zoekken"), as a member of its classes.
		p.fuzzyRun = fuzzy || classFuzzy || (len(e.Classes) > 0 && e.Mode == ModePhrase && e.Fuzzy != FuzzyNo) ||
			classDoubling(e, p)
		p.hitFuzzy = fuzzy
		pats = append(pats, p)
		if !quiet {
			addTriggers(p, e.Mode == ModeInfix)
		}
		if fuzzy || classFuzzy {
			kind := patFuzzy
			if classFuzzy {
				kind = patClassFuzzy
			}
			for _, v := range fuzzyVariants(p, e.Mode) {
				if classFuzzy && (exceptedVariant(v, e.Exceptions) || symbolCount(v) < 3) {
					// Measured as a flood, or too short for the fast scan, which does not
					// count runs: "tee" (for "teef") stops it on every "te".
					continue
				}
				v.kind, v.entry, v.hitFuzzy, v.quiet = kind, int32(i), fuzzy, quiet
				pats = append(pats, v)
				if !quiet && !classFuzzy {
					addTriggers(v, false) // spaced letters and an edit at once: not for class terms
				}
			}
		}
		if len(e.Classes) > 0 && e.Mode == ModePhrase && e.Fuzzy != FuzzyNo {
			// A group phrase ("zwarte mensen") with one word misspelt, run together with
			// its neighbours ("vanzwarte mensenniet") or written as one word
			// ("zwartemensen", also from spaced letters).
			for _, v := range phraseVariants(e.Term, e.Exceptions) {
				v.kind, v.entry, v.quiet = patClassFuzzy, int32(i), quiet
				pats = append(pats, v)
			}
			j := compilePattern(e.Term, ModeInfix)
			j.kind, j.entry, j.quiet = patJoined, int32(i), quiet
			pats = append(pats, j)
			// From the term itself, not from Normalize, which writes runs once: "geen
			// rechten" is "geenrechten", not "genrechten".
			one := compilePattern(strings.Join(strings.Fields(e.Term), ""), ModeInfix)
			one.kind, one.entry, one.whole, one.quiet = patJoined, int32(i), true, quiet
			pats = append(pats, one)
			// Two of its words run together, the others apart ("horen hierniet",
			// "niet mogenstemmen").
			if words := strings.Fields(e.Term); len(words) > 2 {
				for k := 1; k < len(words); k++ {
					ws := append(append(append([]string(nil), words[:k-1]...), words[k-1]+words[k]), words[k+1:]...)
					v := compilePattern(strings.Join(ws, " "), ModePhrase)
					if exceptedVariant(v, e.Exceptions) {
						continue
					}
					v.kind, v.entry, v.quiet = patClassFuzzy, int32(i), quiet
					pats = append(pats, v)
				}
			}
		}
		if (len(e.Classes) > 0 || e.Strength == Strong) && e.Fuzzy != FuzzyNo && e.Mode != ModePhrase && e.Mode != ModeInfix &&
			letterCount(e.Term) >= MinJoinedLetters && !slices.Contains(e.Classes, "incident") {
			// Words run together ("ikhaatvrouwen"): the term inside a word, checked
			// against the rest of the word by the screener (joinedOK).
			j := compilePattern(e.Term, ModeInfix)
			j.kind, j.entry, j.quiet = patJoined, int32(i), quiet
			pats = append(pats, j)
		}
		for _, x := range e.Exceptions {
			mode := ModeWord
			switch {
			case strings.HasPrefix(x, "*") && strings.HasSuffix(x, "*"):
				mode = ModeInfix
			case strings.HasPrefix(x, "*"):
				mode = modeSuffix
			case strings.HasSuffix(x, "*"):
				mode = ModePrefix
			}
			xp := compilePattern(strings.Trim(x, "*"), mode)
			xp.kind, xp.entry = patException, int32(i)
			pats = append(pats, xp)
		}
	}
	for t := range triggers {
		syms := []byte{symBoundary, t[0], symBoundary, t[1], symBoundary, t[2]}
		pats = append(pats, pattern{syms: syms, kind: patTrigger, entry: -1})
	}
	return pats
}

// splitQuiet splits the patterns into those of the main automaton and those of the
// context automaton: frame terms, their variants and exceptions. The context automaton
// runs only on lines where the main one found a class member, so the many variants of
// everyday words ("haat", "dood", "omdat") cost nothing on other lines and do not make
// the main table, which every candidate line goes through, larger.
func splitQuiet(entries []Entry, pats []pattern) (main, ctx []pattern) {
	for _, p := range pats {
		if p.quiet || (p.kind == patException && entries[p.entry].Strength == Frame) {
			ctx = append(ctx, p)
		} else {
			main = append(main, p)
		}
	}
	return main, ctx
}

// expand3 returns the three-letter sequences whose collapsed form is s (1-3 symbols).
func expand3(s []byte) [][]byte {
	switch len(s) {
	case 1:
		return [][]byte{{s[0], s[0], s[0]}}
	case 2:
		return [][]byte{{s[0], s[0], s[1]}, {s[0], s[1], s[1]}}
	}
	return [][]byte{{s[0], s[1], s[2]}}
}

// fuzzyOn reports whether an entry also matches with one letter dropped, doubled or
// swapped.
func fuzzyOn(e Entry, p pattern) bool {
	if e.Fuzzy == FuzzyNo || e.Mode == ModePhrase {
		return false
	}
	if e.Fuzzy == FuzzyAuto && e.Strength != Strong {
		return false
	}
	letters := 0
	for i, s := range p.syms {
		if s != symBoundary {
			if p.digit[i] {
				return false
			}
			letters += int(p.runs[i])
		}
	}
	return letters >= MinFuzzyLetters && letters <= MaxFuzzyLetters
}

// MinClassFuzzyLetters is the shortest class term (a group or hostility word) that still
// counts as a member of its class with one letter dropped, doubled or swapped. Such a
// member only counts in a rule, beside a term of the other part, so shorter terms than
// MinFuzzyLetters do not flood: measured on the development sets (LEXICON.md).
const MinClassFuzzyLetters = 4

// MinJoinedLetters is the shortest class term that is also found inside a longer word
// whose rest is made of other words ("ikhaatvrouwen").
const MinJoinedLetters = 4

// classFuzzyOn reports whether a class term also counts with one letter dropped, doubled
// or swapped, as a member of its classes (not as a hit of its own).
func classFuzzyOn(e Entry, p pattern) bool {
	if len(e.Classes) == 0 || e.Fuzzy == FuzzyNo || (e.Mode != ModeWord && e.Mode != ModePrefix) {
		return false // an infix term with an edit is found inside ordinary words ("nger" in "jongeren")
	}
	letters := 0
	for i, s := range p.syms {
		if s != symBoundary {
			if p.digit[i] {
				return false
			}
			letters += int(p.runs[i])
		}
	}
	if e.Mode == ModePrefix {
		letters-- // a prefix with a letter dropped is a shorter prefix: "hoo" for "homo" floods
	}
	return letters >= MinClassFuzzyLetters && letters <= MaxFuzzyLetters
}

// classDoubling reports whether a class word of three single letters, too short for
// classFuzzyOn, still counts with one of its letters doubled ("doom" for "dom", "kutt"
// for "kut"): a doubled letter never makes another three-letter word shorter, so it
// cannot turn one common word into another the way a dropped letter does.
func classDoubling(e Entry, p pattern) bool {
	if len(e.Classes) == 0 || e.Fuzzy == FuzzyNo || e.Mode != ModeWord {
		return false
	}
	letters := 0
	for i, s := range p.syms {
		if s != symBoundary {
			if p.digit[i] || p.runs[i] != 1 {
				return false
			}
			letters++
		}
	}
	return letters == MinClassFuzzyLetters-1
}

// phraseVariants returns the phrase with one of its words of MinClassFuzzyLetters or more
// letters misspelt (a letter dropped or two swapped), as phrases.
func phraseVariants(term string, exceptions []string) []pattern {
	// The words with their runs written out ("geen", not "gen" as Normalize has it).
	var words []string
	var b []byte
	p := compilePattern(term, ModeInfix)
	for i, s := range p.syms {
		if s == symBoundary {
			words, b = append(words, string(b)), nil
			continue
		}
		for k := uint8(0); k < p.runs[i]; k++ {
			b = append(b, s-1+'a')
		}
	}
	words = append(words, string(b))
	var out []pattern
	for wi, w := range words {
		if len(w) < MinClassFuzzyLetters || len(w) > MaxFuzzyLetters {
			continue
		}
		for _, v := range fuzzyVariants(compilePattern(w, ModeWord), ModeWord) {
			var b []byte
			for i, s := range v.syms {
				for k := uint8(0); s != symBoundary && k < v.runs[i]; k++ {
					b = append(b, s-1+'a')
				}
			}
			ws := append(append(append([]string(nil), words[:wi]...), string(b)), words[wi+1:]...)
			vp := compilePattern(strings.Join(ws, " "), ModePhrase)
			if !exceptedVariant(vp, exceptions) {
				out = append(out, vp)
			}
		}
	}
	return out
}

// symbolCount returns the number of letter symbols of a pattern (a run counts once).
func symbolCount(p pattern) int {
	n := 0
	for _, s := range p.syms {
		if s != symBoundary {
			n++
		}
	}
	return n
}

// exceptedVariant reports whether a variant is one of the entry's exceptions ("zijn" for
// "zwijn") or starts with one written "x*" ("afhan*" for "afghan").
func exceptedVariant(v pattern, exceptions []string) bool {
	letters := func(p pattern) string {
		var b []byte
		for i, s := range p.syms {
			for k := uint8(0); s != symBoundary && k < p.runs[i]; k++ {
				b = append(b, s-1+'a')
			}
		}
		return string(b)
	}
	vl := letters(v)
	for _, x := range exceptions {
		core := strings.Trim(x, "*")
		xl := letters(compilePattern(core, ModeInfix))
		if vl == xl || (strings.HasSuffix(x, "*") && !strings.HasPrefix(x, "*") && strings.HasPrefix(vl, xl)) {
			return true
		}
	}
	return false
}

// fuzzyVariants returns the patterns for the term with one letter dropped or two
// neighbouring letters swapped. The first letter stays: evasions keep it, and dropping it
// turns many terms into ordinary words ("kanker" -> "anker"). A doubled letter (or a dropped one of a pair) is
// not a variant: the run check allows one run to differ by one.
func fuzzyVariants(p pattern, mode string) []pattern {
	var letters []byte
	for i, s := range p.syms {
		for k := uint8(0); s != symBoundary && k < p.runs[i]; k++ {
			letters = append(letters, s-1+'a')
		}
	}
	// Variants differ in their runs too: "dieerntuin" (a swap) and "dierntuin" (a drop)
	// have the same symbols.
	key := func(q pattern) string { return string(q.syms) + "\x00" + string(q.runs) }
	seen := map[string]bool{key(p): true}
	var out []pattern
	add := func(v []byte) {
		vp := compilePattern(string(v), mode)
		if seen[key(vp)] {
			return
		}
		seen[key(vp)] = true
		out = append(out, vp)
	}
	// For a prefix or infix term, dropping the last letter just makes a shorter prefix
	// ("transfob" -> "transfo", which matches "transformator"): not done.
	stop := len(letters)
	if mode == ModePrefix || mode == ModeInfix {
		stop--
	}
	for i := 1; i < stop; i++ {
		v := append(append([]byte(nil), letters[:i]...), letters[i+1:]...)
		add(v)
	}
	for i := 1; i+1 < len(letters); i++ {
		if letters[i] != letters[i+1] {
			v := append([]byte(nil), letters...)
			v[i], v[i+1] = v[i+1], v[i]
			add(v)
		}
	}
	return out
}

// verify checks the run lengths and digits of a pattern found at stream index start. It
// reports whether the pattern matches and whether it needed its one allowed edit.
func (p *pattern) verify(st *stream, start int) (ok, edited bool) {
	edits := 0
	for k, s := range p.syms {
		j := start + k
		if s == symBoundary {
			continue
		}
		if st.s[j].digit != p.digit[k] {
			return false, false
		}
		r, t := st.s[j].run, p.runs[k]
		switch {
		case r == t:
		case p.digit[k]:
			return false, false
		case r > t && ((k == p.first && p.openStart) || (k == p.last && p.openEnd)):
		case r >= 3 && r > t: // a stretched letter: "kaaaanker"
		case p.fuzzyRun && edits == 0 && (r == t+1 || r+1 == t):
			edits++
		default:
			return false, false
		}
	}
	return true, edits > 0 || p.kind == patFuzzy || p.kind == patClassFuzzy
}
