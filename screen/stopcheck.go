package screen

import (
	"bytes"
	"slices"
)

// stopCheck rules out, at a stop of the fast scan, the patterns that the exact matcher
// would make nothing of. The fast table does not count runs, so "pols" stops it for
// "pools" and "keer" for the variant "ker", and it cannot tell a run-together class term
// ("ikhaatvrouwen") from the same letters inside an ordinary word ("apen" in "wapens").
// Where the text around the stop is plain (ASCII letters of words of two or more letters
// and ASCII separators, so that the exact stream has the same symbols there), it builds
// those symbols and verifies every pattern the state found, and asks joinedOK about the
// run-together ones. One Screen call holds one on its stack.
type stopCheck struct {
	s    *Screener
	work int
	st   stream
	buf  [stopCheckMax + 2]symbol
	// model says whether the scan met a trigger word of the text model (modelRead).
	model bool
}

// modelRead handles a stop of the scan at text[i] on a trigger word of the text model and
// reports true: the scan goes on without noting the segment for it. When the words that
// end there are a trigger word as the model reads them (the scan reads a run of letters
// as one: "worden" for "woorden"), it notes that the model is to read the text after the
// terms and rules (Screener.modelled).
func (c *stopCheck) modelRead(text string, i int) bool {
	m := c.s.lex.model
	if c.model || m == nil {
		return true
	}
	lo, hi := max(0, i-modelMaxWord-1), min(len(text), i+2)
	for lo > 0 && text[lo]&0xc0 == 0x80 {
		lo-- // not inside a character
	}
	var found [8]contribution
	_, fs := m.weigh(text[lo:hi], found[:0])
	c.model = slices.ContainsFunc(fs, func(f contribution) bool { return float64(f.w) >= m.trigger })
	return true
}

// stopCheckMax is the most bytes around a stop a stopCheck looks at; a longer stretch
// stops the scan.
const stopCheckMax = 3 * MaxTermLetters

// rejects reports whether no pattern of state (a row offset of s.exact) that ends at
// text[i] is a match, a member of its classes or a hit.
func (c *stopCheck) rejects(text string, i int, state uint32) bool {
	a := c.s.exact
	outs := a.outs[a.outStart[state>>rowShift]:a.outStart[state>>rowShift+1]]
	need := 0
	for _, pi := range outs {
		need = max(need, len(a.patterns[pi].syms))
	}
	// The bytes from the start of a word (or separators) at least need symbols before
	// text[i] to the end of its run, or of its word for a run-together term.
	lo, syms := i, 1
	for lo > 0 && syms < need {
		if plainKind(text[lo-1]) != plainKind(text[lo]) || (asciiLetter[text[lo]] != 0 && asciiLetter[text[lo-1]] != asciiLetter[text[lo]]) {
			syms++
		}
		lo--
	}
	if k := plainKind(text[lo]); k != 0 {
		for lo > 0 && plainKind(text[lo-1]) == k {
			lo--
		}
	}
	hi := i + 1
	if k := plainKind(text[i]); k != 0 {
		for hi < len(text) && plainKind(text[hi]) == k {
			hi++
		}
	}
	if hi-lo > stopCheckMax || (lo > 0 && plainKind(text[lo-1]) == 0) || (hi < len(text) && plainKind(text[hi]) == 0) {
		return false
	}
	st := c.buf[:0]
	if lo == 0 || plainKind(text[lo]) == kindLetterByte {
		st = append(st, symbol{c: symBoundary}) // the separator (or the start) before the word
	}
	end, letters := -1, 0
	for k := lo; k < hi; k++ {
		switch plainKind(text[k]) {
		case 0:
			return false // a digit, sign, control or non-ASCII character: the exact matcher decides
		case kindSepByte:
			if letters == 1 {
				return false // a one-letter word may be part of spaced-out letters
			}
			letters = 0
			if n := len(st) - 1; n < 0 || st[n].c != symBoundary {
				st = append(st, symbol{c: symBoundary})
			}
		default:
			letters++
			ch := asciiLetter[text[k]]
			if n := len(st) - 1; n >= 0 && st[n].c == ch {
				if st[n].run < 255 {
					st[n].run++
				}
			} else {
				st = append(st, symbol{c: ch, run: 1})
			}
		}
		if k == i {
			end = len(st) - 1
		}
	}
	if letters == 1 {
		return false
	}
	if plainKind(text[hi-1]) == kindLetterByte {
		st = append(st, symbol{c: symBoundary}) // the separator (or the end) after the word
	}
	c.st.s = st
	joined := false
	for _, pi := range outs {
		p := &a.patterns[pi]
		if p.kind == patException {
			continue
		}
		start := end - len(p.syms) + 1
		if start < 0 {
			return false
		}
		for k, ch := range p.syms {
			if st[start+k].c != ch {
				return false
			}
		}
		ok, edited := p.verify(&c.st, start)
		if !ok {
			continue
		}
		if p.kind != patJoined || p.whole {
			return false // a match: a hit or a member
		}
		// The stretch holds the whole word, as joinedOK needs.
		f := found{span: span{entry: p.entry, first: int32(start + p.first), last: int32(start + p.last)}, kind: patJoined, fuzzy: edited}
		var jw joinedWord
		// Without the group phrases: one run together after it stops the scan itself.
		m, h := c.s.joinedOK(&c.work, &c.st, f, &jw, nil)
		if h || (m && c.s.rules != nil && !c.s.rules.classes[p.entry].empty()) {
			return false
		}
		joined = true
	}
	// A run-together term that is no member still makes the segment's frame terms be
	// matched (anyMember); they count when a rule can fire on frame terms alone.
	return !joined || (!c.s.framePair && !c.s.afterPhrase(st, end))
}

// framePairOf reports whether a rule can fire on two frame terms: both its parts have a
// class with frame terms. A rule that caps does not count: it makes no hit, and it only
// lowers the hits of a line that has another member or a hit, which is matched in full.
func framePairOf(entries []Entry, rs *ruleSet) bool {
	if rs == nil {
		return false
	}
	var frames classSet
	for i, e := range entries {
		if e.Strength == Frame {
			frames.add(rs.classes[i])
		}
	}
	for ri, p := range rs.parts {
		if !rs.rules[ri].Cap && p[0].meets(frames) && p[1].meets(frames) {
			return true
		}
	}
	return false
}

// afterPhrase reports whether a class phrase run together with its neighbours may end in
// the word of st that holds symbol end, at or before it: keep (joinedOK) then judges a
// run-together term in that word on the span of the whole phrase ("zwart is" in
// "neerknalzwart isainvalide"), which a stopCheck does not see.
func (s *Screener) afterPhrase(st []symbol, end int) bool {
	ws := end
	for ws > 0 && st[ws-1].c != symBoundary {
		ws--
	}
	var key [stopCheckMax]byte
	for k := ws; k <= end; k++ {
		key[k-ws] = st[k].c
		if s.phraseTails[string(key[:k-ws+1])] {
			return true
		}
	}
	return false
}

// phraseTails returns the last words, as symbols, of the class phrases that are also
// found run together (joined patterns of several words).
func phraseTails(pats []pattern) map[string]bool {
	tails := map[string]bool{}
	for _, p := range pats {
		if p.kind != patJoined {
			continue
		}
		if b := bytes.LastIndexByte(p.syms, symBoundary); b >= 0 {
			tails[string(p.syms[b+1:])] = true
		}
	}
	return tails
}

// The kinds of plain bytes (plainKind): letters and separators; 0 for the rest.
const (
	kindLetterByte = 1
	kindSepByte    = 2
)

// plainKind returns kindLetterByte for an ASCII letter, kindSepByte for an ASCII
// separator that is not a sign, and 0 for any other byte.
func plainKind(b byte) uint8 {
	switch {
	case asciiLetter[b] != 0:
		return kindLetterByte
	case plainSep(b):
		return kindSepByte
	}
	return 0
}
