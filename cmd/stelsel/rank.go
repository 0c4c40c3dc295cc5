package main

import (
	"context"
	"flag"
	"fmt"
	"text/tabwriter"

	"stelsel/registration"
)

func rankCommand() command {
	return command{summary: "the re-ranking model learnt from decisions: train, evaluate, list, activate, explain", run: runRank}
}

const rankHelp = `usage: stelsel rank SUBCOMMAND [flags]

  train               train a model on four fifths of the decisions and measure it on the fifth kept
                      apart, against the queue's own order (stored, not switched on; --as USER, audited)
  evaluate VERSION    measure a stored model again on the held-out decisions as they are now
  list                the trained models with their measurements; * marks the active one
  activate VERSION    switch the model on (only when it ranks the held-out decisions better); 'uit'
                      switches re-ranking off (--as USER, audited)
  explain NUMBER      how the active model ranks a registration: its features and their weights`

func runRank(ctx context.Context, e env, args []string) error {
	if len(args) == 0 {
		return &usageError{rankHelp}
	}
	sub, args := args[0], args[1:]
	fs := flag.NewFlagSet("rank "+sub, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	var f regFlags
	f.register(fs, e, true, false)
	asJSON := fs.Bool("json", false, "print JSON")
	want := 0
	switch sub {
	case "train", "list":
	case "evaluate", "activate", "explain":
		want = 1
	default:
		return &usageError{rankHelp}
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != want {
		return &usageError{rankHelp}
	}
	deps, actor, err := openRegistrationsAs(ctx, e, f)
	if err != nil {
		return err
	}
	defer deps.Close()
	var run registration.ModelRun
	switch sub {
	case "train":
		run, err = deps.svc.TrainRanking(ctx, actor)
	case "evaluate":
		run, err = deps.svc.EvaluateRanking(ctx, actor, fs.Arg(0))
	case "activate":
		run, err = deps.svc.ActivateRanking(ctx, actor, fs.Arg(0))
	case "list":
		list, err := deps.svc.RankModels(ctx, actor)
		if err != nil {
			return err
		}
		if *asJSON {
			if list == nil {
				list = []registration.ModelRun{}
			}
			return writeJSON(e.stdout, list)
		}
		if len(list) == 0 {
			fmt.Fprintln(e.stdout, "Er is nog geen model getraind (stelsel rank train).")
			return nil
		}
		tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "\tversie\tgetraind\ttraining\tachtergehouden\tgem. precisie voor -> na\tAUC voor -> na\tbeter")
		for _, r := range list {
			mark := ""
			if r.Active {
				mark = "*"
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%d\t%.3f -> %.3f\t%.3f -> %.3f\t%v\n", mark, r.Version, r.TrainedAt.Local().Format("2006-01-02 15:04"),
				r.Train, r.HeldOut, r.APBefore, r.APAfter, r.AUCBefore, r.AUCAfter, map[bool]string{true: "ja", false: "nee"}[r.Better()])
		}
		return tw.Flush()
	case "explain":
		ex, err := deps.svc.ExplainRanking(ctx, actor, fs.Arg(0))
		if err != nil {
			return err
		}
		if *asJSON {
			return writeJSON(e.stdout, ex)
		}
		if ex.Model == "" {
			fmt.Fprintf(e.stdout, "%s: geen model aan; de werkbak rangschikt op de screeningsscore %d (prioriteit %d)\n", ex.Number, ex.Score, ex.Priority)
			return nil
		}
		fmt.Fprintf(e.stdout, "%s: model %s geeft kans %.0f%% op discriminatie (score %d, prioriteit %d)\n", ex.Number, ex.Model, 100*ex.Chance, ex.Score, ex.Priority)
		tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "kenmerk\twaarde\tgewicht\tbijdrage")
		for _, c := range ex.Contributions {
			fmt.Fprintf(tw, "%s\t%.2f\t%+.3f\t%+.3f\n", c.Feature, c.Value, c.Weight, c.Effect)
		}
		return tw.Flush()
	}
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e.stdout, run)
	}
	switch sub {
	case "activate":
		if run.Model == nil {
			fmt.Fprintln(e.stdout, "rangschikking met een model uit: de werkbak rangschikt op de screeningsscore")
			return nil
		}
		fmt.Fprintf(e.stdout, "model aangezet: %s\n", run)
	default:
		fmt.Fprintln(e.stdout, run)
		if !run.Better() {
			fmt.Fprintln(e.stdout, "Het model rangschikt niet beter dan de werkbak nu en kan niet worden aangezet.")
		}
	}
	return nil
}
