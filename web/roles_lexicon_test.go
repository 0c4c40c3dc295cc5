package web_test

import (
	"bytes"
	"context"
	"mime/multipart"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"stelsel/access"
	"stelsel/db"
	"stelsel/db/dbtest"
	"stelsel/registration"
	"stelsel/screen"
	"stelsel/web"
)

// candidateTSV keeps one slur of the default lexicon and adds a new term: uncodedDH
// ("kankerjood") would leave the queue, xssDH ("nikker") stays, and the unflagged
// fietsendief registration would enter it.
const candidateTSV = "# name: test-kandidaat\nterm\tmode\tgrounds\tstrength\texceptions\tfuzzy\tnote\tclass\n" +
	"nikker\tinfix\therkomst\tstrong\t\t\t\t\n" +
	"fietsendief\tword\therkomst\tstrong\t\t\t\t\n"

// postFile sends a multipart form with one file, as a same-origin browser would.
func (c *client) postFile(path, field, name, content string) response {
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	fw, _ := mw.CreateFormFile(field, name)
	fw.Write([]byte(content))
	mw.Close()
	req, _ := http.NewRequest(http.MethodPost, c.e.server.URL+path, &b)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	req.Header.Set("Origin", c.e.server.URL)
	return c.do(req)
}

// TestLexiconActivationFromTheWeb is issue 7 item 14 (administrator) and the lexicon
// part of item 12: the administrator uploads a lexicon, sees what it changes (terms, and
// how many queued registrations would leave or enter the queue, from the stored texts),
// then activates it (audited); the page shows no raw hash outside its technical details.
func TestLexiconActivationFromTheWeb(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		e := newEnv(t, d, withRegistrations(t))
		csv := "registratienummer,soort,eenheid,basisteam,incidentcode,omschrijving,pleegdatum,registratiedatum,gemeente,tekst\n" +
			"2026-DH-000005,aangifte,DH,Delft,B200,Diefstal,2026-03-05,2026-03-05T10:00:00+01:00,Delft,\"De fietsendief werd aangehouden.\"\n"
		if res, err := e.deps.Registrations.ImportReader(ctx, access.System("test"), strings.NewReader(csv), "extra.csv", registration.ImportOptions{}); err != nil || res.Flagged != 0 {
			t.Fatalf("import = %+v, %v", res, err)
		}
		admin := e.login("beheer")
		r := admin.get("/lexicon")
		version := e.deps.Lexicon.Version()
		if !strings.Contains(r.body, `enctype="multipart/form-data"`) {
			t.Errorf("the administrator's lexicon page has no upload")
		}
		if outside := regexp.MustCompile(`(?s)<details class="technisch">.*?</details>`).ReplaceAllString(r.body, ""); strings.Contains(outside, version) ||
			!strings.Contains(r.body, version) {
			t.Errorf("the lexicon hash %q is shown outside the technical details, or not at all", version)
		}
		if r := e.login("ana").get("/lexicon"); strings.Contains(r.body, "multipart/form-data") {
			t.Errorf("the analyst may upload a lexicon")
		}

		// A bad file is refused with its line; a good one leads to its preview.
		if r := admin.postFile("/lexicon/voorstellen", "bestand", "kapot.tsv", "term\tmode\nx\tonzin\n"); r.code != http.StatusUnprocessableEntity || !strings.Contains(r.body, "kapot.tsv") {
			t.Errorf("bad lexicon = %d, want 422 naming the file:\n%.500s", r.code, r.body)
		}
		r = admin.postFile("/lexicon/voorstellen", "bestand", "kandidaat.tsv", candidateTSV)
		loc := r.header.Get("Location")
		if r.code != http.StatusSeeOther || !strings.HasPrefix(loc, "/lexicon/voorstellen/") {
			t.Fatalf("upload = %d -> %q: %.300s", r.code, loc, r.body)
		}
		r = admin.get(loc)
		for _, want := range []string{"Nu te beoordelen in de werkbak</td><td>2</td>",
			`<tr id="verlaten"><td>Zouden de werkbak verlaten (niet meer gemarkeerd)</td><td>1</td>`, "alle 2 registraties gescreend",
			`<tr id="erbij"><td>Zouden in de werkbak komen (nieuw gemarkeerd)</td><td>1</td>`,
			"<li>fietsendief (heel woord)</li>", "<li>kankerjood (deel van een woord)</li>", `id="activeren"`} {
			if !strings.Contains(r.body, want) {
				t.Errorf("preview lacks %q", want)
			}
		}
		if r := e.login("ana").get(loc); r.code != http.StatusForbidden {
			t.Errorf("the analyst opens a candidate: %d, want 403", r.code)
		}
		if r := e.login("ana").post(loc+"/activeren", nil); r.code != http.StatusForbidden {
			t.Errorf("the analyst activates a candidate: %d, want 403", r.code)
		}

		r = admin.post(loc+"/activeren", nil)
		if r.code != http.StatusSeeOther || r.header.Get("Location") != "/lexicon" {
			t.Fatalf("activate = %d -> %q", r.code, r.header.Get("Location"))
		}
		cand, _ := screen.LoadLexicon(strings.NewReader(candidateTSV), "kandidaat.tsv")
		if active, err := registration.ActiveLexicon(ctx, d); err != nil || active.Version() != cand.Version() {
			t.Fatalf("lexicon in use = %v, %v; want the candidate", active, err)
		}
		r = admin.get("/lexicon")
		for _, want := range []string{"Lexicon test-kandidaat is nu het lexicon in gebruik op de database.", "<strong>test-kandidaat</strong>, 2 kernwoorden",
			"geactiveerd door beheer", `id="herstart"`, "<td>fietsendief</td>"} {
			if !strings.Contains(r.body, want) {
				t.Errorf("lexicon page after activation lacks %q", want)
			}
		}
		entries, err := e.deps.Trail.List(ctx, access.System("t"), access.Filter{Actor: "beheer", Limit: 100})
		if err != nil {
			t.Fatal(err)
		}
		var actions []string
		for _, x := range entries {
			actions = append(actions, x.Action+" "+x.ObjectKind)
		}
		for _, want := range []string{"create lexicon_candidate", "view lexicon_candidate", access.ActionActivateLexicon + " lexicon"} {
			if !strings.Contains(strings.Join(actions, ","), want) {
				t.Errorf("audit trail lacks %q: %v", want, actions)
			}
		}
		// Activating it again changes nothing.
		if r := admin.post(loc+"/activeren", nil); r.code != http.StatusSeeOther {
			t.Errorf("activate again = %d", r.code)
		}
		if hist, _ := registration.LexiconHistory(ctx, d); len(hist) != 1 {
			t.Errorf("activating the lexicon in use again added history: %d entries", len(hist))
		}
	})
}

// TestLexiconPreviewSample checks the bounded preview: with a sample smaller than a
// side, it screens an even spread and scales the count, and says so.
func TestLexiconPreviewSample(t *testing.T) {
	e := newEnv(t, dbtest.SQLite(t), withRegistrations(t))
	cand, err := screen.LoadLexicon(strings.NewReader(candidateTSV), "kandidaat.tsv")
	if err != nil {
		t.Fatal(err)
	}
	beheer, err := e.deps.Users.Actor(context.Background(), "beheer")
	if err != nil {
		t.Fatal(err)
	}
	p, err := e.deps.Registrations.PreviewLexicon(context.Background(), beheer, cand, 1)
	if err != nil {
		t.Fatal(err)
	}
	if p.Queued != 2 || p.Leave.Total != 2 || p.Leave.Screened != 1 || !p.Leave.Sampled() || p.Leave.Estimate != 2*p.Leave.Found {
		t.Errorf("sampled preview = %+v, want 1 of 2 screened and the count doubled", p.Leave)
	}
	if _, err := e.deps.Registrations.PreviewLexicon(context.Background(), mustActor(t, e, "ana"), cand, 0); err == nil {
		t.Errorf("the analyst may preview a lexicon")
	}
}

func init() {
	// The preview of a candidate: the first one uploaded has id 1.
	axeSetup = append(axeSetup, func(t *testing.T) func(*web.Deps) {
		return func(deps *web.Deps) {
			if _, err := deps.Registrations.AddLexiconCandidate(context.Background(), access.System("test"), "kandidaat.tsv", []byte(candidateTSV)); err != nil {
				t.Fatal(err)
			}
		}
	})
	axePages = append(axePages, axePage{"beheer", "/lexicon/voorstellen/1"})
}
