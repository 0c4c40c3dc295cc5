package synth

import (
	"fmt"
	"math/bits"
	"math/rand/v2"
	"strings"
)

// The narrative grammar is a tiny template language, compiled once at start-up:
//
//	{slot}     a slot filled from the story (a name, a street, a time ...); a slot name that
//	           starts with a capital letter capitalises the first letter of what it writes
//	[a|b|c]    a choice between alternatives, each itself a template; [a|] makes a optional
//
// Everything else is literal text. Choices nest, so one line of template stands for
// thousands of sentences.

// node is one element of a compiled template: literal text, a slot, or a choice.
type node struct {
	lit   string
	slot  slotID
	upper bool
	alts  []tmpl
}

// tmpl is a compiled template.
type tmpl []node

// compile parses a template and panics on a syntax error or an unknown slot: templates are
// program text, and the package tests compile every one of them.
func compile(src string) tmpl {
	t, rest := parseSeq(src, src, false)
	if rest != "" {
		panic(fmt.Sprintf("synth: template %q: unexpected %q", src, rest))
	}
	return t
}

// compileAll compiles a list of templates.
func compileAll(srcs ...string) []tmpl {
	out := make([]tmpl, len(srcs))
	for i, s := range srcs {
		out[i] = compile(s)
	}
	return out
}

func parseSeq(full, s string, inChoice bool) (tmpl, string) {
	var t tmpl
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			t = append(t, node{lit: lit.String()})
			lit.Reset()
		}
	}
	for len(s) > 0 {
		c := s[0]
		switch {
		case c == '{':
			end := strings.IndexByte(s, '}')
			if end < 0 {
				panic(fmt.Sprintf("synth: template %q: unclosed {", full))
			}
			name := s[1:end]
			id, ok := slotNames[strings.ToLower(name[:1])+name[1:]]
			if !ok {
				panic(fmt.Sprintf("synth: template %q: unknown slot %q", full, name))
			}
			flush()
			t = append(t, node{slot: id, upper: name[0] >= 'A' && name[0] <= 'Z'})
			s = s[end+1:]
		case c == '[':
			flush()
			var alts []tmpl
			s = s[1:]
			for {
				var alt tmpl
				alt, s = parseSeq(full, s, true)
				alts = append(alts, alt)
				if s == "" {
					panic(fmt.Sprintf("synth: template %q: unclosed [", full))
				}
				if s[0] == ']' {
					s = s[1:]
					break
				}
				s = s[1:] // '|'
			}
			t = append(t, node{alts: alts})
		case inChoice && (c == '|' || c == ']'):
			flush()
			return t, s
		default:
			lit.WriteByte(c)
			s = s[1:]
		}
	}
	flush()
	return t, s
}

// rng is a PCG source with the few helpers the generator needs, kept as a value so that a
// record costs no allocation for its randomness.
type rng struct{ p rand.PCG }

func (r *rng) seed(a, b uint64) { r.p.Seed(a, b) }

// intn returns a number in [0, n) (Lemire's multiply-shift; the bias is far below what a
// synthetic data set could show).
func (r *rng) intn(n int) int {
	hi, _ := bits.Mul64(r.p.Uint64(), uint64(n))
	return int(hi)
}

// between returns a number in [lo, hi].
func (r *rng) between(lo, hi int) int { return lo + r.intn(hi-lo+1) }

// float returns a number in [0, 1).
func (r *rng) float() float64 { return float64(r.p.Uint64()>>11) / (1 << 53) }

// chance reports true with probability p.
func (r *rng) chance(p float64) bool { return r.float() < p }

// pick returns a random element of list.
func pick[T any](r *rng, list []T) T { return list[r.intn(len(list))] }

// weighted returns an index drawn by the cumulative weights cum (last element = total).
func (r *rng) weighted(cum []float64) int {
	x := r.float() * cum[len(cum)-1]
	for i, c := range cum {
		if x < c {
			return i
		}
	}
	return len(cum) - 1
}

// cumulative turns weights into cumulative sums for rng.weighted.
func cumulative(w []float64) []float64 {
	out := make([]float64, len(w))
	sum := 0.0
	for i, x := range w {
		sum += x
		out[i] = sum
	}
	return out
}

// splitmix64 spreads an index over the whole seed space so neighbouring records get
// unrelated random streams.
func splitmix64(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}
