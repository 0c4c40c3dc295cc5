package screen

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"stelsel/catalog"
)

// Match modes.
const (
	ModeWord   = "word"   // the whole word: "neger" in "neger", not in "negeren"
	ModePrefix = "prefix" // a word that starts with the term: "jood", "joodse", "joodje"
	ModeInfix  = "infix"  // anywhere inside a word: "kankerjood", "rotjoden"
	ModePhrase = "phrase" // whole words in sequence: "heil hitler"
)

// Strengths.
const (
	Strong = "strong" // slurs, symbols, explicit hostility: reviewed first
	Weak   = "weak"   // group words that are often neutral ("Turkse bakker")
	// Context terms are no hit alone; they count only as a part of a rule ("haat",
	// "vrouwen"). A line holding one is screened exactly, so rules can look at it.
	Context = "context"
	// Frame terms are no hit alone either, and a line holding only them is not screened
	// exactly: function words ("omdat", "jullie") that a rule needs beside another part.
	Frame = "frame"
)

// Fuzzy settings of an entry.
const (
	FuzzyAuto = ""    // on for strong single-word terms of at least MinFuzzyLetters letters
	FuzzyYes  = "yes" // on for this term (still needs MinFuzzyLetters letters)
	FuzzyNo   = "no"  // off for this term
)

// MinFuzzyLetters is the shortest term (in normalised letters) for which a dropped,
// doubled or swapped letter still matches. Shorter terms flood the queue: a dropped letter
// turns "kanker" into "anker" and "kaner". Chosen on the development set.
const MinFuzzyLetters = 8

// Entry is one line of a lexicon.
type Entry struct {
	Term       string   `json:"term"`
	Mode       string   `json:"mode"`
	Grounds    []string `json:"grounds"`
	Strength   string   `json:"strength"`
	Exceptions []string `json:"exceptions,omitempty"`
	Fuzzy      string   `json:"fuzzy,omitempty"`
	Note       string   `json:"note,omitempty"`
	// Classes are the classes of the rules the term belongs to ("groep", "dreiging").
	Classes []string `json:"classes,omitempty"`
	Line    int      `json:"line"`
}

// Limits a lexicon must stay within. A lexicon that passes LoadLexicon is compiled and
// fits them, so no process that loads it can be taken down by its size: memory and
// compile time grow with the square of a fuzzy term's length (its variants) and with the
// number of automaton states.
const (
	// MaxLineBytes is the longest line of a lexicon file.
	MaxLineBytes = 4096
	// MaxTermLetters is the most letters a term or an exception may have after
	// normalisation (the longest Dutch phrase in the default lexicon has about 30).
	MaxTermLetters = 64
	// MaxFuzzyTerms is the most entries with fuzzy matching on: each adds about twice its
	// length in variants.
	MaxFuzzyTerms = 2000
	// MaxFuzzyLetters is the longest term with fuzzy matching; automatic fuzzy matching
	// stays off for longer terms.
	MaxFuzzyLetters = 32
	// MaxEntries is the most entries of one lexicon.
	MaxEntries = 50000
	// MaxStates is the most states of the compiled automaton (each costs 256 bytes in the
	// two tables: 250,000 states are 64 MB).
	MaxStates = 250000
)

// States returns the states of the lexicon's two automata, each of which MaxStates
// bounds: the terms that make a line be screened, and the frame terms (0 without any).
func (l *Lexicon) States() (terms, frames int) {
	if l.ctx != nil {
		frames = l.ctx.nodes
	}
	return l.auto.nodes, frames
}

// Lexicon is a validated, versioned list of entries, compiled. It is immutable.
type Lexicon struct {
	name    string
	version string
	entries []Entry
	rules   []Rule
	// auto holds the patterns that make a segment be screened: the fast scan's table and
	// the exact matcher's. ctx (nil without frame terms) holds the frame terms
	// (splitQuiet), which count only on segments with a class member; their patterns
	// are numbered from ctxFrom on after auto's. Both are compiled by LoadLexicon, so
	// that a lexicon that loads also fits.
	auto    *automaton
	ctx     *ctxSet
	ctxFrom int32
	// model is the text model (model.go), nil without a model section.
	model *Model
}

// Model returns the lexicon's text model, or nil when it has none.
func (l *Lexicon) Model() *Model { return l.model }

// Name returns the declared name of the lexicon.
func (l *Lexicon) Name() string { return l.name }

// Version returns the name and a short hash of the content: "stelsel-nl@1a2b3c4d5e6f".
// Every hit carries it, so a decision can be traced to the exact lexicon that produced it.
func (l *Lexicon) Version() string { return l.version }

// Entries returns a copy of the entries in file order.
func (l *Lexicon) Entries() []Entry {
	out := make([]Entry, len(l.entries))
	for i, e := range l.entries {
		e.Grounds = append([]string(nil), e.Grounds...)
		e.Exceptions = append([]string(nil), e.Exceptions...)
		e.Classes = append([]string(nil), e.Classes...)
		out[i] = e
	}
	return out
}

//go:embed lexicon_nl.tsv
var defaultLexicon []byte

// DefaultLexicon returns the Dutch lexicon embedded in the binary.
func DefaultLexicon() (*Lexicon, error) {
	return LoadLexicon(bytes.NewReader(defaultLexicon), "lexicon_nl.tsv")
}

// LexiconError is a problem in a lexicon file, with the place it was found.
type LexiconError struct {
	File   string
	Line   int
	Reason string
}

func (e *LexiconError) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("%s: %s", e.File, e.Reason)
	}
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Reason)
}

var columns = []string{"term", "mode", "grounds", "strength", "exceptions", "fuzzy", "note", "class"}

// LoadLexicon reads a lexicon in the tab-separated format described in LEXICON.md. file
// names the source in error messages and is the lexicon's name unless the file declares
// one ("# name: ..."). It reports the first problem with file, line and reason.
func LoadLexicon(r io.Reader, file string) (*Lexicon, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read lexicon %s: %w", file, err)
	}
	name := strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))
	fail := func(line int, format string, args ...any) (*Lexicon, error) {
		return nil, &LexiconError{File: file, Line: line, Reason: fmt.Sprintf(format, args...)}
	}
	grounds := catalog.Default().Grounds
	var entries []Entry
	var rules []Rule        // nil until the rule header
	var model *modelBuilder // nil until the model header
	modelLine := 0
	seen := map[string]int{}
	header := false
	fuzzyTerms := 0
	rest := data
	for ln := 1; len(rest) > 0; ln++ {
		raw := rest
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			raw, rest = rest[:i], rest[i+1:]
		} else {
			rest = nil
		}
		if len(raw) > MaxLineBytes {
			return fail(ln, "line of %d bytes, at most %d", len(raw), MaxLineBytes)
		}
		line := strings.TrimRight(string(raw), "\r")
		if ln == 1 {
			line = strings.TrimPrefix(line, "\ufeff") // spreadsheets write a BOM
		}
		if !utf8.ValidString(line) {
			return fail(ln, "not valid UTF-8")
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		if strings.HasPrefix(line, "#") {
			if v, ok := strings.CutPrefix(strings.TrimSpace(line[1:]), "name:"); ok {
				if len(entries) > 0 {
					return fail(ln, "the name must be declared before the entries")
				}
				name = strings.TrimSpace(v)
				if name == "" || strings.ContainsAny(name, " \t@") {
					return fail(ln, "name %q: must be non-empty, without spaces or @", name)
				}
			}
			continue
		}
		cells := strings.Split(line, "\t")
		if header && (model != nil || strings.EqualFold(strings.TrimSpace(cells[0]), "model") && len(cells) > 1 &&
			strings.EqualFold(strings.TrimSpace(cells[1]), "weight")) {
			if model == nil {
				if reason := modelHeader(cells); reason != "" {
					return fail(ln, "%s", reason)
				}
				model, modelLine = newModelBuilder(), ln
				continue
			}
			if reason := model.add(cells, ln); reason != "" {
				return fail(ln, "%s", reason)
			}
			continue
		}
		if header && (rules != nil || strings.EqualFold(strings.TrimSpace(cells[0]), "rule")) {
			if rules == nil {
				if reason := ruleHeader(cells); reason != "" {
					return fail(ln, "%s", reason)
				}
				rules = []Rule{}
				continue
			}
			r, reason := parseRule(cells, ln)
			if reason != "" {
				return fail(ln, "%s", reason)
			}
			rules = append(rules, r)
			continue
		}
		if !header {
			if len(cells) < 4 || !strings.EqualFold(strings.TrimSpace(cells[0]), "term") {
				return fail(ln, "the first line must be the header %q", strings.Join(columns, "\\t"))
			}
			for i, c := range cells {
				if i >= len(columns) || !strings.EqualFold(strings.TrimSpace(c), columns[i]) {
					return fail(ln, "column %d of the header is %q, want %q", i+1, c, columns[min(i, len(columns)-1)])
				}
			}
			header = true
			continue
		}
		if len(cells) > len(columns) {
			return fail(ln, "%d columns, at most %d (term, mode, grounds, strength, exceptions, fuzzy, note, class)", len(cells), len(columns))
		}
		for len(cells) < len(columns) {
			cells = append(cells, "")
		}
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		e := Entry{Term: cells[0], Mode: strings.ToLower(cells[1]), Strength: strings.ToLower(cells[3]),
			Fuzzy: strings.ToLower(cells[5]), Note: cells[6], Line: ln}
		for _, g := range splitList(cells[2], ",;") {
			if g == "-" {
				continue
			}
			if !grounds.Has(g) {
				return fail(ln, "unknown ground %q (known: %s)", g, strings.Join(grounds.Codes(), ", "))
			}
			e.Grounds = append(e.Grounds, g)
		}
		e.Exceptions = splitList(cells[4], ";")
		for _, c := range splitList(cells[7], ",;") {
			e.Classes = append(e.Classes, strings.ToLower(c))
		}
		if reason := validate(e); reason != "" {
			return fail(ln, "%s", reason)
		}
		key := e.Mode + "\x00" + canonical(e.Term)
		if prev, ok := seen[key]; ok {
			return fail(ln, "term %q (%s) repeats line %d", e.Term, e.Mode, prev)
		}
		seen[key] = ln
		if fuzzyOn(e, compilePattern(e.Term, e.Mode)) {
			if fuzzyTerms++; fuzzyTerms > MaxFuzzyTerms {
				return fail(ln, "more than %d terms with fuzzy matching (set fuzzy to no on the others)", MaxFuzzyTerms)
			}
		}
		if len(entries) == MaxEntries {
			return fail(ln, "more than %d entries", MaxEntries)
		}
		entries = append(entries, e)
	}
	if !header {
		return fail(0, "no header line")
	}
	if len(entries) == 0 {
		return fail(0, "no entries")
	}
	if r, reason := checkRules(entries, rules); reason != "" {
		return fail(r, "%s", reason)
	}
	var m *Model
	if model != nil {
		var reason string
		if m, reason = model.done(); reason != "" {
			return fail(modelLine, "%s", reason)
		}
	}
	mainPats, ctxPats := splitQuiet(entries, compile(entries))
	if m != nil {
		// The model's trigger words only make the fast scan stop (modelled).
		for _, w := range m.Triggers() {
			p := compilePattern(w, ModeWord)
			p.kind, p.entry = patTrigger, triggerEntry
			mainPats = append(mainPats, p)
		}
	}
	auto, over := buildAutomaton(mainPats, MaxStates)
	var ctx *ctxSet
	if over < 0 && len(ctxPats) > 0 {
		ctx, over = buildCtx(ctxPats, MaxStates)
	}
	if over >= 0 {
		e := entries[over]
		return fail(e.Line, "term %q: the compiled lexicon would have more than %d states (too many or too long terms)", e.Term, MaxStates)
	}
	// Two automata: the frame terms, matched only on segments with a class member, apart
	// (cut into automata with the 16-bit table of the exact scan), and the rest, whose fast
	// table serves the exact scan too: the fast scan has just brought its rows into the
	// cache.
	auto.dropTrans()
	sum := sha256.Sum256(data)
	return &Lexicon{name: name, version: name + "@" + hex.EncodeToString(sum[:6]), entries: entries, rules: rules,
		auto: auto, ctx: ctx, ctxFrom: int32(len(mainPats)), model: m}, nil
}

func splitList(s, seps string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(seps, r) }) {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// validate returns why an entry is wrong, or "".
func validate(e Entry) string {
	if e.Term == "" {
		return "term is empty"
	}
	if n := letterCount(e.Term); n > MaxTermLetters {
		return fmt.Sprintf("term of %d letters, at most %d", n, MaxTermLetters)
	}
	words := strings.Fields(Normalize(e.Term))
	letters := 0
	for _, r := range termRuns(e.Term) {
		letters += int(r)
	}
	switch e.Mode {
	case ModeWord, ModePrefix, ModeInfix:
		if len(words) != 1 {
			return fmt.Sprintf("term %q: mode %s needs exactly one word (normalised: %q); use phrase", e.Term, e.Mode, Normalize(e.Term))
		}
	case ModePhrase:
		if len(words) < 2 {
			return fmt.Sprintf("term %q: mode phrase needs two or more words", e.Term)
		}
	case "":
		return "mode is empty (word, prefix, infix or phrase)"
	default:
		return fmt.Sprintf("unknown mode %q (word, prefix, infix or phrase)", e.Mode)
	}
	if letters < 2 {
		return fmt.Sprintf("term %q: too short after normalisation (%q)", e.Term, Normalize(e.Term))
	}
	switch e.Strength {
	case Strong, Weak:
		if len(e.Grounds) == 0 {
			return "grounds is empty"
		}
	case Context, Frame:
		if len(e.Classes) == 0 {
			return fmt.Sprintf("strength %s needs a class", e.Strength)
		}
	case "":
		return "strength is empty (strong, weak, context or frame)"
	default:
		return fmt.Sprintf("unknown strength %q (strong, weak, context or frame)", e.Strength)
	}
	for _, c := range e.Classes {
		if !validClass(c) {
			return fmt.Sprintf("class %q: lower-case letters and _ only", c)
		}
	}
	switch e.Fuzzy {
	case FuzzyAuto, FuzzyYes, FuzzyNo:
	default:
		return fmt.Sprintf("unknown fuzzy %q (yes, no or empty)", e.Fuzzy)
	}
	if e.Fuzzy == FuzzyYes && letters > MaxFuzzyLetters {
		return fmt.Sprintf("term of %d letters: fuzzy matching needs at most %d (set fuzzy to no)", letters, MaxFuzzyLetters)
	}
	for _, x := range e.Exceptions {
		core := strings.Trim(x, "*")
		if strings.TrimSpace(Normalize(core)) == "" {
			return fmt.Sprintf("exception %q is empty after normalisation", x)
		}
		if strings.Contains(core, "*") {
			return fmt.Sprintf("exception %q: * only at the start or end", x)
		}
		if n := letterCount(core); n > MaxTermLetters {
			return fmt.Sprintf("exception of %d letters, at most %d", n, MaxTermLetters)
		}
	}
	return ""
}

// letterCount returns the number of letters of the normalised term, runs counted in full.
func letterCount(term string) int {
	n := 0
	for _, r := range termRuns(term) {
		n += int(r)
	}
	return n
}

// termRuns returns the run lengths of the letters of the normalised term.
func termRuns(term string) []uint8 {
	var n normalizer
	st := n.normalize(term)
	var out []uint8
	for _, s := range st.s {
		if s.c != symBoundary {
			out = append(out, s.run)
		}
	}
	return out
}

// canonical is the normalised term with its run lengths, so that "marokkaan" and
// "marokkan" are different terms but "Jood" and "j00d" are the same.
func canonical(term string) string {
	var n normalizer
	st := n.normalize(term)
	var b []byte
	for _, s := range st.s {
		if s.c == symBoundary {
			b = append(b, ' ')
			continue
		}
		for k := uint8(0); k < s.run; k++ {
			b = append(b, s.c-1+'a')
		}
		if s.digit {
			b = append(b, '#')
		}
	}
	return string(b)
}
