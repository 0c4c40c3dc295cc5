package main

import (
	"context"
	"flag"
	"fmt"

	"github.com/schollz/progressbar/v3"

	"stelsel/registration"
)

func rescreenCommand() command {
	return command{summary: "screen every registration not yet screened with the lexicon in use", run: runRescreen}
}

func runRescreen(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("rescreen", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	var f regFlags
	f.register(fs, e, false, true)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return &usageError{"rescreen takes no arguments"}
	}
	deps, err := openRegistrations(ctx, e, f)
	if err != nil {
		return err
	}
	defer deps.Close()
	var opts registration.RescreenOptions
	if isTerminal(e.stderr) {
		bar := progressbar.Default(-1, "screenen")
		opts.Progress = func(done, total int) {
			bar.ChangeMax(total)
			bar.Set(done)
		}
		defer bar.Finish()
	}
	res, err := deps.svc.Rescreen(ctx, operator(e), opts)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "lexicon %s: %d registraties gescreend in %.1fs, %d gemarkeerd\n", res.Lexicon, res.Screened, res.Duration.Seconds(), res.Flagged)
	return nil
}
