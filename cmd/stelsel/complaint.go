package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"stelsel/catalog"
	"stelsel/complaint"
)

func complaintCommand() command {
	return command{summary: "complaints: list, show, register, assess, mark, phase 1 and 2, deadlines, figures", run: runComplaint}
}

const complaintHelp = `usage: stelsel complaint SUBCOMMAND [flags]   (every subcommand: --db, --as USER, --json)

  list                          open and closed complaints, earliest deadline first (--unit, --phase, --open)
  dashboard                     open complaints per handler, overdue first
  show REF                      one complaint with its handling and letters (audited)
  letter REF ID                 print a stored letter
  register                      register a complaint received by phone, desk or letter (--name, --email,
                                --phone, --address, --unit, --what, --when, --where, --employee, --wish,
                                --channel, --oral, --on-behalf-of, --employee-account, --ethnic-profiling,
                                --discrimination, --grounds)
  assess REF                    take up (--take-up --handler USER) or refuse (--ground G --reason TEXT; Awb 9:8)
  mark REF                      set the handler's marker (--kind etnisch_profileren|discriminatie --grounds ..., --remove)
  verkleurde REF                Verkleurde beelden (--experience, --explanation, --framework-named, --learning-point)
  ndv REF                       assign an NDV adviser (--user; empty removes)
  handler REF                   give the case to another handler (--user)
  phase1 REF                    a phase 1 step (--step contact|uitnodiging|gesprek|bemiddeling|uitkomst, --at,
                                --note, --place, --with-employee, --settled, --word)
  commission REF                send to the complaints commission (--members a,b)
  advise REF                    the commission's hearing or advice (--step hoorzitting|advies, --at, --note, --judgement)
  judge REF                     the written judgement (--judgement, --reasons, --measures)
  extend REF                    postpone once, at most 4 weeks (--until YYYY-MM-DD --reason)
  consent REF                   longer postponement with written consent (--until, --given-on, --note)
  withdraw REF                  the complainant withdrew (--note)
  refer REF                     pass to the integrity intake (--note)
  figures                       counts for the half-year report (--from, --to, --unit; --public hides cells < 5)

Exit status 4: the complaint does not exist or you may not see it, or the step is not allowed.`

type complaintFlags struct {
	regFlags
	json bool
}

func runComplaint(ctx context.Context, e env, args []string) error {
	if len(args) == 0 {
		return &usageError{complaintHelp}
	}
	sub, args := args[0], args[1:]
	fs := flag.NewFlagSet("complaint "+sub, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	var f complaintFlags
	f.register(fs, e, true, false)
	fs.BoolVar(&f.json, "json", false, "print JSON")
	str := func(name, usage string) *string { return fs.String(name, "", usage) }
	boolean := func(name, usage string) *bool { return fs.Bool(name, false, usage) }
	var (
		in                                                    complaint.Submission
		unit, phase, user, ground, reason, kind, grounds, at  *string
		note, place, word, members, judgement, until, givenOn *string
		takeUp, remove, framework, withEmployee, settled, pub *bool
		open                                                  *bool
		experience, explanation, learning, measures           *string
		from, to                                              *string
	)
	nargs := 1
	switch sub {
	case "list":
		unit, phase, open, nargs = str("unit", "unit code"), str("phase", "phase: ontvangen, fase1, fase2, afgehandeld, niet_behandeld"), boolean("open", "only open complaints"), 0
	case "dashboard":
		nargs = 0
	case "show":
	case "letter":
		nargs = 2
	case "register":
		nargs = 0
		fs.StringVar(&in.Name, "name", "", "the complainant's name (required)")
		fs.StringVar(&in.Email, "email", "", "e-mail address")
		fs.StringVar(&in.Phone, "phone", "", "phone number")
		fs.StringVar(&in.Address, "address", "", "postal address")
		fs.StringVar(&in.OnBehalfOf, "on-behalf-of", "", "the person the conduct was towards (Awb 9:1)")
		fs.StringVar(&in.Unit, "unit", "", "unit where it happened")
		fs.StringVar(&in.What, "what", "", "what happened (required)")
		fs.StringVar(&in.When, "when", "", "day of the conduct, YYYY-MM-DD")
		fs.StringVar(&in.Where, "where", "", "where it happened")
		fs.StringVar(&in.Employee, "employee", "", "the employee, as described")
		fs.StringVar(&in.Wish, "wish", "", "what the complainant wants")
		fs.StringVar(&in.Channel, "channel", "telefoon", "telefoon, balie, brief or email")
		fs.BoolVar(&in.Oral, "oral", false, "made orally (Politiewet art. 68)")
		fs.StringVar(&in.EmployeeUsername, "employee-account", "", "stelsel username of the employee complained about")
		fs.BoolVar(&in.EthnicProfiling, "ethnic-profiling", false, "the complainant says: ethnic profiling")
		fs.BoolVar(&in.Discrimination, "discrimination", false, "the complainant says: discrimination")
		grounds = str("grounds", "discrimination grounds, comma-separated")
	case "assess":
		takeUp, user, ground, reason = boolean("take-up", "take the complaint up"), str("handler", "handler's username"), str("ground", "Awb 9:8 ground"), str("reason", "explanation")
	case "mark":
		kind, grounds, remove = str("kind", "etnisch_profileren or discriminatie"), str("grounds", "grounds, comma-separated"), boolean("remove", "remove your marker")
	case "verkleurde":
		experience, explanation = str("experience", "the complainant's experience"), str("explanation", "the employee's explanation of the selection")
		framework, learning = boolean("framework-named", "the framework was named"), str("learning-point", "learning point for the team")
	case "ndv", "handler":
		user = str("user", "username")
	case "phase1":
		kind, at, note, place = str("step", "contact, uitnodiging, gesprek, bemiddeling or uitkomst"), str("at", "when (YYYY-MM-DD or YYYY-MM-DDTHH:MM)"), str("note", "note"), str("place", "place of the conversation")
		withEmployee, settled, word = boolean("with-employee", "with the employee"), boolean("settled", "settled to the complainant's satisfaction"), str("word", "the complainant's own word")
	case "commission":
		members = str("members", "commission members, comma-separated")
	case "advise":
		kind, at, note, judgement = str("step", "hoorzitting or advies"), str("at", "day of the hearing"), str("note", "report or advice"), str("judgement", "advised judgement")
	case "judge":
		judgement, reason, measures = str("judgement", "gegrond, deels_gegrond, ongegrond or geen_oordeel"), str("reasons", "reasons"), str("measures", "measures")
	case "extend":
		until, reason = str("until", "new deadline, YYYY-MM-DD"), str("reason", "reason")
	case "consent":
		until, givenOn, note = str("until", "new deadline"), str("given-on", "day of the written consent"), str("note", "which consent, where it is kept")
	case "withdraw", "refer":
		note = str("note", "note")
	case "figures":
		nargs = 0
		from, to, unit, pub = str("from", "received from (YYYY-MM-DD)"), str("to", "received before"), str("unit", "unit code"), boolean("public", "print the table for publication (cells < 5 as <5)")
	default:
		return &usageError{complaintHelp}
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != nargs {
		return &usageError{complaintHelp}
	}
	a, err := openAccess(ctx, e, f.dsn, "")
	if err != nil {
		return err
	}
	defer a.db.Close()
	actor := operator(e)
	if f.as != "" {
		if actor, err = a.users.Actor(ctx, f.as); err != nil {
			return err
		}
	}
	svc := complaint.NewService(a.db, a.trail, a.users, catalog.Default(), time.Now)
	ref := fs.Arg(0)
	day := func(name string, v *string) (time.Time, error) {
		if v == nil {
			return time.Time{}, nil
		}
		t, err := parseDay(name, *v)
		return t.UTC(), err
	}
	var c *complaint.Complaint
	switch sub {
	case "list":
		items, err := svc.List(ctx, actor, complaint.ListFilter{Unit: *unit, Phase: complaint.Phase(*phase), Open: *open, Limit: 1000})
		if err != nil {
			return err
		}
		if f.json {
			return writeJSON(e.stdout, items)
		}
		printComplaints(e.stdout, items)
		return nil
	case "dashboard":
		dash, err := svc.Dashboard(ctx, actor)
		if err != nil {
			return err
		}
		if f.json {
			return writeJSON(e.stdout, dash)
		}
		for _, w := range dash {
			name := w.Handler
			if name == "" {
				name = "(niet toegewezen)"
			}
			fmt.Fprintf(e.stdout, "%s: %d open, %d over de termijn\n", name, w.Open, w.Overdue)
			printComplaints(e.stdout, w.Items)
			fmt.Fprintln(e.stdout)
		}
		return nil
	case "show":
		c, err = svc.Get(ctx, actor, ref)
	case "letter":
		var id int64
		if _, err := fmt.Sscan(fs.Arg(1), &id); err != nil {
			return &usageError{"complaint letter: ID is a number"}
		}
		_, l, err := svc.Letter(ctx, actor, ref, id)
		if err != nil {
			return err
		}
		if f.json {
			return writeJSON(e.stdout, l)
		}
		fmt.Fprintf(e.stdout, "%s\n\n%s\n", l.Subject, l.Body)
		return nil
	case "register":
		in.Grounds = list(*grounds)
		c, err = svc.Register(ctx, actor, in)
	case "assess":
		c, err = svc.Assess(ctx, actor, ref, complaint.AssessInput{TakeUp: *takeUp, Handler: *user, Ground: *ground, Reason: *reason})
	case "mark":
		c, err = svc.Mark(ctx, actor, ref, complaint.MarkInput{Kind: *kind, Grounds: list(*grounds), Remove: *remove})
	case "verkleurde":
		c, err = svc.RecordVerkleurde(ctx, actor, ref, complaint.VerkleurdeInput{Experience: *experience, Explanation: *explanation,
			FrameworkNamed: *framework, LearningPoint: *learning})
	case "ndv":
		c, err = svc.AssignNDV(ctx, actor, ref, complaint.AssignInput{Username: *user})
	case "handler":
		c, err = svc.AssignHandler(ctx, actor, ref, complaint.AssignInput{Username: *user})
	case "phase1":
		t, err2 := parseMoment("at", *at)
		if err2 != nil {
			return err2
		}
		c, err = svc.Phase1(ctx, actor, ref, complaint.Phase1Input{Kind: *kind, At: t, Note: *note, Place: *place,
			WithEmployee: *withEmployee, Settled: *settled, ComplainantWord: *word})
	case "commission":
		c, err = svc.ToCommission(ctx, actor, ref, complaint.CommissionInput{Members: list(*members)})
	case "advise":
		t, err2 := day("at", at)
		if err2 != nil {
			return err2
		}
		c, err = svc.Advise(ctx, actor, ref, complaint.AdviceInput{Kind: *kind, At: t, Note: *note, Judgement: *judgement})
	case "judge":
		c, err = svc.Judge(ctx, actor, ref, complaint.JudgeInput{Judgement: *judgement, Reasons: *reason, Measures: *measures})
	case "extend":
		t, err2 := day("until", until)
		if err2 != nil {
			return err2
		}
		c, err = svc.Extend(ctx, actor, ref, complaint.ExtendInput{Until: endOfLocalDay(t), Reason: *reason})
	case "consent":
		t, err2 := day("until", until)
		if err2 != nil {
			return err2
		}
		c, err = svc.RecordConsent(ctx, actor, ref, complaint.ConsentInput{Until: endOfLocalDay(t), GivenOn: *givenOn, Note: *note})
	case "withdraw":
		c, err = svc.Withdraw(ctx, actor, ref, complaint.NoteInput{Note: *note})
	case "refer":
		c, err = svc.ReferIntegrity(ctx, actor, ref, complaint.NoteInput{Note: *note})
	case "figures":
		ff := complaint.FigureFilter{}
		if ff.From, err = day("from", from); err != nil {
			return err
		}
		if ff.To, err = day("to", to); err != nil {
			return err
		}
		if *unit != "" {
			ff.Units = []string{*unit}
		}
		fig, err := svc.Figures(ctx, actor, ff)
		if err != nil {
			return err
		}
		switch {
		case f.json && *pub:
			return writeJSON(e.stdout, fig.Published())
		case f.json:
			return writeJSON(e.stdout, fig)
		}
		printFigures(e.stdout, fig, *pub)
		return nil
	}
	if err != nil {
		return err
	}
	if f.json {
		return writeJSON(e.stdout, c)
	}
	printComplaint(e.stdout, c, time.Now())
	return nil
}

// parseMoment reads YYYY-MM-DD or YYYY-MM-DDTHH:MM in local time; "" is the zero time.
func parseMoment(name, s string) (time.Time, error) {
	if t, err := time.ParseInLocation("2006-01-02T15:04", s, time.Local); err == nil {
		return t.UTC(), nil
	}
	t, err := parseDay(name, s)
	return t.UTC(), err
}

func endOfLocalDay(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	return t.Add(24*time.Hour - time.Second)
}

func printComplaints(w io.Writer, items []complaint.ListItem) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "kenmerk\teenheid\tfase\tbehandelaar\tontvangen\ttermijn\tmarkering")
	for _, it := range items {
		term := ""
		if it.Phase.Open() {
			term = it.Deadline.Local().Format("2006-01-02")
			if it.Overdue {
				term += fmt.Sprintf(" VERSTREKEN (%d dagen)", it.DaysLeft)
			} else {
				term += fmt.Sprintf(" (nog %d dagen)", it.DaysLeft)
			}
		}
		var marks []string
		if it.EthnicProfiling {
			marks = append(marks, "etnisch profileren")
		}
		if it.Discrimination {
			marks = append(marks, "discriminatie")
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", it.Reference, it.Unit, it.Phase.Label(), it.Handler,
			it.ReceivedAt.Local().Format("2006-01-02"), term, strings.Join(marks, ", "))
	}
	tw.Flush()
	fmt.Fprintf(w, "%d klachten\n", len(items))
}

func printComplaint(w io.Writer, c *complaint.Complaint, now time.Time) {
	fmt.Fprintf(w, "%s  %s  eenheid %s  versie %d\n", c.Reference, c.Phase.Label(), c.Unit, c.Version)
	fmt.Fprintf(w, "ontvangen %s via %s; klager %s", c.ReceivedAt.Local().Format("2006-01-02 15:04"), c.Channel, c.Complainant.Name)
	if c.OnBehalfOf != "" {
		fmt.Fprintf(w, " namens %s", c.OnBehalfOf)
	}
	fmt.Fprintln(w)
	if c.Open() {
		fmt.Fprintf(w, "termijn %s (nog %d dagen)\n", c.NextDeadline().Local().Format("2006-01-02"), c.DaysLeft(now))
	} else {
		fmt.Fprintf(w, "afgehandeld %s: %s\n", c.ClosedAt.Local().Format("2006-01-02"), c.Outcome)
	}
	if c.Handler != "" {
		fmt.Fprintf(w, "behandelaar %s", c.Handler)
		if c.NDVAdviser != "" {
			fmt.Fprintf(w, ", NDV-adviseur %s", c.NDVAdviser)
		}
		fmt.Fprintln(w)
	}
	for _, m := range c.Markers {
		fmt.Fprintf(w, "markering %s %v door %s (%s)\n", m.Kind, m.Grounds, m.By, m.Party)
	}
	fmt.Fprintf(w, "\n%s\n", c.What)
	for _, l := range c.Letters {
		fmt.Fprintf(w, "brief %d: %s (aan %s, %s)\n", l.ID, l.Label(), complaint.RecipientLabel(l.Recipient), l.CreatedAt.Local().Format("2006-01-02"))
	}
}

func printFigures(w io.Writer, fig *complaint.Figures, public bool) {
	if public {
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		for _, row := range fig.Published() {
			fmt.Fprintln(tw, strings.Join(row, "\t"))
		}
		tw.Flush()
		return
	}
	fmt.Fprintf(w, "klachten %d; opgelost in fase 1 %d; naar fase 2 %d; afgehandeld %d (binnen termijn %d)\n",
		fig.Total, fig.SettledPhase1, fig.ToPhase2, fig.Closed, fig.ClosedInTerm)
	fmt.Fprintf(w, "doorlooptijd: mediaan %.1f dagen, gemiddeld %.1f dagen\n", fig.LeadTimeMedianDays, fig.LeadTimeMeanDays)
	for _, m := range fig.Marked {
		fmt.Fprintf(w, "%s: %d, opgelost in fase 1 %d, naar de commissie %d, (deels) gegrond %d\n", m.Marker, m.Total, m.SettledPhase1, m.ToPhase2, m.Founded)
	}
}
