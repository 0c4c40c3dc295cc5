package screen

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"

	"stelsel/catalog"
)

// Example is one labelled text of a development set.
type Example struct {
	Grounds []string // the true grounds; empty for a text that is not discrimination
	Text    string
	Label   string // optional third column: what kind of example ("moslims/spaties"), for reporting
	Line    int
}

// ReadExamples reads a development set: a header "grounds<TAB>text", then one example a
// line, grounds comma-separated or "-" for none, optionally a third column with a label.
// Lines starting with # are comments.
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
		text, label, _ := strings.Cut(text, "\t")
		ex := Example{Text: text, Label: label, Line: ln}
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

// GroundQuality is the measured quality for one ground (or, for Total and the labels,
// over all grounds).
type GroundQuality struct {
	Ground    string
	Positives int // examples labelled with the ground
	// Found counts positives flagged with a hit carrying the ground; FoundStrong those
	// that also score StrongScore or more with a hit of at least that score carrying it.
	Found, FoundStrong int
	// Negatives is the number of examples labelled with no ground at all; FalseHits and
	// FalseStrong count those flagged (and scoring StrongScore or more) by this ground.
	Negatives              int
	FalseHits, FalseStrong int
}

// Recall returns the share of positives found at flagged and at StrongScore.
func (q GroundQuality) Recall() (all, strong float64) {
	return ratio(q.Found, q.Positives), ratio(q.FoundStrong, q.Positives)
}

// NegativesFlagged returns the share of negatives flagged and at StrongScore.
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
	Labels   []GroundQuality // per label part ("moslims", "spaties"), sorted; Ground is the label
	Missed   []Example       // positives not flagged with a hit on one of their grounds
	Flagged  []Example       // negatives flagged
	Examples int
}

// Evaluate screens every example and measures recall and negatives flagged per ground,
// at flagged and at StrongScore.
func Evaluate(s *Screener, examples []Example) Quality {
	q := Quality{Lexicon: s.lex.version, Examples: len(examples), Total: GroundQuality{Ground: "totaal"}}
	idx := map[string]int{}
	for i, g := range catalog.Default().Grounds.Codes() {
		idx[g] = i
		q.Grounds = append(q.Grounds, GroundQuality{Ground: g})
	}
	labels := map[string]*GroundQuality{}
	label := func(name string) *GroundQuality {
		if labels[name] == nil {
			labels[name] = &GroundQuality{Ground: name}
		}
		return labels[name]
	}
	for _, ex := range examples {
		res := s.Screen(ex.Text)
		any, strong := map[string]bool{}, map[string]bool{}
		for _, h := range res.Hits {
			for _, g := range h.Grounds {
				any[g] = res.Flagged
				if h.Score >= StrongScore {
					strong[g] = true
				}
			}
		}
		isStrong := res.Score >= StrongScore
		var parts []*GroundQuality
		if ex.Label != "" {
			for _, p := range strings.Split(ex.Label, "/") {
				parts = append(parts, label(p))
			}
		}
		if len(ex.Grounds) == 0 {
			q.Total.Negatives++
			for _, l := range parts {
				l.Negatives++
			}
			if res.Flagged {
				q.Total.FalseHits++
				q.Flagged = append(q.Flagged, ex)
				for _, l := range parts {
					l.FalseHits++
				}
			}
			if isStrong {
				q.Total.FalseStrong++
				for _, l := range parts {
					l.FalseStrong++
				}
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
		for _, l := range parts {
			l.Positives++
		}
		if res.Flagged {
			q.Total.Found++
			for _, l := range parts {
				l.Found++
			}
		}
		if isStrong {
			q.Total.FoundStrong++
			for _, l := range parts {
				l.FoundStrong++
			}
		}
		missed := !res.Flagged
		for _, c := range ex.Grounds {
			g := &q.Grounds[idx[c]]
			g.Positives++
			if any[c] {
				g.Found++
			} else {
				missed = true
			}
			if strong[c] && isStrong {
				g.FoundStrong++
			}
		}
		if missed {
			q.Missed = append(q.Missed, ex)
		}
	}
	for _, l := range labels {
		q.Labels = append(q.Labels, *l)
	}
	sort.Slice(q.Labels, func(i, j int) bool { return q.Labels[i].Ground < q.Labels[j].Ground })
	return q
}

// WriteTable prints the quality as a plain-text table: per ground, in total, and per label.
func (q Quality) WriteTable(w io.Writer) {
	fmt.Fprintf(w, "lexicon %s, %d examples; recall and negatives flagged at flagged (score >= %d) and at score >= %d\n", q.Lexicon, q.Examples, FlagScore, StrongScore)
	fmt.Fprintf(w, "%-22s %5s %8s %8s %5s %8s %8s\n", "ground", "pos", "recall", ">=50", "neg", "negflag", ">=50")
	rows := append(append([]GroundQuality(nil), q.Grounds...), q.Total)
	if len(q.Labels) > 0 {
		rows = append(append(rows, GroundQuality{Ground: "-- per label"}), q.Labels...)
	}
	for _, g := range rows {
		if strings.HasPrefix(g.Ground, "--") {
			fmt.Fprintln(w, g.Ground)
			continue
		}
		ra, rs := g.Recall()
		fa, fs := g.NegativesFlagged()
		fmt.Fprintf(w, "%-22s %5d %7.1f%% %7.1f%% %5d %7.1f%% %7.1f%%\n", g.Ground, g.Positives, 100*ra, 100*rs, g.Negatives, 100*fa, 100*fs)
	}
}
