package web

import (
	"bytes"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"stelsel"
	"stelsel/access"
	"stelsel/registration"
	"stelsel/report"
)

type odihrPage struct {
	Export report.ODIHR
	Table  report.Table
	By     string
	Year   int
	Exact  bool
}

// odihr computes the ODIHR export the request asks for (jaar, vorm).
func (s *Server) odihr(r *http.Request) (report.ODIHR, int, bool, error) {
	if s.Reports == nil {
		return report.ODIHR{}, 0, false, errNoReports
	}
	year, exact, err := s.figuresForm(r)
	if err != nil {
		return report.ODIHR{}, 0, false, err
	}
	if v := r.PathValue("year"); v != "" {
		if year, err = strconv.Atoi(v); err != nil {
			return report.ODIHR{}, 0, false, stelsel.Invalid("jaar", "%q is geen jaartal", v)
		}
		exact = r.URL.Query().Get("vorm") == "intern"
	}
	o, err := s.Reports.ODIHRExport(r.Context(), actor(r), year, exact)
	return o, year, exact, err
}

func (s *Server) handleODIHR(w http.ResponseWriter, r *http.Request) {
	o, year, exact, err := s.odihr(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	by := r.URL.Query().Get("indeling")
	t, err := o.Table(by)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if by == "" {
		by = "motief"
	}
	if r.URL.Query().Get("formaat") != "" {
		form := "publicatie"
		if exact {
			form = "intern"
		}
		s.sendTables(w, r, fmt.Sprintf("odihr-%d-%s-%s", year, by, form), []report.Table{t})
		return
	}
	s.render(w, r, http.StatusOK, "odihr.html", page{Title: fmt.Sprintf("ODIHR-export %d", year),
		Data: odihrPage{Export: o, Table: t, By: by, Year: year, Exact: exact}})
}

func (s *Server) apiODIHR(w http.ResponseWriter, r *http.Request) {
	o, _, _, err := s.odihr(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, o)
}

// rdo reads the RDO overview of the unit and period in the request.
func (s *Server) rdo(r *http.Request) (report.RDO, error) {
	if s.Reports == nil {
		return report.RDO{}, errNoReports
	}
	q := r.URL.Query()
	from, err := parseDay(q, "van", 0)
	if err != nil {
		return report.RDO{}, err
	}
	to, err := parseDay(q, "tot", 1)
	if err != nil {
		return report.RDO{}, err
	}
	return s.Reports.RDOOverview(r.Context(), actor(r), r.PathValue("unit"), from, to)
}

type rdoPage struct {
	RDO      report.RDO
	From, To string
}

func (s *Server) handleRDO(w http.ResponseWriter, r *http.Request) {
	o, err := s.rdo(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	q := r.URL.Query()
	if q.Get("formaat") == "xlsx" {
		var buf bytes.Buffer
		if err := report.WriteRDOXLSX(&buf, cat, o); err != nil {
			s.fail(w, r, err)
			return
		}
		if err := s.Trail.Record(r.Context(), actor(r), access.Entry{Action: access.ActionExport, ObjectKind: "rdo_overview",
			ObjectID: o.Unit.Code, Unit: o.Unit.Code, Detail: fmt.Sprintf("download xlsx %s regels=%d", o.Period(), len(o.Rows))}); err != nil {
			s.fail(w, r, err)
			return
		}
		w.Header().Set("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
		w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="rdo-%s-%s.xlsx"`, o.Unit.Code, s.Now().In(amsterdam).Format("20060102-1504")))
		_, _ = buf.WriteTo(w)
		return
	}
	s.render(w, r, http.StatusOK, "rdo.html", page{Title: "Casusoverzicht RDO " + o.Unit.Label, Data: rdoPage{RDO: o, From: q.Get("van"), To: q.Get("tot")}})
}

func (s *Server) apiRDO(w http.ResponseWriter, r *http.Request) {
	o, err := s.rdo(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if o.Rows == nil {
		o.Rows = []registration.ListRow{}
	}
	writeJSON(w, http.StatusOK, o)
}

type trendsPage struct {
	Trends report.Trends
	Months int
	Charts []chart
	Groups []trendGroup
	Repeat bool
}

type trendGroup struct {
	Label  string
	Series []report.Series
}

func (s *Server) trends(r *http.Request) (report.Trends, int, error) {
	if s.Reports == nil {
		return report.Trends{}, 0, errNoReports
	}
	months := 24
	if v := r.URL.Query().Get("maanden"); v != "" {
		var err error
		if months, err = strconv.Atoi(v); err != nil {
			return report.Trends{}, 0, stelsel.Invalid("maanden", "%q is geen aantal maanden", v)
		}
	}
	t, err := s.Reports.MonthlyTrends(r.Context(), actor(r), months, time.Time{})
	return t, months, err
}

func (s *Server) handleTrends(w http.ResponseWriter, r *http.Request) {
	t, months, err := s.trends(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p := trendsPage{Trends: t, Months: months, Repeat: actor(r).Has(access.ReadUnitList)}
	var marks []string
	for _, b := range t.Breaks {
		marks = append(marks, t.Months[b])
	}
	for _, g := range report.Groups {
		tg := trendGroup{Label: g.Label}
		c := chart{Kind: "lijn", Title: g.Label, Labels: t.Months, Marks: marks}
		for _, sr := range t.Series {
			if sr.Group != g.Code {
				continue
			}
			tg.Series = append(tg.Series, sr)
			cs := chartSeries{Name: sr.Label}
			for _, n := range sr.Counts {
				cs.Values = append(cs.Values, &n)
			}
			c.Series = append(c.Series, cs)
		}
		p.Groups = append(p.Groups, tg)
		p.Charts = append(p.Charts, c)
	}
	s.render(w, r, http.StatusOK, "trends.html", page{Title: "Trends en signalen", Data: p})
}

func (s *Server) apiTrends(w http.ResponseWriter, r *http.Request) {
	t, _, err := s.trends(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, t)
}

type repeatsPage struct {
	Repeats   []report.Repeat
	Days, Min int
}

// repeats reads the window and minimum of the query and finds the repeat patterns the
// actor may see; the options come back with their defaults filled in.
func (s *Server) repeats(r *http.Request) ([]report.Repeat, report.RepeatOptions, error) {
	o := report.RepeatOptions{}
	if s.Reports == nil {
		return nil, o, errNoReports
	}
	q := r.URL.Query()
	for _, p := range []struct {
		name string
		dst  *int
	}{{"dagen", &o.Days}, {"minimum", &o.Min}} {
		if v := q.Get(p.name); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil {
				return nil, o, stelsel.Invalid(p.name, "%q is geen getal", v)
			}
			*p.dst = n
		}
	}
	reps, err := s.Reports.Repeats(r.Context(), actor(r), o)
	if err != nil {
		return nil, o, err
	}
	if o.Days == 0 {
		o.Days = 30
	}
	if o.Min == 0 {
		o.Min = 3
	}
	return reps, o, nil
}

func (s *Server) handleRepeats(w http.ResponseWriter, r *http.Request) {
	reps, o, err := s.repeats(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "repeats.html", page{Title: "Herhaling", Data: repeatsPage{Repeats: reps, Days: o.Days, Min: o.Min}})
}

// apiRepeats is the repeat patterns as JSON (the same as the page).
func (s *Server) apiRepeats(w http.ResponseWriter, r *http.Request) {
	reps, o, err := s.repeats(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if reps == nil {
		reps = []report.Repeat{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"dagen": o.Days, "minimum": o.Min, "herhalingen": reps})
}

type commitmentsPage struct {
	List     []report.Commitment
	Tables   []report.Table
	Manage   bool
	Statuses []struct{ Code, Label string }
}

func (s *Server) handleCommitments(w http.ResponseWriter, r *http.Request) {
	if s.Reports == nil {
		s.fail(w, r, errNoReports)
		return
	}
	a := actor(r)
	list, err := s.Reports.Commitments(r.Context(), a)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	tables := report.CommitmentTables(list, s.Now())
	if r.URL.Query().Get("formaat") != "" {
		s.sendTables(w, r, "toezeggingen-"+s.Now().In(amsterdam).Format("20060102"), tables)
		return
	}
	s.render(w, r, http.StatusOK, "commitments.html", page{Title: "Toezeggingen, moties en middelen", Notice: r.URL.Query().Get("bijgewerkt"),
		Data: commitmentsPage{List: list, Tables: tables, Manage: a.Has(access.ManageCommitments), Statuses: report.CommitmentStatuses}})
}

func (s *Server) handleCommitmentStatus(w http.ResponseWriter, r *http.Request) {
	if s.Reports == nil {
		s.fail(w, r, errNoReports)
		return
	}
	code := r.PathValue("code")
	if err := s.Reports.SetCommitmentStatus(r.Context(), actor(r), code, r.PostFormValue("status"), r.PostFormValue("toelichting")); err != nil {
		s.fail(w, r, err)
		return
	}
	http.Redirect(w, r, "/cijfers/toezeggingen?bijgewerkt="+url.QueryEscape("Status van "+code+" vastgelegd."), http.StatusSeeOther)
}

func (s *Server) handleCommitmentSpending(w http.ResponseWriter, r *http.Request) {
	if s.Reports == nil {
		s.fail(w, r, errNoReports)
		return
	}
	code := r.PathValue("code")
	year, err1 := strconv.Atoi(r.PostFormValue("jaar"))
	euros, err2 := strconv.ParseInt(strings.ReplaceAll(strings.TrimSpace(r.PostFormValue("besteed")), ".", ""), 10, 64)
	if err := actor(r).Require(access.ManageCommitments); err != nil {
		s.fail(w, r, err)
		return
	}
	if err1 != nil {
		s.fail(w, r, stelsel.Invalid("jaar", "geef het jaar van de besteding"))
		return
	}
	if err2 != nil {
		s.fail(w, r, stelsel.Invalid("besteed", "geef het bestede bedrag in hele euro's"))
		return
	}
	if err := s.Reports.RecordSpending(r.Context(), actor(r), code, year, euros); err != nil {
		s.fail(w, r, err)
		return
	}
	http.Redirect(w, r, "/cijfers/toezeggingen?bijgewerkt="+url.QueryEscape(fmt.Sprintf("Besteding %d van %s vastgelegd.", year, code)), http.StatusSeeOther)
}

func (s *Server) apiCommitments(w http.ResponseWriter, r *http.Request) {
	if s.Reports == nil {
		s.fail(w, r, errNoReports)
		return
	}
	list, err := s.Reports.Commitments(r.Context(), actor(r))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"toezeggingen": list})
}

// halfYear reads jaar, helft and vorm and builds the half-year document.
func (s *Server) halfYear(r *http.Request) (report.HalfYear, error) {
	if s.Reports == nil {
		return report.HalfYear{}, errNoReports
	}
	q := r.URL.Query()
	now := s.Now().In(amsterdam)
	year, half := now.Year(), 1
	if now.Month() <= time.June {
		year, half = now.Year()-1, 2
	}
	var err error
	if v := q.Get("jaar"); v != "" {
		if year, err = strconv.Atoi(v); err != nil {
			return report.HalfYear{}, stelsel.Invalid("jaar", "%q is geen jaartal", v)
		}
	}
	if v := q.Get("helft"); v != "" {
		if half, err = strconv.Atoi(v); err != nil {
			return report.HalfYear{}, stelsel.Invalid("helft", "kies helft 1 of 2")
		}
	}
	return s.Reports.HalfYearReport(r.Context(), actor(r), year, half, q.Get("vorm") == "intern")
}

func (s *Server) handleHalfYear(w http.ResponseWriter, r *http.Request) {
	h, err := s.halfYear(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if r.URL.Query().Get("formaat") == "xlsx" {
		var buf bytes.Buffer
		if err := report.WriteHalfYearXLSX(&buf, h); err != nil {
			s.fail(w, r, err)
			return
		}
		w.Header().Set("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
		w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="halfjaarbericht-%d-H%d.xlsx"`, h.Year, h.Half))
		_, _ = buf.WriteTo(w)
		return
	}
	s.render(w, r, http.StatusOK, "halfyear.html", page{Title: h.Title(), Data: struct {
		H        report.HalfYear
		MayExact bool
	}{h, actor(r).Has(access.ExactFigures)}})
}

func (s *Server) apiHalfYear(w http.ResponseWriter, r *http.Request) {
	h, err := s.halfYear(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, h)
}
