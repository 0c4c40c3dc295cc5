package screen

import (
	"slices"
	"sort"
	"unicode/utf8"
	"unsafe"
)

// The automaton is an Aho-Corasick automaton over the 27 symbols of the normalised stream
// (boundary and a-z), compiled into a dense transition table. Two changes make it run on
// raw text as well as on the normalised stream:
//
//   - every state that was entered on symbol c stays where it is on c, so a run of a
//     letter counts once ("kaaanker" moves like "kanker"), just as the normaliser collapses
//     runs;
//   - three extra columns handle raw bytes: non-ASCII bytes (decoded and folded outside the
//     table), symbols that are letters only inside a word (they end the fast scan), and
//     invisible control characters (they leave the state alone).
//
// The fast scan runs the table over the raw bytes with a 256-entry class table and stops
// at the first accepting state; only texts where it stops are normalised and matched
// exactly. The fast scan sees a superset of what the exact matcher sees (see candidate).

const (
	numSyms  = 27 // boundary + 26 letters
	colAmb   = 27 // @ $ ! | *: signs that may stand for letters (signs.go)
	colHigh  = 28 // a byte >= 0x80
	colSkip  = 29 // invisible ASCII control character
	colJoin  = 30 // - _: a boundary that may split a word to hide it (joinerSpots)
	rowWidth = 32 // columns per state, a power of two so a state is a pre-shifted row offset
	rowShift = 5
)

// patternKind says what a match of a pattern means.
type patternKind uint8

const (
	patTerm       patternKind = iota // a lexicon entry
	patFuzzy                         // a lexicon entry with one letter dropped or two swapped
	patException                     // an exception of a lexicon entry
	patTrigger                       // spaced-out letters: only makes the fast scan stop
	patClassFuzzy                    // a class term with one letter dropped or two swapped
	patJoined                        // a class term inside a word ("ikhaatvrouwen")
)

// triggerEntry is the entry of a pattern of kind patTrigger that is a trigger word of the
// text model (lexicon.go); spaced-out letters have entry -1.
const triggerEntry = -2

// pattern is one string the automaton finds, in normalised symbols.
type pattern struct {
	syms  []byte
	runs  []uint8
	digit []bool
	kind  patternKind
	entry int32 // index of the lexicon entry
	// openStart and openEnd allow the first/last letter's run to be longer in the text
	// (an infix may start, a prefix or infix may end, inside a run).
	openStart, openEnd bool
	// fuzzyRun allows one run to be one longer or shorter (a doubled or dropped letter).
	fuzzyRun bool
	// hitFuzzy is set when an edited match is a hit; otherwise it only makes the term
	// a member of its classes.
	hitFuzzy bool
	// quiet patterns (frame terms) do not stop the fast scan.
	quiet bool
	// whole is set on a joined pattern that counts also as a whole word ("zwartemensen").
	whole bool
	first int // index of the first letter symbol in syms
	last  int // index of the last letter symbol in syms
}

// automaton is the compiled table. It is read-only after build and safe to share.
type automaton struct {
	cls   [256]uint8
	trans []uint32 // row offsets (state << rowShift)
	fast  []uint32 // the fast scan's table (see buildFast)
	// fastCls holds, per byte, the address of its class's column in the fast table.
	fastCls [256]unsafe.Pointer
	// soft holds, per state, whether a stopCheck may rule out its outputs from the text
	// around the stop (all but spaced letters' triggers).
	soft []bool
	// modelOnly holds, per state, whether all its outputs are trigger words of the text
	// model: such a stop only notes that the model is to read the text (stopCheck.model),
	// and its segment is not screened for it (the model checks the word itself).
	modelOnly []bool
	// startStops is set when the start state itself stops the fast scan.
	startStops bool
	start      uint32 // state after the virtual boundary at the start of a text
	output     uint32 // row offsets >= output have outputs (or are special)
	accept     uint32 // row offsets >= accept are accepting (for the fast scan) or special
	stop       uint32 // row offset of the state that ends the fast scan (ambiguous symbol)
	high       uint32 // row offset of the state for non-ASCII bytes
	// exact is the table of the exact scan when every state fits in 16 bits (state ids,
	// not row offsets): a row is then one 64-byte cache line, half the size, which on
	// hit-dense text, where most sentences are matched exactly, is what counts.
	exact    []uint16
	outStart []int32 // per state: its outputs are outs[outStart[s]:outStart[s+1]]
	outs     []int32 // pattern indices
	patterns []pattern
	nodes    int // the states of the trie, which MaxStates bounds
}

// buildAutomaton compiles the patterns. With maxStates > 0 it stops as soon as the trie
// would have more states, and returns the lexicon entry whose pattern went over (the
// last entry for a trigger pattern); otherwise that index is -1.
func buildAutomaton(pats []pattern, maxStates int) (*automaton, int) {
	// Trie.
	type node struct {
		next  [numSyms]int32
		fail  int32
		label byte
		own   []int32
	}
	nodes := []node{{}}
	for pi, p := range pats {
		cur := int32(0)
		for _, c := range p.syms {
			nx := nodes[cur].next[c]
			if nx == 0 {
				if maxStates > 0 && len(nodes) >= maxStates {
					for k := pi; k >= 0; k-- {
						if pats[k].entry >= 0 {
							return nil, int(pats[k].entry)
						}
					}
					return nil, 0
				}
				nodes = append(nodes, node{label: c})
				nx = int32(len(nodes) - 1)
				nodes[cur].next[c] = nx
			}
			cur = nx
		}
		nodes[cur].own = append(nodes[cur].own, int32(pi))
	}
	// Breadth-first: failure links and the full transition function.
	order := make([]int32, 0, len(nodes))
	order = append(order, 0)
	for qi := 0; qi < len(order); qi++ {
		u := order[qi]
		for c := 0; c < numSyms; c++ {
			v := nodes[u].next[c]
			if v == 0 {
				if u != 0 {
					nodes[u].next[c] = nodes[nodes[u].fail].next[c]
				}
				continue
			}
			if u != 0 {
				nodes[v].fail = nodes[nodes[u].fail].next[c]
			}
			order = append(order, v)
		}
	}
	// Outputs: own patterns plus those of the failure chain (computed in BFS order, so the
	// failure target is done first).
	outs := make([][]int32, len(nodes))
	for _, u := range order {
		o := append([]int32(nil), nodes[u].own...)
		if u != 0 {
			o = append(o, outs[nodes[u].fail]...)
		}
		outs[u] = o
	}
	// Number the states: those whose outputs stop the fast scan go last.
	fastAccept := func(u int32) bool {
		for _, pi := range outs[u] {
			if pats[pi].kind != patException && !pats[pi].quiet {
				return true
			}
		}
		return false
	}
	ids := make([]uint32, len(nodes))
	var plain, excOnly, acc []int32
	// In breadth-first order, so that the shallow states, where a scan spends most of its
	// steps, lie together in the table and stay in the cache.
	for _, u := range order {
		switch {
		case fastAccept(u):
			acc = append(acc, u)
		case len(outs[u]) > 0:
			excOnly = append(excOnly, u)
		default:
			plain = append(plain, u)
		}
	}
	numbered := append(append(plain, excOnly...), acc...)
	for id, u := range numbered {
		ids[u] = uint32(id)
	}
	nStates := len(nodes) + 2
	a := &automaton{
		nodes:    len(nodes),
		trans:    make([]uint32, nStates*rowWidth),
		output:   uint32(len(plain)) << rowShift,
		accept:   uint32(len(plain)+len(excOnly)) << rowShift,
		stop:     uint32(len(nodes)) << rowShift,
		high:     uint32(len(nodes)+1) << rowShift,
		outStart: make([]int32, nStates+1),
		patterns: pats,
	}
	for id, u := range numbered {
		row := a.trans[id*rowWidth : (id+1)*rowWidth]
		for c := 0; c < numSyms; c++ {
			row[c] = ids[nodes[u].next[c]] << rowShift
		}
		if u != 0 {
			row[nodes[u].label] = uint32(id) << rowShift // a run counts once
		}
		row[colAmb] = a.stop
		row[colHigh] = a.high
		row[colSkip] = uint32(id) << rowShift
		row[colJoin] = row[symBoundary]
		for c := colJoin + 1; c < rowWidth; c++ {
			row[c] = a.stop
		}
	}
	a.soft = make([]bool, nStates)
	for id, u := range numbered {
		a.soft[id] = !slices.ContainsFunc(outs[u], func(pi int32) bool { return pats[pi].kind == patTrigger })
	}
	a.modelOnly = make([]bool, nStates)
	for id, u := range numbered {
		a.modelOnly[id] = len(outs[u]) > 0 && !slices.ContainsFunc(outs[u], func(pi int32) bool {
			return pats[pi].kind != patTrigger || pats[pi].entry != triggerEntry
		})
	}
	for id, u := range numbered {
		a.outStart[id] = int32(len(a.outs))
		o := outs[u]
		sort.Slice(o, func(i, j int) bool { return o[i] < o[j] })
		a.outs = append(a.outs, o...)
	}
	for id := len(numbered); id <= nStates; id++ {
		a.outStart[id] = int32(len(a.outs))
	}
	a.start = a.trans[ids[0]<<rowShift+symBoundary]
	t := folds()
	for b := 0; b < 256; b++ {
		if b >= utf8.RuneSelf {
			a.cls[b] = colHigh
			continue
		}
		f := t.ascii[b]
		if signByte[b] {
			a.cls[b] = colAmb // * too: a separator that may stand for a letter (signs.go)
			continue
		}
		switch f.kind {
		case kindLetter, kindDigit:
			a.cls[b] = f.letters[0] - 'a' + 1
		case kindAmb:
			a.cls[b] = colAmb
		case kindSkip:
			a.cls[b] = colSkip
		case kindSep:
			a.cls[b] = symBoundary
			if b == '-' || b == '_' {
				a.cls[b] = colJoin
			}
		default:
			a.cls[b] = symBoundary
		}
	}
	a.buildFast()
	return a, -1
}

// match is a pattern found in a stream, by the index of its last symbol.
type match struct {
	pat int32
	end int32
}

// compactExact gives the automaton the 16-bit table of the exact scan when its states
// fit, in place of the 32-bit one.
func (a *automaton) compactExact() {
	rows := len(a.trans) / rowWidth
	if rows > 1<<16 {
		return
	}
	a.exact = make([]uint16, len(a.trans))
	for i, n := range a.trans {
		a.exact[i] = uint16(n >> rowShift)
	}
	a.trans = nil
}

// dropFast makes the automaton one for the exact scan only.
func (a *automaton) dropFast() {
	a.fast = nil
	a.fastCls = [256]unsafe.Pointer{}
}

// dropTrans leaves the automaton its fast table only, which also serves the exact scan.
func (a *automaton) dropTrans() { a.trans = nil }

// scan runs the automaton over a normalised stream and appends every pattern occurrence.
func (a *automaton) scan(st *stream, dst []match) []match {
	if a.exact != nil {
		return a.scan16(st, dst)
	}
	if a.trans == nil {
		return a.scanFast(st, dst)
	}
	tr := a.trans
	s := uint32(0) // root; the stream's own leading boundary moves it to a.start
	out := a.output
	for i := range st.s {
		s = tr[s+uint32(st.s[i].c)]
		if s < out {
			continue
		}
		id := s >> rowShift
		for _, pi := range a.outs[a.outStart[id]:a.outStart[id+1]] {
			dst = append(dst, match{pat: pi, end: int32(i)})
		}
	}
	return dst
}

// scanFast is scan on the fast table.
func (a *automaton) scanFast(st *stream, dst []match) []match {
	tr := a.fast
	s := uint32(0)
	out := a.output
	for i := range st.s {
		s = tr[s+uint32(st.s[i].c)] &^ fastStop
		if s < out {
			continue
		}
		id := s >> rowShift
		for _, pi := range a.outs[a.outStart[id]:a.outStart[id+1]] {
			dst = append(dst, match{pat: pi, end: int32(i)})
		}
	}
	return dst
}

// scan16 is scan on the 16-bit table.
func (a *automaton) scan16(st *stream, dst []match) []match {
	tr := a.exact
	s := uint16(0)
	out := uint16(a.output >> rowShift)
	for i := range st.s {
		s = tr[int(s)<<rowShift|int(st.s[i].c&(rowWidth-1))]
		if s < out {
			continue
		}
		for _, pi := range a.outs[a.outStart[s]:a.outStart[s+1]] {
			dst = append(dst, match{pat: pi, end: int32(i)})
		}
	}
	return dst
}

// size returns the memory held by the automaton, in bytes.
func (a *automaton) size() int {
	n := len(a.trans)*4 + len(a.exact)*2 + len(a.fast)*4 + len(a.outStart)*4 + len(a.outs)*4 + len(a.soft) + len(a.modelOnly) + 256
	for _, p := range a.patterns {
		n += len(p.syms)*3 + 64
	}
	return n
}

// ctxSet is the automaton of the frame terms, cut into automata of at most ctxChunk
// states each, so that every one has the 16-bit table of the exact scan, and the scan
// runs them side by side: their loads, which miss the cache, overlap. Its matches are
// those of one automaton of all the patterns, in the same order.
type ctxSet struct {
	chunks []*automaton
	offs   []int32 // the index in pats of each chunk's first pattern
	pats   []pattern
	nodes  int // the states of one automaton of all the patterns, which MaxStates bounds
}

// ctxChunk is the most states a chunk of a ctxSet has (the 16-bit table holds 65,536).
const ctxChunk = 60000

// buildCtx compiles pats into a ctxSet. With maxStates > 0 it stops when one automaton
// of all the patterns would have more states, and returns the lexicon entry whose
// pattern went over; otherwise that index is -1.
func buildCtx(pats []pattern, maxStates int) (*ctxSet, int) {
	var all, chunk trieCount
	c := &ctxSet{pats: pats}
	from := 0
	for pi, p := range pats {
		if all.add(p.syms); maxStates > 0 && all.nodes() > maxStates {
			for k := pi; k >= 0; k-- {
				if pats[k].entry >= 0 {
					return nil, int(pats[k].entry)
				}
			}
			return nil, 0
		}
		if chunk.fits(p.syms, ctxChunk) {
			chunk.add(p.syms)
			continue
		}
		c.add(pats, from, pi)
		from = pi
		chunk = trieCount{}
		chunk.add(p.syms)
	}
	c.add(pats, from, len(pats))
	c.nodes = all.nodes()
	return c, -1
}

// add makes pats[from:to] a chunk.
func (c *ctxSet) add(pats []pattern, from, to int) {
	if from == to {
		return
	}
	a, _ := buildAutomaton(pats[from:to], 0)
	a.compactExact()
	a.dropFast()
	c.chunks = append(c.chunks, a)
	c.offs = append(c.offs, int32(from))
}

// scan appends every pattern occurrence in st, numbered as in c.pats, in the order of
// one automaton: by end, then by pattern.
func (c *ctxSet) scan(st *stream, dst []match) []match {
	if len(c.chunks) == 1 || c.chunks[0].exact == nil || len(c.chunks) > 8 {
		return c.scanEach(st, dst)
	}
	var states [8]uint16
	for i := range st.s {
		sym := int(st.s[i].c & (rowWidth - 1))
		for k, a := range c.chunks {
			s := a.exact[int(states[k])<<rowShift|sym]
			states[k] = s
			if s < uint16(a.output>>rowShift) {
				continue
			}
			for _, pi := range a.outs[a.outStart[s]:a.outStart[s+1]] {
				dst = append(dst, match{pat: c.offs[k] + pi, end: int32(i)})
			}
		}
	}
	return dst
}

// scanEach is scan one chunk after the other, merged.
func (c *ctxSet) scanEach(st *stream, dst []match) []match {
	from := len(dst)
	for k, a := range c.chunks {
		n := len(dst)
		dst = a.scan(st, dst)
		for j := n; j < len(dst); j++ {
			dst[j].pat += c.offs[k]
		}
	}
	if len(c.chunks) > 1 {
		slices.SortStableFunc(dst[from:], func(x, y match) int { return int(x.end) - int(y.end) })
	}
	return dst
}

// size returns the memory held by the chunks, in bytes.
func (c *ctxSet) size() int {
	n := 0
	for _, a := range c.chunks {
		n += a.size()
	}
	return n
}

// trieCount counts the nodes of a trie of symbol strings.
type trieCount struct{ next [][numSyms]int32 }

func (t *trieCount) nodes() int { return max(1, len(t.next)) }

// fits reports whether adding syms keeps the trie at most limit nodes.
func (t *trieCount) fits(syms []byte, limit int) bool {
	n, cur := t.nodes(), int32(0)
	for i, s := range syms {
		if len(t.next) == 0 || t.next[cur][s] == 0 {
			return n+len(syms)-i <= limit
		}
		cur = t.next[cur][s]
	}
	return true
}

func (t *trieCount) add(syms []byte) {
	if len(t.next) == 0 {
		t.next = make([][numSyms]int32, 1)
	}
	cur := int32(0)
	for _, s := range syms {
		if t.next[cur][s] == 0 {
			t.next = append(t.next, [numSyms]int32{})
			t.next[cur][s] = int32(len(t.next) - 1)
		}
		cur = t.next[cur][s]
	}
}
