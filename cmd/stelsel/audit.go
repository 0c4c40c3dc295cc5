package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"text/tabwriter"
	"time"

	"stelsel/access"
	"stelsel/db"
)

func auditCommand() command {
	return command{summary: "the audit trail: verify the hash chain, list entries", run: runAudit}
}

// errChainBroken is returned by audit verify when the trail was tampered with.
var errChainBroken = errors.New("audit trail chain is broken")

func runAudit(ctx context.Context, e env, args []string) error {
	const help = "usage: stelsel audit verify|list [flags]"
	if len(args) == 0 || (args[0] != "verify" && args[0] != "list") {
		return &usageError{help}
	}
	sub := args[0]
	fs := flag.NewFlagSet("audit "+sub, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	dsn := fs.String("db", db.DefaultDSN(e.getenv), "database: a SQLite path or a postgres:// URL")
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
	a, err := openAccess(ctx, *dsn)
	if err != nil {
		return err
	}
	defer a.db.Close()
	if sub == "verify" {
		n, p, err := a.trail.Verify(ctx)
		if err != nil {
			return err
		}
		if p != nil {
			fmt.Fprintf(e.stdout, "audittrail NIET intact: eerste foute regel is volgnummer %d: %s (%d regels gelezen)\n", p.Seq, p.Reason, n)
			return fmt.Errorf("%w at entry %d", errChainBroken, p.Seq)
		}
		fmt.Fprintf(e.stdout, "audittrail intact: %d regels gecontroleerd\n", n)
		return nil
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
