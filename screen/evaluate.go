package screen

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"stelsel/catalog"
)

// Example is one labelled text of a development set.
type Example struct {
	Grounds []string // the true grounds; empty for a text that is not discrimination
	Text    string
	Line    int
}

// ReadExamples reads a development set: a header "grounds<TAB>text", then one example a
// line, grounds comma-separated or "-" for none. Lines starting with # are comments.
func ReadExamples(r io.Reader, file string) ([]Example, error) {
	grounds := catalog.Default().Grounds
	var out []Example
	br := bufio.NewReader(r)
	header := false
	for ln := 1; ; ln++ {
		line, err := br.ReadString('\n')
		if err != nil && err != io.EOF {
			return nil, fmt.Errorf("%s:%d: read: %w", file, ln, err)
		}
		if line == "" && err == io.EOF {
			break
		}
		if len(line) > MaxExampleBytes {
			return nil, fmt.Errorf("%s:%d: line of %d bytes, at most %d", file, ln, len(line), MaxExampleBytes)
		}
		line = strings.TrimRight(line, "\r\n")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		g, text, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("%s:%d: want grounds<TAB>text", file, ln)
		}
		if !header {
			header = true
			if g == "grounds" {
				continue
			}
		}
		ex := Example{Text: text, Line: ln}
		if g != "-" {
			for _, c := range splitList(g, ",") {
				if !grounds.Has(c) {
					return nil, fmt.Errorf("%s:%d: unknown ground %q", file, ln, c)
				}
				ex.Grounds = append(ex.Grounds, c)
			}
		}
		out = append(out, ex)
	}
	return out, nil
}

// MaxExampleBytes is the longest line of a development set.
const MaxExampleBytes = 1 << 20

// GroundQuality is the measured quality for one ground.
type GroundQuality struct {
	Ground    string
	Positives int // examples labelled with the ground
	// Found and FoundStrong count positives with a hit (any / strong) carrying the ground.
	Found, FoundStrong int
	// Negatives is the number of examples labelled with no ground at all; FalseHits and
	// FalseStrong count those with a hit (any / strong) carrying this ground.
	Negatives              int
	FalseHits, FalseStrong int
}

// Recall returns the share of positives found by any hit and by strong hits.
func (q GroundQuality) Recall() (all, strong float64) {
	return ratio(q.Found, q.Positives), ratio(q.FoundStrong, q.Positives)
}

// NegativesFlagged returns the share of negatives with a hit of this ground, any and strong.
func (q GroundQuality) NegativesFlagged() (all, strong float64) {
	return ratio(q.FalseHits, q.Negatives), ratio(q.FalseStrong, q.Negatives)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Quality is the outcome of screening a development set.
type Quality struct {
	Lexicon  string
	Grounds  []GroundQuality // in catalog order
	Total    GroundQuality   // Ground "totaal": flagged at all, any ground
	Missed   []Example       // positives without a hit on one of their grounds
	Flagged  []Example       // negatives with a hit
	Examples int
}

// Evaluate screens every example and measures recall and false hits per ground.
func Evaluate(s *Screener, examples []Example) Quality {
	q := Quality{Lexicon: s.lex.version, Examples: len(examples), Total: GroundQuality{Ground: "totaal"}}
	idx := map[string]int{}
	for i, g := range catalog.Default().Grounds.Codes() {
		idx[g] = i
		q.Grounds = append(q.Grounds, GroundQuality{Ground: g})
	}
	for _, ex := range examples {
		res := s.Screen(ex.Text)
		any, strong := map[string]bool{}, map[string]bool{}
		for _, h := range res.Hits {
			for _, g := range h.Grounds {
				any[g] = true
				if h.Strength == Strong {
					strong[g] = true
				}
			}
		}
		if len(ex.Grounds) == 0 {
			q.Total.Negatives++
			if res.Flagged {
				q.Total.FalseHits++
				q.Flagged = append(q.Flagged, ex)
			}
			if res.Strong() {
				q.Total.FalseStrong++
			}
			for i := range q.Grounds {
				g := &q.Grounds[i]
				g.Negatives++
				if any[g.Ground] {
					g.FalseHits++
				}
				if strong[g.Ground] {
					g.FalseStrong++
				}
			}
			continue
		}
		q.Total.Positives++
		if res.Flagged {
			q.Total.Found++
		}
		if res.Strong() {
			q.Total.FoundStrong++
		}
		missed := false
		for _, c := range ex.Grounds {
			g := &q.Grounds[idx[c]]
			g.Positives++
			if any[c] {
				g.Found++
			} else {
				missed = true
			}
			if strong[c] {
				g.FoundStrong++
			}
		}
		if missed {
			q.Missed = append(q.Missed, ex)
		}
	}
	return q
}

// WriteTable prints the quality as a plain-text table.
func (q Quality) WriteTable(w io.Writer) {
	fmt.Fprintf(w, "lexicon %s, %d examples\n", q.Lexicon, q.Examples)
	fmt.Fprintf(w, "%-22s %5s %8s %8s %5s %8s %8s\n", "ground", "pos", "recall", "strong", "neg", "negflag", "strong")
	rows := append(append([]GroundQuality(nil), q.Grounds...), q.Total)
	for _, g := range rows {
		ra, rs := g.Recall()
		fa, fs := g.NegativesFlagged()
		fmt.Fprintf(w, "%-22s %5d %7.1f%% %7.1f%% %5d %7.1f%% %7.1f%%\n", g.Ground, g.Positives, 100*ra, 100*rs, g.Negatives, 100*fa, 100*fs)
	}
}
