package screen

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// benchText returns about n bytes of Dutch registration-like text, with a hit now and then.
func benchText(n int, hitRate float64) string {
	rng := rand.New(rand.NewPCG(7, 8))
	words := strings.Fields("de het een en van in op met voor aan door bij naar over onder tegen melder verdachte " +
		"politie woning auto fiets straat avond ochtend inbraak diefstal aangifte hij zij zijn haar werd heeft had " +
		"was is niet ook nog toen daarna agent collega ter plaatse verklaarde dat weggenomen gebroken deur raam " +
		"slachtoffer getuige camerabeelden ongeveer uur centrum winkel buurman man vrouw jongen meisje lengte " +
		"kleding jas broek schoenen grijze blauwe telefoon portemonnee scooter gestolen geschopt geslagen bedreigd " +
		"i.v.m. 12:30 2024 06-12345678 één café België")
	hits := strings.Fields("Turkse Marokkaanse kankerjood flikker k.a.n.k.e.r moslim hakenkruis")
	var b strings.Builder
	for b.Len() < n {
		if rng.Float64() < hitRate {
			b.WriteString(hits[rng.IntN(len(hits))])
		} else {
			b.WriteString(words[rng.IntN(len(words))])
		}
		b.WriteByte(' ')
	}
	return b.String()
}

func benchmarkScreen(b *testing.B, hitRate float64) {
	s := defaultScreener(b)
	// Registration-sized texts of about 2 KB.
	var texts []string
	all := benchText(4<<20, hitRate)
	for i := 0; i+2048 <= len(all); i += 2048 {
		texts = append(texts, all[i:i+2048])
	}
	b.SetBytes(int64(len(texts) * 2048))
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			s.Screen(t)
		}
	}
}

// BenchmarkScreenClean: texts without hits (the common case), fast scan only.
func BenchmarkScreenClean(b *testing.B) { benchmarkScreen(b, 0) }

// BenchmarkScreenSomeHits: about one text in three has a hit and is matched exactly.
func BenchmarkScreenSomeHits(b *testing.B) { benchmarkScreen(b, 0.0015) }

// BenchmarkScreenManyHits: every text has hits.
func BenchmarkScreenManyHits(b *testing.B) { benchmarkScreen(b, 0.02) }

// BenchmarkNormalize: the exact normaliser alone.
func BenchmarkNormalize(b *testing.B) {
	text := benchText(64<<10, 0)
	var n normalizer
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		n.normalize(text)
	}
}

// BenchmarkBuild10k builds the automaton of a 10,000-term lexicon and reports its size.
func BenchmarkBuild10k(b *testing.B) {
	lex := syntheticLexicon(b, 10000)
	var s *Screener
	for b.Loop() {
		s = New(lex)
	}
	b.ReportMetric(float64(s.AutomatonSize())/(1<<20), "MB")
}
