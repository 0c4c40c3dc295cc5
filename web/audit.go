package web

import (
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"time"

	"stelsel"
	"stelsel/access"
)

type auditPage struct {
	Filter   access.Filter
	From, To string
	Actions  []string
	Kinds    []string // the Dutch names of the object kinds, for the filter
	Entries  []access.Entry
	Older    string
	Verify   *verifyResult
}

type verifyResult struct {
	OK   bool
	Text string
}

// auditFilter reads the audit filter from the query string.
func auditFilter(q url.Values) (access.Filter, string, string, error) {
	f := access.Filter{Actor: q.Get("wie"), Action: q.Get("actie"), ObjectKind: auditKindCode(q.Get("soort")), ObjectID: q.Get("object"), Limit: 100}
	from, to := q.Get("van"), q.Get("tot")
	if from != "" {
		t, err := time.ParseInLocation("2006-01-02", from, amsterdam)
		if err != nil {
			return f, from, to, stelsel.Invalid("van", "datum %q klopt niet; gebruik jjjj-mm-dd", from)
		}
		f.From = t
	}
	if to != "" {
		t, err := time.ParseInLocation("2006-01-02", to, amsterdam)
		if err != nil {
			return f, from, to, stelsel.Invalid("tot", "datum %q klopt niet; gebruik jjjj-mm-dd", to)
		}
		f.To = t.AddDate(0, 0, 1)
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

func (s *Server) handleAudit(w http.ResponseWriter, r *http.Request) {
	a := actor(r)
	if err := a.Require(access.ReadAudit); err != nil {
		s.fail(w, r, err)
		return
	}
	f, from, to, err := auditFilter(r.URL.Query())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	entries, err := s.Trail.List(r.Context(), a, f)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p := auditPage{Filter: f, From: from, To: to, Actions: access.Actions, Entries: entries}
	for _, l := range auditKindLabels {
		p.Kinds = append(p.Kinds, l)
	}
	slices.Sort(p.Kinds)
	if len(entries) == f.Limit {
		q := r.URL.Query()
		q.Set("voor", strconv.FormatInt(entries[len(entries)-1].Seq, 10))
		q.Del("controleer")
		p.Older = "/audit?" + q.Encode()
	}
	if r.URL.Query().Get("controleer") != "" {
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
