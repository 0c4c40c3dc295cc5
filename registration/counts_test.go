package registration

import (
	"testing"
	"time"
)

func TestCountCache(t *testing.T) {
	now := time.Date(2026, 11, 28, 12, 0, 0, 0, time.UTC)
	c := newCountCache(func() time.Time { return now })
	calls := 0
	fill := func() (map[string]int, error) { calls++; return map[string]int{"open": calls}, nil }
	steps := []struct {
		advance    time.Duration
		invalidate bool
		want       int
	}{
		{0, false, 1},                      // first use fills
		{500 * time.Millisecond, false, 1}, // fresh: reused
		{600 * time.Millisecond, false, 2}, // older than countTTL: refilled
		{0, true, 3},                       // invalidated: refilled
	}
	for i, st := range steps {
		now = now.Add(st.advance)
		if st.invalidate {
			c.invalidate()
		}
		got, err := c.get(" WHERE unit = ?", []any{"DH"}, fill)
		if err != nil || got["open"] != st.want {
			t.Errorf("step %d: get = %v, %v, want open=%d", i, got, err, st.want)
		}
		got["open"] = -1 // callers' changes must not reach the cache
	}
	other, _ := c.get(" WHERE unit = ?", []any{"AM"}, fill)
	if other["open"] != 4 {
		t.Errorf("other filter = %v, want its own fill (open=4)", other)
	}
}
