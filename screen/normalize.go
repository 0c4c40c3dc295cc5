package screen

// The exact normaliser turns a text into a stream of symbols: the letters a-z (as 1-26)
// and the word boundary (0). Runs of the same symbol are collapsed into one symbol with a
// run length, so "kaaaanker" and "kanker" have the same symbols and differ only in a run
// length that the matcher checks. Every symbol keeps the byte offsets of the original
// characters it came from, so hits map back to the original UTF-8 text.

// symBoundary is the symbol of a word boundary.
const symBoundary = 0

// stream is a normalised text. Index 0 and the last index are boundaries standing for
// the start and the end of the text.
type stream struct {
	sym   []byte  // 0 boundary, 1-26 letter
	run   []uint8 // run length of a letter (capped at 255)
	digit []bool  // the letter was a digit in a number ("1488"), not leetspeak
	start []int32 // byte offset of the first original character
	end   []int32 // byte offset just after the last original character
}

func (st *stream) reset() {
	st.sym, st.run, st.digit = st.sym[:0], st.run[:0], st.digit[:0]
	st.start, st.end = st.start[:0], st.end[:0]
}

func (st *stream) push(sym byte, digit bool, start, end int32) {
	if n := len(st.sym) - 1; n >= 0 && st.sym[n] == sym && st.digit[n] == digit {
		if sym != symBoundary && st.run[n] < 255 {
			st.run[n]++
		}
		st.end[n] = end
		return
	}
	r := uint8(1)
	if sym == symBoundary {
		r = 0
	}
	st.sym = append(st.sym, sym)
	st.run = append(st.run, r)
	st.digit = append(st.digit, digit)
	st.start = append(st.start, start)
	st.end = append(st.end, end)
}

// char is one visible character of the input after folding.
type char struct {
	f          fold
	start, end int32
}

// normalizer holds reusable buffers; one per goroutine.
type normalizer struct {
	chars []char
	st    stream
}

// normalize fills n.st with the normalised form of text.
func (n *normalizer) normalize(text string) *stream {
	t := folds()
	n.chars = n.chars[:0]
	for i := 0; i < len(text); {
		f, size := t.lookup(text[i:])
		if f.kind != kindSkip {
			n.chars = append(n.chars, char{f: f, start: int32(i), end: int32(i + size)})
		}
		i += size
	}
	cs := n.chars
	// A symbol that may stand for a letter (@ $ ! |) is a letter only with a letter or digit
	// on both sides within the word; otherwise it is punctuation ("homo!").
	for i := range cs {
		if cs[i].f.kind == kindAmb && !(inWord(cs, i, -1) && inWord(cs, i, +1)) {
			cs[i].f = fold{kind: kindSep}
		}
	}
	st := &n.st
	st.reset()
	st.push(symBoundary, false, 0, 0)
	for i := 0; i < len(cs); {
		if cs[i].f.kind == kindSep {
			st.push(symBoundary, false, cs[i].start, cs[i].end)
			i++
			continue
		}
		j := tokenEnd(cs, i)
		// Spaced-out letters: three or more one-letter words joined by short separators are
		// one word ("k a n k e r", "k.a.n.k.e.r", "k-4-n-k-3-r").
		if j == i+1 && cs[i].f.n == 1 {
			if k, count := spacedEnd(cs, i); count >= 3 {
				n.emitSpaced(cs[i:k])
				i = k
				continue
			}
		}
		n.emitToken(cs[i:j], hasLetter(cs[i:j]))
		i = j
	}
	end := int32(len(text))
	st.push(symBoundary, false, end, end)
	return st
}

// inWord reports whether the nearest character in direction dir from i is part of a word,
// looking past other ambiguous symbols ("k@@nker").
func inWord(cs []char, i, dir int) bool {
	for j := i + dir; j >= 0 && j < len(cs); j += dir {
		switch cs[j].f.kind {
		case kindLetter, kindDigit:
			return true
		case kindAmb:
			continue
		}
		return false
	}
	return false
}

func tokenEnd(cs []char, i int) int {
	for i < len(cs) && cs[i].f.kind != kindSep {
		i++
	}
	return i
}

func hasLetter(cs []char) bool {
	for _, c := range cs {
		if c.f.kind != kindDigit {
			return true
		}
	}
	return false
}

// spacedEnd finds the run of one-letter words starting at i, separated by one or two
// joinable separators. It returns the end of the run and the number of letters.
func spacedEnd(cs []char, i int) (end, count int) {
	end, count = i+1, 1
	for {
		j := end
		seps := 0
		for j < len(cs) && cs[j].f.kind == kindSep && cs[j].f.joinable && seps < 2 {
			j++
			seps++
		}
		if seps == 0 || j >= len(cs) || cs[j].f.kind == kindSep || cs[j].f.n != 1 {
			return end, count
		}
		if j+1 < len(cs) && cs[j+1].f.kind != kindSep {
			return end, count // the next word has more than one letter
		}
		end, count = j+1, count+1
	}
}

func (n *normalizer) emitSpaced(cs []char) {
	var letters []char
	for _, c := range cs {
		if c.f.kind != kindSep {
			letters = append(letters, c)
		}
	}
	n.emitToken(letters, hasLetter(letters))
}

// emitToken pushes the symbols of one word. Digits are letters when the word has letters
// (leetspeak: "k4nker") and digits in a number ("1488").
func (n *normalizer) emitToken(cs []char, letters bool) {
	for _, c := range cs {
		digit := c.f.kind == kindDigit && !letters
		for k := uint8(0); k < c.f.n; k++ {
			n.st.push(c.f.letters[k]-'a'+1, digit, c.start, c.end)
		}
	}
}

// Normalize returns the normalised form of text as screening sees it: lower-case letters
// a-z, words separated by single spaces, runs of a letter written once. It is meant for
// explanations and tests; screening does not build strings.
func Normalize(text string) string {
	var n normalizer
	st := n.normalize(text)
	b := make([]byte, 0, len(st.sym))
	for i, s := range st.sym {
		if s == symBoundary {
			if i > 0 && i < len(st.sym)-1 {
				b = append(b, ' ')
			}
			continue
		}
		c := s - 1 + 'a'
		if st.digit[i] {
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
