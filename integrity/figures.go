package integrity

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"stelsel"
	"stelsel/access"
)

// SmallCell is the smallest count shown as such in anything meant for publication;
// smaller counts (1 to 4) show as "<5".
const SmallCell = 5

// Suppress returns a count as it may be published: "<5" for 1 to 4.
func Suppress(n int) string {
	if n > 0 && n < SmallCell {
		return "<" + strconv.Itoa(SmallCell)
	}
	return strconv.Itoa(n)
}

// Period is one half year of figures. Counts per category, circumstance, unit, route,
// outcome, sanction and educational measure are of the cases closed in the period (the
// learning registration is made at closure); Received counts the reports that came in.
type Period struct {
	Label           string         `json:"periode"` // 2026-H1
	Start           time.Time      `json:"van"`
	End             time.Time      `json:"tot"`
	Received        int            `json:"ontvangen"`
	Closed          int            `json:"gesloten"`
	ByCategory      map[string]int `json:"per_categorie"`
	ByCircumstance  map[string]int `json:"per_omstandigheid"`
	ByUnit          map[string]int `json:"per_eenheid"`
	ByRoute         map[string]int `json:"per_route"`
	ByOutcome       map[string]int `json:"per_uitkomst"`
	BySanction      map[string]int `json:"per_straf"`
	ByEduMeasure    map[string]int `json:"per_opvoedkundige_maatregel"`
	ByLessonMeasure map[string]int `json:"per_leermaatregel"`
	LeadTimeMedian  float64        `json:"doorlooptijd_mediaan_dagen"`
	LeadTimeP90     float64        `json:"doorlooptijd_p90_dagen"`
	LeadTimeMean    float64        `json:"doorlooptijd_gemiddeld_dagen"`
}

// Figures are the learning-registration figures per half year, with what they were
// computed from.
type Figures struct {
	Periods        []Period  `json:"perioden"`
	Units          []string  `json:"eenheden,omitempty"` // empty: all units
	CatalogVersion string    `json:"catalogusversie"`
	ComputedAt     time.Time `json:"berekend_op"`
}

// HalfYear returns the half year that contains t, as its label and bounds (UTC).
func HalfYear(t time.Time) (string, time.Time, time.Time) {
	t = t.UTC()
	h, m := 1, time.January
	if t.Month() >= time.July {
		h, m = 2, time.July
	}
	start := time.Date(t.Year(), m, 1, 0, 0, 0, 0, time.UTC)
	return fmt.Sprintf("%d-H%d", t.Year(), h), start, start.AddDate(0, 6, 0)
}

// HalfYearFigures computes the figures for every half year from the one containing from
// to the one containing to, over the units the actor may see figures of. The report
// package calls it with its own acting user.
func (s *Service) HalfYearFigures(ctx context.Context, a access.Actor, from, to time.Time) (*Figures, error) {
	if err := a.Require(access.IntegrityFigures); err != nil {
		return nil, err
	}
	if to.Before(from) {
		return nil, stelsel.Invalid("tot", "cijfers: het einde ligt voor het begin")
	}
	units, all := a.UnitScope(access.IntegrityFigures)
	if !all && len(units) == 0 {
		return nil, stelsel.Errorf(stelsel.EFORBIDDEN, "geen eenheden voor cijfers")
	}
	f := &Figures{CatalogVersion: s.cat.Version + "/" + s.ic.Version, ComputedAt: s.clock()}
	if !all {
		f.Units = units
	}
	_, start, _ := HalfYear(from)
	_, _, end := HalfYear(to)
	if end.Sub(start) > 20*366*24*time.Hour {
		return nil, stelsel.Invalid("van", "cijfers: hoogstens twintig jaar tegelijk")
	}
	for p := start; p.Before(end); p = p.AddDate(0, 6, 0) {
		label, ps, pe := HalfYear(p)
		f.Periods = append(f.Periods, Period{Label: label, Start: ps, End: pe, ByCategory: map[string]int{}, ByCircumstance: map[string]int{},
			ByUnit: map[string]int{}, ByRoute: map[string]int{}, ByOutcome: map[string]int{}, BySanction: map[string]int{},
			ByEduMeasure: map[string]int{}, ByLessonMeasure: map[string]int{}})
	}
	scope, args := "", []any{start, end}
	if !all {
		scope = " AND unit IN (" + strings.TrimSuffix(strings.Repeat("?, ", len(units)), ", ") + ")"
		for _, u := range units {
			args = append(args, u)
		}
	}
	period := func(t time.Time) *Period {
		for i := range f.Periods {
			if !t.Before(f.Periods[i].Start) && t.Before(f.Periods[i].End) {
				return &f.Periods[i]
			}
		}
		return nil
	}
	rows, err := s.db.Query(ctx, `SELECT received_at FROM integrity_cases WHERE received_at >= ? AND received_at < ?`+scope, args...)
	if err != nil {
		return nil, fmt.Errorf("figures: %w", err)
	}
	for rows.Next() {
		var t time.Time
		if err := rows.Scan(&t); err != nil {
			rows.Close()
			return nil, fmt.Errorf("figures: %w", err)
		}
		if p := period(t); p != nil {
			p.Received++
		}
	}
	rows.Close()
	rows, err = s.db.Query(ctx, `SELECT unit, category, circumstances, routes, outcome, sanction, edu_measures, lesson_measures, received_at, closed_at
		FROM integrity_cases WHERE closed_at >= ? AND closed_at < ?`+scope, args...)
	if err != nil {
		return nil, fmt.Errorf("figures: %w", err)
	}
	defer rows.Close()
	leads := map[*Period][]float64{}
	for rows.Next() {
		var unit, cat, circ, routes, outcome, sanction, edu, lm string
		var rec, closed time.Time
		if err := rows.Scan(&unit, &cat, &circ, &routes, &outcome, &sanction, &edu, &lm, &rec, &closed); err != nil {
			return nil, fmt.Errorf("figures: %w", err)
		}
		p := period(closed)
		if p == nil {
			continue
		}
		p.Closed++
		p.ByUnit[unit]++
		p.ByCategory[cat]++
		p.ByOutcome[outcome]++
		if sanction != "" {
			p.BySanction[sanction]++
		}
		for _, v := range split(circ) {
			p.ByCircumstance[v]++
		}
		rs := split(routes)
		if len(rs) == 0 {
			rs = []string{RouteClose}
		}
		for _, v := range rs {
			p.ByRoute[v]++
		}
		for _, v := range split(edu) {
			p.ByEduMeasure[v]++
		}
		for _, v := range split(lm) {
			p.ByLessonMeasure[v]++
		}
		leads[p] = append(leads[p], closed.Sub(rec).Hours()/24)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for p, l := range leads {
		slices.Sort(l)
		var sum float64
		for _, v := range l {
			sum += v
		}
		p.LeadTimeMean = round1(sum / float64(len(l)))
		p.LeadTimeMedian = round1(quantile(l, 0.5))
		p.LeadTimeP90 = round1(quantile(l, 0.9))
	}
	if err := s.trail.Record(ctx, a, access.Entry{Action: access.ActionExport, ObjectKind: "integrity_figures",
		Detail: fmt.Sprintf("halfjaren %s t/m %s", f.Periods[0].Label, f.Periods[len(f.Periods)-1].Label)}); err != nil {
		return nil, err
	}
	return f, nil
}

func quantile(sorted []float64, q float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	i := q * float64(len(sorted)-1)
	lo := int(i)
	if lo+1 >= len(sorted) {
		return sorted[lo]
	}
	return sorted[lo] + (i-float64(lo))*(sorted[lo+1]-sorted[lo])
}

func round1(v float64) float64 { return float64(int(v*10+0.5)) / 10 }
