package screen

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"stelsel/catalog"
)

// Rule combines two classes of terms: it fires when a term of the first part and a term
// of the second stand in one sentence, or within Within words of each other, and, when
// Ordered, the second after the first ("omdat ... zwart is"). Its hit carries Score and
// Grounds (or, without Grounds, the grounds of the two terms).
type Rule struct {
	Name    string      `json:"rule"`
	Parts   [2][]string `json:"parts"` // classes: each part is one or more alternatives
	Ordered bool        `json:"ordered,omitempty"`
	Within  int         `json:"within"` // words between the parts at most; 0: the same sentence
	// Quoted (within "citaat"): the first part lies inside a quotation ('...', "...",
	// ‘...’, “...”) and the second part in the sentence where that quotation opens or in
	// the first part's own sentence ("riep: 'Jullie Turken ...'").
	Quoted bool `json:"quoted,omitempty"`
	// Whole (within "tekst", a rule that caps only): the two parts anywhere in the text,
	// in any order: a conclusion of its own sentence ("Geen discriminatie vastgesteld.")
	// lowers the discrimination words of the others.
	Whole   bool     `json:"whole,omitempty"`
	Grounds []string `json:"grounds,omitempty"`
	Score   int      `json:"score"`
	// Cap (score "max N"): the rule makes no hit of its own but weakens one. Where it
	// fires, every hit on the term of its second part (the term's own hit, or a rule hit
	// with that term as a part) scores at most Score: a discrimination word negated
	// ("geen homofoob incident", "niet het idee dat het om zijn afkomst ging") or named as
	// the subject of a training or a report ("cursus over antisemitisme").
	Cap  bool   `json:"cap,omitempty"`
	Note string `json:"note,omitempty"`
	Line int    `json:"line"`
}

// ScoreText is the rule's score as the score column writes it: "65", or "max 30" for a
// rule that caps.
func (r Rule) ScoreText() string {
	if r.Cap {
		return "max " + strconv.Itoa(r.Score)
	}
	return strconv.Itoa(r.Score)
}

// WithinText is the rule's within as the within column writes it: "zin", "citaat" or a
// number of words.
func (r Rule) WithinText() string {
	switch {
	case r.Quoted:
		return "citaat"
	case r.Whole:
		return "tekst"
	case r.Within > 0:
		return strconv.Itoa(r.Within)
	}
	return "zin"
}

// Rules returns a copy of the rules in file order.
func (l *Lexicon) Rules() []Rule {
	out := make([]Rule, len(l.rules))
	for i, r := range l.rules {
		r.Parts = [2][]string{append([]string(nil), r.Parts[0]...), append([]string(nil), r.Parts[1]...)}
		r.Grounds = append([]string(nil), r.Grounds...)
		out[i] = r
	}
	return out
}

var ruleColumns = []string{"rule", "parts", "within", "grounds", "score", "note"}

// MaxClasses is the most classes a lexicon may use (a term's classes are a bit set,
// classSet).
const MaxClasses = 64 * len(classSet{})

func ruleHeader(cells []string) string {
	for len(cells) > 0 && strings.TrimSpace(cells[len(cells)-1]) == "" {
		cells = cells[:len(cells)-1] // a spreadsheet pads the header to the widest row
	}
	for i, c := range cells {
		if i >= len(ruleColumns) || !strings.EqualFold(strings.TrimSpace(c), ruleColumns[i]) {
			return fmt.Sprintf("column %d of the rule header is %q, want %q", i+1, c, ruleColumns[min(i, len(ruleColumns)-1)])
		}
	}
	if len(cells) < 5 {
		return fmt.Sprintf("the rule header needs the columns %q", strings.Join(ruleColumns, "\\t"))
	}
	return ""
}

func validClass(c string) bool {
	if c == "" {
		return false
	}
	for _, r := range c {
		if (r < 'a' || r > 'z') && r != '_' {
			return false
		}
	}
	return true
}

// parseRule reads one rule line: name, parts ("groep + dreiging|vijandig", or with ">"
// for an order: "motief > kenmerk"), within ("zin" or a number of words), grounds ("-"
// for those of the terms), score (1-100), note.
func parseRule(cells []string, ln int) (Rule, string) {
	if len(cells) > len(ruleColumns) {
		return Rule{}, fmt.Sprintf("%d columns, at most %d (rule, parts, within, grounds, score, note)", len(cells), len(ruleColumns))
	}
	for len(cells) < len(ruleColumns) {
		cells = append(cells, "")
	}
	for i := range cells {
		cells[i] = strings.TrimSpace(cells[i])
	}
	r := Rule{Name: cells[0], Note: cells[5], Line: ln}
	if !validClass(r.Name) {
		return r, fmt.Sprintf("rule name %q: lower-case letters and _ only", r.Name)
	}
	sep := "+"
	if strings.Contains(cells[1], ">") {
		sep, r.Ordered = ">", true
	}
	parts := strings.Split(cells[1], sep)
	if len(parts) != 2 {
		return r, fmt.Sprintf("rule %s: parts %q must be two parts joined by + or >", r.Name, cells[1])
	}
	for i, p := range parts {
		for _, c := range strings.Split(p, "|") {
			c = strings.ToLower(strings.TrimSpace(c))
			if !validClass(c) {
				return r, fmt.Sprintf("rule %s: class %q: lower-case letters and _ only", r.Name, c)
			}
			r.Parts[i] = append(r.Parts[i], c)
		}
	}
	switch w := strings.ToLower(cells[2]); w {
	case "zin", "sentence":
	case "citaat", "quote":
		r.Quoted = true
	case "tekst", "text":
		r.Whole = true
	default:
		n, err := strconv.Atoi(w)
		if err != nil || n < 1 || n > 50 {
			return r, fmt.Sprintf("rule %s: within %q: want zin, citaat, tekst or a number of words from 1 to 50", r.Name, cells[2])
		}
		r.Within = n
	}
	known := catalog.Default().Grounds
	for _, g := range splitList(cells[3], ",;") {
		if g == "-" {
			continue
		}
		if !known.Has(g) {
			return r, fmt.Sprintf("rule %s: unknown ground %q (known: %s)", r.Name, g, strings.Join(known.Codes(), ", "))
		}
		r.Grounds = append(r.Grounds, g)
	}
	score := cells[4]
	if rest, ok := strings.CutPrefix(strings.ToLower(score), "max"); ok {
		r.Cap, score = true, strings.TrimSpace(rest)
	}
	n, err := strconv.Atoi(score)
	if err != nil || n < 1 || n > 100 {
		return r, fmt.Sprintf("rule %s: score %q: want a number from 1 to 100, or \"max\" and one for a rule that caps", r.Name, cells[4])
	}
	if r.Cap && r.Quoted {
		return r, fmt.Sprintf("rule %s: a rule that caps (score %q) cannot be within citaat", r.Name, cells[4])
	}
	if r.Whole && !r.Cap {
		return r, fmt.Sprintf("rule %s: only a rule that caps (score \"max N\") can be within tekst", r.Name)
	}
	r.Score = n
	return r, ""
}

// checkRules checks that every class a rule names has terms, that at least one part of
// each rule that does not cap has a term that makes a line be screened (not only frame
// terms; a rule that caps only lowers the hits of other rules and terms), that rule
// names are unique, and that the classes fit in a bit set. It returns the line at fault.
func checkRules(entries []Entry, rules []Rule) (int, string) {
	members := map[string]int{}  // class -> terms
	anchors := map[string]bool{} // class -> has a term that is not a frame
	framed := map[string]bool{}  // class -> has a frame term
	firstUse := map[string]int{} // class -> line of its first term
	for _, e := range entries {
		for _, c := range e.Classes {
			members[c]++
			if e.Strength != Frame {
				anchors[c] = true
			} else {
				framed[c] = true
			}
			if _, ok := firstUse[c]; !ok {
				firstUse[c] = e.Line
			}
		}
	}
	if len(members) > MaxClasses {
		var last int
		for _, l := range firstUse {
			last = max(last, l)
		}
		return last, fmt.Sprintf("more than %d classes", MaxClasses)
	}
	names := map[string]int{}
	for _, r := range rules {
		if prev, ok := names[r.Name]; ok {
			return r.Line, fmt.Sprintf("rule %s repeats line %d", r.Name, prev)
		}
		names[r.Name] = r.Line
		anchored := false
		for _, part := range r.Parts {
			for _, c := range part {
				if members[c] == 0 {
					return r.Line, fmt.Sprintf("rule %s: class %q has no terms", r.Name, c)
				}
				anchored = anchored || anchors[c]
			}
		}
		if r.Whole {
			// The fast scan must read every segment with a term of the first part, so that
			// the text's parts are paired alike however its segments are read.
			for _, c := range r.Parts[0] {
				if framed[c] {
					return r.Line, fmt.Sprintf("rule %s: within tekst, its first part's class %q may have no frame terms (use context)", r.Name, c)
				}
			}
		}
		if !anchored && !r.Cap { // a rule that caps makes no hit: it only lowers hits of lines screened for others
			return r.Line, fmt.Sprintf("rule %s: every class has only frame terms, so no line is ever screened for it", r.Name)
		}
	}
	return 0, ""
}

// ruleSet is the compiled form of the rules: class bit sets per entry and per part.
type ruleSet struct {
	rules   []Rule
	parts   [][2]classSet // per rule, the class bits of each part
	classes []classSet    // per entry, its class bits
	names   []string      // class bit -> name
	// group and person are the bits of the classes "groep" and "individu": a group word
	// directly followed by a person noun describes one person ("een Turkse man", "de
	// Chinese eigenaar"), not a group. It is no group reference for the strong rules
	// that only need a group and another class in one sentence ("een Turkse man dreigde
	// zijn buurman dood te maken"); it still is one for ordered rules, where a frame
	// points at it ("omdat ze een islamitische vrouw is", "vuile Turkse man"), and for
	// rules below StrongScore, which flag without ranking ("een bejaarde vrouw werd
	// bespot").
	// A describing group word counts all the same when the sentence goes on to address
	// the group (class "aanspraak": "riep tegen een Chinese studente: 'Jullie vreten
	// honden'").
	group, person, address classSet
	keepDescribed          []bool   // per rule: whether a describing group word still counts
	quotedRules            bool     // whether a rule is within "citaat" (quoteSpans is needed)
	whole                  classSet // the classes of the rules within "tekst": a line with one member of them is read too
}

func compileRules(entries []Entry, rules []Rule) *ruleSet {
	rs := &ruleSet{rules: rules, classes: make([]classSet, len(entries))}
	bit := map[string]int{}
	id := func(c string) classSet {
		b, ok := bit[c]
		if !ok {
			b = len(rs.names)
			bit[c] = b
			rs.names = append(rs.names, c)
		}
		return bitOf(b)
	}
	for i, e := range entries {
		for _, c := range e.Classes {
			rs.classes[i].add(id(c))
		}
	}
	for _, r := range rules {
		var p [2]classSet
		for k, part := range r.Parts {
			for _, c := range part {
				p[k].add(id(c))
			}
		}
		rs.parts = append(rs.parts, p)
	}
	if _, ok := bit[ClassPerson]; ok {
		rs.group, rs.person = id(ClassGroup), id(ClassPerson)
		if _, ok := bit[ClassAddress]; ok {
			rs.address = id(ClassAddress)
		}
	}
	for ri, r := range rules {
		rs.keepDescribed = append(rs.keepDescribed, r.Ordered || r.Score < StrongScore || r.Cap)
		rs.quotedRules = rs.quotedRules || r.Quoted
		if r.Whole {
			rs.whole.add(rs.parts[ri][0])
			rs.whole.add(rs.parts[ri][1])
		}
	}
	return rs
}

// ClassGroup and ClassPerson name the classes of group references and of person nouns
// ("man", "vrouw", "eigenaar"); see ruleSet.group.
const (
	ClassGroup   = "groep"
	ClassPerson  = "individu"
	ClassAddress = "aanspraak"
)

// describePersons marks the group words that describe one person: those directly
// followed, in the same sentence, by a person noun, unless the sentence goes on to
// address the group.
func (rs *ruleSet) describePersons(ms []member) {
	if rs.person.empty() {
		return
	}
	for i := range ms {
		if !ms[i].classes.meets(rs.group) {
			continue
		}
		for j := i + 1; j < len(ms) && ms[j].word <= ms[i].word+1; j++ {
			// A person noun inside the group phrase itself ("elke vrouw") follows nothing.
			if ms[j].word == ms[i].word+1 && ms[j].sent == ms[i].sent && ms[j].classes.meets(rs.person) && ms[j].start >= ms[i].end {
				ms[i].describes = true
				break
			}
		}
		for j := i + 1; ms[i].describes && j < len(ms) && ms[j].sent == ms[i].sent; j++ {
			if ms[j].classes.meets(rs.address) {
				ms[i].describes = false
			}
		}
	}
}

// enclosing sets the outer of each group word that lies inside a longer group phrase.
// The members are sorted by first, so the phrase is among the few members around it.
func (rs *ruleSet) enclosing(ms []member) {
	for i := range ms {
		m := &ms[i]
		if !m.classes.meets(rs.group) {
			continue
		}
		for j := max(0, i-4); j < min(len(ms), i+5); j++ {
			o := &ms[j]
			if j != i && o.classes.meets(rs.group) && o.first <= m.first && m.last <= o.last && o.last-o.first > m.last-m.first {
				m.outer = o.entry + 1
				break
			}
		}
	}
}

// member is a term of a class found on a line.
type member struct {
	entry       int32
	classes     classSet
	first, last int32 // symbols in the line's stream
	start, end  int   // bytes in the text
	word, sent  int32 // word and sentence of the line it starts in
	endWord     int32 // word of the line it ends in (a phrase: its last word)
	// reach is the last sentence a group word counts in for the rules within a sentence:
	// its own, or a later one when each sentence up to it takes up the one before ("...
	// Ik haat ze.").
	reach     int32
	fuzzy     bool
	joined    bool // found inside a run-together word
	describes bool // a group word that describes one person ("een Turkse man")
	// outer is 1 + the entry of a longer group phrase around this group word ("zwarte
	// vrouwen" around "vrouwen"), 0 when there is none: a rule hit on the word takes the
	// phrase's grounds too (enclosing).
	outer int32
	// quote is the sentence in which the quotation around the term opens, or -1 when the
	// term lies in no quotation (quoteSpans).
	quote int32
}

// ruleHit is a rule that fired, with its two parts, in sentence sent of its line.
type ruleHit struct {
	rule int
	a, b member
	sent int32
	// via is the word that takes up the group when a is in an earlier sentence (bytes in
	// the text).
	via link
}

// link is where a sentence takes up the group of the one before it (takenUp), in bytes
// of the text; start < 0: it does not.
type link struct{ start, end int }

// reachOf gives the group words that do not describe one person the last sentence they
// count in: links[k] says whether sentence k takes up sentence k-1.
func (rs *ruleSet) reachOf(ms []member, links []link) {
	for i := range ms {
		m := &ms[i]
		m.reach = m.sent
		if !m.classes.meets(rs.group) || m.describes {
			continue
		}
		for int(m.reach)+1 < len(links) && links[m.reach+1].start >= 0 {
			m.reach++
		}
	}
}

// className returns the name of the first class of bits that the part has.
func (rs *ruleSet) className(bits, part classSet) string {
	for i, n := range rs.names {
		if b := bitOf(i); bits.meets(b) && part.meets(b) {
			return n
		}
	}
	return ""
}

// classSet is a set of classes, one bit per class (MaxClasses in all).
type classSet [2]uint64

// bitOf is the set of class b alone.
func bitOf(b int) classSet {
	var c classSet
	c[b>>6] = 1 << uint(b&63)
	return c
}

// meets reports whether c and o share a class.
func (c classSet) meets(o classSet) bool { return c[0]&o[0] != 0 || c[1]&o[1] != 0 }

// empty reports whether c has no class.
func (c classSet) empty() bool { return c[0]|c[1] == 0 }

// add puts the classes of o into c.
func (c *classSet) add(o classSet) { c[0] |= o[0]; c[1] |= o[1] }

// without is c less the classes of o.
func (c classSet) without(o classSet) classSet { return classSet{c[0] &^ o[0], c[1] &^ o[1]} }

// evaluate appends the rules that fire on one line's members (sorted by first). A rule
// fires at most once per sentence. The closest earlier member of the other part is the
// best candidate for both the window and the sentence, so one pass per rule suffices.
//
// A rule within a sentence also fires with a group word of an earlier sentence that a
// pronoun takes up (reach): links[k] is the pronoun of sentence k, if it has one.
func (rs *ruleSet) evaluate(ms []member, links []link, dst []ruleHit) []ruleHit {
	rs.describePersons(ms)
	rs.reachOf(ms, links)
	rs.enclosing(ms)
	var present classSet // the classes of the members: a rule fires only with both its parts
	for i := range ms {
		present.add(ms[i].classes)
	}
	for ri := range rs.rules {
		p := rs.parts[ri]
		r := &rs.rules[ri]
		if r.Whole {
			dst = rs.wholeMembers(ri, ms, present, dst)
			continue
		}
		if !present.meets(p[0]) || !present.meets(p[1]) {
			continue
		}
		if r.Quoted {
			dst = rs.quoted(ri, ms, dst)
			continue
		}
		if r.Cap {
			dst = rs.capping(ri, ms, dst)
			continue
		}
		var lastA, lastB *member
		fired := int32(-1) // sentence the rule last fired in
		for i := range ms {
			m := &ms[i]
			if m.sent == fired {
				continue
			}
			classes := m.classes
			if m.describes && !rs.keepDescribed[ri] {
				classes = classes.without(rs.group)
			}
			ok := func(x, y *member) bool { // x before y
				switch {
				case x.last > y.first && !rs.sharesVerb(x, y), x.last == y.first && !x.joined && !y.joined:
					// Two terms run together may share a doubled letter: "haattransgenders"
					// (joinedOK took the split).
					return false
				case x.sent == y.sent:
					return r.Within == 0 || y.word-x.endWord <= int32(r.Within)
				}
				return r.Within == 0 && x.sent < y.sent && y.sent <= x.reach
			}
			via := link{start: -1}
			if int(m.sent) < len(links) {
				via = links[m.sent]
			}
			switch {
			case classes.meets(p[1]) && lastA != nil && ok(lastA, m):
				dst = append(dst, ruleHit{rule: ri, a: *lastA, b: *m, sent: m.sent, via: via})
				fired = m.sent
			case !r.Ordered && classes.meets(p[0]) && lastB != nil && ok(lastB, m):
				dst = append(dst, ruleHit{rule: ri, a: *m, b: *lastB, sent: m.sent, via: via})
				fired = m.sent
			}
			if classes.meets(p[0]) {
				lastA = m
			}
			if classes.meets(p[1]) {
				lastB = m
			}
		}
	}
	return dst
}

// sharesVerb reports whether x, a group phrase of several words, and y, a later term,
// share only x's last word: the verb of a generic singular ("een zwarte is") that also
// opens a hostile phrase ("is geen mens"). The two then stand directly after each other.
func (rs *ruleSet) sharesVerb(x, y *member) bool {
	return x.classes.meets(rs.group) && x.endWord > x.word && y.word == x.endWord && y.last > x.last && y.sent == x.sent
}

// wholeMembers appends, for a rule within "tekst", this line's members of either part,
// each as a ruleHit with the other side's entry -1: the parts may stand in different
// segments of the text, so ruleHits pairs them once all the text's lines are read.
func (rs *ruleSet) wholeMembers(ri int, ms []member, present classSet, dst []ruleHit) []ruleHit {
	p := rs.parts[ri]
	if !present.meets(p[0]) && !present.meets(p[1]) {
		return dst
	}
	none := member{entry: -1}
	for i := range ms {
		m := &ms[i]
		if m.classes.meets(p[0]) {
			dst = append(dst, ruleHit{rule: ri, a: *m, b: none, sent: m.sent, via: link{start: -1}})
		} else if m.classes.meets(p[1]) {
			dst = append(dst, ruleHit{rule: ri, a: none, b: *m, sent: m.sent, via: link{start: -1}})
		}
	}
	return dst
}

// capNear bounds how many members either side of a term a capping rule looks at for its
// other part, so that a line of thousands of class members costs linear work.
const capNear = 32

// capping appends the hits of a rule that caps (Rule.Cap): one for every member of the
// second part with a member of the first part before it (or, unordered, after it) within
// the rule's window, each in its own sentence. Unlike the other rules it fires for each
// such member, not once per sentence: "voorlichting over artikel 137c en 137d" lowers both.
func (rs *ruleSet) capping(ri int, ms []member, dst []ruleHit) []ruleHit {
	r, p := &rs.rules[ri], rs.parts[ri]
	near := func(x, y *member) bool { // x before y, in one sentence, within the window
		return x.last < y.first && x.sent == y.sent && (r.Within == 0 || y.word-x.endWord <= int32(r.Within))
	}
	for j := range ms {
		b := &ms[j]
		if !b.classes.meets(p[1]) {
			continue
		}
		for i := max(0, j-capNear); i < min(len(ms), j+capNear+1); i++ {
			a := &ms[i]
			if i == j || !a.classes.meets(p[0]) {
				continue
			}
			if near(a, b) || !r.Ordered && near(b, a) {
				dst = append(dst, ruleHit{rule: ri, a: *a, b: *b, sent: b.sent, via: link{start: -1}})
				break
			}
		}
	}
	return dst
}

// needQuotes reports whether the members hold both parts of a rule within "citaat", so
// that the quotations of the text must be known.
func (rs *ruleSet) needQuotes(ms []member) bool {
	var present classSet
	for i := range ms {
		present.add(ms[i].classes)
	}
	for ri := range rs.rules {
		if p := rs.parts[ri]; rs.rules[ri].Quoted && present.meets(p[0]) && present.meets(p[1]) {
			return true
		}
	}
	return false
}

// quoted appends the hits of a rule within "citaat": a member of the first part inside a
// quotation and one of the second part, not overlapping it, in the sentence where the
// quotation opens or in the first member's own sentence. It fires at most once per
// sentence of the quoted member.
func (rs *ruleSet) quoted(ri int, ms []member, dst []ruleHit) []ruleHit {
	p := rs.parts[ri]
	fired := int32(-1)
	for i := range ms {
		a := &ms[i]
		classes := a.classes
		if a.describes && !rs.keepDescribed[ri] {
			classes = classes.without(rs.group) // "zei: 'een aardige Turkse man'" describes one person
		}
		if a.quote < 0 || a.sent == fired || !classes.meets(p[0]) {
			continue
		}
		for j := range ms {
			b := &ms[j]
			if j == i || !b.classes.meets(p[1]) || b.sent != a.sent && b.sent != a.quote ||
				b.first <= a.last && a.first <= b.last {
				continue
			}
			if rs.rules[ri].Ordered && b.first < a.first {
				continue
			}
			dst = append(dst, ruleHit{rule: ri, a: *a, b: *b, sent: a.sent, via: link{start: -1}})
			fired = a.sent
			break
		}
	}
	return dst
}

// quoteSpans appends the byte spans [start, end) of the quotations in text: text between
// an opening mark (', ", ‘, “, „, «) at the start of a word and the next closing mark at
// the end of a word. An apostrophe inside a word ("zo'n", "m'n", "Antilliaan's") or before
// "s", "t", "n" and a space ("'s avonds") is no mark; a quotation left open ends with the
// line (at a line break or the end of the text).
func quoteSpans(line string, dst []int) []int { // line: the whole text
	isLetter := func(c byte) bool {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
	}
	open := -1
	var closer string // the marks that may close the open quotation
	for i := 0; i < len(line); {
		if !quoteByte[line[i]] {
			i++
			continue
		}
		if line[i] == '\n' {
			if open >= 0 {
				dst = append(dst, open, i)
				open = -1
			}
			i++
			continue
		}
		mark, n := quoteMark(line[i:])
		if n == 0 {
			i++
			continue
		}
		before := i > 0 && isLetter(line[i-1]) || i > 0 && line[i-1] == '-'
		after := i+n < len(line) && isLetter(line[i+n])
		switch {
		case before && after:
			// an apostrophe inside a word
		case open < 0 && !before && after:
			if mark == "'" || mark == "\u2019" {
				if k := i + n; strings.IndexByte("stn", line[k]|0x20) >= 0 && (k+1 == len(line) || !isLetter(line[k+1])) {
					break // 's avonds, 't, 'n
				}
			}
			open = i + n
			switch mark {
			case "'", "\u2018", "\u2019", "\u201a":
				closer = "'\u2019\u2018"
			default:
				closer = "\"\u201d\u201c\u00bb"
			}
		case open >= 0 && before && !after && strings.Contains(closer, mark):
			dst = append(dst, open, i)
			open = -1
		case open >= 0 && !before && !after && i > 0 && (line[i-1] == '!' || line[i-1] == '?' || line[i-1] == '.' || line[i-1] == ',') && strings.Contains(closer, mark):
			dst = append(dst, open, i) // "weg!' riep hij"
			open = -1
		}
		i += n
	}
	if open >= 0 {
		dst = append(dst, open, len(line))
	}
	return dst
}

// quoteByte marks the bytes that may start a quotation mark, and the line break.
var quoteByte = [256]bool{'\'': true, '"': true, 0xe2: true, 0xc2: true, '\n': true}

// quoteMark returns the quotation mark at the start of s and its length in bytes.
func quoteMark(s string) (string, int) {
	switch s[0] {
	case '\'', '"':
		return s[:1], 1
	case 0xe2: // U+2018-U+201E
		if len(s) >= 3 && s[1] == 0x80 && s[2] >= 0x98 && s[2] <= 0x9e {
			return s[:3], 3
		}
	case 0xc2: // « »
		if len(s) >= 2 && (s[1] == 0xab || s[1] == 0xbb) {
			return s[:2], 2
		}
	}
	return "", 0
}

// sentenceOf returns the number of sentence ends before byte offset off.
func sentenceOf(ends []int, off int) int32 {
	n, _ := slices.BinarySearch(ends, off)
	return int32(n)
}
