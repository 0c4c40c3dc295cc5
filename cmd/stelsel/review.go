package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"stelsel/registration"
)

func reviewCommand() command {
	return command{summary: "the review queue: queue, show, decide, confirm", run: runReview}
}

const reviewHelp = `usage: stelsel review SUBCOMMAND [flags]

  queue                     list the queue (--unit, --ground, --from, --to, --status, --limit, --after, --json)
  show NUMBER               show one registration with hits and history (--reason; audited)
  decide NUMBER             record a decision (--as USER --kind ... ; see -h)
  confirm NUMBER            confirm another reviewer's decision (four-eyes; --as USER)`

func runReview(ctx context.Context, e env, args []string) error {
	if len(args) == 0 {
		return &usageError{reviewHelp}
	}
	sub, args := args[0], args[1:]
	fs := flag.NewFlagSet("review "+sub, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	var f regFlags
	f.register(fs, e, true, false)
	asJSON := fs.Bool("json", false, "print JSON")
	var (
		qf                                  registration.QueueFilter
		from, to, reason                    *string
		in                                  registration.DecisionInput
		articles, grounds, indications, adv *string
	)
	switch sub {
	case "queue":
		fs.StringVar(&qf.Unit, "unit", "", "unit code or name")
		fs.StringVar(&qf.Ground, "ground", "", "ground code among the hits")
		fs.StringVar(&qf.Status, "status", "", "open (default), meer_informatie, bevestigen, beoordeeld, vervallen or alle")
		fs.StringVar(&qf.After, "after", "", "cursor printed at the end of the previous page")
		fs.IntVar(&qf.Limit, "limit", 20, "items per page")
		from = fs.String("from", "", "registered from (YYYY-MM-DD)")
		to = fs.String("to", "", "registered before (YYYY-MM-DD)")
	case "show":
		reason = fs.String("reason", "beoordeling", "why you open it (written to the audit trail)")
	case "decide":
		fs.StringVar(&in.Kind, "kind", "", "geen_discriminatie | discriminatie | codis | meer_informatie")
		articles = fs.String("articles", "", "articles, comma-separated: 137c,137d,137e,137f,137g,429quater,44bis")
		grounds = fs.String("grounds", "", "grounds, comma-separated (herkomst, antisemitisme, ...)")
		indications = fs.String("indications", "", "indications, comma-separated (antisemitisme, moslimdiscriminatie, online, ...)")
		fs.StringVar(&in.Manifestation, "manifestation", "", "belediging, bekladding_vernieling, bedreiging, geweld, uitsluiting, overig")
		adv = fs.String("adv", "", "referred to this anti-discrimination service (ADV)")
		fs.StringVar(&in.Reason, "reason", "", "why it is not discrimination (required for geen_discriminatie)")
		fs.StringVar(&in.Rationale, "rationale", "", "the rationale (required)")
	case "confirm":
	default:
		return &usageError{reviewHelp}
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	want := 1
	if sub == "queue" {
		want = 0
	}
	if fs.NArg() != want {
		return &usageError{reviewHelp}
	}
	if (sub == "decide" || sub == "confirm") && f.as == "" {
		return &usageError{"review " + sub + ": --as USER is required: decisions are made by a named reviewer"}
	}
	deps, actor, err := openRegistrationsAs(ctx, e, f)
	if err != nil {
		return err
	}
	defer deps.Close()
	switch sub {
	case "queue":
		if qf.From, err = parseDay("from", *from); err != nil {
			return err
		}
		if qf.To, err = parseDay("to", *to); err != nil {
			return err
		}
		page, err := deps.svc.Queue(ctx, actor, qf)
		if err != nil {
			return err
		}
		if *asJSON {
			return writeJSON(e.stdout, page)
		}
		printQueue(e.stdout, page)
	case "show":
		d, err := deps.svc.Get(ctx, actor, fs.Arg(0), *reason)
		if err != nil {
			return err
		}
		if *asJSON {
			return writeJSON(e.stdout, d)
		}
		printDetail(e.stdout, d)
	case "decide":
		in.Articles, in.Grounds, in.Indications = list(*articles), list(*grounds), list(*indications)
		in.Referral, in.ADV = *adv != "", *adv
		dec, err := deps.svc.Decide(ctx, actor, fs.Arg(0), in)
		if err != nil {
			return err
		}
		if *asJSON {
			return writeJSON(e.stdout, dec)
		}
		fmt.Fprintf(e.stdout, "beoordeling %d vastgelegd voor %s: %s", dec.ID, dec.Number, deps.svc.Catalog().DecisionKinds.Label(dec.Kind))
		if dec.NeedsConfirmation {
			fmt.Fprint(e.stdout, " (wacht op bevestiging door een tweede beoordelaar)")
		}
		fmt.Fprintln(e.stdout)
	case "confirm":
		dec, err := deps.svc.Confirm(ctx, actor, fs.Arg(0))
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "beoordeling %d van %s bevestigd door %s\n", dec.ID, dec.Number, dec.ConfirmedBy)
	}
	return nil
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func printQueue(w io.Writer, p registration.QueuePage) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "prioriteit\tregistratie\tsoort\teenheid\tdatum\ttreffers\tgronden\tstatus")
	for _, it := range p.Items {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%d (%d sterk)\t%s\t%s\n", it.Priority, it.Number, it.Kind, it.Unit,
			it.RegisteredAt.Local().Format("2006-01-02"), it.HitCount, it.Strong, strings.Join(it.Grounds, ","), registration.StatusLabel(it.Status))
	}
	tw.Flush()
	fmt.Fprintf(w, "\n%d van %d getoond.", len(p.Items), p.Total)
	for _, s := range registration.Statuses {
		if n := p.Counts[s]; n > 0 {
			fmt.Fprintf(w, " %s: %d.", registration.StatusLabel(s), n)
		}
	}
	fmt.Fprintln(w)
	if p.Next != "" {
		fmt.Fprintf(w, "Volgende pagina: --after %s\n", p.Next)
	}
}

func printDetail(w io.Writer, d *registration.Detail) {
	fmt.Fprintf(w, "%s  %s  eenheid %s, basisteam %s, %s\n", d.Number, d.Kind, d.Unit, d.Team, d.Municipality)
	fmt.Fprintf(w, "geregistreerd %s, versie %d, status: %s\n", d.RegisteredAt.Local().Format("2006-01-02 15:04"), d.Version, registration.StatusLabel(d.Status))
	if d.Summary != "" {
		fmt.Fprintf(w, "omschrijving: %s\n", d.Summary)
	}
	fmt.Fprintf(w, "\n%s\n\n", d.Text)
	if len(d.Hits) > 0 {
		fmt.Fprintf(w, "Treffers (lexicon %s):\n", d.Lexicon)
		for _, h := range d.Hits {
			fmt.Fprintf(w, "  %-20q term %s, %s, %s, gronden %s\n", h.Match, h.Term, h.Mode, h.Strength, strings.Join(h.Grounds, ","))
		}
	}
	for _, dec := range d.Decisions {
		fmt.Fprintf(w, "Beoordeling %d door %s op %s: %s", dec.ID, dec.Reviewer, dec.DecidedAt.Local().Format("2006-01-02 15:04"), dec.Kind)
		if len(dec.Articles) > 0 {
			fmt.Fprintf(w, " art. %s", strings.Join(dec.Articles, ", "))
		}
		if len(dec.Grounds) > 0 {
			fmt.Fprintf(w, "; gronden %s", strings.Join(dec.Grounds, ", "))
		}
		if dec.Supersedes != 0 {
			fmt.Fprintf(w, " (vervangt %d)", dec.Supersedes)
		}
		fmt.Fprintf(w, "\n  motivering: %s\n", dec.Rationale)
	}
	if d.LexiconChanged {
		fmt.Fprintln(w, "Let op: het lexicon is gewijzigd sinds de laatste beoordeling.")
	}
	if d.TextChanged {
		fmt.Fprintln(w, "Let op: er is een nieuwe versie van de tekst sinds de laatste beoordeling.")
	}
}
