package report

import (
	"context"
	"fmt"
	"sort"
	"time"

	"stelsel"
	"stelsel/access"
	"stelsel/catalog"
	"stelsel/registration"
)

// Series is a monthly count series with its alarms.
type Series struct {
	Group  string  `json:"groep"` // totaal | grond | indicatie | eenheid
	Code   string  `json:"code"`
	Label  string  `json:"label"`
	Counts []int   `json:"aantallen"`
	Alarms []Alarm `json:"signalen"`
}

// Trends are the monthly series of coded incidents per ground, indication and unit.
type Trends struct {
	Months     []string  `json:"maanden"` // "oktober 2025"
	Breaks     []int     `json:"methodebreuken"`
	Series     []Series  `json:"reeksen"`
	Method     string    `json:"methode"`
	Scope      string    `json:"reikwijdte"`
	DataMoment time.Time `json:"peilmoment"`
}

// Groups lists the series group codes with their Dutch names, in display order.
var Groups = []struct{ Code, Label string }{
	{"totaal", "Totaal"}, {"grond", "Per discriminatiegrond"}, {"indicatie", "Per indicatie"}, {"eenheid", "Per eenheid"},
}

// Alarms returns every alarm of every series, newest first.
func (t Trends) Alarms() []struct {
	Series Series
	Alarm  Alarm
} {
	var out []struct {
		Series Series
		Alarm  Alarm
	}
	for _, s := range t.Series {
		for _, a := range s.Alarms {
			out = append(out, struct {
				Series Series
				Alarm  Alarm
			}{s, a})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Alarm.Index > out[j].Alarm.Index })
	return out
}

// MonthlyTrends returns the series of the months months up to and including the month
// of until (zero: the last complete month). The actor needs access.ExactFigures: signals
// are internal, for analysts and the detectives of their units.
func (s *Service) MonthlyTrends(ctx context.Context, a access.Actor, months int, until time.Time) (Trends, error) {
	if err := a.Require(access.ExactFigures); err != nil {
		return Trends{}, err
	}
	if months < 6 || months > 240 {
		return Trends{}, stelsel.Invalid("maanden", "kies 6 tot 240 maanden")
	}
	now := s.clock()
	if until.IsZero() {
		until = now.In(amsterdam).AddDate(0, -1, 0)
	}
	u := until.In(amsterdam)
	end := time.Date(u.Year(), u.Month(), 1, 0, 0, 0, 0, amsterdam).AddDate(0, 1, 0)
	start := end.AddDate(0, -months, 0)
	periods := make([]time.Time, months)
	for i := range periods {
		periods[i] = start.AddDate(0, i, 0)
	}
	incidents, err := s.reg.CountIncidents(ctx, a, registration.IncidentFilter{From: start, To: end, At: now}, periods)
	if err != nil {
		return Trends{}, err
	}
	c, scope := s.scope(a)
	t := computeTrends(c, start, months, incidents, DefaultSpikeMethod)
	t.Scope, t.DataMoment = scope, now
	return t, nil
}

func computeTrends(c *catalog.Catalog, start time.Time, months int, in incidents, m SpikeMethod) Trends {
	t := Trends{Method: m.Describe()}
	for i := range months {
		mo := start.AddDate(0, i, 0)
		t.Months = append(t.Months, months2(mo))
		if mo.Month() == time.January {
			if _, ok := BreakIn(mo.Year()); ok {
				t.Breaks = append(t.Breaks, i)
			}
		}
	}
	index := func(at time.Time) int {
		a := at.In(amsterdam)
		return (a.Year()-start.Year())*12 + int(a.Month()) - int(start.Month())
	}
	type key struct{ group, code string }
	series := map[key][]int{}
	add := func(k key, i, n int) {
		if series[k] == nil {
			series[k] = make([]int, months)
		}
		series[k][i] += n
	}
	for _, x := range in {
		i := index(x.RegisteredAt)
		if i < 0 || i >= months {
			continue
		}
		add(key{"totaal", "totaal"}, i, x.N)
		for _, g := range x.Grounds {
			add(key{"grond", g}, i, x.N)
		}
		for _, ind := range x.Indications {
			add(key{"indicatie", ind}, i, x.N)
		}
		add(key{"eenheid", x.Unit}, i, x.N)
	}
	emit := func(group, code, label string) {
		counts := series[key{group, code}]
		if counts == nil {
			counts = make([]int, months)
		}
		t.Series = append(t.Series, Series{Group: group, Code: code, Label: label, Counts: counts, Alarms: m.Detect(counts, t.Months, t.Breaks)})
	}
	emit("totaal", "totaal", "Alle incidenten")
	for _, g := range c.Grounds {
		emit("grond", g.Code, g.Label)
	}
	for _, x := range c.Indications {
		emit("indicatie", x.Code, x.Label)
	}
	for _, u := range c.Units {
		emit("eenheid", u.Code, u.Label)
	}
	return t
}

// months2 names a month in Dutch: "oktober 2025".
func months2(t time.Time) string { return fmt.Sprintf("%s %d", months[t.Month()-1], t.Year()) }

// Repeat is a repeat pattern: at least Min registrations at one place with one ground
// within the window.
type Repeat struct {
	Unit          string                 `json:"eenheid"`
	Place         string                 `json:"plaats"`
	Ground        string                 `json:"grond"`
	From          time.Time              `json:"van"`
	To            time.Time              `json:"tot"`
	Registrations []registration.ListRow `json:"registraties"`
}

// RepeatOptions choose the window and the minimum of a repeat pattern.
type RepeatOptions struct {
	Days     int       // window in days; 0: 30
	Min      int       // registrations in the window; 0: 3
	From, To time.Time // registration period; zero From: a year before To; zero To: now
}

// Repeats finds repeat patterns in the coded incidents of every unit list the actor may
// read: the same place (municipality, the finest place BVH gives stelsel) and ground
// within the window. Each pattern lists the registrations behind it, through the unit
// list (its permission and audit).
func (s *Service) Repeats(ctx context.Context, a access.Actor, o RepeatOptions) ([]Repeat, error) {
	if err := a.Require(access.ReadUnitList); err != nil {
		return nil, err
	}
	if o.Days == 0 {
		o.Days = 30
	}
	if o.Min == 0 {
		o.Min = 3
	}
	if o.Days < 1 || o.Days > 366 {
		return nil, stelsel.Invalid("dagen", "kies een venster van 1 tot 366 dagen")
	}
	if o.Min < 2 || o.Min > 100 {
		return nil, stelsel.Invalid("minimum", "kies een minimum van 2 tot 100 registraties")
	}
	if o.To.IsZero() {
		o.To = s.clock()
	}
	if o.From.IsZero() {
		o.From = o.To.AddDate(-1, 0, 0)
	}
	var out []Repeat
	for _, u := range s.cat.Units {
		if !a.CanUnit(access.ReadUnitList, u.Code) {
			continue
		}
		rows, err := s.reg.UnitList(ctx, a, registration.ListFilter{Unit: u.Code, From: o.From, To: o.To})
		if err != nil {
			return nil, err
		}
		out = append(out, repeats(s.cat, u.Code, rows, o)...)
	}
	return out, nil
}

// repeats groups rows (ordered by registration date) by place and ground and keeps the
// maximal runs of at least o.Min registrations whose neighbours lie within o.Days.
func repeats(c *catalog.Catalog, unit string, rows []registration.ListRow, o RepeatOptions) []Repeat {
	type key struct{ place, ground string }
	groups := map[key][]registration.ListRow{}
	var order []key
	for _, r := range rows {
		if r.Municipality == "" {
			continue
		}
		for _, g := range r.Grounds {
			k := key{r.Municipality, g}
			if groups[k] == nil {
				order = append(order, k)
			}
			groups[k] = append(groups[k], r)
		}
	}
	window := time.Duration(o.Days) * 24 * time.Hour
	var out []Repeat
	for _, k := range order {
		g := groups[k]
		for i := 0; i < len(g); {
			j := i
			// Extend while the run's span stays within the window.
			for j+1 < len(g) && g[j+1].RegisteredAt.Sub(g[i].RegisteredAt) <= window {
				j++
			}
			if j-i+1 >= o.Min {
				out = append(out, Repeat{Unit: unit, Place: k.place, Ground: c.Grounds.Label(k.ground), From: g[i].RegisteredAt, To: g[j].RegisteredAt,
					Registrations: append([]registration.ListRow(nil), g[i:j+1]...)})
				i = j + 1
				continue
			}
			i++
		}
	}
	return out
}
