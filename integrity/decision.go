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

// StepInput is one step of the disciplinary decision chain.
type StepInput struct {
	Step   string     `json:"stap"`
	OnDate *time.Time `json:"datum"`
	Body   string     `json:"tekst"`
	// Days overrides the default term that the step starts (the zienswijze: 14 days).
	Days int `json:"termijn_dagen"`
}

// stepRight is who records a step: the disciplinary track's people, the jurist, or the
// competent authority.
func stepAllowed(a access.Actor, c *Case, step string) bool {
	switch step {
	case "juridisch_advies":
		return can(a, access.IntegrityAdvise, c)
	case "voornemen", "besluit", "beslissing_bezwaar":
		return can(a, access.IntegrityDecide, c)
	}
	return canTrack(a, c, TrackDisciplinary)
}

// Step records a step of the disciplinary chain: investigation report -> jurist advice ->
// intended decision -> the employee's view -> decision -> objection -> decision on the
// objection -> appeal. Steps come in this order (objection and appeal are optional); each
// is dated, by whom, with its text, and starts the next deadline.
func (s *Service) Step(ctx context.Context, a access.Actor, number string, in StepInput) (*Case, error) {
	if !a.Has(access.TrackDisciplinary) && !a.Has(access.IntegrityAdvise) && !a.Has(access.IntegrityDecide) {
		return nil, notFound(number)
	}
	order := s.ic.Steps.Codes()
	idx := slices.Index(order, in.Step)
	if idx < 0 {
		return nil, stelsel.Invalid("stap", "onbekende stap %q (kies uit: %s)", in.Step, strings.Join(order, ", "))
	}
	if err := validEntry(in.Body); err != nil {
		return nil, err
	}
	if in.Days < 0 || in.Days > 365 {
		return nil, stelsel.Invalid("termijn_dagen", "stap: termijn van %d dagen kan niet", in.Days)
	}
	return s.change(ctx, a, number, 0, func(tx *db.Tx, c *Case) error {
		if !c.hasTrack(TrackDisciplinary) || !stepAllowed(a, c, in.Step) {
			return notFound(number)
		}
		var last string
		if err := tx.QueryRow(ctx, `SELECT step FROM integrity_entries WHERE case_id = ? AND track = ? AND kind = ? ORDER BY id DESC LIMIT 1`,
			c.ID, TrackDisciplinary, EntryStep).Scan(&last); err != nil {
			last = ""
		}
		li := slices.Index(order, last)
		if idx != li+1 {
			want := order[0]
			if li+1 < len(order) {
				want = order[li+1]
			}
			if last == "" {
				return stelsel.Invalid("stap", "zaak %s: de keten begint met %s", c.Number, strings.ToLower(s.ic.Steps.Label(order[0])))
			}
			return stelsel.Invalid("stap", "zaak %s: na %s komt %s, niet %s", c.Number, strings.ToLower(s.ic.Steps.Label(last)),
				strings.ToLower(s.ic.Steps.Label(want)), strings.ToLower(s.ic.Steps.Label(in.Step)))
		}
		on := s.clock()
		if in.OnDate != nil {
			on = in.OnDate.UTC()
		}
		if _, err := s.insertEntry(ctx, tx, c, TrackDisciplinary, EntryStep, in.Step, in.Body, &on, a.Username, 0); err != nil {
			return err
		}
		d := s.ic.Deadlines
		days := func(def int) int {
			if in.Days > 0 {
				return in.Days
			}
			return def
		}
		var due time.Time
		switch in.Step {
		case "voornemen":
			due, c.StepDueKind = on.AddDate(0, 0, days(d.ZienswijzeDays)), DueZienswijze
		case "zienswijze":
			due, c.StepDueKind = on.AddDate(0, 0, days(d.DecisionDays)), DueDecision
		case "besluit":
			due, c.StepDueKind = on.AddDate(0, 0, days(d.ObjectionDays)), DueObjection
		case "bezwaar":
			due, c.StepDueKind = on.AddDate(0, 0, days(d.ObjectionDecisionDays)), DueObjectionDecision
		}
		if due.IsZero() {
			c.StepDue = nil
		} else {
			c.StepDue = &due
		}
		if err := saveDues(ctx, tx, c); err != nil {
			return err
		}
		return s.audit(ctx, tx, a, "step", c, TrackDisciplinary, in.Step, "stap: "+in.Step)
	})
}

// OMDecision records a decision of the Openbaar Ministerie in the criminal track.
func (s *Service) OMDecision(ctx context.Context, a access.Actor, number, decision string, on *time.Time, body string) (*Case, error) {
	if !a.Has(access.TrackCriminal) {
		return nil, notFound(number)
	}
	if !s.ic.OMDecisions.Has(decision) {
		return nil, stelsel.Invalid("beslissing", "onbekende beslissing van het OM %q (kies uit: %s)", decision, strings.Join(s.ic.OMDecisions.Codes(), ", "))
	}
	if strings.TrimSpace(body) == "" {
		body = s.ic.OMDecisions.Label(decision)
	}
	return s.change(ctx, a, number, 0, func(tx *db.Tx, c *Case) error {
		if !canTrack(a, c, TrackCriminal) {
			return notFound(number)
		}
		d := s.clock()
		if on != nil {
			d = on.UTC()
		}
		if _, err := s.insertEntry(ctx, tx, c, TrackCriminal, EntryOM, decision, body, &d, a.Username, 0); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `UPDATE integrity_cases SET om_decision = ? WHERE id = ?`, decision, c.ID); err != nil {
			return fmt.Errorf("om decision %s: %w", c.Number, err)
		}
		c.Outcome.OMDecision = decision
		return s.audit(ctx, tx, a, "om.decision", c, TrackCriminal, decision, "beslissing OM: "+decision)
	})
}
