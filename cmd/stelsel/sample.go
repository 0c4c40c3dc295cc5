package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strconv"
	"text/tabwriter"

	"stelsel/registration"
)

func sampleCommand() command {
	return command{summary: "the monthly sample of unflagged registrations (recall): draw, list, show", run: runSample}
}

const sampleHelp = `usage: stelsel sample SUBCOMMAND [flags]

  draw --period YYYY-MM --size N [--seed S]   draw the month's sample of screened, unflagged registrations
                                              (audited; a random seed when none is given; --as USER)
  list                                        list the samples with the estimate of what the screening misses
  show ID                                     one sample's registrations and the decision on each

Sampled registrations are decided like any other: stelsel review decide NUMBER --as USER ...`

func runSample(ctx context.Context, e env, args []string) error {
	if len(args) == 0 {
		return &usageError{sampleHelp}
	}
	sub, args := args[0], args[1:]
	fs := flag.NewFlagSet("sample "+sub, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	var f regFlags
	f.register(fs, e, true, false)
	asJSON := fs.Bool("json", false, "print JSON")
	var period, seed *string
	var size *int
	want := 0
	switch sub {
	case "draw":
		period = fs.String("period", "", "the month, YYYY-MM")
		size = fs.Int("size", 200, "registrations to draw")
		seed = fs.String("seed", "", "seed of the draw (the same seed on the same registrations draws the same sample)")
	case "list":
	case "show":
		want = 1
	default:
		return &usageError{sampleHelp}
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != want {
		return &usageError{sampleHelp}
	}
	deps, actor, err := openRegistrationsAs(ctx, e, f)
	if err != nil {
		return err
	}
	defer deps.Close()
	switch sub {
	case "draw":
		sm, err := deps.svc.DrawSample(ctx, actor, *period, *size, *seed)
		if err != nil {
			return err
		}
		if *asJSON {
			return writeJSON(e.stdout, sm)
		}
		fmt.Fprintf(e.stdout, "steekproef %d van %s: %d van %d niet-gemarkeerde registraties getrokken (zaad %s)\n", sm.ID, sm.Period, sm.Size, sm.Population, sm.Seed)
	case "list":
		list, err := deps.svc.Samples(ctx, actor)
		if err != nil {
			return err
		}
		if *asJSON {
			if list == nil {
				list = []registration.Sample{}
			}
			return writeJSON(e.stdout, list)
		}
		printSamples(e.stdout, list)
	case "show":
		id, err := strconv.ParseInt(fs.Arg(0), 10, 64)
		if err != nil {
			return &usageError{"sample show: ID is the number of a sample (see stelsel sample list)"}
		}
		d, err := deps.svc.SampleByID(ctx, actor, id)
		if err != nil {
			return err
		}
		if *asJSON {
			return writeJSON(e.stdout, d)
		}
		printSamples(e.stdout, []registration.Sample{d.Sample})
		tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "\n#\tregistratie\teenheid\tdatum\tbeoordeling")
		for _, it := range d.Items {
			kind := "nog niet beoordeeld"
			if it.DecisionKind != "" {
				kind = deps.svc.Catalog().DecisionKinds.Label(it.DecisionKind)
			}
			fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\n", it.Position, it.Number, it.Unit, it.RegisteredAt.Local().Format("2006-01-02"), kind)
		}
		tw.Flush()
	}
	return nil
}

func printSamples(w io.Writer, list []registration.Sample) {
	if len(list) == 0 {
		fmt.Fprintln(w, "Er is nog geen steekproef getrokken.")
		return
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "id\tperiode\tgetrokken\tbeoordeeld\ttoch discriminatoir\taandeel gemist (95%)\tgeschat gemist\tgeschatte recall (95%)")
	iv := func(x *registration.Interval, pct bool) string {
		switch {
		case x == nil:
			return "-"
		case pct:
			return fmt.Sprintf("%.1f%% (%.1f-%.1f%%)", 100*x.Value, 100*x.Low, 100*x.High)
		}
		return fmt.Sprintf("%.0f (%.0f-%.0f)", x.Value, x.Low, x.High)
	}
	for _, sm := range list {
		e := sm.Estimate
		fmt.Fprintf(tw, "%d\t%s\t%d van %d\t%d\t%d\t%s\t%s\t%s\n", sm.ID, sm.Period, sm.Size, sm.Population, e.Decided, e.Found,
			iv(e.MissRate, true), iv(e.Missed, false), iv(e.Recall, true))
	}
	tw.Flush()
}
