package screen

import "slices"

// The exact normaliser turns a text into a stream of symbols: the letters a-z (as 1-26)
// and the word boundary (0). Runs of the same symbol are collapsed into one symbol with a
// run length, so "kaaaanker" and "kanker" have the same symbols and differ only in a run
// length that the matcher checks. Every symbol keeps the byte offsets of the original
// characters it came from, so hits map back to the original UTF-8 text.
//
// The rules, applied to each run of non-separator characters (a "word"):
//   - invisible characters (zero-width, controls, combining marks) are dropped;
//   - a symbol that may stand for a letter (@ $ ! |) is a letter only between letters or
//     digits of the word ("k@nker", "mo$lim", but "homo!"); the screener reads signs at
//     the edges of a word, and * and €, as letters in other readings (signs.go);
//   - digits are letters (leetspeak) in a word that has letters, digits in a number;
//   - three or more one-letter words separated by one or two joinable separators (space,
//     dot, dash, underscore, ...) are one word ("k a n k e r", "k.a.n.k.e.r").
// normalize_ref_test.go keeps a slower, more literal version of these rules as reference.

// symBoundary is the symbol of a word boundary.
const symBoundary = 0

// symbol is one element of a normalised stream.
type symbol struct {
	c     byte  // 0 boundary, 1-26 letter
	run   uint8 // run length of a letter (capped at 255), 0 for a boundary
	digit bool  // the letter was a digit in a number ("1488"), not leetspeak
	start int32 // byte offset of the first original character
	end   int32 // byte offset just after the last original character
}

// stream is a normalised text. The first and the last symbol are boundaries standing for
// the start and the end of the text.
type stream struct {
	s []symbol
	// With scan set, the automaton's fast table (see buildFast; an entry is a row
	// offset, perhaps flagged) runs over the symbols as they are made (see
	// normalizeScan) and appends the patterns it finds to matches.
	scan    *automaton
	tr      []uint32 // scan.fast
	out     uint32   // the first row with outputs
	state   uint32   // a row offset
	matches []match
}

func (st *stream) reset() { st.s, st.state = st.s[:0], 0 }

// step moves the scan over the symbol just added at index i.
func (st *stream) step(c byte, i int) {
	s := st.tr[st.state+uint32(c)] &^ fastStop
	st.state = s
	if s >= st.out {
		st.outputs(s, i)
	}
}

// outputs appends the patterns of the state at row offset s, found at index i.
func (st *stream) outputs(s uint32, i int) {
	a := st.scan
	s >>= rowShift
	for _, pi := range a.outs[a.outStart[s]:a.outStart[s+1]] {
		st.matches = append(st.matches, match{pat: pi, end: int32(i)})
	}
}

func (st *stream) push(c byte, digit bool, start, end int32) {
	if n := len(st.s) - 1; n >= 0 && st.s[n].c == c && st.s[n].digit == digit {
		if c != symBoundary && st.s[n].run < 255 {
			st.s[n].run++
		}
		st.s[n].end = end
		return
	}
	r := uint8(1)
	if c == symBoundary {
		r = 0
	}
	st.s = append(st.s, symbol{c: c, run: r, digit: digit, start: start, end: end})
	if st.scan != nil {
		st.step(c, len(st.s)-1)
	}
}

// normalizer holds reusable buffers; one per goroutine.
type normalizer struct {
	st     stream
	spaced []int32 // byte offsets of the letters of a spaced-out word
}

// word describes one run of non-separator characters [start, end).
type word struct {
	end             int
	firstLD, lastLD int // offsets of the first and last letter or digit, -1 if none
	ambAfter        int // first ambiguous symbol after firstLD, -1 if none
	anyLetter       bool
	visible         int // characters that are not invisible
	single          bool
}

// scanWord measures the word starting at i.
func scanWord(t *foldTable, text string, i int) word {
	w := word{firstLD: -1, lastLD: -1, ambAfter: -1}
	singleN := uint8(0)
	for i < len(text) {
		var f fold
		size := 1
		if b := text[i]; b < 0x80 {
			f = t.ascii[b]
		} else {
			f, size = t.lookup(text[i:])
		}
		switch f.kind {
		case kindSep:
			w.end = i
			return w.finish(singleN)
		case kindLetter:
			w.anyLetter = true
			fallthrough
		case kindDigit:
			if w.firstLD < 0 {
				w.firstLD = i
				singleN = f.n
			}
			w.lastLD = i
			w.visible++
		case kindAmb:
			if w.firstLD >= 0 && w.ambAfter < 0 {
				w.ambAfter = i
			}
			w.visible++
		}
		i += size
	}
	w.end = i
	return w.finish(singleN)
}

// finish decides whether the word is a one-letter word: one letter or digit at its start,
// perhaps followed by punctuation-like symbols ("c!"), that folds to one letter.
func (w word) finish(singleN uint8) word {
	w.single = false
	if w.firstLD < 0 || w.firstLD != w.lastLD || singleN != 1 {
		return w
	}
	w.single = true
	return w
}

// hasLetter reports whether digits in the word are leetspeak.
func (w *word) hasLetter() bool {
	return w.anyLetter || (w.ambAfter >= 0 && w.ambAfter < w.lastLD)
}

// ambLetter reports whether the ambiguous symbol at p is a letter.
func (w *word) ambLetter(p int) bool {
	return w.firstLD >= 0 && w.firstLD < p && p < w.lastLD
}

// normalizeScan is normalize with the exact scan of a over the stream as it is made
// (the same matches as a.scan on the stream, appended to dst and returned): the scan's
// table loads, which wait on the cache, overlap with the normaliser's work. It runs on
// the fast table, whose rows the fast scan has just brought into the cache.
func (n *normalizer) normalizeScan(text string, a *automaton, dst []match) (*stream, []match) {
	n.st.scan, n.st.tr, n.st.out, n.st.matches = a, a.fast, a.output, dst
	st := n.normalize(text)
	dst = st.matches
	st.scan, st.tr, st.matches = nil, nil, nil
	return st, dst
}

// normalize fills n.st with the normalised form of text.
func (n *normalizer) normalize(text string) *stream {
	t := folds()
	st := &n.st
	st.reset()
	st.push(symBoundary, false, 0, 0)
	for i := 0; i < len(text); {
		var f fold
		size := 1
		if b := text[i]; b < 0x80 {
			f = t.ascii[b]
		} else {
			f, size = t.lookup(text[i:])
		}
		switch f.kind {
		case kindSkip:
			i += size
			continue
		case kindSep:
			st.push(symBoundary, false, int32(i), int32(i+size))
			i += size
			continue
		}
		if j := asciiWordEnd(t, text, i); j > i+1 {
			n.emitASCII(text, i, j)
			i = j
			continue
		}
		w := scanWord(t, text, i)
		if w.firstLD > i {
			// Symbols before the first letter are punctuation ("!r"); the word proper may
			// still be one letter of a spaced-out word.
			for i < w.firstLD {
				f, size := t.lookup(text[i:])
				if f.kind != kindSkip {
					st.push(symBoundary, false, int32(i), int32(i+size))
				}
				i += size
			}
			w = scanWord(t, text, i)
		}
		if w.single && w.firstLD == i {
			if next, ok := n.spacedWord(t, text, i, w); ok {
				i = next
				continue
			}
		}
		n.emitWord(t, text, i, &w)
		i = w.end
	}
	end := int32(len(text))
	st.push(symBoundary, false, end, end)
	return st
}

// asciiWordEnd returns the end of the word at i if it is made of ASCII letters only and
// ends at a separator or the end of the text (the common case), else i.
func asciiWordEnd(t *foldTable, text string, i int) int {
	j := i
	for j < len(text) && asciiLetter[text[j]] != 0 {
		j++
	}
	if j < len(text) && (text[j] >= 0x80 || t.ascii[text[j]].kind != kindSep) {
		return i
	}
	return j
}

// asciiLetter maps ASCII letters to their symbol (1-26), everything else to 0.
var asciiLetter = func() (m [256]byte) {
	for c := 'a'; c <= 'z'; c++ {
		m[c] = byte(c-'a') + 1
		m[c-'a'+'A'] = byte(c-'a') + 1
	}
	return m
}()

// emitASCII pushes a word of ASCII letters.
func (n *normalizer) emitASCII(text string, i, j int) {
	st := &n.st
	s := slices.Grow(st.s, j-i) // then no append needs to check the capacity
	last := len(s) - 1
	lc := s[last].c
	if s[last].digit {
		lc = 0xff
	}
	// The scan's state in a register: through st it would be stored and loaded again
	// at every letter, behind the symbol's store.
	tr, out, state := st.tr, st.out, st.state
	for k := i; k < j; k++ {
		c := asciiLetter[text[k]]
		if c == lc {
			if s[last].run < 255 {
				s[last].run++
			}
			s[last].end = int32(k + 1)
			continue
		}
		last++
		s = s[:last+1]
		s[last] = symbol{c: c, run: 1, start: int32(k), end: int32(k + 1)}
		lc = c
		if tr != nil {
			if state = tr[state+uint32(c)] &^ fastStop; state >= out {
				st.outputs(state, last)
			}
		}
	}
	st.s, st.state = s, state
}

// emitWord pushes the symbols of the word at [i, w.end).
func (n *normalizer) emitWord(t *foldTable, text string, i int, w *word) {
	st := &n.st
	letters := w.hasLetter()
	for i < w.end {
		var f fold
		size := 1
		if b := text[i]; b < 0x80 {
			f = t.ascii[b]
		} else {
			f, size = t.lookup(text[i:])
		}
		start, end := int32(i), int32(i+size)
		switch f.kind {
		case kindLetter:
			st.push(f.letters[0]-'a'+1, false, start, end)
			for k := uint8(1); k < f.n; k++ {
				st.push(f.letters[k]-'a'+1, false, start, end)
			}
		case kindDigit:
			st.push(f.letters[0]-'a'+1, !letters, start, end)
		case kindAmb:
			if w.ambLetter(i) {
				st.push(f.letters[0]-'a'+1, false, start, end)
			} else {
				st.push(symBoundary, false, start, end)
			}
		}
		i += size
	}
}

// spacedWord joins three or more one-letter words separated by one or two joinable
// separators. It reports whether it did and where the text continues.
func (n *normalizer) spacedWord(t *foldTable, text string, i int, w word) (int, bool) {
	n.spaced = append(n.spaced[:0], int32(i))
	last := w
	for {
		if last.visible != 1 {
			break // a one-letter word followed by a symbol ends the run ("c!")
		}
		j, seps := last.end, 0
		for j < len(text) {
			f, size := t.lookup(text[j:])
			if f.kind == kindSkip {
				j += size
				continue
			}
			if f.kind != kindSep || !f.joinable || seps == 2 {
				break
			}
			seps++
			j += size
		}
		if seps == 0 || j >= len(text) {
			break
		}
		if f, _ := t.lookup(text[j:]); f.kind == kindSep {
			break
		}
		next := scanWord(t, text, j)
		if !next.single || next.firstLD != j {
			break
		}
		n.spaced = append(n.spaced, int32(j))
		last = next
	}
	if len(n.spaced) < 3 {
		return 0, false
	}
	letters := false
	for _, p := range n.spaced {
		if f, _ := t.lookup(text[p:]); f.kind == kindLetter {
			letters = true
		}
	}
	var end int
	for _, p := range n.spaced {
		f, size := t.lookup(text[p:])
		n.st.push(f.letters[0]-'a'+1, f.kind == kindDigit && !letters, p, p+int32(size))
		end = int(p) + size
	}
	return end, true
}

// Normalize returns the normalised form of text as screening sees it: lower-case letters
// a-z, words separated by single spaces, runs of a letter written once. It is meant for
// explanations and tests; screening does not build strings.
func Normalize(text string) string {
	var n normalizer
	st := n.normalize(text)
	b := make([]byte, 0, len(st.s))
	for i, s := range st.s {
		if s.c == symBoundary {
			if i > 0 && i < len(st.s)-1 {
				b = append(b, ' ')
			}
			continue
		}
		c := s.c - 1 + 'a'
		if s.digit {
			c = digitOf(c)
		}
		b = append(b, c)
	}
	return string(b)
}

// digitOf returns a digit that leet maps to letter c (for display only).
func digitOf(c byte) byte {
	for d, l := range leet {
		if l == c {
			return byte('0' + d)
		}
	}
	return c
}
