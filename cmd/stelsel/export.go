package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"stelsel/registration"
)

func exportCommand() command {
	return command{summary: "export BVH codes (export codes) or a unit list (export unitlist)", run: runExport}
}

const exportHelp = `usage: stelsel export codes [--dir DIR] [--since TIME] [--until TIME]
       stelsel export unitlist --unit UNIT [--from DATE] [--to DATE] [--format csv|xlsx] [--out FILE]`

func runExport(ctx context.Context, e env, args []string) error {
	if len(args) == 0 {
		return &usageError{exportHelp}
	}
	sub, args := args[0], args[1:]
	fs := flag.NewFlagSet("export "+sub, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	var f regFlags
	f.register(fs, e, true, false)
	var dir, since, until, unit, from, to, format, out *string
	switch sub {
	case "codes":
		dir = fs.String("dir", ".", "directory for the per-unit CSV files")
		since = fs.String("since", "", "export decisions effective since this moment (RFC 3339 or YYYY-MM-DD); default: where the previous export ended")
		until = fs.String("until", "", "up to this moment (default now)")
	case "unitlist":
		unit = fs.String("unit", "", "unit code or name (required)")
		from = fs.String("from", "", "registered from (YYYY-MM-DD)")
		to = fs.String("to", "", "registered before (YYYY-MM-DD)")
		format = fs.String("format", "csv", "csv or xlsx")
		out = fs.String("out", "", "output file (default standard output)")
	default:
		return &usageError{exportHelp}
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return &usageError{exportHelp}
	}
	deps, actor, err := openRegistrationsAs(ctx, e, f)
	if err != nil {
		return err
	}
	defer deps.Close()
	if sub == "codes" {
		opts := registration.ExportOptions{Dir: *dir}
		for _, p := range []struct {
			name, val string
			dst       **time.Time
		}{{"since", *since, &opts.Since}, {"until", *until, &opts.Until}} {
			t, err := parseDay(p.name, p.val)
			if err != nil {
				return err
			}
			if !t.IsZero() {
				*p.dst = &t
			}
		}
		res, err := deps.svc.ExportCodes(ctx, actor, opts)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "BVH-codes van %s tot %s: %d regels\n", res.Since.Local().Format(time.RFC3339), res.Until.Local().Format(time.RFC3339), res.Rows)
		for _, fl := range res.Files {
			fmt.Fprintf(e.stdout, "  %-4s %5d  %s\n", fl.Unit, fl.Rows, fl.Path)
		}
		return nil
	}
	if *unit == "" {
		return &usageError{"export unitlist: --unit is required"}
	}
	lf := registration.ListFilter{Unit: *unit}
	if lf.From, err = parseDay("from", *from); err != nil {
		return err
	}
	if lf.To, err = parseDay("to", *to); err != nil {
		return err
	}
	rows, err := deps.svc.UnitList(ctx, actor, lf)
	if err != nil {
		return err
	}
	write := func(w io.Writer) error {
		if *format == "xlsx" {
			return registration.WriteUnitListXLSX(w, deps.svc.Catalog(), rows)
		}
		return registration.WriteUnitListCSV(w, deps.svc.Catalog(), rows)
	}
	if *format != "csv" && *format != "xlsx" {
		return &usageError{"export unitlist: --format is csv or xlsx"}
	}
	if *out == "" {
		return write(e.stdout)
	}
	fh, err := os.Create(*out)
	if err != nil {
		return err
	}
	if err := write(fh); err != nil {
		fh.Close()
		return err
	}
	if err := fh.Close(); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "%d incidenten geschreven naar %s\n", len(rows), *out)
	return nil
}
