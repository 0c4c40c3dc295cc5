package web_test

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"stelsel"
	"stelsel/access"
	"stelsel/db"
	"stelsel/db/dbtest"
)

// TestTokensOnlyByOwner (issue 12.9): an administrator cannot mint a token for an analyst
// (nor can the operator); the analyst makes their own on /mijn/tokens; every request with
// it, and every entry the request writes, is audited with the token's id.
func TestTokensOnlyByOwner(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		e := newEnv(t, d, withRegistrations(t))
		ctx := context.Background()
		admin, err := e.deps.Users.Actor(ctx, "beheer")
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range []access.Actor{admin, access.System("operator")} {
			if _, _, err := e.deps.Tokens.Create(ctx, a, "ana", "meelezen"); stelsel.ErrorCode(err) != stelsel.EFORBIDDEN {
				t.Errorf("Create(%s for ana) = %v, want forbidden", a.Username, err)
			}
		}
		var denied int
		if err := d.QueryRow(ctx, "SELECT count(*) FROM audit_log WHERE action = 'denied' AND object_kind = 'api_token' AND object_id = 'ana'").Scan(&denied); err != nil || denied != 2 {
			t.Errorf("refused token creations audited = %d, %v; want 2", denied, err)
		}

		c := e.login("ana")
		r := c.post("/mijn/tokens", url.Values{"label": {"koppeling BVH"}})
		tok := regexp.MustCompile(`stl_[A-Za-z0-9_-]+`).FindString(r.body)
		if r.code != http.StatusOK || tok == "" {
			t.Fatalf("POST /mijn/tokens = %d, want the new token shown:\n%s", r.code, r.body)
		}
		own, err := e.deps.Tokens.Own(ctx, mustActor(t, e, "ana"))
		if err != nil || len(own) != 1 || own[0].Username != "ana" {
			t.Fatalf("Own(ana) = %+v, %v", own, err)
		}
		id := strconv.FormatInt(own[0].ID, 10)
		// A token cannot be used to make more tokens.
		viaToken := mustActor(t, e, "ana")
		viaToken.TokenID = own[0].ID
		if _, _, err := e.deps.Tokens.Create(ctx, viaToken, "ana", "nog een"); stelsel.ErrorCode(err) != stelsel.EFORBIDDEN {
			t.Errorf("Create through a token = %v, want forbidden", err)
		}

		if r := e.api(tok, http.MethodGet, "/api/v1/registraties/"+codedDH, nil); r.code != http.StatusOK {
			t.Fatalf("GET registration with ana's token = %d %s", r.code, r.body)
		}
		var uses, views int
		d.QueryRow(ctx, "SELECT count(*) FROM audit_log WHERE action = 'token.use' AND object_id = ? AND token_id = ? AND actor = 'ana'", id, own[0].ID).Scan(&uses)
		d.QueryRow(ctx, "SELECT count(*) FROM audit_log WHERE action = 'view' AND object_id = ? AND token_id = ?", codedDH, own[0].ID).Scan(&views)
		if uses != 1 || views != 1 {
			t.Errorf("audit entries with token %s: uses = %d, reads of %s = %d; want 1 and 1", id, uses, codedDH, views)
		}
		if n, p, err := e.deps.Trail.Verify(ctx); err != nil || p != nil {
			t.Errorf("Verify after token entries = %d, %+v, %v", n, p, err)
		}
		// The token id is part of the keyed hash: moving an entry to another token breaks it.
		if _, err := d.Exec(ctx, "UPDATE audit_log SET token_id = 0 WHERE action = 'view' AND token_id = ?", own[0].ID); err != nil {
			t.Fatal(err)
		}
		if _, p, _ := e.deps.Trail.Verify(ctx); p == nil {
			t.Errorf("Verify did not notice the token id removed from an entry")
		}
		if r := e.login("audrey").get("/audit?actie=token.use"); !strings.Contains(r.body, "(API-token "+id+")") {
			t.Errorf("audit page does not name the token:\n%s", r.body)
		}
		// Another user cannot revoke ana's token (it answers as missing); ana can.
		if r := e.login("rick").post("/mijn/tokens/"+id+"/intrekken", nil); r.code != http.StatusNotFound {
			t.Errorf("rick revokes ana's token = %d, want 404", r.code)
		}
		if r := c.post("/mijn/tokens/"+id+"/intrekken", nil); r.code != http.StatusSeeOther {
			t.Errorf("ana revokes her token = %d, want 303", r.code)
		}
		if r := e.api(tok, http.MethodGet, "/api/v1/me", nil); r.code != http.StatusUnauthorized {
			t.Errorf("revoked token = %d, want 401", r.code)
		}
	})
}

// TestThrottleMessagesDutch: a throttled login (per account and per address) and a
// throttled postbox code say so in Dutch on the page and in the API's message_nl, with a
// Dutch wait ("een minuut", never "1 minuten"), and no English on the page.
func TestThrottleMessagesDutch(t *testing.T) {
	var vik vikCases
	e := newEnv(t, dbtest.SQLite(t), withIntegrity(t, &vik))
	vik.svc.SetRateLimit(2, time.Minute)
	english := regexp.MustCompile(`(?i)throttl|too many|try again|attempts`)
	c := e.anonymous()
	var page response
	for range 4 {
		page = c.post("/melden/postbus", url.Values{"code": {"1111 2222 3333 4444 5555"}})
	}
	if page.code != http.StatusTooManyRequests || !strings.Contains(page.body, "te veel pogingen; probeer het over een minuut opnieuw") || english.MatchString(page.body) {
		t.Errorf("throttled postbox page = %d, want 429 in Dutch only:\n%s", page.code, page.body)
	}
	r := e.api("", http.MethodPost, "/api/v1/integriteit/postbus", map[string]string{"code": "1111 2222 3333 4444 5555"})
	var body map[string]string
	if err := json.Unmarshal([]byte(r.body), &body); err != nil || r.code != http.StatusTooManyRequests ||
		body["message_nl"] != "te veel pogingen; probeer het over een minuut opnieuw" || strings.Contains(body["message_en"], "login") {
		t.Errorf("throttled postbox API = %d %s", r.code, r.body)
	}
	for range access.DefaultMaxFailures + 1 {
		page = c.post("/login", url.Values{"gebruikersnaam": {"ana"}, "wachtwoord": {"fout"}})
	}
	if page.code != http.StatusTooManyRequests || !regexp.MustCompile(`te veel mislukte pogingen; probeer het over (een minuut|[2-9][0-9]* minuten) opnieuw`).MatchString(page.body) || english.MatchString(page.body) {
		t.Errorf("throttled login page = %d, want 429 in Dutch only:\n%s", page.code, page.body)
	}
	err := access.Throttled("te veel pogingen", 30*time.Second)
	if !errors.Is(err, access.ErrThrottled) || err.Error() != "te veel pogingen; probeer het over een minuut opnieuw" || stelsel.ErrorCode(err) != stelsel.EUNAUTHORIZED {
		t.Errorf("Throttled = %q (code %s), want the Dutch message alone", err, stelsel.ErrorCode(err))
	}
	if got := access.DutchDuration(61 * time.Second); got != "2 minuten" {
		t.Errorf("DutchDuration(61s) = %q", got)
	}
}

// TestNoFakeDoneNotice (issue 12.18): a link with ?gedaan=... shows no "opgeslagen"-type
// notice; only the browser that just made the change sees it, once.
func TestNoFakeDoneNotice(t *testing.T) {
	var vik vikCases
	e := newEnv(t, dbtest.SQLite(t), withIntegrity(t, &vik))
	c := e.login("beheer")
	const saved = "De rol is opgeslagen"
	if r := c.get("/beheer/gebruikers?gedaan=rol"); strings.Contains(r.body, saved) {
		t.Errorf("a link with ?gedaan=rol shows %q", saved)
	}
	if r := c.post("/beheer/gebruikers/ana/rol", url.Values{"rol": {"analist"}}); r.code != http.StatusSeeOther {
		t.Fatalf("set role = %d %s", r.code, r.body)
	}
	if r := c.get("/beheer/gebruikers?gedaan=rol"); !strings.Contains(r.body, saved) {
		t.Errorf("after a real change the notice is missing")
	}
	if r := c.get("/beheer/gebruikers?gedaan=rol"); strings.Contains(r.body, saved) {
		t.Errorf("the notice shows a second time")
	}
	if r := e.login("medewerker").get("/integriteit/mijn?gedaan=melding"); strings.Contains(r.body, "Uw melding is ontvangen") {
		t.Errorf("a link with ?gedaan=melding shows that a report was received")
	}
}
