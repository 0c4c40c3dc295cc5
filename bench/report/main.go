// Command report times the figures at scale (issue 10): the yearly figures, the ODIHR
// export and the monthly trend series, computed through the report service as the system
// operator, on a database with N registrations and D decisions. Beside each it prints a
// reference: the database's own GROUP BY over the same rows (one SQL statement, no Go),
// the floor any implementation that reads the decided versions has to pay.
//
// The rows are written straight into the tables (COPY on PostgreSQL, multi-row INSERTs on
// SQLite): generating and screening 10 million texts through the import would take hours
// on a small machine and is measured by bench/import. Only the timed calls go through the
// services.
//
//	go run ./bench/report --db bench/out/report/stelsel.db --n 10000000 --decisions 100000
//	go run ./bench/report --db postgres://... --n 10000000 --decisions 100000
package main

import (
	"context"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"runtime/pprof"
	"strings"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"

	"stelsel/access"
	"stelsel/catalog"
	"stelsel/db"
	"stelsel/registration"
	"stelsel/report"
	"stelsel/screen"
)

func main() {
	dsn := flag.String("db", "bench/out/report/stelsel.db", "database (SQLite path or postgres:// URL)")
	n := flag.Int("n", 10_000_000, "registrations")
	decisions := flag.Int("decisions", 100_000, "decisions")
	runs := flag.Int("runs", 3, "timed runs of each call (the best is printed)")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the timed calls to this file")
	flag.Parse()
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			fmt.Fprintln(os.Stderr, "bench/report:", err)
			os.Exit(1)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintln(os.Stderr, "bench/report:", err)
			os.Exit(1)
		}
		defer pprof.StopCPUProfile()
	}
	if err := run(context.Background(), *dsn, *n, *decisions, *runs); err != nil {
		pprof.StopCPUProfile()
		fmt.Fprintln(os.Stderr, "bench/report:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, dsn string, n, decisions, runs int) error {
	d, err := db.Open(ctx, dsn)
	if err != nil {
		return err
	}
	defer d.Close()
	var have int
	if err := d.QueryRow(ctx, "SELECT count(*) FROM registrations").Scan(&have); err != nil {
		return err
	}
	if have < n {
		if have > 0 {
			return fmt.Errorf("database has %d registrations, fewer than %d: use a fresh one", have, n)
		}
		start := time.Now()
		if err := generate(ctx, d, n, decisions); err != nil {
			return err
		}
		fmt.Printf("generated %d registrations and %d decisions in %.1fs\n", n, decisions, time.Since(start).Seconds())
	}
	if d.Dialect() == db.Postgres {
		// Migrations may have just rewritten every decision (00730); autovacuum would catch
		// up soon, the timing should not depend on when.
		if _, err := d.Exec(ctx, "VACUUM (ANALYZE) decisions"); err != nil {
			return err
		}
	}
	var nd int
	if err := d.QueryRow(ctx, "SELECT count(*) FROM decisions").Scan(&nd); err != nil {
		return err
	}
	lex, err := screen.DefaultLexicon()
	if err != nil {
		return err
	}
	trail := access.NewTrail(d, time.Now)
	reg := registration.NewService(d, trail, screen.New(lex), catalog.Default(), time.Now)
	rep := report.NewService(d, trail, reg, time.Now)
	sys := access.System("bench")
	// One connection, so that on PostgreSQL the server's CPU time for the calls can be read
	// from its one backend process: on a shared machine the wall time says more about the
	// neighbours than about the work.
	d.SQL().SetMaxOpenConns(1)
	cpu, err := cpuMeter(ctx, d)
	if err != nil {
		return err
	}
	best := func(runs int, f func() error) (float64, float64, error) { return bestOf(runs, cpu, f) }
	fmt.Printf("\n%s, %d registrations, %d decisions; best of %d runs; cpu: seconds of CPU (this process%s)\n\n",
		d.Dialect(), have+n*boolInt(have == 0), nd, runs, map[bool]string{true: " and the PostgreSQL backend", false: ""}[d.Dialect() == db.Postgres])
	fmt.Printf("%-34s %8s %8s   %-40s %8s %8s\n", "stelsel (report service)", "seconds", "cpu", "reference (one SQL GROUP BY)", "seconds", "cpu")
	year := 2025
	from, to := time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(year+1, 1, 1, 0, 0, 0, 0, time.UTC)
	ref := func(q string, args ...any) (float64, float64, error) {
		return best(runs, func() error {
			rows, err := d.Query(ctx, q, args...)
			if err != nil {
				return err
			}
			defer rows.Close()
			for rows.Next() {
			}
			return rows.Err()
		})
	}
	join := `FROM decisions d WHERE d.registered_at >= ? AND d.registered_at < ? AND d.kind IN ('discriminatie', 'codis') AND d.effective_at IS NOT NULL`
	lines := []struct {
		name, refName string
		call          func() error
		refQ          string
		refArgs       []any
	}{
		{"yearly figures 2025 (8 tables)", "count per unit and manifestation 2025",
			func() error { _, err := rep.Yearly(ctx, sys, year, report.YearOptions{Exact: true}); return err },
			"SELECT d.unit, d.manifestation, count(*) " + join + " GROUP BY d.unit, d.manifestation", []any{from.AddDate(-3, 0, 0), to}},
		{"ODIHR export 2025", "count per manifestation 2025",
			func() error { _, err := rep.ODIHRExport(ctx, sys, year, true); return err },
			"SELECT d.manifestation, count(*) " + join + " GROUP BY d.manifestation", []any{from, to}},
		{"trend series, 24 months", "count per unit and grounds, 24 months",
			func() error {
				_, err := rep.MonthlyTrends(ctx, sys, 24, time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC))
				return err
			},
			"SELECT d.unit, d.grounds, count(*) " + join + " GROUP BY d.unit, d.grounds", []any{from.AddDate(-1, 0, 0), to}},
	}
	for _, l := range lines {
		s, sc, err := best(runs, l.call)
		if err != nil {
			return fmt.Errorf("%s: %w", l.name, err)
		}
		r, rc, err := ref(l.refQ, l.refArgs...)
		if err != nil {
			return fmt.Errorf("%s: %w", l.refName, err)
		}
		fmt.Printf("%-34s %8.3f %8.3f   %-40s %8.3f %8.3f\n", l.name, s, sc, l.refName, r, rc)
	}
	fmt.Println("\ngoal: under 1 s each on PostgreSQL, under 3 s on SQLite")
	return nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// bestOf runs f runs times and returns the shortest wall time and the least CPU time.
func bestOf(runs int, cpu func() float64, f func() error) (float64, float64, error) {
	b, bc := 0.0, 0.0
	for i := range runs {
		start, c0 := time.Now(), cpu()
		if err := f(); err != nil {
			return 0, 0, err
		}
		s, c := time.Since(start).Seconds(), cpu()-c0
		if i == 0 || s < b {
			b = s
		}
		if i == 0 || c < bc {
			bc = c
		}
	}
	return b, bc, nil
}

// cpuMeter returns a function giving the CPU seconds used so far by this process and,
// on PostgreSQL, by the backend serving the one connection (read from /proc: the bench
// runs the throwaway cluster on this machine).
func cpuMeter(ctx context.Context, d *db.DB) (func() float64, error) {
	self := func() float64 {
		var ru syscall.Rusage
		if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
			return 0
		}
		return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
	}
	if d.Dialect() != db.Postgres {
		return self, nil
	}
	var pid int
	if err := d.QueryRow(ctx, "SELECT pg_backend_pid()").Scan(&pid); err != nil {
		return nil, err
	}
	stat := fmt.Sprintf("/proc/%d/stat", pid)
	if _, err := os.Stat(stat); err != nil {
		return self, nil // a server elsewhere: this process only
	}
	return func() float64 {
		b, err := os.ReadFile(stat)
		if err != nil {
			return self()
		}
		// Fields after the command name (which ends with ')'): utime and stime are the
		// 12th and 13th, in clock ticks of 1/100 s.
		f := strings.Fields(string(b[strings.LastIndexByte(string(b), ')')+1:]))
		var ut, st float64
		fmt.Sscan(f[11], &ut)
		fmt.Sscan(f[12], &st)
		return self() + (ut+st)/100
	}, nil
}

// generate writes n registrations (one version each, registered 2023-2025) and
// decisions on every n/decisions-th of them, with grounds and manifestations in the
// published shares.
func generate(ctx context.Context, d *db.DB, n, decisions int) error {
	cat := catalog.Default()
	units := cat.UnitCodes()
	start := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
	span := int64(3 * 365 * 24 * time.Hour / time.Second)
	regAt := func(i int) time.Time {
		return start.Add(time.Duration(int64(i)*7919%span) * time.Second)
	}
	number := func(i int) string { return fmt.Sprintf("B-%s-%09d", units[i%len(units)], i) }
	now := time.Now().UTC()
	reg := func(i int) []any {
		return []any{int64(i + 1), number(i), "aangifte", units[i%len(units)], "Team", regAt(i), 1, "h", now}
	}
	ver := func(i int) []any {
		return []any{int64(i + 1), 1, number(i), "h", "aangifte", units[i%len(units)], "Team", regAt(i), "x", now}
	}
	regCols := []string{"id", "number", "kind", "unit", "team", "registered_at", "version", "hash", "updated_at"}
	verCols := []string{"registration_id", "version", "number", "hash", "kind", "unit", "team", "registered_at", "text", "imported_at"}
	rng := rand.New(rand.NewPCG(10, 100))
	grounds := []struct {
		code string
		w    float64
	}{{"herkomst", 45}, {"seksuele_gerichtheid", 30}, {"antisemitisme", 9}, {"godsdienst", 6}, {"genderidentiteit", 4}, {"handicap", 3}, {"geslacht", 2}, {"leeftijd", 1}}
	manifs := []struct {
		code string
		w    float64
	}{{"belediging", 45}, {"bedreiging", 18}, {"geweld", 14}, {"bekladding_vernieling", 12}, {"uitsluiting", 6}, {"overig", 5}}
	pick := func(list []struct {
		code string
		w    float64
	}) string {
		x := rng.Float64() * 100
		for _, it := range list {
			if x -= it.w; x < 0 {
				return it.code
			}
		}
		return list[0].code
	}
	step := max(1, n/decisions)
	dec := func(k int) []any {
		i := k * step
		kind, gs, ind := "discriminatie", pick(grounds), ""
		switch x := rng.IntN(100); {
		case x < 15:
			kind = "codis"
		case x < 30:
			kind = "geen_discriminatie"
		}
		if rng.IntN(12) == 0 {
			gs += ",herkomst"
		}
		switch rng.IntN(10) {
		case 0:
			ind = "online"
		case 1:
			ind = "publieke_taak"
		}
		at := regAt(i).Add(240 * time.Hour)
		return []any{int64(k + 1), number(i), 1, "bench", kind, gs, ind, pick(manifs), "bench", "bench", at, at, units[i%len(units)], regAt(i)}
	}
	decCols := []string{"id", "number", "version", "lexicon", "kind", "grounds", "indications", "manifestation", "rationale", "reviewer", "decided_at", "effective_at", "unit", "registered_at"}
	for _, t := range []struct {
		table string
		cols  []string
		n     int
		row   func(int) []any
	}{{"registrations", regCols, n, reg}, {"registration_versions", verCols, n, ver}, {"decisions", decCols, min(decisions, n), dec}} {
		if err := bulk(ctx, d, t.table, t.cols, t.n, t.row); err != nil {
			return fmt.Errorf("fill %s: %w", t.table, err)
		}
	}
	if d.Dialect() == db.Postgres {
		for _, q := range []string{"ANALYZE registrations", "ANALYZE registration_versions", "ANALYZE decisions",
			"SELECT setval('decisions_id_seq', (SELECT max(id) FROM decisions))"} {
			if _, err := d.Exec(ctx, q); err != nil {
				return err
			}
		}
	} else if _, err := d.Exec(ctx, "ANALYZE"); err != nil {
		return err
	}
	return nil
}

// bulk writes n rows: COPY on PostgreSQL, INSERTs of 200 rows in transactions of 200,000
// on SQLite.
func bulk(ctx context.Context, d *db.DB, table string, cols []string, n int, row func(int) []any) error {
	if d.Dialect() == db.Postgres {
		conn, err := d.SQL().Conn(ctx)
		if err != nil {
			return err
		}
		defer conn.Close()
		return conn.Raw(func(dc any) error {
			pc := dc.(*stdlib.Conn).Conn()
			i := 0
			_, err := pc.CopyFrom(ctx, pgx.Identifier{table}, cols, pgx.CopyFromFunc(func() ([]any, error) {
				if i == n {
					return nil, nil
				}
				i++
				return row(i - 1), nil
			}))
			return err
		})
	}
	const per, txRows = 200, 200_000
	one := "(" + strings.TrimSuffix(strings.Repeat("?, ", len(cols)), ", ") + ")"
	full := "INSERT INTO " + table + " (" + strings.Join(cols, ", ") + ") VALUES " + strings.TrimSuffix(strings.Repeat(one+", ", per), ", ")
	for lo := 0; lo < n; lo += txRows {
		hi := min(lo+txRows, n)
		err := d.InTx(ctx, func(tx *db.Tx) error {
			stmt, err := tx.Prepare(ctx, full)
			if err != nil {
				return err
			}
			defer stmt.Close()
			i := lo
			for ; i+per <= hi; i += per {
				args := make([]any, 0, per*len(cols))
				for k := i; k < i+per; k++ {
					args = append(args, row(k)...)
				}
				if _, err := stmt.ExecContext(ctx, args...); err != nil {
					return err
				}
			}
			for ; i < hi; i++ {
				if _, err := tx.Exec(ctx, "INSERT INTO "+table+" ("+strings.Join(cols, ", ")+") VALUES "+one, row(i)...); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}
