package integrity

import (
	"context"
	"fmt"
	"slices"
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
	// One audit line for the case and one per dossier read, written together.
	lines := []access.Entry{s.auditEntry(access.ActionView, c, "", reason, "zaak ingezien")}
	for _, t := range c.Tracks {
		if t.Readable {
			lines = append(lines, s.auditEntry(access.ActionView, c, t.Track, reason, "dossier ingezien"))
		}
	}
	return c, s.trail.RecordAll(ctx, a, lines...)
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
	// The dossiers of every track the actor may read, in one query each for entries
	// and attachments (not one per track).
	var readable []string
	for _, t := range c.trackRows {
		if canTrack(a, c, t.Track) {
			readable = append(readable, t.Track)
		}
	}
	entries, err := s.loadDossiers(ctx, q, c, readable)
	if err != nil {
		return err
	}
	attachments, err := s.loadAttachments(ctx, q, c, readable)
	if err != nil {
		return err
	}
	for _, t := range c.trackRows {
		t.Readable = slices.Contains(readable, t.Track)
		if !t.Readable && !caseLevel {
			continue // a track one may not read stays invisible, even its existence
		}
		for _, as := range c.assignments {
			if as.Track == t.Track {
				t.Assignments = append(t.Assignments, as)
			}
		}
		if t.Readable {
			t.Entries, t.Attachments = entries[t.Track], attachments[t.Track]
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
	sc, err := s.visible(ctx, s.db, a)
	if err != nil {
		return nil, err
	}
	return s.list(ctx, sc, f)
}

// Page is one page of the actor's case list with the counts beside it.
type Page struct {
	Cases  []Summary      `json:"zaken"`
	Offset int            `json:"vanaf"`
	Limit  int            `json:"aantal_per_pagina"`
	Total  int            `json:"totaal"`     // the cases meeting the filter
	Counts map[string]int `json:"per_status"` // every status, for the filter's unit, whatever the status filter
}

// ListPage returns one page of the cases the actor may see, newest first, with the
// number of cases meeting the filter and the counts per status, all computed by the
// database (the page never loads more than its own rows).
func (s *Service) ListPage(ctx context.Context, a access.Actor, f Filter) (*Page, error) {
	if a.Anonymous() {
		return nil, stelsel.Errorf(stelsel.EUNAUTHORIZED, "niet ingelogd")
	}
	sc, err := s.visible(ctx, s.db, a)
	if err != nil {
		return nil, err
	}
	f.Limit, f.Offset = pageLimit(f.Limit), max(f.Offset, 0)
	cases, err := s.list(ctx, sc, f)
	if err != nil {
		return nil, err
	}
	p := &Page{Cases: cases, Offset: f.Offset, Limit: f.Limit, Counts: map[string]int{}}
	if q, qa := sc.counted(strings.ToUpper(f.Unit)); q != "" {
		rows, err := s.db.Query(ctx, q, qa...)
		if err != nil {
			return nil, fmt.Errorf("count cases: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var st string
			var n int
			if err := rows.Scan(&st, &n); err != nil {
				return nil, fmt.Errorf("count cases: %w", err)
			}
			p.Counts[st] += n
		}
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	for st, n := range p.Counts {
		if f.Status == "" || f.Status == st || (f.Status == "open" && st != StatusClosed) {
			p.Total += n
		}
	}
	return p, nil
}

func pageLimit(n int) int {
	if n <= 0 || n > 1000 {
		return 100
	}
	return n
}

func unitWhere(unit string) (string, []any) {
	if unit == "" {
		return "1 = 1", nil
	}
	return "c.unit = ?", []any{strings.ToUpper(unit)}
}

const summaryColumns = `c.number, c.unit, c.kind, c.category, c.status, c.routes, c.received_at,
		c.ack_due, c.feedback_due, c.triage_due, c.step_due, c.step_due_kind`

func (s *Service) list(ctx context.Context, sc scope, f Filter) ([]Summary, error) {
	where, args := unitWhere(f.Unit)
	switch f.Status {
	case "":
	case "open":
		where += " AND c.status <> ?"
		args = append(args, StatusClosed)
	default:
		if _, ok := statusLabels[f.Status]; !ok {
			return nil, stelsel.Invalid("status", "onbekende status %q", f.Status)
		}
		where += " AND c.status = ?"
		args = append(args, f.Status)
	}
	if len(sc.branches) == 0 {
		return nil, nil
	}
	f.Limit, f.Offset = pageLimit(f.Limit), max(f.Offset, 0)
	const order = "c.received_at DESC, c.id DESC"
	var q string
	var qa []any
	if len(sc.branches) == 1 {
		b := sc.branches[0]
		q = `SELECT ` + summaryColumns + ` FROM integrity_cases c WHERE ` + b.cond + ` AND ` + where + ` ORDER BY ` + order + ` LIMIT ? OFFSET ?`
		qa = append(append(slices.Clone(b.args), args...), f.Limit, f.Offset)
	} else {
		ids, ia := sc.ids(where, args, order, f.Offset+f.Limit)
		q = `SELECT ` + summaryColumns + ` FROM integrity_cases c WHERE c.id IN (` + ids + `) ORDER BY ` + order + ` LIMIT ? OFFSET ?`
		qa = append(ia, f.Limit, f.Offset)
	}
	rows, err := s.db.Query(ctx, q, qa...)
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
