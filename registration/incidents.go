package registration

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"stelsel"
	"stelsel/access"
	"stelsel/catalog"
	"stelsel/db"
)

// IncidentFilter selects the decided discrimination incidents for figures: registrations
// registered in [From, To) whose decision in force at the data moment At gives them a
// discrimination code.
type IncidentFilter struct {
	From, To time.Time // registration date, required
	// At is the data moment: decisions made and confirmed after it do not count, so that
	// figures computed again for the same moment come out the same. Zero: now.
	At time.Time
	// Without leaves fields out of a count (CountIncidents): the incidents are not told
	// apart by them and the groups carry them empty. Fewer fields, fewer groups.
	Without []IncidentField
}

// IncidentField names a field of Incident that CountIncidents can leave out.
type IncidentField string

// The fields CountIncidents can leave out.
const (
	FieldKind          IncidentField = "kind"
	FieldUnit          IncidentField = "unit"
	FieldGrounds       IncidentField = "grounds"
	FieldIndications   IncidentField = "indications"
	FieldManifestation IncidentField = "manifestation"
	FieldReferral      IncidentField = "referral"
)

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

// IncidentCount is a number of coded incidents registered in one period that are alike
// in everything an Incident says. Its RegisteredAt is the start of the period.
type IncidentCount struct {
	Incident
	Period int `json:"periode"` // index into the period starts asked for
	N      int `json:"aantal"`
}

// CountIncidents counts the coded incidents of a period as the decisions stood at the data
// moment, in the database: grouped by period and by everything an Incident says, so the
// work and the rows handed over grow with the kinds of incident, not with their number.
// periods are the starts of consecutive periods, the first f.From, each after the one
// before and before f.To; the last period ends at f.To. The groups come ordered by
// period, then by their fields.
//
// The decision in force at the moment is the latest one made by then; it counts when it
// is coded (discriminatie, codis) and was in force (confirmed, under four-eyes) by then.
// The actor needs access.ReadFigures; with unit scope only the actor's units are counted.
// Incidents carry no case content, so the read is not a read of a person's data and is not
// audited here; the report package audits what it hands out.
func (s *Service) CountIncidents(ctx context.Context, a access.Actor, f IncidentFilter, periods []time.Time) ([]IncidentCount, error) {
	if err := a.Require(access.ReadFigures); err != nil {
		return nil, err
	}
	if f.From.IsZero() || f.To.IsZero() || !f.From.Before(f.To) {
		return nil, stelsel.Invalid("periode", "geef een periode met een begin vóór het einde")
	}
	if len(periods) == 0 || !periods[0].Equal(f.From) {
		return nil, stelsel.Invalid("periode", "de eerste deelperiode begint bij het begin van de periode")
	}
	for i := 1; i < len(periods); i++ {
		if !periods[i-1].Before(periods[i]) || !periods[i].Before(f.To) {
			return nil, stelsel.Invalid("periode", "de deelperioden volgen elkaar op binnen de periode")
		}
	}
	at := f.At
	if at.IsZero() {
		at = s.clock()
	}
	// The period, found by halving: a handful of comparisons per row even for many periods.
	var args []any
	var bucket func(lo, hi int) string
	bucket = func(lo, hi int) string {
		if hi-lo == 1 {
			return strconv.Itoa(lo)
		}
		mid := (lo + hi) / 2
		args = append(args, periods[mid].UTC())
		left := bucket(lo, mid)
		return "CASE WHEN d.registered_at < ? THEN " + left + " ELSE " + bucket(mid, hi) + " END"
	}
	period := bucket(0, len(periods))
	// The decision carries the unit and registration date of the version decided on
	// (migration 00720) and the moment a later one replaced it (00730), so the count reads
	// the decisions alone, by registration date, from one covering index.
	// PostgreSQL groups in a hash; SQLite would sort every row to group them, which costs
	// more than handing the rows over in index order and adding them up here. Both are
	// added up below, so grouped and single rows alike come out as one group per kind.
	n := "count(*)"
	if s.db.Dialect() != db.Postgres {
		n = "1"
	}
	cols := []string{"d.kind", "d.unit", "d.grounds", "d.indications", "d.manifestation", "d.referral"}
	for _, w := range f.Without {
		i := slices.Index([]IncidentField{FieldKind, FieldUnit, FieldGrounds, FieldIndications, FieldManifestation, FieldReferral}, w)
		switch {
		case i < 0:
			return nil, fmt.Errorf("count incidents: no field %q", w)
		case w == FieldReferral:
			cols[i] = "FALSE"
		default:
			cols[i] = "''"
		}
	}
	q := `SELECT ` + period + ` AS period, ` + strings.Join(cols, ", ") + `, ` + n + `
		FROM decisions d
		WHERE d.registered_at >= ? AND d.registered_at < ? AND d.kind IN (?, ?)
		  AND d.effective_at IS NOT NULL AND d.effective_at <= ? AND d.decided_at <= ?
		  AND (d.superseded_at IS NULL OR d.superseded_at > ?)`
	args = append(args, f.From.UTC(), f.To.UTC(), catalog.DecisionDiscrimination, catalog.DecisionCodis, at.UTC(), at.UTC(), at.UTC())
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
	if s.db.Dialect() == db.Postgres {
		q += " GROUP BY 1, 2, 3, 4, 5, 6, 7"
	}
	rows, err := s.db.Query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("count incidents: %w", err)
	}
	defer rows.Close()
	type key struct {
		period                                          int
		kind, unit, grounds, indications, manifestation string
		referral                                        bool
	}
	sum := map[key]int{}
	for rows.Next() {
		var k key
		var n int
		if err := rows.Scan(&k.period, &k.kind, &k.unit, &k.grounds, &k.indications, &k.manifestation, &k.referral, &n); err != nil {
			return nil, fmt.Errorf("count incidents: %w", err)
		}
		if k.period < 0 || k.period >= len(periods) {
			return nil, fmt.Errorf("count incidents: period %d out of range", k.period)
		}
		sum[k] += n
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("count incidents: %w", err)
	}
	keys := make([]key, 0, len(sum))
	for k := range sum {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b key) int {
		return cmp.Or(cmp.Compare(a.period, b.period), cmp.Compare(a.kind, b.kind), cmp.Compare(a.unit, b.unit), cmp.Compare(a.grounds, b.grounds),
			cmp.Compare(a.indications, b.indications), cmp.Compare(a.manifestation, b.manifestation), boolCmp(a.referral, b.referral))
	})
	out := make([]IncidentCount, 0, len(keys))
	for _, k := range keys {
		out = append(out, IncidentCount{Incident: Incident{DecisionKind: k.kind, Unit: k.unit, RegisteredAt: periods[k.period].UTC(),
			Grounds: splitList(k.grounds), Indications: splitList(k.indications), Manifestation: k.manifestation, Referral: k.referral},
			Period: k.period, N: sum[k]})
	}
	return out, nil
}

func boolCmp(a, b bool) int {
	switch {
	case a == b:
		return 0
	case !a:
		return -1
	}
	return 1
}
