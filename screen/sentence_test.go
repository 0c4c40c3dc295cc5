package screen

import (
	"slices"
	"strings"
	"testing"
)

// TestAbbreviationsEndNoSentence: the dot of an abbreviation ("mld.", "Vdt.", "i.v.m.")
// ends no sentence, for the segments of the fast scan and for the rules alike; an
// ordinary word before a dot still does.
func TestAbbreviationsEndNoSentence(t *testing.T) {
	for _, tt := range []struct {
		text string
		ends int // sentence ends inside the text (not at its end)
	}{
		{"De kippa van mld. werd bij de tramhalte van zijn hoofd geslagen.", 0},
		{"Vdt. verklaarde dat hij dhr. De Vries niet kende.", 0},
		{"Melder werd i.v.m. zijn afkomst geweigerd, o.a. bij de ingang.", 0},
		{"Bij de sollicitatie kreeg mld. (59) te horen dat ze te oud is.", 0},
		{"Zij belde de melder. Vdt. was al weg.", 1},
		{"Hij liep weg. Daarna kwam de politie.", 1},
		{"Het gesprek duurde ca. tien minuten. Daarna ging hij weg.", 1},
	} {
		if got := len(sentenceEnds(tt.text[:len(tt.text)-1], nil)); got != tt.ends {
			t.Errorf("sentenceEnds(%q) = %d ends, want %d", tt.text, got, tt.ends)
		}
		segs := 0
		for i := 0; i < len(tt.text); i = nextSegment(tt.text, i) {
			segs++
		}
		if segs != tt.ends+1 {
			t.Errorf("%q: %d segments, want %d", tt.text, segs, tt.ends+1)
		}
	}
	s := defaultScreener(t)
	for _, text := range []string{
		"De kippa van mld. werd bij de tramhalte van zijn hoofd geslagen door een onbekende man.",
		"Bij de sollicitatie kreeg mld. (59) te horen dat ze 'te dicht bij haar pensioen' zit om nog te investeren.",
	} {
		res := s.Screen(text)
		if !res.Flagged || !slices.ContainsFunc(res.Hits, func(h Hit) bool { return h.Mode == ModeRule }) {
			t.Errorf("Screen(%q) = score %d, hits %+v: want a rule across the abbreviation", text, res.Score, res.Hits)
		}
	}
	for _, tt := range []struct {
		text string
		k    int
		want bool
	}{
		{"van mld. werd", 7, true}, {"Mld. werd", 3, true}, {"i.v.m. zijn", 5, true}, {"T.a.v. de", 5, true},
		{"het veld. Hij", 8, false}, {"3mld. x", 4, false}, {"e.a. x", 3, false}, {"zeer.lang.woord. x", 15, false},
	} {
		if got := abbreviationAt(tt.text, tt.k); got != tt.want {
			t.Errorf("abbreviationAt(%q, %d) = %v, want %v", tt.text, tt.k, got, tt.want)
		}
	}
}

// TestJoinedBySigns: a hyphen, dot, underscore or asterisk splitting a group or hostility
// word is read through (the cases of hatecheck-dev4, "streepjes"); ordinary compounds,
// e-mail and web addresses, prices and times find what they found before, and a join
// does not lift the exceptions of a compound.
func TestJoinedBySigns(t *testing.T) {
	s := defaultScreener(t)
	for _, tt := range []struct{ text, term string }{
		{"Arab-ieren verdienen het om doodgeschoten te worden.", "groep_dreiging"},
		{"Fucking inval-iden, ze verpesten alles.", "vloek_groep"},
		{"Ik haattransgenders.", "groep_vijandig"},
		{"Ik spuug opjoden.", "groep_vijandig"},
		{"Ik haat jo_den.", "groep_vijandig"},
		{"Ik haat mos*lims.", "groep_vijandig"},
		{"Waarom zijn hi-ndoes altijd zo dom?", "groep_minderwaardig"},
		{"Weer Marokkanen op tv. Wat een walgeli.jk volk.", "groep_walging"},
	} {
		res := s.Screen(tt.text)
		if !slices.ContainsFunc(res.Hits, func(h Hit) bool { return h.Term == tt.term }) {
			t.Errorf("Screen(%q) = %+v, want %s", tt.text, res.Hits, tt.term)
		}
	}
	// Two words run together that share a doubled letter each show their own.
	res := s.Screen("Ik haattransgenders.")
	for _, h := range res.Hits {
		if h.Term == "groep_vijandig" && (h.Parts[0].Match != "transgender" || h.Parts[1].Match != "haat") {
			t.Errorf("Screen(%q): parts %+v, want 'transgender' and 'haat'", "Ik haattransgenders.", h.Parts)
		}
	}
	for _, text := range []string{
		"Mld. vraagt hoe je een melding kunt doen; doorverwezen naar discriminatie.nl.",
		"De werkinstructie voor discriminatie-incidenten is besproken.",
		"Mail naar j.de-vries@politie.nl of kijk op www.moskee-ede.nl voor de tijden.",
		"De fiets kostte 12.50 euro, om 17.25 uur gekocht; bel 0900-8844.",
		"Hij woont in Rotterdam-Zuid en stuurde een e-mail over het DNA-onderzoek.",
	} {
		joined, plain := s.Screen(text), s.Screen(strings.NewReplacer("-", " ", "_", " ").Replace(text))
		if joined.Flagged || len(joined.Hits) > len(plain.Hits) {
			t.Errorf("Screen(%q) = score %d, %+v: want no more than %+v", text, joined.Score, joined.Hits, plain.Hits)
		}
	}
}

// TestApostrophePluralAdjacent: the "s" of an apostrophe plural belongs to the word before
// for the rules, so a verb after "Homo's" directly follows the group word.
func TestApostrophePluralAdjacent(t *testing.T) {
	s := defaultScreener(t)
	for _, text := range []string{"Homo's zijn een gevaar.", "Homo’s moeten weg.", "Moslima's blijven een probleem.", "Homo's zouden niet mogen trouwen."} {
		if !slices.ContainsFunc(s.Screen(text).Hits, func(h Hit) bool { return h.Term == "groep_bewering" }) {
			t.Errorf("Screen(%q) = %+v, want groep_bewering", text, s.Screen(text).Hits)
		}
	}
}

// TestExceptionStopsMembership: where an exception reads a term away ("flikker op"), the
// same letters are no class member by another entry either ("flikkers" with a letter
// less), so no rule fires on them; a longer reading of the word still counts.
func TestExceptionStopsMembership(t *testing.T) {
	s := defaultScreener(t)
	for text, want := range map[string]bool{
		"Flikker op, zei de man.":          false,
		"Flikker maar op, riep hij.":       false,
		"Vuile flikker, zei de man.":       true,
		"Homoesksuelen zijn kakkerlakken.": true,
	} {
		if got := s.Screen(text).Flagged; got != want {
			t.Errorf("Screen(%q).Flagged = %v, want %v: %+v", text, got, want, s.Screen(text).Hits)
		}
	}
}

// TestJoinedBeforeGroupPhrase: a class term run together with the first word of a group
// phrase ("haatzwarte mensen", also as one word) is a member, as before a group word.
func TestJoinedBeforeGroupPhrase(t *testing.T) {
	s := defaultScreener(t)
	for _, text := range []string{"Ik haatzwarte mensen.", "Ik haatzwartemensen.", "Ik haatmensen met een handicap."} {
		if !slices.ContainsFunc(s.Screen(text).Hits, func(h Hit) bool { return h.Term == "groep_vijandig" }) {
			t.Errorf("Screen(%q) = %+v, want groep_vijandig", text, s.Screen(text).Hits)
		}
	}
}
