package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/netip"
	"os"
	"strings"
	"time"

	"stelsel"
	"stelsel/access"
	"stelsel/catalog"
	"stelsel/complaint"
	"stelsel/db"
	"stelsel/desk"
	"stelsel/integrity"
	"stelsel/registration"
	"stelsel/report"
	"stelsel/screen"
	"stelsel/web"
)

func serveCommand() command {
	return command{summary: "run the web application and JSON API", run: runServe}
}

// serveFlags are the flags shared by serve and demo.
type serveFlags struct {
	addr, dsn     string
	auditKeyFile  string
	identityFile  string
	metricsToken  string
	metricsAllow  string
	secureCookies bool
	oidc          access.OIDCConfig
	oidcRoles     string
	oidcUnits     string
}

func (f *serveFlags) register(fs *flag.FlagSet, e env, defaultAddr string) {
	fs.StringVar(&f.addr, "addr", defaultAddr, "address to listen on")
	fs.StringVar(&f.dsn, "db", db.DefaultDSN(e.getenv), "database: a SQLite path or a postgres:// URL")
	fs.StringVar(&f.auditKeyFile, "audit-key-file", "", "file with the audit key (default $STELSEL_AUDIT_KEY_FILE, else the key in $STELSEL_AUDIT_KEY)")
	fs.StringVar(&f.identityFile, "identity-key-file", "", "file with the key that seals confidential reporters' identities (default $STELSEL_IDENTITY_KEY_FILE, else the key in $STELSEL_IDENTITY_KEY)")
	fs.StringVar(&f.metricsToken, "metrics-token", e.getenv("STELSEL_METRICS_TOKEN"), "token a scraper sends as Authorization: Bearer to read /metrics from elsewhere than loopback (default $STELSEL_METRICS_TOKEN)")
	fs.StringVar(&f.metricsAllow, "metrics-allow", "", "networks that may read /metrics without the token, comma-separated CIDRs (loopback always may)")
	fs.BoolVar(&f.secureCookies, "secure-cookies", false, "mark cookies Secure (set when a TLS proxy sits in front)")
	fs.StringVar(&f.oidc.Issuer, "oidc-issuer", "", "OpenID Connect issuer URL (enables SSO login)")
	fs.StringVar(&f.oidc.ClientID, "oidc-client-id", "", "OIDC client id (the secret comes from $STELSEL_OIDC_CLIENT_SECRET)")
	fs.StringVar(&f.oidc.RedirectURL, "oidc-redirect-url", "", "OIDC redirect URL, e.g. https://stelsel.example/login/oidc/callback")
	fs.StringVar(&f.oidc.UsernameClaim, "oidc-username-claim", "preferred_username", "claim that holds the username")
	fs.StringVar(&f.oidc.RoleClaim, "oidc-role-claim", "groups", "claim whose values map to roles")
	fs.StringVar(&f.oidcRoles, "oidc-roles", "", "claim value to role, e.g. ecadp=analist,drr=rechercheur,bt=basisteam,audit=auditor,fb=beheerder")
	fs.StringVar(&f.oidc.UnitClaim, "oidc-unit-claim", "", "claim that holds unit codes (for basisteam and rechercheur)")
	fs.StringVar(&f.oidcUnits, "oidc-units", "", "optional claim value to unit code, e.g. politie-dh=DH,politie-am=AM")
}

func parsePairs(s, what string) (map[string]string, error) {
	m := map[string]string{}
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p == "" {
			continue
		}
		k, v, ok := strings.Cut(p, "=")
		if !ok || k == "" || v == "" {
			return nil, &usageError{fmt.Sprintf("--%s: %q is not value=target", what, p)}
		}
		m[strings.TrimSpace(k)] = strings.TrimSpace(v)
	}
	return m, nil
}

func runServe(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	var f serveFlags
	f.register(fs, e, "127.0.0.1:8080")
	if err := fs.Parse(args); err != nil {
		return &usageError{err.Error()}
	}
	if fs.NArg() != 0 {
		return &usageError{"serve takes no arguments"}
	}
	a, err := openAccess(ctx, e, f.dsn, f.auditKeyFile)
	if err != nil {
		return err
	}
	defer a.db.Close()
	if _, err := identityKey(e, f.identityFile); err != nil {
		return err // before listening: a missing key is a start-up error
	}
	l, err := net.Listen("tcp", f.addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", f.addr, err)
	}
	fmt.Fprintf(e.stdout, "stelsel luistert op http://%s\n", l.Addr())
	return serveOn(ctx, e, a, l, f)
}

// serveOn builds the web server on an opened database and serves on l until ctx ends.
func serveOn(ctx context.Context, e env, a *accessDeps, l net.Listener, f serveFlags) error {
	logger := slog.New(slog.NewJSONHandler(e.stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	deps := web.Deps{DB: a.db, Trail: a.trail, Users: a.users, Sessions: a.sessions, Tokens: a.tokens,
		Logger: logger, Now: time.Now, SecureCookies: f.secureCookies, MetricsToken: f.metricsToken}
	for _, c := range list(f.metricsAllow) {
		p, err := netip.ParsePrefix(c)
		if err != nil {
			return &usageError{fmt.Sprintf("--metrics-allow: %q is no network (e.g. 10.1.0.0/16)", c)}
		}
		deps.MetricsAllow = append(deps.MetricsAllow, p)
	}
	if f.oidc.Issuer != "" {
		roles, err := parsePairs(f.oidcRoles, "oidc-roles")
		if err != nil {
			return err
		}
		f.oidc.RoleMap = map[string]access.Role{}
		for k, v := range roles {
			f.oidc.RoleMap[k] = access.Role(v)
		}
		if f.oidc.UnitMap, err = parsePairs(f.oidcUnits, "oidc-units"); err != nil {
			return err
		}
		f.oidc.ClientSecret = e.getenv("STELSEL_OIDC_CLIENT_SECRET")
		o, err := access.NewOIDC(ctx, f.oidc, a.users)
		if err != nil {
			return err
		}
		deps.OIDC = o
	}
	if err := wireDomain(ctx, &deps); err != nil {
		return err
	}
	key, err := identityKey(e, f.identityFile)
	if err != nil {
		return err
	}
	if deps.Integrity, err = integrity.New(deps.DB, deps.Trail, deps.Users, key, deps.Now); err != nil {
		return err
	}
	deps.Reports.Integrity = deps.Integrity                    // the half-year report's integrity tables
	deps.Complaints.SetIntake(complaintIntake(deps.Integrity)) // complaints passed on to the integrity intake
	srv, err := web.New(deps)
	if err != nil {
		return err
	}
	logger.Info("serving", "addr", l.Addr().String(), "db", string(a.db.Dialect()), "pid", os.Getpid())
	return srv.Serve(ctx, l)
}

// wireDomain adds the domain services to the web dependencies, screening with the
// lexicon in use on the database.
func wireDomain(ctx context.Context, d *web.Deps) error {
	lex, err := registration.ActiveLexicon(ctx, d.DB)
	if err != nil {
		return err
	}
	d.Lexicon = lex
	d.Registrations = registration.NewService(d.DB, d.Trail, screen.New(lex), catalog.Default(), d.Now)
	d.Reports = report.NewService(d.DB, d.Trail, d.Registrations, d.Now)
	d.Complaints = complaint.NewService(d.DB, d.Trail, d.Users, catalog.Default(), d.Now)
	d.Desks = desk.NewService(d.DB, d.Trail, nil, d.Now)
	d.Reports.Complaints = d.Complaints
	return nil
}

// demoAccounts are the accounts stelsel demo creates, one per role.
var demoAccounts = []access.NewUser{
	{Username: "demo.analist", Name: "Demo Analist (ECAD-P)", Role: access.RoleAnalyst},
	{Username: "demo.rechercheur", Name: "Demo Rechercheur (Den Haag)", Role: access.RoleDetective, Units: []string{"DH"}},
	{Username: "demo.basisteam", Name: "Demo Basisteam (Den Haag, Schilderswijk)", Role: access.RoleOfficer, Units: []string{"DH"}, Team: "Schilderswijk"},
	{Username: "demo.basisteam.am", Name: "Demo Basisteam (Amsterdam)", Role: access.RoleOfficer, Units: []string{"AM"}},
	{Username: "demo.auditor", Name: "Demo Auditor", Role: access.RoleAuditor},
	{Username: "demo.beheerder", Name: "Demo Beheerder", Role: access.RoleAdmin},
	{Username: "demo.beleid", Name: "Demo Beleidsmedewerker", Role: access.RolePolicy},
	// complaints (demo_complaints.go)
	{Username: "demo.klachtencoordinator", Name: "Demo Klachtencoördinator (Den Haag, Amsterdam)", Role: access.RoleComplaintCoordinator, Units: []string{"DH", "AM"}},
	{Username: "demo.klachtbehandelaar", Name: "Demo Klachtbehandelaar (Den Haag, Amsterdam)", Role: access.RoleComplaintHandler, Units: []string{"DH", "AM"}},
	{Username: "demo.commissie", Name: "Demo Lid klachtencommissie", Role: access.RoleCommissionMember},
	{Username: "demo.ndv", Name: "Demo NDV-adviseur", Role: access.RoleNDVAdviser},
}

func init() { demoAccounts = append(demoAccounts, demoIntegrityAccounts...) } // integrity (demo_integrity.go)

// serveDemo gives every demo account a fresh password, prints them and serves the
// workbench on addr until ctx ends.
func serveDemo(ctx context.Context, e env, d *db.DB, addr string) error {
	trail, err := keyedTrail(e, d, "")
	if err != nil {
		return err
	}
	a := &accessDeps{db: d, trail: trail, users: access.NewUsers(d, trail, time.Now),
		sessions: access.NewSessions(d, trail, time.Now), tokens: access.NewTokens(d, trail, time.Now)}
	op := operator(e)
	fmt.Fprintf(e.stdout, "\nDemo-accounts (wachtwoorden zijn bij elke start nieuw):\n\n")
	for _, nu := range demoAccounts {
		nu.Password = access.GeneratePassword()
		_, err := a.users.Add(ctx, op, nu)
		if stelsel.ErrorCode(err) == stelsel.ECONFLICT {
			err = a.users.SetPassword(ctx, op, nu.Username, nu.Password, false)
		}
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "  %-20s %-22s %s\n", nu.Username, nu.Password, nu.Role.Label())
	}
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", addr, err)
	}
	fmt.Fprintf(e.stdout, "\nDe werkbank draait op http://%s/ (stoppen met Ctrl-C)\n", l.Addr())
	return serveOn(ctx, e, a, l, serveFlags{})
}
