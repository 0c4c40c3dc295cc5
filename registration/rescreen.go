package registration

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"

	"stelsel/access"
	"stelsel/db"
)

// RescreenOptions tune a screening run.
type RescreenOptions struct {
	BatchSize int                   // registrations per transaction (default 5000)
	Progress  func(done, total int) // called after each batch
}

// RescreenResult counts what a screening run did.
type RescreenResult struct {
	Lexicon  string        `json:"lexicon"`
	Screened int           `json:"gescreend"`
	Flagged  int           `json:"gemarkeerd"`
	Duration time.Duration `json:"duur_ns"`
}

// Rescreen screens every registration whose current version was not yet screened with
// the lexicon in use. New hits join the queue; decided registrations keep their decision
// and show that the lexicon changed since; open items without hits any more lapse. It
// can be interrupted and run again. The actor needs access.RunScreening.
func (s *Service) Rescreen(ctx context.Context, a access.Actor, opts RescreenOptions) (RescreenResult, error) {
	s = s.pin()
	start := time.Now()
	defer s.counts.invalidate()
	res := RescreenResult{Lexicon: s.lx().version}
	if err := a.Require(access.RunScreening); err != nil {
		return res, err
	}
	if err := s.loadRanking(ctx); err != nil {
		return res, err
	}
	if opts.BatchSize <= 0 {
		opts.BatchSize = 5000
	}
	var total int
	if err := s.db.QueryRow(ctx, "SELECT count(*) FROM registrations WHERE lexicon <> ?", s.lx().version).Scan(&total); err != nil {
		return res, fmt.Errorf("count registrations to screen: %w", err)
	}
	after := ""
	var err error
	for {
		if err = ctx.Err(); err != nil {
			break // stopped (SIGTERM): what is stored stays, the next run goes on
		}
		var recs []*record
		recs, err = s.unscreened(ctx, after, opts.BatchSize)
		if err != nil || len(recs) == 0 {
			break
		}
		after = recs[len(recs)-1].reg.Number
		s.screenParallel(recs)
		now := s.clock()
		store := func(w writer) error { return s.storeScreening(ctx, w, recs, now) }
		if s.db.Dialect() == db.Postgres {
			err = s.withPG(ctx, func(tx pgx.Tx) error { return store(pgWriter{tx: tx, d: s.db}) })
		} else {
			err = s.db.InTx(ctx, func(tx *db.Tx) error { return store(sqlWriter{q: tx.SQL()}) })
		}
		if err != nil {
			break
		}
		res.Screened += len(recs)
		for _, r := range recs {
			if r.flagged {
				res.Flagged++
			}
		}
		if opts.Progress != nil {
			opts.Progress(res.Screened, total)
		}
	}
	res.Duration = time.Since(start)
	detail := fmt.Sprintf("lexicon=%s gescreend=%d gemarkeerd=%d", s.lx().version, res.Screened, res.Flagged)
	if aerr := s.trail.Record(context.WithoutCancel(ctx), a, access.Entry{Action: access.ActionScreen, ObjectKind: "registrations", Detail: detail}); aerr != nil && err == nil {
		err = aerr
	}
	if err != nil {
		return res, fmt.Errorf("rescreen: %w", err)
	}
	return res, nil
}

func (s *Service) unscreened(ctx context.Context, after string, limit int) ([]*record, error) {
	rows, err := s.db.Query(ctx, `SELECT r.id, r.number, r.version, r.kind, r.unit, r.team, r.registered_at, v.text
		FROM registrations r JOIN registration_versions v ON v.registration_id = r.id AND v.version = r.version
		WHERE r.lexicon <> ? AND r.number > ? ORDER BY r.number LIMIT ?`, s.lx().version, after, limit)
	if err != nil {
		return nil, fmt.Errorf("read registrations to screen: %w", err)
	}
	defer rows.Close()
	var out []*record
	for rows.Next() {
		r := &record{}
		var kind string
		if err := rows.Scan(&r.id, &r.reg.Number, &r.reg.Version, &kind, &r.reg.Unit, &r.reg.Team, &r.reg.RegisteredAt, &r.reg.Text); err != nil {
			return nil, fmt.Errorf("read registrations to screen: %w", err)
		}
		r.reg.Kind = Kind(kind)
		out = append(out, r)
	}
	return out, rows.Err()
}

// screenParallel screens recs on every core.
func (s *Service) screenParallel(recs []*record) {
	n := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for w := range n {
		wg.Go(func() {
			for i := w; i < len(recs); i += n {
				s.screenRecord(recs[i])
			}
		})
	}
	wg.Wait()
}

func (s *Service) storeScreening(ctx context.Context, w writer, recs []*record, now time.Time) error {
	var hitRows [][]any
	for _, r := range recs {
		n, err := w.exec(ctx, "UPDATE registrations SET lexicon = ?, flagged = ?, score = ?, updated_at = ? WHERE id = ? AND version = ?",
			s.lx().version, r.flagged, r.score, now, r.id, r.reg.Version)
		if err != nil {
			return fmt.Errorf("update registration %s: %w", r.reg.Number, err)
		}
		if n == 0 { // a newer version arrived meanwhile; the import screened it
			r.flagged = false
			continue
		}
		hitRows = appendHits(hitRows, r.id, r.reg.Version, s.lx().version, r.hits)
		if err := s.enqueue(ctx, w, r, now); err != nil {
			return err
		}
	}
	return w.insertRows(ctx, "hits", hitCols, hitRows)
}
