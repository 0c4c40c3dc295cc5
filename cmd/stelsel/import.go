package main

import (
	"context"
	"flag"
	"fmt"

	"github.com/schollz/progressbar/v3"

	"stelsel/registration"
)

func importCommand() command {
	return command{summary: "import BVH registrations (CSV or JSON Lines) and screen them", run: runImport}
}

func runImport(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	var f regFlags
	f.register(fs, e, false, true)
	format := fs.String("format", "", "csv or jsonl (default: by file extension)")
	batch := fs.Int("batch", 0, "records per transaction (0: the importer's default, see registration.ImportOptions)")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: stelsel import [flags] FILE...\n\nImports registrations; see registration/testdata/README.md for the format.\nRejected records go to FILE.rejects.csv (or .jsonl); the exit status is then 3.")
		fs.PrintDefaults()
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return &usageError{"import: name at least one FILE"}
	}
	deps, err := openRegistrations(ctx, e, f)
	if err != nil {
		return err
	}
	defer deps.Close()
	actor := operator(e)
	rejected := 0
	for _, path := range fs.Args() {
		opts := registration.ImportOptions{Format: *format, BatchSize: *batch}
		var bar *progressbar.ProgressBar
		if isTerminal(e.stderr) {
			bar = progressbar.DefaultBytes(-1, "import "+path)
			opts.Progress = func(p registration.ImportProgress) {
				if p.Total > 0 {
					bar.ChangeMax64(p.Total)
				}
				bar.Set64(p.Bytes)
			}
		}
		res, err := deps.svc.Import(ctx, actor, path, opts)
		if bar != nil {
			bar.Finish()
			fmt.Fprintln(e.stderr)
		}
		for i, rj := range res.Rejects {
			if i == 20 {
				fmt.Fprintf(e.stderr, "... en nog %d afgewezen records (zie %s)\n", res.Rejected-20, res.RejectFile)
				break
			}
			fmt.Fprintln(e.stderr, "afgewezen:", rj.Error())
		}
		if err != nil {
			return err
		}
		rate := float64(res.Records) / max(res.Duration.Seconds(), 1e-9)
		fmt.Fprintf(e.stdout, "%s: %d records in %.1fs (%.0f/s): %d nieuw, %d gewijzigd, %d ongewijzigd, %d afgewezen; %d gemarkeerd (lexicon %s)\n",
			path, res.Records, res.Duration.Seconds(), rate, res.New, res.Changed, res.Unchanged, res.Rejected, res.Flagged, res.Lexicon)
		if res.RejectFile != "" {
			fmt.Fprintf(e.stdout, "%s: afgewezen records staan in %s\n", path, res.RejectFile)
		}
		rejected += res.Rejected
	}
	if rejected > 0 {
		return &partialError{fmt.Sprintf("%d records afgewezen", rejected)}
	}
	return nil
}
