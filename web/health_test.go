package web_test

import (
	"context"
	"encoding/json"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"stelsel/access"
	"stelsel/catalog"
	"stelsel/db"
	"stelsel/db/dbtest"
	"stelsel/registration"
	"stelsel/screen"
	"stelsel/web"
)

type healthBody struct {
	Status   string `json:"status"`
	Database struct {
		Status, Soort, Probleem string
	} `json:"database"`
	Lexicon *struct {
		InGebruik   string `json:"in_gebruik"`
		Geactiveerd string `json:"geactiveerd"`
	} `json:"lexicon"`
}

func readHealth(t *testing.T, c *client) (int, healthBody) {
	t.Helper()
	r := c.get("/healthz")
	var h healthBody
	if err := json.Unmarshal([]byte(r.body), &h); err != nil {
		t.Fatalf("/healthz = %d %q: %v", r.code, r.body, err)
	}
	return r.code, h
}

// TestHealthReportsDatabase (issue 12.15): /healthz reports the database's state, a
// database that takes no writes (a full disk) included, and says which lexicon the
// instance uses; with the database gone, users get a clear Dutch page, not a bare 500.
func TestHealthReportsDatabase(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		e := newEnv(t, d, withRegistrations(t))
		c := e.anonymous()
		code, h := readHealth(t, c)
		if code != http.StatusOK || h.Status != "ok" || h.Database.Status != "ok" || h.Database.Soort != string(d.Dialect()) ||
			h.Lexicon == nil || h.Lexicon.InGebruik != e.deps.Registrations.LexiconVersion() {
			t.Fatalf("/healthz = %d %+v", code, h)
		}

		// Writes fail, reads work: what a full disk looks like.
		breakWrites := map[db.Dialect][]string{
			db.SQLite: {"CREATE TRIGGER vol BEFORE UPDATE ON health_probe BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"},
			db.Postgres: {`CREATE FUNCTION vol() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'could not extend file: No space left on device'; END $$`,
				"CREATE TRIGGER vol BEFORE UPDATE ON health_probe FOR EACH ROW EXECUTE FUNCTION vol()"},
		}[d.Dialect()]
		for _, q := range breakWrites {
			if _, err := d.SQL().ExecContext(ctx, q); err != nil {
				t.Fatal(err)
			}
		}
		if code, h := readHealth(t, c); code != http.StatusServiceUnavailable || h.Status != "fout" || !strings.Contains(h.Database.Probleem, "schrijven mislukt") {
			t.Errorf("/healthz with failing writes = %d %+v, want 503 naming the writes", code, h)
		}

		ana := e.login("ana")
		if err := d.Close(); err != nil {
			t.Fatal(err)
		}
		if code, h := readHealth(t, c); code != http.StatusServiceUnavailable || h.Database.Status != "fout" || h.Database.Probleem != "niet bereikbaar" {
			t.Errorf("/healthz with the database closed = %d %+v, want 503", code, h)
		}
		r := ana.get("/werkbak")
		if r.code != http.StatusServiceUnavailable || !strings.Contains(r.body, "Database niet beschikbaar") ||
			!strings.Contains(r.body, "niets is opgeslagen") || strings.Contains(r.body, "interne fout") {
			t.Errorf("page with the database closed = %d, want the Dutch database page:\n%s", r.code, r.body)
		}
		r = e.api("stl_x", http.MethodGet, "/api/v1/werkbak", nil)
		if r.code != http.StatusServiceUnavailable || !strings.Contains(r.body, `"code": "unavailable"`) || r.header.Get("Retry-After") == "" {
			t.Errorf("API with the database closed = %d %s", r.code, r.body)
		}
	})
}

// TestInstancesFollowLexicon (issue 12.16): two running instances on one database; a
// lexicon activated elsewhere (as by stelsel lexicon activate) is picked up by both, and
// /healthz and the lexicon page say which they use.
func TestInstancesFollowLexicon(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		e := newEnv(t, d)
		def, err := screen.DefaultLexicon()
		if err != nil {
			t.Fatal(err)
		}
		var urls []string
		for range 2 {
			deps := e.deps
			deps.Registrations = registration.NewService(d, deps.Trail, screen.New(def), catalog.Default(), time.Now)
			deps.LexiconPoll = 20 * time.Millisecond
			srv, err := web.New(deps)
			if err != nil {
				t.Fatal(err)
			}
			l, err := net.Listen("tcp", "127.0.0.1:0")
			if err != nil {
				t.Fatal(err)
			}
			done := make(chan error, 1)
			go func() { done <- srv.Serve(ctx, l) }()
			t.Cleanup(func() { cancel(); <-done })
			urls = append(urls, "http://"+l.Addr().String())
		}
		content := []byte("# name: elders\nterm\tmode\tgrounds\tstrength\texceptions\tfuzzy\tnote\nbakkerstas\tword\therkomst\tstrong\t\t\t\n")
		lex, _, err := registration.ActivateLexicon(ctx, d, e.deps.Trail, access.System("elders"), "elders.tsv", content, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		for i, u := range urls {
			var h healthBody
			deadline := time.Now().Add(10 * time.Second)
			for time.Now().Before(deadline) {
				resp, err := http.Get(u + "/healthz")
				if err != nil {
					t.Fatal(err)
				}
				h = healthBody{}
				json.NewDecoder(resp.Body).Decode(&h)
				resp.Body.Close()
				if h.Lexicon != nil && h.Lexicon.InGebruik == lex.Version() {
					break
				}
				time.Sleep(20 * time.Millisecond)
			}
			if h.Lexicon == nil || h.Lexicon.InGebruik != lex.Version() || h.Lexicon.Geactiveerd != lex.Version() {
				t.Errorf("instance %d: /healthz lexicon = %+v, want %s in use", i+1, h.Lexicon, lex.Version())
			}
		}
	})
}
