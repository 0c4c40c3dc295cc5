package registration

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"
)

// The re-ranking model (issue 11.5): a logistic regression on the features of a
// registration's hits, trained on the analysts' decisions, that estimates the chance
// that a flagged registration is decided discriminatory. It is pure Go and small: a
// weight per feature, named, so each registration's ranking can be explained as the sum
// of its features times their weights. This file holds the model; rerank.go trains,
// measures, stores and switches it on.

// rankFeatures are the fixed features of every model; term features ("term:X") are added
// per model for the terms and rules common in its training decisions.
var rankFeatures = []string{"score", "sterk", "zwak", "regel", "termen"}

// RankModel is a trained model: feature names and weights (the first weight is the
// intercept, named "basis").
type RankModel struct {
	Names   []string  `json:"kenmerken"`
	Weights []float64 `json:"gewichten"`
}

// Version is the first 12 hex digits of the SHA-256 of the model's JSON: any change of
// a weight gives a new version.
func (m *RankModel) Version() string {
	b, _ := json.Marshal(m)
	sum := sha256.Sum256(b)
	return "rang@" + hex.EncodeToString(sum[:6])
}

// features returns the feature values of a registration's hits in the order of names.
func features(names []string, hits []Hit) []float64 {
	x := make([]float64, len(names))
	var maxScore, strong, weak, rules int
	terms := map[string]bool{}
	grounds := map[string]bool{}
	for _, h := range hits {
		maxScore = max(maxScore, h.Score)
		switch {
		case h.Mode == "rule":
			rules++
		case h.Strength == "strong":
			strong++
		default:
			weak++
		}
		terms[h.Term] = true
		for _, g := range h.Grounds {
			grounds[g] = true
		}
	}
	for i, n := range names {
		switch {
		case n == "basis":
			x[i] = 1
		case n == "score":
			x[i] = float64(maxScore) / 100
		case n == "sterk":
			x[i] = float64(min(strong, 5)) / 5
		case n == "zwak":
			x[i] = float64(min(weak, 5)) / 5
		case n == "regel":
			x[i] = float64(min(rules, 5)) / 5
		case n == "termen":
			x[i] = float64(min(len(terms), 10)) / 10
		case strings.HasPrefix(n, "grond:"):
			if grounds[n[len("grond:"):]] {
				x[i] = 1
			}
		case strings.HasPrefix(n, "term:"):
			if terms[n[len("term:"):]] {
				x[i] = 1
			}
		}
	}
	return x
}

// Predict returns the model's chance that a registration with these hits is decided
// discriminatory.
func (m *RankModel) Predict(hits []Hit) float64 {
	return sigmoid(dot(m.Weights, features(m.Names, hits)))
}

// Contribution is one feature's part in a registration's ranking.
type Contribution struct {
	Feature string  `json:"kenmerk"`
	Value   float64 `json:"waarde"`
	Weight  float64 `json:"gewicht"`
	Effect  float64 `json:"bijdrage"` // Value x Weight, in log-odds
}

// Explain returns the features that count for a registration, largest effect first.
func (m *RankModel) Explain(hits []Hit) []Contribution {
	x := features(m.Names, hits)
	var out []Contribution
	for i, n := range m.Names {
		if x[i] != 0 {
			out = append(out, Contribution{Feature: n, Value: x[i], Weight: m.Weights[i], Effect: x[i] * m.Weights[i]})
		}
	}
	slices.SortStableFunc(out, func(a, b Contribution) int {
		return -cmpFloat(math.Abs(a.Effect), math.Abs(b.Effect))
	})
	return out
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

func dot(w, x []float64) float64 {
	s := 0.0
	for i := range w {
		s += w[i] * x[i]
	}
	return s
}

// example is one decided registration for training or measuring.
type example struct {
	number   string
	hits     []Hit
	priority int  // the queue's own ranking
	positive bool // decided discrimination or codis
}

// trainModel fits the weights by full-batch gradient descent on the log loss with an L2
// penalty (not on the intercept). It is deterministic: the same examples give the same
// weights.
func trainModel(names []string, train []example) *RankModel {
	m := &RankModel{Names: names, Weights: make([]float64, len(names))}
	xs := make([][]float64, len(train))
	for i, e := range train {
		xs[i] = features(names, e.hits)
	}
	const (
		steps = 2000
		rate  = 0.5
		l2    = 0.01
	)
	grad := make([]float64, len(names))
	n := float64(len(train))
	for range steps {
		clear(grad)
		for i, e := range train {
			y := 0.0
			if e.positive {
				y = 1
			}
			d := sigmoid(dot(m.Weights, xs[i])) - y
			for j, v := range xs[i] {
				grad[j] += d * v
			}
		}
		for j := range m.Weights {
			g := grad[j] / n
			if names[j] != "basis" {
				g += l2 * m.Weights[j]
			}
			m.Weights[j] -= rate * g
		}
	}
	for j := range m.Weights {
		m.Weights[j] = math.Round(m.Weights[j]*1e6) / 1e6 // a stable version across platforms
	}
	return m
}

// ranking measures a ranking of examples by score: the average precision (the mean of
// the precision at each discriminatory registration, going down the ranking) and the
// area under the ROC curve (the chance that a discriminatory registration ranks above a
// non-discriminatory one, ties counting half).
func ranking(ex []example, score func(example) float64) (ap, auc float64) {
	type sc struct {
		s   float64
		pos bool
		num string
	}
	l := make([]sc, len(ex))
	for i, e := range ex {
		l[i] = sc{score(e), e.positive, e.number}
	}
	slices.SortFunc(l, func(a, b sc) int {
		if c := -cmpFloat(a.s, b.s); c != 0 {
			return c
		}
		return strings.Compare(a.num, b.num)
	})
	pos, sum := 0, 0.0
	for i, x := range l {
		if x.pos {
			pos++
			sum += float64(pos) / float64(i+1)
		}
	}
	neg := len(l) - pos
	if pos == 0 || neg == 0 {
		return 0, 0
	}
	ap = sum / float64(pos)
	// AUC by ranks: pairs (positive above negative), ties half.
	var wins float64
	for i := 0; i < len(l); {
		j := i
		var p, q int
		for j < len(l) && l[j].s == l[i].s {
			if l[j].pos {
				p++
			} else {
				q++
			}
			j++
		}
		// negatives below this tie group
		below := 0
		for k := j; k < len(l); k++ {
			if !l[k].pos {
				below++
			}
		}
		wins += float64(p)*float64(below) + 0.5*float64(p)*float64(q)
		i = j
	}
	return ap, wins / (float64(pos) * float64(neg))
}

// heldOut reports whether a decided registration is kept out of training to measure the
// model: a fifth of the numbers, by their hash, so the split does not change as
// decisions are added.
func heldOut(number string) bool {
	sum := sha256.Sum256([]byte("rangschikking\x00" + number))
	return sum[0] < 52
}

// modelNames returns the features of a model trained on train: the fixed ones, a ground
// indicator per ground in grounds, and a term indicator per term or rule found in at
// least minTermDecisions training decisions (at most maxTermFeatures, most common first).
func modelNames(grounds []string, train []example) []string {
	names := append([]string{"basis"}, rankFeatures...)
	for _, g := range grounds {
		names = append(names, "grond:"+g)
	}
	count := map[string]int{}
	for _, e := range train {
		seen := map[string]bool{}
		for _, h := range e.hits {
			if !seen[h.Term] {
				seen[h.Term] = true
				count[h.Term]++
			}
		}
	}
	var terms []string
	for t, n := range count {
		if n >= minTermDecisions {
			terms = append(terms, t)
		}
	}
	slices.SortFunc(terms, func(a, b string) int {
		if count[a] != count[b] {
			return count[b] - count[a]
		}
		return strings.Compare(a, b)
	})
	for _, t := range terms[:min(len(terms), maxTermFeatures)] {
		names = append(names, "term:"+t)
	}
	return names
}

const (
	minTermDecisions = 5
	maxTermFeatures  = 40
)

// String describes a model's measurement for people.
func (r ModelRun) String() string {
	return fmt.Sprintf("%s: getraind op %d, gemeten op %d achtergehouden beoordelingen; gemiddelde precisie %.3f -> %.3f, AUC %.3f -> %.3f",
		r.Version, r.Train, r.HeldOut, r.APBefore, r.APAfter, r.AUCBefore, r.AUCAfter)
}
