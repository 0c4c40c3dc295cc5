package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"stelsel"
	"stelsel/access"
	"stelsel/catalog"
	"stelsel/complaint"
	"stelsel/integrity"
	"stelsel/report"
)

func reportCommand() command {
	return command{summary: "figures: yearly tables, ODIHR, RDO overview, trends, half-year tables, commitments", run: runReport}
}

const reportHelp = `usage: stelsel report KIND [--year YEAR] [--format csv|xlsx|json] [--publication] [--out FILE] [--as USER] [--db DSN]

KIND is one of:
  year         the yearly police discrimination figures (--establish freezes them as a new snapshot version)
  odihr        the OSCE/ODIHR and EU FRA export, --by motief (bias motivation) or delict (type of crime)
  trends       monthly series per ground, indication and unit with spike signals (--months)
  halfyear     the tables of the half-year report (--half 1|2): discrimination, integrity, complaints, commitments
               (integrity needs the identity key: $STELSEL_IDENTITY_KEY or $STELSEL_IDENTITY_KEY_FILE)
  commitments  commitments (toezeggingen) and motions with their status, earmarked budgets and spending
  rdo          the case overview of a unit for the Regionaal Discriminatie Overleg (--unit, --from, --to; csv, xlsx or json)`

// reportFlags are the flags every report kind shares.
type reportFlags struct {
	regFlags
	year        int
	format      string
	publication bool
	out         string
}

func runReport(ctx context.Context, e env, args []string) error {
	if len(args) == 0 {
		return &usageError{reportHelp}
	}
	kind, args := args[0], args[1:]
	fs := flag.NewFlagSet("report "+kind, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	var f reportFlags
	f.register(fs, e, true, false)
	fs.IntVar(&f.year, "year", time.Now().Year()-1, "the year (default last year)")
	fs.StringVar(&f.format, "format", "csv", "csv, xlsx or json")
	fs.BoolVar(&f.publication, "publication", false, "the form meant for publication: counts 1-4 as <5 and secondary suppression")
	fs.StringVar(&f.out, "out", "", "output file (default standard output)")
	var establish *bool
	var note, by, unit, from, to *string
	var months, half *int
	switch kind {
	case "year":
		establish = fs.Bool("establish", false, "establish (vaststellen) the figures as the next snapshot version; needs a policy user (--as)")
		note = fs.String("note", "", "with --establish: a note stored with the snapshot")
	case "odihr":
		by = fs.String("by", "motief", "motief (bias motivation) or delict (type of crime); ODIHR publishes one, not both crossed")
	case "commitments":
	case "halfyear":
		half = fs.Int("half", 1, "1 (January-June) or 2 (July-December)")
	case "trends":
		months = fs.Int("months", 24, "number of months up to the last complete month")
	case "rdo":
		unit = fs.String("unit", "", "unit code or name (required)")
		from = fs.String("from", "", "registered from (YYYY-MM-DD)")
		to = fs.String("to", "", "registered before (YYYY-MM-DD)")
	default:
		return &usageError{reportHelp}
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return &usageError{reportHelp}
	}
	if f.format != "csv" && f.format != "xlsx" && f.format != "json" {
		return &usageError{"report: --format is csv, xlsx or json"}
	}
	deps, err := openRegistrations(ctx, e, f.regFlags)
	if err != nil {
		return err
	}
	defer deps.Close()
	actor, err := deps.actor(ctx, e, f.as)
	if err != nil {
		return err
	}
	rep := report.NewService(deps.db, deps.trail, deps.svc, time.Now)
	var value any
	var tables []report.Table
	switch kind {
	case "year":
		var fig report.Figures
		if *establish {
			snap, err := rep.Establish(ctx, actor, f.year, time.Time{}, *note)
			if err != nil {
				return err
			}
			fmt.Fprintf(e.stderr, "jaarcijfers %d vastgesteld als versie %d (hash %s)\n", snap.Year, snap.Version, snap.Hash)
			fig = snap.Figures
			if f.publication {
				fig = fig.Publication()
			}
		} else if fig, err = rep.Yearly(ctx, actor, f.year, report.YearOptions{Exact: !f.publication}); err != nil {
			return err
		}
		value, tables = fig, fig.Tables
	case "odihr":
		o, err := rep.ODIHRExport(ctx, actor, f.year, !f.publication)
		if err != nil {
			return err
		}
		t, err := o.Table(*by)
		if err != nil {
			return err
		}
		value, tables = o, []report.Table{t}
	case "halfyear":
		rep.Complaints = complaint.NewService(deps.db, deps.trail, deps.users, catalog.Default(), time.Now)
		if key, err := access.LoadKey("identiteit", integrity.IdentityKeyEnv, e.getenv("STELSEL_IDENTITY_KEY_FILE"), e.getenv); err == nil {
			if rep.Integrity, err = integrity.New(deps.db, deps.trail, deps.users, key, time.Now); err != nil {
				return err
			}
		} else {
			fmt.Fprintln(e.stderr, "report halfyear: zonder identiteitssleutel blijft het hoofdstuk integriteit leeg:", stelsel.ErrorMessage(err))
		}
		h, err := rep.HalfYearReport(ctx, actor, f.year, *half, !f.publication)
		if err != nil {
			return err
		}
		if f.format == "xlsx" {
			return writeFile(e, f, func(w io.Writer) error { return report.WriteHalfYearXLSX(w, h) })
		}
		value = h
		for _, sec := range h.Sections {
			if sec.Missing != "" {
				tables = append(tables, report.Table{ID: sec.ID, Title: sec.Title, Notes: []string{sec.Missing}, Source: "stelsel", DataMoment: h.DataMoment, Version: "-"})
			}
			tables = append(tables, sec.Tables...)
		}
	case "commitments":
		list, err := rep.Commitments(ctx, actor)
		if err != nil {
			return err
		}
		value, tables = list, report.CommitmentTables(list, time.Now())
	case "trends":
		tr, err := rep.MonthlyTrends(ctx, actor, *months, time.Time{})
		if err != nil {
			return err
		}
		value, tables = tr, trendTables(tr)
	case "rdo":
		if *unit == "" {
			return &usageError{"report rdo: --unit is required"}
		}
		fromT, err := parseDay("from", *from)
		if err != nil {
			return err
		}
		toT, err := parseDay("to", *to)
		if err != nil {
			return err
		}
		o, err := rep.RDOOverview(ctx, actor, *unit, fromT, toT)
		if err != nil {
			return err
		}
		if f.format == "xlsx" {
			return writeFile(e, f, func(w io.Writer) error { return report.WriteRDOXLSX(w, deps.svc.Catalog(), o) })
		}
		value, tables = o, append([]report.Table{rdoTable(deps.svc.Catalog(), o)}, o.Summary...)
	}
	return writeReport(e, f, value, tables)
}

// writeReport writes the tables (csv, xlsx) or the value (json) to --out or stdout.
func writeReport(e env, f reportFlags, value any, tables []report.Table) error {
	return writeFile(e, f, func(w io.Writer) error {
		switch f.format {
		case "csv":
			return report.WriteCSV(w, tables...)
		case "xlsx":
			return report.WriteXLSX(w, tables...)
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(value)
	})
}

// rdoTable lists the incidents of an RDO overview as a table of texts, for CSV.
func rdoTable(c *catalog.Catalog, o report.RDO) report.Table {
	t := report.Table{ID: "rdo", Title: "Casusoverzicht RDO " + o.Unit.Label + ", " + o.Period(), Stub: "registratienummer",
		Columns: []string{"registratiedatum", "basisteam", "gemeente", "beoordeling", "gronden", "indicaties", "verschijningsvorm", "doorverwijzing ADV", "opvolging"},
		Source:  "Eenheidslijst " + o.Unit.Label + " (stelsel)", DataMoment: o.Produced, Version: "intern overzicht voor het RDO"}
	for _, r := range o.Rows {
		adv := "nee"
		if r.Referral {
			adv = r.ADV
		}
		cells := []report.Cell{}
		for _, v := range []string{r.RegisteredAt.Format("2006-01-02"), r.Team, r.Municipality, c.DecisionKinds.Label(r.DecisionKind),
			report.Labels(c.Grounds, r.Grounds), report.Labels(c.Indications, r.Indications), c.Manifestations.Label(r.Manifestation), adv, r.FollowUp} {
			if v == "" {
				v = "-"
			}
			cells = append(cells, report.Cell{Text: v})
		}
		t.Rows = append(t.Rows, report.Row{Label: r.Number, Cells: cells})
	}
	return t
}

// trendTables lays the series out as tables (series by month) and lists the alarms.
func trendTables(tr report.Trends) []report.Table {
	var out []report.Table
	for _, g := range report.Groups {
		t := report.Table{ID: "trend_" + g.Code, Title: "Incidenten per maand: " + strings.ToLower(g.Label), Stub: "Reeks", Columns: tr.Months,
			Source: "Politie (ECAD-P), beoordeelde registraties in stelsel", DataMoment: tr.DataMoment, Version: "interne signalering"}
		for _, sr := range tr.Series {
			if sr.Group != g.Code {
				continue
			}
			row := report.Row{Code: sr.Code, Label: sr.Label}
			for _, n := range sr.Counts {
				row.Cells = append(row.Cells, report.Cell{N: n})
			}
			t.Rows = append(t.Rows, row)
		}
		out = append(out, t)
	}
	alarms := report.Table{ID: "signalen", Title: "Signalen", Stub: "Reeks", Columns: []string{"maand", "uitleg"}, Notes: []string{tr.Method},
		Source: "Politie (ECAD-P), beoordeelde registraties in stelsel", DataMoment: tr.DataMoment, Version: "interne signalering"}
	for _, a := range tr.Alarms() {
		alarms.Rows = append(alarms.Rows, report.Row{Label: a.Series.Label, Cells: []report.Cell{{Text: a.Alarm.Period}, {Text: a.Alarm.Explanation}}})
	}
	return append(out, alarms)
}

// writeFile runs write into a buffer and puts the result in --out (atomically) or on
// standard output.
func writeFile(e env, f reportFlags, write func(io.Writer) error) error {
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		return err
	}
	var err error
	if f.out == "" {
		if f.format == "xlsx" && isTerminal(e.stdout) {
			return &usageError{"report: an XLSX workbook does not belong on a terminal; use --out FILE"}
		}
		_, err = io.Copy(e.stdout, &buf)
		return err
	}
	tmp := f.out + ".tmp"
	if err := os.WriteFile(tmp, buf.Bytes(), 0o600); err != nil {
		return err
	}
	if err := os.Rename(tmp, f.out); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "%s geschreven (%s)\n", f.out, strings.ToUpper(f.format))
	return nil
}
