package report

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Table is one table of figures: rows with a Dutch label and a cell per column. Every
// table states its source, data moment and version.
type Table struct {
	ID      string   `json:"id"`    // stable code, used in file names and URLs
	Title   string   `json:"titel"` // Dutch
	Stub    string   `json:"kop"`   // header of the label column
	Columns []string `json:"kolommen"`
	Rows    []Row    `json:"rijen"`
	// TotalRow and TotalCol say the last row / last column hold the sums of the others;
	// secondary suppression protects those sums.
	TotalRow bool `json:"totaalrij,omitempty"`
	TotalCol bool `json:"totaalkolom,omitempty"`
	// ShareOf, when > 0, is the base for a share column (percent of incidents) shown
	// after the first count column.
	ShareOf    int       `json:"aandeel_van,omitempty"`
	Notes      []string  `json:"toelichting,omitempty"`
	Source     string    `json:"bron"`
	DataMoment time.Time `json:"peilmoment"`
	Version    string    `json:"versie"`
	// Publication says small cells are hidden (the form meant for publication).
	Publication bool `json:"publicatie"`
}

// Row is one row of a table.
type Row struct {
	Code  string `json:"code,omitempty"`
	Label string `json:"label"`
	Cells []Cell `json:"cellen"`
	// Break marks a method break at this row (series by year), with the reason.
	Break string `json:"methodebreuk,omitempty"`
}

// Cell is a count, or a text for derived cells (changes, percentages).
type Cell struct {
	N int `json:"n"`
	// Text, when set, is shown instead of N (a derived figure such as "+2%"); such
	// cells take no part in suppression.
	Text string `json:"tekst,omitempty"`
	// Hidden is set by suppression: Primary for 1-4, otherwise secondary.
	Hidden  bool `json:"verborgen,omitempty"`
	Primary bool `json:"primair,omitempty"`
	// Empty marks a cell left for others to fill (the OM's columns in the ODIHR export).
	Empty bool `json:"leeg,omitempty"`
}

// Shown is the cell as printed: "<5" for a count of 1-4 in the publication form, "x"
// for a cell hidden so that it cannot be recomputed from the totals, the Dutch number
// otherwise.
func (c Cell) Shown() string {
	switch {
	case c.Empty:
		return ""
	case c.Text != "":
		return c.Text
	case c.Hidden && c.Primary:
		return "<5"
	case c.Hidden:
		return "x"
	}
	return Number(c.N)
}

// Share returns the cell's share of base as a Dutch percentage, "" when hidden.
func (c Cell) Share(base int) string {
	if c.Hidden || c.Text != "" || c.Empty || base <= 0 {
		return ""
	}
	return Percent(100 * float64(c.N) / float64(base))
}

// Number writes n the Dutch way: 8.990.
func Number(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(r)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// Percent writes p with no decimals and a percent sign: 43%.
func Percent(p float64) string { return fmt.Sprintf("%.0f%%", p) }

// Header returns the column headers as printed, the share column included.
func (t Table) Header() []string {
	h := []string{t.Stub}
	for i, c := range t.Columns {
		h = append(h, c)
		if i == 0 && t.ShareOf > 0 {
			h = append(h, "aandeel")
		}
	}
	return h
}

// Record returns row i as printed: label, then the cells (and share).
func (t Table) Record(i int) []string {
	r := t.Rows[i]
	rec := []string{r.Label}
	if r.Break != "" {
		rec[0] += " *"
	}
	for j, c := range r.Cells {
		rec = append(rec, c.Shown())
		if j == 0 && t.ShareOf > 0 {
			rec = append(rec, c.Share(t.ShareOf))
		}
	}
	return rec
}

// Footer returns the lines printed under a table: notes, method breaks, the legend for
// hidden cells, and source, data moment and version.
func (t Table) Footer() []string {
	out := append([]string(nil), t.Notes...)
	for _, r := range t.Rows {
		if r.Break != "" {
			out = append(out, "* "+r.Label+": methodebreuk, "+r.Break+".")
		}
	}
	if t.Publication {
		out = append(out, "<5: een aantal van 1 tot en met 4; x: verborgen zodat geen klein aantal uit de totalen is terug te rekenen.")
	} else {
		out = append(out, "Interne weergave met exacte aantallen; niet voor publicatie.")
	}
	moment := "-"
	if !t.DataMoment.IsZero() {
		moment = t.DataMoment.In(amsterdam).Format("02-01-2006 15:04")
	}
	out = append(out, fmt.Sprintf("Bron: %s. Peilmoment: %s. Versie: %s.", t.Source, moment, t.Version))
	return out
}

var amsterdam = func() *time.Location {
	l, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		return time.FixedZone("CET", 3600)
	}
	return l
}()

// clone returns a deep copy of t, so suppression never changes the exact figures.
func (t Table) clone() Table {
	c := t
	c.Columns = append([]string(nil), t.Columns...)
	c.Notes = append([]string(nil), t.Notes...)
	c.Rows = make([]Row, len(t.Rows))
	for i, r := range t.Rows {
		c.Rows[i] = r
		c.Rows[i].Cells = append([]Cell(nil), r.Cells...)
	}
	return c
}

// counts returns a row of count cells.
func counts(ns ...int) []Cell {
	out := make([]Cell, len(ns))
	for i, n := range ns {
		out[i] = Cell{N: n}
	}
	return out
}
