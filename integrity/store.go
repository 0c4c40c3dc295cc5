package integrity

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
)

type querier interface {
	QueryRow(ctx context.Context, q string, args ...any) *sql.Row
	Query(ctx context.Context, q string, args ...any) (*sql.Rows, error)
	Exec(ctx context.Context, q string, args ...any) (sql.Result, error)
}

const caseColumns = `c.id, c.number, c.unit, c.kind, c.source, c.category, c.circumstances, c.description, c.reporter_name,
	c.reporter_ref, c.identity_sealed, c.identity_revealed, c.status, c.received_at, c.acknowledged_at, c.feedback_at,
	c.ack_due, c.feedback_due, c.triage_due, c.step_due, c.step_due_kind, c.checklist, c.proposed_routes, c.routes,
	c.route_rationale, c.route_by, c.route_at, c.confirmed_by, c.confirmed_at, c.om_informed_on, c.outcome, c.sanction,
	c.sanction_conditions, c.sanction_term_months, c.edu_measures, c.om_decision, c.factors, c.lessons, c.lesson_measures,
	c.care, c.framework, c.closed_at, c.catalog_version, c.version`

func split(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
}

func tp(t sql.NullTime) *time.Time {
	if !t.Valid {
		return nil
	}
	u := t.Time.UTC()
	return &u
}

type rowScanner interface{ Scan(...any) error }

func scanCase(r rowScanner) (*Case, error) {
	c := &Case{}
	var circ, checklist, proposed, routes, edu, factors, measures, care, framework string
	var ack, fb, ackDue, fbDue, triDue, stepDue, routeAt, confAt, omOn, closed sql.NullTime
	err := r.Scan(&c.ID, &c.Number, &c.Unit, &c.Kind, &c.Source, &c.Category, &circ, &c.Description, &c.Reporter,
		&c.reporterRef, &c.sealed, &c.revealed, &c.Status, &c.ReceivedAt, &ack, &fb,
		&ackDue, &fbDue, &triDue, &stepDue, &c.StepDueKind, &checklist, &proposed, &routes,
		&c.Triage.Rationale, &c.Triage.DecidedBy, &routeAt, &c.Triage.ConfirmedBy, &confAt, &omOn, &c.Outcome.Outcome, &c.Outcome.Sanction,
		&c.Outcome.SanctionConditions, &c.Outcome.SanctionTermMonths, &edu, &c.Outcome.OMDecision, &factors, &c.Learning.Lessons, &measures,
		&care, &framework, &closed, &c.CatalogVersion, &c.Version)
	if err != nil {
		return nil, err
	}
	c.ReceivedAt = c.ReceivedAt.UTC()
	c.Circumstances = split(circ)
	c.AcknowledgedAt, c.FeedbackAt, c.AckDue, c.FeedbackDue, c.TriageDue, c.StepDue = tp(ack), tp(fb), tp(ackDue), tp(fbDue), tp(triDue), tp(stepDue)
	c.Triage.Checklist, c.Triage.Proposed, c.Triage.Routes = split(checklist), split(proposed), split(routes)
	c.Triage.DecidedAt, c.Triage.ConfirmedAt, c.Triage.OMInformedOn, c.ClosedAt = tp(routeAt), tp(confAt), tp(omOn), tp(closed)
	c.Outcome.EducationalMeasures, c.Learning.Factors, c.Learning.Measures = split(edu), split(factors), split(measures)
	if care != "" {
		c.Care = &Care{}
		if err := json.Unmarshal([]byte(care), c.Care); err != nil {
			return nil, fmt.Errorf("read care of %s: %w", c.Number, err)
		}
	}
	if framework != "" {
		c.Framework = &Framework{}
		if err := json.Unmarshal([]byte(framework), c.Framework); err != nil {
			return nil, fmt.Errorf("read framework of %s: %w", c.Number, err)
		}
	}
	return c, nil
}

// load reads a case with its subjects, tracks and assignments; it does not check access.
// ENOTFOUND when there is no such case.
func load(ctx context.Context, q querier, number string) (*Case, error) {
	c, err := scanCase(q.QueryRow(ctx, `SELECT `+caseColumns+` FROM integrity_cases c WHERE c.number = ?`, number))
	if errors.Is(err, sql.ErrNoRows) {
		// The same reads as for a stored case (they find nothing): a missing case and a
		// forbidden one cost the same.
		if err := loadParts(ctx, q, &Case{Number: number}); err != nil {
			return nil, err
		}
		return nil, notFound(number)
	} else if err != nil {
		return nil, fmt.Errorf("read case %s: %w", number, err)
	}
	return c, loadParts(ctx, q, c)
}

func loadParts(ctx context.Context, q querier, c *Case) error {
	rows, err := q.Query(ctx, `SELECT personnel_no, name, unit, team, username FROM integrity_subjects WHERE case_id = ? ORDER BY id`, c.ID)
	if err != nil {
		return fmt.Errorf("read subjects of %s: %w", c.Number, err)
	}
	for rows.Next() {
		var s Subject
		if err := rows.Scan(&s.PersonnelNo, &s.Name, &s.Unit, &s.Team, &s.Username); err != nil {
			rows.Close()
			return fmt.Errorf("read subjects of %s: %w", c.Number, err)
		}
		c.Subjects = append(c.Subjects, s)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	rows, err = q.Query(ctx, `SELECT track, opened_at, closed_at FROM integrity_tracks WHERE case_id = ?`, c.ID)
	if err != nil {
		return fmt.Errorf("read tracks of %s: %w", c.Number, err)
	}
	byTrack := map[string]Track{}
	for rows.Next() {
		var t Track
		var closed sql.NullTime
		if err := rows.Scan(&t.Track, &t.OpenedAt, &closed); err != nil {
			rows.Close()
			return fmt.Errorf("read tracks of %s: %w", c.Number, err)
		}
		t.OpenedAt, t.ClosedAt = t.OpenedAt.UTC(), tp(closed)
		byTrack[t.Track] = t
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, name := range Tracks {
		if t, ok := byTrack[name]; ok {
			c.trackRows = append(c.trackRows, t)
		}
	}
	rows, err = q.Query(ctx, `SELECT track, username, assigned_by, assigned_at, reason FROM integrity_assignments WHERE case_id = ? ORDER BY assigned_at, username`, c.ID)
	if err != nil {
		return fmt.Errorf("read assignments of %s: %w", c.Number, err)
	}
	defer rows.Close()
	for rows.Next() {
		var as Assignment
		if err := rows.Scan(&as.Track, &as.Username, &as.AssignedBy, &as.AssignedAt, &as.Reason); err != nil {
			return fmt.Errorf("read assignments of %s: %w", c.Number, err)
		}
		as.AssignedAt = as.AssignedAt.UTC()
		c.assignments = append(c.assignments, as)
	}
	return rows.Err()
}

func (c *Case) hasTrack(t string) bool {
	for _, r := range c.trackRows {
		if r.Track == t {
			return true
		}
	}
	return false
}

func (c *Case) assigned(username, track string) bool {
	for _, as := range c.assignments {
		if as.Username == username && as.Track == track {
			return true
		}
	}
	return false
}

func (c *Case) isSubject(username string) bool {
	if username == "" {
		return false
	}
	for _, s := range c.Subjects {
		if s.Username == username {
			return true
		}
	}
	return false
}

func (s *Service) loadEntries(ctx context.Context, q querier, c *Case, track string) ([]Entry, error) {
	by, err := s.loadDossiers(ctx, q, c, []string{track})
	return by[track], err
}

// loadDossiers reads the entries of the given tracks of c in one query, by track.
func (s *Service) loadDossiers(ctx context.Context, q querier, c *Case, tracks []string) (map[string][]Entry, error) {
	if len(tracks) == 0 {
		return nil, nil
	}
	rows, err := q.Query(ctx, `SELECT id, track, kind, step, body, on_date, author, created_at, transferred_from
		FROM integrity_entries WHERE case_id = ? AND track IN (`+placeholders(len(tracks))+`) ORDER BY id`, append([]any{c.ID}, anys(tracks)...)...)
	if err != nil {
		return nil, fmt.Errorf("read dossier of %s: %w", c.Number, err)
	}
	defer rows.Close()
	out := map[string][]Entry{}
	for rows.Next() {
		var e Entry
		var on sql.NullTime
		var from sql.NullInt64
		if err := rows.Scan(&e.ID, &e.Track, &e.Kind, &e.Step, &e.Body, &on, &e.Author, &e.CreatedAt, &from); err != nil {
			return nil, fmt.Errorf("read dossier of %s: %w", c.Number, err)
		}
		e.OnDate, e.CreatedAt, e.TransferredFrom = tp(on), e.CreatedAt.UTC(), from.Int64
		out[e.Track] = append(out[e.Track], e)
	}
	return out, rows.Err()
}

// loadAttachments reads the attachments (not their content) of the given tracks of c in
// one query, by track.
func (s *Service) loadAttachments(ctx context.Context, q querier, c *Case, tracks []string) (map[string][]Attachment, error) {
	if len(tracks) == 0 {
		return nil, nil
	}
	rows, err := q.Query(ctx, `SELECT id, track, filename, content_type, size, sha256, author, created_at
		FROM integrity_attachments WHERE case_id = ? AND track IN (`+placeholders(len(tracks))+`) ORDER BY id`, append([]any{c.ID}, anys(tracks)...)...)
	if err != nil {
		return nil, fmt.Errorf("read attachments of %s: %w", c.Number, err)
	}
	defer rows.Close()
	out := map[string][]Attachment{}
	for rows.Next() {
		var at Attachment
		if err := rows.Scan(&at.ID, &at.Track, &at.Filename, &at.ContentType, &at.Size, &at.SHA256, &at.Author, &at.CreatedAt); err != nil {
			return nil, fmt.Errorf("read attachments of %s: %w", c.Number, err)
		}
		at.CreatedAt = at.CreatedAt.UTC()
		out[at.Track] = append(out[at.Track], at)
	}
	return out, rows.Err()
}

func (s *Service) loadMessages(ctx context.Context, q querier, c *Case) ([]Message, error) {
	rows, err := q.Query(ctx, `SELECT id, from_vik, author, body, created_at FROM integrity_messages WHERE case_id = ? ORDER BY id`, c.ID)
	if err != nil {
		return nil, fmt.Errorf("read postbox of %s: %w", c.Number, err)
	}
	defer rows.Close()
	var out []Message
	for rows.Next() {
		var m Message
		if err := rows.Scan(&m.ID, &m.FromVIK, &m.Author, &m.Body, &m.CreatedAt); err != nil {
			return nil, fmt.Errorf("read postbox of %s: %w", c.Number, err)
		}
		m.CreatedAt = m.CreatedAt.UTC()
		out = append(out, m)
	}
	return out, rows.Err()
}

// bump raises the case's version inside tx, refusing when it changed since it was read
// (two writers never fork a case) or, with want > 0, when the caller's view is stale.
func bump(ctx context.Context, tx querier, c *Case, want int) error {
	if want > 0 && want != c.Version {
		return staleError(c)
	}
	res, err := tx.Exec(ctx, `UPDATE integrity_cases SET version = version + 1 WHERE id = ? AND version = ?`, c.ID, c.Version)
	if err != nil {
		return fmt.Errorf("update case %s: %w", c.Number, err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return staleError(c)
	}
	c.Version++
	return nil
}
