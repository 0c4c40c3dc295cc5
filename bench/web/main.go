// Command web is the load benchmark of the web workbench (issue 4): N concurrent
// logged-in analysts on the queue and registration pages of a large SQLite database.
// It starts the real server (package web, as stelsel serve wires it) on a random port,
// logs every client in through /login, then has each client alternate between a queue
// page (random unit filter, sometimes the next page) and a registration page (which is
// audited: a write per view), and reports requests/s and median and p99 latency.
//
//	go run ./bench/web --db bench/out/web/stelsel.db --clients 50 --duration 30s
//
// See run.sh for building the database. Timing decides nothing; it is printed.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"regexp"
	"runtime"
	"runtime/pprof"
	"slices"
	"strings"
	"sync"
	"time"

	"stelsel/access"
	"stelsel/catalog"
	"stelsel/db"
	"stelsel/registration"
	"stelsel/screen"
	"stelsel/web"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "bench/web:", err)
		os.Exit(1)
	}
}

func run() error {
	dsn := flag.String("db", "bench/out/web/stelsel.db", "database with the registrations")
	clients := flag.Int("clients", 50, "concurrent logged-in clients")
	duration := flag.Duration("duration", 30*time.Second, "how long to run")
	think := flag.Duration("think", 0, "mean pause of a client between requests, as a person reading a page (0: send the next request at once, a saturation test)")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the run (server and clients) to this file")
	flag.Parse()
	ctx := context.Background()
	d, err := db.Open(ctx, *dsn)
	if err != nil {
		return err
	}
	defer d.Close()
	var n int
	if err := d.QueryRow(ctx, "SELECT count(*) FROM registrations").Scan(&n); err != nil {
		return err
	}
	lex, err := screen.DefaultLexicon()
	if err != nil {
		return err
	}
	trail := access.NewTrail(d, time.Now)
	deps := web.Deps{DB: d, Trail: trail, Users: access.NewUsers(d, trail, time.Now), Sessions: access.NewSessions(d, trail, time.Now),
		Tokens: access.NewTokens(d, trail, time.Now), Lexicon: lex, Now: time.Now,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	deps.Registrations = registration.NewService(d, trail, screen.New(lex), catalog.Default(), time.Now)
	// The bench accounts: one analyst per client, so sessions and throttling are real.
	password := access.GeneratePassword()
	op := access.System("bench")
	for i := range *clients {
		name := fmt.Sprintf("bench.analist%02d", i)
		_, err := deps.Users.Add(ctx, op, access.NewUser{Username: name, Role: access.RoleAnalyst, Password: password})
		if err != nil {
			if err := deps.Users.SetPassword(ctx, op, name, password, false); err != nil {
				return err
			}
		}
	}
	srv, err := web.New(deps)
	if err != nil {
		return err
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	sctx, stop := context.WithCancel(ctx)
	defer stop()
	go srv.Serve(sctx, l)
	base := "http://" + l.Addr().String()

	// Registration numbers for the detail pages: from the queue, every status.
	numbers, err := sample(ctx, deps.Registrations, op)
	if err != nil {
		return err
	}
	fmt.Printf("database %s: %d registrations, %d sampled for detail pages; %d clients for %s on %d CPUs, think time %s\n",
		*dsn, n, len(numbers), *clients, *duration, runtime.NumCPU(), *think)

	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			return err
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	units := catalog.Default().UnitCodes()
	var mu sync.Mutex
	lat := map[string][]time.Duration{}
	errs := map[string]int{}
	// Log every client in first: argon2id logins are deliberately expensive and would
	// otherwise fall into the measured window.
	jars := make([]*http.Client, *clients)
	for i := range *clients {
		c, err := login(base, fmt.Sprintf("bench.analist%02d", i), password)
		if err != nil {
			return err
		}
		jars[i] = c
	}
	var wg sync.WaitGroup
	start := time.Now()
	deadline := start.Add(*duration)
	for i := range *clients {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c := jars[i]
			rng := rand.New(rand.NewPCG(uint64(i), 7))
			next := ""
			if *think > 0 {
				// People do not all click at the same instant: spread the first requests
				// over one think time.
				time.Sleep(time.Duration(rng.Int64N(int64(*think))))
			}
			for time.Now().Before(deadline) {
				kind, path := "queue", ""
				if rng.IntN(2) == 0 {
					q := url.Values{}
					if rng.IntN(3) > 0 {
						q.Set("eenheid", units[rng.IntN(len(units))])
					}
					if next != "" && rng.IntN(2) == 0 {
						path = next
					} else {
						path = "/werkbak?" + q.Encode()
					}
				} else {
					kind, path = "detail", "/registraties/"+url.PathEscape(numbers[rng.IntN(len(numbers))])
				}
				t0 := time.Now()
				body, code, err := get(c, base+path)
				took := time.Since(t0)
				mu.Lock()
				if err != nil || code != 200 {
					errs[kind]++
				} else {
					lat[kind] = append(lat[kind], took)
				}
				mu.Unlock()
				if kind == "queue" {
					next = nextLink(body)
				}
				if *think > 0 {
					// Uniform between half and one and a half times the mean.
					time.Sleep(*think/2 + time.Duration(rng.Int64N(int64(*think))))
				}
			}
		}(i)
	}
	wg.Wait()
	elapsed := time.Since(start)
	var all []time.Duration
	fmt.Printf("\n%-8s %9s %9s %10s %10s %10s %7s\n", "page", "requests", "req/s", "median", "p99", "max", "errors")
	for _, k := range []string{"queue", "detail"} {
		all = append(all, lat[k]...)
		report(k, lat[k], errs[k], elapsed)
	}
	report("all", all, errs["queue"]+errs["detail"], elapsed)
	return nil
}

func report(name string, ds []time.Duration, errors int, elapsed time.Duration) {
	if len(ds) == 0 {
		fmt.Printf("%-8s %9d %9s %10s %10s %10s %7d\n", name, 0, "-", "-", "-", "-", errors)
		return
	}
	slices.Sort(ds)
	pct := func(p float64) time.Duration { return ds[min(len(ds)-1, int(float64(len(ds))*p))] }
	fmt.Printf("%-8s %9d %9.0f %10s %10s %10s %7d\n", name, len(ds), float64(len(ds))/elapsed.Seconds(),
		pct(0.5).Round(10*time.Microsecond), pct(0.99).Round(10*time.Microsecond), ds[len(ds)-1].Round(10*time.Microsecond), errors)
}

func sample(ctx context.Context, svc *registration.Service, a access.Actor) ([]string, error) {
	var out []string
	after := ""
	for len(out) < 5000 {
		p, err := svc.Queue(ctx, a, registration.QueueFilter{Status: registration.StatusAll, Limit: 500, After: after})
		if err != nil {
			return nil, err
		}
		for _, it := range p.Items {
			out = append(out, it.Number)
		}
		if after = p.Next; after == "" {
			break
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("the queue is empty: import registrations first")
	}
	return out, nil
}

func login(base, user, password string) (*http.Client, error) {
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar, Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 4}}
	req, _ := http.NewRequest(http.MethodPost, base+"/login", strings.NewReader(url.Values{"gebruikersnaam": {user}, "wachtwoord": {password}}.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || resp.Request.URL.Path == "/login" {
		return nil, fmt.Errorf("login %s: %d at %s", user, resp.StatusCode, resp.Request.URL.Path)
	}
	return c, nil
}

func get(c *http.Client, u string) (string, int, error) {
	resp, err := c.Get(u)
	if err != nil {
		return "", 0, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return string(b), resp.StatusCode, err
}

var nextRe = regexp.MustCompile(`href="(/werkbak\?[^"]*na=[^"]*)" rel="next"`)

func nextLink(body string) string {
	m := nextRe.FindStringSubmatch(body)
	if m == nil {
		return ""
	}
	return strings.ReplaceAll(m[1], "&amp;", "&")
}
