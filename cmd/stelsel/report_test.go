package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReportCommand(t *testing.T) {
	dir := t.TempDir()
	dsn := filepath.Join(dir, "s.db")
	if out, err := runCmd(t, "", "import", "--db", dsn, "../../registration/testdata/sample.csv"); err != nil {
		t.Fatalf("import: %v\n%s", err, out)
	}
	for _, u := range [][]string{{"analist", "ana"}, {"beleid", "bea"}} {
		if out, err := runCmd(t, "een lang wachtwoord\n", "user", "add", "--db", dsn, "--role", u[0], "--name", u[1], "--password-stdin", u[1]); err != nil {
			t.Fatalf("user add: %v\n%s", err, out)
		}
	}
	if out, err := runCmd(t, "", "review", "decide", "--db", dsn, "--as", "ana", "--kind", "discriminatie", "--articles", "137c", "--grounds", "herkomst",
		"--manifestation", "belediging", "--rationale", "Groepsbelediging.", "2026-DH-000001"); err != nil {
		t.Fatalf("decide: %v\n%s", err, out)
	}
	steps := []struct {
		args []string
		want string
		exit int
	}{
		{[]string{"report", "year", "--db", dsn, "--year", "2026"}, "Den Haag,1,100", 0},
		{[]string{"report", "year", "--db", dsn, "--year", "2026", "--publication"}, "Den Haag,<5,", 0},
		{[]string{"report", "year", "--db", dsn, "--year", "2026", "--as", "bea"}, "Den Haag,<5,", 0},
		{[]string{"report", "year", "--db", dsn, "--year", "2026", "--format", "json"}, `"incidenten": 1`, 0},
		{[]string{"report", "year", "--db", dsn, "--year", "2026", "--format", "pdf"}, "--format", 2},
		{[]string{"report", "year", "--db", dsn, "--year", "1990"}, "jaar", 2},
		{[]string{"report", "year", "--db", dsn, "--year", "2026", "--establish", "--as", "ana"}, "", 4},
		{[]string{"report", "year", "--db", dsn, "--year", "2026", "--establish", "--as", "bea", "--publication", "--out", filepath.Join(dir, "j.xlsx"), "--format", "xlsx"}, "versie 1", 0},
		{[]string{"report", "nothing", "--db", dsn}, "usage", 2},
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
	if fi, err := os.Stat(filepath.Join(dir, "j.xlsx")); err != nil || fi.Size() < 1000 {
		t.Errorf("report xlsx: %v", err)
	}
	out, _ := runCmd(t, "", "report", "year", "--db", dsn, "--year", "2026", "--format", "json")
	var v map[string]any
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Errorf("json: %v", err)
	}
}

func TestReportODIHRAndRDOCommands(t *testing.T) {
	dir := t.TempDir()
	dsn := filepath.Join(dir, "s.db")
	if out, err := runCmd(t, "", "import", "--db", dsn, "../../registration/testdata/sample.csv"); err != nil {
		t.Fatalf("import: %v\n%s", err, out)
	}
	if out, err := runCmd(t, "een lang wachtwoord\n", "user", "add", "--db", dsn, "--role", "analist", "--name", "Ana", "--password-stdin", "ana"); err != nil {
		t.Fatalf("user add: %v\n%s", err, out)
	}
	if out, err := runCmd(t, "", "review", "decide", "--db", dsn, "--as", "ana", "--kind", "codis", "--grounds", "herkomst",
		"--manifestation", "bedreiging", "--adv", "ADV Haaglanden", "--rationale", "Bedreiging met scheldwoord.", "2026-DH-000001"); err != nil {
		t.Fatalf("decide: %v\n%s", err, out)
	}
	for _, s := range []struct {
		args []string
		want string
	}{
		{[]string{"report", "odihr", "--db", dsn, "--year", "2026"}, "Racism and xenophobia,1,,"},
		{[]string{"report", "odihr", "--db", dsn, "--year", "2026", "--by", "delict", "--publication"}, "Bedreiging,<5,,"},
		{[]string{"report", "rdo", "--db", dsn, "--unit", "DH"}, "2026-DH-000001,2026-03-01"},
		{[]string{"report", "commitments", "--db", dsn}, "Motie Hermans,-,2,2,2,2,8"},
		{[]string{"report", "halfyear", "--db", dsn, "--year", "2026", "--half", "1"}, "Discriminatie-incidenten in het halfjaar"},
		{[]string{"report", "trends", "--db", dsn, "--months", "12"}, `"Herkomst/ras (huidskleur, afkomst, etniciteit)",`},
		{[]string{"report", "rdo", "--db", dsn, "--unit", "DH", "--format", "json"}, `"registratienummer": "2026-DH-000001"`},
	} {
		out, err := runCmd(t, "", s.args...)
		if err != nil || !strings.Contains(out, s.want) {
			t.Errorf("stelsel %s: %v\n%s\nwant %q", strings.Join(s.args, " "), err, out, s.want)
		}
	}
	if _, err := runCmd(t, "", "report", "rdo", "--db", dsn, "--unit", "DH", "--format", "xlsx", "--out", filepath.Join(dir, "rdo.xlsx")); err != nil {
		t.Errorf("rdo xlsx: %v", err)
	}
	if _, err := runCmd(t, "", "report", "odihr", "--db", dsn, "--year", "2026", "--by", "beide"); exitCode(&strings.Builder{}, err) != 2 {
		t.Errorf("odihr --by beide: %v", err)
	}
}
