// Command profile runs one import, as stelsel import does, under the CPU profiler, so the
// import's cost can be split between parsing, screening and the database.
//
//	go run ./bench/import/profile --db /tmp/p.db --cpuprofile /tmp/cpu.out FILE.csv
//	go tool pprof -top /tmp/cpu.out
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime/pprof"
	"runtime/trace"
	"time"

	"stelsel/access"
	"stelsel/catalog"
	"stelsel/db"
	"stelsel/registration"
	"stelsel/screen"
)

func main() {
	dsn := flag.String("db", "", "database DSN (required)")
	cpu := flag.String("cpuprofile", "", "write a CPU profile to this file")
	batch := flag.Int("batch", 0, "records per transaction (0: the default)")
	tr := flag.String("trace", "", "write an execution trace to this file (go tool trace -pprof=sched|syscall|sync)")
	flag.Parse()
	if *tr != "" {
		f, err := os.Create(*tr)
		if err == nil {
			trace.Start(f)
			defer func() { trace.Stop(); f.Close() }()
		}
	}
	if err := run(*dsn, *cpu, *batch, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "bench/import/profile:", err)
		os.Exit(1)
	}
}

func run(dsn, cpu string, batch int, files []string) error {
	if dsn == "" || len(files) == 0 {
		return fmt.Errorf("usage: profile --db DSN [--cpuprofile FILE] FILE...")
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
	svc := registration.NewService(d, access.NewTrail(d, time.Now), screen.New(lex), catalog.Default(), time.Now)
	if cpu != "" {
		f, err := os.Create(cpu)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	for _, path := range files {
		res, err := svc.Import(ctx, access.System("bench"), path, registration.ImportOptions{RejectPath: "-", BatchSize: batch})
		if err != nil {
			return err
		}
		fmt.Printf("%s: %d records in %.1fs: %d new, %d changed, %d unchanged, %d rejected, %d flagged\n",
			path, res.Records, res.Duration.Seconds(), res.New, res.Changed, res.Unchanged, res.Rejected, res.Flagged)
	}
	if io, err := os.ReadFile("/proc/self/io"); err == nil {
		fmt.Printf("%s", io)
	}
	return nil
}
