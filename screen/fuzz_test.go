package screen

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzScreen: no input panics, every hit points at its match in the original bytes, the
// fast scan never misses what the exact matcher finds, and what skips work (the fast
// scan, its stop checks) changes nothing against screening every segment exactly.
// Run longer with: go test -fuzz=FuzzScreen -fuzztime=60s ./screen/
func FuzzScreen(f *testing.F) {
	for _, seed := range []string{"", "vuile nikker", "k.a.n.k.e.r j00d", "Heil Hitler!", "1488", "卐",
		"ｎｉｋｋｅｒ", "ni\u200bkker", "jo\xffod", "\xc3", "flikker op", "h!tler @jood $let", "k a n k e r t u r k",
		"geitneneuker", strings.Repeat("a", 300), "é\u0301\u0301ĳ", "ikhaatvrouwen", "Vrouwen moeten allemaal dood.",
		"Kankerroetmop!", "omdat hij zwart is", "h4at vr0uw3n", "@fghanen", "h*mo's m*eten d**d", "n€g€r €12", "!slam|", "de wapens en de pols", "neerknalzwart isainvalide", "Turkse apenkop!", strings.Repeat("haatvrouwen", 50)} {
		f.Add(seed)
	}
	lex, err := DefaultLexicon()
	if err != nil {
		f.Fatal(err)
	}
	s := New(lex)
	f.Fuzz(func(t *testing.T, text string) {
		res := s.Screen(text)
		if res.Flagged != (res.Score >= FlagScore) || (res.Score > 0) != (len(res.Hits) > 0) || res.Score > 100 {
			t.Fatalf("Screen(%q): flagged %v, score %d with %d hits", text, res.Flagged, res.Score, len(res.Hits))
		}
		for _, h := range res.Hits {
			if h.Start < 0 || h.End > len(text) || h.Start >= h.End || text[h.Start:h.End] != h.Match {
				t.Fatalf("Screen(%q): hit %+v does not match text[start:end]", text, h)
			}
			for _, p := range h.Parts {
				if p.Start < h.Start || p.End > h.End || text[p.Start:p.End] != p.Match {
					t.Fatalf("Screen(%q): part %+v of %s does not match text[start:end] inside the hit", text, p, h.Term)
				}
			}
		}
		if len(res.Hits) > 0 && !s.auto.candidate(text) {
			t.Fatalf("Screen(%q) has hits but the fast scan found no candidate", text)
		}
		if want := referenceScreen(s, text); !reflect.DeepEqual(res, want) {
			t.Fatalf("Screen(%q) = %+v, the reference (every segment exactly) %+v", text, res, want)
		}
		_ = utf8.ValidString(Normalize(text))
	})
}
