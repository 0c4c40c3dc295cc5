package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
)

func TestAuditAnchorCatchesRemovedRows(t *testing.T) {
	dir := t.TempDir()
	dsn, anchor := filepath.Join(dir, "s.db"), filepath.Join(dir, "anker.json")
	for _, args := range [][]string{
		{"user", "add", "--db", dsn, "--role", "auditor", "audrey"},
		{"user", "add", "--db", dsn, "--role", "beheerder", "bea"},
		{"audit", "anchor", "--db", dsn, "--out", anchor},
		{"audit", "verify", "--db", dsn, "--anchor", anchor},
	} {
		if out, err := runCmd(t, "", args...); err != nil {
			t.Fatalf("stelsel %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	a, err := openAccess(context.Background(), env{getenv: testGetenv}, dsn, "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.db.Exec(context.Background(), "DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)"); err != nil {
		t.Fatal(err)
	}
	a.db.Close()
	if out, err := runCmd(t, "", "audit", "verify", "--db", dsn); err != nil {
		t.Fatalf("verify without anchor after removing the last row = %v (a shorter chain is still a chain)\n%s", err, out)
	}
	out, err := runCmd(t, "", "audit", "verify", "--db", dsn, "--anchor", anchor)
	if err == nil || !strings.Contains(out, "regels verwijderd") {
		t.Errorf("verify --anchor after removing the last row = %v\n%s\nwant a failure saying rows were removed", err, out)
	}
}

func TestServeNeedsIdentityKey(t *testing.T) {
	var out, errb bytes.Buffer
	getenv := func(k string) string {
		if k == auditKeyEnv {
			return testAuditKey
		}
		return ""
	}
	err := run(context.Background(), []string{"serve", "--db", filepath.Join(t.TempDir(), "s.db"), "--addr", "127.0.0.1:0"}, getenv, strings.NewReader(""), &out, &errb)
	if err == nil || !strings.Contains(err.Error(), "STELSEL_IDENTITY_KEY") {
		t.Errorf("serve without identity key = %v, want an error naming STELSEL_IDENTITY_KEY", err)
	}
}

func TestServeNeedsAuditKey(t *testing.T) {
	var out, errb bytes.Buffer
	getenv := func(k string) string { return "" }
	err := run(context.Background(), []string{"serve", "--db", filepath.Join(t.TempDir(), "s.db"), "--addr", "127.0.0.1:0"}, getenv, strings.NewReader(""), &out, &errb)
	if err == nil || !strings.Contains(err.Error(), "STELSEL_AUDIT_KEY") {
		t.Errorf("serve without audit key = %v, want an error naming STELSEL_AUDIT_KEY", err)
	}
}
