package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"stelsel"
	"stelsel/access"
	"stelsel/integrity"
)

func integrityCommand() command {
	return command{summary: "the integrity system (VIK): intake, triage, confirm, assign, show, note, step, close, deadlines, signals", run: runIntegrity}
}

const integrityHelp = `usage: stelsel integrity SUBCOMMAND --as USER [flags]

  intake                    a new report (--kind benoemd|vertrouwelijk|anoniem --unit --description ...)
  list                      the cases you may see (--status open|alle|STATUS, --unit)
  show NUMBER               one case as you may see it (--reason; audited)
  ack NUMBER                confirm receipt to the reporter (--text)
  ask NUMBER                a question to the reporter in the postbox (--text)
  feedback NUMBER           feedback to the reporter (--text)
  triage NUMBER             checklist and route (--checklist, --routes, --rationale, --category, --om-informed)
  confirm NUMBER            the second triage officer's confirmation (four-eyes)
  assign NUMBER             put a person on a track (--track, --user, --reason)
  note NUMBER               add to a track's dossier (--track, --kind, --text)
  step NUMBER               a step of the disciplinary chain (--step, --text, --date, --days)
  om NUMBER                 a decision of the OM (--decision, --text, --date)
  transfer NUMBER           move a dossier entry between the walled tracks (--entry, --to, --reason)
  close NUMBER              close with outcome and learning registration (--outcome, --sanction, ...)
  deadlines                 your deadlines, overdue first
  signals                   repeated-report signals
  figures                   learning-registration figures per half year (--from, --to)

Every subcommand acts as the named user (--as) and prints JSON with --json. A case you
may not see is not found (exit 4).`

func runIntegrity(ctx context.Context, e env, args []string) error {
	if len(args) == 0 {
		return &usageError{integrityHelp}
	}
	sub, args := args[0], args[1:]
	fs := flag.NewFlagSet("integrity "+sub, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	var f regFlags
	f.register(fs, e, true, false)
	keyFile := fs.String("identity-key-file", "", "file with the identity key (default $STELSEL_IDENTITY_KEY_FILE, else $STELSEL_IDENTITY_KEY)")
	asJSON := fs.Bool("json", false, "print JSON")
	s := func(name, usage string) *string { return fs.String(name, "", usage) }
	var (
		kind, unit, source, category, circ, desc, subject, contact, reporter = s("kind", "intake: benoemd, vertrouwelijk or anoniem; note: notitie, verhoor, document, bevinding"), s("unit", "unit code"),
			s("source", "source code (meldpunt only)"), s("category", "category code"), s("circumstances", "circumstance codes, comma-separated"),
			s("description", "what happened"), s("subject", "subject as PERSONNELNO:NAME:UNIT[:TEAM[:USERNAME]]; several separated by ;"),
			s("contact", "how to reach a confidential reporter"), s("reporter-name", "register on behalf of this reporter (meldpunt)")
		status, reason, text, checklist, routes, rationale, omOn = s("status", "open (default), alle or a status"), s("reason", "why"), s("text", "text"), s("checklist", "checklist codes, comma-separated"), s("routes", "route codes, comma-separated (default: the proposal)"), s("rationale", "rationale of the decision"), s("om-informed", "date the OM was informed (YYYY-MM-DD)")
		track, user, step, date, decision, to, outcome, sanction = s("track", "track"), s("user", "username"), s("step", "step code"), s("date", "date (YYYY-MM-DD)"), s("decision", "OM decision code"), s("to", "target track"), s("outcome", "outcome code"), s("sanction", "sanction code (BARP art. 77)")
		conditions, edu, factors, lessons, measures, from, till  = s("conditions", "conditions of a conditional dismissal"), s("educational", "educational measures, comma-separated"), s("factors", "contributing factors, comma-separated"), s("lessons", "lessons learned"), s("measures", "learning measures, comma-separated"), s("from", "from (YYYY-MM-DD)"), s("till", "until (YYYY-MM-DD)")
		days, term, entry                                        = fs.Int("days", 0, "term in days started by the step (default from the catalog)"), fs.Int("term", 0, "probation in months"), fs.Int64("entry", 0, "dossier entry number")
	)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	noNumber := map[string]bool{"intake": true, "list": true, "deadlines": true, "signals": true, "figures": true}
	if _, ok := map[string]bool{"intake": true, "list": true, "show": true, "ack": true, "ask": true, "feedback": true, "triage": true, "confirm": true,
		"assign": true, "note": true, "step": true, "om": true, "transfer": true, "close": true, "deadlines": true, "signals": true, "figures": true}[sub]; !ok {
		return &usageError{integrityHelp}
	}
	if (noNumber[sub] && fs.NArg() != 0) || (!noNumber[sub] && fs.NArg() != 1) {
		return &usageError{integrityHelp}
	}
	if f.as == "" && !(sub == "intake" && *kind == integrity.KindAnonymous) {
		return &usageError{"integrity " + sub + ": --as USER is required: integrity work is done by a named user"}
	}
	a, err := openAccess(ctx, e, f.dsn, "")
	if err != nil {
		return err
	}
	defer a.db.Close()
	key, err := identityKey(e, *keyFile)
	if err != nil {
		return err
	}
	svc, err := integrity.New(a.db, a.trail, a.users, key, time.Now)
	if err != nil {
		return err
	}
	var actor access.Actor
	if f.as != "" {
		if actor, err = a.users.Actor(ctx, f.as); err != nil {
			return err
		}
	}
	day := func(name, v string) (*time.Time, error) {
		t, err := parseDay(name, v)
		if err != nil || t.IsZero() {
			return nil, err
		}
		return &t, nil
	}
	number := fs.Arg(0)
	var c *integrity.Case
	switch sub {
	case "intake":
		in := integrity.ReportInput{Kind: *kind, Unit: *unit, Source: *source, Category: *category, Circumstances: list(*circ),
			Description: *desc, Contact: *contact, ReporterName: *reporter}
		if in.Subjects, err = parseSubjects(*subject); err != nil {
			return err
		}
		if *kind == integrity.KindAnonymous {
			n, code, err := svc.ReportAnonymous(ctx, in)
			if err != nil {
				return err
			}
			if *asJSON {
				return writeJSON(e.stdout, map[string]string{"zaaknummer": n, "code": code})
			}
			fmt.Fprintf(e.stdout, "anonieme melding %s ontvangen\ncode (wordt maar één keer getoond): %s\n", n, code)
			return nil
		}
		c, err = svc.Report(ctx, actor, in)
	case "list":
		st := *status
		switch st {
		case "":
			st = "open"
		case "alle":
			st = ""
		}
		cases, err := svc.List(ctx, actor, integrity.Filter{Status: st, Unit: *unit, Limit: 1000})
		if err != nil {
			return err
		}
		if *asJSON {
			return writeJSON(e.stdout, cases)
		}
		tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ZAAK\tEENHEID\tSOORT\tSTATUS\tROUTES\tONTVANGEN\tTERMIJN")
		for _, x := range cases {
			due := ""
			if x.NextDue != nil {
				due = x.NextDue.Format("2006-01-02") + " " + x.NextDueKind
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", x.Number, x.Unit, x.Kind, x.Status, strings.Join(x.Routes, ","), x.ReceivedAt.Format("2006-01-02"), due)
		}
		return tw.Flush()
	case "show":
		r := *reason
		if r == "" {
			r = "opdrachtregel"
		}
		c, err = svc.Get(ctx, actor, number, r)
		if err == nil && !*asJSON {
			printCase(e.stdout, c)
			return nil
		}
	case "ack":
		c, err = svc.Acknowledge(ctx, actor, number, *text)
	case "ask":
		c, err = svc.Ask(ctx, actor, number, *text)
	case "feedback":
		c, err = svc.Feedback(ctx, actor, number, *text)
	case "triage":
		var om *time.Time
		if om, err = day("om-informed", *omOn); err != nil {
			return err
		}
		c, err = svc.Triage(ctx, actor, number, integrity.TriageInput{Checklist: list(*checklist), Routes: list(*routes), Rationale: *rationale, Category: *category, OMInformedOn: om})
	case "confirm":
		c, err = svc.Confirm(ctx, actor, number, 0)
	case "assign":
		c, err = svc.Assign(ctx, actor, number, *track, *user, *reason)
	case "note":
		var on *time.Time
		if on, err = day("date", *date); err != nil {
			return err
		}
		c, err = svc.AddEntry(ctx, actor, number, *track, integrity.EntryInput{Kind: *kind, Body: *text, OnDate: on})
	case "step":
		var on *time.Time
		if on, err = day("date", *date); err != nil {
			return err
		}
		c, err = svc.Step(ctx, actor, number, integrity.StepInput{Step: *step, Body: *text, OnDate: on, Days: *days})
	case "om":
		var on *time.Time
		if on, err = day("date", *date); err != nil {
			return err
		}
		c, err = svc.OMDecision(ctx, actor, number, *decision, on, *text)
	case "transfer":
		c, err = svc.Transfer(ctx, actor, number, *entry, *to, *reason)
	case "close":
		c, err = svc.Close(ctx, actor, number, integrity.CloseInput{
			Outcome:  integrity.Outcome{Outcome: *outcome, Sanction: *sanction, SanctionConditions: *conditions, SanctionTermMonths: *term, EducationalMeasures: list(*edu)},
			Learning: integrity.Learning{Factors: list(*factors), Lessons: *lessons, Measures: list(*measures)}})
	case "deadlines":
		dl, err := svc.Deadlines(ctx, actor, 0)
		if err != nil {
			return err
		}
		if *asJSON {
			return writeJSON(e.stdout, dl)
		}
		tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ZAAK\tTERMIJN\tDATUM\tSTAND")
		for _, x := range dl {
			state := fmt.Sprintf("nog %d dag(en)", x.Days)
			if x.Overdue {
				state = "VERLOPEN"
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", x.Number, integrity.DueLabel(x.Kind), x.Due.Format("2006-01-02"), state)
		}
		return tw.Flush()
	case "signals":
		sg, err := svc.Signals(ctx, actor)
		if err != nil {
			return err
		}
		if *asJSON {
			return writeJSON(e.stdout, sg)
		}
		for _, x := range sg {
			fmt.Fprintf(e.stdout, "%s (%s)\n", x.Explanation, strings.Join(x.Cases, ", "))
		}
		if len(sg) == 0 {
			fmt.Fprintln(e.stdout, "geen signalen")
		}
		return nil
	case "figures":
		fromT, err := parseDay("from", *from)
		if err != nil {
			return err
		}
		toT, err := parseDay("till", *till)
		if err != nil {
			return err
		}
		if toT.IsZero() {
			toT = time.Now()
		}
		if fromT.IsZero() {
			fromT = toT.AddDate(-1, 0, 0)
		}
		fig, err := svc.HalfYearFigures(ctx, actor, fromT, toT)
		if err != nil {
			return err
		}
		if *asJSON {
			return writeJSON(e.stdout, fig)
		}
		for _, p := range fig.Periods {
			fmt.Fprintf(e.stdout, "%s: ontvangen %s, gesloten %s, doorlooptijd mediaan %.1f dagen\n", p.Label, integrity.Suppress(p.Received), integrity.Suppress(p.Closed), p.LeadTimeMedian)
		}
		return nil
	}
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e.stdout, c)
	}
	fmt.Fprintf(e.stdout, "zaak %s: %s\n", c.Number, integrity.StatusLabel(c.Status))
	return nil
}

// parseSubjects reads PERSONNELNO:NAME:UNIT[:TEAM[:USERNAME]] items separated by ";".
func parseSubjects(s string) ([]integrity.Subject, error) {
	var out []integrity.Subject
	for _, item := range strings.Split(s, ";") {
		if item = strings.TrimSpace(item); item == "" {
			continue
		}
		p := strings.Split(item, ":")
		if len(p) < 3 || len(p) > 5 {
			return nil, stelsel.Invalid("subject", "--subject %q: gebruik PERSONEELSNUMMER:NAAM:EENHEID[:TEAM[:GEBRUIKER]]", item)
		}
		sub := integrity.Subject{PersonnelNo: p[0], Name: p[1], Unit: p[2]}
		if len(p) > 3 {
			sub.Team = p[3]
		}
		if len(p) > 4 {
			sub.Username = p[4]
		}
		out = append(out, sub)
	}
	return out, nil
}

func printCase(w io.Writer, c *integrity.Case) {
	fmt.Fprintf(w, "Zaak %s (%s, %s)\n", c.Number, c.Unit, integrity.KindLabel(c.Kind))
	fmt.Fprintf(w, "  status:     %s\n  melder:     %s\n  categorie:  %s\n  ontvangen:  %s\n", integrity.StatusLabel(c.Status), c.Reporter, c.Category, c.ReceivedAt.Format("2006-01-02 15:04"))
	for _, s := range c.Subjects {
		fmt.Fprintf(w, "  betrokkene: %s (%s, %s %s)\n", s.Name, s.PersonnelNo, s.Unit, s.Team)
	}
	if len(c.Triage.Routes) > 0 {
		fmt.Fprintf(w, "  routes:     %s\n", strings.Join(c.Triage.Routes, ", "))
	}
	fmt.Fprintf(w, "  omschrijving: %s\n", c.Description)
	for _, t := range c.Tracks {
		fmt.Fprintf(w, "Spoor %s", integrity.TrackLabel(t.Track))
		for _, as := range t.Assignments {
			fmt.Fprintf(w, " · %s", as.Username)
		}
		fmt.Fprintln(w)
		if !t.Readable {
			fmt.Fprintln(w, "  (geen toegang tot dit dossier)")
		}
		for _, en := range t.Entries {
			fmt.Fprintf(w, "  %d %s %s %s: %s\n", en.ID, en.CreatedAt.Format("2006-01-02"), en.Author, integrity.EntryLabel(en.Kind), en.Body)
		}
	}
}
