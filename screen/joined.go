package screen

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
)

// Words run together ("ikhaatvrouwen", "allemoslimsmoetendood") hide class terms inside
// one long word. A class term found inside a word counts as a member of its classes only
// when the rest of the word splits into glue words: common Dutch function words and the
// lexicon's own class terms. "doodgewone" does not give "dood": "gewone" is no glue; nor
// are verb particles ("in", "op", "uit"): "ingeslagen" is no "geslagen".
var glueList = strings.Fields(`ik jij je ze zij wij we hij men jullie die dat deze dit de het een al alle allen
allemaal elke iedere zijn is ben bent was waren wordt worden moeten moet mogen mag kunnen kan zou zouden horen hoort
niet geen en echt gewoon zo heel erg nog mijn onze hun wat hoe waarom vind vinden denk eigen beter meest meeste
nooit altijd sowieso van aan met voor naar kunt s om maar net dan enkel
eindelijk eigenlijk hier daar ook toch wel als er nu weer nou dus want omdat alleen gadverdamme bah zelfs even tot
niks niets alles iets meer veel helemaal zeker`)

// curses are the words that, run together before a strong term, still leave it a hit:
// "kankerroetmop", "kutkopvod", "vuilenikker".
var curses = strings.Fields("kanker kut kk rot tering tyfus klere kolere vuile vuil vieze smerige gore stomme fucking")

// inflections may follow a strong word-mode term run together after a curse.
var inflections = map[string]bool{"": true, "s": true, "en": true, "e": true, "je": true, "tje": true, "jes": true, "tjes": true, "n": true}

// glueWords returns the glue set: the function words and every one-word class term, in
// the form wordKey gives, and the length of the longest.
func glueWords(entries []Entry) (map[string]bool, int) {
	glue := map[string]bool{}
	add := func(w, tag string) {
		var n normalizer
		st := n.normalize(w)
		if k := wordKey(st.s[1 : len(st.s)-1]); k != "" && !strings.Contains(k, " ") {
			glue[tag+k] = true
		}
	}
	for _, w := range glueList {
		add(w, "")
	}
	for _, w := range curses {
		add(w, "!")
		add(w, "")
	}
	for _, e := range entries {
		if len(e.Classes) > 0 && e.Mode != ModePhrase {
			add(e.Term, "")
			if e.Mode == ModePrefix {
				add(e.Term, ">") // anything may follow it
			}
		}
	}
	longest := 0
	for k := range glue {
		longest = max(longest, len(k)-1) // a tag or a letter more than the word
	}
	return glue, longest
}

// wordKey spells symbols as letters, a run as at most two ("kaaanker" as "kaanker").
func wordKey(syms []symbol) string {
	var b []byte
	for _, s := range syms {
		if s.c == symBoundary {
			b = append(b, ' ')
			continue
		}
		b = append(b, s.c-1+'a')
		if s.run > 1 {
			b = append(b, s.c-1+'a')
		}
	}
	return string(b)
}

// joinedWord caches the bounds of the word of the last joined match, so that many
// matches in one long word cost its length once.
type joinedWord struct{ lo, hi int }

// MaxJoinedLetters is the longest rest of a word that is split into glue words.
const MaxJoinedLetters = 60

// joinedOK reports whether the term found inside a word at f is a member of its classes
// there (the rest before and after it split into glue words) and whether it is a hit (a
// strong term after a curse: "kankerroetmop"). Neither when it is the whole word: the
// term's own pattern finds that. The rest after it may also be the start of a group
// phrase found from there on (groups, sorted by first: "Ik haatzwarte mensen",
// "haatmensen met een handicap"), which glue words alone do not read.
func (s *Screener) joinedOK(work *int, st *stream, f found, jw *joinedWord, groups []span) (member, hit bool) {
	first, last := int(f.first), int(f.last)
	if !(jw.hi > jw.lo && jw.lo <= first && last <= jw.hi) {
		lo, hi := first, last
		for lo > 0 && st.s[lo-1].c != symBoundary {
			lo--
		}
		for hi+1 < len(st.s) && st.s[hi+1].c != symBoundary {
			hi++
		}
		*work += hi - lo + 1
		jw.lo, jw.hi = lo, hi
	}
	mode := s.entries[f.entry].Mode
	if jw.lo == first && jw.hi == last {
		return f.whole, false // the term's own pattern covers it, unless it is a phrase as one word
	}
	if jw.lo == first && mode == ModePrefix {
		return false, false // the prefix pattern covers a compound after the term
	}
	if first-jw.lo+jw.hi-last > MaxJoinedLetters {
		return false, false
	}
	// A letter the word before and the term share ("kankerroetmop": one run of r) may
	// belong to either.
	befores := []string{wordKey(st.s[jw.lo:first])}
	if st.s[first].run > 1 {
		befores = append(befores, befores[0]+string(st.s[first].c-1+'a'))
	}
	afters := []string{wordKey(st.s[last+1 : jw.hi+1])}
	if st.s[last].run > 1 {
		afters = append(afters, string(st.s[last].c-1+'a')+afters[0])
	}
	for _, before := range befores {
		for _, after := range afters {
			if s.entries[f.entry].Strength == Strong && s.glue["!"+before] && (mode == ModePrefix || inflections[after]) {
				hit = true
			}
			if s.glue != nil && (s.glued(before, false) || s.groupAfterParticle(f.entry, before)) &&
				(mode == ModePrefix || s.glued(after, true) || groupFrom(groups, int32(last+1), int32(jw.hi))) {
				member = true
			}
		}
	}
	return member, hit
}

// groupFrom reports whether one of the group phrases (sorted by first) starts at symbol
// first and reaches the end of the word, symbol hi, or past it.
func groupFrom(groups []span, first, hi int32) bool {
	i, _ := slices.BinarySearchFunc(groups, first, func(g span, t int32) int { return cmp.Compare(g.first, t) })
	for ; i < len(groups) && groups[i].first == first; i++ {
		if groups[i].last >= hi {
			return true
		}
	}
	return false
}

// groupPhrases appends the spans of the found group phrases (class groep, several words)
// that no exception removed, sorted by first, for joinedOK.
func (s *Screener) groupPhrases(sc *scratch) []span {
	sc.groups = sc.groups[:0]
	if s.rules == nil || s.rules.group.empty() {
		return nil
	}
	for _, f := range sc.found {
		if s.entries[f.entry].Mode == ModePhrase && s.rules.classes[f.entry].meets(s.rules.group) && !excepted(sc.exc, f.span) {
			sc.groups = append(sc.groups, f.span)
		}
	}
	slices.SortFunc(sc.groups, func(a, b span) int { return cmp.Compare(a.first, b.first) })
	return sc.groups
}

// particles are the verb particles and prepositions that are no glue words ("ingeslagen"
// is no "geslagen") but may be glued before a group word: "opjoden", "zonderjoden".
var particles = strings.Fields("op zonder tegen over bij door uit in onder achter tussen na")

// groupAfterParticle reports whether the term of entry is a group word and before, the
// rest of its word before it, is glue words and then a particle.
func (s *Screener) groupAfterParticle(entry int32, before string) bool {
	if s.rules == nil || !s.rules.classes[entry].meets(s.rules.group) {
		return false
	}
	for _, p := range particles {
		if strings.HasSuffix(before, p) && s.glued(before[:len(before)-len(p)], false) {
			return true
		}
	}
	return false
}

// glued reports whether w is empty or splits into glue words; the last may be a prefix
// class term followed by anything ("moslims" after "haat"). With tail, w may also end in
// an inflection ("vrouwenzijn" is fine, so is "haatvrouwens").
func (s *Screener) glued(w string, tail bool) bool {
	if w == "" {
		return true
	}
	var ok [MaxJoinedLetters*2 + 2]bool
	if len(w) >= len(ok) {
		return false
	}
	ok[0] = true
	for i := 0; i < len(w); i++ {
		if !ok[i] {
			continue
		}
		if tail && i > 0 && inflections[w[i:]] {
			return true
		}
		// The glue words that start at i, shortest first: along the trie.
		for j, n := i, int32(0); j < len(w) && j-i < s.glueMax && w[j] >= 'a' && w[j] <= 'z'; j++ {
			if n = s.glueTrie.next[n][w[j]-'a']; n == 0 {
				break
			}
			if s.glueTrie.prefix[n] {
				return true
			}
			if s.glueTrie.word[n] {
				ok[j+1] = true
			}
		}
	}
	return ok[len(w)]
}

// glueTrie holds the glue words (next[0] is the root; 0 is also "no child"): word marks
// the end of a glue word, prefix the end of a prefix class term, after which anything
// may follow.
type glueTrie struct {
	next         [][26]int32
	word, prefix []bool
}

// newGlueTrie builds the trie of the glue set of glueWords (not the curses, "!").
func newGlueTrie(glue map[string]bool) glueTrie {
	t := glueTrie{next: make([][26]int32, 1), word: []bool{false}, prefix: []bool{false}}
	for k := range glue {
		tag := byte(0)
		if k[0] == '!' || k[0] == '>' {
			tag, k = k[0], k[1:]
		}
		if tag == '!' {
			continue
		}
		n := int32(0)
		for i := 0; i < len(k); i++ {
			c := k[i] - 'a'
			if t.next[n][c] == 0 {
				t.next = append(t.next, [26]int32{})
				t.word, t.prefix = append(t.word, false), append(t.prefix, false)
				t.next[n][c] = int32(len(t.next) - 1)
			}
			n = t.next[n][c]
		}
		if tag == '>' {
			t.prefix[n] = true
		} else {
			t.word[n] = true
		}
	}
	return t
}

// fire finds the rules that the line's class members make fire.
func (s *Screener) fire(sc *scratch, st *stream, line string, offset int) {
	ms := sc.members
	slices.SortFunc(ms, func(a, b member) int {
		if a.first != b.first {
			return int(a.first - b.first)
		}
		if a.last != b.last {
			return int(a.last - b.last)
		}
		return int(a.entry - b.entry)
	})
	ms = slices.CompactFunc(ms, func(a, b member) bool { return a.entry == b.entry && a.first == b.first && a.last == b.last })
	sc.words = sc.words[:0]
	w := int32(0)
	for k, sy := range st.s {
		if sy.c == symBoundary && !pluralS(st.s, line, k) {
			w++
		}
		sc.words = append(sc.words, w)
	}
	sc.ends = sentenceEnds(line, sc.ends[:0])
	sc.links = append(sc.links[:0], link{start: -1})
	for _, e := range sc.ends {
		l := link{start: -1}
		if start, end, ok := takenUp(line[e+1:]); ok {
			l = link{start: offset + e + 1 + start, end: offset + e + 1 + end}
		}
		sc.links = append(sc.links, l)
	}
	if s.rules.quotedRules && !sc.quoted && s.rules.needQuotes(ms) {
		// A quotation may span several segments: its spans are read once from the whole
		// text, and only for a text whose class members reach a rule.
		sc.quotes, sc.quoted = quoteSpans(sc.text, sc.quotes[:0]), true
	}
	lo, hi := -1, -1
	for i := range ms {
		m := &ms[i]
		m.word, m.endWord = sc.words[m.first], sc.words[m.last]
		m.sent = sentenceOf(sc.ends, m.start-offset)
		m.quote = -1
		for q := 0; q < len(sc.quotes); q += 2 {
			if sc.quotes[q] <= m.start && m.end <= sc.quotes[q+1] {
				// A quotation opened in an earlier segment opens, for it, in its first
				// sentence ("Ga weg. Turken horen hier niet,' riep hij.").
				m.quote = sentenceOf(sc.ends, max(sc.quotes[q]-offset, 0))
				break
			}
		}
		if md := s.entries[m.entry].Mode; (md == ModePrefix || md == ModeInfix) && !m.joined {
			if !(lo <= int(m.first) && int(m.last) <= hi) {
				lo, hi = int(m.first), int(m.last)
				for lo > 0 && st.s[lo-1].c != symBoundary {
					lo--
				}
				for hi+1 < len(st.s) && st.s[hi+1].c != symBoundary {
					hi++
				}
				sc.work += hi - lo + 1
			}
			m.start, m.end = offset+int(st.s[lo].start), offset+int(st.s[hi].end)
		}
	}
	sc.members = ms
	sc.fired = s.rules.evaluate(ms, sc.links, sc.fired)
}

// ruleHits turns the rules that fired into hits, in order with the term hits.
func (s *Screener) ruleHits(text string, fired []ruleHit, hits []Hit) []Hit {
	terms := len(hits)
	covered := func(start, end int) bool {
		for _, h := range hits[:terms] {
			if h.Strength == Strong && h.Start <= start && end <= h.End {
				return true
			}
		}
		return false
	}
	parts := make([]Part, 0, 2*len(fired)) // the rule hits' parts share one array
	var caps []ruleHit                     // the rules that cap (Rule.Cap) that fired
	// A rule within "tekst" (wholeMembers): the first member of its first part anywhere
	// in the text, by rule, and the members of its second part, to pair after this loop.
	var wholeA map[int]member
	var wholeB []ruleHit
	for _, rh := range fired {
		r := &s.rules.rules[rh.rule]
		if r.Whole {
			if rh.b.entry >= 0 {
				wholeB = append(wholeB, rh)
			} else if _, ok := wholeA[rh.rule]; !ok {
				if wholeA == nil {
					wholeA = map[int]member{}
				}
				wholeA[rh.rule] = rh.a
			}
			continue
		}
		if r.Cap {
			caps = append(caps, rh)
			continue
		}
		if covered(min(rh.a.start, rh.b.start), max(rh.a.end, rh.b.end)) {
			continue // one strong term already says it: "kankerjood"
		}
		p := s.rules.parts[rh.rule]
		a, b := &s.entries[rh.a.entry], &s.entries[rh.b.entry]
		grounds := r.Grounds
		if len(grounds) == 0 {
			grounds = s.unionOf(a.Grounds, b.Grounds)
			for _, o := range [2]int32{rh.a.outer, rh.b.outer} {
				if o > 0 {
					grounds = s.unionOf(grounds, s.entries[o-1].Grounds)
				}
			}
		}
		if len(grounds) == 0 {
			grounds = []string{"overig"}
		}
		if len(r.Grounds) > 0 {
			grounds = append([]string(nil), grounds...) // the hit's own copy
		}
		ca, cb := s.rules.className(rh.a.classes, p[0]), s.rules.className(rh.b.classes, p[1])
		ma, mb := text[rh.a.start:rh.a.end], text[rh.b.start:rh.b.end]
		start, end := min(rh.a.start, rh.b.start), max(rh.a.end, rh.b.end)
		strength := Weak
		if r.Score >= StrongScore {
			strength = Strong
		}
		k := len(parts)
		parts = append(parts, Part{Class: ca, Term: a.Term, Start: rh.a.start, End: rh.a.end, Match: ma, Fuzzy: rh.a.fuzzy},
			Part{Class: cb, Term: b.Term, Start: rh.b.start, End: rh.b.end, Match: mb, Fuzzy: rh.b.fuzzy})
		hits = append(hits, Hit{Term: r.Name, Grounds: grounds, Mode: ModeRule, Strength: strength,
			Start: start, End: end, Match: text[start:end], Fuzzy: rh.a.fuzzy || rh.b.fuzzy, Score: r.Score,
			Parts:       parts[k : k+2 : k+2],
			Explanation: s.explain(text, rh)})
	}
	for _, rh := range wholeB {
		if a, ok := wholeA[rh.rule]; ok {
			rh.a = a
			caps = append(caps, rh)
		}
	}
	for _, c := range caps {
		hits = s.capHits(text, c, hits)
	}
	slices.SortStableFunc(hits, func(a, b Hit) int {
		if a.Start != b.Start {
			return cmp.Compare(a.Start, b.Start)
		}
		return cmp.Compare(a.End, b.End)
	})
	return hits
}

// explain is the explanation of a rule hit: "groep 'vrouwen' + dreiging 'dood' in één zin".
func (s *Screener) explain(text string, rh ruleHit) string {
	r, p := &s.rules.rules[rh.rule], s.rules.parts[rh.rule]
	ca, cb := s.rules.className(rh.a.classes, p[0]), s.rules.className(rh.b.classes, p[1])
	where := "in één zin"
	switch {
	case r.Within == 1:
		where = "direct na elkaar"
	case r.Within > 1:
		where = "binnen " + strconv.Itoa(r.Within) + " woorden"
	case r.Quoted:
		// "in één zin": the sentence that opens the quotation
	case r.Whole:
		where = "in de tekst"
	case rh.a.sent != rh.b.sent:
		where = "in de zin erna, via '" + text[rh.via.start:rh.via.end] + "'"
	}
	return ca + " '" + text[rh.a.start:rh.a.end] + "'" + quoted(r.Quoted) + " + " + cb + " '" + text[rh.b.start:rh.b.end] + "' " + where
}

// capHits lowers, to the score of the capping rule that fired as c, every hit on the term
// of c's second part: that term's own hit, or a rule hit with it as a part. A hit so
// capped below StrongScore is no longer strong, and its explanation says why: "...;
// afgezwakt tot 30 (ontkend): ontkenning 'geen' + duiding 'homofoob' direct na elkaar".
func (s *Screener) capHits(text string, c ruleHit, hits []Hit) []Hit {
	r := &s.rules.rules[c.rule]
	on := func(start, end int) bool { return start < c.b.end && c.b.start < end }
	why := ""
	for i := range hits {
		h := &hits[i]
		if h.Score <= r.Score {
			continue
		}
		if h.Mode == ModeRule {
			if !on(h.Parts[0].Start, h.Parts[0].End) && !on(h.Parts[1].Start, h.Parts[1].End) {
				continue
			}
		} else if !on(h.Start, h.End) {
			continue
		}
		if why == "" {
			why = "afgezwakt tot " + strconv.Itoa(r.Score) + " (" + r.Name + "): " + s.explain(text, c)
		}
		h.Score = r.Score
		if h.Score < StrongScore {
			h.Strength = Weak
		}
		if h.Explanation != "" {
			h.Explanation += "; " + why
		} else {
			h.Explanation = why
		}
	}
	return hits
}

// quoted is what an explanation says after the first part of a rule within "citaat".
func quoted(q bool) string {
	if q {
		return " in een citaat"
	}
	return ""
}

func (s *Screener) unionOf(a, b []string) []string {
	var out []string
	for _, g := range append(append([]string(nil), a...), b...) {
		if !slices.Contains(out, g) {
			out = append(out, g)
		}
	}
	slices.SortFunc(out, func(a, b string) int { return s.rank[a] - s.rank[b] }) // grounds are distinct, so are their ranks
	return out
}

// pluralS reports whether the boundary s[k] is the apostrophe of a plural or genitive "'s"
// right after a word ("Homo's zijn ...", "baby's"): the "s" is a word of its own in the
// stream, but for the rules' word distances it belongs to the word before, so that
// "Homo's zijn" is a group word directly followed by a verb, as "Homos zijn" is.
func pluralS(s []symbol, line string, k int) bool {
	if k == 0 || k+1 >= len(s) || s[k-1].c == symBoundary || s[k+1].c != 's'-'a'+1 || s[k+1].run != 1 ||
		k+2 < len(s) && s[k+2].c != symBoundary {
		return false
	}
	a := line[s[k].start:s[k].end]
	return a == "'" || a == "\u2019"
}
