// Command queue measures the first page of the review queue, filtered by unit, on a
// loaded database (issue 3: under 20 ms median at 1,000,000 registrations), side by side
// with the bare SQL of the same page through database/sql.
//
//	go run ./bench/queue --db bench/out/import/stelsel.db
//	bench/queue/run.sh    # loads 1,000,000 synthetic registrations first when needed
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"slices"
	"time"

	"stelsel/access"
	"stelsel/catalog"
	"stelsel/db"
	"stelsel/registration"
	"stelsel/screen"
)

func main() {
	dsn := flag.String("db", "", "database DSN (required)")
	rounds := flag.Int("rounds", 20, "listings per unit")
	flag.Parse()
	if err := run(*dsn, *rounds); err != nil {
		fmt.Fprintln(os.Stderr, "bench/queue:", err)
		os.Exit(1)
	}
}

func run(dsn string, rounds int) error {
	if dsn == "" {
		return fmt.Errorf("--db is required")
	}
	ctx := context.Background()
	d, err := db.Open(ctx, dsn)
	if err != nil {
		return err
	}
	defer d.Close()
	lex, err := screen.DefaultLexicon()
	if err != nil {
		return err
	}
	cat := catalog.Default()
	svc := registration.NewService(d, access.NewTrail(d, nil), screen.New(lex), cat, nil)
	var regs, queued int
	d.QueryRow(ctx, "SELECT count(*) FROM registrations").Scan(&regs)
	d.QueryRow(ctx, "SELECT count(*) FROM queue_items").Scan(&queued)
	analyst := access.Actor{Username: "bench", Role: access.RoleAnalyst}

	measure := func(f func(unit string) error) (median, p95 time.Duration, err error) {
		var ts []time.Duration
		for range rounds {
			for _, u := range cat.UnitCodes() {
				t0 := time.Now()
				if err := f(u); err != nil {
					return 0, 0, err
				}
				ts = append(ts, time.Since(t0))
			}
		}
		slices.Sort(ts)
		return ts[len(ts)/2], ts[len(ts)*95/100], nil
	}
	service := func(unit string) error {
		p, err := svc.Queue(ctx, analyst, registration.QueueFilter{Unit: unit, Limit: 50})
		if err == nil && len(p.Items) == 0 && queued > 0 && unit != "LE" {
			err = fmt.Errorf("empty page for %s", unit)
		}
		return err
	}
	bare := func(unit string) error {
		rows, err := d.Query(ctx, `SELECT number, priority, registered_at FROM queue_items WHERE unit = ? AND status = 'open'
			ORDER BY priority DESC, registered_at DESC, number DESC LIMIT 50`, unit)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
		}
		return rows.Err()
	}
	fmt.Printf("Queue, first page of 50 filtered by unit (%s, %d registrations, %d queue items, %d listings)\n",
		d.Dialect(), regs, queued, rounds*len(cat.Units))
	for _, m := range []struct {
		name string
		f    func(string) error
	}{{"bare SQL of the page (reference)", bare}, {"registration.Service.Queue (page + counts)", service}} {
		med, p95, err := measure(m.f)
		if err != nil {
			return err
		}
		fmt.Printf("  %-44s median %7.2f ms   p95 %7.2f ms\n", m.name, ms(med), ms(p95))
	}
	fmt.Println("  goal: under 20 ms median")
	return nil
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
