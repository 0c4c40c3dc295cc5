package synth

import (
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"stelsel/catalog"
)

func TestDeterministic(t *testing.T) {
	a, b := New(Options{Seed: 7}), New(Options{Seed: 7})
	for i := 0; i < 300; i++ {
		if ra, rb := a.Record(i), b.Record(i); !reflect.DeepEqual(ra, rb) {
			t.Fatalf("Record(%d) differs between two generators with seed 7:\n%+v\n%+v", i, ra, rb)
		}
	}
	// Order does not matter: each record depends on its index only.
	for i := 299; i >= 0; i -= 7 {
		if ra, rb := a.Record(i), New(Options{Seed: 7}).Record(i); !reflect.DeepEqual(ra, rb) {
			t.Fatalf("Record(%d) depends on what was generated before", i)
		}
	}
	c := New(Options{Seed: 8})
	same := 0
	for i := 0; i < 300; i++ {
		if a.Record(i).Text == c.Record(i).Text {
			same++
		}
	}
	if same > 0 {
		t.Errorf("seeds 7 and 8 gave %d identical texts out of 300, want 0", same)
	}
}

// sample is one 100k-record sample shared by the tests that need it.
var sample = sync.OnceValue(func() []Record {
	g := New(Options{Seed: 42})
	recs := make([]Record, 100_000)
	var wg sync.WaitGroup
	const workers = 8
	for w := range workers {
		wg.Go(func() {
			for i := w; i < len(recs); i += workers {
				recs[i] = g.Record(i)
			}
		})
	}
	wg.Wait()
	return recs
})

func TestSampleShares(t *testing.T) {
	recs := sample()
	cat := catalog.Default()
	grounds, manifs, inds := map[string]int{}, map[string]int{}, map[string]int{}
	disc, near, codis := 0, 0, 0
	for _, r := range recs {
		l := r.Label
		if l.NearMiss {
			near++
			if l.Discriminatory {
				t.Fatalf("%s: near-miss labelled discriminatory", r.Number)
			}
		}
		if !l.Discriminatory {
			if l.Kind != catalog.DecisionNotDiscrimination || len(l.Grounds) > 0 || l.Manifestation != "" {
				t.Fatalf("%s: non-discriminatory label %+v", r.Number, l)
			}
			continue
		}
		disc++
		if l.Kind == catalog.DecisionCodis {
			codis++
		} else if l.Kind != catalog.DecisionDiscrimination {
			t.Fatalf("%s: kind %q", r.Number, l.Kind)
		}
		if len(l.Grounds) == 0 {
			t.Fatalf("%s: discriminatory without ground", r.Number)
		}
		for _, g := range l.Grounds {
			if !cat.Grounds.Has(g) {
				t.Fatalf("%s: unknown ground %q", r.Number, g)
			}
			grounds[g]++
		}
		if !cat.Manifestations.Has(l.Manifestation) {
			t.Fatalf("%s: unknown manifestation %q", r.Number, l.Manifestation)
		}
		manifs[l.Manifestation]++
		for _, in := range l.Indications {
			if !cat.Indications.Has(in) {
				t.Fatalf("%s: unknown indication %q", r.Number, in)
			}
			inds[in]++
		}
	}
	if share := float64(disc) / float64(len(recs)); share < 0.0022 || share > 0.0038 {
		t.Errorf("discriminatory share = %.4f (%d), want 0.003 +- 0.0008", share, disc)
	}
	if share := float64(near) / float64(len(recs)); share < 0.03 || share > 0.05 {
		t.Errorf("near-miss share = %.4f, want about 0.04", share)
	}
	if codis == 0 || codis == disc {
		t.Errorf("codis = %d of %d discriminatory, want some but not all", codis, disc)
	}
	for _, code := range cat.Grounds.Codes() {
		if grounds[code] == 0 {
			t.Errorf("ground %q never appears in %d records (counts %v)", code, len(recs), grounds)
		}
	}
	for _, code := range cat.Manifestations.Codes() {
		if manifs[code] == 0 {
			t.Errorf("manifestation %q never appears (counts %v)", code, manifs)
		}
	}
	for _, code := range cat.Indications.Codes() {
		if inds[code] == 0 {
			t.Errorf("indication %q never appears (counts %v)", code, inds)
		}
	}
	t.Logf("discriminatory %d, near-miss %d, codis %d; grounds %v; manifestations %v; indications %v",
		disc, near, codis, grounds, manifs, inds)
}

func TestSampleFields(t *testing.T) {
	recs := sample()
	cat := catalog.Default()
	from := DefaultReference.AddDate(-2, 0, 0)
	numbers := make(map[string]bool, len(recs))
	kinds := map[string]int{}
	for _, r := range recs {
		if numbers[r.Number] {
			t.Fatalf("duplicate registration number %s", r.Number)
		}
		numbers[r.Number] = true
		if !strings.HasPrefix(r.Number, "PL") || len(r.Number) != len("PL1503-20251114767") {
			t.Fatalf("number %q does not look like PL1503-20251114767", r.Number)
		}
		kinds[r.Kind]++
		u, ok := cat.Unit(r.Unit)
		if !ok {
			t.Fatalf("%s: unknown unit %q", r.Number, r.Unit)
		}
		found := false
		for _, team := range u.Teams {
			found = found || team == r.Team
		}
		if !found {
			t.Fatalf("%s: team %q is not in unit %s", r.Number, r.Team, r.Unit)
		}
		if r.Municipality == "" || r.IncidentCode == "" || r.Description == "" {
			t.Fatalf("%s: empty field in %+v", r.Number, r)
		}
		if r.RegisteredAt.Before(r.CommittedAt) {
			t.Fatalf("%s: registered %v before committed %v", r.Number, r.RegisteredAt, r.CommittedAt)
		}
		if r.CommittedAt.Before(from) || !r.CommittedAt.Before(DefaultReference) {
			t.Fatalf("%s: committed %v outside the default period", r.Number, r.CommittedAt)
		}
		if n := len(r.Text); n < 500 || n > 5000 {
			t.Fatalf("%s: text of %d bytes, want 500-5000:\n%s", r.Number, n, r.Text)
		}
	}
	for _, k := range kindNames {
		if kinds[k] < len(recs)/10 {
			t.Errorf("kind %q: %d records, want at least 10%%", k, kinds[k])
		}
	}
}

// TestTextsVary checks that the grammar makes texts that differ in their sentences, not only
// in names: a fixed set of strings with swapped names would fail.
func TestTextsVary(t *testing.T) {
	recs := sample()[:20_000]
	sentences := map[string]bool{}
	total := 0
	texts := map[string]bool{}
	var sizes [5]int
	for _, r := range recs {
		texts[r.Text] = true
		sizes[min(len(r.Text)/1000, 4)]++
		for s := range strings.SplitSeq(r.Text, ". ") {
			sentences[s] = true
			total++
		}
	}
	if ratio := float64(len(texts)) / float64(len(recs)); ratio < 0.999 {
		t.Errorf("distinct texts = %.4f of all, want > 0.999", ratio)
	}
	if ratio := float64(len(sentences)) / float64(total); ratio < 0.3 {
		t.Errorf("distinct sentences = %.3f of %d, want > 0.3", ratio, total)
	}
	for k, n := range sizes {
		if n == 0 {
			t.Errorf("no texts of %d-%d KB", k, k+1)
		}
	}
	t.Logf("distinct sentences %d of %d; sizes per KB %v", len(sentences), total, sizes)
}

func TestOptions(t *testing.T) {
	from := time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)
	to := time.Date(2024, 7, 1, 0, 0, 0, 0, time.UTC)
	g := New(Options{Seed: 3, Share: -1, NearMiss: -1, From: from, To: to})
	for i := range 2000 {
		r := g.Record(i)
		if r.Label.Discriminatory || r.Label.NearMiss {
			t.Fatalf("Record(%d) with shares off: label %+v", i, r.Label)
		}
		if r.CommittedAt.Before(from) || !r.CommittedAt.Before(to) {
			t.Fatalf("Record(%d) committed %v outside [%v, %v)", i, r.CommittedAt, from, to)
		}
	}
	g = New(Options{Seed: 3, Share: 0.5})
	n := 0
	for i := range 2000 {
		if g.Record(i).Label.Discriminatory {
			n++
		}
	}
	if n < 900 || n > 1100 {
		t.Errorf("Share 0.5: %d of 2000 discriminatory", n)
	}
}

// TestDiscriminatoryTexts checks that the text of a discriminatory record carries what the
// label says: a statement, a refusal or a mark.
func TestDiscriminatoryTexts(t *testing.T) {
	g := New(Options{Seed: 5, Share: 1})
	for i := range 3000 {
		r := g.Record(i)
		if !r.Label.Discriminatory {
			t.Fatalf("Share 1: Record(%d) not discriminatory", i)
		}
		if strings.Contains(r.Text, "{") || strings.Contains(r.Text, "\"\"") {
			t.Fatalf("Record(%d): unfilled slot or empty quote:\n%s", i, r.Text)
		}
	}
}

func TestPermute(t *testing.T) {
	seen := make(map[uint64]bool, 1<<16)
	for i := range uint64(1 << 16) {
		p := permute(i, 99)
		if p >= 10_000_000 || seen[p] {
			t.Fatalf("permute(%d) = %d: out of range or repeated", i, p)
		}
		seen[p] = true
	}
}

func BenchmarkRecord(b *testing.B) {
	g := New(Options{Seed: 1})
	n := 0
	for i := 0; b.Loop(); i++ {
		n += len(g.Record(i).Text)
	}
	b.SetBytes(int64(n / max(b.N, 1)))
}

func BenchmarkRecordParallel(b *testing.B) {
	g := New(Options{Seed: 1})
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			g.Record(i)
			i++
		}
	})
}
