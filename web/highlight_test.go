package web

import (
	"strings"
	"testing"

	"stelsel/registration"
)

func TestHighlight(t *testing.T) {
	text := "Hij riep vuile nikker en jood, daarna café."
	hits := []registration.Hit{
		{Term: "nikker", Grounds: []string{"herkomst"}, Start: strings.Index(text, "nikker"), End: strings.Index(text, "nikker") + 6},
		{Term: "vuile nikker", Start: strings.Index(text, "vuile"), End: strings.Index(text, "nikker") + 6},
		{Term: "jood", Start: strings.Index(text, "jood"), End: strings.Index(text, "jood") + 4},
		{Term: "bad", Start: 50, End: 40},                                       // inverted and outside: skipped
		{Term: "mid-rune", Start: strings.Index(text, "é") + 1, End: len(text)}, // starts inside é
	}
	segs := highlight(text, hits)
	var joined strings.Builder
	for _, s := range segs {
		joined.WriteString(s.Text)
	}
	if joined.String() != text {
		t.Fatalf("segments join to %q, want the text back", joined.String())
	}
	want := []struct {
		text string
		hits int
	}{{"Hij riep ", 0}, {"vuile ", 1}, {"nikker", 2}, {" en ", 0}, {"jood", 1}, {", daarna caf", 0}, {"é.", 1}}
	if len(segs) != len(want) {
		t.Fatalf("highlight = %+v, want %d segments", segs, len(want))
	}
	for i, w := range want {
		if segs[i].Text != w.text || len(segs[i].Hits) != w.hits {
			t.Errorf("segment %d = %q with %d hits, want %q with %d", i, segs[i].Text, len(segs[i].Hits), w.text, w.hits)
		}
	}
	if got := segs[2].Ends; len(got) != 2 {
		t.Errorf("segment 'nikker' ends %v, want both hits ending there", got)
	}
}

func FuzzHighlight(f *testing.F) {
	f.Add("vuile nikker", 6, 12, 0, 5)
	f.Add("café ü", 3, 4, 5, 100)
	f.Fuzz(func(t *testing.T, text string, s1, e1, s2, e2 int) {
		segs := highlight(text, []registration.Hit{{Start: s1, End: e1}, {Start: s2, End: e2}})
		var b strings.Builder
		for _, s := range segs {
			b.WriteString(s.Text)
		}
		if b.String() != text {
			t.Fatalf("highlight(%q) lost text: %q", text, b.String())
		}
	})
}
