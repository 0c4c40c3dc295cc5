package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"time"

	"stelsel/synth"
)

func genCommand() command {
	return command{summary: "write synthetic registrations with true labels (CSV or JSONL) to standard output", run: runGen}
}

func runGen(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	n := fs.Int("n", 1000, "number of registrations")
	start := fs.Int("start", 0, "index of the first registration, to resume or split a run")
	seed := fs.Uint64("seed", 1, "random seed: the same seed gives the same registrations")
	format := fs.String("format", "csv", "output format: csv or jsonl")
	labels := fs.String("labels", "", "also write the true labels as JSON Lines to this file")
	share := fs.Float64("share", 0, "share of discriminatory registrations (default 0.003; negative: none)")
	near := fs.Float64("near-miss", 0, "share of near-misses (default 0.04; negative: none)")
	from := fs.String("from", "", "first day of the period (YYYY-MM-DD; default two years before --to)")
	to := fs.String("to", "", "day after the period (YYYY-MM-DD; default "+synth.DefaultReference.Format("2006-01-02")+")")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return &usageError{fmt.Sprintf("gen: unexpected argument %q", fs.Arg(0))}
	}
	if *n < 0 || *start < 0 {
		return &usageError{"gen: --n and --start must not be negative"}
	}
	var encode func([]byte, synth.Record) []byte
	var header []byte
	switch *format {
	case "csv":
		encode, header = synth.AppendCSV, synth.AppendCSVHeader(nil)
	case "jsonl":
		encode = synth.AppendJSONL
	default:
		return &usageError{fmt.Sprintf("gen: --format is csv or jsonl, not %q", *format)}
	}
	opts := synth.Options{Seed: *seed, Share: *share, NearMiss: *near}
	var err error
	if opts.From, err = genDay("from", *from); err != nil {
		return err
	}
	if opts.To, err = genDay("to", *to); err != nil {
		return err
	}
	if !opts.From.IsZero() && !opts.To.IsZero() && !opts.From.Before(opts.To) {
		return &usageError{"gen: --from must be before --to"}
	}

	out := bufio.NewWriterSize(e.stdout, 1<<20)
	if _, err := out.Write(header); err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	var lab *bufio.Writer
	var labOut io.Writer // nil unless --labels: a nil *bufio.Writer would not be a nil io.Writer
	if *labels != "" {
		fh, err := os.Create(*labels)
		if err != nil {
			return fmt.Errorf("gen: %w", err)
		}
		defer fh.Close()
		lab = bufio.NewWriterSize(fh, 1<<20)
		labOut = lab
	}
	g := synth.New(opts)
	if err := generate(ctx, g, *start, *start+*n, encode, out, labOut); err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	if err := out.Flush(); err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	if lab != nil {
		if err := lab.Flush(); err != nil {
			return fmt.Errorf("gen: write labels: %w", err)
		}
	}
	return nil
}

// generate makes records start..end-1 on every core in chunks and writes them in order.
func generate(ctx context.Context, g *synth.Generator, start, end int, encode func([]byte, synth.Record) []byte, out, lab io.Writer) error {
	const chunk = 2048
	type part struct {
		data, labels []byte
		done         chan struct{}
	}
	workers := runtime.GOMAXPROCS(0)
	parts := make(chan *part, 2*workers)
	stop := make(chan struct{})
	defer close(stop)
	sem := make(chan struct{}, workers)
	go func() {
		defer close(parts)
		for lo := start; lo < end; lo += chunk {
			p := &part{done: make(chan struct{})}
			select {
			case parts <- p:
			case <-stop:
				return
			}
			sem <- struct{}{}
			go func(lo, hi int) {
				defer func() { <-sem; close(p.done) }()
				for i := lo; i < hi; i++ {
					r := g.Record(i)
					p.data = encode(p.data, r)
					if lab != nil {
						p.labels = synth.AppendLabel(p.labels, r)
					}
				}
			}(lo, min(lo+chunk, end))
		}
	}()
	for p := range parts {
		<-p.done
		if err := ctx.Err(); err != nil {
			return err
		}
		if _, err := out.Write(p.data); err != nil {
			return err
		}
		if lab != nil {
			if _, err := lab.Write(p.labels); err != nil {
				return fmt.Errorf("write labels: %w", err)
			}
		}
	}
	return nil
}

// genDay reads a day as a wall-clock date, the way synthetic times are held.
func genDay(name, s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return time.Time{}, &usageError{fmt.Sprintf("gen: --%s: %q is no date (YYYY-MM-DD)", name, s)}
	}
	return t, nil
}
