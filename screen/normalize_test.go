package screen

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"case", "KaNkEr JOOD", "kanker jod"},
		{"diacritics", "café ruïne één", "cafe ruine en"},
		{"dutch ij ligature", "ĳzer Ĳsland", "ijzer ijsland"},
		{"ligatures", "ﬁets æther œuvre straße", "fiets aether oeuvre strase"},
		{"fullwidth", "ｎｉｋｋｅｒ", "niker"},
		{"mathematical bold", "𝐣𝐨𝐨𝐝", "jod"},
		{"circled letters", "ⓙⓞⓞⓓ", "jod"},
		{"cyrillic look-alikes", "hоmо", "homo"}, // о is Cyrillic
		{"greek look-alikes", "ναzι", "vazi"},
		{"small capitals", "ᴊᴏᴏᴅ", "jod"},
		{"zero-width space", "ni\u200bk\u200dker", "niker"},
		{"soft hyphen", "flik\u00adker", "fliker"},
		{"byte order mark", "\ufeffjood", "jod"},
		{"control characters", "ni\x01k\x7fker", "niker"},
		{"combining marks", "k̶a̶n̶k̶e̶r̶", "kanker"},
		{"leet digits", "k4nk3r j00d h0m0 n1kk3r", "kanker jod homo niker"},
		{"leet symbols", "k@nker mo$lim h!tler", "kanker moslim hitler"},
		{"symbol at word end is punctuation", "homo! @jood $", "homo jod"},
		{"numbers stay numbers", "1488 in 2024", "148 in 2024"},
		{"spaced letters", "k a n k e r", "kanker"},
		{"dotted letters", "k.a.n.k.e.r.", "kanker"},
		{"dashed letters", "k-a-n-k-e-r", "kanker"},
		{"underscored letters", "k_a_n_k_e_r", "kanker"},
		{"mixed separators", "k. a. n. k. e. r", "kanker"},
		{"spaced leet", "n 1 k k 3 r", "niker"},
		{"two single letters are not joined", "u a ja", "u a ja"},
		{"spaced run ends at a word", "k a n kerel", "kan kerel"},
		{"repeated letters", "kaaaaaanker jooooood", "kanker jod"},
		{"punctuation is a boundary", "jood,homo;turk(s)", "jod homo turk s"},
		{"hyphen in compound", "kut-marokkaan", "kut marokan"},
		{"invalid utf-8", "jo\xffod", "jo od"},
		{"swastika", "a 卐 b", "a xqx b"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Normalize(tt.in); got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestNormalizeSpans checks that symbol spans are in range and in order, so hits map back
// into the original text.
func TestNormalizeSpans(t *testing.T) {
	in := "Ｎi\u200bk.k 3 r ĳ kaaa\xffnker"
	var n normalizer
	st := n.normalize(in)
	for i, s := range st.s {
		if s.start > s.end || int(s.end) > len(in) || (i > 0 && s.start < st.s[i-1].start) {
			t.Errorf("symbol %d (%d): span [%d,%d) out of range or order", i, s.c, s.start, s.end)
		}
	}
	if got, want := Normalize(in), "nik ker ij ka nker"; got != want {
		t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
	}
}

// TestNormalizerMatchesReference compares the fast normaliser with the literal reference
// on random texts built from the characters the rules care about.
func TestNormalizerMatchesReference(t *testing.T) {
	pieces := []string{"k", "a", "n", "e", "r", "o", "d", "4", "0", "1", " ", "  ", ".", "-", "_", ". ", "!", "@",
		"$", "|", "\u200b", "é", "ĳ", "ﬁ", "о", "ｋ", "\xff", "\n", ",", "(", "kanker", "jood", "12", "\x01", "̶"}
	rng := rand.New(rand.NewPCG(9, 10))
	var n normalizer
	var ref refNormalizer
	for i := 0; i < 30000; i++ {
		var b strings.Builder
		for k := 0; k < 1+rng.IntN(12); k++ {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := b.String()
		got := n.normalize(text).s
		want := ref.normalize(text).s
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(symbol{})); diff != "" {
			t.Fatalf("normalize(%q) differs from the reference (-ref +fast):\n%s", text, diff)
		}
	}
}
