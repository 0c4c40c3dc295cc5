package screen

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// modelLexicon is a small lexicon with one weak term and the given model section lines.
func modelLexicon(t *testing.T, model ...string) (*Lexicon, error) {
	t.Helper()
	src := "# name: modeltest\nterm\tmode\tgrounds\tstrength\njood\tprefix\tantisemitisme\tweak\n"
	if len(model) > 0 {
		src += "model\tweight\tnote\n" + strings.Join(model, "\n") + "\n"
	}
	return LoadLexicon(strings.NewReader(src), "modeltest.tsv")
}

func TestModelFlagsWithExplanation(t *testing.T) {
	lex, err := modelLexicon(t, "(basis)\t0.5", "(drempel)\t0.8", "(aanleiding)\t2.5",
		"portier\t3", "nee\t2", "gezellig\t-4")
	if err != nil {
		t.Fatal(err)
	}
	s := New(lex)
	for _, c := range []struct {
		text    string
		flagged bool
	}{
		// A trigger word: the model reads the text (chance 0.97).
		{"De portier zei: vanavond niet.", true},
		// No lexicon term and no trigger word: the model does not read it, though its
		// chance would reach the threshold (0.92).
		{"Nee, zei ze.", false},
		// A weak term without a trigger word: the model does not read the text either.
		{"De joodse buurman hoorde nee.", false},
		// With a trigger word it does: 'nee' lifts the chance further.
		{"De joodse portier hoorde nee.", true},
		// A weight against: the chance stays below the threshold.
		{"De portier was gezellig.", false},
	} {
		res := s.Screen(c.text)
		if res.Flagged != c.flagged {
			t.Errorf("%q: flagged %v, want %v (%+v)", c.text, res.Flagged, c.flagged, res)
		}
		if !c.flagged {
			continue
		}
		var h *Hit
		for i := range res.Hits {
			if res.Hits[i].Mode == ModeModel {
				h = &res.Hits[i]
			}
		}
		if h == nil {
			t.Fatalf("%q: no model hit in %+v", c.text, res.Hits)
		}
		most := ModelMaxScore
		if len(res.Hits) > 1 {
			most = ModelTermMaxScore // beside a term of the text
		}
		if h.Score < FlagScore || h.Score > most || (h.Score >= StrongScore) != (h.Strength == Strong) {
			t.Errorf("%q: model score %d (%s), want %d-%d", c.text, h.Score, h.Strength, FlagScore, most)
		}
		if len(res.Hits) == 1 && h.Score >= StrongScore {
			t.Errorf("%q: the model alone made a strong signal (%d)", c.text, h.Score)
		}
		if c.text[h.Start:h.End] != h.Match || !strings.Contains(h.Explanation, "tekstmodel: kans") {
			t.Errorf("%q: hit %+v", c.text, h)
		}
		for _, p := range h.Parts {
			if c.text[p.Start:p.End] != p.Match || !strings.EqualFold(p.Match, p.Term) {
				t.Errorf("%q: part %+v", c.text, p)
			}
		}
	}
	// Beside a term of the text a high chance is a strong signal; alone it is not.
	if res := s.Screen("De joodse portier hoorde nee."); res.Score < StrongScore || res.Score > ModelTermMaxScore {
		t.Errorf("beside a term: score %d, want %d-%d (%+v)", res.Score, StrongScore, ModelTermMaxScore, res.Hits)
	}
	if res := s.Screen("De portier zei nee."); !res.Flagged || res.Score >= StrongScore {
		t.Errorf("the model alone: score %d, want %d-%d", res.Score, FlagScore, ModelMaxScore)
	}
	if c := lex.Model().StrongChance(); c < 0.96 || c > 0.97 {
		t.Errorf("StrongChance %v, want 0.967 at threshold 0.8", c)
	}
	// The weak term's ground goes with the model hit.
	res := s.Screen("De joodse portier hoorde nee.")
	if strings.Join(res.Grounds, ",") != "antisemitisme" {
		t.Errorf("grounds %v, want antisemitisme", res.Grounds)
	}
}

// TestModelReadsWordsAsTrained checks that the screening scan hashes a word exactly as a
// feature's name is hashed, for long words, capitals, accents, digits and signs.
func TestModelReadsWordsAsTrained(t *testing.T) {
	words := []string{"a", "ab", "portier", "achtlett", "negenlett", "zestienletterwoo", "zeventienletterwo", "cafe", "cliche", "h2o", "coordinator", "naieve"}
	lines := []string{"(basis)\t-20", "(drempel)\t0.5", "(aanleiding)\t1"}
	for _, w := range words {
		lines = append(lines, w+"\t1")
	}
	lex, err := modelLexicon(t, lines...)
	if err != nil {
		t.Fatal(err)
	}
	m := lex.Model()
	text := "A, AB! Portier achtLETT negenlett (zestienletterwoo) ZEVENTIENLETTERWO café cliché H2O coördinator naïeve"
	_, found := m.chance(text, nil)
	if len(found) != len(words) {
		var got []string
		for _, c := range found {
			got = append(got, m.names[c.h])
		}
		t.Fatalf("found %v, want %v", got, words)
	}
	var tw []string
	modelWords(text, func(w string, _, _ int) { tw = append(tw, w) })
	if strings.Join(tw, " ") != strings.Join(words, " ") {
		t.Errorf("modelWords: %v, want %v", tw, words)
	}
}

// TestModelScanEqualsWords checks on random texts, near every byte class boundary of the
// eight-bytes-at-a-time scan ('/' ':' '@' '[' '`' '{', bytes from 0x80, accents, signs that
// are skipped), that chance finds exactly the words modelWords reads, at the same offsets.
func TestModelScanEqualsWords(t *testing.T) {
	pieces := []string{"a", "Z", "q", "0", "9", "/", ":", "@", "[", "`", "{", " ", ".", "-", "'", "é", "Ö", "ß", "\u00ad", "\x80", "\xff", "€", "\n", "portier", "AchtLett", "negenletters"}
	rng := rand.New(rand.NewPCG(7, 11))
	for n := 0; n < 2000; n++ {
		var b strings.Builder
		for k := rng.IntN(40); k >= 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := b.String()
		type word struct {
			w          string
			start, end int
		}
		var want []word
		seen := map[string]bool{}
		modelWords(text, func(w string, start, end int) {
			if !seen[w] {
				seen[w] = true
				want = append(want, word{w, start, end})
			}
		})
		lines := []string{"(basis)\t0", "(drempel)\t0.5", "(aanleiding)\t1"}
		for _, w := range want {
			lines = append(lines, w.w+"\t1")
		}
		if len(want) == 0 {
			continue
		}
		lex, err := modelLexicon(t, lines...)
		if err != nil {
			t.Fatalf("%q: %v", text, err)
		}
		m := lex.Model()
		_, found := m.chance(text, nil)
		var got []word
		for _, c := range found {
			got = append(got, word{m.names[c.h], c.start, c.end})
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("%q: chance found %v, modelWords %v", text, got, want)
		}
	}
}

func TestModelSectionErrors(t *testing.T) {
	for _, c := range []struct {
		lines []string
		want  string
	}{
		{[]string{"(basis)\t0", "(drempel)\t0.8", "(aanleiding)\t1", "huid\tveel"}, `modeltest.tsv:8: model "huid": weight "veel" is not a number`},
		{[]string{"(basis)\t0", "(drempel)\t0.8", "(aanleiding)\t1", "huid\t1", "huid\t2"}, `modeltest.tsv:9: model feature "huid" repeats line 8`},
		{[]string{"(basis)\t0", "(drempel)\t0.8", "(aanleiding)\t1", "Huid\t1"}, `modeltest.tsv:8: model feature "Huid": write it as "huid"`},
		{[]string{"(basis)\t0", "(drempel)\t0.8", "(aanleiding)\t1", "niet binnen\t1"}, `modeltest.tsv:8: model feature "niet binnen": one word`},
		{[]string{"(basis)\t0", "(drempel)\t1.5", "(aanleiding)\t1", "huid\t1"}, `modeltest.tsv:6: model (drempel): 1.5, want a chance between 0 and 1`},
		{[]string{"(drempel)\t0.8", "(aanleiding)\t1", "huid\t1"}, `modeltest.tsv:4: the model section has no (basis) line`},
		{[]string{"(basis)\t0", "(drempel)\t0.8", "(aanleiding)\t1", "huid\t100"}, `modeltest.tsv:8: model "huid": weight 100, at most 50 either way`},
	} {
		_, err := modelLexicon(t, c.lines...)
		var le *LexiconError
		if !errors.As(err, &le) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%v: error %v, want %q", c.lines, err, c.want)
		}
	}
}

// trainSet is a toy training set: discriminatory texts name a refusal at the door, the
// others a parking quarrel.
func trainSet(n int, offset int) []Example {
	var out []Example
	for i := range n {
		out = append(out,
			Example{Grounds: []string{"herkomst"}, Text: fmt.Sprintf("Melder %d mocht niet naar binnen van de portier vanwege zijn huidskleur.", i+offset)},
			Example{Text: fmt.Sprintf("Melder %d had ruzie met de buurman over een parkeerplaats.", i+offset)})
	}
	return out
}

func TestTrainModel(t *testing.T) {
	ex := trainSet(20, 0)
	m1, err := TrainModel(ex, TrainOptions{})
	if err != nil {
		t.Fatal(err)
	}
	m2, _ := TrainModel(ex, TrainOptions{})
	var b1, b2 strings.Builder
	m1.WriteSection(&b1, "")
	m2.WriteSection(&b2, "")
	if b1.String() != b2.String() {
		t.Error("training twice on the same examples gave two models")
	}
	weights := map[string]float64{}
	for _, f := range m1.Features() {
		weights[f.Name] = f.Weight
	}
	if weights["portier"] <= 0 || weights["parkeerplaats"] >= 0 {
		t.Errorf("weights portier %v, parkeerplaats %v: want for and against", weights["portier"], weights["parkeerplaats"])
	}
	if _, ok := weights["melder"]; ok {
		t.Errorf("'melder', in every text, weighs %v: want it left out", weights["melder"])
	}
	if _, err := TrainModel(ex[:1], TrainOptions{}); err == nil {
		t.Error("a model trained on discriminatory texts only: no error")
	}
}

func TestTrainLexicon(t *testing.T) {
	src := []byte("# name: traintest\nterm\tmode\tgrounds\tstrength\njood\tprefix\tantisemitisme\tweak\n# --- end of the terms ---\n")
	sets := []TrainingSet{{File: "a.tsv", Examples: trainSet(15, 0)}, {File: "b.tsv", Examples: trainSet(15, 100)}}
	out, rep, err := TrainLexicon(src, "traintest.tsv", sets, TrainOptions{Trigger: 0.5})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Examples != 60 || rep.Positives != 30 || len(rep.Folds) != 2 || rep.Features == 0 {
		t.Errorf("report %+v", rep)
	}
	for _, f := range rep.Folds {
		if f.RecallBefore != 0 || f.RecallAfter != 1 || f.NegAfter != 0 {
			t.Errorf("fold %+v: want the model to find every refusal, and no quarrel, on the set it was not trained on", f)
		}
	}
	// Training again replaces the model section; the terms stay.
	again, _, err := TrainLexicon(out, "traintest.tsv", sets[:1], TrainOptions{Trigger: 0.5})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(again, src) {
		t.Errorf("training again changed what stands before the model section:\n%s", again[:len(src)])
	}
	if n := bytes.Count(again, []byte("\nmodel\tweight")); n != 1 {
		t.Errorf("%d model sections after training twice", n)
	}
	lex, err := LoadLexicon(bytes.NewReader(again), "traintest.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if len(lex.Entries()) != 1 || lex.Model() == nil {
		t.Errorf("entries %d, model %v", len(lex.Entries()), lex.Model())
	}
	if !New(lex).Screen("Zij mocht niet naar binnen van de portier vanwege haar huidskleur.").Flagged {
		t.Error("the trained lexicon does not flag a refusal at the door")
	}
}

// TestDefaultModel checks the built-in lexicon's model: present, and what it adds to a
// text without another hit stays below a strong signal.
func TestDefaultModel(t *testing.T) {
	s := defaultScreener(t)
	m := s.Lexicon().Model()
	if m == nil || len(m.Features()) < 500 || len(m.Triggers()) == 0 {
		t.Fatal("the built-in lexicon has no text model of some size")
	}
	res := s.Screen("De portier keek naar zijn huid en zei tegen melder: vanavond niet, vriend.")
	if !res.Flagged {
		t.Errorf("not flagged: %+v", res)
	}
	for _, h := range res.Hits {
		if h.Mode == ModeModel && h.Score >= StrongScore {
			t.Errorf("model hit with score %d", h.Score)
		}
	}
}

// TestModelCounterweightLowers: when the words of a text with a strong signal weigh
// together at most the counterweight, every strong hit scores ModelMaxScore (flagged, weak),
// explained by the words that weighed most against; otherwise, and without the line, the
// model lowers nothing.
func TestModelCounterweightLowers(t *testing.T) {
	src := "# name: counterweight\nterm\tmode\tgrounds\tstrength\njood\tprefix\tantisemitisme\tweak\n" +
		"kankerjood\tword\tantisemitisme\tstrong\n"
	model := "model\tweight\tnote\n(basis)\t-2\n(drempel)\t0.8\n(aanleiding)\t2.5\nportier\t3\nbedankt\t-3\nvrijwillig\t-2\nboek\t-0.5\n"
	load := func(extra string) *Screener {
		t.Helper()
		lex, err := LoadLexicon(strings.NewReader(src+model+extra), "counterweight.tsv")
		if err != nil {
			t.Fatal(err)
		}
		return New(lex)
	}
	s := load("(tegenwicht)\t-4\n")
	if w, ok := s.Lexicon().Model().Counterweight(); !ok || w != -4 {
		t.Fatalf("Counterweight() = %v, %v; want -4, true", w, ok)
	}
	for _, c := range []struct {
		text  string
		score int
	}{
		{"Hij riep kankerjood.", 70},
		// -3 - 2 = -5 <= -4: lowered.
		{"Kankerjood, riep hij; bedankt voor het vrijwillig meedenken.", ModelMaxScore},
		// -3 - 0.5 = -3.5 > -4: not lowered.
		{"Kankerjood stond in het boek; bedankt.", 70},
		// No strong signal: nothing to lower, the weak term stays below FlagScore.
		{"De joodse buurman is bedankt, vrijwillig.", 15},
	} {
		res := s.Screen(c.text)
		if res.Score != c.score {
			t.Errorf("%q: score %d, want %d (%+v)", c.text, res.Score, c.score, res.Hits)
		}
		if c.score != ModelMaxScore {
			continue
		}
		if !res.Flagged || res.Strong() {
			t.Errorf("%q: flagged %v, strong %v; want flagged, not strong", c.text, res.Flagged, res.Strong())
		}
		for _, h := range res.Hits {
			if h.Term == "kankerjood" && (h.Strength != Weak ||
				h.Explanation != "afgezwakt tot 45 (tekstmodel): de woorden wegen samen -5,0, zwaarst tegen 'bedankt' (-3,0), 'vrijwillig' (-2,0)") {
				t.Errorf("%q: hit %+v", c.text, h)
			}
		}
	}
	// Without the line the model lowers nothing, and a trained model writes it.
	if res := load("").Screen("Kankerjood, riep hij; bedankt voor het vrijwillig meedenken."); res.Score != 70 {
		t.Errorf("without a counterweight: score %d, want 70", res.Score)
	}
	for _, bad := range []string{"(tegenwicht)\t1\n", "(tegenwicht)\t-51\n", "(tegenwicht)\tveel\n"} {
		if _, err := LoadLexicon(strings.NewReader(src+model+bad), "counterweight.tsv"); err == nil || !strings.Contains(err.Error(), "counterweight.tsv:") {
			t.Errorf("%q: error %v, want one naming the file and line", bad, err)
		}
	}
	var b strings.Builder
	if err := s.Lexicon().Model().WriteSection(&b, ""); err != nil || !strings.Contains(b.String(), "(tegenwicht)\t-4\t") {
		t.Errorf("WriteSection: %v\n%s", err, b.String())
	}
	m, err := TrainModel(trainSet(200, 0), TrainOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if w, ok := m.Counterweight(); !ok || w != -4 {
		t.Errorf("trained: Counterweight() = %v, %v; want the default -4", w, ok)
	}
	if m, _ := TrainModel(trainSet(200, 0), TrainOptions{NoCounter: true}); m != nil {
		if _, ok := m.Counterweight(); ok {
			t.Error("NoCounter: the trained model lowers")
		}
	}
}

// TestModelTriggerStopsScanOnly: a trigger word of the text model only notes, in the fast
// scan, that the model reads the text; its segment is not screened for it, and a word the
// scan cannot tell from it (it reads a run of letters as one: "worden" for "woorden") does
// not make the model read the text.
func TestModelTriggerStopsScanOnly(t *testing.T) {
	lex, err := modelLexicon(t, "(basis)\t0.5", "(drempel)\t0.8", "(aanleiding)\t2.5", "woorden\t3")
	if err != nil {
		t.Fatal(err)
	}
	s := New(lex)
	for _, c := range []struct {
		text        string
		read, flags bool
	}{
		{"Hij gebruikte lelijke woorden tegen de buren.", true, true},
		{"Er worden maatregelen genomen door de gemeente.", false, false},
		{"Lelijke woorden", true, true}, // at the end of the text
	} {
		check := stopCheck{s: s}
		if lines := s.auto.segments(c.text, nil, &check); len(lines) != 0 || check.model != c.read {
			t.Errorf("%q: segments %v, model read %v; want none, %v", c.text, lines, check.model, c.read)
		}
		if res := s.Screen(c.text); res.Flagged != c.flags {
			t.Errorf("%q: flagged %v, want %v (%+v)", c.text, res.Flagged, c.flags, res.Hits)
		}
	}
}

// TestModelRaisesWeaklyFlagged: a text the terms flag below StrongScore gets the model's
// hit when it scores higher, a strong signal from a chance of about 0.97; a lower model
// score adds nothing.
func TestModelRaisesWeaklyFlagged(t *testing.T) {
	src := "# name: raise\nterm\tmode\tgrounds\tstrength\njood\tprefix\tantisemitisme\tweak\nkeppel\tword\tantisemitisme\tweak\n" +
		"synagoge\tword\tantisemitisme\tweak\n" +
		"model\tweight\tnote\n(basis)\t0.5\n(drempel)\t0.8\n(aanleiding)\t2.5\nportier\t3\nbinnen\t-0.5\n"
	lex, err := LoadLexicon(strings.NewReader(src), "raise.tsv")
	if err != nil {
		t.Fatal(err)
	}
	s := New(lex)
	// Three weak terms: 25, flagged. With 'portier' the chance is 0.97: 51.
	if res := s.Screen("De joodse man met een keppel bij de synagoge."); res.Score != FlagScore {
		t.Fatalf("three weak terms: score %d, want %d (%+v)", res.Score, FlagScore, res.Hits)
	}
	res := s.Screen("De portier hield de joodse man met een keppel bij de synagoge tegen.")
	if res.Score < StrongScore || res.Hits[len(res.Hits)-1].Mode != ModeModel {
		t.Errorf("with the model: score %d, want >= %d from a model hit (%+v)", res.Score, StrongScore, res.Hits)
	}
	// 'binnen' takes the chance to 0.95: the model's 48 is still above the terms' 25.
	res = s.Screen("De portier liet de joodse man met een keppel niet binnen bij de synagoge.")
	if res.Score <= FlagScore || res.Score >= StrongScore {
		t.Errorf("chance 0.95: score %d, want between %d and %d (%+v)", res.Score, FlagScore, StrongScore, res.Hits)
	}
}
