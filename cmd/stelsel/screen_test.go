package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"stelsel/screen"
)

var updateScreen = flag.Bool("update-screen", false, "rewrite the golden files of stelsel screen")

// runStreams runs stelsel in-process and returns standard output and error apart.
func runStreams(t *testing.T, stdin string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	err = run(context.Background(), args, testGetenv, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), err
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "screen", name)
	if *updateScreen {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (run go test -run %s -update-screen to accept):\n%s", path, t.Name(), got)
	}
}

// TestScreenGolden: results in input order, bad lines reported with their line numbers on
// standard error and skipped, exit status 3 at the end.
func TestScreenGolden(t *testing.T) {
	for _, workers := range []string{"1", "3"} {
		stdout, stderr, err := runStreams(t, "", "screen", "--lexicon", "testdata/screen/lexicon.tsv",
			"--in", "testdata/screen/input.jsonl", "--workers", workers)
		var pe *partialError
		if !errors.As(err, &pe) {
			t.Fatalf("screen --workers %s: err = %v, want a partialError (exit 3)", workers, err)
		}
		if got := exitCode(&bytes.Buffer{}, err); got != 3 {
			t.Errorf("exit status = %d, want 3", got)
		}
		golden(t, "output.jsonl", stdout)
		golden(t, "output.stderr", stderr+"stelsel: "+pe.msg+"\n")
	}
}

func TestScreenDefaultLexiconFromStdin(t *testing.T) {
	stdout, _, err := runStreams(t, `{"id":"x","text":"vuile n1kker"}`+"\n", "screen")
	if err != nil {
		t.Fatalf("screen: %v", err)
	}
	if !strings.Contains(stdout, `"flagged":true`) || !strings.Contains(stdout, `"match":"n1kker"`) || !strings.Contains(stdout, `"lexicon":"stelsel-nl@`) {
		t.Errorf("screen output = %s, want a hit on n1kker with the default lexicon", stdout)
	}
}

// TestScreenParallelOrder: many chunks over several workers come out in input order and
// equal the single-worker output.
func TestScreenParallelOrder(t *testing.T) {
	var in strings.Builder
	for i := 0; i < 3000; i++ {
		fmt.Fprintf(&in, `{"id":%d,"text":"regel %d van de melder, %s"}`+"\n", i, i, strings.Repeat("een turkse bakker en een flikker ", i%7+20))
	}
	one, _, err := runStreams(t, in.String(), "screen", "--workers", "1")
	if err != nil {
		t.Fatal(err)
	}
	many, _, err := runStreams(t, in.String(), "screen", "--workers", "4")
	if err != nil {
		t.Fatal(err)
	}
	if one != many {
		t.Fatalf("--workers 4 output differs from --workers 1")
	}
	lines := strings.Split(strings.TrimSuffix(many, "\n"), "\n")
	if len(lines) != 3000 {
		t.Fatalf("got %d lines, want 3000", len(lines))
	}
	for i, l := range lines {
		if !strings.HasPrefix(l, fmt.Sprintf(`{"id":%d,`, i)) {
			t.Fatalf("line %d = %.40s..., out of order", i, l)
		}
	}
}

func TestScreenBench(t *testing.T) {
	stdout, _, err := runStreams(t, "", "screen", "--bench", "--in", "testdata/screen/input.jsonl")
	if err == nil || !strings.Contains(err.Error(), "line 4") {
		t.Errorf("screen --bench on a bad file: err = %v, want an error naming line 4", err)
	}
	good := `{"id":1,"text":"vuile flikker"}` + "\n" + `{"id":2,"text":"niets"}` + "\n"
	stdout, _, err = runStreams(t, good, "screen", "--bench")
	if err != nil || !strings.Contains(stdout, "records 2\n") || !strings.Contains(stdout, "mb_per_s ") {
		t.Errorf("screen --bench = %q, %v", stdout, err)
	}
}

func TestScreenBadFlags(t *testing.T) {
	for _, args := range [][]string{{"screen", "--workers", "0"}, {"screen", "extra"}, {"screen", "--lexicon", "testdata/screen/input.jsonl"}} {
		_, _, err := runStreams(t, "", args...)
		if code := exitCode(&bytes.Buffer{}, err); code != 2 {
			t.Errorf("%v: exit status %d (%v), want 2", args, code, err)
		}
	}
}

// TestRecordParser: the fast scanner agrees with encoding/json on every line it accepts
// and leaves everything else to it.
func TestRecordParser(t *testing.T) {
	p := recordParser{id: "id", text: "text"}
	for _, line := range []string{
		`{"id":1,"text":"a"}`, ` { "text" : "a\"b\\u00e9\n" , "id" : "x" } `, `{"id":-1.5e3,"text":"","z":true,"y":null}`,
		`{"id":1,"text":"a",}`, `{"id":1}`, `{"id":01,"text":"a"}`, `{"id":1,"text":"a"`, `{"id":1,"text":"a\x01"}`,
		`{"id":1,"text":"a"} x`, `{"id":[1],"text":"a"}`, `{"id":1,"text":"\xff"}`, `{"id":1,"text":"a","text":"b"}`,
		`{"id":1,"text":"\ud800"}`, `{"text":"\ud83d\ude00x\\\n\u00e9\"y\ud800\u0041","id":2}`, `{"id":1,"text":"a\q"}`, `[]`, ``, `{"id":tru,"text":"a"}`,
	} {
		fast, ferr := p.fast(trimSpace([]byte(line)))
		slow, serr := p.slow(trimSpace([]byte(line)))
		if ferr == nil && serr != nil {
			t.Errorf("fast accepts %q, encoding/json rejects it: %v", line, serr)
		}
		if ferr == nil && fast.text != slow.text {
			t.Errorf("parse(%q).text: fast %q, encoding/json %q", line, fast.text, slow.text)
		}
	}
}

func FuzzRecordParser(f *testing.F) {
	f.Add(`{"id":1,"text":"a"}`)
	f.Add(`{"text":"a\u00e9\n","id":"x","n":[1,{"a":2}]}`)
	p := recordParser{id: "id", text: "text"}
	f.Fuzz(func(t *testing.T, line string) {
		fast, ferr := p.fast([]byte(line))
		slow, serr := p.slow([]byte(line))
		if ferr == nil && (serr != nil || fast.text != slow.text) {
			t.Fatalf("fast parse of %q = %q, encoding/json: %q, %v", line, fast.text, slow.text, serr)
		}
		out := appendJSONString(nil, line)
		if !bytes.HasPrefix(out, []byte(`"`)) {
			t.Fatal("appendJSONString lost its quote")
		}
	})
}

func TestLexiconCommands(t *testing.T) {
	stdout, _, err := runStreams(t, "", "lexicon", "check", "testdata/screen/lexicon.tsv")
	if err != nil || !strings.Contains(stdout, "ok, 7 entries, version golden@") {
		t.Errorf("lexicon check = %q, %v", stdout, err)
	}
	bad := filepath.Join(t.TempDir(), "bad.tsv")
	os.WriteFile(bad, []byte("term\tmode\tgrounds\tstrength\njood\tprefix\tras\tweak\n"), 0o644)
	_, _, err = runStreams(t, "", "lexicon", "check", bad)
	var msg bytes.Buffer
	if code := exitCode(&msg, err); code != 2 || !strings.Contains(msg.String(), "bad.tsv:2: unknown ground \"ras\"") {
		t.Errorf("lexicon check bad file: exit %d, %q; want 2 and file:line: reason", code, msg.String())
	}
	stdout, _, err = runStreams(t, "", "lexicon", "show")
	if err != nil || !strings.HasPrefix(stdout, "# version: stelsel-nl@") || !strings.Contains(stdout, "\nhakenkruis\tprefix\tantisemitisme\tstrong") {
		t.Errorf("lexicon show = %.200q, %v", stdout, err)
	}
	// What show prints loads again, with the same entries.
	path := filepath.Join(t.TempDir(), "shown.tsv")
	os.WriteFile(path, []byte(stdout), 0o644)
	if out, _, err := runStreams(t, "", "lexicon", "check", path); err != nil || !strings.Contains(out, "ok") {
		t.Errorf("lexicon check of lexicon show output: %q, %v", out, err)
	}
	// ... and the same rules: a rule within citaat and a rule that caps keep their kind.
	if f, err := os.Open(path); err == nil {
		shown, err := screen.LoadLexicon(f, path)
		f.Close()
		def, _ := screen.DefaultLexicon()
		if err != nil || def == nil || len(shown.Rules()) != len(def.Rules()) {
			t.Fatalf("the shown lexicon: %v", err)
		}
		for i, r := range def.Rules() {
			g := shown.Rules()[i]
			if g.Name != r.Name || g.Quoted != r.Quoted || g.Cap != r.Cap || g.Within != r.Within || g.Score != r.Score || g.Ordered != r.Ordered {
				t.Errorf("rule %s shown as %+v, want %+v", r.Name, g, r)
			}
		}
	}
	stdout, _, err = runStreams(t, "", "lexicon", "eval", filepath.Join("..", "..", "screen", "testdata", "devset.tsv"))
	if err != nil || !strings.Contains(stdout, "antisemitisme") || !strings.Contains(stdout, "totaal") {
		t.Errorf("lexicon eval = %q, %v", stdout, err)
	}
	if _, _, err := runStreams(t, "", "lexicon", "nope"); exitCode(&bytes.Buffer{}, err) != 2 {
		t.Errorf("lexicon nope: want exit 2, got %v", err)
	}
}

// TestLexiconCheckRefusesWhatCannotCompile: check, screen and the other commands that load
// a lexicon refuse files that used to pass and then take the process down (issue 12.1),
// and name the line; a line too long for a line reader is named too.
func TestLexiconCheckRefusesWhatCannotCompile(t *testing.T) {
	dir := t.TempDir()
	head := "term\tmode\tgrounds\tstrength\n"
	long := strings.Repeat("abcdefghij", 400)
	files := map[string]string{
		"fuzzy.tsv": "term\tmode\tgrounds\tstrength\texceptions\tfuzzy\n" + "jood\tprefix\tantisemitisme\tweak\n" + long + "\tinfix\therkomst\tstrong\t\tyes\n",
		"huge.tsv":  head + strings.Repeat("x", 2<<20) + "\tinfix\therkomst\tstrong\n",
	}
	want := map[string]string{"fuzzy.tsv": "fuzzy.tsv:3: term of 4000 letters, at most 64", "huge.tsv": "huge.tsv:2: line of 2097174 bytes, at most 4096"}
	for name, content := range files {
		path := filepath.Join(dir, name)
		os.WriteFile(path, []byte(content), 0o644)
		for _, args := range [][]string{{"lexicon", "check", path}, {"screen", "--lexicon", path}} {
			_, _, err := runStreams(t, `{"id":1,"text":"x"}`, args...)
			var msg bytes.Buffer
			if code := exitCode(&msg, err); code != 2 || !strings.Contains(msg.String(), want[name]) {
				t.Errorf("%v: exit %d, %q; want 2 and %q", args[:2], code, msg.String(), want[name])
			}
		}
	}
	devset := filepath.Join(dir, "devset.tsv")
	os.WriteFile(devset, []byte("grounds\ttext\n-\t"+strings.Repeat("a", 2<<20)+"\n"), 0o644)
	_, _, err := runStreams(t, "", "lexicon", "eval", devset)
	if err == nil || !strings.Contains(err.Error(), "devset.tsv:2: line of") {
		t.Errorf("lexicon eval of a 2 MB line: %v, want devset.tsv:2: line of ...", err)
	}
}
