package web

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"net"
	"net/http"
	"sync"
	"time"
)

// submitLimiter limits submissions of the public complaint form, in memory only: per
// visitor (a keyed hash of the address, never the address itself, forgotten after the
// window) and in total, so a flood cannot fill the database. Nothing of it is stored.
type submitLimiter struct {
	mu       sync.Mutex
	key      []byte
	window   time.Duration
	perKey   int
	total    int
	hits     map[[32]byte][]time.Time
	all      []time.Time
	now      func() time.Time
	lastTrim time.Time
}

func newSubmitLimiter(now func() time.Time) *submitLimiter {
	key := make([]byte, 32)
	_, _ = rand.Read(key)
	return &submitLimiter{key: key, window: 10 * time.Minute, perKey: 5, total: 300, hits: map[[32]byte][]time.Time{}, now: now}
}

// allow records a submission from r and reports whether it is within the limits.
func (l *submitLimiter) allow(r *http.Request) bool {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	mac := hmac.New(sha256.New, l.key)
	mac.Write([]byte(host))
	var k [32]byte
	copy(k[:], mac.Sum(nil))
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	cut := now.Add(-l.window)
	if now.Sub(l.lastTrim) > time.Minute {
		for key, ts := range l.hits {
			if ts = recent(ts, cut); len(ts) == 0 {
				delete(l.hits, key)
			} else {
				l.hits[key] = ts
			}
		}
		l.lastTrim = now
	}
	l.all = recent(l.all, cut)
	ts := recent(l.hits[k], cut)
	if len(ts) >= l.perKey || len(l.all) >= l.total {
		l.hits[k] = ts
		return false
	}
	l.hits[k] = append(ts, now)
	l.all = append(l.all, now)
	return true
}

func recent(ts []time.Time, cut time.Time) []time.Time {
	i := 0
	for i < len(ts) && !ts[i].After(cut) {
		i++
	}
	return ts[i:]
}
