package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLexiconActivate checks that an activated lexicon is the one in use for every later
// command on the database: show, import and rescreen.
func TestLexiconActivate(t *testing.T) {
	dir := t.TempDir()
	dsn := filepath.Join(dir, "s.db")
	lexFile := filepath.Join(dir, "klein.tsv")
	os.WriteFile(lexFile, []byte("# name: klein\nterm\tmode\tgrounds\tstrength\texceptions\tfuzzy\tnote\nhakenkruis\tword\toverig\tstrong\t\t\t\n"), 0o600)

	out, err := runCmd(t, "", "lexicon", "history", "--db", dsn)
	if err != nil || !strings.Contains(out, "ingebouwde lexicon") {
		t.Fatalf("lexicon history on a new database = %v\n%s", err, out)
	}
	out, err = runCmd(t, "", "lexicon", "activate", "--db", dsn, lexFile)
	if err != nil || !strings.Contains(out, "klein@") || !strings.Contains(out, "1 termen") {
		t.Fatalf("lexicon activate = %v\n%s", err, out)
	}
	out, err = runCmd(t, "", "lexicon", "show", "--db", dsn)
	if err != nil || !strings.Contains(out, "# name: klein") || strings.Count(out, "\n") != 4 {
		t.Errorf("lexicon show --db after activate = %v\n%s", err, out)
	}
	out, err = runCmd(t, "", "import", "--db", dsn, "../../registration/testdata/sample.csv")
	if err != nil || !strings.Contains(out, "lexicon klein@") {
		t.Errorf("import after activate did not use the activated lexicon: %v\n%s", err, out)
	}
	out, err = runCmd(t, "", "lexicon", "history", "--db", dsn)
	if err != nil || !strings.Contains(out, "klein@") || !strings.Contains(out, "klein.tsv") {
		t.Errorf("lexicon history = %v\n%s", err, out)
	}
	bad := filepath.Join(dir, "kapot.tsv")
	os.WriteFile(bad, []byte("term\tmode\tgrounds\tstrength\texceptions\tfuzzy\tnote\nx\tnope\toverig\tstrong\t\t\t\n"), 0o600)
	if _, err := runCmd(t, "", "lexicon", "activate", "--db", dsn, bad); exitCode(&strings.Builder{}, err) != 2 ||
		!strings.Contains(errText(err), "kapot.tsv:2") {
		t.Errorf("activate a malformed lexicon: %v, want exit 2 naming kapot.tsv:2", err)
	}
	// Without a database, show falls back to the built-in lexicon.
	out, err = runCmd(t, "", "lexicon", "show")
	if err != nil || strings.Contains(out, "# name: klein") {
		t.Errorf("lexicon show without a database should show the built-in lexicon: %v", err)
	}
}
