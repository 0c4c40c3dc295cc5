package web_test

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"html"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/xuri/excelize/v2"

	"stelsel/db/dbtest"
	"stelsel/registration"
)

// link returns the href of the element with the given id in a page.
func link(t *testing.T, body, id string) string {
	t.Helper()
	m := regexp.MustCompile(`<a [^>]*href="([^"]*)"[^>]*id="` + id + `"`).FindStringSubmatch(body)
	if m == nil {
		m = regexp.MustCompile(`<a [^>]*id="` + id + `"[^>]*href="([^"]*)"`).FindStringSubmatch(body)
	}
	if m == nil {
		t.Fatalf("no link #%s in the page", id)
	}
	return html.UnescapeString(m[1])
}

func csvRows(t *testing.T, body string) [][]string {
	t.Helper()
	rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
	if err != nil || len(rows) == 0 {
		t.Fatalf("CSV %q: %v", body, err)
	}
	return rows[1:]
}

// TestDownloadsMatchThePage is issue 7 item 1: a download holds exactly the rows the
// page shows, for the period chosen.
func TestDownloadsMatchThePage(t *testing.T) {
	e := newEnv(t, dbtest.SQLite(t), withRegistrations(t))
	c := e.login("ana")
	// An empty period: the page shows no codes, so the download has none either.
	r := c.get("/export?van=2025-01-01&tot=2025-01-31")
	if !strings.Contains(r.body, "Geen codes in deze periode") {
		t.Fatalf("export page for an empty month shows codes")
	}
	dl := link(t, r.body, "download")
	if rows := csvRows(t, c.get(dl).body); len(rows) != 0 {
		t.Errorf("download %s of an empty period holds %d rows, want none", dl, len(rows))
	}
	// The default period holds the two decisions, page and download alike.
	r = c.get("/export")
	if rows := csvRows(t, c.get(link(t, r.body, "download")).body); len(rows) != 2 {
		t.Errorf("download of the default period holds %d rows, want 2", len(rows))
	}
	// The unit list of DH from 2 March holds nothing (codedDH is of 1 March).
	r = c.get("/eenheden/DH?van=2026-03-02&tot=2026-03-31")
	if strings.Contains(r.body, codedDH) {
		t.Fatalf("unit list from 2 March shows %s of 1 March", codedDH)
	}
	if rows := csvRows(t, c.get(link(t, r.body, "download-csv")).body); len(rows) != 0 {
		t.Errorf("unit list CSV holds %d rows, want what the page shows: none", len(rows))
	}
	x := c.get(link(t, r.body, "download-xlsx"))
	f, err := excelize.OpenReader(strings.NewReader(x.body))
	if err != nil {
		t.Fatal(err)
	}
	sheet := f.GetSheetName(0)
	rows, _ := f.GetRows(sheet)
	if len(rows) != 1 {
		t.Errorf("unit list Excel holds %d rows, want only the header", len(rows))
	}
	// Without a period, page and download both hold codedDH.
	r = c.get("/eenheden/DH")
	if rows := csvRows(t, c.get(link(t, r.body, "download-csv")).body); len(rows) != 1 || rows[0][0] != codedDH {
		t.Errorf("unit list CSV = %v, want %s", rows, codedDH)
	}
}

// TestBackToTheFilteredQueue is issue 7 item 2.
func TestBackToTheFilteredQueue(t *testing.T) {
	e := newEnv(t, dbtest.SQLite(t), withRegistrations(t))
	c := e.login("ana")
	r := c.get("/werkbak?eenheid=DH&grond=antisemitisme")
	m := regexp.MustCompile(`<a href="(/registraties/` + uncodedDH + `[^"]*)"`).FindStringSubmatch(r.body)
	if m == nil {
		t.Fatalf("filtered queue lacks %s", uncodedDH)
	}
	back := link(t, c.get(html.UnescapeString(m[1])).body, "terug")
	u, err := url.Parse(back)
	if err != nil || u.Path != "/werkbak" || u.Query().Get("eenheid") != "DH" || u.Query().Get("grond") != "antisemitisme" {
		t.Errorf("back link %q; want the queue with eenheid DH and grond antisemitisme", back)
	}
	if r := c.get(back); strings.Contains(r.body, xssDH) || !strings.Contains(r.body, uncodedDH) {
		t.Errorf("back link %q does not lead to the filtered queue", back)
	}
}

// TestTeamWork is issue 7 items 4 and 5 through the web: who is working on what, a
// stale save refused with the newer decision shown, an unchanged save changing nothing.
func TestTeamWork(t *testing.T) {
	e := newEnv(t, dbtest.SQLite(t), withRegistrations(t))
	ana, anton := e.login("ana"), e.login("anton")
	page := "/registraties/" + uncodedDH
	basis := func(body string) string {
		m := regexp.MustCompile(`name="basis" value="(\d+)"`).FindStringSubmatch(body)
		if m == nil {
			t.Fatalf("the form carries no basis")
		}
		return m[1]
	}
	// Ana opens it first; Anton sees she is working on it.
	b := basis(ana.get(page).body)
	r := anton.get(page)
	if !strings.Contains(r.body, "In behandeling bij Ana") {
		t.Errorf("Anton's view lacks Ana's claim")
	}
	if q := anton.get("/werkbak"); !strings.Contains(q.body, "in behandeling bij Ana") {
		t.Errorf("the queue does not show who is working on %s", uncodedDH)
	}
	// Anton saves first.
	form := url.Values{"soort": {"geen_discriminatie"}, "reden": {"citaat"}, "motivering": {"Citaat uit een verslag."}, "basis": {basis(r.body)}}
	if r := anton.post(page+"/beoordeling", form); r.code != http.StatusSeeOther {
		t.Fatalf("Anton's decision = %d", r.code)
	}
	// Ana's save on her stale view is refused, her entry kept, Anton's decision shown.
	mine := url.Values{"soort": {"meer_informatie"}, "motivering": {"Ik wil de aangifte zien."}, "basis": {b}}
	r = ana.post(page+"/beoordeling", mine)
	if r.code != http.StatusConflict || !strings.Contains(r.body, "intussen beoordeeld door Anton") ||
		!strings.Contains(r.body, "Ik wil de aangifte zien.") || !strings.Contains(r.body, "Citaat uit een verslag.") {
		t.Errorf("stale save = %d; want 409 naming Anton's decision, showing it and keeping Ana's entry", r.code)
	}
	if n := countDecisions(t, e, uncodedDH); n != 1 {
		t.Errorf("%d decisions after the stale save, want 1", n)
	}
	// Saving Anton's unchanged form again changes nothing.
	r = anton.get(page)
	form.Set("basis", basis(r.body))
	r = anton.post(page+"/beoordeling", form)
	if r.code != http.StatusSeeOther || !strings.HasPrefix(r.header.Get("Location"), page) {
		t.Fatalf("unchanged save = %d -> %q", r.code, r.header.Get("Location"))
	}
	if r := anton.get(r.header.Get("Location")); !strings.Contains(r.body, "niet gewijzigd") {
		t.Errorf("unchanged save does not say nothing changed")
	}
	if n := countDecisions(t, e, uncodedDH); n != 1 {
		t.Errorf("%d decisions after an unchanged save, want 1", n)
	}
	// Ana, now shown the newer decision, saves a correction: worded as one, marked in force.
	mine.Set("basis", basis(ana.get(page).body))
	if r := ana.post(page+"/beoordeling", mine); r.code != http.StatusSeeOther {
		t.Fatalf("correction = %d %s", r.code, r.body)
	} else if r := ana.get(r.header.Get("Location")); !strings.Contains(r.body, "Correctie van de beoordeling van registratie "+uncodedDH) {
		t.Errorf("the correction is not worded as a correction")
	}
	r = ana.get(page)
	if !strings.Contains(r.body, "<strong>geldt</strong>") || !strings.Contains(r.body, "vervangen") {
		t.Errorf("the history does not mark the decision in force and the replaced one")
	}
}

func countDecisions(t *testing.T, e *env, number string) int {
	t.Helper()
	var n int
	if err := e.d.QueryRow(context.Background(), "SELECT count(*) FROM decisions WHERE number = ?", number).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// TestNoFakeNotice is issue 12.18: a link cannot make the page claim a save.
func TestNoFakeNotice(t *testing.T) {
	e := newEnv(t, dbtest.SQLite(t), withRegistrations(t))
	r := e.login("ana").get("/registraties/" + uncodedDH + "?opgeslagen=" + url.QueryEscape("alles is goedgekeurd"))
	if strings.Contains(r.body, "opgeslagen") && strings.Contains(r.body, `class="melding"`) || strings.Contains(r.body, "alles is goedgekeurd") {
		t.Errorf("?opgeslagen= shows a notice")
	}
}

// TestAPIIdempotencyKey is issue 12.17 through the API.
func TestAPIIdempotencyKey(t *testing.T) {
	e := newEnv(t, dbtest.SQLite(t), withRegistrations(t))
	tok := e.token("ana")
	body := map[string]any{"soort": "geen_discriminatie", "reden": "citaat", "motivering": "Geen uiting."}
	decide := func(key string) (int, int64) {
		b, _ := json.Marshal(body)
		req, _ := http.NewRequest("POST", e.server.URL+"/api/v1/registraties/"+uncodedDH+"/beoordelingen", strings.NewReader(string(b)))
		req.Header.Set("Authorization", "Bearer "+tok)
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Idempotency-Key", key)
		r := e.anonymous().do(req)
		var d struct {
			ID int64 `json:"id"`
		}
		_ = json.Unmarshal([]byte(r.body), &d)
		return r.code, d.ID
	}
	c1, id1 := decide("sleutel-1")
	c2, id2 := decide("sleutel-1")
	if c1 != 201 || c2 != 201 || id1 == 0 || id1 != id2 {
		t.Errorf("a retry with the same key = %d %d, %d %d; want 201 twice with the same decision", c1, id1, c2, id2)
	}
	if n := countDecisions(t, e, uncodedDH); n != 1 {
		t.Errorf("%d decisions after a retry, want 1", n)
	}
	body["motivering"] = "Iets anders."
	if c, _ := decide("sleutel-1"); c != http.StatusConflict {
		t.Errorf("the same key for another request = %d, want 409", c)
	}
}

// TestExpiredLoginOnSave is issue 7 item 6: a save after the login expired leads to the
// login and back to the form, with the typed text restored.
func TestExpiredLoginOnSave(t *testing.T) {
	e := newEnv(t, dbtest.SQLite(t), withRegistrations(t))
	page := "/registraties/" + uncodedDH
	// Without JavaScript: a page that offers the login and returns to the form.
	req, _ := http.NewRequest("POST", e.server.URL+page+"/beoordeling", strings.NewReader("soort=meer_informatie&motivering=x"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	req.Header.Set("Origin", e.server.URL)
	req.Header.Set("Referer", e.server.URL+page+"?terug=status%3Dopen")
	r := e.anonymous().do(req)
	want := "/login?volgende=" + url.QueryEscape(page+"?terug=status%3Dopen")
	if r.code != http.StatusUnauthorized || link(t, r.body, "opnieuw-inloggen") != want || strings.Contains(r.body, "Uitloggen") {
		t.Errorf("expired save = %d, login link %q; want 401 with a login returning to the form, no user in the header", r.code, want)
	}

	// In the browser: the entry survives the login.
	ctx := browser(t)
	base := e.server.URL
	must(t, "open", chromedp.Do(ctx, loginSteps(base, "ana"), chromedp.Navigate(base+page), chromedp.WaitVisible(css("#beslissing")),
		chromedp.Click(css("input[name=soort][value=meer_informatie]")),
		chromedp.SendKeys(css("#motivering"), "Lange motivering die niet verloren mag gaan."),
	))
	if _, err := chromedp.Call(ctx, network.ClearBrowserCookies, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	must(t, "save", chromedp.Do(ctx, chromedp.Click(css("#beslissing button[type=submit]")), chromedp.WaitVisible(css("#gebruikersnaam")),
		chromedp.SendKeys(css("#gebruikersnaam"), "ana"), chromedp.SendKeys(css("#wachtwoord"), testPassword),
		chromedp.Submit(css("#wachtwoord")), chromedp.WaitVisible(css("#beslissing"))))
	got, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[document.getElementById("motivering").value,
		(document.querySelector("input[name=soort]:checked") || {}).value || "", location.pathname]`))
	must(t, "read form", err)
	if got[0] != "Lange motivering die niet verloren mag gaan." || got[1] != "meer_informatie" || got[2] != page {
		t.Errorf("after logging in again the form shows %q; want the typed entry back on %s", got, page)
	}
	if n := countDecisions(t, e, uncodedDH); n != 0 {
		t.Errorf("%d decisions, want none: the save was refused", n)
	}
}

// TestBrowserDecisionInFewKeys is issue 7 item 8: "geen discriminatie" with a preset
// reason in at most 6 key presses from opening the registration, the save button in
// view at 1366×900, and only the fields of the chosen kind shown. Before this issue it
// took 32 presses plus typing two texts (27 Tabs to reach "Reden").
func TestBrowserDecisionInFewKeys(t *testing.T) {
	e := newEnv(t, dbtest.SQLite(t), withRegistrations(t))
	ctx := browser(t)
	base := e.server.URL
	must(t, "open", chromedp.Do(ctx, loginSteps(base, "ana"), chromedp.EmulateViewport(1366, 900),
		chromedp.Navigate(base+"/registraties/"+uncodedDH), chromedp.WaitVisible(css("#beslissing"))))
	inView, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => { const r = document.querySelector("#beslissing button[type=submit]").getBoundingClientRect();
		return r.top >= 0 && r.bottom <= window.innerHeight; })()`))
	if err != nil || !inView {
		t.Errorf("the save button is not in view at 1366×900 on opening (%v)", err)
	}
	keys := []string{"1", " ", "s"} // geen discriminatie, the first preset reason, save
	for _, k := range keys {
		must(t, "key "+k, chromedp.Do(ctx, chromedp.KeyEvent(k)))
		if k == "1" {
			shown, err := chromedp.Run(ctx, chromedp.Evaluate[[]bool](`[!document.querySelector("[data-soorten~=geen_discriminatie]").hidden,
				!document.querySelector("[data-soorten~=discriminatie]").hidden]`))
			if err != nil || !shown[0] || shown[1] {
				t.Errorf("after choosing geen discriminatie: reasons shown %v, coded fields shown %v (%v)", shown[0], shown[1], err)
			}
		}
	}
	must(t, "saved", chromedp.Do(ctx, chromedp.WaitVisible(css("#opgeslagen"))))
	t.Logf("geen discriminatie with a preset reason: %d key presses (%q)", len(keys), keys)
	if len(keys) > 6 {
		t.Errorf("%d key presses, want at most 6", len(keys))
	}
	var kind, reason string
	if err := e.d.QueryRow(context.Background(), "SELECT kind, reason FROM decisions WHERE number = ?", uncodedDH).Scan(&kind, &reason); err != nil {
		t.Fatal(err)
	}
	if kind != "geen_discriminatie" || reason != "Groepswoord alleen beschrijvend gebruikt" {
		t.Errorf("decision by keys = %s, %q; want geen_discriminatie with the first preset reason", kind, reason)
	}
}

// press sends keys one by one to whatever has the focus.
func press(t *testing.T, ctx context.Context, keys ...string) {
	t.Helper()
	for _, k := range keys {
		must(t, "key "+k, chromedp.Do(ctx, chromedp.KeyEvent(k)))
	}
}

// focused describes the element with the focus: tag, id and text.
func focused(t *testing.T, ctx context.Context) string {
	t.Helper()
	s, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(() => { const e = document.activeElement;
		return e.tagName.toLowerCase() + "#" + e.id + " " + (e.textContent || e.value || "").trim().slice(0, 40); })()`))
	must(t, "focus", err)
	return s
}

// focusSettles polls for up to three seconds until the focus is on an element whose
// description starts with want, and returns the last description seen.
func focusSettles(t *testing.T, ctx context.Context, want string) string {
	t.Helper()
	f := focused(t, ctx)
	for i := 0; i < 100 && !strings.HasPrefix(f, want); i++ {
		must(t, "wait", chromedp.Do(ctx, chromedp.Sleep(30*time.Millisecond)))
		f = focused(t, ctx)
	}
	return f
}

// waitFor polls until the page's h1 contains want and the page has loaded (its scripts,
// which set up the keyboard shortcuts, have run).
func waitFor(t *testing.T, ctx context.Context, want string) {
	t.Helper()
	for i := 0; i < 100; i++ {
		if h, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.readyState === "complete" ? ((document.querySelector("h1") || {}).textContent || "") : ""`)); err == nil && strings.Contains(h, want) {
			return
		}
		must(t, "wait", chromedp.Do(ctx, chromedp.Sleep(30*time.Millisecond)))
	}
	t.Fatalf("the page never showed %q", want)
}

// TestBrowserKeyboardOnlyReview is issue 7 item 13: the review flow with the keyboard
// alone, from the login to a saved decision and on to the next registration, with the
// focus visible and the skip link working.
func TestBrowserKeyboardOnlyReview(t *testing.T) {
	e := newEnv(t, dbtest.SQLite(t), withRegistrations(t))
	ctx := browser(t)
	base := e.server.URL
	must(t, "login page", chromedp.Do(ctx, chromedp.Navigate(base+"/login?volgende=%2Fwerkbak"), chromedp.WaitVisible(css("#gebruikersnaam"))))
	must(t, "type", chromedp.Do(ctx, chromedp.KeyEvent("ana"), chromedp.KeyEvent("\t"), chromedp.KeyEvent(testPassword), chromedp.KeyEvent("\r")))
	waitFor(t, ctx, "Werkbak")
	// The first Tab reaches the skip link; Enter moves the focus to the content.
	press(t, ctx, "\t")
	if f := focused(t, ctx); !strings.Contains(f, "Naar de inhoud") {
		t.Errorf("the first Tab focuses %q, want the skip link", f)
	}
	outline, err := chromedp.Run(ctx, chromedp.Evaluate[string](`getComputedStyle(document.activeElement).outlineStyle`))
	if err != nil || outline == "none" {
		t.Errorf("the focused skip link shows no focus ring (%q, %v)", outline, err)
	}
	press(t, ctx, "\r")
	if f := focused(t, ctx); !strings.HasPrefix(f, "main#inhoud") {
		t.Errorf("after the skip link the focus is on %q, want main", f)
	}
	// j selects the first row and announces it; Enter opens it.
	press(t, ctx, "j")
	if live := text(t, ctx, "#selectie"); !strings.Contains(live, "Gekozen: registratie") {
		t.Errorf("the selection is not announced: %q", live)
	}
	first, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector("tr.gekozen a").textContent`))
	must(t, "selected", err)
	press(t, ctx, "\r")
	waitFor(t, ctx, first)
	// The keys act once the page's scripts have set up the form.
	for i := 0; i < 100; i++ {
		if ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.readyState === "complete" && !!window.htmx && !!document.getElementById("beslissing")`)); err == nil && ok {
			break
		}
		must(t, "wait", chromedp.Do(ctx, chromedp.Sleep(30*time.Millisecond)))
	}
	// A refused save by keys moves the focus to the error summary.
	press(t, ctx, "2", "s")
	must(t, "errors", chromedp.Do(ctx, chromedp.WaitVisible(css("#foutmelding"))))
	// The summary takes the focus once htmx has settled the swap, a moment after it shows.
	if f := focusSettles(t, ctx, "div#foutmelding"); !strings.HasPrefix(f, "div#foutmelding") {
		t.Errorf("after a refused save the focus is on %q, want the error summary", f)
	}
	// The dark save button shows its focus ring.
	must(t, "focus button", chromedp.Do(ctx, js(`document.querySelector("#beslissing button[type=submit]").focus({focusVisible: true})`)))
	ring, err := chromedp.Run(ctx, chromedp.Evaluate[string](`getComputedStyle(document.activeElement).outlineStyle + " " + getComputedStyle(document.activeElement).outlineColor`))
	if err != nil || strings.HasPrefix(ring, "none") {
		t.Errorf("the focused save button has no visible focus ring (%q, %v)", ring, err)
	}
	must(t, "blur", chromedp.Do(ctx, js(`document.activeElement.blur()`)))
	// Geen discriminatie with a preset reason, saved by keys: on to the next registration.
	press(t, ctx, "1", " ", "s")
	must(t, "saved", chromedp.Do(ctx, chromedp.WaitVisible(css("#opgeslagen"))))
	if n := text(t, ctx, "#opgeslagen"); !strings.Contains(n, first) {
		t.Errorf("notice after saving = %q, want %s", n, first)
	}
	h := text(t, ctx, "h1")
	if strings.Contains(h, first) {
		t.Errorf("after saving the page still shows %s, want the next registration", first)
	}
	// Shortcuts switched off: k does nothing.
	must(t, "off", chromedp.Do(ctx, js(`localStorage.setItem("stelsel-sneltoetsen", "uit")`)))
	press(t, ctx, "k")
	must(t, "settle", chromedp.Do(ctx, chromedp.Sleep(300*time.Millisecond)))
	if got := text(t, ctx, "h1"); got != h {
		t.Errorf("with shortcuts off, k still moved on to %q", got)
	}
	// Back on: k leaves the registration; the one just decided is no longer open, so
	// there is no open registration before this one and k returns to the queue.
	must(t, "on", chromedp.Do(ctx, js(`localStorage.setItem("stelsel-sneltoetsen", "aan")`)))
	press(t, ctx, "k")
	waitFor(t, ctx, "Werkbak")
}

// TestDutchLabels is issue 7 item 12: no raw codes or English on the pages.
func TestDutchLabels(t *testing.T) {
	e := newEnv(t, dbtest.SQLite(t), withRegistrations(t))
	ana := e.login("ana")
	r := ana.get("/registraties/" + uncodedDH)
	for _, raw := range []string{"<td>infix</td>", "<td>word</td>", "<td>prefix</td>", "treffer(s)", "<td>sample.csv:"} {
		if strings.Contains(r.body, raw) {
			t.Errorf("registration page shows %q", raw)
		}
	}
	if !strings.Contains(r.body, "deel van een woord") {
		t.Errorf("registration page lacks the Dutch match mode")
	}
	if r := ana.post("/registraties/"+uncodedDH+"/beoordeling", url.Values{"soort": {"onzin"}}); !strings.Contains(r.body, "geen discriminatie, discriminatie") {
		t.Errorf("the kind error names the kinds by code: %q", r.body)
	}
	if r := ana.get("/werkbak"); !strings.Contains(r.body, "(2 registraties)") || strings.Contains(r.body, "<td>DH</td>") {
		t.Errorf("queue: no plural or a raw unit code")
	}
	if _, err := e.deps.Registrations.Decide(context.Background(), mustActor(t, e, "ana"), xssDH, notDiscriminationInput()); err != nil {
		t.Fatal(err)
	}
	if r := ana.get("/werkbak"); !strings.Contains(r.body, "(1 registratie)") {
		t.Errorf("queue of one says no \"1 registratie\"")
	}
	if r := ana.get("/export"); !strings.Contains(r.body, "Herkomst") || strings.Contains(r.body, "<td>herkomst</td>") {
		t.Errorf("export table shows raw ground codes")
	}
	aud := e.login("audrey")
	r = aud.get("/audit?soort=Registratie")
	if !strings.Contains(r.body, "<td>Inzage</td>") || !strings.Contains(r.body, "Registratie "+uncodedDH) || !strings.Contains(r.body, "ECAD-P analist") {
		t.Errorf("audit trail filtered on the Dutch kind lacks Dutch actions, kinds or roles")
	}
	if strings.Contains(r.body, "<td>view</td>") || strings.Contains(r.body, ">registration ") || strings.Contains(r.body, "Gebruiker ") {
		t.Errorf("audit trail shows raw codes, or the Dutch kind filter did not filter")
	}
}

func notDiscriminationInput() registration.DecisionInput {
	return registration.DecisionInput{Kind: "geen_discriminatie", ReasonCode: "homoniem"}
}

// TestBulkDecisionFromTheQueue is issue 7 item 9 through the web.
func TestBulkDecisionFromTheQueue(t *testing.T) {
	e := newEnv(t, dbtest.SQLite(t), withRegistrations(t))
	ana := e.login("ana")
	if r := ana.get("/werkbak"); !strings.Contains(r.body, `name="nummers" value="`+uncodedDH+`"`) {
		t.Fatalf("the queue has no checkbox per registration")
	}
	r := ana.post("/werkbak/beoordelingen", url.Values{"nummers": {uncodedDH, xssDH, codedDH}, "reden_code": {"citaat_zonder_incident"}, "terug": {"eenheid=DH"}})
	if r.code != http.StatusSeeOther || r.header.Get("Location") != "/werkbak?eenheid=DH" {
		t.Fatalf("bulk decision = %d -> %q", r.code, r.header.Get("Location"))
	}
	if r := ana.get(r.header.Get("Location")); !strings.Contains(r.body, "2 registraties beoordeeld als geen discriminatie") || !strings.Contains(r.body, "1 overgeslagen") {
		t.Errorf("the queue after a bulk decision lacks its notice")
	}
	for _, n := range []string{uncodedDH, xssDH} {
		if c := countDecisions(t, e, n); c != 1 {
			t.Errorf("%s has %d decisions, want 1", n, c)
		}
	}
	if c := countDecisions(t, e, codedDH); c != 1 {
		t.Errorf("the decided %s got %d decisions, want its own 1", codedDH, c)
	}
}

// TestQueueFindingPage is issue 7 item 10 on the page: search by number, kind and
// strength filters, the position shown, paging back.
func TestQueueFindingPage(t *testing.T) {
	e := newEnv(t, dbtest.SQLite(t), withRegistrations(t))
	ana := e.login("ana")
	r := ana.get("/werkbak?aantal=1")
	if !strings.Contains(r.body, "1–1 van 2") {
		t.Errorf("the first page lacks its position")
	}
	m := regexp.MustCompile(`href="(/werkbak\?[^"]*na=[^"]*)">Volgende pagina`).FindStringSubmatch(r.body)
	if m == nil {
		t.Fatalf("no next page link")
	}
	r = ana.get(html.UnescapeString(m[1]))
	if !strings.Contains(r.body, "2–2 van 2") || !strings.Contains(r.body, "Vorige pagina") {
		t.Errorf("the second page lacks its position or the way back")
	}
	if r := ana.get("/werkbak?zoek=" + uncodedDH); !strings.Contains(r.body, uncodedDH) || strings.Contains(r.body, xssDH) {
		t.Errorf("search by number does not find exactly %s", uncodedDH)
	}
	if r := ana.get("/werkbak?soort=mutatie"); strings.Contains(r.body, uncodedDH) || strings.Contains(r.body, xssDH) {
		t.Errorf("the kind filter lets other kinds through")
	}
	if r := ana.get("/werkbak?soort=brief"); r.code != http.StatusUnprocessableEntity {
		t.Errorf("an unknown kind = %d, want 422", r.code)
	}
}
