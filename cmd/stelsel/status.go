package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"sort"
	"text/tabwriter"

	"stelsel/catalog"
	"stelsel/registration"
)

func statusCommand() command {
	return command{summary: "counts of registrations, screening, queue and decisions (--json for machines)", run: runStatus}
}

func runStatus(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("status", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	var f regFlags
	f.register(fs, e, true, false)
	asJSON := fs.Bool("json", false, "print one JSON object")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	deps, actor, err := openRegistrationsAs(ctx, e, f)
	if err != nil {
		return err
	}
	defer deps.Close()
	st, err := deps.svc.Status(ctx, actor)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(st)
	}
	printStatus(e.stdout, st, deps.svc.Catalog())
	return nil
}

func printStatus(w io.Writer, st registration.Status, cat *catalog.Catalog) {
	fmt.Fprintf(w, "Stand van zaken op %s (lexicon %s, catalogus %s)\n\n", st.At.Local().Format("2006-01-02 15:04"), st.Lexicon, st.Catalog)
	fmt.Fprintf(w, "  registraties        %d (%d versies)\n", st.Registrations, st.Versions)
	fmt.Fprintf(w, "  gescreend           %d\n", st.Screened)
	fmt.Fprintf(w, "  met treffers        %d\n", st.Flagged)
	fmt.Fprintf(w, "  te beoordelen       %d\n", st.Queue)
	for _, s := range registration.Statuses {
		if n := st.QueueByStatus[s]; n > 0 && s != registration.StatusOpen {
			fmt.Fprintf(w, "  %-19s %d\n", registration.StatusLabel(s), n)
		}
	}
	fmt.Fprintln(w, "\nBeoordelingen:")
	for _, k := range cat.DecisionKinds {
		fmt.Fprintf(w, "  %-50s %d\n", k.Label, st.Decided[k.Code])
	}
	fmt.Fprintln(w, "\nPer eenheid:")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "eenheid\tregistraties\tmet treffers\tte beoordelen\tbeoordeeld\t")
	units := make([]string, 0, len(st.Units))
	for u := range st.Units {
		units = append(units, u)
	}
	sort.Strings(units)
	for _, u := range units {
		c := st.Units[u]
		decided := 0
		for _, n := range c.Decided {
			decided += n
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t\n", u, c.Registrations, c.Flagged, c.Queue, decided)
	}
	tw.Flush()
}
