package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestSampleCommand: draw the month's sample, refuse a second and a bad month, list it
// with its estimate after a decision made with stelsel review, show its registrations.
func TestSampleCommand(t *testing.T) {
	dir := t.TempDir()
	dsn := filepath.Join(dir, "s.db")
	if out, err := runCmd(t, "", "import", "--db", dsn, "../../registration/testdata/sample.csv"); err != nil {
		t.Fatalf("import: %v\n%s", err, out)
	}
	if out, err := runCmd(t, "een lang wachtwoord\n", "user", "add", "--db", dsn, "--role", "analist", "--name", "Ana", "--password-stdin", "ana"); err != nil {
		t.Fatalf("user add: %v\n%s", err, out)
	}
	steps := []struct {
		args []string
		want string
		exit int
	}{
		{[]string{"sample", "list", "--db", dsn}, "nog geen steekproef", 0},
		{[]string{"sample", "draw", "--db", dsn, "--as", "ana", "--period", "maart", "--size", "5"}, "JJJJ-MM", 2},
		{[]string{"sample", "draw", "--db", dsn, "--as", "ana", "--period", "2026-03", "--size", "5", "--seed", "cli"}, "1 van 1 niet-gemarkeerde registraties getrokken (zaad cli)", 0},
		{[]string{"sample", "draw", "--db", dsn, "--as", "ana", "--period", "2026-03", "--size", "5"}, "al een steekproef", 4},
		{[]string{"sample", "show", "1", "--db", dsn}, "2026-DH-000002", 0},
		{[]string{"review", "decide", "--db", dsn, "--as", "ana", "--kind", "geen_discriminatie", "--reason", "Geluidsoverlast.",
			"--rationale", "Geen discriminatoir aspect.", "2026-DH-000002"}, "vastgelegd", 0},
		{[]string{"sample", "list", "--db", dsn}, "0.0% (0.0-79.3%)", 0},
		{[]string{"sample", "show", "x", "--db", dsn}, "ID is the number", 2},
		// The re-ranking model (issue 11.5): too few decisions to train and measure one.
		{[]string{"rank", "list", "--db", dsn}, "nog geen model", 0},
		{[]string{"rank", "train", "--db", dsn}, "te weinig beoordelingen", 2},
		{[]string{"rank", "activate", "rang@000000000000", "--db", dsn}, "niet gevonden", 4},
		{[]string{"rank", "explain", "2026-DH-000001", "--db", dsn}, "geen model aan", 0},
	}
	for _, s := range steps {
		out, err := runCmd(t, "", s.args...)
		if code := exitCode(&strings.Builder{}, err); code != s.exit {
			t.Fatalf("stelsel %s: exit %d (%v), want %d\n%s", strings.Join(s.args, " "), code, err, s.exit, out)
		}
		if !strings.Contains(out+errText(err), s.want) {
			t.Errorf("stelsel %s printed\n%s\nwant it to contain %q", strings.Join(s.args, " "), out+errText(err), s.want)
		}
	}
}
