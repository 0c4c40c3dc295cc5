package screen

import (
	"bufio"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// referenceScreen screens every segment of text exactly, without the fast scan: the
// simple reference of the fast path.
func referenceScreen(s *Screener, text string) Result {
	res := Result{Grounds: []string{}, Hits: []Hit{}, Lexicon: s.lex.version}
	var all []int
	for i := 0; i < len(text); i = nextSegment(text, i) {
		all = append(all, i)
	}
	if len(all) == 0 {
		return res
	}
	return s.screenSegments(text, all, res)
}

// TestFastPathMatchesReference compares Screen with referenceScreen on real Dutch text
// (the paragraphs and lines of the seed document and the texts of the development
// sets) and on random evasive texts made of lexicon terms, misspelt and spaced terms,
// punctuation, sentence ends and non-ASCII characters: the fast scan and everything
// that skips work must not change a hit, offset, score or flag.
func TestFastPathMatchesReference(t *testing.T) {
	s := defaultScreener(t)
	var texts []string
	seeds, _ := filepath.Glob("../../shared/seed/*.txt")
	if len(seeds) == 0 {
		seeds, _ = filepath.Glob("/work/shared/seed/*.txt")
	}
	for _, f := range seeds {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range strings.Split(string(b), "\n\n") {
			texts = append(texts, p, strings.Join(strings.Fields(p), " "))
		}
	}
	devs, _ := filepath.Glob("testdata/*.tsv")
	for _, f := range devs {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			if cells := strings.Split(sc.Text(), "\t"); len(cells) >= 2 && !strings.HasPrefix(cells[0], "#") {
				texts = append(texts, cells[1])
			}
		}
		fh.Close()
	}
	real := len(texts)
	if real < 1000 {
		t.Fatalf("only %d real texts", real)
	}
	var terms []string
	for _, e := range s.entries {
		terms = append(terms, e.Term)
	}
	pieces := []string{" ", " ", " ", ", ", ". ", "! ", "? ", "\n", ".", "-", "_", "!", "@", "$", "4", "0", "3", "1",
		"\u200b", "é", "ĳ", "о", "ｋ", "\xff", "卐", "e.a. ", "i.v.m. ", "Dhr. ", "k", "a", "e", "de", "het", "omdat", "jullie",
		"die", "allemaal", "moeten", "ik", "haat", "dood", "vrouwen", "zwarte", "mensen", "geen"}
	rng := rand.New(rand.NewPCG(11, 12))
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		if i%4 == 0 {
			b.WriteString(texts[rng.IntN(real)])
			b.WriteString(" ")
		}
		for k := 0; k < 1+rng.IntN(25); k++ {
			switch r := rng.IntN(10); {
			case r < 3:
				b.WriteString(terms[rng.IntN(len(terms))])
			case r < 4:
				w := terms[rng.IntN(len(terms))]
				if j := 1 + rng.IntN(max(1, len(w)-1)); j < len(w) {
					w = w[:j] + []string{"", w[j-1 : j], " ", ".", "0", "@", "\u200b"}[rng.IntN(7)] + w[j+1:]
				}
				b.WriteString(w)
			case r < 5:
				b.WriteString(strings.Join(strings.Split(terms[rng.IntN(len(terms))], ""), []string{" ", ".", "-"}[rng.IntN(3)]))
			default:
				b.WriteString(pieces[rng.IntN(len(pieces))])
			}
			if rng.IntN(2) == 0 {
				b.WriteString(pieces[rng.IntN(7)])
			}
		}
		texts = append(texts, b.String())
	}
	hits := 0
	for _, text := range texts {
		got, want := s.Screen(text), referenceScreen(s, text)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("Screen(%q) differs from the reference (-reference +Screen):\n%s", text, diff)
		}
		hits += len(got.Hits)
	}
	if hits < len(texts) {
		t.Errorf("%d hits in %d texts: the test checks too little", hits, len(texts))
	}
}

// TestSegmentQuestionAnswered: a question answered by a pronoun is one segment, as it is
// one sentence for the rules (sentenceEnds), so a rule sees both parts.
func TestSegmentQuestionAnswered(t *testing.T) {
	for text, one := range map[string]bool{
		"Asielzoekers? Die moeten ze allemaal ophangen.": true,
		"Moslims? Zulke mensen moeten weg.":              true,
		"Asielzoekers? Wat een vraag.":                   false,
		"Asielzoekers. Wat een vraag.":                   false,
		// A sentence that takes up the one before is no segment break either (sentence.go).
		"Asielzoekers. Die moeten ze allemaal ophangen.": true,
	} {
		if got := nextSegment(text, 0) == len(text); got != one {
			t.Errorf("%q is one segment: %v, want %v", text, got, one)
		}
	}
	res := defaultScreener(t).Screen("Asielzoekers? Die moeten ze allemaal ophangen.")
	if !slices.ContainsFunc(res.Hits, func(h Hit) bool { return h.Mode == ModeRule }) {
		t.Errorf("a group and a threat across a question answered by a pronoun: no rule hit in %+v", res.Hits)
	}
}

// TestSentenceTakenUp: a group named in one sentence and taken up by a pronoun in the
// next ("Ik haat ze.") counts for the rules within a sentence there, explained with both
// parts and the pronoun; without such a word, or past a sentence that does not take it
// up, it does not, and no phrase spans the sentence end.
func TestSentenceTakenUp(t *testing.T) {
	s := defaultScreener(t)
	for _, tt := range []struct {
		text, rule, group, other, via string
	}{
		{"Moslims denken dat ze beter zijn. Ik haat ze.", "groep_vijandig", "Moslims", "haat", "ze"},
		{"Mijn nieuwe buren zijn senioren. Ik hoop dat ze snel doodgaan.", "groep_vijandig", "senioren", "hoop dat", "ze"},
		{"Zag vandaag een stel biseksuelen. Zo smerig, die mensen.", "groep_walging", "biseksuelen", "smerig", "die mensen"},
		{"Weer gehandicapten op tv. Ze zijn echt walgelijk. Ik haat ze.", "groep_vijandig", "gehandicapten", "haat", "ze"},
		{"Moslims wonen in deze straat. Ik haat kaas.", "groep_vijandig", "", "", ""},
		{"Moslims wonen in deze straat. Het regent. Ik haat ze.", "groep_vijandig", "", "", ""},
		// "Het zijn", "Het is" opening a sentence take up the group; "het" elsewhere does not.
		{"Ik ken veel moslims. Het zijn allemaal ratten.", "groep_ontmenselijking", "moslims", "ratten", "Het zijn"},
		{"Ik ken veel moslims. Het is tuig.", "groep_ontmenselijking", "moslims", "tuig", "Het is"},
		{"Ik ken veel moslims. Volgens mij is het tuig.", "groep_ontmenselijking", "", "", ""},
		// One person described by a group word is no group to take up.
		{"Verdachte is een Turkse man. Hij zei dat hij ze zou doodmaken.", "groep_dreiging", "", "", ""},
	} {
		res := s.Screen(tt.text)
		var got *Hit
		for i, h := range res.Hits {
			if h.Mode == ModeRule && h.Term == tt.rule {
				got = &res.Hits[i]
			}
		}
		if tt.group == "" {
			if got != nil {
				t.Errorf("Screen(%q) has %s: %s, want none", tt.text, tt.rule, got.Explanation)
			}
			continue
		}
		if got == nil {
			t.Errorf("Screen(%q) = %+v, want rule %s", tt.text, res.Hits, tt.rule)
			continue
		}
		g, o := strings.Index(tt.text, tt.group), strings.Index(tt.text, tt.other)
		want := []Part{{Start: g, End: g + len(tt.group), Match: tt.group}, {Start: o, End: o + len(tt.other), Match: tt.other}}
		for i, p := range got.Parts {
			if p.Start != want[i].Start || p.End != want[i].End || p.Match != want[i].Match {
				t.Errorf("Screen(%q): part %d = %+v, want %+v", tt.text, i, p, want[i])
			}
		}
		if !strings.Contains(got.Explanation, "in de zin erna, via '"+tt.via+"'") {
			t.Errorf("Screen(%q): explanation %q, want the sentence after and %q", tt.text, got.Explanation, tt.via)
		}
	}
	// "vuile. Turken" is one segment (the sentence takes the one before up), but no
	// phrase "vuile turken".
	text := "Zijn broek was vuile. Turken vinden hun broeken mooi."
	if nextSegment(text, 0) != len(text) {
		t.Fatalf("%q: want one segment", text)
	}
	for _, h := range s.Screen(text).Hits {
		if strings.Contains(h.Match, ". ") {
			t.Errorf("Screen(%q): hit %q spans the sentence end", text, h.Match)
		}
	}
	if hits := s.Screen("Zijn broek was vuil. Vuile Turken vinden hun broeken mooi.").Hits; !slices.ContainsFunc(hits, func(h Hit) bool { return h.Term == "vuile turken" }) {
		t.Errorf("the phrase 'vuile turken' itself is not found: %+v", hits)
	}
}
