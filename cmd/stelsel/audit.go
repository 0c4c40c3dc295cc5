package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"text/tabwriter"
	"time"

	"stelsel/access"
	"stelsel/db"
	"stelsel/registration"
)

func auditCommand() command {
	return command{summary: "the audit trail: verify the keyed chain and the decisions, export an anchor, list entries", run: runAudit}
}

// errChainBroken is returned by audit verify when the trail was tampered with.
var errChainBroken = errors.New("audit trail chain is broken")

func runAudit(ctx context.Context, e env, args []string) error {
	const help = "usage: stelsel audit verify|anchor|list [flags]"
	if len(args) == 0 || (args[0] != "verify" && args[0] != "list" && args[0] != "anchor") {
		return &usageError{help}
	}
	sub := args[0]
	fs := flag.NewFlagSet("audit "+sub, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	dsn := fs.String("db", db.DefaultDSN(e.getenv), "database: a SQLite path or a postgres:// URL")
	keyFile := fs.String("audit-key-file", "", "file with the audit key (default $STELSEL_AUDIT_KEY_FILE, else $STELSEL_AUDIT_KEY)")
	var anchorFile string
	switch sub {
	case "verify":
		fs.StringVar(&anchorFile, "anchor", "", "also check against this anchor file (made by 'stelsel audit anchor')")
	case "anchor":
		fs.StringVar(&anchorFile, "out", "-", "write the anchor to this file ('-': standard output)")
	}
	var f access.Filter
	var from, to string
	if sub == "list" {
		fs.StringVar(&f.Actor, "actor", "", "only entries of this user")
		fs.StringVar(&f.Action, "action", "", "only this action (view, create, change, export, login, logout, denied, import, ...)")
		fs.StringVar(&f.ObjectKind, "kind", "", "only this kind of object (registration, user, ...)")
		fs.StringVar(&f.ObjectID, "object", "", "only this object id")
		fs.StringVar(&from, "from", "", "from this date (YYYY-MM-DD)")
		fs.StringVar(&to, "to", "", "up to and including this date (YYYY-MM-DD)")
		fs.IntVar(&f.Limit, "limit", 100, "at most this many entries (max 1000), newest first")
	}
	if err := fs.Parse(args[1:]); err != nil {
		return &usageError{err.Error()}
	}
	if fs.NArg() != 0 {
		return &usageError{help}
	}
	for _, d := range []struct {
		s   string
		t   *time.Time
		add int
	}{{from, &f.From, 0}, {to, &f.To, 1}} {
		if d.s == "" {
			continue
		}
		t, err := time.Parse("2006-01-02", d.s)
		if err != nil {
			return &usageError{fmt.Sprintf("bad date %q: want YYYY-MM-DD", d.s)}
		}
		*d.t = t.AddDate(0, 0, d.add)
	}
	a, err := openAccess(ctx, e, *dsn, *keyFile)
	if err != nil {
		return err
	}
	defer a.db.Close()
	switch sub {
	case "verify":
		return auditVerify(ctx, e, a, anchorFile)
	case "anchor":
		return auditAnchor(ctx, e, a, anchorFile)
	}
	entries, err := a.trail.List(ctx, operator(e), f)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "NR\tTIJD (UTC)\tWIE\tROL\tACTIE\tOBJECT\tEENHEID\tREDEN\tDETAIL")
	for _, x := range entries {
		obj := x.ObjectKind
		if x.ObjectID != "" {
			obj += " " + x.ObjectID
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", x.Seq, x.At.Format("2006-01-02 15:04:05"), x.Actor, x.Role, x.Action, obj, x.Unit, x.Reason, x.Detail)
	}
	return tw.Flush()
}

// auditVerify checks the chain (against an anchor when given) and then every decision
// against the seal in its audit entry.
func auditVerify(ctx context.Context, e env, a *accessDeps, anchorFile string) error {
	var n int64
	var p *access.Problem
	var err error
	if anchorFile != "" {
		b, rerr := os.ReadFile(anchorFile)
		if rerr != nil {
			return fmt.Errorf("read anchor: %w", rerr)
		}
		var an access.Anchor
		if jerr := json.Unmarshal(b, &an); jerr != nil || an.Seq <= 0 || an.Hash == "" {
			return &usageError{fmt.Sprintf("%s is geen anker van 'stelsel audit anchor'", anchorFile)}
		}
		n, p, err = a.trail.VerifyAnchor(ctx, an)
	} else {
		n, p, err = a.trail.Verify(ctx)
	}
	if err != nil {
		return err
	}
	if p != nil {
		fmt.Fprintf(e.stdout, "audittrail NIET intact: eerste foute regel is volgnummer %d: %s (%d regels gelezen)\n", p.Seq, p.Reason, n)
		return fmt.Errorf("%w at entry %d", errChainBroken, p.Seq)
	}
	if n == 0 && anchorFile == "" {
		fmt.Fprintln(e.stdout, "let op: de audittrail is leeg; controleer met --anchor of er regels verwijderd zijn")
	}
	dn, dp, err := registration.VerifyDecisions(ctx, a.db, a.trail)
	if err != nil {
		return err
	}
	if dp != nil {
		fmt.Fprintf(e.stdout, "beoordelingen NIET intact: beoordeling %d (%s): %s\n", dp.ID, dp.Number, dp.Reason)
		return fmt.Errorf("%w: decision %d", errChainBroken, dp.ID)
	}
	fmt.Fprintf(e.stdout, "audittrail intact: %d regels gecontroleerd, %d beoordelingen kloppen met hun auditregel\n", n, dn)
	return nil
}

// auditAnchor writes the anchor of the trail's head, as JSON, to out.
func auditAnchor(ctx context.Context, e env, a *accessDeps, out string) error {
	an, p, err := a.trail.Anchor(ctx)
	if err != nil {
		return err
	}
	if p != nil {
		fmt.Fprintf(e.stdout, "geen anker gemaakt: de audittrail is NIET intact bij volgnummer %d: %s\n", p.Seq, p.Reason)
		return fmt.Errorf("%w at entry %d", errChainBroken, p.Seq)
	}
	b, err := json.MarshalIndent(an, "", "  ")
	if err != nil {
		return err
	}
	b = append(b, '\n')
	if out == "-" || out == "" {
		_, err = e.stdout.Write(b)
		return err
	}
	if err := os.WriteFile(out, b, 0o600); err != nil {
		return fmt.Errorf("write anchor: %w", err)
	}
	fmt.Fprintf(e.stderr, "anker van volgnummer %d geschreven naar %s; bewaar het buiten de database\n", an.Seq, out)
	return nil
}
