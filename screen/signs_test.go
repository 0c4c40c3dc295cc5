package screen

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestSignSpotsMatchReference compares the signs that may be letters, and the stream of
// every reading, with the literal reference (refSignSpots, refNormalizer.normalizeAs) on
// random texts full of signs.
func TestSignSpotsMatchReference(t *testing.T) {
	pieces := []string{"k", "a", "n", "o", "r", "4", "0", "1", " ", "  ", ".", "-", ". ", ",", "!", "@", "$", "|", "*",
		"€", "€ ", "**", "\u200b", "é", "ĳ", "о", "ｋ", "\xff", "\xe2", "\xe2\x82", "’", "\n", "(", "homo", "jood", "12", "\x01"}
	rng := rand.New(rand.NewPCG(11, 1))
	var n normalizer
	var ref refNormalizer
	var buf []byte
	readings := 0
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		for k := 0; k < 1+rng.IntN(10); k++ {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := b.String()
		spots := signSpots(text, nil)
		if diff := cmp.Diff(refSignSpots(text), spots, cmp.AllowUnexported(signSpot{}), cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("signSpots(%q) differs from the reference (-ref +fast):\n%s", text, diff)
		}
		if len(spots) == 0 {
			continue
		}
		choice := make([]uint8, len(spots))
		for r := 0; r < 8 && nextChoice(choice, spots); r++ {
			for k := range choice {
				if !spots[k].link {
					choice[k] = uint8(rng.IntN(len(spots[k].cands)))
				}
			}
			linkChoices(choice, spots)
			buf = reading(buf, text, spots, choice)
			st := n.normalize(string(buf))
			fixSpans(st, spots, choice)
			as := map[int32]byte{}
			for k, sp := range spots {
				as[sp.at] = sp.cands[choice[k]]
			}
			want := ref.normalizeAs(text, as).s
			if diff := cmp.Diff(want, st.s, cmp.AllowUnexported(symbol{})); diff != "" {
				t.Fatalf("reading %v of %q (%q) differs from the reference (-ref +fast):\n%s", choice, text, buf, diff)
			}
			readings++
		}
	}
	if readings < 10000 {
		t.Errorf("only %d readings compared", readings)
	}
}

// signLexicon is a small lexicon for the sign tests, so that they do not depend on the
// default lexicon's growth.
func signLexicon(t *testing.T) *Screener {
	t.Helper()
	lex, err := LoadLexicon(strings.NewReader(header+
		"homo\tprefix\tseksuele_gerichtheid\tstrong\n"+
		"afghan\tprefix\therkomst\tstrong\n"+
		"syrier\tprefix\therkomst\tstrong\n"+
		"jood\tprefix\tantisemitisme\tstrong\n"+
		"ouderen\tword\tleeftijd\tstrong\n"+
		"vrouwen\tword\tgeslacht\tstrong\n"+
		"moslim\tprefix\tgodsdienst\tstrong\n"+
		"neger\tinfix\therkomst\tstrong\n"+
		"islam\tprefix\tgodsdienst\tstrong\n"+
		"apen\tword\therkomst\tstrong\n"+
		"nazi\tword\tantisemitisme\tstrong\n"), "signs.tsv")
	if err != nil {
		t.Fatal(err)
	}
	return New(lex)
}

// TestScreenSigns: signs that stand for letters are read as them at the start, inside
// and at the end of a word, and the hit covers the sign.
func TestScreenSigns(t *testing.T) {
	s := signLexicon(t)
	tests := []struct{ text, term, match string }{
		{"die @fghanen moeten weg", "afghan", "@fghanen"},
		{"$yriërs zijn welkom", "syrier", "$yriërs"},
		{"@FGHAN", "afghan", "@FGHAN"},
		{"h*mo's", "homo", "h*mo"},
		{"vuile h*m*", "homo", "h*m*"},
		{"*uderen", "ouderen", "*uderen"},
		{"OUDER*N!", "ouderen", "OUDER*N"},
		{"vr*uwen", "vrouwen", "vr*uwen"},
		{"j**d", "jood", "j**d"},
		{"J*odse mensen", "jood", "J*odse"},
		{"n€g€r", "neger", "n€g€r"},
		{"kankern€ger", "neger", "kankern€ger"},
		{"€ngel n€gers", "neger", "n€gers"},
		{"!slam", "islam", "!slam"},
		{"|slam", "islam", "|slam"},
		{"mo$lim", "moslim", "mo$lim"},
		{"mo$lim$", "moslim", "mo$lim"},
		{"ouder€n", "ouderen", "ouder€n"},
		{"vrouwen*", "vrouwen", "vrouwen"},
		{"naz|", "nazi", "naz|"},
		{"@pen!", "apen", "@pen"},
		{"(@pen)", "apen", "@pen"},
		{"\"$yriers\"", "syrier", "$yriers"},
		{"k.a.n.k.e.r h*m*", "homo", "h*m*"},
		// @ inside a word is a or another vowel (hatecheck-dev9).
		{"vr@uwen", "vrouwen", "vr@uwen"},
		{"h@mo's", "homo", "h@mo"},
		{"ouder@n", "ouderen", "ouder@n"},
		{"m@slim", "moslim", "m@slim"},
	}
	for _, tt := range tests {
		res := s.Screen(tt.text)
		if !slices.ContainsFunc(res.Hits, func(h Hit) bool { return h.Term == tt.term && h.Match == tt.match }) {
			t.Errorf("Screen(%q) = %+v, want a hit %q on %q", tt.text, res.Hits, tt.term, tt.match)
		}
	}
}

// TestScreenSignsPunctuation: signs used as punctuation, in prices, mentions, e-mail
// addresses and footnotes, find nothing the plain text does not.
func TestScreenSignsPunctuation(t *testing.T) {
	s := signLexicon(t)
	for _, text := range []string{
		"Hij zei: @Jan, kom hier!",
		"Stuur het naar jan.devries@politie.nl of bel.",
		"De schade bedroeg $ 5 en € 12,50 of €12 of 12€ of $100.",
		"Zie de noot* onderaan. *Namen zijn gewijzigd.",
		"Ga weg! Nu! Echt!!",
		"Hij zei: homo!",
		"a | b | c",
		"*** einde ***",
		"€ngel en € nger",
		"p@p@ en m@m@",
		"Het @kantoor, de $tad en !ets.",
	} {
		res := s.Screen(text)
		plain := s.Screen(strings.NewReplacer("@", " ", "$", " ", "*", " ", "€", " ", "!", " ", "|", " ").Replace(text))
		var got, want []string
		for _, h := range res.Hits {
			got = append(got, h.Term)
		}
		for _, h := range plain.Hits {
			want = append(want, h.Term)
		}
		if !slices.Equal(got, want) {
			t.Errorf("Screen(%q) hits %v, want %v (as without the signs)", text, got, want)
		}
	}
	for text, want := range map[string]string{
		"homo!":         "homo",
		"Hij zei: @Jan": "hij zei jan",
		"$ 5":           "5",
		"€12":           "12",
	} {
		if got := Normalize(text); got != want {
			t.Errorf("Normalize(%q) = %q, want %q: the plain reading is unchanged", text, got, want)
		}
	}
}

// TestScreenSignsReadingsBounded: a segment with many signs is screened in at most
// MaxReadings readings (and a long one in fewer); words with signs are read one after
// another, so that a rule sees two of them read at once, and fires once per sentence.
func TestScreenSignsReadingsBounded(t *testing.T) {
	spots := signSpots(strings.Repeat("h*m* ", 50)+"d**d", nil)
	if len(spots) != 102 || !spots[101].link || spots[100].link {
		t.Fatalf("signSpots found %d signs (%+v), want 102, the last linked", len(spots), spots[len(spots)-2:])
	}
	if n := readingBudget(250); n != MaxReadings {
		t.Errorf("readingBudget(250) = %d, want %d", n, MaxReadings)
	}
	if n := readingBudget(readingBytes); n != 1 {
		t.Errorf("readingBudget(%d) = %d, want 1", readingBytes, n)
	}
	s := defaultScreener(t)
	for _, text := range []string{"Alle h*mo's moeten d**d.", "Alle m*sl*ms en h*mo's en j*d*n moeten d**d."} {
		res := s.Screen(text)
		rules := 0
		for _, h := range res.Hits {
			if h.Mode == ModeRule && h.Term == "groep_dreiging" {
				rules++
			}
		}
		if rules != 1 {
			t.Errorf("Screen(%q) = %+v, want groep_dreiging once", text, res.Hits)
		}
	}
}

// TestScreenOneAsL: the digit 1 in a word with letters is read as an l as well as an i
// ("m0511m": 1 for l, then for i), each 1 on its own; in a number it stays a digit.
func TestScreenOneAsL(t *testing.T) {
	s := signLexicon(t)
	for _, c := range []struct{ text, term, match string }{
		{"al die m0511ms", "moslim", "m0511ms"},
		{"1slam", "islam", "1slam"},
		{"is1am", "islam", "is1am"},
	} {
		res := s.Screen(c.text)
		if len(res.Hits) != 1 || res.Hits[0].Term != c.term || res.Hits[0].Match != c.match {
			t.Errorf("%q: hits %+v, want %s on %q", c.text, res.Hits, c.term, c.match)
		}
	}
	for _, text := range []string{"om 11:15 uur", "op 1 november 2021", "de A12 richting Utrecht", "1e klas"} {
		if res := s.Screen(text); len(res.Hits) != 0 {
			t.Errorf("%q: hits %+v, want none", text, res.Hits)
		}
	}
	if !digitNearLetter("P013n", 2) || digitNearLetter("2021", 2) || digitNearLetter("a "+strings.Repeat("0", 30)+"1", 32) {
		t.Error("digitNearLetter: a 1 may be an l only in a word with a letter near")
	}
}
