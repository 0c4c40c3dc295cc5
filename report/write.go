package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// machine returns row i for files: the label, then plain numbers (no thousands
// separator), "<5" and "x" for hidden cells, and the share as a whole percentage.
func (t Table) machine(i int) []any {
	r := t.Rows[i]
	label := r.Label
	if r.Break != "" {
		label += " *"
	}
	rec := []any{inert(label)}
	for j, c := range r.Cells {
		switch {
		case c.Empty:
			rec = append(rec, "")
		case c.Hidden || c.Text != "":
			rec = append(rec, c.Shown())
		default:
			rec = append(rec, c.N)
		}
		if j == 0 && t.ShareOf > 0 {
			if s := c.Share(t.ShareOf); s != "" {
				rec = append(rec, strings.TrimSuffix(s, "%"))
			} else {
				rec = append(rec, "")
			}
		}
	}
	return rec
}

// inert keeps a spreadsheet from reading a label as a formula.
func inert(v string) string {
	if v != "" && strings.ContainsRune("=+-@\t\r", rune(v[0])) {
		return "'" + v
	}
	return v
}

func header(t Table) []string {
	h := t.Header()
	if t.ShareOf > 0 {
		for i := range h {
			if h[i] == "aandeel" {
				h[i] = "aandeel (%)"
			}
		}
	}
	return h
}

// WriteCSV writes tables one after another: a title line, the header, the rows (each
// starting with its Dutch label), the notes with source, data moment and version, and an
// empty line.
func WriteCSV(w io.Writer, tables ...Table) error {
	cw := csv.NewWriter(w)
	for _, t := range tables {
		cw.Write([]string{inert(t.Title)})
		cw.Write(header(t))
		for i := range t.Rows {
			rec := t.machine(i)
			out := make([]string, len(rec))
			for j, v := range rec {
				out[j] = fmt.Sprint(v)
			}
			cw.Write(out)
		}
		for _, l := range t.Footer() {
			cw.Write([]string{inert(l)})
		}
		cw.Write(nil)
	}
	cw.Flush()
	return cw.Error()
}

// WriteXLSX writes a workbook with one sheet per table.
func WriteXLSX(w io.Writer, tables ...Table) error {
	f := excelize.NewFile()
	defer f.Close()
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return err
	}
	used := map[string]bool{}
	for n, t := range tables {
		name := sheetName(t, used)
		if n == 0 {
			if err := f.SetSheetName("Sheet1", name); err != nil {
				return err
			}
		} else if _, err := f.NewSheet(name); err != nil {
			return err
		}
		set := func(row int, vals []any) error {
			cell, _ := excelize.CoordinatesToCellName(1, row)
			return f.SetSheetRow(name, cell, &vals)
		}
		if err := set(1, []any{t.Title}); err != nil {
			return err
		}
		f.SetCellStyle(name, "A1", "A1", bold)
		h := header(t)
		hv := make([]any, len(h))
		for i, x := range h {
			hv[i] = x
		}
		if err := set(3, hv); err != nil {
			return err
		}
		end, _ := excelize.CoordinatesToCellName(len(h), 3)
		f.SetCellStyle(name, "A3", end, bold)
		row := 4
		for i := range t.Rows {
			if err := set(row, t.machine(i)); err != nil {
				return err
			}
			row++
		}
		row++
		for _, l := range t.Footer() {
			if err := set(row, []any{l}); err != nil {
				return err
			}
			row++
		}
		f.SetColWidth(name, "A", "A", 48)
	}
	_, err = f.WriteTo(w)
	return err
}

// sheetName returns a unique sheet name of at most 31 characters for t.
func sheetName(t Table, used map[string]bool) string {
	base := t.ID
	if len(base) > 28 {
		base = base[:28]
	}
	name := base
	for i := 2; used[name]; i++ {
		name = base + strconv.Itoa(i)
	}
	used[name] = true
	return name
}
