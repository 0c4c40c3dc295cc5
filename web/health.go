package web

import (
	"context"
	"database/sql"
	"errors"
	"net/http"
	"sync"
	"time"

	"stelsel"
)

// health is what /healthz reports: the database's state (it answers a ping, a read and a
// one-row write) and the lexicon this instance screens with beside the one activated on
// the database. Reasons are short Dutch phrases; error details go to the log only.
type health struct {
	Status   string       `json:"status"` // "ok" or "fout"
	Database healthDB     `json:"database"`
	Lexicon  *healthLexic `json:"lexicon,omitempty"`
}

type healthDB struct {
	Status  string `json:"status"`
	Dialect string `json:"soort"`
	Problem string `json:"probleem,omitempty"`
}

type healthLexic struct {
	InUse  string `json:"in_gebruik"`
	Active string `json:"geactiveerd,omitempty"` // the version activated on the database, when any
}

// checkDatabase pings the database, reads the lexicon activated last and writes the probe
// row, within a few seconds. It returns the active lexicon version ("" when none) and a
// Dutch problem, or "" when the database works.
func (s *Server) checkDatabase(ctx context.Context) (active, problem string) {
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	if err := s.DB.SQL().PingContext(ctx); err != nil {
		s.Logger.Error("health: ping", "error", err.Error())
		return "", "niet bereikbaar"
	}
	err := s.DB.QueryRow(ctx, "SELECT version FROM lexicon_activations ORDER BY id DESC LIMIT 1").Scan(&active)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		s.Logger.Error("health: read", "error", err.Error())
		return "", "lezen mislukt"
	}
	if _, err := s.DB.Exec(ctx, "UPDATE health_probe SET at = ? WHERE id = 1", s.Now().UTC().Truncate(time.Microsecond)); err != nil {
		s.Logger.Error("health: write", "error", err.Error())
		return active, "schrijven mislukt (schijf vol of alleen-lezen?)"
	}
	return active, ""
}

func (s *Server) handleHealth(w http.ResponseWriter, r *http.Request) {
	active, problem := s.checkDatabase(r.Context())
	s.dbState.set(problem, s.Now())
	h := health{Status: "ok", Database: healthDB{Status: "ok", Dialect: string(s.DB.Dialect()), Problem: problem}}
	if lex := s.lexiconInUse(); lex != nil {
		h.Lexicon = &healthLexic{InUse: lex.Version(), Active: active}
	}
	code := http.StatusOK
	if problem != "" {
		h.Status, h.Database.Status, code = "fout", "fout", http.StatusServiceUnavailable
	}
	writeJSON(w, code, h)
}

// errDatabaseDown is what users get instead of a generic internal error while the
// database fails.
var errDatabaseDown = stelsel.Errorf(stelsel.EUNAVAILABLE,
	"stelsel kan de database nu niet gebruiken, dus uw verzoek is niet uitgevoerd en niets is opgeslagen. "+
		"Probeer het over enkele minuten opnieuw; blijft dit zo, meld het dan bij de beheerder of de servicedesk.")

// dbState remembers the outcome of the last database check for a few seconds, so a burst
// of failing requests does not check the database once each.
type dbState struct {
	mu      sync.Mutex
	at      time.Time
	problem string
}

const dbStateFresh = 2 * time.Second

func (d *dbState) set(problem string, now time.Time) {
	d.mu.Lock()
	d.at, d.problem = now, problem
	d.mu.Unlock()
}

func (d *dbState) get(now time.Time) (problem string, fresh bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.problem, !d.at.IsZero() && now.Sub(d.at) < dbStateFresh && now.Sub(d.at) >= 0
}

// databaseDown reports whether an internal error came with a failing database.
func (s *Server) databaseDown(ctx context.Context) bool {
	now := s.Now()
	if problem, fresh := s.dbState.get(now); fresh {
		return problem != ""
	}
	_, problem := s.checkDatabase(context.WithoutCancel(ctx))
	s.dbState.set(problem, now)
	return problem != ""
}
