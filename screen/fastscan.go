package screen

import (
	"strings"
	"unicode/utf8"
	"unsafe"
)

// The fast scan runs the automaton over raw bytes and stops at the first accepting state
// or sign that may stand for a letter (signs.go; a sign between separators is one). It
// has a table of its own, derived from the automaton's: in each row the entries that
// would stop it or need a non-ASCII character folded carry a flag. A chain can then
// always take the entry as its next state and test the flags of several chains with one
// OR, and the state before a non-ASCII byte, or the accepting state, is kept in the
// entry, so the hot loop keeps one state per chain in a register. At an accepting state
// a stopCheck may find from the text around the stop that the exact matcher would make
// nothing of its outputs (the table does not count runs: "pols" for "pools", "keer" for
// "ker"; "apen" inside "wapens" is no run-together word): the scan then goes on from
// that state.
const (
	fastStop = 1 << 31 // an accepting state (in the low bits): the scan stops
	fastHigh = 1 << 30 // a byte >= 0x80 or a sign: fold the character; the low bits are the state before it
	fastFlag = fastHigh
)

// buildFast derives the fast scan's table from the automaton's.
func (a *automaton) buildFast() {
	rows := len(a.trans) / rowWidth
	a.fast = make([]uint32, rows*rowWidth)
	for r := 0; r < rows; r++ {
		own := uint32(r) << rowShift
		for c := 0; c < rowWidth; c++ {
			n := a.trans[int(own)+c]
			switch {
			case c == colHigh, c == colAmb:
				n = fastHigh | own
			case c == colJoin:
				// After a letter, a hyphen or underscore may split a word (joiner); after a
				// boundary it is one more. A dot is not in this column: it ends most
				// sentences, and a stop at each would cost the scan a third of its speed
				// (joinerSpots reads a dot through only where the plain reading found a term).
				if n = a.fast[own+symBoundary]; a.trans[own+symBoundary] != own {
					n = fastHigh | own
				}
				a.fast[int(own)+c] = n
				continue
			case n >= a.accept && n == own:
				// A run of the accepting state's own letter (or separators) goes on: the
				// stopCheck at the first saw the whole run.
			case n >= a.accept:
				n |= fastStop // the state stays, so that a scan can go on from it (stopCheck)
			}
			if n < fastFlag && (n%rowWidth != 0 || int(n) >= len(a.fast)) {
				panic("screen: fast table entry is not a row") // lockstep relies on it
			}
			a.fast[int(own)+c] = n
		}
	}
	a.startStops = a.start >= a.accept
	if !a.startStops && a.start%rowWidth != 0 {
		panic("screen: start state is not a row")
	}
	if !a.startStops && (a.cls[' '] != symBoundary || a.fast[a.start+symBoundary] != a.start) {
		panic("screen: a blank does not keep the start state") // lines4's idle chains rely on it
	}
	for b, c := range a.cls {
		if c >= rowWidth {
			panic("screen: byte class out of range") // lockstep relies on it
		}
		a.fastCls[b] = unsafe.Pointer(&a.fast[c])
	}
}

// candidate reports whether text may contain a match (see candidateSegments).
func (a *automaton) candidate(text string) bool {
	return len(a.candidateSegments(text, nil)) > 0
}

// candidateSegments appends to dst the start offsets of the segments (lines, or sentences
// in a line, see segmentStart) of text that may contain a match, in no particular order
// and perhaps more than once. It runs the table over the raw bytes, folding non-ASCII
// characters on the way; at an accepting state or a sign that may be a letter it notes
// the segment and starts afresh on the next one. A segment it does not note holds no
// match of the exact matcher: the fast scan sees the same symbols except that spaced-out
// letters stay apart (trigger patterns catch them) and a sign that may be a letter in
// some reading stops it, and a scan that comes into a segment from the one before sees
// every match that one starting on the segment sees (a segment break is a boundary).
//
// A long text is scanned as four parts in one loop: the four chains of dependent table
// loads overlap, which more than doubles the speed on one core. A part after the first
// starts as if after a boundary (it may see matches that are not there, never fewer);
// the chain before it runs on past its end until it is back in the start state, after
// which no match can span the border that the next chain does not see.
func (a *automaton) candidateSegments(text string, dst []int) []int {
	return a.segments(text, dst, nil)
}

// segments is candidateSegments where wc, if not nil, may rule out a stop at
// run-together class terms; it may then note fewer segments, never one with a hit.
func (a *automaton) segments(text string, dst []int, wc *stopCheck) []int {
	if a.startStops {
		for i := 0; i < len(text); i = nextSegment(text, i) {
			dst = append(dst, i)
		}
		return dst
	}
	if len(text) >= 4*partMin {
		q := len(text) / 4
		b1, b2, b3 := split(text, q), split(text, 2*q), split(text, 3*q)
		if b1 < b2 && b2 < b3 && b3 < len(text) {
			return a.lines4(text, b1, b2, b3, dst, wc)
		}
	}
	dst, s, i := a.chain(text, 0, len(text), a.start, dst, wc)
	return a.atEnd(text, i, s, dst, wc)
}

// partMin is the shortest part a chain of the four-chain scan gets.
const partMin = 32

// lines4 is candidateSegments with four chains over the parts that start at 0, b1, b2, b3.
// A chain that is done (at the end of its part, and for all but the last run on until
// back in the start state) goes on in step over idle, blanks that keep it in the start
// state, so that the others stay in step: in prose a note often moves a chain past its
// part's end long before the others get to theirs.
func (a *automaton) lines4(text string, b1, b2, b3 int, dst []int, wc *stopCheck) []int {
	st := [4]uint32{a.start, a.start, a.start, a.start}
	pos := [4]int{0, b1, b2, b3}
	end := [4]int{b1, b2, b3, len(text)}
	var done [4]bool
	for left := 4; ; {
		for c := range pos {
			if !done[c] && pos[c] >= end[c] {
				s, i := st[c], pos[c]
				if c < 3 && s != a.start {
					s, i, dst = a.runOn(text, i, s, dst, wc)
				}
				dst = a.atEnd(text, i, s, dst, wc)
				done[c], st[c] = true, a.start
				left--
			}
		}
		if left == 0 {
			return dst
		}
		m := len(idle)
		var t [4]string
		for c := range pos {
			if !done[c] {
				m = min(m, end[c]-pos[c])
			}
		}
		for c := range pos {
			if t[c] = idle[:m]; !done[c] {
				t[c] = text[pos[c] : pos[c]+m]
			}
		}
		k := a.lockstep(t[0], t[1], t[2], t[3], &st)
		for c := range pos {
			if !done[c] {
				pos[c] += k
			}
		}
		if k == m {
			continue
		}
		// The step at pos set a flag in at least one chain (never in one that is done).
		var stop [4]bool
		for c, n := range st {
			switch {
			case done[c]:
			case n < fastFlag:
				pos[c]++
			case n&fastStop != 0:
				if s := n &^ fastStop; wc != nil && (a.modelOnly[s>>rowShift] && wc.modelRead(text, pos[c]) || a.soft[s>>rowShift] && wc.rejects(text, pos[c], s)) {
					st[c] = s
					pos[c]++
				} else {
					stop[c] = true
				}
			default:
				st[c], pos[c], stop[c] = a.rune(text, pos[c], n&^fastHigh)
			}
		}
		for c := range stop {
			if stop[c] {
				dst = a.note(text, pos[c], &st, &pos, dst)
			}
		}
	}
}

// idle is what a chain that is done runs over: blanks keep the start state.
var idle = strings.Repeat(" ", 256)

// note notes the segment that holds text[i]; every chain inside it goes on, afresh, from
// the next segment (in a text of one segment, the first stop ends the scan).
func (a *automaton) note(text string, i int, st *[4]uint32, pos *[4]int, dst []int) []int {
	ls, nl := segmentStart(text, i), nextSegment(text, i)
	for c := range pos {
		if ls <= pos[c] && pos[c] < nl || pos[c] == i {
			st[c], pos[c] = a.start, nl
		}
	}
	return append(dst, ls)
}

// chain runs state s over text[i:end] with the notes and fresh starts of candidateSegments.
// It returns where it got to (end, or past it after a fresh start) and the state there.
func (a *automaton) chain(text string, i, end int, s uint32, dst []int, wc *stopCheck) ([]int, uint32, int) {
	for i < end {
		var hit bool
		if s, hit, i = a.run(text, i, end, s, false, wc); !hit {
			break
		}
		dst = append(dst, segmentStart(text, i))
		s, i = a.start, nextSegment(text, i)
	}
	return dst, s, i
}

// runOn runs state s on from text[i] until it is back in the start state.
func (a *automaton) runOn(text string, i int, s uint32, dst []int, wc *stopCheck) (uint32, int, []int) {
	s, hit, i := a.run(text, i, len(text), s, true, wc)
	if hit {
		return a.start, nextSegment(text, i), append(dst, segmentStart(text, i))
	}
	return s, i, dst
}

// atEnd notes the last segment if a chain that reached the end of the text in state s
// would stop on the boundary that ends it.
func (a *automaton) atEnd(text string, i int, s uint32, dst []int, wc *stopCheck) []int {
	if i == len(text) && s != a.start && a.fast[s+symBoundary] >= fastFlag {
		n := a.fast[s+symBoundary]
		if t := n &^ fastStop; n&fastStop != 0 && wc != nil && a.modelOnly[t>>rowShift] && wc.modelRead(text, i) {
			return dst // a trigger word of the text model ends the text
		}
		dst = append(dst, segmentStart(text, i))
	}
	return dst
}

// lockstep moves four chains in step over t0..t3 (as long as t0) until a step sets a
// flag in any of them; st holds the states, and after such a step the entries that step
// found. It returns the steps taken before it.
//
// It is the hot loop: it calls nothing, so that its states stay in registers, and a step
// is one load whose address is the state plus the column of the byte's class, found in
// fastCls, so that the add is not in the chain of dependent loads. The load needs no
// bounds check: buildFast checks that every entry without a flag is the offset of a row
// and every class a column, and the loop stops at the first flag.
func (a *automaton) lockstep(t0, t1, t2, t3 string, st *[4]uint32) int {
	row := &a.fastCls
	t1, t2, t3 = t1[:len(t0)], t2[:len(t0)], t3[:len(t0)]
	s0, s1, s2, s3 := st[0], st[1], st[2], st[3]
	k := 0
	for ; k < len(t0); k++ {
		s0 = *(*uint32)(unsafe.Add(row[t0[k]], uintptr(s0)*4))
		s1 = *(*uint32)(unsafe.Add(row[t1[k]], uintptr(s1)*4))
		s2 = *(*uint32)(unsafe.Add(row[t2[k]], uintptr(s2)*4))
		s3 = *(*uint32)(unsafe.Add(row[t3[k]], uintptr(s3)*4))
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

// rune folds the character at text[i] (non-ASCII, or a sign) and moves state s over it.
// It returns the new state, the index after the character (at a stop: of the character,
// which may end a sentence), and whether the scan must stop.
func (a *automaton) rune(text string, i int, s uint32) (uint32, int, bool) {
	if text[i] == '-' || text[i] == '_' {
		return a.joiner(text, i, s)
	}
	if info, size, ok := signAt(text, i); ok {
		if mayBeLetter(text, i, size, info) {
			return s, i, true
		}
		if !info.digit { // a digit in a number is read as the fold below has it
			if s = a.fast[s+symBoundary]; s >= fastFlag {
				return s, i, true
			}
			return s, i + size, false
		}
	}
	f, size := folds().lookup(text[i:])
	switch f.kind {
	case kindSkip:
		return s, i + size, false
	case kindSep:
		if s = a.fast[s+symBoundary]; s >= fastFlag {
			return s, i, true
		}
		return s, i + size, false
	case kindLetter, kindDigit:
		for k := uint8(0); k < f.n; k++ {
			if s = a.fast[s+uint32(f.letters[k]-'a'+1)]; s >= fastFlag {
				return s, i, true
			}
		}
		return s, i + size, false
	}
	return s, i, true
}

// joiner moves state s over the hyphen or underscore at text[i], after a letter, as
// over a boundary; but between two ASCII letters it first runs on over the text as if the
// sign were left out (the reading of joinerSpots), beside the plain state, until the two
// are one state: when that reading may stop the scan before, or the two do not meet, the
// scan stops here.
func (a *automaton) joiner(text string, i int, s uint32) (uint32, int, bool) {
	b := a.fast[s+symBoundary]
	if b >= fastFlag {
		return b, i, true
	}
	if i == 0 || i+1 == len(text) || asciiLetter[text[i-1]] == 0 || asciiLetter[text[i+1]] == 0 {
		return b, i + 1, false
	}
	x, y := s, b
	for k := i + 1; k < len(text) && k <= i+joinerRun; k++ {
		c := uint32(a.cls[text[k]])
		nx, ny := a.fast[x+c], a.fast[y+c]
		if nx >= fastFlag || ny >= fastFlag {
			break // a stop, or a character the table does not fold: stop (the plain scan would see it next anyway)
		}
		if x, y = nx, ny; x == y {
			return b, i + 1, false
		}
	}
	return s, i, true
}

// joinerRun is how far joiner runs the reading without the sign before it stops the scan.
const joinerRun = 3 * MaxTermLetters

// mayBeLetter reports whether the sign at text[i] may be a letter in a reading of its
// segment (signs.go), judged by its neighbours alone: it is a separator when both are
// separators, or, for ! (never a letter at a word end), when the one after it is; a digit
// (1) only with a letter near it in its word.
func mayBeLetter(text string, i, size int, info signInfo) bool {
	if info.digit {
		return digitNearLetter(text, i)
	}
	prev := i > 0 && !plainSep(text[i-1])
	next := i+size < len(text) && !plainSep(text[i+size])
	return next && (prev || info.start) || prev && info.end
}

// plainSep reports whether b is an ASCII separator that is not a sign.
func plainSep(b byte) bool {
	return b < utf8.RuneSelf && !signByte[b] && folds().ascii[b].kind == kindSep
}

// run advances state s over text[i:end]. It reports the state, whether it reached an
// accepting state or a sign that may be a letter, and where it stopped (past end when a character
// reaches over it). With untilStart it stops as soon as the state is the start state.
func (a *automaton) run(text string, i, end int, s uint32, untilStart bool, wc *stopCheck) (uint32, bool, int) {
	tr, cls := a.fast, &a.cls
	for ; i < end; i++ {
		if untilStart && s == a.start {
			return s, false, i
		}
		n := tr[s+uint32(cls[text[i]])]
		if n >= fastFlag {
			if n&fastStop != 0 {
				if t := n &^ fastStop; wc != nil && (a.modelOnly[t>>rowShift] && wc.modelRead(text, i) || a.soft[t>>rowShift] && wc.rejects(text, i, t)) {
					s = t
					continue
				}
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
	return s, false, i
}
