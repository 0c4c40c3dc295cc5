// Command integrity is the load benchmark of the integrity system (issue 8): 10,000
// cases with 50,000 dossier entries, 20 concurrent logged-in VIK users on the dashboard
// (/integriteit: case list and deadlines) and on case pages (/integriteit/zaken/N, each
// view audited, with the dossiers of the tracks the user may read). It starts the real
// server (package web, wired as stelsel serve does) on a random port and reports p50, p95
// and p99 latency per page, beside a reference: the database alone reading one case row
// by number, under the same concurrency.
//
//	go run ./bench/integrity --db bench/out/integrity/stelsel.db --cases 10000 --entries 50000
//	go run ./bench/integrity --db postgres://... (a scratch database)
//
// The cases are written straight into the tables in bulk (the service would audit and
// hash 10,000 reports one by one, which is not what is measured); the reads go through
// the service and the pages. Timing decides nothing; it is printed.
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
	"runtime/pprof"
	"slices"
	"strings"
	"sync"
	"syscall"
	"time"

	"stelsel/access"
	"stelsel/db"
	"stelsel/integrity"
	"stelsel/web"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "bench/integrity:", err)
		os.Exit(1)
	}
}

func run() error {
	dsn := flag.String("db", "bench/out/integrity/stelsel.db", "database (SQLite path or postgres:// URL); cases are added when fewer")
	cases := flag.Int("cases", 10000, "integrity cases")
	entries := flag.Int("entries", 50000, "dossier entries over the cases' tracks")
	clients := flag.Int("clients", 20, "concurrent logged-in users")
	duration := flag.Duration("duration", 20*time.Second, "how long to run")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the timed run to this file")
	think := flag.Duration("think", 0, "mean pause of a user between pages, as a person reading one (0: the next request at once, a saturation test)")
	only := flag.String("user", "", "let every client be this bench user (bench.triage, bench.meldpunt, bench.onderzoeker, bench.recherche, bench.leiding) instead of all five in turn")
	flag.Parse()
	ctx := context.Background()
	d, err := db.Open(ctx, *dsn)
	if err != nil {
		return err
	}
	defer d.Close()
	trail := access.NewTrail(d, time.Now)
	users := access.NewUsers(d, trail, time.Now)
	password := "bench-wachtwoord-1234"
	op := access.System("bench")
	staff := []access.NewUser{
		{Username: "bench.triage", Role: access.RoleTriage, Units: []string{"DH"}},
		{Username: "bench.meldpunt", Role: access.RoleIntake, Units: []string{"DH"}},
		{Username: "bench.onderzoeker", Role: access.RoleInvestigator, Units: []string{"DH"}},
		{Username: "bench.recherche", Role: access.RoleCrimInvestigator, Units: []string{"DH"}},
		{Username: "bench.leiding", Role: access.RoleManager, Units: []string{"DH"}, Team: "Haagse Hout"},
	}
	for _, nu := range staff {
		nu.Password = password
		if _, err := users.Add(ctx, op, nu); err != nil && !strings.Contains(err.Error(), "bestaat al") {
			return err
		}
	}
	var have int
	if err := d.QueryRow(ctx, `SELECT count(*) FROM integrity_cases`).Scan(&have); err != nil {
		return err
	}
	if have < *cases {
		t0 := time.Now()
		if err := load(ctx, d, *cases-have, *entries*(*cases-have) / *cases, have); err != nil {
			return err
		}
		fmt.Printf("loaded %d cases and about %d dossier entries in %s\n", *cases-have, *entries, time.Since(t0).Round(time.Millisecond))
		if d.Dialect() == db.Postgres {
			// What autovacuum would do soon after a bulk load: statistics for the planner.
			if _, err := d.Exec(ctx, `ANALYZE`); err != nil {
				return err
			}
		}
	}
	var nc, ne int
	d.QueryRow(ctx, `SELECT count(*) FROM integrity_cases`).Scan(&nc)
	d.QueryRow(ctx, `SELECT count(*) FROM integrity_entries`).Scan(&ne)
	key := []byte("bench-identity-key-0123456789abcdef")
	svc, err := integrity.New(d, trail, users, key, time.Now)
	if err != nil {
		return err
	}
	srv, err := web.New(web.Deps{DB: d, Trail: trail, Users: users, Sessions: access.NewSessions(d, trail, time.Now),
		Tokens: access.NewTokens(d, trail, time.Now), Integrity: svc, Now: time.Now, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
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
	// The numbers each user may open, from the service itself.
	visible := map[string][]string{}
	for _, nu := range staff {
		a, _ := users.Actor(ctx, nu.Username)
		list, err := svc.List(ctx, a, integrity.Filter{Limit: 1000})
		if err != nil {
			return err
		}
		for _, s := range list {
			visible[nu.Username] = append(visible[nu.Username], s.Number)
		}
	}
	model := "without pause between pages (saturation)"
	if *think > 0 {
		model = fmt.Sprintf("each pausing %s–%s between pages (mean %s)", *think/2, *think*3/2, *think)
	}
	fmt.Printf("%s: %d cases, %d dossier entries; %d users for %s, %s\n", d.Dialect(), nc, ne, *clients, *duration, model)
	var mu sync.Mutex
	lat := map[string][]time.Duration{}
	errs := 0
	var wg sync.WaitGroup
	// Every client logs in first (argon2id: slow on purpose); the clock starts after.
	var ready sync.WaitGroup
	ready.Add(*clients)
	start := make(chan struct{})
	var deadline time.Time
	for i := range *clients {
		who := staff[i%len(staff)].Username
		if *only != "" {
			who = *only
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			jar, _ := cookiejar.New(nil)
			hc := &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
			req, _ := http.NewRequest("POST", base+"/login", strings.NewReader(url.Values{"gebruikersnaam": {who}, "wachtwoord": {password}}.Encode()))
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			req.Header.Set("Sec-Fetch-Site", "same-origin")
			resp, err := hc.Do(req)
			ready.Done()
			if err != nil || resp.StatusCode != http.StatusSeeOther {
				mu.Lock()
				errs++
				mu.Unlock()
				return
			}
			<-start
			rng := rand.New(rand.NewPCG(uint64(i), 7))
			if *think > 0 {
				// People do not all click at the same instant: the first requests are
				// spread over one think time.
				time.Sleep(time.Duration(rng.Int64N(int64(*think))))
			}
			for n := 0; time.Now().Before(deadline); n++ {
				page, path := "dashboard /integriteit", "/integriteit"
				if n%2 == 1 && len(visible[who]) > 0 {
					page, path = "case page /integriteit/zaken/N", "/integriteit/zaken/"+visible[who][rng.IntN(len(visible[who]))]
				}
				t := time.Now()
				resp, err := hc.Get(base + path)
				ok := err == nil && resp.StatusCode == 200
				if err == nil {
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
				}
				el := time.Since(t)
				mu.Lock()
				if ok {
					lat[page] = append(lat[page], el)
				} else {
					errs++
				}
				mu.Unlock()
				if *think > 0 {
					// Uniform between half and one and a half times the mean.
					time.Sleep(*think/2 + time.Duration(rng.Int64N(int64(*think))))
				}
			}
		}()
	}
	ready.Wait()
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			return err
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
	}
	cpu0 := cpuTime()
	deadline = time.Now().Add(*duration)
	close(start)
	wg.Wait()
	cpu := cpuTime() - cpu0
	if *cpuprofile != "" {
		pprof.StopCPUProfile()
	}
	// The reference: the database alone, one case row by number, same concurrency.
	all := visible["bench.triage"]
	deadline = time.Now().Add(*duration / 4)
	for i := range *clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(uint64(i), 9))
			for time.Now().Before(deadline) && len(all) > 0 {
				t := time.Now()
				var s string
				err := d.QueryRow(ctx, `SELECT description FROM integrity_cases WHERE number = ?`, all[rng.IntN(len(all))]).Scan(&s)
				el := time.Since(t)
				mu.Lock()
				if err == nil {
					lat["reference: SELECT one case row"] = append(lat["reference: SELECT one case row"], el)
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Printf("%-36s %8s %10s %10s %10s\n", "", "requests", "p50", "p95", "p99")
	for _, k := range []string{"dashboard /integriteit", "case page /integriteit/zaken/N", "reference: SELECT one case row"} {
		v := lat[k]
		slices.Sort(v)
		if len(v) == 0 {
			fmt.Printf("%-36s %8d\n", k, 0)
			continue
		}
		q := func(p int) time.Duration { return v[min(len(v)-1, len(v)*p/100)].Round(10 * time.Microsecond) }
		fmt.Printf("%-36s %8d %10s %10s %10s\n", k, len(v), q(50), q(95), q(99))
	}
	pages := len(lat["dashboard /integriteit"]) + len(lat["case page /integriteit/zaken/N"])
	fmt.Printf("pages per second: %.0f; errors: %d (target: p99 < 50 ms for both pages)\n", float64(pages)/duration.Seconds(), errs)
	if n := len(lat["dashboard /integriteit"]) + len(lat["case page /integriteit/zaken/N"]); n > 0 {
		// CPU of this process (server and clients) per page, whatever else the machine runs.
		fmt.Printf("CPU per page (server and clients, both pages): %s\n", (cpu / time.Duration(n)).Round(10*time.Microsecond))
	}
	if la, err := os.ReadFile("/proc/loadavg"); err == nil {
		fmt.Printf("machine load average (1, 5, 15 min): %s\n", strings.Join(strings.Fields(string(la))[:3], " "))
	}
	return nil
}

// load writes n cases in bulk: DH mostly, every status, subjects from a pool in five
// teams, tracks with investigators of the case's unit assigned (five per unit and kind,
// the bench users among DH's), and exactly entries dossier entries over the tracks.
func load(ctx context.Context, d *db.DB, n, entries, offset int) error {
	rng := rand.New(rand.NewPCG(1, 2))
	teams := []string{"Haagse Hout", "Schilderswijk", "Leiden", "Zoetermeer", "Delft"}
	statuses := benchStatuses
	now := time.Now().UTC().Truncate(time.Microsecond)
	// The tracks first (which cases get which), so the entries can be spread exactly:
	// entries over all tracks, the first ones one more when it does not divide.
	tracks := 0
	for i := range n {
		if r := benchRoutes(offset+i, benchStatuses[(offset+i)%len(benchStatuses)]); r != "" {
			tracks += len(strings.Split(r, ","))
		}
	}
	perTrack := func(t int) int {
		if tracks == 0 {
			return 0
		}
		k := entries / tracks
		if t < entries%tracks {
			k++
		}
		return k
	}
	seen := 0
	const batch = 500
	for start := 0; start < n; start += batch {
		err := d.InTx(ctx, func(tx *db.Tx) error {
			for i := start; i < min(n, start+batch); i++ {
				k := offset + i
				unit := "DH"
				if k%4 == 3 {
					unit = []string{"AM", "RT", "MN"}[k%3]
				}
				st := statuses[k%len(statuses)]
				recv := now.Add(-time.Duration(rng.IntN(540*24)) * time.Hour)
				if st != "gesloten" {
					recv = now.Add(-time.Duration(rng.IntN(90*24)) * time.Hour)
				}
				ack, fb, tri := recv.AddDate(0, 0, 7), recv.AddDate(0, 3, 7), recv.AddDate(0, 0, 28)
				var ackDue, fbDue, triDue, next, closed any
				switch st {
				case "ontvangen":
					ackDue, fbDue, triDue, next = ack, fb, tri, ack
				case "bevestigd", "wacht_bevestiging":
					fbDue, triDue, next = fb, tri, tri
				case "in_behandeling", "af_te_sluiten":
					fbDue, next = fb, fb
				case "gesloten":
					closed = recv.AddDate(0, 2, 0)
				}
				routes := benchRoutes(k, st)
				var id int64
				err := tx.QueryRow(ctx, `INSERT INTO integrity_cases (number, unit, kind, source, category, circumstances, description, reporter_name,
					status, received_at, ack_due, feedback_due, triage_due, next_due, routes, route_rationale, closed_at, catalog_version)
					VALUES (?, ?, 'benoemd', 'medewerker', 'omgangsvormen', 'in_dienst', ?, 'Bench Melder', ?, ?, ?, ?, ?, ?, ?, 'bench', ?, 'bench') RETURNING id`,
					fmt.Sprintf("VIK-BENCH-%s-%06d", unit, k), unit, fmt.Sprintf("Synthetische melding %d voor de benchmark.", k), st, recv, ackDue, fbDue, triDue, next, routes, closed).Scan(&id)
				if err != nil {
					return err
				}
				if _, err := tx.Exec(ctx, `INSERT INTO integrity_subjects (case_id, personnel_no, name, unit, team) VALUES (?, ?, ?, ?, ?)`,
					id, fmt.Sprintf("P%06d", k%3000), fmt.Sprintf("Medewerker %d", k%3000), unit, teams[(k/10)%len(teams)]); err != nil {
					return err
				}
				for _, t := range strings.Split(routes, ",") {
					if t == "" {
						continue
					}
					if _, err := tx.Exec(ctx, `INSERT INTO integrity_tracks (case_id, track, opened_at) VALUES (?, ?, ?)`, id, t, recv); err != nil {
						return err
					}
					// Each unit has five investigators and five criminal investigators,
					// the cases of a unit spread over them (the logged-in bench users are
					// the first of DH's); the others need no account to be assigned.
					who := map[string]string{"disciplinair": "bench.onderzoeker", "strafrechtelijk": "bench.recherche", "orienterend": "bench.onderzoeker"}[t]
					if who != "" && (unit != "DH" || (k/40)%5 != 0) {
						who = fmt.Sprintf("%s.%s.%d", who, strings.ToLower(unit), (k/40)%5)
					}
					if who != "" {
						if _, err := tx.Exec(ctx, `INSERT INTO integrity_assignments (case_id, track, username, unit, assigned_by, assigned_at, reason) VALUES (?, ?, ?, ?, 'bench', ?, 'bench')`,
							id, t, who, unit, recv); err != nil {
							return err
						}
					}
					nt := perTrack(seen)
					seen++
					for j := 0; j < nt; j++ {
						if _, err := tx.Exec(ctx, `INSERT INTO integrity_entries (case_id, track, kind, body, author, created_at) VALUES (?, ?, 'notitie', ?, 'bench', ?)`,
							id, t, fmt.Sprintf("Dossierstuk %d: verslag van een gesprek, met de feiten zoals vastgesteld.", j), recv); err != nil {
							return err
						}
					}
				}
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("load cases: %w", err)
		}
	}
	return nil
}

var benchStatuses = []string{"ontvangen", "bevestigd", "wacht_bevestiging", "in_behandeling", "in_behandeling", "in_behandeling", "af_te_sluiten", "gesloten", "gesloten", "gesloten"}

// benchRoutes is the route of bench case k in status st: only cases in progress or
// closed have tracks.
func benchRoutes(k int, st string) string {
	if st == "in_behandeling" || st == "gesloten" {
		return []string{"functioneren", "disciplinair", "disciplinair,strafrechtelijk", "orienterend"}[k%4]
	}
	return ""
}

// cpuTime is the user and system CPU time of this process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
