package web

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"

	"stelsel"
	"stelsel/access"
	"stelsel/report"
)

var errNoReports = stelsel.Errorf(stelsel.ENOTFOUND, "de cijfermodule is niet ingeschakeld")

// chart is what static/figures.js draws with ECharts, read from a data-grafiek
// attribute. Hidden cells are null: a chart never shows what a table hides.
type chart struct {
	Kind   string        `json:"soort"` // staaf | lijn
	Title  string        `json:"titel"`
	Labels []string      `json:"labels"`
	Series []chartSeries `json:"reeksen"`
	// Marks are labels to mark on the x axis (method breaks, alarms).
	Marks []string `json:"markeringen,omitempty"`
}

type chartSeries struct {
	Name   string `json:"naam"`
	Values []*int `json:"waarden"`
}

// JSON returns the chart for the data-grafiek attribute.
func (c chart) JSON() string {
	b, _ := json.Marshal(c)
	return string(b)
}

// tableChart draws column col of a one-column table, skipping total rows.
func tableChart(t report.Table, kind string) chart {
	c := chart{Kind: kind, Title: t.Title, Series: []chartSeries{{Name: t.Columns[0]}}}
	for _, r := range t.Rows {
		if r.Code == "totaal" {
			continue
		}
		c.Labels = append(c.Labels, r.Label)
		c.Series[0].Values = append(c.Series[0].Values, value(r.Cells[0]))
	}
	return c
}

func value(c report.Cell) *int {
	if c.Hidden || c.Text != "" || c.Empty {
		return nil
	}
	n := c.N
	return &n
}

// figuresForm reads jaar and vorm: the year (default last year) and whether the actor
// asks for the internal form with exact counts.
func (s *Server) figuresForm(r *http.Request) (year int, exact bool, err error) {
	q := r.URL.Query()
	year = s.Now().In(amsterdam).Year() - 1
	if v := q.Get("jaar"); v != "" {
		if year, err = strconv.Atoi(v); err != nil {
			return 0, false, stelsel.Invalid("jaar", "%q is geen jaartal", v)
		}
	}
	exact = q.Get("vorm") == "intern" && actor(r).Has(access.ExactFigures)
	return year, exact, nil
}

type figuresPage struct {
	Figures   report.Figures
	Year      int
	Exact     bool
	MayExact  bool
	Establish bool
	Charts    []chart
	Snapshots []report.Snapshot
	Query     string
	Published report.Table
}

func (s *Server) handleFigures(w http.ResponseWriter, r *http.Request) {
	if s.Reports == nil {
		s.fail(w, r, errNoReports)
		return
	}
	a := actor(r)
	year, exact, err := s.figuresForm(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	fig, err := s.Reports.Yearly(r.Context(), a, year, report.YearOptions{Exact: exact})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	snaps, err := s.Reports.Snapshots(r.Context(), a, year)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p := figuresPage{Figures: fig, Year: year, Exact: exact, MayExact: a.Has(access.ExactFigures),
		Establish: a.Has(access.EstablishFigures) && a.National(access.ReadFigures), Snapshots: snaps,
		Published: report.PublishedSeries()}
	p.Query = "jaar=" + strconv.Itoa(year)
	if exact {
		p.Query += "&vorm=intern"
	}
	if k, ok := fig.Table("kerncijfers"); ok {
		c := chart{Kind: "lijn", Title: "Ontwikkeling " + k.Columns[0] + "-" + k.Columns[3]}
		c.Labels = append(c.Labels, k.Columns[:4]...)
		for _, row := range k.Rows {
			sr := chartSeries{Name: row.Label}
			for _, cell := range row.Cells[:4] {
				sr.Values = append(sr.Values, value(cell))
			}
			c.Series = append(c.Series, sr)
		}
		p.Charts = append(p.Charts, c)
	}
	for _, id := range []string{"gronden", "verschijningsvormen", "eenheden", "indicaties"} {
		if t, ok := fig.Table(id); ok {
			p.Charts = append(p.Charts, tableChart(t, "staaf"))
		}
	}
	pub := chart{Kind: "lijn", Title: "Gepubliceerde politiecijfers", Series: []chartSeries{{Name: "incidenten"}}}
	for _, row := range p.Published.Rows {
		pub.Labels = append(pub.Labels, row.Label)
		pub.Series[0].Values = append(pub.Series[0].Values, value(row.Cells[0]))
		if row.Break != "" {
			pub.Marks = append(pub.Marks, row.Label)
		}
	}
	p.Charts = append(p.Charts, pub)
	s.render(w, r, http.StatusOK, "figures.html", page{Title: fmt.Sprintf("Discriminatiecijfers %d", year), Data: p})
}

// handleFigureTable downloads one table of the yearly figures, or all of them (tabel
// "alle"), as CSV or XLSX.
func (s *Server) handleFigureTable(w http.ResponseWriter, r *http.Request) {
	if s.Reports == nil {
		s.fail(w, r, errNoReports)
		return
	}
	a := actor(r)
	year, exact, err := s.figuresForm(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	fig, err := s.Reports.Yearly(r.Context(), a, year, report.YearOptions{Exact: exact})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	id := r.PathValue("table")
	tables := fig.Tables
	if id != "alle" {
		t, ok := fig.Table(id)
		if !ok {
			s.fail(w, r, stelsel.Errorf(stelsel.ENOTFOUND, "tabel %q niet gevonden", id))
			return
		}
		tables = []report.Table{t}
	}
	form := "publicatie"
	if exact {
		form = "intern"
	}
	s.sendTables(w, r, fmt.Sprintf("cijfers-%d-%s-%s", year, id, form), tables)
}

// sendTables writes tables as the file asked for in formaat (csv or xlsx).
func (s *Server) sendTables(w http.ResponseWriter, r *http.Request, name string, tables []report.Table) {
	var buf bytes.Buffer
	var err error
	switch format := r.URL.Query().Get("formaat"); format {
	case "", "csv":
		err = report.WriteCSV(&buf, tables...)
		w.Header().Set("Content-Type", "text/csv; charset=utf-8")
		name += ".csv"
	case "xlsx":
		err = report.WriteXLSX(&buf, tables...)
		w.Header().Set("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
		name += ".xlsx"
	default:
		err = stelsel.Invalid("formaat", "kies csv of xlsx")
	}
	if err != nil {
		w.Header().Del("Content-Type")
		s.fail(w, r, err)
		return
	}
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="%s"`, name))
	_, _ = buf.WriteTo(w)
}

func (s *Server) handleEstablish(w http.ResponseWriter, r *http.Request) {
	if s.Reports == nil {
		s.fail(w, r, errNoReports)
		return
	}
	year, err := strconv.Atoi(r.PostFormValue("jaar"))
	if err != nil {
		if err := actor(r).Require(access.EstablishFigures); err != nil {
			s.fail(w, r, err)
			return
		}
		s.fail(w, r, stelsel.Invalid("jaar", "geef het jaar dat wordt vastgesteld"))
		return
	}
	snap, err := s.Reports.Establish(r.Context(), actor(r), year, s.Now(), r.PostFormValue("toelichting"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	http.Redirect(w, r, fmt.Sprintf("/cijfers/vastgesteld/%d", snap.ID), http.StatusSeeOther)
}

type snapshotPage struct {
	Snapshot    report.Snapshot
	Differences []report.Difference
	Reproduced  bool
	Checked     bool
	Exact       bool
}

func (s *Server) handleSnapshot(w http.ResponseWriter, r *http.Request) {
	if s.Reports == nil {
		s.fail(w, r, errNoReports)
		return
	}
	a := actor(r)
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		if err := a.Require(access.ReadFigures); err != nil {
			s.fail(w, r, err)
			return
		}
		s.fail(w, r, stelsel.Errorf(stelsel.ENOTFOUND, "vastgestelde cijfers %q niet gevonden", r.PathValue("id")))
		return
	}
	exact := r.URL.Query().Get("vorm") == "intern" && a.Has(access.ExactFigures)
	p := snapshotPage{Exact: exact}
	if a.National(access.ReadFigures) {
		if p.Snapshot, p.Differences, err = s.Reports.Differences(r.Context(), a, id); err != nil {
			s.fail(w, r, err)
			return
		}
		// The reproduction check: the stored bytes against a fresh computation.
		full, err := s.Reports.Snapshot(r.Context(), a, id, true)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		again, err := s.Reports.Recompute(r.Context(), a, full)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		p.Checked, p.Reproduced = true, bytes.Equal(again, full.Content())
	}
	if p.Snapshot, err = s.Reports.Snapshot(r.Context(), a, id, exact); err != nil {
		s.fail(w, r, err)
		return
	}
	if r.URL.Query().Get("formaat") != "" {
		s.sendTables(w, r, fmt.Sprintf("cijfers-%d-vastgesteld-v%d", p.Snapshot.Year, p.Snapshot.Version), p.Snapshot.Figures.Tables)
		return
	}
	s.render(w, r, http.StatusOK, "snapshot.html", page{Title: fmt.Sprintf("Vastgestelde cijfers %d, versie %d", p.Snapshot.Year, p.Snapshot.Version), Data: p})
}

// apiFigures answers the yearly figures as JSON: the publication form, or with
// vorm=intern the exact counts for roles that may see them.
func (s *Server) apiFigures(w http.ResponseWriter, r *http.Request) {
	if s.Reports == nil {
		s.fail(w, r, errNoReports)
		return
	}
	year, err := strconv.Atoi(r.PathValue("year"))
	if err != nil {
		s.fail(w, r, stelsel.Invalid("jaar", "%q is geen jaartal", r.PathValue("year")))
		return
	}
	exact := r.URL.Query().Get("vorm") == "intern"
	fig, err := s.Reports.Yearly(r.Context(), actor(r), year, report.YearOptions{Exact: exact})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, fig)
}

// apiSnapshots lists the established versions.
func (s *Server) apiSnapshots(w http.ResponseWriter, r *http.Request) {
	if s.Reports == nil {
		s.fail(w, r, errNoReports)
		return
	}
	list, err := s.Reports.Snapshots(r.Context(), actor(r), 0)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if list == nil {
		list = []report.Snapshot{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"vastgesteld": list})
}
