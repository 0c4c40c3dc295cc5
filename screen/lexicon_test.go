package screen

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const header = "term\tmode\tgrounds\tstrength\texceptions\tfuzzy\tnote\n"

func TestLoadLexiconErrors(t *testing.T) {
	tests := []struct {
		name, file string
		line       int
		reason     string
	}{
		{"no header", "jood\tprefix\tantisemitisme\tweak\n", 1, "the first line must be the header"},
		{"wrong column", "term\tmodus\tgrounds\tstrength\n", 1, `column 2 of the header is "modus", want "mode"`},
		{"empty file", "# only a comment\n", 0, "no header line"},
		{"no entries", header, 0, "no entries"},
		{"unknown ground", header + "jood\tprefix\tras\tweak\n", 2, `unknown ground "ras"`},
		{"no grounds", header + "jood\tprefix\t\tweak\n", 2, "grounds is empty"},
		{"unknown mode", header + "jood\tsuffix\tantisemitisme\tweak\n", 2, `unknown mode "suffix"`},
		{"unknown strength", header + "jood\tprefix\tantisemitisme\tmedium\n", 2, `unknown strength "medium"`},
		{"phrase in word mode", header + "vuile jood\tword\tantisemitisme\tstrong\n", 2, "needs exactly one word"},
		{"one-word phrase", header + "jood\tphrase\tantisemitisme\tstrong\n", 2, "mode phrase needs two or more words"},
		{"too short", header + "x\tword\tantisemitisme\tstrong\n", 2, "too short"},
		{"too many columns", header + "a\tb\tc\td\te\tf\tg\th\ti\n", 2, "9 columns, at most 8"},
		{"context without class", header + "haat\tword\t-\tcontext\n", 2, "strength context needs a class"},
		{"bad class", header + "haat\tword\t-\tcontext\t\t\t\tDreiging!\n", 2, `class "dreiging!": lower-case letters and _ only`},
		{"rule with unknown class", header + "haat\tword\t-\tcontext\t\t\t\tvijandig\nrule\tparts\twithin\tgrounds\tscore\tnote\nr\tgroep + vijandig\tzin\t-\t70\n", 4, `rule r: class "groep" has no terms`},
		{"rule with one part", header + "haat\tword\t-\tcontext\t\t\t\tvijandig\nrule\tparts\twithin\tgrounds\tscore\tnote\nr\tvijandig\tzin\t-\t70\n", 4, "must be two parts"},
		{"rule with a bad score", header + "haat\tword\t-\tcontext\t\t\t\tvijandig\nrule\tparts\twithin\tgrounds\tscore\tnote\nr\tvijandig + vijandig\tzin\t-\t170\n", 4, "want a number from 1 to 100"},
		{"rule with a bad window", header + "haat\tword\t-\tcontext\t\t\t\tvijandig\nrule\tparts\twithin\tgrounds\tscore\tnote\nr\tvijandig + vijandig\tver\t-\t70\n", 4, "want zin, citaat, tekst or a number of words"},
		{"rule of frames only", header + "omdat\tword\t-\tframe\t\t\t\tmotief\nrule\tparts\twithin\tgrounds\tscore\tnote\nr\tmotief + motief\t3\t-\t70\n", 4, "only frame terms"},
		{"duplicate after normalisation", header + "jood\tprefix\tantisemitisme\tweak\nJ00D\tprefix\tantisemitisme\tweak\n", 3, `repeats line 2`},
		{"bad fuzzy", header + "geitenneuker\tinfix\therkomst\tstrong\t\tmaybe\n", 2, `unknown fuzzy "maybe"`},
		{"bad exception", header + "neger\tinfix\therkomst\tstrong\tne*ger\n", 2, "* only at the start or end"},
		{"late name", header + "jood\tprefix\tantisemitisme\tweak\n# name: x\n", 3, "the name must be declared before the entries"},
		{"bad name", "# name: a b\n" + header, 1, "must be non-empty, without spaces or @"},
		{"invalid utf-8", header + "jo\xffod\tprefix\tantisemitisme\tweak\n", 2, "not valid UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := LoadLexicon(strings.NewReader(tt.file), "test.tsv")
			var le *LexiconError
			if !errors.As(err, &le) {
				t.Fatalf("LoadLexicon = %v, want a *LexiconError", err)
			}
			if le.File != "test.tsv" || le.Line != tt.line || !strings.Contains(le.Reason, tt.reason) {
				t.Errorf("LoadLexicon error = %q (line %d), want line %d and a reason containing %q", err, le.Line, tt.line, tt.reason)
			}
		})
	}
}

func TestLoadLexicon(t *testing.T) {
	file := "\ufeff# name: test\r\n" + strings.Replace(header, "\n", "\r\n", 1) +
		"jood\tprefix\tantisemitisme, herkomst\tWEAK\tjodium; jodenbreestraat*\t\tnote here\r\n" +
		"heil hitler\tphrase\tantisemitisme\tstrong\n"
	lex, err := LoadLexicon(strings.NewReader(file), "dir/test.tsv")
	if err != nil {
		t.Fatal(err)
	}
	want := []Entry{
		{Term: "jood", Mode: ModePrefix, Grounds: []string{"antisemitisme", "herkomst"}, Strength: Weak,
			Exceptions: []string{"jodium", "jodenbreestraat*"}, Note: "note here", Line: 3},
		{Term: "heil hitler", Mode: ModePhrase, Grounds: []string{"antisemitisme"}, Strength: Strong, Line: 4},
	}
	if diff := cmp.Diff(want, lex.Entries()); diff != "" {
		t.Errorf("Entries mismatch (-want +got):\n%s", diff)
	}
	if !strings.HasPrefix(lex.Version(), "test@") || len(lex.Version()) != len("test@")+12 {
		t.Errorf("Version() = %q, want test@ and 12 hex digits", lex.Version())
	}
	// Without a declared name the file name is the name; any change makes a new version.
	a, _ := LoadLexicon(strings.NewReader(header+"jood\tprefix\tantisemitisme\tweak\n"), "dir/mine.tsv")
	b, _ := LoadLexicon(strings.NewReader(header+"jood\tprefix\tantisemitisme\tweak\tnote\n"), "dir/mine.tsv")
	if !strings.HasPrefix(a.Version(), "mine@") || a.Version() == b.Version() {
		t.Errorf("versions %q and %q: want the file name and different hashes", a.Version(), b.Version())
	}
}

func TestDefaultLexiconCoversEveryGround(t *testing.T) {
	lex, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	count := map[string]map[string]int{}
	for _, e := range lex.Entries() {
		for _, g := range e.Grounds {
			if count[g] == nil {
				count[g] = map[string]int{}
			}
			count[g][e.Strength]++
		}
	}
	for _, g := range []string{"herkomst", "godsdienst", "antisemitisme", "seksuele_gerichtheid", "genderidentiteit", "geslacht", "handicap", "leeftijd", "overig"} {
		if count[g][Strong] == 0 || count[g][Weak]+count[g][Strong] < 5 {
			t.Errorf("ground %s: %d strong, %d weak entries; want strong ones and at least 5 in all", g, count[g][Strong], count[g][Weak])
		}
	}
}
