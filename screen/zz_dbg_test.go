package screen

import "testing"

func TestDbgJoin(t *testing.T) {
	s := defaultScreener(t)
	for _, line := range []string{"ik haattransgenders", "ik haatmoslims", "ik spuug opjoden"} {
		sc := new(scratch)
		sc.check.s = s
		kept := s.screenReading(sc, line, line, 0, nil)
		for _, f := range sc.found {
			t.Logf("%q found %s kind %d fuzzy %v", line, s.entries[f.entry].Term, f.kind, f.fuzzy)
		}
		_ = kept
	}
}
