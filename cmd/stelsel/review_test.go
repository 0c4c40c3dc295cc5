package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReviewExportStatusCommands(t *testing.T) {
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
		{[]string{"review", "queue", "--db", dsn}, "2026-DH-000001", 0},
		{[]string{"review", "queue", "--db", dsn, "--unit", "RT", "--json"}, `"eenheid": "RT"`, 0},
		{[]string{"review", "queue", "--db", dsn, "--unit", "Atlantis"}, "niet gevonden", 4},
		{[]string{"review", "show", "2026-DH-000001", "--db", dsn, "--reason", "test"}, "nikker", 0},
		{[]string{"review", "decide", "--db", dsn, "--kind", "codis", "2026-DH-000001"}, "--as USER is required", 2},
		{[]string{"review", "decide", "--db", dsn, "--as", "ana", "--kind", "discriminatie", "2026-DH-000001"}, "artikelen", 2},
		{[]string{"review", "decide", "--db", dsn, "--as", "ana", "--kind", "discriminatie", "--articles", "137c", "--grounds", "herkomst",
			"--manifestation", "belediging", "--adv", "ADV Haaglanden", "--rationale", "Groepsbelediging.", "2026-DH-000001"}, "vastgelegd", 0},
		{[]string{"review", "decide", "--db", dsn, "--as", "nobody", "--kind", "meer_informatie", "--rationale", "x", "2026-DH-000001"}, "", 4},
		{[]string{"export", "codes", "--db", dsn, "--dir", filepath.Join(dir, "codes")}, "1 regels", 0},
		{[]string{"export", "codes", "--db", dsn, "--dir", filepath.Join(dir, "codes")}, "0 regels", 0},
		{[]string{"export", "unitlist", "--db", dsn, "--unit", "DH", "--format", "xlsx", "--out", filepath.Join(dir, "dh.xlsx")}, "1 incidenten", 0},
		{[]string{"export", "unitlist", "--db", dsn, "--unit", "DH"}, "ADV Haaglanden", 0},
		{[]string{"rescreen", "--db", dsn}, "0 registraties gescreend", 0},
		{[]string{"status", "--db", dsn}, "registraties        4", 0},
	}
	for _, s := range steps {
		out, err := runCmd(t, "", s.args...)
		if code := exitCode(&strings.Builder{}, err); code != s.exit {
			t.Fatalf("stelsel %s: exit %d (%v), want %d\n%s", strings.Join(s.args, " "), code, err, s.exit, out)
		}
		if !strings.Contains(out+errText(err), s.want) {
			t.Errorf("stelsel %s printed\n%s\nwant it to contain %q", strings.Join(s.args, " "), out, s.want)
		}
	}
	if fi, err := os.Stat(filepath.Join(dir, "dh.xlsx")); err != nil || fi.Size() < 1000 {
		t.Errorf("unit list xlsx: %v", err)
	}
	out, err := runCmd(t, "", "status", "--db", dsn, "--json")
	if err != nil {
		t.Fatal(err)
	}
	var st map[string]any
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatalf("status --json: %v\n%s", err, out)
	}
	for _, k := range []string{"registrations", "versions", "screened", "flagged", "queue", "decided", "units"} {
		if _, ok := st[k]; !ok {
			t.Errorf("status --json lacks %q: %s", k, out)
		}
	}
	if st["registrations"].(float64) != 4 || st["decided"].(map[string]any)["discriminatie"].(float64) != 1 {
		t.Errorf("status --json = %s", out)
	}
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	var b strings.Builder
	exitCode(&b, err)
	return b.String()
}
