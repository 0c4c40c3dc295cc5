package screen

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
)

// modelComment opens the comment line TrainLexicon writes before the model section.
const modelComment = "# text model: "

// TrainingSet is one file of labelled examples for TrainLexicon.
type TrainingSet struct {
	File     string
	Examples []Example
}

// FoldFigures are the figures of one training set screened with a model trained on the
// other sets: what the model adds where it was not trained.
type FoldFigures struct {
	File                 string
	Positives, Negatives int
	// Recall and NegativesFlagged at flagged, without and with the model.
	RecallBefore, RecallAfter float64
	NegBefore, NegAfter       float64
}

// TrainReport says what TrainLexicon did.
type TrainReport struct {
	Examples, Positives int
	Features            int
	Folds               []FoldFigures // one per set, when there are two sets or more
}

// TrainLexicon trains a text model on sets and returns the lexicon source src (named file
// in errors) with its model section replaced by the new model; the lexicon's terms and
// rules are unchanged. With two sets or more it measures first, for each set, a model
// trained on the others (leave one set out), so that the report shows what the model adds
// on texts it was not trained on.
func TrainLexicon(src []byte, file string, sets []TrainingSet, opt TrainOptions) ([]byte, TrainReport, error) {
	var rep TrainReport
	base := withoutModel(src)
	lex, err := LoadLexicon(bytes.NewReader(base), file)
	if err != nil {
		return nil, rep, err
	}
	s := New(lex)
	var all []Example
	for _, set := range sets {
		all = append(all, set.Examples...)
	}
	for _, ex := range all {
		if len(ex.Grounds) > 0 {
			rep.Positives++
		}
	}
	rep.Examples = len(all)
	if len(sets) > 1 {
		for i, set := range sets {
			var train []Example
			for j, o := range sets {
				if j != i {
					train = append(train, o.Examples...)
				}
			}
			m, err := TrainModel(train, opt)
			if err != nil {
				return nil, rep, fmt.Errorf("train without %s: %w", set.File, err)
			}
			f := FoldFigures{File: set.File}
			var tp0, tp1, fp0, fp1 int
			var buf []contribution
			for _, ex := range set.Examples {
				r0 := s.Screen(ex.Text)
				r1 := m.apply(ex.Text, r0, &buf)
				if len(ex.Grounds) > 0 {
					f.Positives++
					tp0 += b2i(r0.Flagged)
					tp1 += b2i(r1.Flagged)
				} else {
					f.Negatives++
					fp0 += b2i(r0.Flagged)
					fp1 += b2i(r1.Flagged)
				}
			}
			f.RecallBefore, f.RecallAfter = ratio(tp0, f.Positives), ratio(tp1, f.Positives)
			f.NegBefore, f.NegAfter = ratio(fp0, f.Negatives), ratio(fp1, f.Negatives)
			rep.Folds = append(rep.Folds, f)
		}
	}
	m, err := TrainModel(all, opt)
	if err != nil {
		return nil, rep, err
	}
	rep.Features = len(m.features)
	var files []string
	for _, set := range sets {
		files = append(files, filepath.Base(set.File))
	}
	var out bytes.Buffer
	out.Write(base)
	if len(base) > 0 && base[len(base)-1] != '\n' {
		out.WriteByte('\n')
	}
	out.WriteString(modelComment + "trained by 'stelsel lexicon train' on " + strings.Join(files, ", ") +
		fmt.Sprintf(" (%d texts, %d discriminatory); see screen/LEXICON.md\n", rep.Examples, rep.Positives))
	if err := m.WriteSection(&out, "intercept"); err != nil {
		return nil, rep, err
	}
	if _, err := LoadLexicon(bytes.NewReader(out.Bytes()), file); err != nil {
		return nil, rep, fmt.Errorf("the trained lexicon does not load: %w", err)
	}
	return out.Bytes(), rep, nil
}

// withoutModel is src up to its model section, without the comment line TrainLexicon
// writes before it.
func withoutModel(src []byte) []byte {
	off, prev := 0, -1 // prev: the offset of the line before, when it is that comment
	for _, l := range bytes.SplitAfter(src, []byte("\n")) {
		cells := strings.Split(strings.TrimRight(string(l), "\r\n"), "\t")
		if len(cells) > 1 && strings.EqualFold(strings.TrimSpace(cells[0]), "model") && strings.EqualFold(strings.TrimSpace(cells[1]), "weight") {
			if prev >= 0 {
				return src[:prev]
			}
			return src[:off]
		}
		prev = -1
		if bytes.HasPrefix(l, []byte(modelComment)) {
			prev = off
		}
		off += len(l)
	}
	return src
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// DefaultLexiconSource returns the text of the built-in lexicon file.
func DefaultLexiconSource() []byte { return bytes.Clone(defaultLexicon) }
