package screen

import (
	"strings"
	"testing"
)

// capLexicon is a small lexicon with a rule that caps: a strong term after "geen", and
// its noun as the subject of a training.
const capLexicon = "term\tmode\tgrounds\tstrength\texceptions\tfuzzy\tnote\tclass\n" +
	"racis\tinfix\therkomst\tstrong\t\t\t\tduiding\n" +
	"racisme\tword\t-\tcontext\t\tno\t\tduidingnaam\n" +
	"neger\tprefix\therkomst\tstrong\n" +
	"geen\tword\t-\tframe\t\t\t\tgeen\n" +
	"cursus\tprefix\t-\tframe\t\t\t\tbeleid\n" +
	"rule\tparts\twithin\tgrounds\tscore\tnote\n" +
	"ontkend_duiding\tgeen > duiding\t1\t-\tmax 30\t'geen racistisch incident'\n" +
	"beleid_duiding\tbeleid + duidingnaam\tzin\t-\tMax 30\t'cursus over racisme'\n"

func TestCappingRule(t *testing.T) {
	lex, err := LoadLexicon(strings.NewReader(capLexicon), "cap.tsv")
	if err != nil {
		t.Fatal(err)
	}
	rules := lex.Rules()
	if len(rules) != 2 || !rules[0].Cap || rules[0].Score != 30 || rules[0].ScoreText() != "max 30" || rules[0].WithinText() != "1" || rules[1].WithinText() != "zin" {
		t.Fatalf("rules %+v, want two capping rules of 30", rules)
	}
	s := New(lex)
	tests := []struct {
		in    string
		score int
		why   string // in the explanation of the capped hit; "" for none capped
	}{
		{"Mld. benadrukt dat het geen racistisch incident was.", 30, "afgezwakt tot 30 (ontkend_duiding): geen 'geen' + duiding 'racistisch' direct na elkaar"},
		// Every term of the second part in the sentence is capped, not only the first.
		{"In de cursus over racisme en nog eens racisme.", 30, "beleid_duiding"},
		{"Racisme was het onderwerp van de cursus.", 30, "beleid_duiding"},
		// Only the term of the second part: a slur beside it keeps its score.
		{"Het was geen racistisch incident, maar hij riep neger.", 70, "ontkend_duiding"},
		// The adjective is no noun: an incident during a training stays strong.
		{"Tijdens de cursus maakte hij racistische opmerkingen.", 70, ""},
		{"Hij maakte racistische opmerkingen.", 70, ""},
	}
	for _, tt := range tests {
		res := s.Screen(tt.in)
		if res.Score != tt.score || !res.Flagged {
			t.Errorf("Screen(%q).Score = %d (flagged %v), want %d: %+v", tt.in, res.Score, res.Flagged, tt.score, res.Hits)
		}
		capped := 0
		for _, h := range res.Hits {
			if h.Mode == ModeRule && strings.Contains(h.Term, "duiding") {
				t.Errorf("Screen(%q): a capping rule made a hit of its own: %+v", tt.in, h)
			}
			if strings.Contains(h.Explanation, "afgezwakt") {
				capped++
				if h.Score != 30 || h.Strength != Weak || !strings.Contains(h.Explanation, tt.why) {
					t.Errorf("Screen(%q): capped hit %+v, want score 30, weak, explanation with %q", tt.in, h, tt.why)
				}
			}
		}
		switch {
		case tt.why == "" && capped > 0:
			t.Errorf("Screen(%q): %d hits capped, want none", tt.in, capped)
		case tt.why != "" && capped == 0:
			t.Errorf("Screen(%q): no hit capped, want one (%s)", tt.in, tt.why)
		}
		if strings.Count(tt.in, "racisme") == 2 && capped != 2 {
			t.Errorf("Screen(%q): %d hits capped, want both", tt.in, capped)
		}
	}
	for _, bad := range []string{"max", "max 0", "max 101", "maximaal 30"} {
		if _, msg := parseRule([]string{"x", "geen > duiding", "1", "-", bad, ""}, 1); !strings.Contains(msg, "max") {
			t.Errorf("parseRule score %q: %q, want an error naming max", bad, msg)
		}
	}
	if _, msg := parseRule([]string{"x", "geen > duiding", "citaat", "-", "max 30", ""}, 1); !strings.Contains(msg, "citaat") {
		t.Errorf("parseRule max within citaat: %q, want an error", msg)
	}
}

// TestDefaultLexiconCapsDenial checks the capping rules of the Dutch lexicon on the kinds
// of neutral registrations they were written for, and that a perpetrator's denial or an
// incident during a training is not weakened.
func TestDefaultLexiconCapsDenial(t *testing.T) {
	s := defaultScreener(t)
	checkStrong(t, s, true, []strongCase{
		{"Mld. heeft niet het idee dat het om zijn afkomst ging.", false},
		{"Mld. benadrukt dat het geen homofoob incident was: de ruzie ging over geluidsoverlast.", false},
		{"De vakbond organiseert een bijeenkomst over leeftijdsdiscriminatie bij sollicitaties.", false},
		{"Het RDO bespreekt het protocol voor de registratie van antisemitisme.", false},
		{"De portier zei dat het niet om haar hoofddoek ging, maar zij mocht als enige niet naar binnen.", true},
		{"Tijdens de training maakte een collega racistische opmerkingen over de deelnemers.", true},
		{"Na de bijeenkomst werden antisemitische leuzen op de gevel gekalkt.", true},
		{"Van een antisemitische opmerking was geen sprake.", false},
		{"Melder dacht eerst dat het om haar huidskleur ging.", false},
		{"Het had niks met haar hoofddoek te maken, zei melder zelf.", false},
		{"De Poolse bezoeker werd geweigerd omdat hij een huisverbod heeft.", false},
		{"De Marokkaan werd geweigerd vanwege de dresscode, maar zijn witte vrienden met dezelfde schoenen mochten wel naar binnen.", true},
		{"De Koerdische buurman is van harte welkom bij de buurtbarbecue, zei de voorzitter.", false},
		{"Marokkanen zijn hier niet welkom, zei de portier.", true},
		{"De club heeft afspraken gemaakt over het weren van racistische spreekkoren.", false},
		{"Tijdens de wedstrijd zongen supporters racistische spreekkoren.", true},
		{"Ze werd geweigerd vanwege een openstaande schuld en niet vanwege haar leeftijd.", false},
	})
}

// TestDefaultLexiconEverydayWords checks the exceptions that keep everyday police words
// from reading as hostility through the spelling tolerance or a broad frame ("in verband
// met" is not "verbrand", "heel" not "hekel", "zwembad" not "zwerm"), while the hostile
// use of the same frame stays strong.
func TestDefaultLexiconEverydayWords(t *testing.T) {
	s := defaultScreener(t)
	checkStrong(t, s, false, []strongCase{
		{"In verband met het suikerfeest is er extra toezicht bij de moskee.", false},
		{"De Syrische vrouw was heel blij met haar teruggevonden fiets.", false},
		{"Het spreekuur in het asielzoekerscentrum vervalt wegens ziekte.", false},
		{"De dief reed weg met de fiets van een Surinaamse vrouw.", false},
		{"Een groep Antilliaanse jongeren zwom in het zwembad.", false},
		{"Ruzie tussen een Nederlander en een Roemeen over de verdeling van de pauzes.", false},
		{"Een orthodox-joodse man stond op een invalidenplaats zonder kaart.", false},
		{"De kelder staat blank. Bewoners kunnen niet bij hun bergingen.", false},
		{"Mevrouw meldt dat haar kat Mietje sinds drie dagen vermist is.", false},
		{"Turken zijn een ziekte van de samenleving.", true},
		{"Weg met de moslims!", true},
		{"Ze zeiden dat zo'n ding als een transvrouw hier niet hoort.", true},
	})
}

// TestCappingRuleOfFrames: a rule that caps may be made of frame classes only (it makes no
// hit, so it needs no term that makes a line be screened); it lowers the rule hit that has
// its second part's term as a part, and a line without any other member is not screened.
func TestCappingRuleOfFrames(t *testing.T) {
	const src = "term\tmode\tgrounds\tstrength\texceptions\tfuzzy\tnote\tclass\n" +
		"turken\tword\therkomst\tcontext\t\tno\t\tgroep\n" +
		"geweigerd\tword\t-\tframe\t\tno\t\tuitsluiting\n" +
		"huisverbod\tword\t-\tframe\t\tno\t\treden\n" +
		"rule\tparts\twithin\tgrounds\tscore\tnote\n" +
		"groep_uitsluiting\tgroep + uitsluiting\tzin\t-\t65\n" +
		"reden_uitsluiting\treden + uitsluiting\tzin\t-\tmax 30\n"
	lex, err := LoadLexicon(strings.NewReader(src), "frames.tsv")
	if err != nil {
		t.Fatal(err)
	}
	s := New(lex)
	if s.framePair {
		t.Error("a rule that caps counts as one that fires on frame terms alone: the fast scan would stop for run-together words")
	}
	for _, tt := range []struct {
		in    string
		score int
	}{
		{"Turken werden geweigerd.", 65},
		{"Turken werden geweigerd vanwege een huisverbod.", 30},
		{"Hij werd geweigerd vanwege een huisverbod.", 0},
	} {
		if res := s.Screen(tt.in); res.Score != tt.score {
			t.Errorf("Screen(%q).Score = %d, want %d: %+v", tt.in, res.Score, tt.score, res.Hits)
		}
	}
	// Screened in full, a line where only the rule that caps fires has no hit and empty
	// (not nil) grounds, as the fast scan gives it.
	// (With the built-in lexicon: a group word run together, a refusal and a reason for
	// everyone, no rule that adds.)
	def := defaultScreener(t)
	if res := referenceScreen(def, "niet op het terras voor iedereen geldtslechthorenden? e! "); res.Grounds == nil || len(res.Hits) != 0 || res.Score != 0 {
		t.Errorf("referenceScreen = %+v, want no hit and grounds []", res)
	}
	bad := strings.Replace(src, "max 30", "30", 1)
	if _, err := LoadLexicon(strings.NewReader(bad), "frames.tsv"); err == nil || !strings.Contains(err.Error(), "only frame terms") {
		t.Errorf("a rule of frames that does not cap: error %v, want one about frame terms", err)
	}
}

// TestCappingRuleWholeText: a rule that caps within "tekst" pairs a conclusion in a
// sentence of its own with the discrimination words of the other sentences; the fast
// scan and the full reading agree; a rule within tekst must cap, and its first part must
// be made of terms that make a line be screened.
func TestCappingRuleWholeText(t *testing.T) {
	const src = "term\tmode\tgrounds\tstrength\texceptions\tfuzzy\tnote\tclass\n" +
		"racis\tinfix\therkomst\tstrong\t\t\t\tduiding\n" +
		"geen discriminatie vastgesteld\tphrase\t-\tcontext\t\tno\t\tconclusie\n" +
		"rule\tparts\twithin\tgrounds\tscore\tnote\n" +
		"conclusie_tekst\tconclusie + duiding\ttekst\t-\tmax 30\n"
	lex, err := LoadLexicon(strings.NewReader(src), "whole.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if r := lex.Rules()[0]; !r.Whole || r.WithinText() != "tekst" {
		t.Fatalf("rule %+v, want within tekst", r)
	}
	s := New(lex)
	for _, tt := range []struct {
		in    string
		score int
	}{
		{"Hij zou racistische opmerkingen hebben gemaakt.", 70},
		{"Hij zou racistische opmerkingen hebben gemaakt. Na het horen van getuigen: geen discriminatie vastgesteld.", 30},
		{"Geen discriminatie vastgesteld. Eerder werd een racistische opmerking gemeld.", 30},
		{"Geen discriminatie vastgesteld.", 0},
	} {
		res := s.Screen(tt.in)
		if res.Score != tt.score {
			t.Errorf("Screen(%q).Score = %d, want %d: %+v", tt.in, res.Score, tt.score, res.Hits)
		}
		if ref := referenceScreen(s, tt.in); ref.Score != res.Score || len(ref.Hits) != len(res.Hits) {
			t.Errorf("Screen(%q) = %+v, the full reading %+v", tt.in, res, ref)
		}
		if tt.score == 30 && !strings.Contains(strings.ToLower(res.Hits[0].Explanation), "conclusie 'geen discriminatie vastgesteld' + duiding 'racistische' in de tekst") {
			t.Errorf("Screen(%q): explanation %q", tt.in, res.Hits[0].Explanation)
		}
	}
	for _, bad := range []struct{ src, reason string }{
		{strings.Replace(src, "max 30", "30", 1), "only a rule that caps"},
		{strings.Replace(src, "\tcontext\t\tno\t\tconclusie", "\tframe\t\tno\t\tconclusie", 1), "may have no frame terms"},
	} {
		if _, err := LoadLexicon(strings.NewReader(bad.src), "whole.tsv"); err == nil || !strings.Contains(err.Error(), bad.reason) {
			t.Errorf("LoadLexicon: error %v, want one with %q", err, bad.reason)
		}
	}
}

// strongCase is a text and whether it is a strong signal (score >= StrongScore).
type strongCase struct {
	in     string
	strong bool
}

// checkStrong screens each case with s; with flagged, every text must be flagged too.
func checkStrong(t *testing.T, s *Screener, flagged bool, cases []strongCase) {
	t.Helper()
	for _, tt := range cases {
		res := s.Screen(tt.in)
		if got := res.Score >= StrongScore; got != tt.strong || flagged && !res.Flagged {
			t.Errorf("Screen(%q).Score = %d (flagged %v), want strong %v: %+v", tt.in, res.Score, res.Flagged, tt.strong, res.Hits)
		}
	}
}
