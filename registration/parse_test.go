package registration

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"stelsel/catalog"
)

// FuzzParse feeds arbitrary bytes to both input formats: they must never panic, and every
// record they accept must obey the format's rules.
func FuzzParse(f *testing.F) {
	f.Add([]byte(strings.Join(Fields, ",") + "\nA1,melding,DH,,,,,2026-01-05,,tekst\n"))
	f.Add([]byte(`{"registratienummer":"J1","soort":"melding","eenheid":"NN","registratiedatum":"2026-01-05","tekst":"x"}` + "\n"))
	f.Add([]byte(strings.Join(Fields, ",") + "\n\"A1\",melding,DH,,,,2026-01-05T10:00:00+01:00,2026-01-05,,\"a\"\"b\nc\"\n"))
	cat := catalog.Default()
	f.Fuzz(func(t *testing.T, data []byte) {
		check := func(in input) {
			for range 1000 {
				rec, rj, err := in.next()
				if errors.Is(err, io.EOF) || err != nil {
					return
				}
				if rj != nil {
					if rj.Reason == "" || rj.Line <= 0 {
						t.Fatalf("reject without reason or line: %+v", rj)
					}
					continue
				}
				g := rec.reg
				if g.Number == "" || !g.Kind.Valid() || g.Unit == "" || g.RegisteredAt.IsZero() ||
					strings.TrimSpace(g.Text) == "" || len(g.Text) > MaxTextBytes || !utf8.ValidString(g.Text) || rec.hash == "" {
					t.Fatalf("accepted a bad record: %+v", g)
				}
			}
		}
		v := &validator{file: "fuzz", cat: cat, seen: map[string]int{}}
		if in, err := newCSVInput(v, bufio.NewReader(bytes.NewReader(data))); err == nil {
			check(in)
		}
		v = &validator{file: "fuzz", cat: cat, seen: map[string]int{}}
		check(&jsonlInput{v: v, r: bufio.NewReader(bytes.NewReader(data))})
	})
}
