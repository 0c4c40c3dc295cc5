package registration

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"stelsel"
	"stelsel/access"
	"stelsel/catalog"
	"stelsel/db"
)

// DefaultUndoWindow is how long a reviewer may undo their own last decision (Undo) unless
// Service.UndoWindow says otherwise: long enough to notice a slip of the key, short
// enough that nobody builds on a decision that may still vanish.
const DefaultUndoWindow = 5 * time.Minute

// UndoUntil returns until when the actor may undo dec, or the zero time when they may
// not (another reviewer's, undone, confirmed, or too old). Undo checks the rest (the BVH
// export) when asked.
func (s *Service) UndoUntil(a access.Actor, dec *Decision) time.Time {
	if dec == nil || dec.Reviewer != a.Username || dec.UndoneAt != nil || dec.ConfirmedBy != "" || s.UndoWindow <= 0 {
		return time.Time{}
	}
	until := dec.DecidedAt.Add(s.UndoWindow)
	if !s.clock().Before(until) {
		return time.Time{}
	}
	return until
}

// Undo takes back the actor's own newest decision on a registration within UndoWindow of
// making it. The decision stays in the history, marked undone (sealed and audited like
// every change), and never counts again: the decision before it, if any, is in force
// again and the queue item returns to where that one left it (or to the open queue).
//
// Refused with ECONFLICT: a decision that is not the newest, another reviewer's, one a
// second reviewer already confirmed (four-eyes: a confirmed decision is changed only by a
// correction, which is confirmed in its turn), one older than the window, and one whose
// code already went to BVH in a code export (BVH has it: only a correction, sent with
// the next export, can change it). The actor needs access.Decide for the unit.
func (s *Service) Undo(ctx context.Context, a access.Actor, number string) (Decision, error) {
	if err := a.Require(access.Decide); err != nil {
		return Decision{}, err
	}
	var dec Decision
	err := s.db.InTx(ctx, func(tx *db.Tx) error {
		var unit string
		var version int
		var flagged bool
		lock := ""
		if tx.Dialect() == db.Postgres {
			lock = " FOR UPDATE"
		}
		err := tx.QueryRow(ctx, "SELECT unit, version, flagged FROM registrations WHERE number = ?"+lock, number).Scan(&unit, &version, &flagged)
		if errors.Is(err, sql.ErrNoRows) || (err == nil && !a.CanUnit(access.Decide, unit)) {
			return stelsel.Errorf(stelsel.ENOTFOUND, "registratie %s niet gevonden", number)
		}
		if err != nil {
			return fmt.Errorf("read registration %s: %w", number, err)
		}
		dec, err = scanDecision(tx.QueryRow(ctx, latestDecision, number))
		if errors.Is(err, sql.ErrNoRows) {
			return stelsel.Errorf(stelsel.ECONFLICT, "registratie %s heeft geen beoordeling om ongedaan te maken", number)
		}
		if err != nil {
			return fmt.Errorf("read decision %s: %w", number, err)
		}
		now := s.clock()
		kind := s.cat.DecisionKinds.Label(dec.Kind)
		switch {
		case dec.Reviewer != a.Username:
			return stelsel.Errorf(stelsel.ECONFLICT, "de laatste beoordeling van registratie %s (%s) is van %s; alleen uw eigen laatste beoordeling kunt u ongedaan maken. Sla zo nodig een correctie op.",
				number, kind, dec.ReviewerName)
		case dec.ConfirmedBy != "":
			return stelsel.Errorf(stelsel.ECONFLICT, "uw beoordeling van registratie %s is al bevestigd door %s (vier ogen); ongedaan maken kan niet meer. Sla zo nodig een correctie op.",
				number, dec.ConfirmedBy)
		case s.UndoWindow <= 0 || now.Sub(dec.DecidedAt) >= s.UndoWindow:
			return stelsel.Errorf(stelsel.ECONFLICT, "ongedaan maken kan tot %s na het opslaan; uw beoordeling van registratie %s is van %s. Sla zo nodig een correctie op.",
				minutes(s.UndoWindow), number, dec.DecidedAt.In(amsterdam).Format("02-01-2006 15:04"))
		}
		if dec.EffectiveAt != nil && dec.Kind != catalog.DecisionMoreInformation {
			var at sql.NullTime
			err := tx.QueryRow(ctx, "SELECT at FROM code_exports WHERE since <= ? AND until > ? ORDER BY at LIMIT 1", *dec.EffectiveAt, *dec.EffectiveAt).Scan(&at)
			if err == nil {
				return stelsel.Errorf(stelsel.ECONFLICT, "uw beoordeling van registratie %s is al naar BVH geëxporteerd (export van %s); ongedaan maken kan niet meer. "+
					"Sla een correctie op: die gaat met de volgende export mee.", number, at.Time.In(amsterdam).Format("02-01-2006 15:04"))
			}
			if !errors.Is(err, sql.ErrNoRows) {
				return fmt.Errorf("read code exports: %w", err)
			}
		}
		// An undone decision never counts: for the figures (superseded_at, migration 00730)
		// it was replaced the moment it was made, and the one before it was never replaced.
		res, err := tx.Exec(ctx, "UPDATE decisions SET undone_at = ?, undone_by = ?, superseded_at = decided_at WHERE id = ? AND undone_at IS NULL",
			now, a.Username, dec.ID)
		if err != nil {
			return fmt.Errorf("undo decision %d: %w", dec.ID, err)
		}
		if n, err := res.RowsAffected(); err != nil || n != 1 {
			return stelsel.Errorf(stelsel.ECONFLICT, "registratie %s is tegelijk gewijzigd; laad de registratie opnieuw", number)
		}
		dec.UndoneAt, dec.UndoneBy = &now, a.Username
		// The queue item goes back to the decision before, or to the queue.
		before, err := scanDecision(tx.QueryRow(ctx, latestDecision, number))
		hasBefore := err == nil
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("read decisions %s: %w", number, err)
		}
		if hasBefore {
			if _, err := tx.Exec(ctx, "UPDATE decisions SET superseded_at = NULL WHERE id = ?", before.ID); err != nil {
				return fmt.Errorf("restore decision %d: %w", before.ID, err)
			}
		}
		status := StatusOpen
		var beforeID, beforeVersion any
		if !flagged {
			status = StatusLapsed
		}
		if hasBefore {
			beforeID, beforeVersion = before.ID, before.Version
			if before.Version == version {
				status = decisionStatus(before)
			}
		}
		if _, err := tx.Exec(ctx, `UPDATE queue_items SET status = ?, decision_id = ?, decision_kind = ?, decided_version = ?,
				decided_lexicon = ?, decided_by = ?, updated_at = ?
			WHERE number = ? AND decision_id = ?`,
			status, beforeID, before.Kind, beforeVersion, before.Lexicon, before.Reviewer, now, number, dec.ID); err != nil {
			return fmt.Errorf("update queue item %s: %w", number, err)
		}
		detail, err := s.sealDetail(ctx, tx, dec.ID, fmt.Sprintf("beoordeling %d ongedaan gemaakt: %s", dec.ID, kind))
		if err != nil {
			return err
		}
		return s.trail.Append(ctx, tx, a, access.Entry{Action: access.ActionChange, ObjectKind: "registration", ObjectID: number, Unit: unit, Detail: detail})
	})
	if err != nil {
		return Decision{}, err
	}
	s.counts.invalidate()
	return dec, nil
}

// decisionStatus is the queue status a decision leaves its item in.
func decisionStatus(d Decision) string {
	switch {
	case d.Kind == catalog.DecisionMoreInformation:
		return StatusMoreInfo
	case d.NeedsConfirmation && d.ConfirmedBy == "":
		return StatusConfirm
	}
	return StatusDecided
}

// minutes says a duration in Dutch: "5 minuten", "1 minuut".
func minutes(d time.Duration) string {
	n := int(d.Round(time.Minute) / time.Minute)
	if n == 1 {
		return "1 minuut"
	}
	return fmt.Sprintf("%d minuten", n)
}
