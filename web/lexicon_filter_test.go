package web_test

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"stelsel/db/dbtest"
	"stelsel/screen"
)

// TestLexiconPageFilters: the lexicon page shows the terms a page at a time, filters them
// by text, ground, strength and class, orders them by hits, and refuses an unknown
// filter value naming the field.
func TestLexiconPageFilters(t *testing.T) {
	const perPage = 200
	e := newEnv(t, dbtest.SQLite(t), withRegistrations(t))
	lex, err := screen.DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	all := lex.Entries()
	rows := regexp.MustCompile(`(?s)<table class="lijst" id="lexicon">.*?</table>`)
	countRows := func(body string) int { return strings.Count(rows.FindString(body), "<tr><td>") }
	ana := e.login("ana")

	first := ana.get("/lexicon")
	if first.code != 200 || countRows(first.body) != min(len(all), perPage) {
		t.Fatalf("GET /lexicon = %d with %d rows, want %d", first.code, countRows(first.body), min(len(all), perPage))
	}
	if len(all) > perPage {
		next := regexp.MustCompile(`href="(/lexicon\?positie=\d+)">Volgende pagina`).FindStringSubmatch(first.body)
		if next == nil {
			t.Fatalf("the first page has no link to the next")
		}
		second := ana.get(strings.ReplaceAll(next[1], "&amp;", "&"))
		if !strings.Contains(second.body, fmt.Sprintf("Kernwoord %d–", perPage+1)) || !strings.Contains(second.body, "Vorige pagina") {
			t.Errorf("the second page does not start at %d or has no way back", perPage+1)
		}
	}

	// Strong antisemitism terms: the count equals the lexicon's.
	want := 0
	for _, en := range all {
		if en.Strength == "strong" && slices.Contains(en.Grounds, "antisemitisme") {
			want++
		}
	}
	r := ana.get("/lexicon?grond=antisemitisme&sterkte=strong")
	if r.code != 200 || !strings.Contains(r.body, fmt.Sprintf("van %s die aan het filter voldoen", dutchCount(want))) {
		t.Errorf("filter on ground and strength: %d, want %d terms named:\n%s", r.code, want, between(r.body, `id="lexicon-aantal"`, 200))
	}
	if strings.Contains(rows.FindString(r.body), "<td>zwak</td>") {
		t.Errorf("filter on strong shows weak terms")
	}

	// A search finds a term by a part of it; a class keeps its members only.
	if r := ana.get("/lexicon?zoek=ROKKAN"); !strings.Contains(rows.FindString(r.body), "<td>marokkan</td>") {
		t.Errorf("a search for part of a term, in capitals, does not show it:\n%.600s", rows.FindString(r.body))
	}
	members := 0
	for _, en := range all {
		if slices.Contains(en.Classes, "dreiging") {
			members++
		}
	}
	if r := ana.get("/lexicon?klasse=dreiging"); !strings.Contains(r.body, fmt.Sprintf("van %s die aan", dutchCount(members))) {
		t.Errorf("class filter: want %d members named:\n%s", members, between(r.body, `id="lexicon-aantal"`, 200))
	}
	if r := ana.get("/lexicon?zoek=zzzqqq"); !strings.Contains(r.body, "Geen kernwoorden die aan het filter voldoen") || strings.Contains(r.body, `id="lexicon"`) {
		t.Errorf("an empty result does not say so")
	}

	// Bad values are refused with the field named.
	for _, q := range []string{"grond=onbekend", "sterkte=heel", "klasse=geen-klasse", "volgorde=alfabet", "positie=-1"} {
		field := strings.SplitN(q, "=", 2)[0]
		if r := ana.get("/lexicon?" + q); r.code != 422 || !strings.Contains(r.body, field) {
			t.Errorf("GET /lexicon?%s = %d, want 422 naming %s", q, r.code, field)
		}
	}
}

// dutchCount writes n with a dot between thousands, as the pages do.
func dutchCount(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "." + s[i:]
	}
	return s
}

// between returns up to n bytes of body from the first occurrence of marker.
func between(body, marker string, n int) string {
	i := strings.Index(body, marker)
	if i < 0 {
		return ""
	}
	return body[i:min(len(body), i+n)]
}
