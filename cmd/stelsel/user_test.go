package main

import (
	"bytes"
	"context"
	"path/filepath"
	"stelsel/integrity"
	"strings"
	"testing"
)

// runCmd runs stelsel in-process and returns its standard output and error.
func runCmd(t *testing.T, stdin string, args ...string) (string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(context.Background(), args, testGetenv, strings.NewReader(stdin), &out, &errb)
	return out.String() + errb.String(), err
}

func TestUserAndAuditCommands(t *testing.T) {
	dsn := filepath.Join(t.TempDir(), "s.db")
	steps := []struct {
		stdin    string
		args     []string
		want     string
		wantFail bool
	}{
		{"", []string{"user", "add", "--db", dsn, "--role", "analist", "--name", "Ana List", "ana"}, "wachtwoord: ", false},
		{"een lang wachtwoord\n", []string{"user", "add", "--db", dsn, "--role", "basisteam", "--units", "DH", "--password-stdin", "bas"}, "gebruiker bas aangemaakt", false},
		{"", []string{"user", "add", "--db", dsn, "--role", "basisteam", "bob"}, "", true},
		{"", []string{"user", "role", "--db", dsn, "--units", "DH,AM", "bas", "rechercheur"}, "Discriminatierechercheur", false},
		{"", []string{"user", "disable", "--db", dsn, "ana"}, "uitgeschakeld", false},
		{"", []string{"user", "list", "--db", dsn}, "rechercheur  DH,AM", false},
		{"", []string{"user", "add", "--db", dsn, "--role", "vik-triage,vik-jurist", "--units", "DH", "tess"}, "VIK-casescreener (triage), VIK-jurist", false},
		{"", []string{"user", "add", "--db", dsn, "--role", "vik-triage,onzin", "--units", "DH", "tom"}, "", true},
		{"", []string{"user", "list", "--db", dsn}, "vik-triage,vik-jurist", false},
		// Only the owner makes a token: without bas's password the operator gets none.
		{"", []string{"user", "token", "--db", dsn, "--label", "test", "bas"}, "", true},
		{"geraden\n", []string{"user", "token", "--db", dsn, "--label", "test", "bas"}, "", true},
		{"een lang wachtwoord\n", []string{"user", "token", "--db", dsn, "--label", "test", "bas"}, "stl_", false},
		{"", []string{"audit", "verify", "--db", dsn}, "audittrail intact: 9 regels", false},
		{"", []string{"audit", "list", "--db", dsn, "--kind", "user", "--object", "bas"}, "rechercheur", false},
		{"", []string{"audit", "list", "--db", dsn, "--from", "gisteren"}, "", true},
	}
	for _, s := range steps {
		out, err := runCmd(t, s.stdin, s.args...)
		if (err != nil) != s.wantFail {
			t.Fatalf("stelsel %s: err = %v, want failure %v\n%s", strings.Join(s.args, " "), err, s.wantFail, out)
		}
		if !strings.Contains(out, s.want) {
			t.Errorf("stelsel %s printed\n%s\nwant it to contain %q", strings.Join(s.args, " "), out, s.want)
		}
	}
	// Tamper with the trail through the database itself; verify names the entry.
	a, err := openAccess(context.Background(), env{getenv: testGetenv}, dsn, "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.db.Exec(context.Background(), "UPDATE audit_log SET detail = 'niets' WHERE seq = 3"); err != nil {
		t.Fatal(err)
	}
	a.db.Close()
	out, err := runCmd(t, "", "audit", "verify", "--db", dsn)
	if err == nil || !strings.Contains(out, "volgnummer 3") {
		t.Errorf("audit verify after tampering = %v\n%s\nwant a failure naming entry 3", err, out)
	}
}

// testAuditKey is the audit key of the command tests.
const testAuditKey = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"

// testIdentityKey is the identity key of the command tests.
const testIdentityKey = "1f1e1d1c1b1a191817161514131211100f0e0d0c0b0a09080706050403020100"

// testGetenv is the environment of the command tests: a user name and the audit key.
func testGetenv(k string) string {
	switch k {
	case "USER":
		return "tester"
	case auditKeyEnv:
		return testAuditKey
	case integrity.IdentityKeyEnv:
		return testIdentityKey
	}
	return ""
}
