package integrity

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"stelsel"
	"stelsel/access"
	"stelsel/db"
)

// walled are the two tracks that are kept apart: nobody works on both in one case, and
// neither dossier is readable from the other.
func other(track string) string {
	switch track {
	case TrackDisciplinary:
		return TrackCriminal
	case TrackCriminal:
		return TrackDisciplinary
	}
	return ""
}

// Assign puts a person on a track of the case (or, with TrackCare, the counsellor on the
// care record). The person must hold a role for the track and must not be a subject of
// the case; nobody works on both the disciplinary and the criminal track of one case.
func (s *Service) Assign(ctx context.Context, a access.Actor, number, track, username, reason string) (*Case, error) {
	username, reason = strings.ToLower(strings.TrimSpace(username)), strings.TrimSpace(reason)
	if _, ok := trackPermission[track]; !ok {
		return nil, stelsel.Invalid("spoor", "toewijzen: onbekend spoor %q (kies uit: %s, %s)", track, strings.Join(Tracks, ", "), TrackCare)
	}
	if reason == "" {
		return nil, stelsel.Invalid("reden", "toewijzen: geef de reden")
	}
	if s.users == nil {
		return nil, fmt.Errorf("assign: no user store")
	}
	if err := a.Require(access.IntegrityAssign); err != nil {
		return nil, notFound(number)
	}
	who, err := s.users.Actor(ctx, username)
	if stelsel.ErrorCode(err) == stelsel.ENOTFOUND {
		return nil, stelsel.Invalid("gebruikersnaam", "toewijzen: gebruiker %q bestaat niet of is uitgeschakeld", username)
	} else if err != nil {
		return nil, err
	}
	return s.change(ctx, a, number, 0, func(tx *db.Tx, c *Case) error {
		if !can(a, access.IntegrityAssign, c) {
			return notFound(number)
		}
		if track != TrackCare && !c.hasTrack(track) {
			return stelsel.Errorf(stelsel.ECONFLICT, "zaak %s heeft geen %s spoor", c.Number, strings.ToLower(TrackLabel(track)))
		}
		if c.isSubject(username) {
			return stelsel.Invalid("gebruikersnaam", "%s is betrokkene in zaak %s en kan er niet aan worden toegewezen", username, c.Number)
		}
		if o := other(track); o != "" && c.assigned(username, o) {
			return stelsel.Invalid("gebruikersnaam", "%s werkt al aan het %s spoor van zaak %s; het disciplinaire en het strafrechtelijke onderzoek worden door verschillende mensen gedaan",
				username, strings.ToLower(TrackLabel(o)), c.Number)
		}
		if c.assigned(username, track) {
			return stelsel.Errorf(stelsel.ECONFLICT, "%s is al toegewezen aan dit spoor van %s", username, c.Number)
		}
		r := who.Reach(trackPermission[track])
		if !r.Any() || (!r.Assigned && !r.National && !slices.Contains(who.Units, c.Unit)) {
			return stelsel.Invalid("gebruikersnaam", "%s heeft geen rol voor het spoor %s in eenheid %s", username, strings.ToLower(TrackLabel(track)), c.Unit)
		}
		now := s.clock()
		if _, err := tx.Exec(ctx, `INSERT INTO integrity_assignments (case_id, track, username, unit, assigned_by, assigned_at, reason) VALUES (?, ?, ?, ?, ?, ?, ?)`,
			c.ID, track, username, c.Unit, a.Username, now, reason); err != nil {
			return fmt.Errorf("assign %s: %w", c.Number, err)
		}
		c.assignments = append(c.assignments, Assignment{Track: track, Username: username, AssignedBy: a.Username, AssignedAt: now, Reason: reason})
		return s.audit(ctx, tx, a, "assign", c, track, reason, "toegewezen: "+username)
	})
}

// Unassign takes a person off a track of the case.
func (s *Service) Unassign(ctx context.Context, a access.Actor, number, track, username, reason string) (*Case, error) {
	if !a.Has(access.IntegrityAssign) {
		return nil, notFound(number)
	}
	username, reason = strings.ToLower(strings.TrimSpace(username)), strings.TrimSpace(reason)
	if reason == "" {
		return nil, stelsel.Invalid("reden", "toewijzing intrekken: geef de reden")
	}
	return s.change(ctx, a, number, 0, func(tx *db.Tx, c *Case) error {
		if !can(a, access.IntegrityAssign, c) {
			return notFound(number)
		}
		if !c.assigned(username, track) {
			return stelsel.Errorf(stelsel.ECONFLICT, "%s is niet toegewezen aan dit spoor van %s", username, c.Number)
		}
		if _, err := tx.Exec(ctx, `DELETE FROM integrity_assignments WHERE case_id = ? AND track = ? AND username = ?`, c.ID, track, username); err != nil {
			return fmt.Errorf("unassign %s: %w", c.Number, err)
		}
		return s.audit(ctx, tx, a, "unassign", c, track, reason, "toewijzing ingetrokken: "+username)
	})
}

// EntryInput is a new dossier entry.
type EntryInput struct {
	Kind   string     `json:"soort"`
	Body   string     `json:"tekst"`
	OnDate *time.Time `json:"datum"`
}

// MaxEntry is the longest dossier entry, in bytes.
const MaxEntry = 50000

func validEntry(body string) error {
	if strings.TrimSpace(body) == "" {
		return stelsel.Invalid("tekst", "dossier: de tekst ontbreekt")
	}
	if len(body) > MaxEntry || !utf8.ValidString(body) {
		return stelsel.Invalid("tekst", "dossier: langer dan %d tekens of geen geldige tekst", MaxEntry)
	}
	return nil
}

// AddEntry adds a note, interview, document or finding to a track's dossier; only those
// who may read the track may write it.
func (s *Service) AddEntry(ctx context.Context, a access.Actor, number, track string, in EntryInput) (*Case, error) {
	if p, ok := trackPermission[track]; !ok || track == TrackCare || !a.Has(p) {
		return nil, notFound(number)
	}
	if !slices.Contains(entryKinds, in.Kind) {
		return nil, stelsel.Invalid("soort", "dossier: kies een soort (%s)", strings.Join(entryKinds, ", "))
	}
	if err := validEntry(in.Body); err != nil {
		return nil, err
	}
	return s.change(ctx, a, number, 0, func(tx *db.Tx, c *Case) error {
		if !canTrack(a, c, track) {
			return notFound(number)
		}
		if _, err := s.insertEntry(ctx, tx, c, track, in.Kind, "", in.Body, in.OnDate, a.Username, 0); err != nil {
			return err
		}
		return s.audit(ctx, tx, a, access.ActionChange, c, track, "dossier", "dossierstuk: "+in.Kind)
	})
}

func (s *Service) insertEntry(ctx context.Context, tx *db.Tx, c *Case, track, kind, step, body string, on *time.Time, author string, from int64) (int64, error) {
	var fromArg any
	if from > 0 {
		fromArg = from
	}
	var id int64
	err := tx.QueryRow(ctx, `INSERT INTO integrity_entries (case_id, track, kind, step, body, on_date, author, created_at, transferred_from)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`, c.ID, track, kind, step, strings.TrimSpace(body), nt(on), author, s.clock(), fromArg).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("store dossier entry of %s: %w", c.Number, err)
	}
	return id, nil
}

// Transfer is the competent authority's reasoned decision to move one dossier entry from
// the disciplinary to the criminal track or back. It is the only way information crosses
// between the two; the copy names its origin and the decision is audited.
func (s *Service) Transfer(ctx context.Context, a access.Actor, number string, entryID int64, to, reason string) (*Case, error) {
	if !a.Has(access.IntegrityTransfer) {
		return nil, notFound(number)
	}
	reason = strings.TrimSpace(reason)
	if reason == "" {
		return nil, stelsel.Invalid("reden", "overdracht: motiveer het besluit")
	}
	if other(to) == "" {
		return nil, stelsel.Invalid("naar", "overdracht: alleen tussen het disciplinaire en het strafrechtelijke spoor")
	}
	return s.change(ctx, a, number, 0, func(tx *db.Tx, c *Case) error {
		if !can(a, access.IntegrityTransfer, c) {
			return notFound(number)
		}
		from := other(to)
		if !c.hasTrack(to) || !c.hasTrack(from) {
			return stelsel.Errorf(stelsel.ECONFLICT, "zaak %s heeft niet beide sporen", c.Number)
		}
		var body, kind string
		err := tx.QueryRow(ctx, `SELECT body, kind FROM integrity_entries WHERE id = ? AND case_id = ? AND track = ?`, entryID, c.ID, from).Scan(&body, &kind)
		if err != nil {
			return stelsel.Invalid("stuk", "overdracht: stuk %d staat niet in het %s spoor van %s", entryID, strings.ToLower(TrackLabel(from)), c.Number)
		}
		text := fmt.Sprintf("Overgedragen uit het %s spoor (stuk %d, %s) bij besluit van %s: %s\n\n%s", strings.ToLower(TrackLabel(from)), entryID, EntryLabel(kind), a.Name, reason, body)
		if _, err := s.insertEntry(ctx, tx, c, to, EntryTransfer, "", text, nil, a.Username, entryID); err != nil {
			return err
		}
		return s.audit(ctx, tx, a, "transfer", c, to, reason, fmt.Sprintf("stuk %d van %s naar %s", entryID, from, to))
	})
}
