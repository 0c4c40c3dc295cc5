package web

import (
	"bytes"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"stelsel"
	"stelsel/access"
	"stelsel/registration"
)

type auditPage struct {
	Filter   access.Filter
	Who      string // the "wie" field as typed: a part of a username or name
	Object   string // the "object" field as typed: a part of the object
	From, To string // as datetime-local values, to the second
	Actions  []labelled
	Kinds    []string // the Dutch names of the object kinds, for the filter
	Entries  []access.Entry
	Older    string
	Verify   *verifyResult
	// Total counts the entries matching the filter over all pages; Download is the CSV
	// of exactly those.
	Total    int
	Download string
	// OwnViews says the auditor's own views of the trail are shown; OwnViewsHref
	// toggles them.
	OwnViews     bool
	OwnViewsHref string
}

// labelled is a code with its Dutch label, for a select.
type labelled struct{ Code, Label string }

type verifyResult struct {
	OK   bool
	Text string
}

// auditTimeLayouts are the forms a moment in the audit filter may take: what a
// datetime-local field sends (with or without seconds) and a bare date.
var auditTimeLayouts = []struct {
	layout string
	step   func(time.Time) time.Time // the end of the period the value names, for "tot en met"
}{
	{"2006-01-02T15:04:05", func(t time.Time) time.Time { return t.Add(time.Second) }},
	{"2006-01-02 15:04:05", func(t time.Time) time.Time { return t.Add(time.Second) }},
	{"2006-01-02T15:04", func(t time.Time) time.Time { return t.Add(time.Minute) }},
	{"2006-01-02 15:04", func(t time.Time) time.Time { return t.Add(time.Minute) }},
	{"2006-01-02", func(t time.Time) time.Time { return t.AddDate(0, 0, 1) }},
}

// parseAuditTime reads a moment of the filter in Dutch time. For "tot en met" (end)
// it returns the end of the second, minute or day named, exclusive.
func parseAuditTime(field, v string, end bool) (time.Time, error) {
	v = strings.TrimSpace(v)
	for _, l := range auditTimeLayouts {
		t, err := time.ParseInLocation(l.layout, v, amsterdam)
		if err != nil {
			continue
		}
		if end {
			t = l.step(t)
		}
		return t, nil
	}
	return time.Time{}, stelsel.Invalid(field, "tijdstip %q klopt niet; gebruik jjjj-mm-dd of jjjj-mm-dd uu:mm:ss", v)
}

// auditFilter reads the audit filter from the query string. "wie" and "object" match a
// part of the name; "van" and "tot" (inclusive) are dates or moments to the second.
func auditFilter(q url.Values) (access.Filter, string, string, error) {
	f := access.Filter{ActorPart: strings.TrimSpace(q.Get("wie")), Action: q.Get("actie"), ObjectKind: auditKindCode(q.Get("soort")),
		ObjectPart: strings.TrimSpace(q.Get("object")), Limit: 100}
	from, to := q.Get("van"), q.Get("tot")
	var err error
	if from != "" {
		if f.From, err = parseAuditTime("van", from, false); err != nil {
			return f, from, to, err
		}
		from = f.From.In(amsterdam).Format("2006-01-02T15:04:05")
	}
	if to != "" {
		if f.To, err = parseAuditTime("tot", to, true); err != nil {
			return f, from, to, err
		}
		to = f.To.Add(-time.Second).In(amsterdam).Format("2006-01-02T15:04:05")
	}
	if !f.From.IsZero() && !f.To.IsZero() && !f.From.Before(f.To) {
		return f, from, to, stelsel.Invalid("van", "het begin van de periode moet vóór het einde liggen")
	}
	if v := q.Get("voor"); v != "" {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n < 0 {
			return f, from, to, stelsel.Invalid("voor", "volgnummer %q klopt niet", v)
		}
		f.BeforeSeq = n
	}
	if v := q.Get("aantal"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 1000 {
			return f, from, to, stelsel.Invalid("aantal", "aantal moet tussen 1 en 1000 liggen")
		}
		f.Limit = n
	}
	return f, from, to, nil
}

// pageAuditFilter is auditFilter for the page and its download: unless eigen=ja, the
// auditor's own views of the trail are left out.
func pageAuditFilter(r *http.Request) (access.Filter, string, string, bool, error) {
	f, from, to, err := auditFilter(r.URL.Query())
	own := r.URL.Query().Get("eigen") == "ja"
	if !own {
		f.HideViewsBy = actor(r).String()
	}
	return f, from, to, own, err
}

// auditActions are the actions of the filter, by Dutch label.
func auditActions() []labelled {
	var out []labelled
	for code, label := range auditActionLabels {
		out = append(out, labelled{code, label})
	}
	for _, code := range access.Actions {
		if _, ok := auditActionLabels[code]; !ok {
			out = append(out, labelled{code, code})
		}
	}
	slices.SortFunc(out, func(a, b labelled) int { return strings.Compare(a.Label, b.Label) })
	return out
}

func (s *Server) handleAudit(w http.ResponseWriter, r *http.Request) {
	a := actor(r)
	if err := a.Require(access.ReadAudit); err != nil {
		s.fail(w, r, err)
		return
	}
	f, from, to, own, err := pageAuditFilter(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	q := r.URL.Query()
	total, err := s.Trail.Count(r.Context(), a, f)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	entries, err := s.Trail.List(r.Context(), a, f)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p := auditPage{Filter: f, Who: f.ActorPart, Object: f.ObjectPart, From: from, To: to, Actions: auditActions(), Entries: entries,
		OwnViews: own}
	for _, l := range auditKindLabels {
		p.Kinds = append(p.Kinds, l)
	}
	slices.Sort(p.Kinds)
	// The download holds every entry of the filter, not only this page.
	dq := cloneQuery(q, "voor", "aantal", "controleer")
	if f.BeforeSeq == 0 {
		p.Total = total
	} else if p.Total, err = s.Trail.Count(r.Context(), a, withoutPaging(f)); err != nil {
		s.fail(w, r, err)
		return
	}
	p.Download = "/audit/regels.csv"
	if len(dq) > 0 {
		p.Download += "?" + dq.Encode()
	}
	tq := cloneQuery(q, "voor", "controleer", "eigen")
	if !own {
		tq.Set("eigen", "ja")
	}
	p.OwnViewsHref = "/audit"
	if len(tq) > 0 {
		p.OwnViewsHref += "?" + tq.Encode()
	}
	if len(entries) == f.Limit && total > len(entries) {
		oq := cloneQuery(q, "controleer")
		oq.Set("voor", strconv.FormatInt(entries[len(entries)-1].Seq, 10))
		p.Older = "/audit?" + oq.Encode()
	}
	if q.Get("controleer") != "" {
		n, prob, err := s.Trail.Verify(r.Context())
		if err != nil {
			s.fail(w, r, err)
			return
		}
		if prob == nil {
			p.Verify = &verifyResult{OK: true, Text: fmt.Sprintf("Keten intact: %d regels gecontroleerd.", n)}
		} else {
			p.Verify = &verifyResult{Text: fmt.Sprintf("Keten NIET intact: eerste foute regel is volgnummer %d: %s.", prob.Seq, prob.Reason)}
		}
	}
	s.render(w, r, http.StatusOK, "audit.html", page{Title: "Audittrail", Data: p})
}

func withoutPaging(f access.Filter) access.Filter {
	f.BeforeSeq = 0
	return f
}

// auditHeader names the columns of the audit download.
var auditHeader = []string{"volgnummer", "tijdstip", "wie", "rol", "actie", "soort object", "object", "eenheid", "reden", "details", "hash"}

// handleAuditDownload sends exactly the entries the filter of the page selects (every
// page of it), as CSV with Dutch labels; every cell is inert in a spreadsheet, as
// names, reasons and details come from users.
func (s *Server) handleAuditDownload(w http.ResponseWriter, r *http.Request) {
	a := actor(r)
	if err := a.Require(access.ReadAudit); err != nil {
		s.fail(w, r, err)
		return
	}
	f, _, _, _, err := pageAuditFilter(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	f = withoutPaging(f)
	var buf bytes.Buffer
	cw := registration.NewInertCSVWriter(&buf)
	cw.Write(auditHeader)
	if _, err := s.Trail.Export(r.Context(), a, f, func(e access.Entry) error {
		role := ""
		if e.Role != "" {
			role = e.Role.Label()
		}
		return cw.Write([]string{strconv.FormatInt(e.Seq, 10), e.At.In(amsterdam).Format("2006-01-02 15:04:05"), e.Actor, role,
			auditActionLabel(e.Action), auditKindLabel(e.ObjectKind), e.ObjectID, e.Unit, e.Reason, e.Detail, e.Hash})
	}); err != nil {
		s.fail(w, r, err)
		return
	}
	if err := cw.Flush(); err != nil {
		s.fail(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="audittrail-%s.csv"`, s.Now().In(amsterdam).Format("20060102-150405")))
	_, _ = buf.WriteTo(w)
}
