package screen

import (
	"slices"
	"unicode/utf8"
)

// The first, simple normaliser: one pass per rule over a list of characters. It is kept
// as the reference the fast normaliser is compared with (TestNormalizerMatchesReference).

type refStream struct{ s []symbol }

func (st *refStream) reset() { st.s = st.s[:0] }

func (st *refStream) push(c byte, digit bool, start, end int32) {
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
}

// char is one visible character of the input after folding.
type char struct {
	f          fold
	start, end int32
}

// refNormalizer holds reusable buffers; one per goroutine.
type refNormalizer struct {
	chars []char
	st    refStream
}

// normalize fills n.st with the normalised form of text.
func (n *refNormalizer) normalize(text string) *refStream { return n.normalizeAs(text, nil) }

// normalizeAs is normalize with the characters at the offsets in as read as the letter
// or boundary given there (a reading, signs.go) instead of their own fold.
func (n *refNormalizer) normalizeAs(text string, as map[int32]byte) *refStream {
	t := folds()
	n.chars = n.chars[:0]
	for i := 0; i < len(text); {
		f, size := t.lookup(text[i:])
		switch c, ok := as[int32(i)]; {
		case !ok || c == signKeep:
		case c == signSep:
			f = fold{kind: kindSep}
		case c == signSkip:
			f = fold{kind: kindSkip}
		default:
			f = fold{kind: kindLetter, n: 1, letters: [3]byte{c}}
		}
		if f.kind != kindSkip {
			n.chars = append(n.chars, char{f: f, start: int32(i), end: int32(i + size)})
		}
		i += size
	}
	cs := n.chars
	// A symbol that may stand for a letter (@ $ ! |) is a letter only with a letter or digit
	// on both sides within the word; otherwise it is punctuation ("homo!", "@jan").
	for i := range cs {
		if cs[i].f.kind != kindAmb {
			continue
		}
		if !refInWord(cs, i, +1) || !refInWord(cs, i, -1) {
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
		j := refTokenEnd(cs, i)
		// Spaced-out letters: three or more one-letter words joined by short separators are
		// one word ("k a n k e r", "k.a.n.k.e.r", "k-4-n-k-3-r").
		if j == i+1 && cs[i].f.n == 1 {
			if k, count := refSpacedEnd(cs, i); count >= 3 {
				n.emitSpaced(cs[i:k])
				i = k
				continue
			}
		}
		n.emitToken(cs[i:j], refHasLetter(cs[i:j]))
		i = j
	}
	end := int32(len(text))
	st.push(symBoundary, false, end, end)
	return st
}

// inWord reports whether the nearest character in direction dir from i is part of a word,
// looking past other ambiguous symbols ("k@@nker").
func refInWord(cs []char, i, dir int) bool {
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

func refTokenEnd(cs []char, i int) int {
	for i < len(cs) && cs[i].f.kind != kindSep {
		i++
	}
	return i
}

func refHasLetter(cs []char) bool {
	for _, c := range cs {
		if c.f.kind != kindDigit {
			return true
		}
	}
	return false
}

// spacedEnd finds the run of one-letter words starting at i, separated by one or two
// joinable separators. It returns the end of the run and the number of letters.
func refSpacedEnd(cs []char, i int) (end, count int) {
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

func (n *refNormalizer) emitSpaced(cs []char) {
	var letters []char
	for _, c := range cs {
		if c.f.kind != kindSep {
			letters = append(letters, c)
		}
	}
	n.emitToken(letters, refHasLetter(letters))
}

// emitToken pushes the symbols of one word. Digits are letters when the word has letters
// (leetspeak: "k4nker") and digits in a number ("1488").
func (n *refNormalizer) emitToken(cs []char, letters bool) {
	for _, c := range cs {
		digit := c.f.kind == kindDigit && !letters
		for k := uint8(0); k < c.f.n; k++ {
			n.st.push(c.f.letters[k]-'a'+1, digit, c.start, c.end)
		}
	}
}

// refSignSpots is signSpots written out: the words of the text (runs of visible
// characters that are not separators, or are signs), and in each word that has a letter
// the signs with letters or digits on both sides, only after them or only before them;
// a sign right after the same sign, both kept, is linked to it.
func refSignSpots(text string) []signSpot {
	type ch struct {
		f        fold
		sign     bool
		info     signInfo
		at, size int
	}
	var cs []ch
	for i := 0; i < len(text); {
		f, size := folds().lookup(text[i:])
		r, _ := utf8.DecodeRuneInString(text[i:])
		info, sign := signs[r]
		if f.kind != kindSkip || sign {
			cs = append(cs, ch{f: f, sign: sign, info: info, at: i, size: size})
		}
		i += size
	}
	var out []signSpot
	for i := 0; i < len(cs); {
		if !cs[i].sign && cs[i].f.kind == kindSep {
			i++
			continue
		}
		j := i
		for j < len(cs) && (cs[j].sign || cs[j].f.kind != kindSep) {
			j++
		}
		word := cs[i:j]
		isLD := func(c ch) bool { return !c.sign && (c.f.kind == kindLetter || c.f.kind == kindDigit) }
		letter := false
		for _, c := range word {
			letter = letter || (!c.sign && c.f.kind == kindLetter)
		}
		for k, c := range word {
			if !c.sign || !letter || c.info.digit && !digitNearLetter(text, c.at) {
				continue
			}
			before := slices.ContainsFunc(word[:k], isLD)
			after := slices.ContainsFunc(word[k+1:], isLD)
			plain := "\x00"
			if c.f.kind == kindAmb {
				plain = string(rune(signSep)) // @ $ ! | at the edge of a word are boundaries
			}
			var cands string
			switch {
			case before && after && c.info.inner != "":
				cands = "\x00" + c.info.inner
				if text[c.at] == '*' {
					cands += string(rune(signSkip)) // or left out: "mos*lims"
				}
			case before && after:
			case after && c.info.start, before && c.info.end:
				cands = plain + c.info.edge
			}
			if cands == "" {
				continue
			}
			sp := signSpot{at: int32(c.at), size: int32(c.size), cands: cands, word: int32(word[0].at)}
			if n := len(out); n > 0 && !c.info.digit && out[n-1].word == sp.word && int(out[n-1].at+out[n-1].size) == c.at &&
				text[out[n-1].at:c.at] == text[c.at:c.at+c.size] {
				sp.link = true // the same sign again: read as the one before
			}
			out = append(out, sp)
		}
		i = j
	}
	return out
}
