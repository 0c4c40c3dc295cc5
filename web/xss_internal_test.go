package web

import (
	"bytes"
	"strings"
	"testing"

	"stelsel/access"
	"stelsel/registration"
)

// TestTemplatesEscapeHitsAndTerms renders the registration page with hostile values in
// the places the screening engine and the lexicon fill: a hit's term, match and mode.
func TestTemplatesEscapeHitsAndTerms(t *testing.T) {
	pages, err := parsePages()
	if err != nil {
		t.Fatal(err)
	}
	const bad = `"><img src=x onerror=alert(1)><script>alert(2)</script>`
	text := "begin " + bad + " eind"
	h := registration.Hit{Term: bad, Match: bad, Mode: bad, Grounds: []string{bad}, Start: 6, End: 6 + len(bad)}
	d := &registration.Detail{Registration: registration.Registration{Number: "2026-DH-1", Text: text, Team: bad}, Hits: []registration.Hit{h}}
	p := page{Title: "t", Actor: access.Actor{Username: "a", Role: access.RoleAnalyst}, Data: detailPage{D: d, Segments: highlight(text, d.Hits),
		Labels: []string{hitLabel(h)}, Cat: cat, CanDecide: true, Errors: map[string]string{"motivering": bad}}}
	var buf bytes.Buffer
	if err := pages["registration.html"].ExecuteTemplate(&buf, "layout.html", p); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, raw := range []string{"<img src=x", "<script>alert(2)"} {
		if strings.Contains(out, raw) {
			t.Errorf("registration page contains %q unescaped", raw)
		}
	}
	if n := strings.Count(out, "&lt;script&gt;alert(2)&lt;/script&gt;"); n < 4 {
		t.Errorf("the hostile value shows escaped %d times, want it in the text, the label, the term and the match", n)
	}
}
