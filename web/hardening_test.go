package web_test

import (
	"context"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"stelsel/db"
	"stelsel/db/dbtest"
)

// TestPathSegmentsEscaped: a registration number stored before the safe number pattern
// (or from elsewhere) holding '/', '?' or '#' must link and post to itself, never to
// another registration.
func TestPathSegmentsEscaped(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		e := newEnv(t, d, withRegistrations(t))
		hostile := "SEC-T/../" + codedDH + "?opgeslagen=1#x"
		for _, table := range []string{"registrations", "registration_versions", "queue_items"} {
			if _, err := d.Exec(context.Background(), "UPDATE "+table+" SET number = ? WHERE number = ?", hostile, uncodedDH); err != nil {
				t.Fatal(err)
			}
		}
		c := e.login("ana")
		r := c.get("/werkbak?status=alle")
		want := "/registraties/" + url.PathEscape(hostile)
		if !strings.Contains(r.body, `href="`+want+`?`) {
			t.Fatalf("queue does not link to %s:\n%s", want, r.body)
		}
		r = c.get(want)
		if r.code != http.StatusOK || !strings.Contains(r.body, "kankerjood") {
			t.Fatalf("GET %s = %d, want the registration", want, r.code)
		}
		m := regexp.MustCompile(`action="([^"]*/beoordeling)"`).FindStringSubmatch(r.body)
		if m == nil || m[1] != want+"/beoordeling" {
			t.Fatalf("decision form action = %v, want %s/beoordeling", m, want)
		}
		r = c.post(m[1], url.Values{"soort": {"geen_discriminatie"}, "reden": {"geen_discriminatoir_aspect"}, "motivering": {"test"}})
		if r.code >= 400 {
			t.Fatalf("POST %s = %d\n%s", m[1], r.code, r.body)
		}
		var onHostile, onCoded int
		d.QueryRow(context.Background(), "SELECT count(*) FROM decisions WHERE number = ?", hostile).Scan(&onHostile)
		d.QueryRow(context.Background(), "SELECT count(*) FROM decisions WHERE number = ?", codedDH).Scan(&onCoded)
		if onHostile != 1 || onCoded != 1 {
			t.Errorf("decisions on %q = %d, on %s = %d; want 1 and 1 (the one of the fixture)", hostile, onHostile, codedDH, onCoded)
		}
	})
}
