package registration

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"stelsel/access"
	"stelsel/db"
	"stelsel/screen"
)

// ActiveLexicon returns the lexicon in use on d: the one activated last, or the built-in
// lexicon when none was ever activated. Every command and every instance on one database
// thus screens with the same lexicon.
func ActiveLexicon(ctx context.Context, d *db.DB) (*screen.Lexicon, error) {
	var file, content string
	err := d.QueryRow(ctx, "SELECT file, content FROM lexicon_activations ORDER BY id DESC LIMIT 1").Scan(&file, &content)
	if errors.Is(err, sql.ErrNoRows) {
		return screen.DefaultLexicon()
	}
	if err != nil {
		return nil, fmt.Errorf("read lexicon in use: %w", err)
	}
	lex, err := screen.LoadLexicon(bytes.NewReader([]byte(content)), file)
	if err != nil {
		return nil, fmt.Errorf("load lexicon in use: %w", err)
	}
	return lex, nil
}

// ActivateLexicon validates content as a lexicon and makes it the lexicon in use on d.
// The actor needs access.ManageLexicon; the change is audited. Activating the version
// already in use changes nothing. Registrations are screened with it by the next import
// and by Rescreen.
func ActivateLexicon(ctx context.Context, d *db.DB, trail *access.Trail, a access.Actor, file string, content []byte, now time.Time) (*screen.Lexicon, bool, error) {
	if err := a.Require(access.ManageLexicon); err != nil {
		return nil, false, err
	}
	lex, err := screen.LoadLexicon(bytes.NewReader(content), file)
	if err != nil {
		return nil, false, err
	}
	cur, err := ActiveLexicon(ctx, d)
	if err != nil {
		return nil, false, err
	}
	if cur.Version() == lex.Version() {
		return lex, false, nil
	}
	err = d.InTx(ctx, func(tx *db.Tx) error {
		if _, err := tx.Exec(ctx, `INSERT INTO lexicon_activations (version, name, file, content, activated_at, activated_by)
			VALUES (?, ?, ?, ?, ?, ?)`, lex.Version(), lex.Name(), file, string(content), now.UTC(), a.String()); err != nil {
			return fmt.Errorf("activate lexicon: %w", err)
		}
		return trail.Append(ctx, tx, a, access.Entry{Action: access.ActionActivateLexicon, ObjectKind: "lexicon", ObjectID: lex.Version(),
			Detail: fmt.Sprintf("%s (%d termen), was %s", file, len(lex.Entries()), cur.Version())})
	})
	if err != nil {
		return nil, false, err
	}
	return lex, true, nil
}

// Activation is one entry of the lexicon history.
type Activation struct {
	Version     string    `json:"versie"`
	Name        string    `json:"naam"`
	File        string    `json:"bestand"`
	ActivatedAt time.Time `json:"geactiveerd_op"`
	ActivatedBy string    `json:"geactiveerd_door"`
}

// LexiconHistory lists the lexicons that were activated on d, newest first. It holds no
// personal data, so it needs no permission.
func LexiconHistory(ctx context.Context, d *db.DB) ([]Activation, error) {
	rows, err := d.Query(ctx, "SELECT version, name, file, activated_at, activated_by FROM lexicon_activations ORDER BY id DESC")
	if err != nil {
		return nil, fmt.Errorf("read lexicon history: %w", err)
	}
	defer rows.Close()
	var out []Activation
	for rows.Next() {
		var h Activation
		if err := rows.Scan(&h.Version, &h.Name, &h.File, &h.ActivatedAt, &h.ActivatedBy); err != nil {
			return nil, fmt.Errorf("read lexicon history: %w", err)
		}
		out = append(out, h)
	}
	return out, rows.Err()
}

// RefreshLexicon makes the service screen with the lexicon activated last on its
// database, when that is another than the one in use: `stelsel lexicon activate` run
// elsewhere reaches every instance this way. It costs one indexed read when nothing
// changed. A database on which no lexicon was ever activated keeps the service's own.
// Runs already started (an import, a screening run) finish with the lexicon they began
// with. It reports whether the lexicon changed.
func (s *Service) RefreshLexicon(ctx context.Context) (bool, error) {
	var version string
	err := s.db.QueryRow(ctx, "SELECT version FROM lexicon_activations ORDER BY id DESC LIMIT 1").Scan(&version)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	} else if err != nil {
		return false, fmt.Errorf("read version of the lexicon in use: %w", err)
	}
	if version == s.live.cur.Load().version {
		return false, nil
	}
	s.live.mu.Lock()
	defer s.live.mu.Unlock()
	if version == s.live.cur.Load().version {
		return false, nil // another caller loaded it meanwhile
	}
	lex, err := ActiveLexicon(ctx, s.db)
	if err != nil {
		return false, err
	}
	s.live.cur.Store(&lexState{screener: screen.New(lex), version: lex.Version()})
	s.counts.invalidate()
	return true, nil
}

// WatchLexicon calls RefreshLexicon and RefreshRanking every interval until ctx ends;
// failures go to report (nil: ignored) and the next tick tries again.
func (s *Service) WatchLexicon(ctx context.Context, every time.Duration, report func(error)) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if _, err := s.RefreshLexicon(ctx); err != nil && report != nil && ctx.Err() == nil {
				report(err)
			}
			if _, err := s.RefreshRanking(ctx); err != nil && report != nil && ctx.Err() == nil {
				report(err)
			}
		}
	}
}
