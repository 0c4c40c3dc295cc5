package registration

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"stelsel"
	"stelsel/access"
	"stelsel/catalog"
)

// IncidentFilter selects the decided discrimination incidents for figures: registrations
// registered in [From, To) whose decision in force at the data moment At gives them a
// discrimination code.
type IncidentFilter struct {
	From, To time.Time // registration date, required
	// At is the data moment: decisions made and confirmed after it do not count, so that
	// figures computed again for the same moment come out the same. Zero: now.
	At time.Time
}

// Incident is one coded discrimination incident as figures need it: no number, no text,
// no names, no place below the unit. Unit and date are those of the version decided on.
type Incident struct {
	DecisionKind  string    `json:"beoordeling"` // discriminatie or codis
	Unit          string    `json:"eenheid"`
	RegisteredAt  time.Time `json:"registratiedatum"`
	Grounds       []string  `json:"gronden"`
	Indications   []string  `json:"indicaties"`
	Manifestation string    `json:"verschijningsvorm"`
	Referral      bool      `json:"doorverwijzing_adv"`
}

// Has reports whether the incident carries indication code.
func (in Incident) Has(indication string) bool {
	for _, i := range in.Indications {
		if i == indication {
			return true
		}
	}
	return false
}

// Incidents returns the coded incidents of a period as the decisions stood at the data
// moment, ordered by registration date. The decision in force at the moment is the latest
// one made by then; it counts when it is coded (discriminatie, codis) and was in force
// (confirmed, under four-eyes) by then. The actor needs access.ReadFigures; with unit
// scope only the actor's units are counted. Incidents carry no case content, so the read
// is not a read of a person's data and is not audited here; the report package audits
// what it hands out.
func (s *Service) Incidents(ctx context.Context, a access.Actor, f IncidentFilter) ([]Incident, error) {
	if err := a.Require(access.ReadFigures); err != nil {
		return nil, err
	}
	if f.From.IsZero() || f.To.IsZero() || !f.From.Before(f.To) {
		return nil, stelsel.Invalid("periode", "geef een periode met een begin vóór het einde")
	}
	at := f.At
	if at.IsZero() {
		at = s.clock()
	}
	// The decision carries the unit and registration date of the version decided on
	// (migration 00720), so figures read the decisions alone, by registration date.
	q := `SELECT d.kind, d.unit, d.registered_at, d.grounds, d.indications, d.manifestation, d.referral
		FROM decisions d
		WHERE d.registered_at >= ? AND d.registered_at < ? AND d.kind IN (?, ?)
		  AND d.effective_at IS NOT NULL AND d.effective_at <= ? AND d.decided_at <= ? AND (d.undone_at IS NULL OR d.undone_at > ?)
		  AND NOT EXISTS (SELECT 1 FROM decisions n WHERE n.number = d.number AND n.id > d.id AND n.decided_at <= ?
		                  AND (n.undone_at IS NULL OR n.undone_at > ?))`
	// An undone decision (Undo) counted until it was undone, so a figure of an earlier
	// moment stays as it was.
	args := []any{f.From.UTC(), f.To.UTC(), catalog.DecisionDiscrimination, catalog.DecisionCodis, at.UTC(), at.UTC(), at.UTC(), at.UTC(), at.UTC()}
	units, all := a.UnitScope(access.ReadFigures)
	if !all {
		if len(units) == 0 {
			return nil, nil
		}
		q += " AND d.unit IN (" + strings.TrimSuffix(strings.Repeat("?, ", len(units)), ", ") + ")"
		for _, u := range units {
			args = append(args, u)
		}
	}
	q += " ORDER BY d.registered_at, d.id"
	rows, err := s.db.Query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("read incidents: %w", err)
	}
	defer rows.Close()
	var out []Incident
	for rows.Next() {
		var in Incident
		var grounds, indications string
		var reg sql.NullTime
		if err := rows.Scan(&in.DecisionKind, &in.Unit, &reg, &grounds, &indications, &in.Manifestation, &in.Referral); err != nil {
			return nil, fmt.Errorf("read incidents: %w", err)
		}
		in.RegisteredAt = reg.Time.UTC()
		in.Grounds, in.Indications = splitList(grounds), splitList(indications)
		out = append(out, in)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read incidents: %w", err)
	}
	return out, nil
}
