package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"stelsel/db"
	"stelsel/synth"
)

func TestImportCommand(t *testing.T) {
	dir := t.TempDir()
	dsn := filepath.Join(dir, "s.db")
	out, err := runCmd(t, "", "import", "--db", dsn, "../../registration/testdata/sample.csv")
	if err != nil || !strings.Contains(out, "4 nieuw") {
		t.Fatalf("import sample = %v\n%s", err, out)
	}
	out, err = runCmd(t, "", "import", "../../registration/testdata/sample.jsonl", "--db", dsn)
	if err != nil || !strings.Contains(out, "4 ongewijzigd") {
		t.Fatalf("import same records as JSONL = %v\n%s", err, out)
	}
	bad := filepath.Join(dir, "bad.csv")
	os.WriteFile(bad, []byte("registratienummer,soort,eenheid,basisteam,incidentcode,omschrijving,pleegdatum,registratiedatum,gemeente,tekst\n"+
		"X1,melding,DH,,,,,2026-01-01,,Goed.\nX2,klacht,DH,,,,,2026-01-01,,Fout.\n"), 0o600)
	out, err = runCmd(t, "", "import", "--db", dsn, bad)
	if code := exitCode(&strings.Builder{}, err); code != 3 {
		t.Errorf("import with a bad record: exit %d, want 3\n%s", code, out)
	}
	if !strings.Contains(out, "bad.csv:3 (X2): soort: onbekende soort") || !strings.Contains(out, bad+".rejects.csv") {
		t.Errorf("import with a bad record printed\n%s", out)
	}
	if _, err := runCmd(t, "", "import", "--db", dsn); exitCode(&strings.Builder{}, err) != 2 {
		t.Errorf("import without files: %v, want usage error", err)
	}
}

// TestImportKilled kills an import process at a random moment and imports again: every
// record is stored exactly once.
func TestImportKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a subprocess")
	}
	dir := t.TempDir()
	dsn, csv := filepath.Join(dir, "s.db"), filepath.Join(dir, "r.csv")
	const n = 6000
	fh, err := os.Create(csv)
	if err != nil {
		t.Fatal(err)
	}
	if err := writeSynthCSV(fh, synth.New(synth.Options{Seed: 7}), n); err != nil {
		t.Fatal(err)
	}
	fh.Close()
	// Create the schema first, so the child does not race the poll below.
	d, err := db.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()

	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperImport$")
	cmd.Env = append(os.Environ(), "STELSEL_HELPER_IMPORT=1", "HELPER_DB="+dsn, "HELPER_CSV="+csv)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var stored int
	for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		d.QueryRow(context.Background(), "SELECT count(*) FROM registrations").Scan(&stored)
		if stored > 0 {
			break
		}
	}
	cmd.Process.Kill()
	cmd.Wait()
	d.QueryRow(context.Background(), "SELECT count(*) FROM registrations").Scan(&stored)
	t.Logf("killed after %d of %d registrations were stored", stored, n)

	out, err := runCmd(t, "", "import", "--db", dsn, csv)
	if err != nil {
		t.Fatalf("import after kill: %v\n%s", err, out)
	}
	for q, want := range map[string]int{
		"SELECT count(*) FROM registrations":                                                                         n,
		"SELECT count(*) FROM registration_versions":                                                                 n,
		"SELECT count(DISTINCT number) FROM registration_versions":                                                   n,
		"SELECT count(*) FROM registrations WHERE lexicon = ''":                                                      0,
		"SELECT count(*) FROM queue_items q LEFT JOIN registrations r ON r.number = q.number WHERE r.number IS NULL": 0,
	} {
		var got int
		if err := d.QueryRow(context.Background(), q).Scan(&got); err != nil || got != want {
			t.Errorf("%s = %d, %v; want %d", q, got, err, want)
		}
	}
}

// TestHelperImport is the child process of TestImportKilled.
func TestHelperImport(t *testing.T) {
	if os.Getenv("STELSEL_HELPER_IMPORT") == "" {
		t.Skip("helper process")
	}
	runCmd(t, "", "import", "--batch", "200", "--db", os.Getenv("HELPER_DB"), os.Getenv("HELPER_CSV"))
}
