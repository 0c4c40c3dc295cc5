package registration_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"stelsel"
	"stelsel/access"
	"stelsel/catalog"
	"stelsel/db"
	"stelsel/db/dbtest"
	"stelsel/registration"
	"stelsel/screen"
)

func TestMain(m *testing.M) { dbtest.Main(m) }

var (
	system   = access.System("test")
	analyst  = access.Actor{Username: "ana", Name: "Ana List", Role: access.RoleAnalyst}
	analyst2 = access.Actor{Username: "bob", Name: "Bob Tweede", Role: access.RoleAnalyst}
	officer  = func(unit string) access.Actor {
		return access.Actor{Username: "off-" + unit, Role: access.RoleOfficer, Units: []string{unit}}
	}
)

type fixture struct {
	svc   *registration.Service
	d     *db.DB
	clock time.Time
	dir   string
}

func newFixture(t *testing.T, d *db.DB) *fixture {
	t.Helper()
	lex, err := screen.DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	return newFixtureWith(t, d, lex)
}

// newFixtureWith is newFixture screening with lex, for tests whose premise must not move
// with the default lexicon.
func newFixtureWith(t *testing.T, d *db.DB, lex *screen.Lexicon) *fixture {
	t.Helper()
	f := &fixture{d: d, clock: time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC), dir: t.TempDir()}
	now := func() time.Time { f.clock = f.clock.Add(time.Second); return f.clock }
	f.svc = registration.NewService(d, access.NewTrail(d, now), screen.New(lex), catalog.Default(), now)
	return f
}

// file writes content to a fresh file in the fixture's directory.
func (f *fixture) file(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(f.dir, name)
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func (f *fixture) importFile(t *testing.T, path string) registration.ImportResult {
	t.Helper()
	res, err := f.svc.Import(context.Background(), system, path, registration.ImportOptions{})
	if err != nil {
		t.Fatalf("Import(%s): %v", path, err)
	}
	return res
}

func (f *fixture) count(t *testing.T, q string) int {
	t.Helper()
	var n int
	if err := f.d.QueryRow(context.Background(), q).Scan(&n); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return n
}

func sample(t *testing.T, name string) string {
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

const header = "registratienummer,soort,eenheid,basisteam,incidentcode,omschrijving,pleegdatum,registratiedatum,gemeente,tekst\n"

// TestRegistrations is the storage suite, run against SQLite and PostgreSQL.
func TestRegistrations(t *testing.T) {
	for name, fn := range map[string]func(*testing.T, *fixture){
		"import": testImport, "bad input": testBadInput, "resume": testResume, "review": testReview,
		"concurrent": testConcurrent,
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			dbtest.Each(t, func(t *testing.T, d *db.DB) { fn(t, newFixture(t, d)) })
		})
	}
}

func testImport(t *testing.T, f *fixture) {
	ctx := context.Background()
	csvPath := f.file(t, "a.csv", sample(t, "sample.csv"))
	res := f.importFile(t, csvPath)
	if res.New != 4 || res.Rejected != 0 || res.Flagged < 2 {
		t.Fatalf("first import = %+v, want 4 new, 0 rejected, >= 2 flagged", res)
	}
	res = f.importFile(t, csvPath)
	if res.New != 0 || res.Changed != 0 || res.Unchanged != 4 {
		t.Fatalf("second import = %+v, want 4 unchanged", res)
	}
	res = f.importFile(t, f.file(t, "a.jsonl", sample(t, "sample.jsonl")))
	if res.Unchanged != 4 {
		t.Fatalf("JSONL import of the same records = %+v, want 4 unchanged", res)
	}
	changed := strings.Replace(sample(t, "sample.csv"), "harde muziek", "harde muziek en geschreeuw over een zwartje", 1)
	res = f.importFile(t, f.file(t, "b.csv", changed))
	if res.Changed != 1 || res.Unchanged != 3 || res.Flagged != 1 {
		t.Fatalf("import with one changed text = %+v, want 1 changed (flagged), 3 unchanged", res)
	}
	det, err := f.svc.Get(ctx, analyst, "2026-DH-000002", "test")
	if err != nil {
		t.Fatal(err)
	}
	if det.Version != 2 || len(det.Versions) != 2 || !det.Flagged || len(det.Hits) == 0 || det.Status != registration.StatusOpen {
		t.Errorf("Get after change = version %d, %d versions, flagged %v, %d hits, status %q; want 2, 2, true, >0, open",
			det.Version, len(det.Versions), det.Flagged, len(det.Hits), det.Status)
	}
	if got := f.count(t, "SELECT count(*) FROM registration_versions"); got != 5 {
		t.Errorf("versions = %d, want 5", got)
	}
	st, err := f.svc.Status(ctx, system)
	if err != nil {
		t.Fatal(err)
	}
	if st.Registrations != 4 || st.Versions != 5 || st.Screened != 4 || st.Units["DH"].Registrations != 2 {
		t.Errorf("Status = %+v", st)
	}
}

func testBadInput(t *testing.T, f *fixture) {
	good := "2026-NN-000100,melding,NN,Groningen-Stad,E1,Test,,2026-01-05,Groningen,Een gewone melding over een fiets.\n"
	tests := []struct {
		name, line, field string
	}{
		{"latin-1", "2026-NN-000101,melding,NN,,,,,2026-01-05,,Caf\xe9 overlast door bezoekers.\n", "tekst"},
		{"missing column", "2026-NN-000102,melding,NN,,,,,2026-01-05\n", "gemeente"},
		{"unknown soort", "2026-NN-000103,klacht,NN,,,,,2026-01-05,,Tekst.\n", "soort"},
		{"unknown eenheid", "2026-NN-000104,melding,Atlantis,,,,,2026-01-05,,Tekst.\n", "eenheid"},
		{"bad date", "2026-NN-000105,melding,NN,,,,,5 januari 2026,,Tekst.\n", "registratiedatum"},
		{"bad pleegdatum", "2026-NN-000106,melding,NN,,,,2026-13-45,2026-01-05,,Tekst.\n", "pleegdatum"},
		{"empty text", "2026-NN-000107,melding,NN,,,,,2026-01-05,,\"  \"\n", "tekst"},
		{"huge text", "2026-NN-000108,melding,NN,,,,,2026-01-05,," + strings.Repeat("x", registration.MaxTextBytes+1) + "\n", "tekst"},
		{"duplicate", strings.Replace(good, "E1", "E2", 1), "registratienummer"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := f.file(t, strings.ReplaceAll(tt.name, " ", "_")+".csv", header+good+tt.line)
			res := f.importFile(t, path)
			if res.Rejected != 1 || len(res.Rejects) != 1 {
				t.Fatalf("Import = %+v, want 1 reject", res)
			}
			rj := res.Rejects[0]
			if rj.Line != 3 || rj.Field != tt.field || rj.File != path || rj.Reason == "" {
				t.Errorf("reject = %+v, want line 3, field %s", rj, tt.field)
			}
			b, err := os.ReadFile(path + ".rejects.csv")
			if err != nil || !strings.Contains(string(b), "fout_reden") || strings.Count(string(b), "\n") < 2 {
				t.Errorf("reject file = %q, %v", b, err)
			}
		})
	}
	if n := f.count(t, "SELECT count(*) FROM registrations"); n != 1 {
		t.Errorf("registrations = %d, want the 1 good record", n)
	}
	// A clean rerun removes the stale reject file.
	clean := f.file(t, "clean.csv", header+good)
	f.file(t, "clean.csv.rejects.csv", "old")
	f.importFile(t, clean)
	if _, err := os.Stat(clean + ".rejects.csv"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("stale reject file still there: %v", err)
	}
	// A header without a required column rejects the whole file, naming the column.
	_, err := f.svc.Import(context.Background(), system, f.file(t, "nohead.csv", "registratienummer,soort\nx,melding\n"), registration.ImportOptions{})
	if stelsel.ErrorCode(err) != stelsel.EINVALID || !strings.Contains(stelsel.ErrorMessage(err), "tekst") {
		t.Errorf("Import without columns = %v, want EINVALID naming tekst", err)
	}
	// JSON Lines: bad records too.
	res := f.importFile(t, f.file(t, "bad.jsonl", `{"registratienummer":"J1","soort":"melding","eenheid":"NN","registratiedatum":"2026-01-05","tekst":"Goed."}
{"registratienummer":"J2","soort":"melding","eenheid":"NN","registratiedatum":"2026-01-05"}
{"registratienummer":"J3","soort":"melding","eenheid":"NN","registratiedatum":"2026-01-05","tekst":"Caf`+"\xe9"+`"}
not json
`))
	if res.New != 1 || res.Rejected != 3 || res.Rejects[0].Field != "tekst" || res.Rejects[2].Line != 4 {
		t.Errorf("JSONL import = %+v", res)
	}
}

// testConcurrent runs two imports of the same file at once into an empty database, where
// neither looks numbers up first: each record lands exactly once all the same.
func testConcurrent(t *testing.T, f *fixture) {
	var b strings.Builder
	b.WriteString(header)
	const n = 3000
	for i := range n {
		text := "Melding van overlast op straat door jongeren."
		if i%50 == 0 {
			text = "Verdachte riep vuile nikker naar de agent."
		}
		b.WriteString(strings.Join([]string{fmt.Sprintf("2026-C-%07d", (i*7919)%n), "melding", "AM", "Oost", "", "", "", "2026-01-05", "Amsterdam", text}, ",") + "\n")
	}
	path := f.file(t, "twice.csv", b.String())
	results := make([]registration.ImportResult, 2)
	errs := make([]error, 2)
	done := make(chan int)
	for i := range 2 {
		go func() {
			results[i], errs[i] = f.svc.Import(context.Background(), system, path, registration.ImportOptions{BatchSize: 250, RejectPath: "-"})
			done <- i
		}()
	}
	<-done
	<-done
	for i, err := range errs {
		if err != nil {
			t.Fatalf("Import %d: %v", i, err)
		}
	}
	if got := results[0].New + results[1].New; got != n {
		t.Errorf("new = %d + %d, want %d in all", results[0].New, results[1].New, n)
	}
	for q, want := range map[string]int{
		"SELECT count(*) FROM registrations":                                n,
		"SELECT count(*) FROM registration_versions":                        n,
		"SELECT count(*) FROM queue_items":                                  n / 50,
		"SELECT count(DISTINCT registration_id) FROM hits":                  n / 50,
		"SELECT count(DISTINCT registration_id) FROM registration_versions": n,
	} {
		if got := f.count(t, q); got != want {
			t.Errorf("%s = %d, want %d", q, got, want)
		}
	}
}

// testResume interrupts an import between batches and runs it again: every record
// lands exactly once.
func testResume(t *testing.T, f *fixture) {
	var b strings.Builder
	b.WriteString(header)
	const n = 2000
	for i := range n {
		text := "Melding van overlast op straat door jongeren."
		if i%50 == 0 {
			text = "Verdachte riep vuile nikker naar de agent."
		}
		b.WriteString(strings.Join([]string{fmt.Sprintf("2026-T-%07d", i), "melding", "AM", "Oost", "", "", "", "2026-01-05", "Amsterdam", text}, ",") + "\n")
	}
	path := f.file(t, "big.csv", b.String())
	ctx, cancel := context.WithCancel(context.Background())
	batches := 0
	_, err := f.svc.Import(ctx, system, path, registration.ImportOptions{BatchSize: 100, Progress: func(registration.ImportProgress) {
		if batches++; batches == 7 {
			cancel()
		}
	}})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("interrupted Import = %v, want context.Canceled", err)
	}
	got := f.count(t, "SELECT count(*) FROM registrations")
	if got == 0 || got >= n {
		t.Logf("after interrupt: %d registrations stored", got)
	}
	res := f.importFile(t, path)
	if res.New+res.Unchanged != n || res.New != n-got {
		t.Errorf("rerun = %+v, want %d new + %d unchanged", res, n-got, got)
	}
	for q, want := range map[string]int{
		"SELECT count(*) FROM registrations":                       n,
		"SELECT count(*) FROM registration_versions":               n,
		"SELECT count(*) FROM queue_items":                         n / 50,
		"SELECT count(DISTINCT number) FROM registration_versions": n,
	} {
		if got := f.count(t, q); got != want {
			t.Errorf("%s = %d, want %d", q, got, want)
		}
	}
}
