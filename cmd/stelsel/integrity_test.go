package main

import (
	"encoding/json"
	"io"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestIntegrityCommands drives the integrity system through the command line, and the
// role x track matrix through it: whoever may not see a case or track gets exit 4.
func TestIntegrityCommands(t *testing.T) {
	dsn := filepath.Join(t.TempDir(), "s.db")
	for _, u := range [][]string{
		{"meldpunt", "vik-meldpunt", "DH", ""}, {"triage1", "vik-triage", "DH", ""}, {"triage2", "vik-triage", "DH", ""},
		{"onderzoeker", "vik-onderzoeker", "DH", ""}, {"recherche", "vik-strafrechtelijk", "DH", ""}, {"leiding", "leidinggevende", "DH", "Haagse Hout"},
		{"leiding.ander", "leidinggevende", "DH", "Schilderswijk"}, {"medewerker", "medewerker", "DH", ""}, {"betrokkene", "vik-triage", "DH", ""},
	} {
		if out, err := runCmd(t, "", "user", "add", "--db", dsn, "--role", u[1], "--units", u[2], "--team", u[3], u[0]); err != nil {
			t.Fatalf("user add %s: %v\n%s", u[0], err, out)
		}
	}
	run := func(want int, args ...string) string {
		t.Helper()
		out, err := runCmd(t, "", append([]string{"integrity", args[0], "--db", dsn}, args[1:]...)...)
		if got := exitCode(io.Discard, err); got != want {
			t.Errorf("stelsel integrity %s: exit %d (%v), want %d\n%s", strings.Join(args, " "), got, err, want, out)
		}
		return out
	}
	out := run(0, "intake", "--as", "medewerker", "--json", "--kind", "benoemd", "--unit", "DH", "--category", "omgangsvormen",
		"--description", "Uitsluiting", "--subject", "P100200:B. Trokkene:DH:Haagse Hout:betrokkene")
	var c struct {
		Number string `json:"zaaknummer"`
	}
	if err := json.Unmarshal([]byte(out), &c); err != nil || c.Number == "" {
		t.Fatalf("intake --json printed %q (%v)", out, err)
	}
	n := c.Number
	run(2, "intake", "--as", "medewerker", "--kind", "benoemd", "--unit", "XX", "--description", "x")
	run(2, "show", n) // --as missing
	out = run(0, "intake", "--kind", "anoniem", "--unit", "DH", "--description", "anoniem")
	if !regexp.MustCompile(`code .*: \d{4} \d{4} \d{4} \d{4} \d{4}`).MatchString(out) {
		t.Errorf("anonymous intake printed %q, want the code", out)
	}
	run(0, "ack", "--as", "meldpunt", n)
	run(4, "ack", "--as", "meldpunt", n) // already acknowledged: a conflict, exit 4
	run(0, "triage", "--as", "triage1", "--checklist", "licht,ernstig,strafbaar", "--routes", "functioneren,disciplinair,strafrechtelijk",
		"--rationale", "ernstig", "--om-informed", "2026-03-01", n)
	run(4, "confirm", "--as", "triage1", n)
	run(0, "confirm", "--as", "triage2", n)
	run(0, "assign", "--as", "triage1", "--track", "disciplinair", "--user", "onderzoeker", "--reason", "capaciteit", n)
	run(0, "assign", "--as", "triage1", "--track", "strafrechtelijk", "--user", "recherche", "--reason", "capaciteit", n)
	out = run(2, "assign", "--as", "triage1", "--track", "disciplinair", "--user", "recherche", "--reason", "x", n)
	run(2, "assign", "--as", "triage1", "--track", "disciplinair", "--user", "betrokkene", "--reason", "x", n)
	// The matrix: who reads the case, who writes which track.
	for _, tt := range []struct {
		who                          string
		show, func_, disc, crim, dls int
	}{
		{"meldpunt", 0, 4, 4, 4, 0},
		{"triage1", 0, 4, 4, 4, 0},
		{"onderzoeker", 0, 4, 0, 4, 0},
		{"recherche", 0, 4, 4, 0, 0},
		{"leiding", 0, 0, 4, 4, 0},
		{"leiding.ander", 4, 4, 4, 4, 0},
		{"medewerker", 4, 4, 4, 4, 0},
		{"betrokkene", 4, 4, 4, 4, 0},
	} {
		run(tt.show, "show", "--as", tt.who, n)
		run(tt.func_, "note", "--as", tt.who, "--track", "functioneren", "--kind", "notitie", "--text", "x", n)
		run(tt.disc, "note", "--as", tt.who, "--track", "disciplinair", "--kind", "notitie", "--text", "x", n)
		run(tt.crim, "note", "--as", tt.who, "--track", "strafrechtelijk", "--kind", "notitie", "--text", "x", n)
		run(tt.dls, "deadlines", "--as", tt.who)
	}
	out = run(0, "show", "--as", "recherche", n)
	if strings.Contains(out, "Disciplinair") || !strings.Contains(out, "Strafrechtelijk") {
		t.Errorf("criminal investigator's show:\n%s", out)
	}
	run(0, "step", "--as", "onderzoeker", "--step", "onderzoeksrapport", "--text", "rapport", n)
	run(4, "step", "--as", "onderzoeker", "--step", "besluit", "--text", "niet aan de onderzoeker", n)
	run(2, "step", "--as", "onderzoeker", "--step", "onderzoeksrapport", "--text", "tweemaal", n)
	out = run(0, "signals", "--as", "triage1")
	if !strings.Contains(out, "geen signalen") {
		t.Errorf("signals with one report: %s", out)
	}
	run(4, "signals", "--as", "onderzoeker")
	run(4, "close", "--as", "leiding", "--outcome", "functioneren_afgerond", "--lessons", "x", "--measures", "teamgesprek", n+"-X") // unknown case
}
