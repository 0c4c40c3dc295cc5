package integrity

import (
	"context"
	"fmt"
	"strings"
	"time"

	"stelsel"
	"stelsel/access"
	"stelsel/db"
)

// Get returns the case as the actor may see it: the intake and triage for those with the
// case permission, and the dossier of every track the actor may read, nothing of the
// others. Missing and forbidden cases answer alike (ENOTFOUND). The read, and every
// dossier read, is written to the audit trail with reason.
func (s *Service) Get(ctx context.Context, a access.Actor, number, reason string) (*Case, error) {
	if a.Anonymous() {
		return nil, stelsel.Errorf(stelsel.EUNAUTHORIZED, "niet ingelogd")
	}
	if reason = strings.TrimSpace(reason); reason == "" {
		reason = "inzage"
	}
	c, err := load(ctx, s.db, number)
	missing := stelsel.ErrorCode(err) == stelsel.ENOTFOUND
	if err != nil && !missing {
		return nil, err
	}
	if missing || !canSeeCase(a, c) {
		// Missing and forbidden do the same work: the same reads (load) and one refusal
		// in the audit trail.
		refused := &Case{Number: number}
		if !missing {
			refused = c
		}
		if err := s.record(ctx, a, access.ActionDenied, refused, "", reason, "zaak inzien geweigerd"); err != nil {
			return nil, err
		}
		return nil, notFound(number)
	}
	if err := s.fill(ctx, s.db, a, c); err != nil {
		return nil, err
	}
	err = s.db.InTx(ctx, func(tx *db.Tx) error {
		if err := s.audit(ctx, tx, a, access.ActionView, c, "", reason, "zaak ingezien"); err != nil {
			return err
		}
		for _, t := range c.Tracks {
			if t.Readable {
				if err := s.audit(ctx, tx, a, access.ActionView, c, t.Track, reason, "dossier ingezien"); err != nil {
					return err
				}
			}
		}
		return nil
	})
	return c, err
}

// fill completes a loaded case for the actor: what they may do, the tracks they may see
// with their dossiers, the postbox, the reporter as they may see them.
func (s *Service) fill(ctx context.Context, q querier, a access.Actor, c *Case) error {
	c.Can = abilities(a, c)
	caseLevel := can(a, access.IntegrityReadCase, c)
	switch c.Kind {
	case KindAnonymous:
		c.Reporter = "anonieme melder"
	case KindConfidential:
		c.Reporter = ConfidentialReporter
		if c.revealed {
			if id, err := s.identity(c); err == nil {
				c.Reporter = id.Name + " (met toestemming bekendgemaakt)"
			}
		}
	}
	if !caseLevel {
		// Track-only viewers see the case header and their own tracks, not the triage.
		c.Triage = Triage{Routes: c.Triage.Routes}
	}
	for _, t := range c.trackRows {
		readable := canTrack(a, c, t.Track)
		if !readable && !caseLevel {
			continue // a track one may not read stays invisible, even its existence
		}
		t.Readable = readable
		for _, as := range c.assignments {
			if as.Track == t.Track {
				t.Assignments = append(t.Assignments, as)
			}
		}
		if readable {
			var err error
			if t.Entries, err = s.loadEntries(ctx, q, c, t.Track); err != nil {
				return err
			}
			if t.Attachments, err = s.loadAttachments(ctx, q, c, t.Track); err != nil {
				return err
			}
		}
		c.Tracks = append(c.Tracks, t)
	}
	if !canCare(a, c) {
		c.Care = nil
	} else if c.Care == nil {
		c.Care = &Care{}
	}
	if !c.Can.Framework && !caseLevel {
		c.Framework = nil
	}
	if caseLevel {
		msgs, err := s.loadMessages(ctx, q, c)
		if err != nil {
			return err
		}
		c.Messages = msgs
	}
	return nil
}

// Counsellors returns the assignments of the counsellor (vertrouwenspersoon) on the case.
func (c *Case) Counsellors() []Assignment {
	var out []Assignment
	for _, as := range c.assignments {
		if as.Track == TrackCare {
			out = append(out, as)
		}
	}
	return out
}

// Summary is one line of a case list.
type Summary struct {
	Number      string     `json:"zaaknummer"`
	Unit        string     `json:"eenheid"`
	Kind        string     `json:"soort"`
	Category    string     `json:"categorie"`
	Status      string     `json:"status"`
	Routes      []string   `json:"routes"`
	ReceivedAt  time.Time  `json:"ontvangen"`
	NextDue     *time.Time `json:"eerstvolgende_termijn,omitempty"`
	NextDueKind string     `json:"eerstvolgende_termijn_soort,omitempty"`
}

// Filter narrows a case list.
type Filter struct {
	Unit   string
	Status string // a status, "open" for everything not closed, "" for all
	Limit  int    // default 100, at most 1000
	Offset int
}

// List returns the cases the actor may see, newest first.
func (s *Service) List(ctx context.Context, a access.Actor, f Filter) ([]Summary, error) {
	if a.Anonymous() {
		return nil, stelsel.Errorf(stelsel.EUNAUTHORIZED, "niet ingelogd")
	}
	cond, args := visibleSQL(a)
	if f.Unit != "" {
		cond += " AND c.unit = ?"
		args = append(args, strings.ToUpper(f.Unit))
	}
	switch f.Status {
	case "":
	case "open":
		cond += " AND c.status <> ?"
		args = append(args, StatusClosed)
	default:
		if _, ok := statusLabels[f.Status]; !ok {
			return nil, stelsel.Invalid("status", "onbekende status %q", f.Status)
		}
		cond += " AND c.status = ?"
		args = append(args, f.Status)
	}
	if f.Limit <= 0 || f.Limit > 1000 {
		f.Limit = 100
	}
	args = append(args, f.Limit, max(f.Offset, 0))
	rows, err := s.db.Query(ctx, `SELECT c.number, c.unit, c.kind, c.category, c.status, c.routes, c.received_at,
		c.ack_due, c.feedback_due, c.triage_due, c.step_due, c.step_due_kind
		FROM integrity_cases c WHERE `+cond+` ORDER BY c.received_at DESC, c.id DESC LIMIT ? OFFSET ?`, args...)
	if err != nil {
		return nil, fmt.Errorf("list cases: %w", err)
	}
	defer rows.Close()
	var out []Summary
	for rows.Next() {
		var sm Summary
		var routes string
		var d dueCols
		if err := rows.Scan(&sm.Number, &sm.Unit, &sm.Kind, &sm.Category, &sm.Status, &routes, &sm.ReceivedAt,
			&d.ack, &d.feedback, &d.triage, &d.step, &d.stepKind); err != nil {
			return nil, fmt.Errorf("list cases: %w", err)
		}
		sm.Routes, sm.ReceivedAt = split(routes), sm.ReceivedAt.UTC()
		if dl := d.deadlines(); len(dl) > 0 {
			sm.NextDue, sm.NextDueKind = &dl[0].Due, dl[0].Kind
		}
		out = append(out, sm)
	}
	return out, rows.Err()
}

// MyReport is what a logged-in reporter sees of their own report.
type MyReport struct {
	Postbox
	Kind     string `json:"soort"`
	Category string `json:"categorie"`
}

// MyReports returns the named and confidential reports the actor filed themselves.
func (s *Service) MyReports(ctx context.Context, a access.Actor) ([]MyReport, error) {
	if err := a.Require(access.IntegrityReport); err != nil {
		return nil, err
	}
	rows, err := s.db.Query(ctx, `SELECT number FROM integrity_cases WHERE reporter_ref = ? ORDER BY received_at DESC`, s.reporterRef(a.Username))
	if err != nil {
		return nil, fmt.Errorf("list own reports: %w", err)
	}
	var numbers []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			rows.Close()
			return nil, err
		}
		numbers = append(numbers, n)
	}
	rows.Close()
	var out []MyReport
	for _, n := range numbers {
		r, err := s.myReport(ctx, s.db, a, n)
		if err != nil {
			return nil, err
		}
		out = append(out, *r)
	}
	return out, nil
}

func (s *Service) myReport(ctx context.Context, q querier, a access.Actor, number string) (*MyReport, error) {
	c, err := load(ctx, q, number)
	if err != nil {
		return nil, err
	}
	if c.reporterRef == "" || c.reporterRef != s.reporterRef(a.Username) {
		return nil, notFound(number)
	}
	msgs, err := s.loadMessages(ctx, q, c)
	if err != nil {
		return nil, err
	}
	return &MyReport{Postbox: Postbox{Number: c.Number, Status: c.Status, ReceivedAt: c.ReceivedAt, AckDue: c.AckDue, FeedbackDue: c.FeedbackDue,
		Acknowledged: c.AcknowledgedAt, FeedbackAt: c.FeedbackAt, Messages: msgs}, Kind: c.Kind, Category: c.Category}, nil
}

// ReplyMine adds the reporter's own answer or new information to the postbox of their report.
func (s *Service) ReplyMine(ctx context.Context, a access.Actor, number, body string) (*MyReport, error) {
	if err := a.Require(access.IntegrityReport); err != nil {
		return nil, err
	}
	err := s.db.InTx(ctx, func(tx *db.Tx) error {
		if _, err := s.myReport(ctx, tx, a, number); err != nil {
			return err
		}
		c, err := load(ctx, tx, number)
		if err != nil {
			return err
		}
		if c.Status == StatusClosed {
			return stelsel.Errorf(stelsel.ECONFLICT, "deze melding is afgesloten; doe zo nodig een nieuwe melding")
		}
		if err := s.addMessage(ctx, tx, c, false, "melder", body); err != nil {
			return err
		}
		return s.audit(ctx, tx, a, access.ActionChange, c, "", "postbus", "bericht van melder")
	})
	if err != nil {
		return nil, err
	}
	return s.myReport(ctx, s.db, a, number)
}
