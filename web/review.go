package web

import (
	"errors"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"stelsel"
	"stelsel/access"
	"stelsel/catalog"
	"stelsel/registration"
)

var errNoRegistrations = stelsel.Errorf(stelsel.ENOTFOUND, "de registratiemodule is niet ingeschakeld")

// queueFilter reads the queue filter from a query string. The same names serve the
// pages and the API.
func queueFilter(q url.Values) (registration.QueueFilter, error) {
	f := registration.QueueFilter{Unit: q.Get("eenheid"), Ground: q.Get("grond"), Status: q.Get("status"), After: q.Get("na")}
	var err error
	if f.From, err = parseDay(q, "van", 0); err != nil {
		return f, err
	}
	if f.To, err = parseDay(q, "tot", 1); err != nil {
		return f, err
	}
	if v := q.Get("aantal"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 500 {
			return f, stelsel.Invalid("aantal", "aantal moet tussen 1 en 500 liggen")
		}
		f.Limit = n
	}
	return f, nil
}

// parseDay reads a date field (jjjj-mm-dd, Dutch time) and adds days to it; "" is zero.
func parseDay(q url.Values, field string, addDays int) (time.Time, error) {
	v := q.Get(field)
	if v == "" {
		return time.Time{}, nil
	}
	t, err := time.ParseInLocation("2006-01-02", v, amsterdam)
	if err != nil {
		return time.Time{}, stelsel.Invalid(field, "datum %q klopt niet; gebruik jjjj-mm-dd", v)
	}
	return t.AddDate(0, 0, addDays), nil
}

type queuePage struct {
	Filter   registration.QueueFilter
	Query    url.Values
	Page     registration.QueuePage
	Statuses []statusTab
	Units    []catalog.Unit
	Grounds  catalog.List
	Next     string
	Back     string // the query string that led here, passed on to detail pages
}

type statusTab struct {
	Code, Label, Href string
	Count             int
	Current           bool
}

func (s *Server) handleQueue(w http.ResponseWriter, r *http.Request) {
	if s.Registrations == nil {
		s.fail(w, r, errNoRegistrations)
		return
	}
	q := r.URL.Query()
	f, err := queueFilter(q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p, err := s.Registrations.Queue(r.Context(), actor(r), f)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	data := queuePage{Filter: f, Query: q, Page: p, Units: cat.Units, Grounds: cat.Grounds}
	current := f.Status
	if current == "" {
		current = registration.StatusOpen
	}
	for _, st := range append(slices.Clone(registration.Statuses), registration.StatusAll) {
		tq := cloneQuery(q, "na")
		tq.Set("status", st)
		n := p.Counts[st]
		label := registration.StatusLabel(st)
		if st == registration.StatusAll {
			label = "Alle"
			for _, c := range p.Counts {
				n += c
			}
		}
		data.Statuses = append(data.Statuses, statusTab{Code: st, Label: label, Href: "/werkbak?" + tq.Encode(), Count: n, Current: st == current})
	}
	back := cloneQuery(q, "na")
	data.Back = back.Encode()
	if p.Next != "" {
		nq := cloneQuery(q)
		nq.Set("na", p.Next)
		data.Next = "/werkbak?" + nq.Encode()
	}
	s.render(w, r, http.StatusOK, "queue.html", page{Title: "Werkbak", Data: data})
}

func cloneQuery(q url.Values, drop ...string) url.Values {
	out := url.Values{}
	for k, v := range q {
		if !slices.Contains(drop, k) && len(v) > 0 && v[0] != "" {
			out[k] = slices.Clone(v)
		}
	}
	return out
}

type detailPage struct {
	D          *registration.Detail
	Segments   []segment
	Labels     []string // per hit: term and grounds
	Back       string   // query string of the queue
	Next       string   // the next registration in the queue, "" when none
	CanDecide  bool
	CanConfirm bool
	Form       decisionForm
	Errors     map[string]string
	Cat        *catalog.Catalog
}

// decisionForm is the decision form's state: what was entered, for showing it again.
type decisionForm struct {
	registration.DecisionInput
}

func (f decisionForm) Has(list []string, code string) bool { return slices.Contains(list, code) }

func (s *Server) handleRegistration(w http.ResponseWriter, r *http.Request) {
	s.showRegistration(w, r, http.StatusOK, nil, nil)
}

// showRegistration renders a registration page; after a failed decision it shows the
// entered form with every problem.
func (s *Server) showRegistration(w http.ResponseWriter, r *http.Request, code int, form *registration.DecisionInput, errs []*stelsel.Error) {
	if s.Registrations == nil {
		s.fail(w, r, errNoRegistrations)
		return
	}
	a := actor(r)
	reason := r.URL.Query().Get("reden")
	if reason == "" {
		reason = "inzage via werkbak"
	}
	d, err := s.Registrations.Get(r.Context(), a, r.PathValue("number"), reason)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p := detailPage{D: d, Segments: highlight(d.Text, d.Hits), Back: r.URL.Query().Get("terug"), Cat: cat,
		CanDecide: a.CanUnit(access.Decide, d.Unit), Errors: map[string]string{}}
	p.CanConfirm = a.CanUnit(access.ConfirmDecision, d.Unit) && d.Current != nil && d.Current.NeedsConfirmation &&
		d.Current.ConfirmedAt == nil && d.Current.Reviewer != a.Username
	for _, h := range d.Hits {
		p.Labels = append(p.Labels, hitLabel(h))
	}
	switch {
	case form != nil:
		p.Form.DecisionInput = *form
	case d.Current != nil:
		p.Form.DecisionInput = d.Current.DecisionInput
	default:
		p.Form.Grounds = d.Grounds // the hits' grounds as a start; the analyst decides
	}
	for _, e := range errs {
		if _, dup := p.Errors[e.Field]; !dup {
			p.Errors[e.Field] = e.Message
		}
	}
	if p.CanDecide && a.Has(access.ReadQueue) {
		// The next registration is looked up only when asked for: a queue query per
		// page view would cost more than the page itself.
		p.Next = "/werkbak/volgende?" + url.Values{"na": {d.Number}, "terug": {p.Back}}.Encode()
	}
	title := "Registratie " + d.Number
	notice := ""
	if n := r.URL.Query().Get("opgeslagen"); n != "" {
		notice = "Beoordeling van registratie " + n + " is opgeslagen."
	}
	s.render(w, r, code, "registration.html", page{Title: title, Notice: notice, Data: p})
}

// handleNext sends the reviewer to the next open registration of the queue after the
// one named by na, or back to the queue when there is none.
func (s *Server) handleNext(w http.ResponseWriter, r *http.Request) {
	if s.Registrations == nil {
		s.fail(w, r, errNoRegistrations)
		return
	}
	if err := actor(r).Require(access.ReadQueue); err != nil {
		s.fail(w, r, err)
		return
	}
	back := r.URL.Query().Get("terug")
	target := s.nextInQueue(r, r.URL.Query().Get("na"), back)
	if target == "" {
		target = "/werkbak?" + back
	}
	http.Redirect(w, r, target, http.StatusSeeOther)
}

// nextInQueue returns the link to the first open registration of the queue (with the
// filter of back) other than number, or "".
func (s *Server) nextInQueue(r *http.Request, number, back string) string {
	q, _ := url.ParseQuery(back)
	f, err := queueFilter(q)
	if err != nil {
		return ""
	}
	f.Status, f.After, f.Limit = "", "", 2
	p, err := s.Registrations.Queue(r.Context(), actor(r), f)
	if err != nil {
		return ""
	}
	for _, it := range p.Items {
		if it.Number != number {
			return registrationHref(it.Number, back)
		}
	}
	return ""
}

func registrationHref(number, back string) string {
	h := "/registraties/" + url.PathEscape(number)
	if back != "" {
		h += "?" + url.Values{"terug": {back}}.Encode()
	}
	return h
}

// decisionFromForm reads the decision form; a body that is no form is bad input.
func decisionFromForm(r *http.Request) (registration.DecisionInput, error) {
	if err := r.ParseForm(); err != nil {
		return registration.DecisionInput{}, stelsel.Invalid("formulier", "het beslisformulier kon niet worden gelezen: %v", err)
	}
	f := r.PostForm
	return registration.DecisionInput{Kind: f.Get("soort"), Articles: f["artikelen"], Grounds: f["gronden"],
		Indications: f["indicaties"], Manifestation: f.Get("verschijningsvorm"), Referral: f.Get("doorverwijzing") == "ja",
		ADV: f.Get("adv"), Reason: f.Get("reden"), Rationale: f.Get("motivering")}, nil
}

func (s *Server) handleDecide(w http.ResponseWriter, r *http.Request) {
	if s.Registrations == nil {
		s.fail(w, r, errNoRegistrations)
		return
	}
	in, err := decisionFromForm(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	number := r.PathValue("number")
	back := r.PostForm.Get("terug")
	if errs := s.Registrations.ValidateDecision(in); len(errs) > 0 && actor(r).Has(access.Decide) {
		r.URL.RawQuery = url.Values{"terug": {back}, "reden": {"beoordeling (invoer gecontroleerd)"}}.Encode()
		s.showRegistration(w, r, http.StatusUnprocessableEntity, &in, errs)
		return
	}
	if _, err := s.Registrations.Decide(r.Context(), actor(r), number, in); err != nil {
		if stelsel.ErrorCode(err) == stelsel.EINVALID {
			var e *stelsel.Error
			errors.As(err, &e)
			r.URL.RawQuery = url.Values{"terug": {back}, "reden": {"beoordeling (invoer gecontroleerd)"}}.Encode()
			s.showRegistration(w, r, http.StatusUnprocessableEntity, &in, []*stelsel.Error{e})
			return
		}
		s.fail(w, r, err)
		return
	}
	target := s.nextInQueue(r, number, back)
	if target == "" {
		target = registrationHref(number, back)
	}
	http.Redirect(w, r, withParam(target, "opgeslagen", number), http.StatusSeeOther)
}

func (s *Server) handleConfirm(w http.ResponseWriter, r *http.Request) {
	if s.Registrations == nil {
		s.fail(w, r, errNoRegistrations)
		return
	}
	number := r.PathValue("number")
	if _, err := s.Registrations.Confirm(r.Context(), actor(r), number); err != nil {
		s.fail(w, r, err)
		return
	}
	http.Redirect(w, r, withParam(registrationHref(number, r.PostFormValue("terug")), "opgeslagen", number), http.StatusSeeOther)
}

// withParam adds one query parameter to a local link.
func withParam(href, key, value string) string {
	sep := "?"
	if strings.Contains(href, "?") {
		sep = "&"
	}
	return href + sep + url.Values{key: {value}}.Encode()
}
