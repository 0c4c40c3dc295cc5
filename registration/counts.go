package registration

import (
	"fmt"
	"sync"
	"time"
)

// countTTL is how long queue counts per filter are reused. Counting every flagged
// registration on each page view dominated the workbench's cost at national scale (about
// 80,000 queue items per million registrations), while a count that is a second old is
// as useful to a reviewer as an exact one. Decisions made through this instance clear the
// cache at once, so a reviewer sees their own work counted; imports and other instances
// show up within countTTL.
const countTTL = time.Second

// countCache remembers queue counts per filter for countTTL.
type countCache struct {
	mu  sync.Mutex
	now func() time.Time
	m   map[string]countEntry
}

type countEntry struct {
	at     time.Time
	counts map[string]int
}

func newCountCache(now func() time.Time) *countCache {
	return &countCache{now: now, m: map[string]countEntry{}}
}

// get returns the counts for the filter (where clause and arguments), computing them with
// fill when they are missing or stale. Callers must not change the returned map.
func (c *countCache) get(where string, args []any, fill func() (map[string]int, error)) (map[string]int, error) {
	key := fmt.Sprintf("%s|%v", where, args)
	now := c.now()
	c.mu.Lock()
	e, ok := c.m[key]
	c.mu.Unlock()
	if ok && now.Sub(e.at) >= 0 && now.Sub(e.at) < countTTL {
		return copyCounts(e.counts), nil
	}
	counts, err := fill()
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	if len(c.m) > 1000 { // many distinct filters: start over rather than grow without bound
		c.m = map[string]countEntry{}
	}
	c.m[key] = countEntry{at: now, counts: counts}
	c.mu.Unlock()
	return copyCounts(counts), nil
}

// invalidate forgets every cached count.
func (c *countCache) invalidate() {
	c.mu.Lock()
	c.m = map[string]countEntry{}
	c.mu.Unlock()
}

func copyCounts(m map[string]int) map[string]int {
	out := make(map[string]int, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}
