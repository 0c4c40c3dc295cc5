package report

import (
	"context"
	"fmt"
	"sort"
	"strings"
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
	incidents, err := s.reg.CountIncidents(ctx, a, registration.IncidentFilter{From: start, To: end, At: now,
		Without: []registration.IncidentField{registration.FieldKind, registration.FieldManifestation, registration.FieldReferral}}, periods)
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

// Repeat kinds: what the registrations of a repeat pattern share.
const (
	RepeatPerson       = "persoon"  // the same registered person
	RepeatAddress      = "adres"    // the same address (street and house number) in one municipality
	RepeatStreet       = "straat"   // the same street in one municipality
	RepeatPlatform     = "platform" // the same online platform
	RepeatMunicipality = "gemeente" // the same municipality, with the same ground
)

// RepeatKinds are the repeat kinds with their Dutch names, in the order patterns are
// listed: the most specific first.
var RepeatKinds = []struct{ Code, Label string }{
	{RepeatPerson, "Dezelfde geregistreerde persoon"},
	{RepeatAddress, "Hetzelfde adres"},
	{RepeatStreet, "Dezelfde straat"},
	{RepeatPlatform, "Hetzelfde online platform"},
	{RepeatMunicipality, "Dezelfde gemeente en grond"},
}

// Repeat is a repeat pattern: at least Min registrations within the window that share a
// person, an address, a street, an online platform, or a municipality and a ground.
type Repeat struct {
	Kind          string                 `json:"soort"` // one of RepeatKinds
	Title         string                 `json:"titel"` // Dutch: "Hetzelfde adres: Lange Poten 12, Den Haag"
	Unit          string                 `json:"eenheid"`
	Value         string                 `json:"gedeeld"`         // what they share: the person, address, street, platform or municipality
	Ground        string                 `json:"grond,omitempty"` // the shared ground (municipality patterns)
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
// read: the same registered person, the same address or street, the same online platform
// (where BVH gives them: registration.OptionalFields), or the same municipality with the
// same ground, within the window. Each pattern lists the registrations behind it, through
// the unit list (its permission and audit).
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

// street is the street of an address: the words before the house number.
func street(address string) string {
	words := strings.Fields(address)
	for i, w := range words {
		if i > 0 && w[0] >= '0' && w[0] <= '9' {
			return strings.Join(words[:i], " ")
		}
	}
	return strings.Join(words, " ")
}

// repeatKeys returns what a row shares with others, per kind: the key it is grouped by
// (case and spacing do not matter) and the value shown.
func repeatKeys(r registration.ListRow) []struct{ kind, key, value, ground string } {
	var out []struct{ kind, key, value, ground string }
	add := func(kind, value, ground string) {
		key := strings.ToLower(strings.Join(strings.Fields(value), " ")) + "|" + ground
		out = append(out, struct{ kind, key, value, ground string }{kind, key, value, ground})
	}
	in := func(v string) string {
		if r.Municipality == "" {
			return v
		}
		return v + ", " + r.Municipality
	}
	if r.Person != "" {
		add(RepeatPerson, r.Person, "")
	}
	if r.Address != "" {
		add(RepeatAddress, in(r.Address), "")
		if st := street(r.Address); st != "" {
			add(RepeatStreet, in(st), "")
		}
	}
	if r.Platform != "" {
		add(RepeatPlatform, r.Platform, "")
	}
	if r.Municipality != "" {
		for _, g := range r.Grounds {
			add(RepeatMunicipality, r.Municipality, g)
		}
	}
	return out
}

// repeats groups rows (ordered by registration date) by what they share and keeps the
// maximal runs of at least o.Min registrations whose span lies within o.Days. A street or
// municipality pattern with exactly the registrations of an address or street pattern
// says nothing new and is left out.
func repeats(c *catalog.Catalog, unit string, rows []registration.ListRow, o RepeatOptions) []Repeat {
	type key struct{ kind, key string }
	type group struct {
		value, ground string
		rows          []registration.ListRow
	}
	groups := map[key]*group{}
	var order []key
	for _, r := range rows {
		for _, k := range repeatKeys(r) {
			gk := key{k.kind, k.key}
			if groups[gk] == nil {
				order = append(order, gk)
				groups[gk] = &group{value: k.value, ground: k.ground}
			}
			groups[gk].rows = append(groups[gk].rows, r)
		}
	}
	window := time.Duration(o.Days) * 24 * time.Hour
	var out []Repeat
	seen := map[string]bool{} // the registrations of each place pattern, for the duplicates
	for _, kind := range RepeatKinds {
		for _, k := range order {
			if k.kind != kind.Code {
				continue
			}
			g := groups[k].rows
			for i := 0; i < len(g); {
				j := i
				// Extend while the run's span stays within the window.
				for j+1 < len(g) && g[j+1].RegisteredAt.Sub(g[i].RegisteredAt) <= window {
					j++
				}
				if j-i+1 < o.Min {
					i++
					continue
				}
				run := append([]registration.ListRow(nil), g[i:j+1]...)
				i = j + 1
				var nums []string
				for _, r := range run {
					nums = append(nums, r.Number)
				}
				set := strings.Join(nums, " ")
				place := kind.Code == RepeatAddress || kind.Code == RepeatStreet || kind.Code == RepeatMunicipality
				if place && seen[set] {
					continue
				}
				if place {
					seen[set] = true
				}
				rep := Repeat{Kind: kind.Code, Unit: unit, Value: groups[k].value, From: run[0].RegisteredAt, To: run[len(run)-1].RegisteredAt, Registrations: run}
				rep.Title = kind.Label + ": " + rep.Value
				if groups[k].ground != "" {
					rep.Ground = c.Grounds.Label(groups[k].ground)
					rep.Title += ", " + rep.Ground
				}
				out = append(out, rep)
			}
		}
	}
	return out
}
