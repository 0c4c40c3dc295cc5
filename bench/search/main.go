// Command search measures the text search of the review queue (issue 7 item 10) on a
// loaded database: the first page of the queue for a text search through the service
// (FTS5 trigram index on SQLite, pg_trgm on PostgreSQL), side by side with the reference
// of the same search without an index: LIKE over the current texts of the queue items.
// It loads N synthetic registrations first when the database holds fewer.
//
//	go run ./bench/search --db /tmp/search.db --n 100000
//	bench/search/run.sh    # SQLite and a throwaway PostgreSQL, 100,000 registrations
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"stelsel/access"
	"stelsel/catalog"
	"stelsel/db"
	"stelsel/registration"
	"stelsel/screen"
	"stelsel/synth"
)

func main() {
	dsn := flag.String("db", "", "database DSN (required)")
	n := flag.Int("n", 100_000, "registrations to load when the database holds fewer")
	rounds := flag.Int("rounds", 20, "searches per query")
	flag.Parse()
	if err := run(*dsn, *n, *rounds); err != nil {
		fmt.Fprintln(os.Stderr, "bench/search:", err)
		os.Exit(1)
	}
}

// searches are what an analyst types: a slur inside compounds, everyday words, two words,
// a phrase.
var searches = []string{"jood", "agent", "straat", "melder buurman", `"op straat"`, "fiets"}

func run(dsn string, n, rounds int) error {
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
	svc := registration.NewService(d, access.NewTrail(d, nil), screen.New(lex), catalog.Default(), nil)
	var regs int
	if err := d.QueryRow(ctx, "SELECT count(*) FROM registrations").Scan(&regs); err != nil {
		return err
	}
	if regs < n {
		t0 := time.Now()
		pr, pw := io.Pipe()
		go func() { pw.CloseWithError(synth.WriteCSV(pw, synth.New(synth.Options{Seed: 1}).Records(n-regs))) }()
		if _, err := svc.ImportReader(ctx, access.System("bench"), pr, "synth.csv", registration.ImportOptions{}); err != nil {
			return err
		}
		fmt.Printf("loaded %d registrations in %s\n", n-regs, time.Since(t0).Round(time.Millisecond))
		regs = n
	}
	var queued int
	if err := d.QueryRow(ctx, "SELECT count(*) FROM queue_items").Scan(&queued); err != nil {
		return err
	}
	fmt.Printf("%s: %d registrations, %d queue items\n", d.Dialect(), regs, queued)
	analyst := access.Actor{Username: "bench", Role: access.RoleAnalyst}
	measure := func(f func() (int, error)) (median, p95 time.Duration, hits int, err error) {
		var ts []time.Duration
		for range rounds {
			t0 := time.Now()
			if hits, err = f(); err != nil {
				return 0, 0, 0, err
			}
			ts = append(ts, time.Since(t0))
		}
		slices.Sort(ts)
		return ts[len(ts)/2], ts[len(ts)*95/100], hits, nil
	}
	// The first reference is the queue page without a search (the service's own cost),
	// the second the same search as LIKE over the texts, without an index.
	base, _, _, err := measure(func() (int, error) {
		p, err := svc.Queue(ctx, analyst, registration.QueueFilter{Status: registration.StatusAll, Limit: 50})
		return p.Total, err
	})
	if err != nil {
		return err
	}
	fmt.Printf("queue page without a search: median %s\n", base.Round(10*time.Microsecond))
	fmt.Printf("%-18s %8s %12s %12s %16s\n", "search", "found", "median", "p95", "LIKE, no index")
	for _, s := range searches {
		service := func() (int, error) {
			p, err := svc.Queue(ctx, analyst, registration.QueueFilter{Text: s, Status: registration.StatusAll, Limit: 50})
			return p.Total, err
		}
		words := strings.Fields(strings.ReplaceAll(s, `"`, ""))
		if strings.HasPrefix(s, `"`) {
			words = []string{strings.Trim(s, `"`)}
		}
		reference := func() (int, error) {
			q := `SELECT count(*) FROM queue_items q WHERE EXISTS (SELECT 1 FROM registrations r
				JOIN registration_versions v ON v.registration_id = r.id AND v.version = q.version WHERE r.number = q.number`
			var args []any
			for _, w := range words {
				q += " AND lower(v.text) LIKE ?"
				args = append(args, "%"+w+"%")
			}
			var c int
			err := d.QueryRow(ctx, q+")", args...).Scan(&c)
			return c, err
		}
		med, p95, found, err := measure(service)
		if err != nil {
			return fmt.Errorf("search %q: %w", s, err)
		}
		rmed, _, rfound, err := measure(reference)
		if err != nil {
			return fmt.Errorf("reference %q: %w", s, err)
		}
		note := ""
		if rfound != found {
			note = fmt.Sprintf(" (LIKE finds %d: case and diacritics are not folded there)", rfound)
		}
		fmt.Printf("%-18s %8d %12s %12s %16s%s\n", s, found, med.Round(10*time.Microsecond), p95.Round(10*time.Microsecond), rmed.Round(10*time.Microsecond), note)
	}
	return nil
}
