package registration_test

import (
	"bytes"
	"encoding/csv"
	"os"
	"strings"
	"testing"
	"time"

	"stelsel/catalog"
	"stelsel/db/dbtest"
	"stelsel/registration"
)

// hostile are cell values that run as a formula when a spreadsheet opens a CSV file, in
// an English Excel (',') or a Dutch one (';').
var hostile = []string{`=HYPERLINK("http://evil.example","klik")`, "+31 6", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1",
	" =1+1", "＝1+1", "veilig;=HYPERLINK(\"http://evil.example\")", "a;+1", `x";=1+1;"`}

// assertInert reads out as CSV with both separators and fails on any cell that starts
// with a formula character.
func assertInert(t *testing.T, what string, out []byte) {
	t.Helper()
	for _, sep := range []rune{',', ';'} {
		r := csv.NewReader(bytes.NewReader(out))
		r.Comma, r.FieldsPerRecord, r.LazyQuotes = sep, -1, true
		recs, err := r.ReadAll()
		if err != nil {
			t.Fatalf("%s: read with %q: %v\n%s", what, sep, err, out)
		}
		for _, rec := range recs {
			for _, cell := range rec {
				c := strings.TrimLeft(cell, " \t\r\n")
				if c != "" && strings.ContainsAny(c[:1], "=+-@") || strings.HasPrefix(c, "＝") {
					t.Errorf("%s read with %q: cell %q runs as a formula", what, sep, cell)
				}
			}
		}
	}
}

func TestCSVFilesAreInert(t *testing.T) {
	var codes []registration.CodeRow
	var list []registration.ListRow
	for _, h := range hostile {
		codes = append(codes, registration.CodeRow{Number: h, Unit: "DH", Code: "DISCRIMINATIE", Grounds: []string{h}, EffectiveAt: time.Now()})
		list = append(list, registration.ListRow{Number: h, Unit: "DH", Team: h, Municipality: h, Summary: h})
	}
	var buf bytes.Buffer
	if err := registration.WriteCodesCSV(&buf, codes); err != nil {
		t.Fatal(err)
	}
	assertInert(t, "code export", buf.Bytes())
	// The values survive, behind an apostrophe: a reader sees what BVH had.
	recs, err := csv.NewReader(bytes.NewReader(buf.Bytes())).ReadAll()
	if err != nil || len(recs) != len(hostile)+1 || recs[1][0] != "'"+hostile[0] || recs[9][0] != "veilig;'=HYPERLINK(\"http://evil.example\")" {
		t.Errorf("code export read back = %q, %v", recs, err)
	}
	buf.Reset()
	if err := registration.WriteUnitListCSV(&buf, catalog.Default(), list); err != nil {
		t.Fatal(err)
	}
	assertInert(t, "unit list", buf.Bytes())

	// The reject file: people open it to see what went wrong.
	f := newFixture(t, dbtest.SQLite(t))
	content := header
	for _, h := range hostile {
		content += `"` + strings.ReplaceAll(h, `"`, `""`) + `",melding,NN,"` + strings.ReplaceAll(h, `"`, `""`) + `",,,,2026-01-05,,Tekst.` + "\n"
	}
	path := f.file(t, "evil.csv", content)
	if res := f.importFile(t, path); res.Rejected != len(hostile) {
		t.Fatalf("import = %+v, want every hostile number rejected", res)
	}
	b, err := os.ReadFile(path + ".rejects.csv")
	if err != nil {
		t.Fatal(err)
	}
	assertInert(t, "reject file", b)
}
