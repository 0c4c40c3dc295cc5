package screen

import (
	"bytes"
	"os"
	"testing"
)

// TestDevSet measures the default lexicon on the development set and prints recall and
// negatives flagged per ground (go test -run DevSet -v ./screen/). It fails when recall
// or precision drop below what the lexicon reached when it was written.
func TestDevSet(t *testing.T) {
	f, err := os.Open("testdata/devset.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	examples, err := ReadExamples(f, "testdata/devset.tsv")
	if err != nil {
		t.Fatal(err)
	}
	lex, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	q := Evaluate(New(lex), examples)
	var b bytes.Buffer
	q.WriteTable(&b)
	t.Log("\n" + b.String())
	for _, ex := range q.Missed {
		t.Logf("missed (line %d, %v): %s", ex.Line, ex.Grounds, ex.Text)
	}
	for _, ex := range q.Flagged {
		t.Logf("negative flagged (line %d): %s %v", ex.Line, ex.Text, New(lex).Screen(ex.Text).Hits)
	}
	for _, g := range q.Grounds {
		if g.Positives == 0 {
			t.Errorf("ground %s has no positive examples in the development set", g.Ground)
		}
	}
	if all, _ := q.Total.Recall(); all < 0.95 {
		t.Errorf("recall = %.3f, want >= 0.95", all)
	}
	if _, strong := q.Total.NegativesFlagged(); strong > 0.05 {
		t.Errorf("negatives flagged by strong hits = %.3f, want <= 0.05", strong)
	}
}

// measureFile evaluates s on the examples in file and logs the table.
func measureFile(t *testing.T, s *Screener, file string) Quality {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	examples, err := ReadExamples(f, file)
	if err != nil {
		t.Fatal(err)
	}
	q := Evaluate(s, examples)
	var b bytes.Buffer
	q.WriteTable(&b)
	t.Logf("%s\n%s", file, b.String())
	return q
}

// TestDevelopmentSets measures the default lexicon on the development parts of the
// HateCheck-style statements and the realistic registrations (screen/testdata/gendev.py)
// against the goals of issue 11, and prints the held-out parts beside them (they are not
// asserted: the lexicon is tuned on the development parts only).
func TestDevelopmentSets(t *testing.T) {
	lex, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	s := New(lex)
	measure := func(file string) Quality { return measureFile(t, s, file) }
	for _, f := range []string{"testdata/hatecheck-heldout.tsv", "testdata/registrations-heldout.tsv"} {
		measure(f)
	}
	hc := measure("testdata/hatecheck-dev.tsv")
	if r, _ := hc.Total.Recall(); r < 0.90 {
		t.Errorf("HateCheck-style recall = %.3f, want >= 0.90", r)
	}
	for _, l := range hc.Labels {
		r, _ := l.Recall()
		switch {
		case l.Ground == "geen_groep":
			if f, _ := l.NegativesFlagged(); f > 0.10 {
				t.Errorf("texts without a group flagged = %.3f, want <= 0.10", f)
			}
		case l.Positives > 0 && l.Ground != "gewoon" && r < 0.85:
			t.Errorf("HateCheck-style recall for %s = %.3f, want >= 0.85", l.Ground, r)
		}
	}
	reg := measure("testdata/registrations-dev.tsv")
	all, strong := reg.Total.Recall()
	flagged, strongNeg := reg.Total.NegativesFlagged()
	if all < 0.95 || flagged > 0.25 || strong < 0.85 || strongNeg > 0.05 {
		t.Errorf("registrations: recall %.3f at flagged (want >= 0.95) with %.3f of neutral flagged (want <= 0.25); %.3f at score >= 50 (want >= 0.85) with %.3f of neutral (want <= 0.05)",
			all, flagged, strong, strongNeg)
	}
}

// issue11Tricks are the spelling tricks of the HateCheck-style labels ("moslims/spaties").
var issue11Tricks = map[string]bool{"gewoon": true, "weggelaten": true, "verwisseld": true, "verdubbeld": true,
	"aaneen": true, "spaties": true, "cijfers": true, "tekens": true,
	// hatecheck-*4.tsv (gendev4hc.py) adds these
	"leet": true, "hoofdletters": true, "accenten": true, "streepjes": true}

// shortfall is a goal of issue 11 that a set does not reach yet: the test holds the set
// at the floor it reached (so that it cannot get worse unnoticed) and logs the gap.
type shortfall struct {
	set, measure string
	floor        float64
}

// issue11Shortfalls are the goals the second development sets do not reach (see
// screen/LEXICON.md, "Development sets"). Remove an entry when its goal is met.
var issue11Shortfalls = []shortfall{
	// registrations-heldout4 (screen/testdata/gendev4.py): recall at flagged, 0.90 before,
	// meets its goal with the text model.
	// (Recall at score >= 50, 0.84 before, meets its goal since groep_citaat.)
	// hatecheck-dev4.tsv (gendev4hc.py), what is left after tuning on it: a dot inside
	// one word in a sentence without another term ("Alloch.tonen zijn gevaarlijk"; hyphens
	// and underscores are read through, signs.go joinerSpots), and implicit derogation
	// without a hostility word ("Vroeger was het hier schoon, tot de X kwamen"); every
	// group and trick reaches its goal. A group taken up by a pronoun in the next
	// sentence ("X denken dat ze speciaal zijn. Ik haat ze.") is read since the sentences
	// are one segment (sentence.go).
	// hatecheck-heldout4.tsv, measured only (its misses were not read): the same causes
	// as far as the summary shows; groups of 3 to 17 texts, so one miss costs 6-33%.
	{"testdata/hatecheck-heldout4.tsv", "blinden", 0.82},
	{"testdata/hatecheck-heldout4.tsv", "lesbiennes", 0.66},
	{"testdata/hatecheck-heldout4.tsv", "polen", 0.77},
	{"testdata/hatecheck-heldout4.tsv", "scheldwoord", 0.81},
	// hatecheck-dev5/heldout5 (genhc5.py: everyday Dutch and Flemish phrasing), after the
	// hc5 block, the held-out part measured only: words run together around the group
	// word (a particle before it and a doubled letter at the junction are split since:
	// "Ik spuug opjoden", "Ik haattransgenders"), and groups of 6 to 11 texts, where one
	// miss costs 9-17%.
	{"testdata/hatecheck-heldout5.tsv", "aaneen", 0.75},
	{"testdata/hatecheck-heldout5.tsv", "lesbiennes", 0.66},
	{"testdata/hatecheck-heldout5.tsv", "zwarten", 0.83},
}

// checkGoal fails when got is below want, or, for a known shortfall, below its floor.
func checkGoal(t *testing.T, set, measure string, got, want float64, atMost bool) {
	t.Helper()
	met := got >= want
	if atMost {
		met = got <= want
	}
	if met {
		return
	}
	for _, s := range issue11Shortfalls {
		if s.set == set && s.measure == measure {
			t.Logf("%s: %s = %.3f, goal %.2f not met yet (held at %.3f)", set, measure, got, want, s.floor)
			// For a share that must stay low ("neutral flagged") the figure held is a
			// ceiling.
			if atMost && got > s.floor+1e-9 {
				t.Errorf("%s: %s = %.3f, above its ceiling %.3f", set, measure, got, s.floor)
			} else if !atMost && got < s.floor-1e-9 {
				t.Errorf("%s: %s = %.3f, below its floor %.2f", set, measure, got, s.floor)
			}
			return
		}
	}
	if atMost {
		t.Errorf("%s: %s = %.3f, want <= %.2f", set, measure, got, want)
	} else {
		t.Errorf("%s: %s = %.3f, want >= %.2f", set, measure, got, want)
	}
}

// TestSecondDevelopmentSets measures the default lexicon on the second development sets
// (screen/testdata/gendev2.py: hand-written registrations and HateCheck-style statements
// in another style than gendev.py, the hand-written registrations-dev3.tsv, and
// registrations-dev4/heldout4 from screen/testdata/gendev4.py, hatecheck-dev4/heldout4
// from gendev4hc.py and hatecheck-dev5/heldout5 from genhc5.py), the
// development and the held-out part alike, against
// the goals of issue 11: registrations recall >= 0.95 at flagged with <= 25% of neutral
// ones flagged, >= 0.85 at score >= 50 with <= 5% of neutral ones; HateCheck-style recall
// >= 0.90 overall, >= 0.85 per group, >= 0.80 per spelling trick, <= 10% of texts without
// a group flagged.
func TestSecondDevelopmentSets(t *testing.T) {
	lex, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	s := New(lex)
	measure := func(file string) Quality { return measureFile(t, s, file) }
	for _, file := range []string{"testdata/registrations-dev2.tsv", "testdata/registrations-heldout2.tsv", "testdata/registrations-dev3.tsv",
		"testdata/registrations-dev4.tsv", "testdata/registrations-heldout4.tsv"} {
		q := measure(file)
		if q.Total.Positives < 40 || q.Total.Negatives < 40 {
			t.Errorf("%s: %d discriminatory and %d neutral registrations, want at least 40 of each", file, q.Total.Positives, q.Total.Negatives)
		}
		checkRegistrationGoals(t, file, q)
	}
	for _, file := range []string{"testdata/hatecheck-dev2.tsv", "testdata/hatecheck-heldout2.tsv",
		"testdata/hatecheck-dev4.tsv", "testdata/hatecheck-heldout4.tsv",
		"testdata/hatecheck-dev5.tsv", "testdata/hatecheck-heldout5.tsv"} {
		groups, tricks, _ := checkHateCheckGoals(t, file, measure(file))
		if groups < 15 || tricks < 8 {
			t.Errorf("%s: %d groups and %d tricks, want at least 15 and 8", file, groups, tricks)
		}
	}
}

// checkRegistrationGoals holds a set of registrations to the goals of issue 11.
func checkRegistrationGoals(t *testing.T, file string, q Quality) {
	t.Helper()
	all, strong := q.Total.Recall()
	flagged, strongNeg := q.Total.NegativesFlagged()
	checkGoal(t, file, "recall", all, 0.95, false)
	checkGoal(t, file, "neutral flagged", flagged, 0.25, true)
	checkGoal(t, file, "recall at score >= 50", strong, 0.85, false)
	checkGoal(t, file, "neutral at score >= 50", strongNeg, 0.05, true)
}

// checkHateCheckGoals holds a set of HateCheck-style statements to the goals of issue
// 11 and returns how many groups and spelling tricks it has, and whether it has texts
// without a group.
func checkHateCheckGoals(t *testing.T, file string, q Quality) (groups, tricks int, noGroup bool) {
	t.Helper()
	r, _ := q.Total.Recall()
	checkGoal(t, file, "recall", r, 0.90, false)
	for _, l := range q.Labels {
		switch {
		case l.Ground == "geen_groep":
			noGroup = true
			f, _ := l.NegativesFlagged()
			checkGoal(t, file, "texts without a group flagged", f, 0.10, true)
		case l.Positives == 0:
		case issue11Tricks[l.Ground]:
			tricks++
			r, _ := l.Recall()
			checkGoal(t, file, l.Ground, r, 0.80, false)
		default:
			groups++
			r, _ := l.Recall()
			checkGoal(t, file, l.Ground, r, 0.85, false)
		}
	}
	return groups, tricks, noGroup
}
