package main

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"stelsel/access"
	"stelsel/complaint"
	"stelsel/db/dbtest"
	"stelsel/integrity"
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

func TestDeskCommands(t *testing.T) {
	dsn := filepath.Join(t.TempDir(), "s.db")
	if out, err := runCmd(t, "een lang wachtwoord\n", "user", "add", "--db", dsn, "--password-stdin", "--role", "beheerder", "bh"); err != nil {
		t.Fatalf("user add: %v\n%s", err, out)
	}
	if out, err := runCmd(t, "een lang wachtwoord\n", "user", "add", "--db", dsn, "--password-stdin", "--role", "basisteam", "--units", "AM", "agent"); err != nil {
		t.Fatalf("user add: %v\n%s", err, out)
	}
	shown, err := runCmd(t, "", "desk", "show", "--db", dsn, "--as", "agent", "--json", "adv")
	if err != nil {
		t.Fatalf("desk show: %v\n%s", err, shown)
	}
	edited := strings.Replace(shown, "www.discriminatie.nl", "www.discriminatie.nl of het regionale nummer", 1)
	for _, s := range []struct {
		stdin string
		args  []string
		want  string
		exit  int
	}{
		{"", []string{"list", "--as", "agent", "--public"}, "Huis voor Klokkenluiders", 0},
		{"", []string{"list", "--as", "agent", "--theme", "geld"}, "Bedrijfsmaatschappelijk werk", 0},
		{"", []string{"show", "--as", "agent", "bestaat_niet"}, "bestaat niet", 4},
		{edited, []string{"edit", "--as", "agent", "adv"}, "geen toegang", 4},
		{edited, []string{"edit", "--as", "bh", "--note", "nummer", "adv"}, "versie 2 opgeslagen", 0},
		{"", []string{"show", "--as", "agent", "adv"}, "versie 1 door systeem", 0},
		{"", []string{"guide", "--as", "agent", "--topic", "weet_niet", "--need", "advies", "--unit", "AM"}, "Sociaal Loket", 0},
	} {
		out, err := runCmd(t, s.stdin, append([]string{"desk", s.args[0], "--db", dsn}, s.args[1:]...)...)
		if code := exitCode(&strings.Builder{}, err); code != s.exit {
			t.Errorf("stelsel desk %s: exit %d, want %d (%v)\n%s", strings.Join(s.args, " "), code, s.exit, err, out)
		}
		if !strings.Contains(out+errText(err), s.want) {
			t.Errorf("stelsel desk %s printed\n%s%s\nwant %q", strings.Join(s.args, " "), out, errText(err), s.want)
		}
	}
}

func TestComplaintToIntegrityIntake(t *testing.T) {
	ctx := context.Background()
	d := dbtest.SQLite(t)
	trail := access.NewTrail(d, time.Now)
	users := access.NewUsers(d, trail, time.Now)
	if _, err := users.Add(ctx, access.System("t"), access.NewUser{Username: "kc", Role: access.RoleComplaintCoordinator, Units: []string{"DH"}, OIDCSubject: "kc"}); err != nil {
		t.Fatal(err)
	}
	kc, _ := users.Actor(ctx, "kc")
	isvc, err := integrity.New(d, trail, users, bytes.Repeat([]byte{7}, access.MinKeyBytes), time.Now)
	if err != nil {
		t.Fatal(err)
	}
	csvc := complaint.NewService(d, trail, users, nil, time.Now)
	csvc.SetIntake(complaintIntake(isvc))
	c, err := csvc.File(ctx, complaint.Submission{Name: "Eva Smit", Email: "eva@example.nl", Unit: "DH", What: "De agent sloeg mij zonder reden."})
	if err != nil {
		t.Fatal(err)
	}
	c, err = csvc.ReferIntegrity(ctx, kc, c.Reference, complaint.NoteInput{Note: "Mogelijk disproportioneel geweld."})
	if err != nil {
		t.Fatal(err)
	}
	if c.Referral == nil || c.Referral.Ref == "" {
		t.Fatalf("referral = %+v, want the integrity report's number", c.Referral)
	}
	ic, err := isvc.Get(ctx, access.System("t"), c.Referral.Ref, "test")
	if err != nil {
		t.Fatalf("integrity report %s: %v", c.Referral.Ref, err)
	}
	if ic.Source != "klacht_burger" || !strings.Contains(ic.Description, c.Reference) {
		t.Errorf("integrity report = source %q, description %q; want the complaint named", ic.Source, ic.Description)
	}
}
