package web_test

import (
	"html"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"stelsel/db/dbtest"
)

// rowNumbers lists the registration numbers of the queue table's rows, in order.
func rowNumbers(body string) []string {
	var out []string
	for _, m := range regexp.MustCompile(`<tr data-href="/registraties/([^"?]+)`).FindAllStringSubmatch(body, -1) {
		out = append(out, m[1])
	}
	return out
}

// TestQueueSortAndSearchPage is issue 7 item 10 on the page: sort buttons with
// aria-sort, the sort kept in the URL and followed by paging, the way back and next;
// the text search for who may read texts; hit terms with their strength in words;
// "mijn beoordelingen".
func TestQueueSortAndSearchPage(t *testing.T) {
	e := newEnv(t, dbtest.SQLite(t), withRegistrations(t))
	ana := e.login("ana")
	r := ana.get("/werkbak?status=alle")
	if !strings.Contains(r.body, `<th aria-sort="descending"><button type="submit" form="sorteren" name="sorteer" value="prioriteit-op"`) {
		t.Errorf("the queue order is not marked on the Prioriteit header with aria-sort")
	}
	if !strings.Contains(r.body, `name="sorteer" value="registratie-op" class="sorteer">Registratie<span class="onzichtbaar">, sorteer oplopend</span>`) {
		t.Errorf("the Registratie header has no sort button saying what it does")
	}
	r = ana.get("/werkbak?status=alle&sorteer=registratie-af")
	got := rowNumbers(r.body)
	if strings.Join(got, ",") != strings.Join([]string{xssDH, uncodedDH, codedDH, codedAM}, ",") {
		t.Errorf("sorted by number, descending: %v", got)
	}
	if !strings.Contains(r.body, `<th aria-sort="descending"><button type="submit" form="sorteren" name="sorteer" value="registratie-op"`) {
		t.Errorf("the sorted column is not marked descending, or its button does not offer ascending")
	}
	// The sort button keeps the filter; paging, the way back and next keep the sort.
	if !strings.Contains(r.body, `<input type="hidden" name="status" value="alle">`) {
		t.Errorf("the sort form does not keep the status filter")
	}
	r = ana.get("/werkbak?status=alle&sorteer=registratie-op&aantal=2")
	next := regexp.MustCompile(`href="(/werkbak\?[^"]*na=[^"]*)">Volgende pagina`).FindStringSubmatch(r.body)
	if next == nil {
		t.Fatalf("no next page")
	}
	r2 := ana.get(html.UnescapeString(next[1]))
	if got := rowNumbers(r2.body); strings.Join(got, ",") != uncodedDH+","+xssDH || !strings.Contains(r2.body, "3–4 van 4") {
		t.Errorf("page 2 sorted by number = %v, want %s, %s at 3–4 van 4", got, uncodedDH, xssDH)
	}
	open := ana.get("/registraties/" + codedDH + "?terug=" + url.QueryEscape("status=alle&sorteer=registratie-op"))
	if back := link(t, open.body, "terug"); !strings.Contains(back, "sorteer=registratie-op") {
		t.Errorf("the way back %q loses the sort", back)
	}
	nx := ana.get(link(t, open.body, "volgende"))
	if loc := nx.header.Get("Location"); !strings.HasPrefix(loc, "/registraties/"+uncodedDH) {
		t.Errorf("next after %s sorted by number goes to %q, want %s", codedDH, loc, uncodedDH)
	}
	// Hit terms in the rows, strong ones said in words.
	r = ana.get("/werkbak")
	if !strings.Contains(r.body, `<strong class="term-sterk">`) || !strings.Contains(r.body, `<span class="sterkte">(sterk)</span>`) {
		t.Errorf("the queue rows do not show the strong hit terms in words")
	}
	for _, m := range regexp.MustCompile(`<td class="termen">(.*?)</td>`).FindAllStringSubmatch(r.body, -1) {
		if strings.Contains(m[1], "_") {
			t.Errorf("a queue row shows a raw rule name: %s", m[1])
		}
	}
	if !strings.Contains(r.body, `value="prioriteit-op" class="sorteer">Score<`) {
		t.Errorf("the queue shows no score column")
	}
	// Text search: the analyst may read texts.
	if !strings.Contains(r.body, `name="tekst"`) {
		t.Errorf("the analyst has no text search")
	}
	if r := ana.get("/werkbak?status=alle&tekst=" + url.QueryEscape("kankerjood")); len(rowNumbers(r.body)) == 0 {
		t.Errorf("text search found nothing")
	}
	if r := ana.get("/werkbak?tekst=ab"); r.code != http.StatusUnprocessableEntity || !strings.Contains(r.body, "ten minste 3 tekens") {
		t.Errorf("a too short search = %d, want 422 saying why", r.code)
	}
	if r := ana.get("/werkbak?sorteer=tekst"); r.code != http.StatusUnprocessableEntity {
		t.Errorf("an unknown sort = %d, want 422", r.code)
	}
	// Mijn beoordelingen: ana decided codedDH and codedAM.
	mine := link(t, r.body, "mijn")
	if got := rowNumbers(ana.get(mine).body); len(got) != 2 {
		t.Errorf("mijn beoordelingen of ana = %v, want her 2", got)
	}
	if got := rowNumbers(e.login("anton").get(mine).body); len(got) != 0 {
		t.Errorf("mijn beoordelingen of anton = %v, want none", got)
	}
}

// TestUndoOnThePage is issue 7 item 10: after a save the notice offers to undo it;
// undoing leaves the decision in the history, marked, and the registration open.
func TestUndoOnThePage(t *testing.T) {
	e := newEnv(t, dbtest.SQLite(t), withRegistrations(t))
	ana := e.login("ana")
	page := "/registraties/" + uncodedDH
	r := ana.post(page+"/beoordeling", url.Values{"soort": {"geen_discriminatie"}, "reden_code": {"homoniem"}, "terug": {"status=open"}})
	if r.code != http.StatusSeeOther {
		t.Fatalf("save = %d", r.code)
	}
	r = ana.get(r.header.Get("Location"))
	m := regexp.MustCompile(`<form method="post" action="(/registraties/[^"]+/ongedaan)" class="ongedaan">`).FindStringSubmatch(r.body)
	if m == nil || m[1] != page+"/ongedaan" {
		t.Fatalf("the notice after saving offers no undo of %s", uncodedDH)
	}
	if r := ana.get(page); !strings.Contains(r.body, `id="ongedaan"`) {
		t.Errorf("the registration does not offer to undo ana's own new decision")
	}
	if r := e.login("anton").get(page); strings.Contains(r.body, `id="ongedaan"`) {
		t.Errorf("anton is offered to undo ana's decision")
	}
	if r := e.login("anton").post(page+"/ongedaan", url.Values{}); r.code != http.StatusConflict || !strings.Contains(r.body, "alleen uw eigen laatste beoordeling") {
		t.Errorf("anton undoing ana's decision = %d, want 409 saying why", r.code)
	}
	r = ana.post(m[1], url.Values{"terug": {"status=open"}})
	if r.code != http.StatusSeeOther {
		t.Fatalf("undo = %d %s", r.code, r.body)
	}
	r = ana.get(r.header.Get("Location"))
	if !strings.Contains(r.body, "is ongedaan gemaakt") || !strings.Contains(r.body, "<td>ongedaan gemaakt</td>") || !strings.Contains(r.body, "Te beoordelen") {
		t.Errorf("after undo the page lacks the notice, the marked decision or the open status")
	}
	if n := countDecisions(t, e, uncodedDH); n != 1 {
		t.Errorf("%d decisions after undo, want the one, kept", n)
	}
	if r := ana.get("/werkbak"); len(rowNumbers(r.body)) != 2 {
		t.Errorf("after undo the open queue has %d rows, want 2", len(rowNumbers(r.body)))
	}
}
