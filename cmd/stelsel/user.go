package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"stelsel/access"
	"stelsel/db"
)

// accessDeps is the access part of stelsel opened from a DSN.
type accessDeps struct {
	db       *db.DB
	trail    *access.Trail
	users    *access.Users
	sessions *access.Sessions
	tokens   *access.Tokens
}

// openAccess opens the database at dsn with the audit trail keyed by the audit key
// (keyFile, else the environment; see keys.go).
func openAccess(ctx context.Context, e env, dsn, keyFile string) (*accessDeps, error) {
	key, err := auditKey(e, keyFile)
	if err != nil {
		return nil, err
	}
	d, err := db.Open(ctx, dsn)
	if err != nil {
		return nil, err
	}
	trail := access.NewTrail(d, time.Now)
	trail.SetKey(key)
	return &accessDeps{db: d, trail: trail, users: access.NewUsers(d, trail, time.Now),
		sessions: access.NewSessions(d, trail, time.Now), tokens: access.NewTokens(d, trail, time.Now)}, nil
}

// operator is the actor of command-line administration: the system, named after the
// operating-system user, so the audit trail says who ran it.
func operator(e env) access.Actor {
	name := e.getenv("USER")
	if name == "" {
		name = "operator"
	}
	return access.System("cli:" + name)
}

func roleList() string {
	var n []string
	for _, r := range access.Roles {
		n = append(n, string(r))
	}
	return strings.Join(n, ", ")
}

func userCommand() command {
	return command{summary: "manage accounts: add, list, disable, enable, role, password, token", run: runUser}
}

func runUser(ctx context.Context, e env, args []string) error {
	const help = "usage: stelsel user add|list|disable|enable|role|password|token [flags] ..."
	if len(args) == 0 {
		return &usageError{help}
	}
	sub, args := args[0], args[1:]
	fs := flag.NewFlagSet("user "+sub, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	dsn := fs.String("db", db.DefaultDSN(e.getenv), "database: a SQLite path or a postgres:// URL")
	var name, role, units, team, label *string
	var stdinPw *bool
	switch sub {
	case "add":
		name = fs.String("name", "", "full name")
		role = fs.String("role", "", "role(s), comma-separated, the primary first: "+roleList())
		units = fs.String("units", "", "unit codes, comma-separated (basisteam: one; rechercheur: one or more)")
		team = fs.String("team", "", "basisteam (optional)")
		stdinPw = fs.Bool("password-stdin", false, "read the password from standard input instead of generating one")
	case "role":
		units = fs.String("units", "", "unit codes, comma-separated")
	case "password":
		stdinPw = fs.Bool("password-stdin", false, "read the password from standard input instead of generating one")
	case "token":
		label = fs.String("label", "", "what the token is for (the owner's password is read from standard input)")
	case "list", "disable", "enable":
	default:
		return &usageError{help}
	}
	if err := fs.Parse(args); err != nil {
		return &usageError{err.Error()}
	}
	wantArgs := map[string]int{"add": 1, "list": 0, "disable": 1, "enable": 1, "role": 2, "password": 1, "token": 1}[sub]
	if fs.NArg() != wantArgs {
		return &usageError{fmt.Sprintf("user %s: want %d argument(s), got %d", sub, wantArgs, fs.NArg())}
	}
	a, err := openAccess(ctx, e, *dsn, "")
	if err != nil {
		return err
	}
	defer a.db.Close()
	op := operator(e)
	readPassword := func() (string, bool, error) {
		if stdinPw == nil || !*stdinPw {
			return access.GeneratePassword(), true, nil
		}
		line, err := bufio.NewReader(e.stdin).ReadString('\n')
		if err != nil && line == "" {
			return "", false, fmt.Errorf("read password from standard input: %w", err)
		}
		return strings.TrimRight(line, "\r\n"), false, nil
	}
	switch sub {
	case "add":
		pw, generated, err := readPassword()
		if err != nil {
			return err
		}
		u, err := a.users.Add(ctx, op, access.NewUser{Username: fs.Arg(0), Name: *name, Roles: access.ParseRoles(*role),
			Units: []string{*units}, Team: *team, Password: pw})
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "gebruiker %s aangemaakt (%s)\n", u.Username, u.Actor().RoleLabels())
		if generated {
			fmt.Fprintf(e.stdout, "wachtwoord: %s\n", pw)
		}
	case "list":
		list, err := a.users.List(ctx, op)
		if err != nil {
			return err
		}
		tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "GEBRUIKER\tNAAM\tROL\tEENHEDEN\tSTATUS\tLOGIN")
		for _, u := range list {
			status, login := "actief", "wachtwoord"
			if u.Disabled {
				status = "uitgeschakeld"
			}
			if u.OIDCSubject != "" {
				login = "oidc"
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", u.Username, u.Name, access.JoinRoles(u.Roles), strings.Join(u.Units, ","), status, login)
		}
		return tw.Flush()
	case "disable":
		if err := a.users.Disable(ctx, op, fs.Arg(0)); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "gebruiker %s uitgeschakeld; sessies beëindigd, tokens ingetrokken\n", fs.Arg(0))
	case "enable":
		if err := a.users.Enable(ctx, op, fs.Arg(0)); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "gebruiker %s ingeschakeld\n", fs.Arg(0))
	case "role":
		roles := access.ParseRoles(fs.Arg(1))
		if err := a.users.SetRoles(ctx, op, fs.Arg(0), roles, []string{*units}); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "gebruiker %s heeft nu de rol(len) %s\n", fs.Arg(0), access.Actor{Role: roles[0], Roles: roles}.RoleLabels())
	case "password":
		pw, generated, err := readPassword()
		if err != nil {
			return err
		}
		if err := a.users.SetPassword(ctx, op, fs.Arg(0), pw, true); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "wachtwoord van %s gewijzigd; sessies beëindigd; bij de volgende keer inloggen kiest de gebruiker een nieuw wachtwoord\n", fs.Arg(0))
		if generated {
			fmt.Fprintf(e.stdout, "wachtwoord: %s\n", pw)
		}
	case "token":
		// A token is made only by its owner (access.Tokens.Create): the owner proves it
		// with their password on standard input, so the operator cannot mint one for
		// someone else. The login and the token are both audited.
		stdinPw = new(bool)
		*stdinPw = true
		pw, _, err := readPassword()
		if err != nil {
			return err
		}
		session, u, err := a.sessions.Login(ctx, fs.Arg(0), pw)
		if err != nil {
			return err
		}
		token, _, err := a.tokens.Create(ctx, u.Actor(), u.Username, *label)
		if lerr := a.sessions.Logout(ctx, session); err == nil {
			err = lerr
		}
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "API-token voor %s (wordt maar één keer getoond):\n%s\n", fs.Arg(0), token)
	}
	return nil
}
