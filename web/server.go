package web

import (
	"context"
	"errors"
	"fmt"
	"html/template"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"stelsel/access"
	"stelsel/complaint"
	"stelsel/db"
	"stelsel/desk"
	"stelsel/integrity"
	"stelsel/registration"
	"stelsel/report"
	"stelsel/screen"
)

// Deps are what the server needs. DB, Trail, Users, Sessions and Tokens are required;
// OIDC, Registrations and Lexicon are optional (their routes answer 404 without them).
type Deps struct {
	DB       *db.DB
	Trail    *access.Trail
	Users    *access.Users
	Sessions *access.Sessions
	Tokens   *access.Tokens
	OIDC     *access.OIDC
	// Registrations is the registration service behind the workbench.
	Registrations *registration.Service
	// Reports computes the figures (package report), for the Figures section.
	Reports *report.Service
	// Complaints is the complaint service (the public form and the complaints pages).
	Complaints *complaint.Service
	// Desks is the help-desk guide (lokettenwijzer).
	Desks *desk.Service
	// Lexicon is the lexicon in use, for the lexicon page, when there is no Registrations
	// service; with one, the service's lexicon is shown, which follows activations.
	Lexicon *screen.Lexicon
	// LexiconPoll is how often Serve checks the database for a lexicon activated
	// elsewhere (default 5 seconds).
	LexiconPoll time.Duration
	// Integrity is the integrity system (VIK); its pages and /melden answer 404 without it.
	Integrity *integrity.Service
	Logger    *slog.Logger
	Now       func() time.Time
	// SecureCookies marks cookies Secure even when the request did not come over TLS
	// itself (stelsel behind a TLS-terminating proxy).
	SecureCookies bool
	// MetricsToken, when set, lets a scraper read /metrics from anywhere with
	// Authorization: Bearer TOKEN; MetricsAllow lists networks that may read it without.
	// Loopback may always.
	MetricsToken string
	MetricsAllow []netip.Prefix
}

// Server is the HTTP side of stelsel. It is an http.Handler.
type Server struct {
	Deps
	handler   http.Handler
	pages     map[string]*template.Template
	metrics   *metrics
	registry  *prometheus.Registry
	crossSite *http.CrossOriginProtection
	clients   *clientLimiter // failed logins per client address, in memory only
	limiter   *submitLimiter // the public complaint form
	dbState   dbState        // the last database check (health.go)
	frags     fragments      // rendered table rows (fragment.go)
}

// New returns the server with every route wired.
func New(d Deps) (*Server, error) {
	if d.DB == nil || d.Trail == nil || d.Users == nil || d.Sessions == nil || d.Tokens == nil {
		return nil, errors.New("web: DB, Trail, Users, Sessions and Tokens are required")
	}
	if d.Logger == nil {
		d.Logger = slog.Default()
	}
	if d.Now == nil {
		d.Now = time.Now
	}
	// The half-year report counts through the domain services the server has.
	if d.Reports != nil && d.Reports.Complaints == nil && d.Complaints != nil {
		d.Reports.Complaints = d.Complaints
	}
	s := &Server{Deps: d, registry: prometheus.NewRegistry(), crossSite: http.NewCrossOriginProtection(), limiter: newSubmitLimiter(d.Now), clients: newClientLimiter()}
	pages, err := parsePages()
	if err != nil {
		return nil, err
	}
	s.pages = pages
	s.metrics = newMetrics(s.registry, d.DB)
	s.crossSite.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, errCrossOrigin)
	}))
	mux := http.NewServeMux()
	s.routes(mux)
	s.handler = s.recoverPanics(s.observe(s.securityHeaders(s.checkInput(s.authenticate(recordPattern(mux))))))
	return s, nil
}

// lexiconInUse is the lexicon screening uses now: the registration service's, which
// follows activations on the database, else the one given in Deps.
func (s *Server) lexiconInUse() *screen.Lexicon {
	if s.Registrations != nil {
		return s.Registrations.Lexicon()
	}
	return s.Lexicon
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// Serve serves on l until ctx is cancelled, then shuts down gracefully: it stops
// accepting, lets requests in flight finish (at most 15 seconds) and returns.
func (s *Server) Serve(ctx context.Context, l net.Listener) error {
	hs := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       60 * time.Second,
		WriteTimeout:      5 * time.Minute, // exports can be large
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.Logger.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	if s.Registrations != nil {
		poll := s.LexiconPoll
		if poll <= 0 {
			poll = 5 * time.Second
		}
		wctx, stop := context.WithCancel(ctx)
		defer stop()
		go s.Registrations.WatchLexicon(wctx, poll, func(err error) { s.Logger.Error("refresh lexicon", "error", err.Error()) })
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(l) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	s.Logger.Info("shutting down", "addr", l.Addr().String())
	sctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		return fmt.Errorf("shut down: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}
