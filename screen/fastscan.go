package screen

import "unicode/utf8"

// The fast scan runs the automaton over raw bytes and stops at the first accepting state
// or ambiguous symbol. It has a table of its own, derived from the automaton's: only the
// rows of states that do not stop it, and in each row the entries that would stop it or
// need a non-ASCII character folded carry a flag. A chain can then always take the
// entry as its next state and test the flags of several chains with one OR, and the
// state before a non-ASCII byte is kept in the entry, so the hot loop keeps one state
// per chain in a register.
const (
	fastStop = 1 << 31 // an accepting state or an ambiguous symbol: the scan stops
	fastHigh = 1 << 30 // a byte >= 0x80: fold the character; the low bits are the state before it
	fastFlag = fastHigh
)

// buildFast derives the fast scan's table from the automaton's.
func (a *automaton) buildFast() {
	rows := int(a.accept >> rowShift)
	a.fast = make([]uint32, rows*rowWidth)
	for r := 0; r < rows; r++ {
		own := uint32(r) << rowShift
		for c := 0; c < rowWidth; c++ {
			n := a.trans[int(own)+c]
			switch {
			case c == colHigh:
				n = fastHigh | own
			case n >= a.accept:
				n = fastStop
			}
			a.fast[int(own)+c] = n
		}
	}
	a.startStops = a.start >= a.accept
}

// candidate reports whether text may contain a match: it runs the table over the raw
// bytes, folding non-ASCII characters on the way, and stops at the first accepting state
// or ambiguous symbol. When it returns false the exact matcher finds nothing either: the
// fast scan sees the same symbols except that spaced-out letters stay apart (trigger
// patterns catch them) and ambiguous symbols stop it.
//
// A long text is scanned as four parts in one loop: the four chains of dependent table
// loads overlap, which more than doubles the speed on one core. A part after the first
// starts as if after a boundary (it may see matches that are not there, never fewer);
// the chain before it runs on past its end until it is back in the start state, after
// which no match can span the border that the next chain does not see.
func (a *automaton) candidate(text string) bool {
	if a.startStops {
		return true
	}
	if len(text) >= 4*partMin {
		q := len(text) / 4
		b1, b2, b3 := split(text, q), split(text, 2*q), split(text, 3*q)
		if b1 < b2 && b2 < b3 && b3 < len(text) {
			return a.candidate4(text, b1, b2, b3)
		}
	}
	s, hit, _ := a.run(text, 0, len(text), a.start, false)
	return hit || a.fast[s+symBoundary] >= fastFlag
}

// partMin is the shortest part a chain of the four-chain scan gets.
const partMin = 32

// candidate4 is candidate with four chains over the parts that start at 0, b1, b2, b3.
func (a *automaton) candidate4(text string, b1, b2, b3 int) bool {
	st := [4]uint32{a.start, a.start, a.start, a.start}
	pos := [4]int{0, b1, b2, b3}
	end := [4]int{b1, b2, b3, len(text)}
	for {
		m := min(end[0]-pos[0], end[1]-pos[1], end[2]-pos[2], end[3]-pos[3])
		if m <= 0 {
			break
		}
		k := a.lockstep(text[pos[0]:pos[0]+m], text[pos[1]:pos[1]+m], text[pos[2]:pos[2]+m], text[pos[3]:pos[3]+m], &st)
		for c := range pos {
			pos[c] += k
		}
		if k == m {
			continue
		}
		// The step at pos set a flag in at least one chain.
		for c, n := range st {
			switch {
			case n < fastFlag:
				pos[c]++
			case n&fastStop != 0:
				return true
			default:
				var hit bool
				if st[c], pos[c], hit = a.rune(text, pos[c], n&^fastHigh); hit {
					return true
				}
			}
		}
	}
	return a.finish(text, st[:], pos[:], []int{0, b1, b2, b3, len(text)})
}

// lockstep moves four chains in step over t0..t3 (as long as t0) until a step sets a
// flag in any of them; st holds the states, and after such a step the entries that step
// found. It returns the steps taken before it. It calls nothing, so that its states stay
// in registers.
func (a *automaton) lockstep(t0, t1, t2, t3 string, st *[4]uint32) int {
	tr, cls := a.fast, &a.cls
	t1, t2, t3 = t1[:len(t0)], t2[:len(t0)], t3[:len(t0)]
	s0, s1, s2, s3 := st[0], st[1], st[2], st[3]
	k := 0
	for ; k < len(t0); k++ {
		s0 = tr[s0+uint32(cls[t0[k]])]
		s1 = tr[s1+uint32(cls[t1[k]])]
		s2 = tr[s2+uint32(cls[t2[k]])]
		s3 = tr[s3+uint32(cls[t3[k]])]
		if s0|s1|s2|s3 >= fastFlag {
			break
		}
	}
	st[0], st[1], st[2], st[3] = s0, s1, s2, s3
	return k
}

// split moves i forward to an ASCII byte, so that a chain starts on a character boundary.
func split(text string, i int) int {
	for i < len(text) && text[i] >= utf8.RuneSelf {
		i++
	}
	return i
}

// finish runs every chain to the end of its part and then on, past the part's end,
// until it is back in the start state: from there on the next chain sees every match.
// The last chain runs to the end of the text.
func (a *automaton) finish(text string, states []uint32, pos, bounds []int) bool {
	for k, s := range states {
		s, hit, _ := a.run(text, pos[k], bounds[k+1], s, false)
		if hit {
			return true
		}
		end := bounds[k+1]
		if k < len(states)-1 {
			if s, hit, end = a.run(text, end, len(text), s, true); hit {
				return true
			}
		}
		if end == len(text) && s != a.start && a.fast[s+symBoundary] >= fastFlag {
			return true
		}
	}
	return false
}

// rune folds the non-ASCII character at text[i] and moves state s over it. It returns the
// new state, the index after the character, and whether the scan must stop.
func (a *automaton) rune(text string, i int, s uint32) (uint32, int, bool) {
	f, size := folds().lookup(text[i:])
	i += size
	switch f.kind {
	case kindSkip:
		return s, i, false
	case kindSep:
		s = a.fast[s+symBoundary]
		return s, i, s >= fastFlag
	case kindLetter, kindDigit:
		for k := uint8(0); k < f.n; k++ {
			if s = a.fast[s+uint32(f.letters[k]-'a'+1)]; s >= fastFlag {
				return s, i, true
			}
		}
		return s, i, false
	}
	return s, i, true
}

// run advances state s over text[i:end]. It reports the state, whether it reached an
// accepting state or ambiguous symbol, and where it stopped. With untilStart it stops as
// soon as the state is the start state.
func (a *automaton) run(text string, i, end int, s uint32, untilStart bool) (uint32, bool, int) {
	tr, cls := a.fast, &a.cls
	for ; i < end; i++ {
		if untilStart && s == a.start {
			return s, false, i
		}
		n := tr[s+uint32(cls[text[i]])]
		if n >= fastFlag {
			if n&fastStop != 0 {
				return s, true, i
			}
			var hit bool
			if s, i, hit = a.rune(text, i, s); hit {
				return s, true, i
			}
			i-- // the loop adds one
			continue
		}
		s = n
	}
	return s, false, end
}
