package integrity

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"stelsel"
	"stelsel/access"
	"stelsel/db"
)

// ConditionalDismissal is the sanction that carries conditions and a probation term.
const ConditionalDismissal = "voorwaardelijk_ontslag"

// CloseInput is the outcome and the learning registration at closure.
type CloseInput struct {
	Outcome  Outcome  `json:"uitkomst"`
	Learning Learning `json:"leerregistratie"`
	Version  int      `json:"versie"`
}

func (s *Service) validateClose(in *CloseInput) error {
	o := &in.Outcome
	if !s.ic.Outcomes.Has(o.Outcome) {
		return stelsel.Invalid("uitkomst", "afsluiten: kies de uitkomst (%s)", strings.Join(s.ic.Outcomes.Codes(), ", "))
	}
	if o.Outcome == "bewezen_straf" {
		if !s.cat.Sanctions.Has(o.Sanction) {
			return stelsel.Invalid("straf", "afsluiten: kies de straf uit art. 77 BARP (%s)", strings.Join(s.cat.Sanctions.Codes(), ", "))
		}
	} else if o.Sanction != "" {
		return stelsel.Invalid("straf", "afsluiten: een straf hoort alleen bij de uitkomst %q", s.ic.Outcomes.Label("bewezen_straf"))
	}
	o.SanctionConditions = strings.TrimSpace(o.SanctionConditions)
	if o.Sanction == ConditionalDismissal {
		if o.SanctionConditions == "" {
			return stelsel.Invalid("voorwaarden", "afsluiten: voorwaardelijk strafontslag vraagt de voorwaarden")
		}
		if o.SanctionTermMonths < 1 || o.SanctionTermMonths > 24 {
			return stelsel.Invalid("proeftijd_maanden", "afsluiten: de proeftijd van voorwaardelijk strafontslag is 1 tot 24 maanden")
		}
	} else if o.SanctionConditions != "" || o.SanctionTermMonths != 0 {
		return stelsel.Invalid("voorwaarden", "afsluiten: voorwaarden en proeftijd horen bij voorwaardelijk strafontslag")
	}
	o.EducationalMeasures = dedup(o.EducationalMeasures)
	for _, m := range o.EducationalMeasures {
		if !s.cat.EducationalMeasures.Has(m) {
			return stelsel.Invalid("opvoedkundige_maatregelen", "afsluiten: onbekende opvoedkundige maatregel %q (kies uit: %s)", m, strings.Join(s.cat.EducationalMeasures.Codes(), ", "))
		}
	}
	l := &in.Learning
	l.Factors, l.Measures, l.Lessons = dedup(l.Factors), dedup(l.Measures), strings.TrimSpace(l.Lessons)
	for _, f := range l.Factors {
		if !s.ic.Factors.Has(f) {
			return stelsel.Invalid("factoren", "leerregistratie: onbekende factor %q (kies uit: %s)", f, strings.Join(s.ic.Factors.Codes(), ", "))
		}
	}
	if len(l.Measures) == 0 {
		return stelsel.Invalid("maatregelen", "leerregistratie: kies de maatregelen (of %q)", s.ic.LessonMeasures.Label("geen"))
	}
	for _, m := range l.Measures {
		if !s.ic.LessonMeasures.Has(m) {
			return stelsel.Invalid("maatregelen", "leerregistratie: onbekende maatregel %q", m)
		}
	}
	if l.Lessons == "" {
		return stelsel.Invalid("lessen", "leerregistratie: schrijf de lessen op (ook: \"geen bijzondere lessen\")")
	}
	return nil
}

// Close ends a case with its outcome and the uniform learning registration. A case with
// an investigation track needs a return-to-team plan first.
func (s *Service) Close(ctx context.Context, a access.Actor, number string, in CloseInput) (*Case, error) {
	if !a.Has(access.IntegrityClose) {
		return nil, notFound(number)
	}
	if err := s.validateClose(&in); err != nil {
		return nil, err
	}
	return s.change(ctx, a, number, in.Version, func(tx *db.Tx, c *Case) error {
		if !can(a, access.IntegrityClose, c) && !slices.ContainsFunc(c.trackRows, func(t Track) bool {
			return reaches(a, access.IntegrityClose, c, t.Track)
		}) {
			return notFound(number)
		}
		if c.Status != StatusInProgress && c.Status != StatusToClose {
			return stelsel.Errorf(stelsel.ECONFLICT, "zaak %s kan nog niet worden gesloten (%s): eerst triage en bevestiging", c.Number, StatusLabel(c.Status))
		}
		if c.Category == "" {
			return stelsel.Invalid("categorie", "afsluiten van %s: de categorie ontbreekt", c.Number)
		}
		investigated := c.hasTrack(TrackDisciplinary) || c.hasTrack(TrackCriminal) || c.hasTrack(TrackLTIO)
		if investigated && (c.Care == nil || c.Care.ReturnPlan == "") {
			return stelsel.Invalid("terugkeerplan", "afsluiten van %s: leg eerst het plan voor een veilige terugkeer in het team vast (zorg en rechten)", c.Number)
		}
		if c.Status == StatusToClose && in.Outcome.Outcome != "geen_vervolg" {
			return stelsel.Invalid("uitkomst", "zaak %s is getrieerd als sluiten zonder vervolg", c.Number)
		}
		if in.Outcome.OMDecision == "" {
			in.Outcome.OMDecision = c.Outcome.OMDecision
		}
		now := s.clock()
		o, l := in.Outcome, in.Learning
		_, err := tx.Exec(ctx, `UPDATE integrity_cases SET status = ?, outcome = ?, sanction = ?, sanction_conditions = ?, sanction_term_months = ?,
			edu_measures = ?, om_decision = ?, factors = ?, lessons = ?, lesson_measures = ?, closed_at = ?, closed_by = ? WHERE id = ?`,
			StatusClosed, o.Outcome, o.Sanction, o.SanctionConditions, o.SanctionTermMonths, strings.Join(o.EducationalMeasures, ","), o.OMDecision,
			strings.Join(l.Factors, ","), l.Lessons, strings.Join(l.Measures, ","), now, a.Username, c.ID)
		if err != nil {
			return fmt.Errorf("close %s: %w", c.Number, err)
		}
		if _, err := tx.Exec(ctx, `UPDATE integrity_tracks SET closed_at = ? WHERE case_id = ? AND closed_at IS NULL`, now, c.ID); err != nil {
			return fmt.Errorf("close tracks of %s: %w", c.Number, err)
		}
		c.Status, c.Outcome, c.Learning, c.ClosedAt = StatusClosed, o, l, &now
		c.AckDue, c.TriageDue, c.StepDue = nil, nil, nil
		if err := saveDues(ctx, tx, c); err != nil {
			return err
		}
		return s.audit(ctx, tx, a, "close", c, "", "afsluiten", fmt.Sprintf("uitkomst=%s straf=%s maatregelen=%s", o.Outcome, o.Sanction, strings.Join(o.EducationalMeasures, ",")))
	})
}
