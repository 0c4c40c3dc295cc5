package registration_test

import (
	"context"
	"strings"
	"testing"

	"stelsel/db"
	"stelsel/db/dbtest"
	"stelsel/registration"
)

// TestOptionalFields imports adres, platform and persoon where a file has them (CSV
// columns in any place, JSON keys), keeps files without them valid, and leaves the hash of
// a version without them as it was: adding empty columns changes nothing, filling one in
// makes a new version.
func TestOptionalFields(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) { testOptionalFields(t, newFixture(t, d)) })
}

func testOptionalFields(t *testing.T, f *fixture) {
	ctx := context.Background()
	imp := func(name, content string) registration.ImportResult {
		t.Helper()
		res, err := f.svc.ImportReader(ctx, system, strings.NewReader(content), name, registration.ImportOptions{})
		if err != nil {
			t.Fatalf("import %s: %v", name, err)
		}
		return res
	}
	const head = "registratienummer,soort,eenheid,basisteam,incidentcode,omschrijving,pleegdatum,registratiedatum,gemeente,tekst"
	const row = "2026-OPT-000001,melding,DH,Centrum,A38,Discriminatie,,2026-02-01T10:00:00,Den Haag,Melder werd uitgescholden."
	if res := imp("a.csv", head+"\n"+row+"\n"); res.New != 1 {
		t.Fatalf("first import = %+v", res)
	}
	if res := imp("b.csv", "persoon,"+head+",adres,platform\n,"+row+",,\n"); res.Unchanged != 1 {
		t.Errorf("empty optional columns = %+v, want unchanged", res)
	}
	if res := imp("c.csv", "persoon,"+head+",adres,platform\nP-77,"+row+",\"Lange  Poten 12 \",Instagram\n"); res.Changed != 1 {
		t.Errorf("filled optional columns = %+v, want a new version", res)
	}
	det, err := f.svc.Get(ctx, analyst, "2026-OPT-000001", "test")
	if err != nil {
		t.Fatal(err)
	}
	if g := det.Registration; g.Address != "Lange Poten 12" || g.Platform != "Instagram" || g.Person != "P-77" || g.Version != 2 {
		t.Errorf("registration = %q %q %q version %d", g.Address, g.Platform, g.Person, g.Version)
	}
	res := imp("d.jsonl", `{"registratienummer":"2026-OPT-000002","soort":"melding","eenheid":"DH","registratiedatum":"2026-02-02","tekst":"Tekst.","platform":"X","persoon":"P-78"}`+"\n"+
		`{"registratienummer":"2026-OPT-000003","soort":"melding","eenheid":"DH","registratiedatum":"2026-02-02","tekst":"Tekst.","adres":"`+strings.Repeat("a", 201)+`"}`+"\n")
	if res.New != 1 || res.Rejected != 1 || res.Rejects[0].Field != "adres" {
		t.Errorf("JSON import = %+v", res)
	}
	if det, err := f.svc.Get(ctx, analyst, "2026-OPT-000002", "test"); err != nil || det.Registration.Platform != "X" || det.Registration.Person != "P-78" {
		t.Errorf("JSON registration = %+v, %v", det, err)
	}
}
