package web

import (
	"slices"
	"strings"
	"unicode/utf8"

	"stelsel/registration"
	"stelsel/screen"
)

// segment is a piece of a registration text: plain, or covered by one or more hits.
// Segments are rendered by html/template, so the text is escaped however it looks.
type segment struct {
	Text string
	Hits []int // indexes into the hit list, in order
	// Ends lists the hits that end with this segment; their label follows it.
	Ends   []int
	Strong bool
}

// highlight cuts text into segments at every hit boundary. Offsets are byte offsets;
// ones outside the text or inside a UTF-8 sequence are moved to the nearest rune start,
// and empty or inverted hits are skipped, so a bad offset can never split a character or
// drop text.
func highlight(text string, hits []registration.Hit) []segment {
	type span struct{ start, end int }
	spans := make([]span, len(hits))
	cuts := []int{0, len(text)}
	for i, h := range hits {
		s, e := runeStart(text, h.Start), runeStart(text, h.End)
		spans[i] = span{s, e}
		if s < e {
			cuts = append(cuts, s, e)
		}
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	var out []segment
	for i := 0; i+1 < len(cuts); i++ {
		a, b := cuts[i], cuts[i+1]
		seg := segment{Text: text[a:b]}
		for j, sp := range spans {
			if sp.start < sp.end && sp.start <= a && b <= sp.end {
				seg.Hits = append(seg.Hits, j)
				if sp.end == b {
					seg.Ends = append(seg.Ends, j)
				}
				if hits[j].Strength == screen.Strong {
					seg.Strong = true
				}
			}
		}
		// Merge plain neighbours and neighbours covered by the same hits.
		if n := len(out); n > 0 && slices.Equal(out[n-1].Hits, seg.Hits) && len(out[n-1].Ends) == 0 {
			out[n-1].Text += seg.Text
			out[n-1].Ends = seg.Ends
			continue
		}
		out = append(out, seg)
	}
	return out
}

// runeStart clamps a byte offset into text and moves it back to the start of its rune.
func runeStart(text string, off int) int {
	off = max(0, min(off, len(text)))
	for off > 0 && off < len(text) && !utf8.RuneStart(text[off]) {
		off--
	}
	return off
}

// hitLabel is the short label after a highlighted hit: its term and grounds.
func hitLabel(h registration.Hit) string {
	labels := make([]string, len(h.Grounds))
	for i, g := range h.Grounds {
		labels[i] = cat.Grounds.Label(g)
	}
	if len(labels) == 0 {
		return h.Term
	}
	return h.Term + " · " + strings.Join(labels, ", ")
}
