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
	measure := func(file string) Quality {
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
