package web

import (
	"net"
	"net/http"
	"sync"
	"time"
)

// clientLimiter counts failed logins per client address, in memory only: the address is
// never written to the database or the logs (anonymous reporting must not leave one
// behind), and each instance keeps its own counts. It stops password spraying, many
// usernames tried from one place, which the per-username throttle in access cannot see.
type clientLimiter struct {
	mu     sync.Mutex
	max    int
	window time.Duration
	fails  map[string][]time.Time
}

// Client limits: generous enough for a police station behind one address to mistype,
// far too few for spraying.
const (
	clientMaxFailures = 30
	clientWindow      = 15 * time.Minute
	clientTracked     = 10000 // addresses kept; beyond that the oldest are forgotten
)

func newClientLimiter() *clientLimiter {
	return &clientLimiter{max: clientMaxFailures, window: clientWindow, fails: map[string][]time.Time{}}
}

// clientKey is the client's address without port.
func clientKey(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// blocked reports whether the client has used up its failures, and for how long.
func (l *clientLimiter) blocked(key string, now time.Time) (time.Duration, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	f := l.prune(key, now)
	if len(f) < l.max {
		return 0, false
	}
	return f[0].Add(l.window).Sub(now), true
}

// fail counts a failed login of the client.
func (l *clientLimiter) fail(key string, now time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	f := l.prune(key, now)
	if len(f) == 0 && len(l.fails) >= clientTracked {
		l.forgetOldest(now)
	}
	l.fails[key] = append(f, now)
}

func (l *clientLimiter) prune(key string, now time.Time) []time.Time {
	f := l.fails[key]
	i := 0
	for i < len(f) && now.Sub(f[i]) > l.window {
		i++
	}
	f = f[i:]
	if len(f) == 0 {
		delete(l.fails, key)
	} else {
		l.fails[key] = f
	}
	return f
}

func (l *clientLimiter) forgetOldest(now time.Time) {
	var oldest string
	var at time.Time
	for k, f := range l.fails {
		if now.Sub(f[len(f)-1]) > l.window {
			delete(l.fails, k)
			continue
		}
		if oldest == "" || f[len(f)-1].Before(at) {
			oldest, at = k, f[len(f)-1]
		}
	}
	if len(l.fails) >= clientTracked {
		delete(l.fails, oldest)
	}
}
