package synth

import "testing"

// TestPublishedShares: the synthetic incidents follow the shares of the published police
// figures (DOMAIN.md 1a), so that the demo's figures look like the real ones. A larger
// share of discriminatory records gives enough incidents to measure.
func TestPublishedShares(t *testing.T) {
	g := New(Options{Seed: 7, Share: 0.5, NearMiss: -1})
	const n = 6000
	ground, manif := map[string]int{}, map[string]int{}
	inc := 0
	for i := range n {
		r := g.Record(i)
		if !r.Label.Discriminatory {
			continue
		}
		inc++
		for _, gr := range r.Label.Grounds {
			ground[gr]++
		}
		manif[r.Label.Manifestation]++
	}
	share := func(k int) float64 { return 100 * float64(k) / float64(inc) }
	for _, c := range []struct {
		name     string
		got      float64
		lo, high float64
	}{
		{"herkomst", share(ground["herkomst"]), 42, 48},
		{"seksuele gerichtheid", share(ground["seksuele_gerichtheid"]), 27, 33},
		{"antisemitisme", share(ground["antisemitisme"]), 7, 11},
		{"geweld", share(manif["geweld"]), 11, 17},
	} {
		if c.got < c.lo || c.got > c.high {
			t.Errorf("%s: %.1f%% of %d incidents, want %.0f-%.0f%%", c.name, c.got, inc, c.lo, c.high)
		}
	}
}
