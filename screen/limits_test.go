package screen

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func randomLetters(rng *rand.Rand, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('a' + rng.IntN(26))
	}
	return string(b)
}

// TestLoadLexiconLimits: lexicons that once passed the check and then took every process
// that compiled them down (issue 12.1) are refused, with the line that goes over.
func TestLoadLexiconLimits(t *testing.T) {
	rng := rand.New(rand.NewPCG(12, 1))
	var fuzzyMany, statesMany strings.Builder
	fuzzyMany.WriteString(header)
	for i := 0; i <= MaxFuzzyTerms; i++ {
		fmt.Fprintf(&fuzzyMany, "%s\tinfix\therkomst\tstrong\n", randomLetters(rng, 20))
	}
	statesMany.WriteString(header)
	for i := 0; i < 20000; i++ {
		fmt.Fprintf(&statesMany, "%s\tword\therkomst\tweak\n", randomLetters(rng, 40))
	}
	tests := []struct {
		name, file string
		line       int // 0: any line after the header
		reason     string
	}{
		{"long fuzzy term", header + randomLetters(rng, 4000) + "\tinfix\therkomst\tstrong\n", 2, "term of 4000 letters, at most 64"},
		{"megabyte term", header + "jood\tprefix\tantisemitisme\tweak\n" + randomLetters(rng, 1<<20) + "\tinfix\therkomst\tstrong\n", 3, "line of 1048598 bytes, at most 4096"},
		{"megabyte comment", header + "# " + strings.Repeat("x", 1<<20) + "\n", 2, "at most 4096"},
		{"long fuzzy term on", header + randomLetters(rng, 40) + "\tinfix\therkomst\tstrong\t\tyes\n", 2, "fuzzy matching needs at most 32"},
		{"long exception", header + "jood\tprefix\tantisemitisme\tweak\t" + randomLetters(rng, 100) + "\n", 2, "exception of 100 letters, at most 64"},
		{"too many fuzzy terms", fuzzyMany.String(), MaxFuzzyTerms + 2, "more than 2000 terms with fuzzy matching"},
		{"automaton too large", statesMany.String(), 0, "more than 250000 states"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := LoadLexicon(strings.NewReader(tt.file), "test.tsv")
			var le *LexiconError
			if !errors.As(err, &le) {
				t.Fatalf("LoadLexicon = %v, want a *LexiconError", err)
			}
			if (tt.line != 0 && le.Line != tt.line) || le.Line < 2 || !strings.Contains(le.Reason, tt.reason) {
				t.Errorf("LoadLexicon error = %q (line %d), want line %d and a reason containing %q", err, le.Line, tt.line, tt.reason)
			}
		})
	}
}

// TestLoadLexiconAtLimits: what stays within the limits loads and screens.
func TestLoadLexiconAtLimits(t *testing.T) {
	rng := rand.New(rand.NewPCG(12, 2))
	var b strings.Builder
	b.WriteString(header)
	terms := make([]string, 200)
	for i := range terms {
		terms[i] = randomLetters(rng, MaxTermLetters)
		fmt.Fprintf(&b, "%s\tinfix\therkomst\tstrong\n", terms[i])
	}
	lex, err := LoadLexicon(strings.NewReader(b.String()), "test.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if res := New(lex).Screen("x " + terms[7] + " y"); len(res.Hits) != 1 {
		t.Errorf("Screen(term 7) = %v, want one hit", res.Hits)
	}
}

// TestScreenLongWordWork: the work of screening a long word grows with its length, not
// with its square (one 64 KB word took 26 s): the word around a hit is walked once, and
// one term in one word is one hit however often it occurs.
func TestScreenLongWordWork(t *testing.T) {
	lex, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	s := New(lex)
	for _, w := range []string{"hoer", "hoera", "kankerjood", "flikkerflikkeren", "k4nk3rj00d", "geitneneuker", "turk"} {
		text := strings.Repeat(w, 65536/len(w)+1)
		sc := new(scratch)
		kept := s.screenLine(sc, text, 0, nil)
		if len(kept) > 4 {
			t.Errorf("screenLine(%q x %d) kept %d hits, want at most 4 (one per term)", w, len(text), len(kept))
		}
		// Twice: the scan and the word around a hit; a third time when the word's one
		// member belongs to a rule within "tekst" (a cap such as ruzie_ex on "hoer").
		if sc.work > 3*len(text) {
			t.Errorf("screenLine(%q x %d) walked %d symbols, want at most %d", w, len(text), sc.work, 3*len(text))
		}
		if res := s.Screen(text); w != "hoera" && len(res.Hits) == 0 {
			t.Errorf("Screen(%q x %d) found nothing", w, len(text))
		}
	}
}

// TestLexiconGrowthRoom: the built-in lexicon can grow by a quarter of its entries (each
// a new term of the same mode, strength, fuzziness and classes, the letters of its words
// reversed, so that it shares fewer prefixes with the others than a real new term would)
// and still fit MaxStates in both automata.
func TestLexiconGrowthRoom(t *testing.T) {
	lines := strings.Split(string(defaultLexicon), "\n")
	var grown []string
	header, added, n := false, 0, 0
	for _, l := range lines {
		grown = append(grown, l)
		cells := strings.Split(l, "\t")
		switch {
		case strings.HasPrefix(l, "#") || len(cells) < 4:
			continue
		case cells[0] == "term":
			header = true
			continue
		case cells[0] == "rule":
			header = false
		}
		if !header {
			continue
		}
		if n++; n%4 != 1 {
			continue
		}
		words := strings.Fields(cells[0])
		for k, w := range words {
			r := []rune(w)
			slices.Reverse(r)
			words[k] = "q" + string(r)
		}
		cells[0] = strings.Join(words, " ")
		if len(cells) > 4 {
			cells[4] = "" // the exceptions are of the original term
		}
		grown = append(grown, strings.Join(cells, "\t"))
		added++
	}
	lex, err := LoadLexicon(strings.NewReader(strings.Join(grown, "\n")), "grown.tsv")
	if err != nil {
		t.Fatalf("the lexicon with %d more entries does not load: %v", added, err)
	}
	base, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	bt, bf := base.States()
	gt, gf := lex.States()
	t.Logf("%d entries + %d: states %d -> %d and %d -> %d (frame terms), at most %d each; automata %d -> %d MB",
		len(base.Entries()), added, bt, gt, bf, gf, MaxStates, New(base).AutomatonSize()>>20, New(lex).AutomatonSize()>>20)
	if added*4 < len(base.Entries()) {
		t.Errorf("added %d entries to %d, want a quarter", added, len(base.Entries()))
	}
}

// TestLexiconClasses: a lexicon may use MaxClasses classes, and a rule on the last of them
// fires as one on the first does; one class more is refused with the line of its first term.
func TestLexiconClasses(t *testing.T) {
	name := func(i int) string { return strings.Repeat("z", i/26) + string(rune('a'+i%26)) }
	build := func(n int) string {
		var b strings.Builder
		b.WriteString("term\tmode\tgrounds\tstrength\texceptions\tfuzzy\tnote\tclass\n")
		for i := 0; i < n; i++ { // the word "wX" is the only term of the class "kX"
			fmt.Fprintf(&b, "w%s\tword\t-\tcontext\t\tno\t\tk%s\n", name(i), name(i))
		}
		b.WriteString("rule\tparts\twithin\tgrounds\tscore\tnote\n")
		fmt.Fprintf(&b, "eerste\tk%s > k%s\t1\therkomst\t60\n", name(0), name(1))
		fmt.Fprintf(&b, "laatste\tk%s > k%s\t1\therkomst\t70\n", name(n-2), name(n-1))
		return b.String()
	}
	lex, err := LoadLexicon(strings.NewReader(build(MaxClasses)), "classes.tsv")
	if err != nil {
		t.Fatal(err)
	}
	s := New(lex)
	for _, tt := range []struct {
		in   string
		rule string
	}{
		{"wa wb", "eerste"},
		{"w" + name(MaxClasses-2) + " w" + name(MaxClasses-1), "laatste"},
		{"w" + name(MaxClasses-1) + " w" + name(MaxClasses-2), ""},
		{"wa w" + name(MaxClasses-1), ""},
	} {
		res := s.Screen(tt.in)
		got := ""
		for _, h := range res.Hits {
			if h.Mode == ModeRule {
				got = h.Term
			}
		}
		if got != tt.rule {
			t.Errorf("Screen(%q): rule %q, want %q: %+v", tt.in, got, tt.rule, res.Hits)
		}
	}
	_, err = LoadLexicon(strings.NewReader(build(MaxClasses+1)), "classes.tsv")
	var le *LexiconError
	if !errors.As(err, &le) || !strings.Contains(le.Reason, fmt.Sprintf("more than %d classes", MaxClasses)) || le.Line != MaxClasses+2 {
		t.Errorf("LoadLexicon with %d classes = %v, want 'more than %d classes' at line %d", MaxClasses+1, err, MaxClasses, MaxClasses+2)
	}
}
