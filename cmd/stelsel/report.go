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

	"stelsel/report"
)

func reportCommand() command {
	return command{summary: "figures: yearly tables, ODIHR, RDO overview, trends, half-year tables, commitments", run: runReport}
}

const reportHelp = `usage: stelsel report KIND [--year YEAR] [--format csv|xlsx|json] [--publication] [--out FILE] [--as USER] [--db DSN]

KIND is one of:
  year         the yearly police discrimination figures (--establish freezes them as a new snapshot version)`

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
	var note *string
	switch kind {
	case "year":
		establish = fs.Bool("establish", false, "establish (vaststellen) the figures as the next snapshot version; needs a policy user (--as)")
		note = fs.String("note", "", "with --establish: a note stored with the snapshot")
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
	}
	return writeReport(e, f, value, tables)
}

// writeReport writes the tables (csv, xlsx) or the value (json) to --out or stdout.
func writeReport(e env, f reportFlags, value any, tables []report.Table) error {
	var buf bytes.Buffer
	var err error
	switch f.format {
	case "csv":
		err = report.WriteCSV(&buf, tables...)
	case "xlsx":
		err = report.WriteXLSX(&buf, tables...)
	case "json":
		enc := json.NewEncoder(&buf)
		enc.SetIndent("", "  ")
		err = enc.Encode(value)
	}
	if err != nil {
		return err
	}
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
