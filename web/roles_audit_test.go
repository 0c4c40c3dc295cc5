package web_test

import (
	"context"
	"encoding/csv"
	"net/url"
	"strings"
	"testing"
	"time"

	"stelsel/access"
	"stelsel/db"
	"stelsel/db/dbtest"
)

// TestAuditFiltersForTheAuditor is issue 7 item 14 (auditor): parts of names, moments
// to the second, a CSV of exactly the filtered entries (inert in a spreadsheet), Dutch
// labels, and the auditor's own views of the trail out of the way.
func TestAuditFiltersForTheAuditor(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		e := newEnv(t, d, withRegistrations(t))
		if _, err := e.deps.Users.Add(ctx, access.System("test"), access.NewUser{Username: "k.vries", Name: "Karin Jansen",
			Role: access.RoleAnalyst, Password: testPassword}); err != nil {
			t.Fatal(err)
		}
		// Three entries a second apart, one of them with a reason that is a formula.
		at := time.Date(2026, 1, 5, 10, 0, 0, 0, amsterdamTZ(t))
		fixed := access.NewTrail(d, func() time.Time { return at })
		karin := access.Actor{Username: "k.vries", Role: access.RoleAnalyst}
		for i, obj := range []string{"2026-DH-000101", "2026-DH-000102", "2026-DH-000103"} {
			at = time.Date(2026, 1, 5, 10, 0, i, 0, amsterdamTZ(t))
			reason := "controle"
			if i == 1 {
				reason = "=HYPERLINK(\"http://evil.example\";\"klik\")"
			}
			if err := fixed.Record(ctx, karin, access.Entry{Action: access.ActionView, ObjectKind: "registration", ObjectID: obj, Reason: reason}); err != nil {
				t.Fatal(err)
			}
		}
		aud := e.login("audrey")
		for range 3 {
			aud.get("/audit")
		}

		// A part of the account's name, in another case, finds its entries.
		r := aud.get("/audit?wie=JANSEN")
		if r.code != 200 || strings.Count(r.body, "<td>k.vries</td>") != 3 {
			t.Errorf("/audit?wie=JANSEN = %d with %d rows of k.vries, want 3", r.code, strings.Count(r.body, "<td>k.vries</td>"))
		}
		if r := aud.get("/audit?wie=vri&object=dh-00010"); strings.Count(r.body, "<td>k.vries</td>") != 3 || !strings.Contains(r.body, "3 regels voor dit filter") {
			t.Errorf("parts of username and object: want 3 rows and the count")
		}
		// To the second: one second holds exactly one entry; a whole day all three.
		one := "/audit?" + url.Values{"wie": {"k.vries"}, "van": {"2026-01-05T10:00:01"}, "tot": {"2026-01-05T10:00:01"}}.Encode()
		if r := aud.get(one); strings.Count(r.body, "<td>k.vries</td>") != 1 || !strings.Contains(r.body, "2026-DH-000102") ||
			!strings.Contains(r.body, `value="2026-01-05T10:00:01"`) {
			t.Errorf("%s: want exactly the entry of that second, the moments kept in the form", one)
		}
		if r := aud.get("/audit?wie=k.vries&van=2026-01-05&tot=2026-01-05"); strings.Count(r.body, "<td>k.vries</td>") != 3 {
			t.Errorf("a whole day: want 3 rows")
		}
		if r := aud.get("/audit?van=5-1-2026"); r.code != 422 || !strings.Contains(r.body, "jjjj-mm-dd uu:mm:ss") {
			t.Errorf("a bad moment = %d, want 422 naming the format", r.code)
		}

		// The download holds exactly the filtered entries, with Dutch labels, inert cells.
		page := aud.get("/audit?wie=vries&van=2026-01-05T10:00:01&tot=2026-01-05T10:00:02")
		want := `href="/audit/regels.csv?tot=2026-01-05T10%3a00%3a02&amp;van=2026-01-05T10%3a00%3a01&amp;wie=vries"`
		if !strings.Contains(page.body, want) && !strings.Contains(page.body, strings.ReplaceAll(want, "%3a", "%3A")) {
			t.Errorf("the page does not link the download of its own filter:\n%s", page.body)
		}
		dl := aud.get("/audit/regels.csv?wie=vries&van=2026-01-05T10:00:01&tot=2026-01-05T10:00:02")
		if dl.code != 200 || !strings.HasPrefix(dl.header.Get("Content-Type"), "text/csv") {
			t.Fatalf("download = %d %q", dl.code, dl.header.Get("Content-Type"))
		}
		recs, err := csv.NewReader(strings.NewReader(dl.body)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(recs) != 3 || recs[0][0] != "volgnummer" {
			t.Fatalf("download has %d lines, want a header and 2 entries:\n%s", len(recs), dl.body)
		}
		if recs[1][6] != "2026-DH-000103" || recs[2][6] != "2026-DH-000102" || recs[1][1] != "2026-01-05 10:00:02" {
			t.Errorf("download rows = %q", recs[1:])
		}
		if recs[2][4] != "Inzage" || recs[2][5] != "Registratie" || recs[2][3] != "ECAD-P analist" {
			t.Errorf("download labels = %q, want Dutch action, kind and role", recs[2])
		}
		if !strings.HasPrefix(recs[2][8], "'=") {
			t.Errorf("formula in the download is not made inert: %q", recs[2][8])
		}
		// The download itself is audited.
		if got, _ := e.deps.Trail.List(ctx, access.System("t"), access.Filter{Actor: "audrey", Action: access.ActionExport}); len(got) != 1 {
			t.Errorf("download audited %d times, want 1", len(got))
		}

		// The auditor's own views of the trail stay out of the first screen unless asked.
		if r := aud.get("/audit?wie=audrey&soort=Audittrail&actie=view"); !strings.Contains(r.body, "0 regels voor dit filter") || !strings.Contains(r.body, "eigen=ja") {
			t.Errorf("own views shown by default, or no toggle to show them")
		}
		if r := aud.get("/audit?wie=audrey&soort=Audittrail&actie=view&eigen=ja"); strings.Count(r.body, "<td>audrey</td>") < 3 {
			t.Errorf("eigen=ja does not show the auditor's own views")
		}

		// Dutch names for actions, roles and kinds, also of other packages; the kind filter
		// takes the Dutch name.
		r = aud.get("/audit?soort=registratie")
		for _, want := range []string{">Beslissing OM</option>", ">Identiteit melder ingezien</option>", "Registratie 2026-DH-000101", "ECAD-P analist"} {
			if !strings.Contains(r.body, want) {
				t.Errorf("/audit?soort=registratie lacks %q", want)
			}
		}
		for _, raw := range []string{">om.decision<", ">analist<", ">registration "} {
			if strings.Contains(r.body, raw) {
				t.Errorf("/audit shows the raw code %q", raw)
			}
		}
	})
}

func amsterdamTZ(t *testing.T) *time.Location {
	t.Helper()
	l, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func init() {
	axePages = append(axePages, axePage{"audrey", "/audit?wie=ana&van=2026-01-01T00:00:00&eigen=ja"})
}
