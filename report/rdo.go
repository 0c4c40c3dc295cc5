package report

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"stelsel/access"
	"stelsel/catalog"
	"stelsel/registration"
)

// RDO is the case overview of one unit and period for the Regionaal Discriminatie
// Overleg (police, OM, ADV): every coded incident with its number, grounds, indications,
// manifestation, referral and follow-up, and a summary by ground and manifestation. It
// is case content: it comes from the unit list, with its permission and audit.
type RDO struct {
	Unit     catalog.Unit           `json:"eenheid"`
	From     time.Time              `json:"van"`
	To       time.Time              `json:"tot"`
	Rows     []registration.ListRow `json:"incidenten"`
	Summary  []Table                `json:"samenvatting"`
	Produced time.Time              `json:"opgesteld"`
}

// RDOOverview returns the overview of unit for registrations in [from, to). The actor
// needs access.ReadUnitList for the unit (the unit list's rule); the read is audited by
// the unit list.
func (s *Service) RDOOverview(ctx context.Context, a access.Actor, unit string, from, to time.Time) (RDO, error) {
	rows, err := s.reg.UnitList(ctx, a, registration.ListFilter{Unit: unit, From: from, To: to})
	if err != nil {
		return RDO{}, err
	}
	u, _ := s.cat.Unit(unit)
	o := RDO{Unit: u, From: from, To: to, Rows: rows, Produced: s.clock()}
	var in incidents
	for _, r := range rows {
		in = append(in, registration.IncidentCount{Incident: registration.Incident{DecisionKind: r.DecisionKind, Unit: r.Unit, Grounds: r.Grounds,
			Indications: r.Indications, Manifestation: r.Manifestation, Referral: r.Referral}, N: 1})
	}
	referred := 0
	for _, r := range rows {
		if r.Referral {
			referred++
		}
	}
	for _, t := range []Table{perGround(s.cat, in), perManifestation(s.cat, in), perIndication(s.cat, in)} {
		t.Source, t.DataMoment, t.Version = "Eenheidslijst "+u.Label+" (stelsel)", o.Produced, "intern overzicht voor het RDO"
		o.Summary = append(o.Summary, t)
	}
	o.Summary = append(o.Summary, Table{ID: "rdo_adv", Title: "Doorverwezen naar een antidiscriminatievoorziening", Stub: "Opvolging",
		Columns: []string{"incidenten"}, Rows: []Row{{Code: "adv", Label: "Doorverwezen naar een ADV", Cells: counts(referred)},
			{Code: "totaal", Label: "Totaal incidenten", Cells: counts(len(rows))}},
		Source: "Eenheidslijst " + u.Label + " (stelsel)", DataMoment: o.Produced, Version: "intern overzicht voor het RDO"})
	return o, nil
}

// Period returns the period in Dutch: "1 januari 2026 tot en met 31 maart 2026".
func (o RDO) Period() string {
	f := "begin"
	if !o.From.IsZero() {
		f = DutchDate(o.From)
	}
	t := "nu"
	if !o.To.IsZero() {
		t = DutchDate(o.To.Add(-time.Second))
	}
	return f + " tot en met " + t
}

var months = []string{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"}

// DutchDate writes t as "1 januari 2026".
func DutchDate(t time.Time) string {
	t = t.In(amsterdam)
	return fmt.Sprintf("%d %s %d", t.Day(), months[t.Month()-1], t.Year())
}

// Labels returns the Dutch labels of codes in list l, joined.
func Labels(l catalog.List, codes []string) string {
	out := make([]string, len(codes))
	for i, c := range codes {
		out[i] = l.Label(c)
	}
	return strings.Join(out, ", ")
}

// WriteRDOXLSX writes the overview as a workbook: the incidents, then the summary tables.
func WriteRDOXLSX(w io.Writer, c *catalog.Catalog, o RDO) error {
	f := excelize.NewFile()
	defer f.Close()
	const sheet = "RDO-overzicht"
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	set := func(row int, vals ...any) error {
		cell, _ := excelize.CoordinatesToCellName(1, row)
		return f.SetSheetRow(sheet, cell, &vals)
	}
	if err := set(1, fmt.Sprintf("Casusoverzicht RDO, eenheid %s, %s", o.Unit.Label, o.Period())); err != nil {
		return err
	}
	if err := set(3, "registratienummer", "registratiedatum", "basisteam", "gemeente", "beoordeling", "gronden", "indicaties",
		"verschijningsvorm", "doorverwijzing ADV", "opvolging"); err != nil {
		return err
	}
	for i, r := range o.Rows {
		adv := ""
		if r.Referral {
			adv = r.ADV
		}
		if err := set(4+i, r.Number, r.RegisteredAt.In(amsterdam).Format("2006-01-02"), inert(r.Team), inert(r.Municipality),
			c.DecisionKinds.Label(r.DecisionKind), Labels(c.Grounds, r.Grounds), Labels(c.Indications, r.Indications),
			c.Manifestations.Label(r.Manifestation), inert(adv), r.FollowUp); err != nil {
			return err
		}
	}
	f.SetColWidth(sheet, "A", "J", 22)
	// The summary tables follow, one sheet each.
	if err := summarySheets(f, o.Summary); err != nil {
		return err
	}
	_, err := f.WriteTo(w)
	return err
}

// summarySheets adds one sheet per table to f.
func summarySheets(f *excelize.File, tables []Table) error {
	for _, t := range tables {
		name := t.ID
		if _, err := f.NewSheet(name); err != nil {
			return err
		}
		row := 1
		put := func(vals []any) error {
			cell, _ := excelize.CoordinatesToCellName(1, row)
			row++
			return f.SetSheetRow(name, cell, &vals)
		}
		if err := put([]any{t.Title}); err != nil {
			return err
		}
		h := header(t)
		hv := make([]any, len(h))
		for i, x := range h {
			hv[i] = x
		}
		if err := put(hv); err != nil {
			return err
		}
		for i := range t.Rows {
			if err := put(t.machine(i)); err != nil {
				return err
			}
		}
		for _, l := range t.Footer() {
			if err := put([]any{l}); err != nil {
				return err
			}
		}
	}
	return nil
}
