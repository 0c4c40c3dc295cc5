package registration

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"stelsel"
	"stelsel/access"
	"stelsel/db"
	"stelsel/screen"
)

// LexiconCandidate is a lexicon file uploaded to be looked at before it is activated
// (the web's lexicon page). Activating one is ActivateLexicon with its content.
type LexiconCandidate struct {
	ID         int64     `json:"id"`
	Version    string    `json:"versie"`
	Name       string    `json:"naam"`
	File       string    `json:"bestand"`
	UploadedAt time.Time `json:"geupload_op"`
	UploadedBy string    `json:"geupload_door"`
	content    string
}

// Lexicon returns the candidate's lexicon.
func (c LexiconCandidate) Lexicon() (*screen.Lexicon, error) {
	return screen.LoadLexicon(bytes.NewReader([]byte(c.content)), c.File)
}

// AddLexiconCandidate validates content as a lexicon and keeps it as a candidate. The
// actor needs access.ManageLexicon; the upload is audited. A bad file is EINVALID with
// the file, line and reason.
func (s *Service) AddLexiconCandidate(ctx context.Context, a access.Actor, file string, content []byte) (LexiconCandidate, error) {
	var c LexiconCandidate
	if err := a.Require(access.ManageLexicon); err != nil {
		return c, err
	}
	lex, err := screen.LoadLexicon(bytes.NewReader(content), file)
	if err != nil {
		var le *screen.LexiconError
		if errors.As(err, &le) {
			return c, &stelsel.Error{Code: stelsel.EINVALID, Field: "bestand", Message: "lexicon " + le.Error()}
		}
		return c, stelsel.Invalid("bestand", "lexicon %s: %v", file, err)
	}
	c = LexiconCandidate{Version: lex.Version(), Name: lex.Name(), File: file, UploadedAt: s.clock().UTC().Truncate(time.Microsecond),
		UploadedBy: a.String(), content: string(content)}
	err = s.db.InTx(ctx, func(tx *db.Tx) error {
		if err := tx.QueryRow(ctx, `INSERT INTO lexicon_candidates (version, name, file, content, uploaded_at, uploaded_by)
			VALUES (?, ?, ?, ?, ?, ?) RETURNING id`, c.Version, c.Name, c.File, c.content, c.UploadedAt, c.UploadedBy).Scan(&c.ID); err != nil {
			return fmt.Errorf("store lexicon candidate: %w", err)
		}
		return s.trail.Append(ctx, tx, a, access.Entry{Action: access.ActionCreate, ObjectKind: "lexicon_candidate", ObjectID: fmt.Sprint(c.ID),
			Detail: fmt.Sprintf("%s versie=%s termen=%d", file, c.Version, len(lex.Entries()))})
	})
	return c, err
}

// GetLexiconCandidate returns the candidate with id; the actor needs access.ManageLexicon.
func (s *Service) GetLexiconCandidate(ctx context.Context, a access.Actor, id int64) (LexiconCandidate, error) {
	var c LexiconCandidate
	if err := a.Require(access.ManageLexicon); err != nil {
		return c, err
	}
	err := s.db.QueryRow(ctx, "SELECT id, version, name, file, content, uploaded_at, uploaded_by FROM lexicon_candidates WHERE id = ?", id).
		Scan(&c.ID, &c.Version, &c.Name, &c.File, &c.content, &c.UploadedAt, &c.UploadedBy)
	if errors.Is(err, sql.ErrNoRows) {
		return c, stelsel.Errorf(stelsel.ENOTFOUND, "lexiconvoorstel %d bestaat niet", id)
	} else if err != nil {
		return c, fmt.Errorf("read lexicon candidate: %w", err)
	}
	c.UploadedAt = c.UploadedAt.UTC()
	return c, nil
}

// ActivateLexiconCandidate makes the candidate the lexicon in use on the database (see
// ActivateLexicon: audited; the version in use already changes nothing).
func (s *Service) ActivateLexiconCandidate(ctx context.Context, a access.Actor, id int64) (*screen.Lexicon, bool, error) {
	c, err := s.GetLexiconCandidate(ctx, a, id)
	if err != nil {
		return nil, false, err
	}
	return ActivateLexicon(ctx, s.db, s.trail, a, c.File, []byte(c.content), s.clock())
}

// QueueChange is one side of a lexicon preview: of Total registrations, Screened were
// screened with the candidate and Found of those change; Estimate is Found scaled to
// Total (equal to Found when every one was screened).
type QueueChange struct {
	Total    int `json:"totaal"`
	Screened int `json:"gescreend"`
	Found    int `json:"gevonden"`
	Estimate int `json:"schatting"`
}

// Sampled says the figure is an estimate from a sample.
func (q QueueChange) Sampled() bool { return q.Screened < q.Total }

// LexiconPreview is what a candidate lexicon would do to the review queue: how many
// registrations waiting for review it would no longer flag (Leave), and how many not
// in the queue it would flag (Enter), computed by screening the stored texts.
type LexiconPreview struct {
	Current string      `json:"huidig"`
	Queued  int         `json:"in_werkbak"`
	Leave   QueueChange `json:"verlaten"`
	Enter   QueueChange `json:"erbij"`
}

// DefaultPreviewSample is how many registrations a preview screens per side at most.
const DefaultPreviewSample = 20000

// PreviewLexicon screens the stored current texts with lex: every registration waiting
// for review (open or more information asked), and every registration that is not in
// the queue (never flagged, or lapsed). Each side screens at most sample registrations
// (0: DefaultPreviewSample), an even spread by arrival order, and scales what it finds.
// The actor needs access.ManageLexicon; only counts leave the service, and the preview
// is audited.
func (s *Service) PreviewLexicon(ctx context.Context, a access.Actor, lex *screen.Lexicon, sample int) (LexiconPreview, error) {
	var p LexiconPreview
	if err := a.Require(access.ManageLexicon); err != nil {
		return p, err
	}
	if sample <= 0 {
		sample = DefaultPreviewSample
	}
	p.Current = s.LexiconVersion()
	sc := screen.New(lex)
	var err error
	queued := "q.status IN ('" + StatusOpen + "', '" + StatusMoreInfo + "')"
	if p.Leave, err = s.previewSide(ctx, sc, "JOIN queue_items q ON q.number = r.number WHERE "+queued, sample, false); err != nil {
		return p, err
	}
	p.Queued = p.Leave.Total
	if p.Enter, err = s.previewSide(ctx, sc, "LEFT JOIN queue_items q ON q.number = r.number WHERE (q.number IS NULL OR q.status = '"+StatusLapsed+"')", sample, true); err != nil {
		return p, err
	}
	err = s.trail.Record(ctx, a, access.Entry{Action: access.ActionView, ObjectKind: "lexicon_candidate", ObjectID: lex.Version(),
		Detail: fmt.Sprintf("voorbeeld: werkbak=%d verlaten=%d/%d erbij=%d/%d", p.Queued, p.Leave.Found, p.Leave.Screened, p.Enter.Found, p.Enter.Screened)})
	return p, err
}

// previewSide screens the registrations of one side (a FROM tail over registrations r)
// with sc and counts those whose flag would become want.
func (s *Service) previewSide(ctx context.Context, sc *screen.Screener, tail string, sample int, want bool) (QueueChange, error) {
	var c QueueChange
	if err := s.db.QueryRow(ctx, "SELECT count(*) FROM registrations r "+tail).Scan(&c.Total); err != nil {
		return c, fmt.Errorf("count registrations for the preview: %w", err)
	}
	if c.Total == 0 {
		return c, nil
	}
	where := ""
	if c.Total > sample {
		// An even spread over arrival order: every k-th id.
		k := (c.Total + sample - 1) / sample
		where = fmt.Sprintf(" AND r.id %% %d = 0", k)
	}
	rows, err := s.db.Query(ctx, `SELECT v.text FROM registrations r JOIN registration_versions v ON v.registration_id = r.id AND v.version = r.version `+
		tail+where+fmt.Sprintf(" ORDER BY r.id LIMIT %d", sample))
	if err != nil {
		return c, fmt.Errorf("read texts for the preview: %w", err)
	}
	defer rows.Close()
	texts := make(chan string, 256)
	var found atomic.Int64
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for t := range texts {
				if sc.Screen(t).Flagged == want {
					found.Add(1)
				}
			}
		})
	}
	for rows.Next() {
		var t string
		if err := rows.Scan(&t); err != nil {
			close(texts)
			wg.Wait()
			return c, fmt.Errorf("read texts for the preview: %w", err)
		}
		texts <- t
		c.Screened++
	}
	close(texts)
	wg.Wait()
	if err := rows.Err(); err != nil {
		return c, fmt.Errorf("read texts for the preview: %w", err)
	}
	c.Found = int(found.Load())
	c.Estimate = c.Found
	if c.Screened > 0 && c.Screened < c.Total {
		c.Estimate = int((int64(c.Found)*int64(c.Total) + int64(c.Screened)/2) / int64(c.Screened))
	}
	return c, nil
}
