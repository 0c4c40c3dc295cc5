package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCommandLineNeutralisesEscapes (issue 12.18): registration texts and other stored
// text reach the terminal without their escape codes (ESC sequences, carriage return,
// C1 controls, bidi overrides); --json keeps the text itself, escaped.
func TestCommandLineNeutralisesEscapes(t *testing.T) {
	dir := t.TempDir()
	dsn := filepath.Join(dir, "s.db")
	text := "Verdachte riep vuile nikker.\x1b]0;gehackt\x07\x1b[2J\rverborgen\u009b31m \u202eterom\u202c einde"
	csv := "registratienummer,soort,eenheid,basisteam,incidentcode,omschrijving,pleegdatum,registratiedatum,gemeente,tekst\n" +
		"2026-DH-000001,aangifte,DH,Schilderswijk,F100,Belediging \x1b[31mrood,2026-03-01,2026-03-01,Den Haag,\"" + text + "\"\n"
	file := filepath.Join(dir, "a.csv")
	if err := os.WriteFile(file, []byte(csv), 0o600); err != nil {
		t.Fatal(err)
	}
	if out, err := runCmd(t, "", "import", "--db", dsn, file); err != nil {
		t.Fatalf("import: %v\n%s", err, out)
	}
	out, err := runCmd(t, "", "review", "show", "--db", dsn, "--reason", "controle \x1b[8m", "2026-DH-000001")
	if err != nil {
		t.Fatalf("review show: %v\n%s", err, out)
	}
	audit, err := runCmd(t, "", "audit", "list", "--db", dsn)
	if err != nil {
		t.Fatalf("audit list: %v\n%s", err, audit)
	}
	for name, o := range map[string]string{"review show": out, "audit list": audit} {
		for _, bad := range []string{"\x1b", "\r", "\x07", "\u009b", "\u202e", "\u202c"} {
			if strings.Contains(o, bad) {
				t.Errorf("%s printed the raw control %q:\n%q", name, bad, o)
			}
		}
	}
	for _, want := range []string{"vuile nikker", "␛]0;gehackt␇␛[2J␍verborgen<U+009B>31m <U+202E>terom<U+202C> einde", "Belediging ␛[31mrood"} {
		if !strings.Contains(out, want) {
			t.Errorf("review show lacks %q:\n%s", want, out)
		}
	}
	if !strings.Contains(audit, "controle ␛[8m") {
		t.Errorf("audit list does not show the reason safely:\n%s", audit)
	}
	js, err := runCmd(t, "", "review", "show", "--db", dsn, "--json", "2026-DH-000001")
	if err != nil {
		t.Fatal(err)
	}
	var d struct {
		Text string `json:"tekst"`
	}
	if err := json.Unmarshal([]byte(js), &d); err != nil || d.Text != text || strings.Contains(js, "\u202e") || strings.Contains(js, "\u009b") {
		t.Errorf("review show --json: text %q, %v; want the stored text, escaped:\n%s", d.Text, err, js)
	}
	// Unit tests of the writer: a sequence split over writes, invalid bytes.
	var b strings.Builder
	w := newSafeWriter(&b, false)
	w.Write([]byte("a\xe2\x80"))
	w.Write([]byte("\xaeb\xffc\x9b"))
	if got := b.String(); got != "a<U+202E>b\ufffdc\ufffd" {
		t.Errorf("split and invalid bytes = %q", got)
	}
}
