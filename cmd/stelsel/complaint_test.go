package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

func TestComplaintCommands(t *testing.T) {
	dsn := filepath.Join(t.TempDir(), "s.db")
	for _, u := range [][]string{
		{"--role", "klachtencoordinator", "--units", "DH", "kc"},
		{"--role", "klachtbehandelaar", "--units", "DH", "kb"},
		{"--role", "klachtbehandelaar", "--units", "AM", "kb.am"},
	} {
		if out, err := runCmd(t, "een lang wachtwoord\n", append([]string{"user", "add", "--db", dsn, "--password-stdin"}, u...)...); err != nil {
			t.Fatalf("user add %v: %v\n%s", u, err, out)
		}
	}
	out, err := runCmd(t, "", "complaint", "register", "--db", dsn, "--as", "kb", "--json", "--name", "Piet Jansen", "--phone", "0612345678",
		"--unit", "DH", "--what", "Onheus bejegend aan de balie.", "--channel", "balie", "--oral", "--discrimination", "--grounds", "herkomst")
	if err != nil {
		t.Fatalf("complaint register: %v\n%s", err, out)
	}
	var c struct {
		Ref string `json:"kenmerk"`
	}
	if err := json.Unmarshal([]byte(out), &c); err != nil || c.Ref == "" {
		t.Fatalf("register --json printed %s (%v)", out, err)
	}
	steps := []struct {
		args []string
		want string
		exit int
	}{
		{[]string{"show", "--as", "kb.am", c.Ref}, "bestaat niet", 4},
		{[]string{"show", "--as", "kb", "K-2026-999999"}, "bestaat niet", 4},
		{[]string{"assess", "--as", "kb", "--take-up", "--handler", "kb", c.Ref}, "geen toegang", 4},
		{[]string{"assess", "--as", "kc", "--take-up", "--handler", "kb", c.Ref}, "Fase 1", 0},
		{[]string{"mark", "--as", "kb", "--kind", "etnisch_profileren", c.Ref}, "etnisch_profileren", 0},
		{[]string{"phase1", "--as", "kb", "--step", "contact", "--note", "gebeld", c.Ref}, "Fase 1", 0},
		{[]string{"phase1", "--as", "kb", "--step", "uitkomst", "--settled", "--word", "tevreden", c.Ref}, "opgelost", 0},
		{[]string{"list", "--as", "kc"}, c.Ref, 0},
		{[]string{"letter", "--as", "kc", c.Ref, "1"}, "Wij hebben uw klacht ontvangen", 0},
		{[]string{"figures", "--as", "kc", "--public"}, "<5", 0},
		{[]string{"figures", "--as", "kb"}, "geen toegang", 4},
	}
	for _, s := range steps {
		out, err := runCmd(t, "", append([]string{"complaint", s.args[0], "--db", dsn}, s.args[1:]...)...)
		if code := exitCode(&strings.Builder{}, err); code != s.exit {
			t.Errorf("stelsel complaint %s: exit %d, want %d (%v)\n%s", strings.Join(s.args, " "), code, s.exit, err, out)
		}
		if !strings.Contains(out+errText(err), s.want) {
			t.Errorf("stelsel complaint %s printed\n%s%s\nwant %q", strings.Join(s.args, " "), out, errText(err), s.want)
		}
	}
}
