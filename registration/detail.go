package registration

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"stelsel"
	"stelsel/access"
)

// Get returns one registration with its text, hits, versions and decisions, and writes
// the read to the audit trail with the reason given. Analysts see every registration,
// detectives those of their units, basisteam officers only coded registrations of their
// own unit; anything else answers ENOTFOUND, exactly like a missing number.
func (s *Service) Get(ctx context.Context, a access.Actor, number, reason string) (*Detail, error) {
	if a.Anonymous() {
		return nil, stelsel.Errorf(stelsel.EUNAUTHORIZED, "niet ingelogd")
	}
	if !a.Has(access.ReadRegistration) && !a.Has(access.ReadCodedOnly) {
		return nil, a.Require(access.ReadRegistration)
	}
	notFound := stelsel.Errorf(stelsel.ENOTFOUND, "registratie %s niet gevonden", number)
	// A missing number and one the actor may not see do the same work: every read of
	// detail (it goes on for a missing number), then one refusal in the audit trail; the
	// same answer after the same statements, so timing does not tell them apart.
	d, err := s.detail(ctx, number)
	missing := errors.Is(err, sql.ErrNoRows)
	if err != nil && !missing {
		return nil, err
	}
	if missing || !s.visible(a, d) {
		var unit string // for the auditor: whose registration was asked for
		if !missing {
			unit = d.Unit
		}
		if err := s.trail.Record(ctx, a, access.Entry{Action: access.ActionDenied, ObjectKind: "registration", ObjectID: number, Unit: unit, Reason: reason}); err != nil {
			return nil, err
		}
		return nil, notFound
	}
	if err := s.trail.Record(ctx, a, access.Entry{Action: access.ActionView, ObjectKind: "registration", ObjectID: number, Unit: d.Unit, Reason: reason}); err != nil {
		return nil, err
	}
	return d, nil
}

// visible applies the read rules of Get.
func (s *Service) visible(a access.Actor, d *Detail) bool {
	if a.CanUnit(access.ReadRegistration, d.Unit) {
		return true
	}
	return a.CanUnit(access.ReadCodedOnly, d.Unit) && d.Current != nil && d.Current.Coded() && d.Current.EffectiveAt != nil
}

// detail reads everything about number, unchecked and unaudited. A missing number gives
// sql.ErrNoRows after the same reads as a stored one (they find nothing), so a refusal
// of either costs the same (Get).
func (s *Service) detail(ctx context.Context, number string) (*Detail, error) {
	d := &Detail{}
	g := &d.Registration
	var kind string
	var committed sql.NullTime
	err := s.db.QueryRow(ctx, `SELECT r.id, r.number, r.kind, r.unit, r.team, r.incident_code, r.summary, r.committed_at, r.registered_at,
			r.municipality, r.address, r.platform, r.person, r.version, r.hash, r.lexicon, r.flagged, v.text
		FROM registrations r JOIN registration_versions v ON v.registration_id = r.id AND v.version = r.version
		WHERE r.number = ?`, number).Scan(&d.id, &g.Number, &kind, &g.Unit, &g.Team, &g.IncidentCode, &g.Summary, &committed,
		&g.RegisteredAt, &g.Municipality, &g.Address, &g.Platform, &g.Person, &g.Version, &g.Hash, &g.Lexicon, &g.Flagged, &g.Text)
	missing := errors.Is(err, sql.ErrNoRows)
	if err != nil && !missing {
		return nil, fmt.Errorf("read registration %s: %w", number, err)
	}
	if missing {
		d.id, g.Number = 0, number // the reads below find nothing
	}
	g.Kind, g.RegisteredAt = Kind(kind), g.RegisteredAt.UTC()
	if committed.Valid {
		g.CommittedAt = committed.Time.UTC()
	}
	if err := s.db.QueryRow(ctx, "SELECT status FROM queue_items WHERE number = ?", number).Scan(&d.Status); err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("read queue item %s: %w", number, err)
	}
	if err := s.readHits(ctx, d); err != nil {
		return nil, err
	}
	d.SuggestedIndications = s.suggestIndications(d.Hits)
	if err := s.readVersions(ctx, d); err != nil {
		return nil, err
	}
	decs, err := s.decisions(ctx, number)
	if err != nil {
		return nil, err
	}
	d.Decisions = decs
	for i := len(decs) - 1; i >= 0; i-- {
		if decs[i].UndoneAt != nil {
			continue // undone: the one before it counts again
		}
		cur := decs[i]
		d.Current = &cur
		d.LexiconChanged = cur.Lexicon != g.Lexicon
		d.TextChanged = cur.Version != g.Version
		break
	}
	if missing {
		return nil, sql.ErrNoRows
	}
	return d, nil
}

func (s *Service) readHits(ctx context.Context, d *Detail) error {
	rows, err := s.db.Query(ctx, `SELECT term, grounds, mode, strength, start_pos, end_pos, matched, score, explanation FROM hits
		WHERE registration_id = ? AND version = ? AND lexicon = ? ORDER BY seq`, d.id, d.Version, d.Lexicon)
	if err != nil {
		return fmt.Errorf("read hits %s: %w", d.Number, err)
	}
	defer rows.Close()
	seen := map[string]bool{}
	for rows.Next() {
		var h Hit
		var grounds string
		if err := rows.Scan(&h.Term, &grounds, &h.Mode, &h.Strength, &h.Start, &h.End, &h.Match, &h.Score, &h.Explanation); err != nil {
			return fmt.Errorf("read hits %s: %w", d.Number, err)
		}
		h.Grounds = splitList(grounds)
		for _, gr := range h.Grounds {
			seen[gr] = true
		}
		d.Hits = append(d.Hits, h)
	}
	for _, code := range s.cat.Grounds.Codes() { // catalog order
		if seen[code] {
			d.Grounds = append(d.Grounds, code)
		}
	}
	return rows.Err()
}

func (s *Service) readVersions(ctx context.Context, d *Detail) error {
	rows, err := s.db.Query(ctx, `SELECT version, hash, summary, text, source, imported_at, registered_at FROM registration_versions
		WHERE registration_id = ? ORDER BY version`, d.id)
	if err != nil {
		return fmt.Errorf("read versions %s: %w", d.Number, err)
	}
	defer rows.Close()
	for rows.Next() {
		var v Version
		if err := rows.Scan(&v.Version, &v.Hash, &v.Summary, &v.Text, &v.Source, &v.ImportedAt, &v.RegisteredAt); err != nil {
			return fmt.Errorf("read versions %s: %w", d.Number, err)
		}
		v.ImportedAt, v.RegisteredAt = v.ImportedAt.UTC(), v.RegisteredAt.UTC()
		d.Versions = append(d.Versions, v)
	}
	return rows.Err()
}

const decisionCols = `id, number, version, lexicon, kind, articles, grounds, indications, manifestation, referral, adv, reason,
	rationale, reviewer, reviewer_name, decided_at, needs_confirmation, confirmed_by, confirmed_at, effective_at, supersedes,
	undone_at, undone_by`

func scanDecision(sc interface{ Scan(...any) error }) (Decision, error) {
	var d Decision
	var articles, grounds, indications string
	var confirmed, effective, undone sql.NullTime
	var supersedes sql.NullInt64
	err := sc.Scan(&d.ID, &d.Number, &d.Version, &d.Lexicon, &d.Kind, &articles, &grounds, &indications, &d.Manifestation,
		&d.Referral, &d.ADV, &d.Reason, &d.Rationale, &d.Reviewer, &d.ReviewerName, &d.DecidedAt, &d.NeedsConfirmation,
		&d.ConfirmedBy, &confirmed, &effective, &supersedes, &undone, &d.UndoneBy)
	if err != nil {
		return d, err
	}
	d.Articles, d.Grounds, d.Indications = splitList(articles), splitList(grounds), splitList(indications)
	d.DecidedAt = d.DecidedAt.UTC()
	d.ConfirmedAt, d.EffectiveAt, d.UndoneAt = ptrTime(confirmed), ptrTime(effective), ptrTime(undone)
	d.Supersedes = supersedes.Int64
	return d, nil
}

func ptrTime(t sql.NullTime) *time.Time {
	if !t.Valid {
		return nil
	}
	u := t.Time.UTC()
	return &u
}

// decisions returns the decisions on number, oldest first.
func (s *Service) decisions(ctx context.Context, number string) ([]Decision, error) {
	rows, err := s.db.Query(ctx, "SELECT "+decisionCols+" FROM decisions WHERE number = ? ORDER BY id", number)
	if err != nil {
		return nil, fmt.Errorf("read decisions %s: %w", number, err)
	}
	defer rows.Close()
	var out []Decision
	for rows.Next() {
		d, err := scanDecision(rows)
		if err != nil {
			return nil, fmt.Errorf("read decisions %s: %w", number, err)
		}
		out = append(out, d)
	}
	return out, rows.Err()
}
