package screen

import (
	"cmp"
	"slices"
	"sort"
	"sync"
	"unsafe"

	"stelsel/catalog"
)

// Hit is one lexicon term found in a text, with what an analyst needs to judge it.
type Hit struct {
	Term     string   `json:"term"`
	Grounds  []string `json:"grounds"`
	Mode     string   `json:"mode"`
	Strength string   `json:"strength"`
	// Start and End are byte offsets in the original UTF-8 text; Match is text[Start:End].
	// A prefix or infix hit covers the whole word it was found in.
	Start int    `json:"start"`
	End   int    `json:"end"`
	Match string `json:"match"`
	// Fuzzy is set when the hit needed a dropped, doubled or swapped letter.
	Fuzzy bool `json:"fuzzy,omitempty"`
	// Score is how strong a signal the hit is, 0-100 (see score.go).
	Score int `json:"score"`
	// A rule hit (Mode "rule", Term the rule's name) has its two parts and a sentence
	// that explains it; Start and End span both parts.
	Parts       []Part `json:"parts,omitempty"`
	Explanation string `json:"explanation,omitempty"`
}

// Part is one of the two terms of a rule hit.
type Part struct {
	Class string `json:"class"`
	Term  string `json:"term"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Match string `json:"match"`
	Fuzzy bool   `json:"fuzzy,omitempty"`
}

// Result is the outcome of screening one text.
type Result struct {
	// Flagged is set when Score reaches FlagScore: the registration enters the review
	// queue. A text with only a weak hit or two keeps its hits but is not flagged.
	Flagged bool `json:"flagged"`
	// Score is the strength of the strongest signal, 0-100; StrongScore and above is a
	// slur, a symbol, a hostile statement or a motive construction.
	Score   int      `json:"score"`
	Grounds []string `json:"grounds"` // union of the hits' grounds, in catalog order
	Hits    []Hit    `json:"hits"`    // ordered by Start, End, then lexicon order
	Lexicon string   `json:"lexicon"` // version of the lexicon used
}

// Strong reports whether any hit is strong; the review queue puts these first.
func (r Result) Strong() bool {
	for _, h := range r.Hits {
		if h.Strength == Strong {
			return true
		}
	}
	return false
}

// Screener screens texts against one lexicon. It is safe for concurrent use by many
// goroutines: the automaton is read-only and scratch buffers come from a pool.
type Screener struct {
	rules    *ruleSet
	glue     map[string]bool // words a run-together word may be made of (joined.go)
	glueTrie glueTrie        // the glue words without the curses, for glued
	glueMax  int
	// phraseTails are the last words of class phrases found run together (stopcheck.go).
	phraseTails map[string]bool
	framePair   bool // a rule can fire on frame terms alone (stopcheck.go)
	lex         *Lexicon
	auto        *automaton // the fast scan
	exact       *automaton // the exact matcher: auto's patterns, in its 16-bit table when they fit
	ctx         *ctxSet    // the frame terms (nil if none), matched on segments with a class member
	ctxFrom     int32      // the number of exact's patterns
	entries     []Entry
	rank        map[string]int // ground code -> catalog position
	flags       []uint8        // per entry: entryHit, entryInWord
	pool        sync.Pool
}

type scratch struct {
	model []contribution // the text model's features found (model.go)
	// triggered says whether the exact scan met a trigger word of the text model.
	triggered bool
	work      int   // symbols walked to find the words of hits (tests bound it)
	lines     []int // the segments the fast scan noted
	check     stopCheck
	n         normalizer
	matches   []match
	exc       []span
	excHits   []span // the found terms that an exception of theirs removed (coveredByAny)
	groups    []span // the found group phrases (groupPhrases)
	found     []found
	kept      []found
	members   []member
	fired     []ruleHit
	ends      []int
	quotes    []int      // byte spans of the quotations in the text (quoteSpans), once quoted
	quoted    bool       // whether quotes holds the spans of text
	text      string     // the text being screened
	links     []link     // per sentence of a segment: where it takes up the one before
	soft      []int      // the sentence ends in a segment that do not break it (softEnds)
	skipped   []int      // the signs the reading being screened leaves out (signSkip)
	jn        normalizer // for joinWorth
	jbuf      []byte
	jmatch    []match
	words     []int32
	spots     []signSpot // signs that may be letters (signs.go)
	reading   []byte     // the segment as one reading has it
	chosen    []uint8    // per spot: its reading in the best reading so far
	try       []uint8    // per spot: its reading in the reading being screened
	// fixChoice is try while a reading other than the plain one is screened.
	fixChoice []uint8
}

type span struct {
	entry       int32
	first, last int32
}

type found struct {
	span
	kind     patternKind
	hitFuzzy bool
	whole    bool
	fuzzy    bool
	start    int
	end      int
}

// Entry flags, so that the hot loop of keep compares no strings.
const (
	entryHit    = 1 << iota // a strong or weak term: a hit of its own
	entryInWord             // a prefix or infix term: its hit covers the whole word
)

// New compiles a lexicon into a Screener.
func New(lex *Lexicon) *Screener {
	s := &Screener{lex: lex, entries: lex.entries, rank: map[string]int{}}
	for i, g := range catalog.Default().Grounds.Codes() {
		s.rank[g] = i
	}
	s.auto, s.exact, s.ctx, s.ctxFrom = lex.auto, lex.auto, lex.ctx, lex.ctxFrom
	s.phraseTails = phraseTails(s.exact.patterns)
	s.flags = make([]uint8, len(s.entries))
	for i, e := range s.entries {
		if e.Strength == Strong || e.Strength == Weak {
			s.flags[i] |= entryHit
		}
		if e.Mode == ModePrefix || e.Mode == ModeInfix {
			s.flags[i] |= entryInWord
		}
	}
	if len(lex.rules) > 0 {
		s.rules = compileRules(lex.entries, lex.rules)
		s.glue, s.glueMax = glueWords(lex.entries)
		s.glueTrie = newGlueTrie(s.glue)
	}
	s.framePair = framePairOf(s.entries, s.rules)
	s.pool.New = func() any { return new(scratch) }
	return s
}

// Lexicon returns the lexicon the screener uses.
func (s *Screener) Lexicon() *Lexicon { return s.lex }

// AutomatonSize returns the memory held by the compiled automaton, in bytes.
func (s *Screener) AutomatonSize() int {
	n := s.auto.size()
	if s.ctx != nil {
		n += s.ctx.size()
	}
	return n
}

// Screen screens one text. Invalid UTF-8 is allowed: bad bytes count as word boundaries.
func (s *Screener) Screen(text string) Result {
	// Empty, not nil, so that JSON shows [] (zero-length slices do not allocate).
	res := Result{Grounds: []string{}, Hits: []Hit{}, Lexicon: s.lex.version}
	// Hits never span a line break or sentence end (fastscan.go), so only the segments
	// the fast scan points at are normalised and matched exactly, each once.
	sc := s.pool.Get().(*scratch)
	defer s.pool.Put(sc)
	sc.check.s, sc.check.model = s, false
	sc.lines = s.auto.segments(text, sc.lines[:0], &sc.check)
	sc.triggered = sc.check.model
	if len(sc.lines) == 0 {
		// No term or class member; the model reads the text when the scan met one of its
		// trigger words (modelled).
		return s.modelled(sc, text, res)
	}
	slices.Sort(sc.lines)
	return s.screenWith(sc, text, slices.Compact(sc.lines), res)
}

// screenSegments screens the segments of text that start at lines (sorted, distinct).
func (s *Screener) screenSegments(text string, lines []int, res Result) Result {
	sc := s.pool.Get().(*scratch)
	defer s.pool.Put(sc)
	sc.triggered = false
	return s.screenWith(sc, text, lines, res)
}

// screenWith is screenSegments with the scratch buffers sc.
func (s *Screener) screenWith(sc *scratch, text string, lines []int, res Result) Result {
	kept := sc.kept[:0]
	// sc.triggered: set by the caller (the fast scan), and by the exact scan below.
	sc.fired = sc.fired[:0]
	sc.quotes, sc.quoted, sc.text = sc.quotes[:0], false, text // quoteSpans on demand (fire)
	for _, start := range lines {
		end := nextSegment(text, start)
		if end > start && text[end-1] == '\n' {
			end--
		}
		if end > start {
			kept = s.screenLine(sc, text[start:end], start, kept)
		}
	}
	sc.kept = kept
	if len(kept) == 0 && len(sc.fired) == 0 {
		return s.modelled(sc, text, res)
	}
	// Deterministic order: position, then lexicon order; an exact hit before a fuzzy one
	// of the same term on the same span, which it then replaces.
	slices.SortFunc(kept, func(a, b found) int {
		switch {
		case a.start != b.start:
			return cmp.Compare(a.start, b.start)
		case a.end != b.end:
			return cmp.Compare(a.end, b.end)
		case a.entry != b.entry:
			return cmp.Compare(a.entry, b.entry)
		case a.fuzzy == b.fuzzy:
			return 0
		case !a.fuzzy:
			return -1
		}
		return 1
	})
	res.Hits = make([]Hit, 0, len(kept)+len(sc.fired))
	// The hits' grounds share one array, each slice capped so that an append copies.
	grounds := make([]string, 0, s.groundsOf(kept))
	group, exact := -1, false // the first hit on this span; whether one of them is exact
	for i, f := range kept {
		if i > 0 && kept[i-1].entry == f.entry && kept[i-1].start == f.start && kept[i-1].end == f.end {
			continue
		}
		if group < 0 || kept[group].start != f.start || kept[group].end != f.end {
			group, exact = i, false
			for j := i; j < len(kept) && kept[j].start == f.start && kept[j].end == f.end; j++ {
				exact = exact || !kept[j].fuzzy
			}
		}
		if f.fuzzy && exact {
			continue // another term already explains this word exactly
		}
		e := &s.entries[f.entry]
		g := len(grounds)
		grounds = append(grounds, e.Grounds...)
		res.Hits = append(res.Hits, Hit{Term: e.Term, Grounds: grounds[g:len(grounds):len(grounds)], Mode: e.Mode, Strength: e.Strength,
			Start: f.start, End: f.end, Match: text[f.start:f.end], Fuzzy: f.fuzzy, Score: termScore(e.Strength, f.fuzzy)})
	}
	if len(sc.fired) > 0 {
		res.Hits = s.ruleHits(text, sc.fired, res.Hits)
	}
	res.Score = resultScore(res.Hits)
	res.Flagged = res.Score >= FlagScore
	res.Grounds = s.union(res.Hits)
	return s.modelled(sc, text, res)
}

// modelled is res with the text model's hit when the lexicon has a model (model.go) and
// the exact scan met one of its trigger words: the model flags no text without one
// (Model.apply), so it reads no other text; and with the strong signals lowered when the
// model has a counterweight and the text's words weigh against (Model.lower).
func (s *Screener) modelled(sc *scratch, text string, res Result) Result {
	m := s.lex.model
	if m == nil || !sc.triggered && (!m.lowers || res.Score < StrongScore) {
		return res
	}
	return m.apply(text, res, &sc.model)
}

// screenLine matches one segment (line or sentence) exactly and appends its hits, with
// offsets into the text: in the plain reading and, when signs in it may stand for
// letters, in other readings too (signs.go).
func (s *Screener) screenLine(sc *scratch, line string, offset int, kept []found) []found {
	fired, from := len(sc.fired), len(kept)
	sc.fixChoice = nil
	sc.soft = softEnds(line, sc.soft[:0])
	kept = s.screenReading(sc, line, line, offset, kept)
	sc.spots = joinerSpots(line, signSpots(line, sc.spots[:0]), s.plainFound(sc, kept[from:]), sc.joinWorth)
	if len(sc.spots) == 0 {
		return kept
	}
	return s.screenReadings(sc, line, offset, kept, fired, s.readingWorth(sc, kept[from:], fired))
}

// joinWorth reports whether word (ASCII letters and the sign at join) read without the
// sign may hold a term, exception aside, whose letters span the join (joinerSpots): a
// match of one of the two automata there, not yet verified.
func (sc *scratch) joinWorth(word string, join int) bool {
	s := sc.check.s
	sc.jbuf = append(append(sc.jbuf[:0], word[:join]...), word[join+1:]...)
	w := unsafe.String(unsafe.SliceData(sc.jbuf), len(sc.jbuf))
	var st *stream
	st, sc.jmatch = s.exactScan(&sc.jn, w, sc.jmatch[:0])
	if spanning(st, sc.jmatch, s.exact.patterns, join) {
		return true
	}
	if s.ctx == nil {
		return false
	}
	sc.jmatch = s.ctx.scan(st, sc.jmatch[:0])
	return spanning(st, sc.jmatch, s.ctx.pats, join)
}

// spanning reports whether a match of pats in st that is no exception or trigger has
// letters on both sides of byte offset join.
func spanning(st *stream, ms []match, pats []pattern, join int) bool {
	for _, m := range ms {
		p := &pats[m.pat]
		start := int(m.end) - len(p.syms) + 1
		if p.kind == patException || p.kind == patTrigger || start < 0 {
			continue
		}
		if int(st.s[start+p.first].start) < join && int(st.s[start+p.last].end) > join {
			return true
		}
	}
	return false
}

// plainFound reports whether the plain reading of a segment found a hit (kept) or a
// member of a class that is not a frame term, as makes the fast scan stop in it.
func (s *Screener) plainFound(sc *scratch, kept []found) bool {
	if len(kept) > 0 {
		return true
	}
	for _, m := range sc.members {
		if s.entries[m.entry].Strength != Frame {
			return true
		}
	}
	return false
}

// screenReadings screens the other readings of a segment whose plain reading found
// terms, members and rules worth plain (readingWorth) and keeps the hits of the plain
// reading and of the best other one. The words with signs are read one after another:
// each in every reading of its signs, the words before it as the best reading so far has
// them, the words after it plain; so the readings add up over the words instead of
// multiplying, and a rule still sees two words read at once ("h*mo's moeten d**d"). One
// best reading, not all of them: "m*sl*ms" is one term, not "moslims", "moslems" and
// "muslims" at once.
func (s *Screener) screenReadings(sc *scratch, line string, offset int, kept []found, fired, plain int) []found {
	spots := sc.spots
	chosen := append(sc.chosen[:0], make([]uint8, len(spots))...)
	try := append(sc.try[:0], chosen...)
	budget := readingBudget(len(line)) - 1
	best, other := plain, false
	keptPlain, firedPlain := len(kept), len(sc.fired)
	for w := 0; w < len(spots) && budget > 0; {
		e := w + 1
		for e < len(spots) && spots[e].word == spots[w].word {
			e++
		}
		copy(try, chosen)
		for budget > 0 && nextChoice(try[w:e], spots[w:e]) {
			budget--
			kept = s.screenChoice(sc, line, offset, kept, try)
			if n := s.readingWorth(sc, kept[keptPlain:], firedPlain); n > best {
				best, other = n, true
				copy(chosen[w:e], try[w:e])
			}
			kept, sc.fired = kept[:keptPlain], sc.fired[:firedPlain]
		}
		w = e
	}
	sc.chosen, sc.try = chosen, try
	if other {
		kept = s.screenChoice(sc, line, offset, kept, chosen)
		sc.fired = s.rules.dropRefired(sc.fired, fired, firedPlain)
	}
	return kept
}

// screenChoice screens the reading of the segment that choice gives its spots.
func (s *Screener) screenChoice(sc *scratch, line string, offset int, kept []found, choice []uint8) []found {
	sc.reading = reading(sc.reading, line, sc.spots, choice)
	// The reading's bytes are not kept past the call: no copy.
	norm := unsafe.String(unsafe.SliceData(sc.reading), len(sc.reading))
	sc.fixChoice = choice
	kept = s.screenReading(sc, norm, line, offset, kept)
	sc.fixChoice = nil
	return kept
}

// readingWorth is what the last reading screened found: the scores of its hits and rules
// (fired from firedFrom) and one for each class member.
func (s *Screener) readingWorth(sc *scratch, kept []found, firedFrom int) int {
	n := len(sc.members)
	for _, f := range kept {
		n += termScore(s.entries[f.entry].Strength, f.fuzzy)
	}
	for _, rh := range sc.fired[firedFrom:] {
		n += s.rules.rules[rh.rule].Score
	}
	return n
}

// nextChoice moves the choices of one word's spots to the next reading (mixed radix over
// the spots that are not linked; a linked spot reads as the one before it) and reports
// whether there is one.
func nextChoice(choice []uint8, spots []signSpot) bool {
	for k := range spots {
		if spots[k].link {
			continue
		}
		if int(choice[k])+1 < len(spots[k].cands) {
			choice[k]++
			linkChoices(choice, spots)
			return true
		}
		choice[k] = 0
	}
	linkChoices(choice, spots)
	return false
}

// linkChoices gives each linked spot the choice of the one before it.
func linkChoices(choice []uint8, spots []signSpot) {
	for k := 1; k < len(spots); k++ {
		if spots[k].link {
			choice[k] = choice[k-1]
		}
	}
}

// dropRefired removes from fired[before:] the rules that already fired in the same
// sentence in fired[from:before]; for a rule that caps, on the same term (capping).
func (rs *ruleSet) dropRefired(fired []ruleHit, from, before int) []ruleHit {
	out := fired[:before]
	for _, rh := range fired[before:] {
		dup := false
		for _, old := range fired[from:before] {
			if old.rule == rh.rule && old.sent == rh.sent && (!rs.rules[rh.rule].Cap || old.b.start == rh.b.start) {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, rh)
		}
	}
	return out
}

// screenReading matches one reading of a segment: norm is what is normalised, line the
// segment itself (for its sentences).
func (s *Screener) screenReading(sc *scratch, norm, line string, offset int, kept []found) []found {
	var st *stream
	st, sc.matches = s.exactScan(&sc.n, norm, sc.matches[:0])
	sc.skipped = sc.skipped[:0]
	if sc.fixChoice != nil {
		fixSpans(st, sc.spots, sc.fixChoice)
		for k, sp := range sc.spots {
			if sp.cands[sc.fixChoice[k]] == signSkip {
				sc.skipped = append(sc.skipped, int(sp.at))
			}
		}
	}
	sc.exc, sc.found = sc.exc[:0], sc.found[:0]
	s.verifyMatches(sc, st, s.exact.patterns)
	if s.rules != nil && s.ctx != nil && s.anyMember(sc) {
		sc.matches = s.ctx.scan(st, sc.matches[:0])
		s.verifyMatches(sc, st, s.ctx.pats)
	}
	s.keep(sc, st, line, offset, &kept)
	return kept
}

// exactScan normalises text with n and matches the exact automaton on it, in one pass
// where the automaton has a fast table.
func (s *Screener) exactScan(n *normalizer, text string, dst []match) (*stream, []match) {
	if s.exact.fast != nil {
		return n.normalizeScan(text, s.exact, dst)
	}
	st := n.normalize(text)
	return st, s.exact.scan(st, dst)
}

// acrossSkipped reports whether the match sp spans a sign that the reading left out
// (signSkip), or lies in a word without one: in a word that the reading made whole
// ("Arab-ieren"), a term counts only across the join, so that the join does not lift the
// exceptions of a compound ("discriminatie-incidenten").
func acrossSkipped(st *stream, sp span, skipped []int) bool {
	lo, hi := int(st.s[sp.first].start), int(st.s[sp.last].end)
	wlo, whi := int(sp.first), int(sp.last)
	for wlo > 0 && st.s[wlo-1].c != symBoundary {
		wlo--
	}
	for whi+1 < len(st.s) && st.s[whi+1].c != symBoundary {
		whi++
	}
	inWord := false
	for _, j := range skipped {
		if lo <= j && j < hi {
			return true
		}
		inWord = inWord || int(st.s[wlo].start) <= j && j < int(st.s[whi].end)
	}
	return !inWord
}

// spansEnd reports whether one of the sentence ends lies in line[start:end].
func spansEnd(ends []int, start, end int) bool {
	for _, e := range ends {
		if start <= e && e < end {
			return true
		}
	}
	return false
}

// anyMember reports whether a found term is a member of a class.
func (s *Screener) anyMember(sc *scratch) bool {
	for _, f := range sc.found {
		if !s.rules.classes[f.entry].empty() {
			return true
		}
	}
	return false
}

// verifyMatches checks sc.matches, of pats, and appends them to the exceptions or the
// found terms.
func (s *Screener) verifyMatches(sc *scratch, st *stream, pats []pattern) {
	for _, m := range sc.matches {
		p := &pats[m.pat]
		if p.kind == patTrigger {
			sc.triggered = sc.triggered || p.entry == triggerEntry
			continue
		}
		start := int(m.end) - len(p.syms) + 1
		ok, edited := p.verify(st, start)
		if !ok {
			continue
		}
		sp := span{entry: p.entry, first: int32(start + p.first), last: int32(start + p.last)}
		if len(sc.soft) > 0 && spansEnd(sc.soft, int(st.s[sp.first].start), int(st.s[sp.last].end)) {
			continue // a phrase across a sentence end is none
		}
		if p.kind == patException {
			sc.exc = append(sc.exc, sp)
			continue
		}
		if len(sc.skipped) > 0 && !acrossSkipped(st, sp, sc.skipped) {
			continue // in a word made whole, only what the joining found: "discriminatie.nl" is no new word
		}
		sc.found = append(sc.found, found{span: sp, fuzzy: edited, kind: p.kind, hitFuzzy: p.hitFuzzy, whole: p.whole})
	}
}

// keep turns the found terms of a line into hits and class members, and fires the rules.
func (s *Screener) keep(sc *scratch, st *stream, line string, offset int, keptp *[]found) {
	kept := *keptp
	// Exceptions sorted by entry and first symbol, with the running maximum of their last
	// symbol, so each hit is checked in logarithmic time: a long word full of a term and
	// its exception ("hoerahoera...") must not cost the product of the two counts.
	if len(sc.exc) > 1 {
		slices.SortFunc(sc.exc, func(a, b span) int {
			if a.entry != b.entry {
				return int(a.entry - b.entry)
			}
			return int(a.first - b.first)
		})
		for i := 1; i < len(sc.exc); i++ {
			if sc.exc[i].entry == sc.exc[i-1].entry {
				sc.exc[i].last = max(sc.exc[i].last, sc.exc[i-1].last)
			}
		}
	}
	// The word around a prefix or infix hit, kept from the hit before: the hits in a long
	// word come one after another, and each walking the whole word made screening
	// quadratic in the word's length.
	wordLo, wordHi, wordFrom := -1, -1, len(kept)
	sc.members = sc.members[:0]
	var jw joinedWord
	sc.excHits = sc.excHits[:0]
	if s.rules != nil && len(sc.exc) > 0 {
		for _, f := range sc.found {
			if excepted(sc.exc, f.span) {
				sc.excHits = append(sc.excHits, f.span)
			}
		}
		sortSpans(sc.excHits)
	}
	var groups []span
	if s.glue != nil {
		groups = s.groupPhrases(sc)
	}
	for _, f := range sc.found {
		if excepted(sc.exc, f.span) {
			continue
		}
		// A term read away by an exception ("flikker" in "Flikker op") is no class member
		// in its place by another entry either ("flikkers" with a letter less); a longer
		// reading of the word still is ("homo" is excepted in "homoe*", not so
		// "Homoesksuelen").
		isMember := s.rules != nil && !s.rules.classes[f.entry].empty() && !coveredByAny(sc.excHits, f.span)
		isHit := s.flags[f.entry]&entryHit != 0 && f.kind != patClassFuzzy && (!f.fuzzy || f.hitFuzzy)
		if f.kind == patJoined {
			m, h := s.joinedOK(&sc.work, st, f, &jw, groups)
			isMember, isHit = isMember && m, h
		}
		if isMember {
			start, end := int(st.s[f.first].start), int(st.s[f.last].end)
			if f.kind == patJoined {
				start, end = s.sharedRun(st, f, start, end)
			}
			sc.members = append(sc.members, member{entry: f.entry, classes: s.rules.classes[f.entry], first: f.first, last: f.last,
				start: offset + start, end: offset + end, fuzzy: f.fuzzy, joined: f.kind == patJoined})
		}
		if !isHit {
			continue // a member of its classes only
		}
		first, last := int(f.first), int(f.last)
		if s.flags[f.entry]&entryInWord != 0 || f.kind == patJoined {
			if wordLo <= first && last <= wordHi {
				first, last = wordLo, wordHi
			} else {
				for first > 0 && st.s[first-1].c != symBoundary {
					first--
				}
				for last+1 < len(st.s) && st.s[last+1].c != symBoundary {
					last++
				}
				sc.work += last - first + 1
				wordLo, wordHi, wordFrom = first, last, len(kept)
			}
			f.start, f.end = offset+int(st.s[first].start), offset+int(st.s[last].end)
			if seenInWord(kept[wordFrom:], f) {
				continue // the same term on the same word again
			}
		}
		f.start, f.end = offset+int(st.s[first].start), offset+int(st.s[last].end)
		kept = append(kept, f)
	}
	if len(sc.members) > 1 || len(sc.members) == 1 && sc.members[0].classes.meets(s.rules.whole) {
		// A rule within "tekst" pairs members of different segments: one alone counts.
		s.fire(sc, st, line, offset)
	}
	*keptp = kept
}

// sharedRun gives a term found run together its own letter of a doubled one that it
// shares with the word beside it ("haattransgenders": "haat" and "transgenders" share
// the run "tt"), so that a rule hit shows each part as written. Only for runs of ASCII
// letters, one byte each, and a term that does not itself start or end with the letter
// twice.
func (s *Screener) sharedRun(st *stream, f found, start, end int) (int, int) {
	term := s.entries[f.entry].Term
	a, b := &st.s[f.first], &st.s[f.last]
	if a.run == 2 && a.end-a.start == 2 && st.s[f.first-1].c != symBoundary && !(len(term) > 1 && term[0] == term[1]) {
		start = int(a.end) - 1
	}
	if n := len(term); b.run == 2 && b.end-b.start == 2 && st.s[f.last+1].c != symBoundary && !(n > 1 && term[n-1] == term[n-2]) {
		end = int(b.start) + 1
	}
	return start, end
}

// seenInWord reports whether the hits of a word already hold f's term as f has it.
func seenInWord(word []found, f found) bool {
	for _, k := range word {
		if k.entry == f.entry && k.start == f.start && k.end == f.end && k.fuzzy == f.fuzzy {
			return true
		}
	}
	return false
}

// excepted reports whether an exception of f's entry covers f. exc is sorted by entry
// and first, and each last is the maximum over the exceptions of the entry up to it.
func excepted(exc []span, f span) bool {
	// The last exception of the entry with first <= f.first.
	i := sort.Search(len(exc), func(i int) bool {
		return exc[i].entry > f.entry || (exc[i].entry == f.entry && exc[i].first > f.first)
	}) - 1
	return i >= 0 && exc[i].entry == f.entry && exc[i].last >= f.last
}

// sortSpans sorts spans by first symbol and makes each last the running maximum of the
// lasts up to it, for coveredByAny.
func sortSpans(sp []span) {
	slices.SortFunc(sp, func(a, b span) int { return int(a.first - b.first) })
	for i := 1; i < len(sp); i++ {
		sp[i].last = max(sp[i].last, sp[i-1].last)
	}
}

// coveredByAny reports whether one of the spans (sorted by sortSpans) covers f, in
// logarithmic time.
func coveredByAny(sp []span, f span) bool {
	i := sort.Search(len(sp), func(i int) bool { return sp[i].first > f.first }) - 1
	return i >= 0 && sp[i].last >= f.last
}

// groundsOf returns the number of grounds of the found terms' entries.
func (s *Screener) groundsOf(kept []found) int {
	n := 0
	for _, f := range kept {
		n += len(s.entries[f.entry].Grounds)
	}
	return n
}

func (s *Screener) union(hits []Hit) []string {
	var buf [4]string
	out := buf[:0]
	for _, h := range hits {
		for _, g := range h.Grounds {
			if !slices.Contains(out, g) {
				out = append(out, g)
			}
		}
	}
	if len(out) == 0 {
		// Empty, not nil, as in Screen (JSON []): a line may be screened and fire only a
		// rule that caps, which makes no hit.
		return []string{}
	}
	out = append([]string(nil), out...)
	slices.SortFunc(out, func(a, b string) int { return s.rank[a] - s.rank[b] }) // grounds are distinct, so are their ranks
	return out
}
