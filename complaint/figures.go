package complaint

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"stelsel"
	"stelsel/access"
)

// FigureFilter selects the complaints counted: received in [From, To), in Units (all the
// actor may see when empty).
type FigureFilter struct {
	From, To time.Time
	Units    []string
}

// Figures are the counts of complaints for the half-year report. Counts are exact; use
// Public (or Published) for anything meant for publication, which hides cells under 5.
type Figures struct {
	From           time.Time `json:"van"`
	To             time.Time `json:"tot"`
	ComputedAt     time.Time `json:"berekend"`
	CatalogVersion string    `json:"catalogusversie"`
	Total          int       `json:"totaal"`
	// ByUnit has one row per unit counted, in catalog order.
	ByUnit []UnitFigures `json:"per_eenheid"`
	// ByMarker counts per marker code (a complaint with both markers counts in both),
	// plus "geen" for complaints without a marker.
	ByMarker map[string]int `json:"per_markering"`
	// ByPhase counts per current phase.
	ByPhase map[Phase]int `json:"per_fase"`
	// ByOutcome counts the closed complaints per outcome (opgelost, ingetrokken,
	// niet_behandeld and the judgements).
	ByOutcome     map[string]int `json:"per_uitkomst"`
	SettledPhase1 int            `json:"opgelost_in_fase1"`
	ToPhase2      int            `json:"naar_fase2"`
	Closed        int            `json:"afgehandeld"`
	// LeadTime is the time from receipt to closing of the closed complaints, in days.
	LeadTimeMedianDays float64 `json:"doorlooptijd_mediaan_dagen"`
	LeadTimeMeanDays   float64 `json:"doorlooptijd_gemiddeld_dagen"`
	// ClosedInTerm counts the closed complaints closed by their handling deadline.
	ClosedInTerm int `json:"binnen_termijn"`
	// Marked counts per unit and marker: the shape of the seed's table (ethnic profiling
	// and discrimination complaints, settled in phase 1, sent to the commission).
	Marked []MarkedFigures `json:"gemarkeerd"`
}

// UnitFigures are one unit's counts.
type UnitFigures struct {
	Unit            string `json:"eenheid"`
	Label           string `json:"naam"`
	Total           int    `json:"totaal"`
	EthnicProfiling int    `json:"etnisch_profileren"`
	Discrimination  int    `json:"discriminatie"`
	SettledPhase1   int    `json:"opgelost_in_fase1"`
	ToPhase2        int    `json:"naar_fase2"`
	Open            int    `json:"in_behandeling"`
}

// MarkedFigures count the complaints of one marker.
type MarkedFigures struct {
	Marker        string `json:"markering"`
	Total         int    `json:"totaal"`
	Closed        int    `json:"afgehandeld"`
	SettledPhase1 int    `json:"opgelost_in_fase1"`
	ToPhase2      int    `json:"naar_fase2"`
	Founded       int    `json:"gegrond"` // gegrond or deels gegrond
}

// Public writes a count for publication: counts 1 to 4 as "<5" (small-cell suppression).
func Public(n int) string {
	if n > 0 && n < 5 {
		return "<5"
	}
	return strconv.Itoa(n)
}

// Figures counts the complaints for the half-year report. It needs ComplaintFigures; a
// unit-scoped actor counts only their units. The call is audited with its filter.
// The report package calls it with the acting user; see doc.go.
func (s *Service) Figures(ctx context.Context, a access.Actor, f FigureFilter) (*Figures, error) {
	if err := a.Require(access.ComplaintFigures); err != nil {
		return nil, err
	}
	if !f.To.IsZero() && !f.From.IsZero() && !f.To.After(f.From) {
		return nil, stelsel.Invalid("tot", "de einddatum ligt niet na de begindatum")
	}
	scope, all := a.UnitScope(access.ComplaintFigures)
	var units []string
	for _, u := range f.Units {
		unit, ok := s.cat.Unit(u)
		if !ok {
			return nil, stelsel.Invalid("eenheid", "onbekende eenheid %q", u)
		}
		if !all && !slices.Contains(scope, unit.Code) {
			return nil, stelsel.Invalid("eenheid", "u telt alleen klachten van uw eigen eenheden (%s)", strings.Join(scope, ", "))
		}
		units = append(units, unit.Code)
	}
	if len(units) == 0 && !all {
		units = scope
		if len(units) == 0 {
			return nil, stelsel.Errorf(stelsel.EFORBIDDEN, "u hebt geen eenheid om klachten van te tellen")
		}
	}
	var where []string
	var args []any
	if !f.From.IsZero() {
		where, args = append(where, "received_at >= ?"), append(args, f.From.UTC())
	}
	if !f.To.IsZero() {
		where, args = append(where, "received_at < ?"), append(args, f.To.UTC())
	}
	if len(units) > 0 {
		where = append(where, "unit IN ("+strings.TrimSuffix(strings.Repeat("?,", len(units)), ",")+")")
		for _, u := range units {
			args = append(args, u)
		}
	}
	q := `SELECT unit, phase, ethnic_profiling, discrimination, outcome, settled_phase1, to_phase2, received_at, deadline_at, closed_at FROM complaints`
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	rows, err := s.db.Query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("count complaints: %w", err)
	}
	defer rows.Close()
	fig := &Figures{From: f.From, To: f.To, ComputedAt: s.clock(), CatalogVersion: s.cat.Version,
		ByMarker: map[string]int{}, ByPhase: map[Phase]int{}, ByOutcome: map[string]int{}}
	perUnit := map[string]*UnitFigures{}
	marked := map[string]*MarkedFigures{}
	for _, m := range s.cat.ComplaintMarkers.Codes() {
		marked[m] = &MarkedFigures{Marker: m}
	}
	var lead []float64
	for rows.Next() {
		var unit, phase, outcome string
		var ep, disc, settled, p2 bool
		var received, deadline time.Time
		var closed *time.Time
		if err := rows.Scan(&unit, &phase, &ep, &disc, &outcome, &settled, &p2, &received, &deadline, &closed); err != nil {
			return nil, fmt.Errorf("count complaints: %w", err)
		}
		fig.Total++
		u := perUnit[unit]
		if u == nil {
			u = &UnitFigures{Unit: unit}
			perUnit[unit] = u
		}
		u.Total++
		fig.ByPhase[Phase(phase)]++
		if Phase(phase).Open() {
			u.Open++
		}
		if settled {
			fig.SettledPhase1++
			u.SettledPhase1++
		}
		if p2 {
			fig.ToPhase2++
			u.ToPhase2++
		}
		if ep {
			fig.ByMarker[MarkerEthnicProfiling]++
			u.EthnicProfiling++
		}
		if disc {
			fig.ByMarker[MarkerDiscrimination]++
			u.Discrimination++
		}
		if !ep && !disc {
			fig.ByMarker["geen"]++
		}
		for kind, on := range map[string]bool{MarkerEthnicProfiling: ep, MarkerDiscrimination: disc} {
			if m := marked[kind]; on && m != nil {
				m.Total++
				if closed != nil {
					m.Closed++
				}
				if settled {
					m.SettledPhase1++
				}
				if p2 {
					m.ToPhase2++
				}
				if outcome == "gegrond" || outcome == "deels_gegrond" {
					m.Founded++
				}
			}
		}
		if closed != nil {
			fig.Closed++
			fig.ByOutcome[outcome]++
			lead = append(lead, closed.Sub(received).Hours()/24)
			if !closed.After(deadline) {
				fig.ClosedInTerm++
			}
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("count complaints: %w", err)
	}
	for _, u := range s.cat.Units {
		if uf := perUnit[u.Code]; uf != nil {
			uf.Label = u.Label
			fig.ByUnit = append(fig.ByUnit, *uf)
		}
	}
	for _, m := range s.cat.ComplaintMarkers.Codes() {
		fig.Marked = append(fig.Marked, *marked[m])
	}
	if len(lead) > 0 {
		sort.Float64s(lead)
		var sum float64
		for _, d := range lead {
			sum += d
		}
		fig.LeadTimeMeanDays = round1(sum / float64(len(lead)))
		mid := len(lead) / 2
		fig.LeadTimeMedianDays = lead[mid]
		if len(lead)%2 == 0 {
			fig.LeadTimeMedianDays = (lead[mid-1] + lead[mid]) / 2
		}
		fig.LeadTimeMedianDays = round1(fig.LeadTimeMedianDays)
	}
	detail := fmt.Sprintf("van=%s tot=%s eenheden=%s", day(f.From), day(f.To), strings.Join(units, ","))
	if err := s.trail.Record(ctx, a, access.Entry{Action: access.ActionView, ObjectKind: "complaint_figures", Detail: detail}); err != nil {
		return nil, err
	}
	return fig, nil
}

func round1(f float64) float64 { return float64(int64(f*10+0.5)) / 10 }

func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

// Published returns the figures as a table for publication: a header row and one row per
// unit plus a total, with cells under 5 shown as "<5".
func (f *Figures) Published() [][]string {
	out := [][]string{{"eenheid", "klachten", "etnisch profileren", "discriminatie", "opgelost in fase 1", "naar fase 2 (commissie)"}}
	var t UnitFigures
	for _, u := range f.ByUnit {
		out = append(out, []string{u.Label, Public(u.Total), Public(u.EthnicProfiling), Public(u.Discrimination), Public(u.SettledPhase1), Public(u.ToPhase2)})
		t.Total, t.EthnicProfiling, t.Discrimination = t.Total+u.Total, t.EthnicProfiling+u.EthnicProfiling, t.Discrimination+u.Discrimination
		t.SettledPhase1, t.ToPhase2 = t.SettledPhase1+u.SettledPhase1, t.ToPhase2+u.ToPhase2
	}
	out = append(out, []string{"totaal", Public(t.Total), Public(t.EthnicProfiling), Public(t.Discrimination), Public(t.SettledPhase1), Public(t.ToPhase2)})
	return out
}
