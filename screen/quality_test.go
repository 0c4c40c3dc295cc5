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
