package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"golang.org/x/term"

	"stelsel/access"
	"stelsel/catalog"
	"stelsel/db"
	"stelsel/registration"
	"stelsel/screen"
)

// regFlags are the flags every registration command shares.
type regFlags struct {
	dsn     string
	as      string
	lexicon string
}

// register adds --db, and --as and --lexicon when asked for.
func (f *regFlags) register(fs *flag.FlagSet, e env, withAs, withLexicon bool) {
	fs.StringVar(&f.dsn, "db", db.DefaultDSN(e.getenv), "database: a SQLite path or a postgres:// URL (default $STELSEL_DB or a file in the data directory)")
	if withAs {
		fs.StringVar(&f.as, "as", "", "act as this stelsel user (required for decisions); default: the system operator")
	}
	if withLexicon {
		fs.StringVar(&f.lexicon, "lexicon", "", "first make this lexicon file (TSV) the lexicon in use on the database (audited; see 'stelsel lexicon activate')")
	}
}

// regDeps is the registration service opened from the flags.
type regDeps struct {
	db    *db.DB
	trail *access.Trail
	users *access.Users
	svc   *registration.Service
}

func (d *regDeps) Close() error { return d.db.Close() }

// openRegistrations opens the database and wires the registration service. Four-eyes
// review is on when $STELSEL_FOUR_EYES is set (to anything but "0"); $STELSEL_UNDO_MINUTES
// sets how long reviewers may undo their own decision (default 5, 0 turns undo off).
func openRegistrations(ctx context.Context, e env, f regFlags) (*regDeps, error) {
	key, err := auditKey(e, "")
	if err != nil {
		return nil, err
	}
	d, err := db.Open(ctx, f.dsn)
	if err != nil {
		return nil, err
	}
	trail := access.NewTrail(d, time.Now)
	trail.SetKey(key)
	if f.lexicon != "" {
		if err := activateLexicon(ctx, e, d, trail, operator(e), f.lexicon); err != nil {
			d.Close()
			return nil, err
		}
	}
	lex, err := registration.ActiveLexicon(ctx, d)
	if err != nil {
		d.Close()
		return nil, err
	}
	svc := registration.NewService(d, trail, screen.New(lex), catalog.Default(), time.Now)
	svc.FourEyes = e.getenv("STELSEL_FOUR_EYES") != "" && e.getenv("STELSEL_FOUR_EYES") != "0"
	if v := e.getenv("STELSEL_UNDO_MINUTES"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 || n > 60 {
			d.Close()
			return nil, fmt.Errorf("STELSEL_UNDO_MINUTES=%q: geef een aantal minuten van 0 tot en met 60", v)
		}
		svc.UndoWindow = time.Duration(n) * time.Minute
	}
	return &regDeps{db: d, trail: trail, users: access.NewUsers(d, trail, time.Now), svc: svc}, nil
}

// activateLexicon makes the lexicon file at path the lexicon in use on d, and says so.
func activateLexicon(ctx context.Context, e env, d *db.DB, trail *access.Trail, a access.Actor, path string) error {
	content, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("open lexicon: %w", err)
	}
	lex, changed, err := registration.ActivateLexicon(ctx, d, trail, a, path, content, time.Now())
	if err != nil {
		return lexiconInvalid(err)
	}
	if changed {
		fmt.Fprintf(e.stderr, "lexicon %s is nu in gebruik (%d termen); 'stelsel rescreen' screent alle registraties opnieuw\n", lex.Version(), len(lex.Entries()))
	}
	return nil
}

// openRegistrationsAs opens the registrations like openRegistrations and resolves the
// acting user of --as (the system operator without it).
func openRegistrationsAs(ctx context.Context, e env, f regFlags) (*regDeps, access.Actor, error) {
	deps, err := openRegistrations(ctx, e, f)
	if err != nil {
		return nil, access.Actor{}, err
	}
	actor, err := deps.actor(ctx, e, f.as)
	if err != nil {
		deps.Close()
		return nil, access.Actor{}, err
	}
	return deps, actor, nil
}

// actor is the user named by --as, or the system operator when --as is empty.
func (d *regDeps) actor(ctx context.Context, e env, as string) (access.Actor, error) {
	if as == "" {
		return operator(e), nil
	}
	return d.users.Actor(ctx, as)
}

// isTerminal reports whether w is a terminal, for progress bars.
func isTerminal(w io.Writer) bool {
	f, ok := raw(w).(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// parseDay reads a date flag (YYYY-MM-DD or RFC 3339); "" is the zero time.
func parseDay(name, s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	t, err := time.ParseInLocation("2006-01-02", s, time.Local)
	if err != nil {
		return time.Time{}, &usageError{fmt.Sprintf("--%s: %q is no date (YYYY-MM-DD or RFC 3339)", name, s)}
	}
	return t, nil
}

// list splits a comma-separated flag value.
func list(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// parseFlags parses args and maps flag errors to usage errors (exit 2); -h is not an
// error. Flags may come after the arguments too ("review show NUMBER --reason x"); "--"
// ends the flags.
func parseFlags(fs *flag.FlagSet, args []string) error {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if err == flag.ErrHelp {
				return errHelp
			}
			return &usageError{err.Error()}
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			pos = append(pos, rest...)
			break
		}
		pos, args = append(pos, rest[0]), rest[1:]
	}
	return fs.Parse(append([]string{"--"}, pos...))
}

// errHelp ends a command after its flags were printed.
var errHelp = &usageError{"help requested"}
