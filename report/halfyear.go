package report

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"stelsel"
	"stelsel/access"
	"stelsel/catalog"
	"stelsel/complaint"
	"stelsel/integrity"
	"stelsel/registration"
)

// IntegrityCounter is what the half-year report needs of the integrity service.
type IntegrityCounter interface {
	HalfYearFigures(ctx context.Context, a access.Actor, from, to time.Time) (*integrity.Figures, error)
}

// ComplaintCounter is what the half-year report needs of the complaint service.
type ComplaintCounter interface {
	Figures(ctx context.Context, a access.Actor, f complaint.FigureFilter) (*complaint.Figures, error)
}

// Section is one chapter of the half-year document. Missing says, in Dutch, why a
// section has no tables (no access, or the part of stelsel is not switched on).
type Section struct {
	ID      string  `json:"id"`
	Title   string  `json:"titel"`
	Intro   string  `json:"inleiding,omitempty"`
	Tables  []Table `json:"tabellen"`
	Missing string  `json:"ontbreekt,omitempty"`
}

// HalfYear is the tables annex of the half-year report (halfjaarbericht) on integrity,
// discrimination and racism: one document, printable and as a workbook.
type HalfYear struct {
	Year        int       `json:"jaar"`
	Half        int       `json:"helft"`
	From        time.Time `json:"van"`
	To          time.Time `json:"tot"`
	DataMoment  time.Time `json:"peilmoment"`
	Publication bool      `json:"publicatie"`
	Sections    []Section `json:"hoofdstukken"`
}

// Title is the document's title in Dutch.
func (h HalfYear) Title() string {
	n := "Eerste"
	if h.Half == 2 {
		n = "Tweede"
	}
	return fmt.Sprintf("%s halfjaarbericht politie %d: integriteit, discriminatie en racisme (tabellen)", n, h.Year)
}

// halfYearWithout are the incident fields the half-year tables do not count by.
var halfYearWithout = []registration.IncidentField{registration.FieldKind, registration.FieldReferral}

// HalfYearReport builds the document for half 1 (January-June) or 2 (July-December) of
// year. Each section needs its own permission; a section the actor may not see, or whose
// part of stelsel is not switched on, says so instead of showing tables. Exact small
// counts need access.ExactFigures and exact.
func (s *Service) HalfYearReport(ctx context.Context, a access.Actor, year, half int, exact bool) (HalfYear, error) {
	if a.Anonymous() {
		return HalfYear{}, stelsel.Errorf(stelsel.EUNAUTHORIZED, "niet ingelogd")
	}
	if !a.Has(access.ReadFigures) && !a.Has(access.IntegrityFigures) && !a.Has(access.ComplaintFigures) {
		return HalfYear{}, a.Require(access.ReadFigures)
	}
	if err := s.validYear(year); err != nil {
		return HalfYear{}, err
	}
	if half != 1 && half != 2 {
		return HalfYear{}, stelsel.Invalid("helft", "kies helft 1 (januari-juni) of 2 (juli-december)")
	}
	from := time.Date(year, time.Month(1+6*(half-1)), 1, 0, 0, 0, 0, amsterdam)
	h := HalfYear{Year: year, Half: half, From: from, To: from.AddDate(0, 6, 0), DataMoment: s.clock(), Publication: !exact || !a.Has(access.ExactFigures)}
	stamp := func(t Table, src string) Table {
		t.Source, t.DataMoment = src, h.DataMoment
		if t.Version == "" {
			t.Version = "halfjaarbericht " + fmt.Sprintf("%d-H%d", year, half) + "; catalogus " + s.cat.Version
		}
		if h.Publication {
			t = Suppress(t)
		}
		return t
	}
	// 1. Discrimination.
	sec := Section{ID: "discriminatie", Title: "Discriminatie in registraties (ECAD-P)"}
	if a.Has(access.ReadFigures) {
		cur, err := s.reg.CountIncidents(ctx, a, registration.IncidentFilter{From: h.From, To: h.To, At: h.DataMoment, Without: halfYearWithout}, []time.Time{h.From})
		if err != nil {
			return h, err
		}
		prev, err := s.reg.CountIncidents(ctx, a, registration.IncidentFilter{From: h.From.AddDate(-1, 0, 0), To: h.To.AddDate(-1, 0, 0), At: h.DataMoment, Without: halfYearWithout},
			[]time.Time{h.From.AddDate(-1, 0, 0)})
		if err != nil {
			return h, err
		}
		c, scope := s.scope(a)
		sec.Intro = fmt.Sprintf("Beoordeelde registraties met een discriminatiecode, %s, geregistreerd van %s tot en met %s.", scope, DutchDate(h.From), DutchDate(h.To.AddDate(0, 0, -1)))
		kt := Table{ID: "hj_kerncijfers", Title: "Discriminatie-incidenten in het halfjaar", Stub: "Reeks",
			Columns: []string{fmt.Sprintf("%d-H%d", year-1, half), fmt.Sprintf("%d-H%d", year, half), "verschil", "t.o.v. vorig jaar"}}
		for _, sr := range []struct {
			code, label string
			keep        func(registration.Incident) bool
		}{
			{"totaal", "Discriminatie-incidenten (totaal)", func(registration.Incident) bool { return true }},
			{publicTask, "waarvan tegen werknemers met een publieke taak", func(in registration.Incident) bool { return in.Has(publicTask) }},
			{online, "waarvan online", func(in registration.Incident) bool { return in.Has(online) }},
		} {
			n0, n1 := 0, 0
			for _, x := range prev {
				if sr.keep(x.Incident) {
					n0 += x.N
				}
			}
			for _, x := range cur {
				if sr.keep(x.Incident) {
					n1 += x.N
				}
			}
			d, p := change(n1, n0)
			kt.Rows = append(kt.Rows, Row{Code: sr.code, Label: sr.label, Cells: []Cell{{N: n0}, {N: n1}, {Text: d}, {Text: p}}})
		}
		for _, t := range []Table{kt, perGround(c, cur), perManifestation(c, cur), perUnit(c, cur), perIndication(c, cur)} {
			sec.Tables = append(sec.Tables, stamp(t, source))
		}
	} else {
		sec.Missing = "Uw rol geeft geen toegang tot de discriminatiecijfers."
	}
	h.Sections = append(h.Sections, sec)
	// 2. Integrity.
	sec = Section{ID: "integriteit", Title: "Integriteit (VIK): meldingen, routes, uitkomsten en doorlooptijden"}
	switch {
	case s.Integrity == nil:
		sec.Missing = "De integriteitsmodule is in deze installatie niet ingeschakeld; dit hoofdstuk heeft daarom geen tabellen."
	case !a.Has(access.IntegrityFigures):
		sec.Missing = "Uw rol geeft geen toegang tot de integriteitscijfers."
	default:
		// The integrity service counts half years in UTC; ask for the middle of ours.
		mid := h.From.AddDate(0, 3, 0)
		f, err := s.Integrity.HalfYearFigures(ctx, a, mid, mid)
		if err != nil {
			return h, err
		}
		for _, t := range integrityTables(s.cat, catalog.DefaultIntegrity(), f, fmt.Sprintf("%d-H%d", year, half)) {
			sec.Tables = append(sec.Tables, stamp(t, "VIK, leerregistratie van afgesloten integriteitszaken (stelsel)"))
		}
		sec.Intro = "Meldingen die binnenkwamen en zaken die in het halfjaar zijn afgesloten, met hun route, uitkomst, straf en opvoedkundige maatregel."
	}
	h.Sections = append(h.Sections, sec)
	// 3. Complaints.
	sec = Section{ID: "klachten", Title: "Klachten: markeringen, fasen, uitkomsten en doorlooptijden"}
	switch {
	case s.Complaints == nil:
		sec.Missing = "De klachtenmodule is in deze installatie niet ingeschakeld; dit hoofdstuk heeft daarom geen tabellen."
	case !a.Has(access.ComplaintFigures):
		sec.Missing = "Uw rol geeft geen toegang tot de klachtencijfers."
	default:
		f, err := s.Complaints.Figures(ctx, a, complaint.FigureFilter{From: h.From, To: h.To})
		if err != nil {
			return h, err
		}
		for _, t := range complaintTables(s.cat, f) {
			sec.Tables = append(sec.Tables, stamp(t, "Klachtregistratie (stelsel)"))
		}
		sec.Intro = "Klachten ontvangen in het halfjaar, met de markeringen etnisch profileren en discriminatie (Verkleurde beelden)."
	}
	h.Sections = append(h.Sections, sec)
	// 4. Commitments.
	sec = Section{ID: "toezeggingen", Title: "Toezeggingen, moties en geoormerkte middelen"}
	if a.Has(access.ReadCommitments) {
		list, err := s.Commitments(ctx, a)
		if err != nil {
			return h, err
		}
		sec.Tables = CommitmentTables(list, h.DataMoment)
	} else {
		sec.Missing = "Uw rol geeft geen toegang tot de toezeggingen en moties."
	}
	h.Sections = append(h.Sections, sec)
	return h, nil
}

// mapTable makes a one-column table of counts from a map, rows in list order, unknown
// codes after them, and a total row when total >= 0.
func mapTable(id, title, stub string, l catalog.List, m map[string]int, total int, extra ...catalog.Item) Table {
	t := Table{ID: id, Title: title, Stub: stub, Columns: []string{"aantal"}}
	seen := map[string]bool{}
	for _, it := range append(append(catalog.List{}, extra...), l...) {
		if seen[it.Code] {
			continue
		}
		seen[it.Code] = true
		t.Rows = append(t.Rows, Row{Code: it.Code, Label: it.Label, Cells: counts(m[it.Code])})
	}
	for code, n := range m {
		if !seen[code] && code != "" {
			t.Rows = append(t.Rows, Row{Code: code, Label: "Overig (" + code + ")", Cells: counts(n)})
		}
	}
	if total >= 0 {
		t.TotalRow = true
		t.Rows = append(t.Rows, Row{Code: "totaal", Label: "Totaal", Cells: counts(total)})
	}
	return t
}

func integrityTables(c *catalog.Catalog, ic *catalog.Integrity, f *integrity.Figures, label string) []Table {
	if f == nil {
		return nil
	}
	var p integrity.Period
	for _, x := range f.Periods {
		if x.Label == label {
			p = x
		}
	}
	sum := func(m map[string]int) int {
		n := 0
		for _, v := range m {
			n += v
		}
		return n
	}
	kt := Table{ID: "vik_kerncijfers", Title: "Integriteitsmeldingen en afgesloten zaken", Stub: "Reeks", Columns: []string{"aantal"},
		Rows: []Row{{Code: "ontvangen", Label: "Meldingen ontvangen", Cells: counts(p.Received)}, {Code: "gesloten", Label: "Zaken afgesloten", Cells: counts(p.Closed)}}}
	lt := Table{ID: "vik_doorlooptijd", Title: "Doorlooptijd afgesloten zaken (dagen)", Stub: "Maat", Columns: []string{"dagen"},
		Rows: []Row{{Label: "mediaan", Cells: []Cell{{Text: decimal(p.LeadTimeMedian)}}}, {Label: "90e percentiel", Cells: []Cell{{Text: decimal(p.LeadTimeP90)}}},
			{Label: "gemiddeld", Cells: []Cell{{Text: decimal(p.LeadTimeMean)}}}}}
	if p.Closed > 0 && p.Closed < 5 {
		lt.Notes = []string{"Minder dan 5 afgesloten zaken: de doorlooptijden zijn niet voor publicatie."}
		for i := range lt.Rows {
			lt.Rows[i].Cells[0] = Cell{Text: "x", Hidden: true}
		}
	}
	routes := mapTable("vik_routes", "Afgesloten zaken per route", "Route", ic.Routes, p.ByRoute, -1)
	routes.Notes = []string{"Een zaak met meer sporen telt bij elk spoor."}
	return []Table{kt,
		mapTable("vik_categorie", "Afgesloten zaken per categorie integriteitsschending", "Categorie", c.IntegrityCategories, p.ByCategory, sum(p.ByCategory)),
		routes,
		mapTable("vik_uitkomst", "Afgesloten zaken per uitkomst", "Uitkomst", ic.Outcomes, p.ByOutcome, sum(p.ByOutcome)),
		mapTable("vik_straf", "Opgelegde straffen (art. 77 BARP)", "Straf", c.Sanctions, p.BySanction, sum(p.BySanction)),
		mapTable("vik_educatief", "Opvoedkundige maatregelen", "Maatregel", c.EducationalMeasures, p.ByEduMeasure, -1),
		lt,
	}
}

func complaintTables(c *catalog.Catalog, f *complaint.Figures) []Table {
	if f == nil {
		return nil
	}
	ut := Table{ID: "klachten_eenheid", Title: "Klachten per eenheid", Stub: "Eenheid", TotalRow: true,
		Columns: []string{"totaal", "etnisch profileren", "discriminatie", "opgelost in fase 1", "naar fase 2", "in behandeling"}}
	tot := make([]int, 6)
	for _, u := range f.ByUnit {
		ns := []int{u.Total, u.EthnicProfiling, u.Discrimination, u.SettledPhase1, u.ToPhase2, u.Open}
		for i, n := range ns {
			tot[i] += n
		}
		ut.Rows = append(ut.Rows, Row{Code: u.Unit, Label: u.Label, Cells: counts(ns...)})
	}
	ut.Rows = append(ut.Rows, Row{Code: "totaal", Label: "Totaal", Cells: counts(tot...)})
	ut.Notes = []string{"Een klacht met beide markeringen telt in beide kolommen; de kolommen tellen daarom niet op tot het totaal."}
	mt := Table{ID: "klachten_markering", Title: "Gemarkeerde klachten (Verkleurde beelden)", Stub: "Markering",
		Columns: []string{"totaal", "afgehandeld", "opgelost in fase 1", "naar fase 2", "(deels) gegrond"}}
	for _, m := range f.Marked {
		mt.Rows = append(mt.Rows, Row{Code: m.Marker, Label: c.ComplaintMarkers.Label(m.Marker), Cells: counts(m.Total, m.Closed, m.SettledPhase1, m.ToPhase2, m.Founded)})
	}
	phases := catalog.List{}
	for _, p := range complaint.Phases {
		phases = append(phases, catalog.Item{Code: string(p), Label: p.Label()})
	}
	byPhase := map[string]int{}
	for p, n := range f.ByPhase {
		byPhase[string(p)] = n
	}
	outcomes := append(catalog.List{{Code: complaint.OutcomeSettled, Label: "Opgelost in fase 1"}, {Code: complaint.OutcomeWithdrawn, Label: "Ingetrokken"},
		{Code: complaint.OutcomeRefused, Label: "Niet in behandeling genomen"}}, c.ComplaintJudgements...)
	lt := Table{ID: "klachten_doorlooptijd", Title: "Doorlooptijd afgehandelde klachten", Stub: "Maat", Columns: []string{"waarde"},
		Rows: []Row{{Label: "mediaan (dagen)", Cells: []Cell{{Text: decimal(f.LeadTimeMedianDays)}}}, {Label: "gemiddeld (dagen)", Cells: []Cell{{Text: decimal(f.LeadTimeMeanDays)}}},
			{Label: "afgehandeld binnen de termijn", Cells: counts(f.ClosedInTerm)}, {Label: "afgehandeld", Cells: counts(f.Closed)}}}
	return []Table{ut, mt,
		mapTable("klachten_fase", "Klachten naar fase", "Fase", phases, byPhase, f.Total),
		mapTable("klachten_uitkomst", "Afgehandelde klachten naar uitkomst", "Uitkomst", outcomes, f.ByOutcome, -1),
		lt,
	}
}

// WriteHalfYearXLSX writes the document as one workbook: a contents sheet, then every
// table of every section on its own sheet.
func WriteHalfYearXLSX(w io.Writer, h HalfYear) error {
	var all []Table
	contents := Table{ID: "inhoud", Title: h.Title(), Stub: "Hoofdstuk", Columns: []string{"tabellen of toelichting"},
		Source: "stelsel", DataMoment: h.DataMoment, Version: fmt.Sprintf("%d-H%d", h.Year, h.Half), Publication: h.Publication}
	for _, s := range h.Sections {
		var names []string
		for _, t := range s.Tables {
			names = append(names, t.Title)
		}
		text := strings.Join(names, "; ")
		if s.Missing != "" {
			text = s.Missing
		}
		contents.Rows = append(contents.Rows, Row{Label: s.Title, Cells: []Cell{{Text: text}}})
		all = append(all, s.Tables...)
	}
	return WriteXLSX(w, append([]Table{contents}, all...)...)
}
