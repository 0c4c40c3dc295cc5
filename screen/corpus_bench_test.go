package screen

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
)

// BenchmarkScreenCorpus screens the texts of a JSON Lines file such as the one
// bench/screen/run.sh generates: STELSEL_BENCH_CORPUS=FILE (field "tekst", or
// STELSEL_BENCH_FIELD). Skipped without it.
func BenchmarkScreenCorpus(b *testing.B) {
	path := os.Getenv("STELSEL_BENCH_CORPUS")
	if path == "" {
		b.Skip("STELSEL_BENCH_CORPUS not set")
	}
	field := os.Getenv("STELSEL_BENCH_FIELD")
	if field == "" {
		field = "tekst"
	}
	fh, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer fh.Close()
	var texts []string
	size := 0
	sc := bufio.NewScanner(fh)
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		var rec map[string]any
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			b.Fatal(err)
		}
		t, _ := rec[field].(string)
		texts = append(texts, t)
		size += len(t)
	}
	if err := sc.Err(); err != nil {
		b.Fatal(err)
	}
	s := defaultScreener(b)
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			s.Screen(t)
		}
	}
}
