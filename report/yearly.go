package report

import (
	"fmt"
	"math"
	"strconv"
	"time"

	"stelsel/catalog"
	"stelsel/registration"
)

// Figures are the yearly police discrimination figures of one year, in exact counts.
// Publication returns the form meant for publication.
type Figures struct {
	Year       int       `json:"jaar"`
	Scope      string    `json:"reikwijdte"` // "landelijk", or the units counted
	DataMoment time.Time `json:"peilmoment"`
	Catalog    string    `json:"catalogus"`
	Lexicon    string    `json:"lexicon"`
	// Version is "voorlopig" for figures computed now, "vastgesteld versie N" for a
	// snapshot.
	Version   string  `json:"versie"`
	Incidents int     `json:"incidenten"`
	Summary   string  `json:"samenvatting"`
	Tables    []Table `json:"tabellen"`
}

// Publication returns a copy of f with small cells suppressed in every table.
func (f Figures) Publication() Figures {
	p := f
	p.Tables = make([]Table, len(f.Tables))
	for i, t := range f.Tables {
		p.Tables[i] = Suppress(t)
	}
	if f.Incidents >= 1 && f.Incidents <= 4 {
		p.Summary = fmt.Sprintf("In %d registreerde de politie minder dan 5 discriminatie-incidenten.", f.Year)
	}
	return p
}

// Table returns the table with the given id.
func (f Figures) Table(id string) (Table, bool) {
	for _, t := range f.Tables {
		if t.ID == id {
			return t, true
		}
	}
	return Table{}, false
}

// source is the source line of the police figures.
const source = "Politie (ECAD-P), beoordeelde registraties uit BVH in stelsel"

// yearOf returns the calendar year of t in Dutch time.
func yearOf(t time.Time) int { return t.In(amsterdam).Year() }

// yearStart returns 1 January of year, 00:00 Dutch time.
func yearStart(year int) time.Time { return time.Date(year, 1, 1, 0, 0, 0, 0, amsterdam) }

// incidents are counted incidents: each group stands for N alike.
type incidents = []registration.IncidentCount

// total is the number of incidents in groups.
func total(in incidents) int {
	n := 0
	for _, x := range in {
		n += x.N
	}
	return n
}

// computeYear builds the yearly tables from the incidents of year-3 up to and including
// year, counted per calendar year (Dutch time). It is a pure function of its input: the
// same incidents and meta give the same tables, byte for byte once encoded.
func computeYear(c *catalog.Catalog, year int, in incidents, meta Figures) Figures {
	f := meta
	f.Year = year
	byYear := map[int]incidents{}
	for _, x := range in {
		byYear[yearOf(x.RegisteredAt)] = append(byYear[yearOf(x.RegisteredAt)], x)
	}
	cur := byYear[year]
	f.Incidents = total(cur)
	stamp := func(t Table) Table {
		t.Source, t.DataMoment, t.Version = source, f.DataMoment, f.Version+"; catalogus "+f.Catalog+"; lexicon "+f.Lexicon
		return t
	}
	f.Tables = []Table{
		stamp(keyFigures(year, byYear)),
		stamp(perGround(c, cur)),
		stamp(perManifestation(c, cur)),
		stamp(groundByManifestation(c, cur)),
		stamp(perUnit(c, cur)),
		stamp(unitByGround(c, cur)),
		stamp(perIndication(c, cur)),
		stamp(perDecisionKind(c, cur)),
	}
	f.Summary = summary(year, total(cur), total(byYear[year-1]), total(byYear[year-3]))
	return f
}

const publicTask = "publieke_taak"
const online = "online"

// keyFigures is the series of the last four years with the change against the year
// before and against three years before.
func keyFigures(year int, byYear map[int]incidents) Table {
	years := []int{year - 3, year - 2, year - 1, year}
	t := Table{ID: "kerncijfers", Title: fmt.Sprintf("Discriminatie-incidenten %d-%d", years[0], year), Stub: "Reeks"}
	for _, y := range years {
		t.Columns = append(t.Columns, strconv.Itoa(y))
	}
	t.Columns = append(t.Columns, fmt.Sprintf("verschil met %d", year-1), fmt.Sprintf("t.o.v. %d", year-1),
		fmt.Sprintf("verschil met %d", year-3), fmt.Sprintf("t.o.v. %d", year-3))
	series := []struct {
		code, label string
		keep        func(registration.Incident) bool
	}{
		{"totaal", "Discriminatie-incidenten (totaal)", func(registration.Incident) bool { return true }},
		{publicTask, "waarvan tegen werknemers met een publieke taak", func(in registration.Incident) bool { return in.Has(publicTask) }},
		{"zonder_publieke_taak", "totaal zonder publieke taak (telwijze vóór 2019)", func(in registration.Incident) bool { return !in.Has(publicTask) }},
		{online, "waarvan online", func(in registration.Incident) bool { return in.Has(online) }},
	}
	for _, s := range series {
		var ns []int
		for _, y := range years {
			n := 0
			for _, x := range byYear[y] {
				if s.keep(x.Incident) {
					n += x.N
				}
			}
			ns = append(ns, n)
		}
		cells := counts(ns...)
		d1, p1 := change(ns[3], ns[2])
		d3, p3 := change(ns[3], ns[0])
		cells = append(cells, Cell{Text: d1}, Cell{Text: p1}, Cell{Text: d3}, Cell{Text: p3})
		t.Rows = append(t.Rows, Row{Code: s.code, Label: s.label, Cells: cells})
	}
	t.Notes = append(t.Notes, "Incidenten tegen werknemers met een publieke taak (onder wie politiemensen) zijn een eigen reeks en tellen sinds 2019 mee in het totaal.")
	for _, b := range MethodBreaks {
		if b.Year > years[0] && b.Year <= year {
			t.Notes = append(t.Notes, fmt.Sprintf("Methodebreuk %d (%s): de vergelijking met %d gaat over deze breuk heen.", b.Year, b.Reason, years[0]))
		}
	}
	return t
}

// change returns the difference and the percentage change of n against base, in Dutch.
func change(n, base int) (string, string) {
	d := fmt.Sprintf("%+d", n-base)
	if base == 0 {
		return d, "n.v.t."
	}
	return d, fmt.Sprintf("%+.0f%%", 100*float64(n-base)/float64(base))
}

// Trend phrases a percentage change the way the yearly report does: "+2%", "bijna +25%"
// (just under a round five), "ruim +10%" (just over one).
func Trend(pct float64) string {
	r := math.Round(pct)
	five := math.Round(pct/5) * 5
	sign := func(x float64) string { return fmt.Sprintf("%+.0f%%", x) }
	switch {
	case math.Abs(pct) >= 10 && five != 0 && math.Abs(pct-five) <= 1.5 && math.Abs(pct) < math.Abs(five) && r != five:
		return "bijna " + sign(five)
	case math.Abs(pct) >= 10 && five != 0 && math.Abs(pct-five) <= 1.5 && math.Abs(pct) > math.Abs(five) && r != five:
		return "ruim " + sign(five)
	}
	return sign(r)
}

// summary is the yearly sentence, in the seed's form.
func summary(year, n, prev, three int) string {
	s := fmt.Sprintf("In %d registreerde de politie %s discriminatie-incidenten", year, Number(n))
	var parts []string
	if prev > 0 {
		parts = append(parts, fmt.Sprintf("%s ten opzichte van %d", Trend(100*float64(n-prev)/float64(prev)), year-1))
	}
	if three > 0 {
		parts = append(parts, fmt.Sprintf("%s ten opzichte van drie jaar eerder (%d)", Trend(100*float64(n-three)/float64(three)), year-3))
	}
	switch len(parts) {
	case 1:
		s += ": " + parts[0]
	case 2:
		s += ": " + parts[0] + " en " + parts[1]
	}
	return s + "."
}

func perGround(c *catalog.Catalog, in incidents) Table {
	t := Table{ID: "gronden", Title: "Incidenten per discriminatiegrond", Stub: "Discriminatiegrond", Columns: []string{"incidenten"},
		TotalRow: true, ShareOf: total(in)}
	multi := 0
	n := map[string]int{}
	for _, x := range in {
		if len(x.Grounds) > 1 {
			multi += x.N
		}
		for _, g := range x.Grounds {
			n[g] += x.N
		}
	}
	for _, g := range c.Grounds {
		t.Rows = append(t.Rows, Row{Code: g.Code, Label: g.Label, Cells: counts(n[g.Code])})
	}
	t.Rows = append(t.Rows, Row{Code: "totaal", Label: "Totaal incidenten", Cells: counts(total(in))})
	t.Notes = []string{fmt.Sprintf("Een incident met meer dan één grond telt bij elke grond mee (%s incidenten hebben meer gronden); de aantallen per grond tellen daardoor op tot meer dan het totaal en de aandelen tot meer dan 100%%.", Number(multi))}
	return t
}

func perManifestation(c *catalog.Catalog, in incidents) Table {
	t := Table{ID: "verschijningsvormen", Title: "Incidenten per verschijningsvorm", Stub: "Verschijningsvorm", Columns: []string{"incidenten"},
		TotalRow: true, ShareOf: total(in)}
	n := map[string]int{}
	for _, x := range in {
		n[x.Manifestation] += x.N
	}
	for _, m := range c.Manifestations {
		t.Rows = append(t.Rows, Row{Code: m.Code, Label: m.Label, Cells: counts(n[m.Code])})
	}
	t.Rows = append(t.Rows, Row{Code: "totaal", Label: "Totaal incidenten", Cells: counts(total(in))})
	return t
}

// cross builds a table of row items by column items with totals; key gives an
// incident's row and column codes.
func cross(id, title, stub string, rows, cols catalog.List, in incidents, key func(registration.Incident) (r, c []string)) Table {
	t := Table{ID: id, Title: title, Stub: stub, TotalRow: true, TotalCol: true}
	for _, col := range cols {
		t.Columns = append(t.Columns, col.Label)
	}
	t.Columns = append(t.Columns, "Totaal")
	n := map[[2]string]int{}
	for _, x := range in {
		rs, cs := key(x.Incident)
		for _, r := range rs {
			for _, c := range cs {
				n[[2]string{r, c}] += x.N
			}
		}
	}
	colTotals := make([]int, len(cols)+1)
	for _, r := range rows {
		var ns []int
		sum := 0
		for j, c := range cols {
			v := n[[2]string{r.Code, c.Code}]
			ns = append(ns, v)
			sum += v
			colTotals[j] += v
		}
		colTotals[len(cols)] += sum
		t.Rows = append(t.Rows, Row{Code: r.Code, Label: r.Label, Cells: counts(append(ns, sum)...)})
	}
	t.Rows = append(t.Rows, Row{Code: "totaal", Label: "Totaal", Cells: counts(colTotals...)})
	return t
}

func groundByManifestation(c *catalog.Catalog, in incidents) Table {
	t := cross("grond_vorm", "Discriminatiegrond naar verschijningsvorm", "Discriminatiegrond", c.Grounds, c.Manifestations, in,
		func(x registration.Incident) ([]string, []string) { return x.Grounds, []string{x.Manifestation} })
	t.Notes = []string{"Een incident met meer gronden staat in elke rij van zijn gronden; de totalen tellen vermeldingen, niet incidenten."}
	return t
}

// unitList is the catalog's units as a list.
func unitList(c *catalog.Catalog) catalog.List {
	var l catalog.List
	for _, u := range c.Units {
		l = append(l, catalog.Item{Code: u.Code, Label: u.Label})
	}
	return l
}

func perUnit(c *catalog.Catalog, in incidents) Table {
	t := Table{ID: "eenheden", Title: "Incidenten per eenheid", Stub: "Eenheid", Columns: []string{"incidenten"}, TotalRow: true, ShareOf: total(in)}
	n := map[string]int{}
	for _, x := range in {
		n[x.Unit] += x.N
	}
	for _, u := range c.Units {
		t.Rows = append(t.Rows, Row{Code: u.Code, Label: u.Label, Cells: counts(n[u.Code])})
	}
	t.Rows = append(t.Rows, Row{Code: "totaal", Label: "Totaal incidenten", Cells: counts(total(in))})
	return t
}

func unitByGround(c *catalog.Catalog, in incidents) Table {
	t := cross("eenheid_grond", "Eenheid naar discriminatiegrond", "Eenheid", unitList(c), c.Grounds, in,
		func(x registration.Incident) ([]string, []string) { return []string{x.Unit}, x.Grounds })
	t.Notes = []string{"Een incident met meer gronden telt in elke kolom van zijn gronden; de totalen tellen vermeldingen, niet incidenten."}
	return t
}

func perIndication(c *catalog.Catalog, in incidents) Table {
	t := Table{ID: "indicaties", Title: "Incidenten per indicatie", Stub: "Indicatie", Columns: []string{"incidenten"}, ShareOf: total(in)}
	n := map[string]int{}
	for _, x := range in {
		for _, i := range x.Indications {
			n[i] += x.N
		}
	}
	for _, i := range c.Indications {
		t.Rows = append(t.Rows, Row{Code: i.Code, Label: i.Label, Cells: counts(n[i.Code])})
	}
	t.Notes = []string{"Indicaties overlappen: een incident kan meer indicaties hebben, of geen. Moslimdiscriminatie en antisemitisme zijn de indicaties die op verzoek apart worden geleverd."}
	return t
}

func perDecisionKind(c *catalog.Catalog, in incidents) Table {
	t := Table{ID: "soort", Title: "Incidenten naar soort beoordeling", Stub: "Beoordeling", Columns: []string{"incidenten"}, TotalRow: true, ShareOf: total(in)}
	n := map[string]int{}
	for _, x := range in {
		n[x.DecisionKind] += x.N
	}
	for _, k := range []string{catalog.DecisionDiscrimination, catalog.DecisionCodis} {
		t.Rows = append(t.Rows, Row{Code: k, Label: c.DecisionKinds.Label(k), Cells: counts(n[k])})
	}
	t.Rows = append(t.Rows, Row{Code: "totaal", Label: "Totaal incidenten", Cells: counts(total(in))})
	return t
}
