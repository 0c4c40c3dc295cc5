package web

import (
	"errors"
	"fmt"
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
	f := registration.QueueFilter{Unit: q.Get("eenheid"), Ground: q.Get("grond"), Status: q.Get("status"), After: q.Get("na"),
		Before: q.Get("voor"), Kind: registration.Kind(q.Get("soort")), Strong: q.Get("sterk") == "ja", Number: q.Get("zoek"),
		Text: q.Get("tekst"), Term: q.Get("term"), Mine: q.Get("mijn") == "ja"}
	// sorteer=KEY, or KEY-op / KEY-af for a direction (see registration/queuesort.go).
	f.Sort = q.Get("sorteer")
	if key, dir, ok := strings.Cut(f.Sort, "-"); ok {
		f.Sort, f.Dir = key, dir
	}
	var err error
	if f.From, err = parseDay(q, "van", 0); err != nil {
		return f, err
	}
	if f.To, err = parseDay(q, "tot", 1); err != nil {
		return f, err
	}
	if v := q.Get("score"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 || n > 100 {
			return f, stelsel.Invalid("score", "score moet een getal tussen 0 en 100 zijn")
		}
		f.MinScore = n
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
	Prev     string
	Kinds    []registration.Kind
	Back     string // the query string that led here, passed on to detail pages
	// Reasons are the preset reasons of a bulk "geen discriminatie"; CanDecide says
	// whether the actor may use it.
	Reasons   catalog.List
	CanDecide bool
	// CanReadText says whether the actor may search the texts; Columns are the table's
	// sortable headers; SortQuery the filter a sort button keeps; Mine the link to the
	// actor's own decisions.
	CanReadText bool
	Columns     []sortColumn
	SortQuery   url.Values
	Mine        string
}

// sortColumn is a header of the queue table with its sort button.
type sortColumn struct {
	Label string
	// Key is the sort key; "" for a column that does not sort.
	Key string
	// Sort is "ascending" or "descending" on the column the queue is sorted by (aria-sort);
	// Value is what its button asks for (the other direction), Hint says so in words.
	Sort, Value, Hint string
}

// queueColumns are the queue table's columns after the checkbox, in order. The first
// direction of each is the one a first press asks for.
var queueColumns = []struct {
	label, key string
	down       bool
}{
	{"Registratie", registration.SortNumber, false}, {"Soort", registration.SortKind, false},
	{"Eenheid", registration.SortUnit, false}, {"Basisteam", registration.SortTeam, false},
	{"Geregistreerd", registration.SortRegistered, true}, {"Score", registration.SortPriority, true},
	{"Treffers", registration.SortHits, true}, {"Gronden", "", false}, {"Status", registration.SortStatus, false},
}

// sortColumns returns the headers for the filter's order.
func sortColumns(f registration.QueueFilter) []sortColumn {
	key, dir := f.Sort, f.Dir
	if key == "" {
		key = registration.SortPriority
	}
	var out []sortColumn
	for _, c := range queueColumns {
		col := sortColumn{Label: c.label, Key: c.key}
		if c.key == "" {
			out = append(out, col)
			continue
		}
		down := c.down
		if c.key == key {
			current := c.down
			if dir != "" {
				current = dir == registration.SortDown
			}
			col.Sort = map[bool]string{true: "descending", false: "ascending"}[current]
			down = !current
		}
		col.Value = c.key + "-" + map[bool]string{true: registration.SortDown, false: registration.SortUp}[down]
		col.Hint = map[bool]string{true: "sorteer aflopend", false: "sorteer oplopend"}[down]
		out = append(out, col)
	}
	return out
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
		tq := cloneQuery(q, "na", "voor")
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
	back := cloneQuery(q, "na", "voor")
	data.Back = back.Encode()
	if p.Next != "" {
		nq := cloneQuery(q, "voor")
		nq.Set("na", p.Next)
		data.Next = "/werkbak?" + nq.Encode()
	}
	if p.Prev != "" {
		pq := cloneQuery(q, "na")
		pq.Set("voor", p.Prev)
		data.Prev = "/werkbak?" + pq.Encode()
	}
	data.Kinds = registration.Kinds
	data.Reasons = cat.NoDiscriminationReasons
	data.CanDecide = actor(r).Has(access.Decide)
	data.CanReadText = actor(r).Has(access.ReadRegistration)
	data.Columns = sortColumns(f)
	data.SortQuery = cloneQuery(q, "na", "voor", "sorteer")
	data.Mine = "/werkbak?" + url.Values{"mijn": {"ja"}, "status": {registration.StatusAll}, "sorteer": {registration.SortDecided}}.Encode()
	notice, _ := s.takeFlash(w, r)
	s.render(w, r, http.StatusOK, "queue.html", page{Title: "Werkbak", Notice: notice, Data: data})
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
	D        *registration.Detail
	Segments []segment
	Labels   []string // per hit: term and grounds
	Back     string   // query string of the queue
	BackHref string   // the queue with that filter
	// BackLabel is the text of the link back when it is not the queue (a sample).
	BackLabel string
	// Prev and Next lead to the registration before and after this one in the
	// filtered queue; they are looked up only when followed.
	Prev, Next string
	CanDecide  bool
	CanConfirm bool
	// Claim is the reviewer who has the registration open, when that is someone else.
	Claim *registration.Claim
	Form  decisionForm
	// Errors are the problems per field; Summary is the line above them all.
	Errors  map[string]string
	Summary string
	Saved   string // the number a flash notice on this page is about
	// Undo is set when the notice is about a decision just saved, which can be undone
	// (a button beside the notice); UndoUntil is until when the actor may undo the
	// decision in force on this registration (zero when not).
	Undo      bool
	UndoUntil time.Time
	Cat       *catalog.Catalog

	// Officer is the basisteam's part: back to the unit list, the follow-up (followup.go).
	Officer *officerView
}

// decisionForm is the decision form's state: what was entered, for showing it again,
// and the decision it is based on (sent back as basis, see registration.Decide).
type decisionForm struct {
	registration.DecisionInput
	Basis int64
}

// Standing says where a decision of the history stands: the one in force (the newest
// that took effect), the newest waiting for its second reviewer, or replaced.
func (p detailPage) Standing(dec registration.Decision) string {
	var inForce int64
	for _, d := range p.D.Decisions {
		if d.EffectiveAt != nil && d.UndoneAt == nil {
			inForce = d.ID
		}
	}
	switch {
	case dec.UndoneAt != nil:
		return "ongedaan gemaakt"
	case dec.ID == inForce:
		return "geldt"
	case dec.EffectiveAt == nil && p.D.Current != nil && dec.ID == p.D.Current.ID:
		return "wacht op bevestiging"
	case dec.EffectiveAt == nil:
		return "vervangen (nooit bevestigd)"
	}
	return "vervangen"
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
		p.Form.ReasonCode, p.Form.Reason = s.Registrations.SplitReason(p.Form.Reason)
	default:
		// The hits' grounds and the indications they suggest as a start; the analyst decides.
		p.Form.Grounds, p.Form.Indications = d.Grounds, d.SuggestedIndications
	}
	if d.Current != nil {
		p.Form.Basis = d.Current.ID // after a conflict too: saving again is a deliberate correction
	}
	for _, e := range errs {
		if e.Field == "" {
			p.Summary = e.Message
		} else if _, dup := p.Errors[e.Field]; !dup {
			p.Errors[e.Field] = e.Message
		}
	}
	if p.Summary == "" && len(p.Errors) > 0 {
		p.Summary = "De beoordeling is niet opgeslagen; controleer de gemarkeerde velden."
	}
	if p.CanDecide {
		c, err := s.Registrations.Claim(r.Context(), a, d.Number)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		if c != nil && !c.Mine(a) {
			p.Claim = c
		}
	}
	if a.Has(access.ReadQueue) {
		p.BackHref = "/werkbak"
		if p.Back != "" {
			p.BackHref += "?" + p.Back
		}
	}
	if p.Officer, err = s.officerView(r, a, d); err != nil {
		s.fail(w, r, err)
		return
	}
	if id := sampleOf(p.Back); id != 0 && a.Has(access.ReadQueue) {
		// Opened from a sample (sample.go): back to it; a decision goes on in it.
		p.BackHref, p.BackLabel = fmt.Sprintf("/steekproef/%d", id), "Terug naar de steekproef"
	} else if p.CanDecide && a.Has(access.ReadQueue) {
		// The neighbours are looked up only when asked for: a queue query per page view
		// would cost more than the page itself.
		q := url.Values{"na": {d.Number}, "terug": {p.Back}}.Encode()
		p.Prev, p.Next = "/werkbak/vorige?"+q, "/werkbak/volgende?"+q
	}
	notice, saved := s.takeFlash(w, r)
	p.Saved = saved
	p.Undo = saved != "" && undoable(notice) && s.Registrations.UndoWindow > 0
	if p.CanDecide {
		p.UndoUntil = s.Registrations.UndoUntil(a, d.Current)
	}
	s.render(w, r, code, "registration.html", page{Title: "Registratie " + d.Number, Notice: notice, Data: p})
}

// handleNext sends the reviewer to the next registration of the filtered queue after
// the one named by na, or back to the queue when there is none.
func (s *Server) handleNext(w http.ResponseWriter, r *http.Request) { s.neighbour(w, r, false) }

// handlePrev is handleNext backwards.
func (s *Server) handlePrev(w http.ResponseWriter, r *http.Request) { s.neighbour(w, r, true) }

func (s *Server) neighbour(w http.ResponseWriter, r *http.Request, back bool) {
	if s.Registrations == nil {
		s.fail(w, r, errNoRegistrations)
		return
	}
	if err := actor(r).Require(access.ReadQueue); err != nil {
		s.fail(w, r, err)
		return
	}
	ret := r.URL.Query().Get("terug")
	target := s.nextInQueue(r, r.URL.Query().Get("na"), ret, back)
	if target == "" {
		target = "/werkbak?" + ret
	}
	http.Redirect(w, r, target, http.StatusSeeOther)
}

// nextInQueue returns the link to the registration after number (before it, when
// back) in the queue with the filter of ret, or "".
func (s *Server) nextInQueue(r *http.Request, number, ret string, back bool) string {
	q, _ := url.ParseQuery(ret)
	f, err := queueFilter(q)
	if err != nil {
		return ""
	}
	f.After = ""
	next, err := s.Registrations.Neighbour(r.Context(), actor(r), f, number, back)
	if err != nil || next == "" {
		return ""
	}
	return registrationHref(next, ret)
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
	in := registration.DecisionInput{Kind: f.Get("soort"), Articles: f["artikelen"], Grounds: f["gronden"],
		Indications: f["indicaties"], Manifestation: f.Get("verschijningsvorm"), Referral: f.Get("doorverwijzing") == "ja",
		ADV: f.Get("adv"), ReasonCode: f.Get("reden_code"), Reason: f.Get("reden"), Rationale: f.Get("motivering")}
	if v := f.Get("basis"); v != "" {
		id, err := strconv.ParseInt(v, 10, 64)
		if err != nil || id < 0 {
			return in, stelsel.Invalid("basis", "het beslisformulier is beschadigd (basis %q); laad de registratie opnieuw", v)
		}
		in.Basis = &id
	}
	return in, nil
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
	again := func(code int, errs []*stelsel.Error) {
		r.URL.RawQuery = url.Values{"terug": {back}, "reden": {"beoordeling (invoer gecontroleerd)"}}.Encode()
		s.showRegistration(w, r, code, &in, errs)
	}
	if errs := s.Registrations.ValidateDecision(in); len(errs) > 0 && actor(r).Has(access.Decide) {
		again(http.StatusUnprocessableEntity, errs)
		return
	}
	dec, err := s.Registrations.Decide(r.Context(), actor(r), number, in)
	if err != nil {
		var e *stelsel.Error
		switch code := stelsel.ErrorCode(err); {
		case (code == stelsel.EINVALID || code == stelsel.ECONFLICT) && errors.As(err, &e):
			// A stale view: the page shows the newer decision and keeps the entry.
			status := http.StatusUnprocessableEntity
			if code == stelsel.ECONFLICT {
				status, e = http.StatusConflict, &stelsel.Error{Code: code, Message: e.Message}
			}
			again(status, []*stelsel.Error{e})
		default:
			s.fail(w, r, err)
		}
		return
	}
	flash, target := "opgeslagen", ""
	switch {
	case dec.Unchanged:
		flash, target = "ongewijzigd", registrationHref(number, back)
	case dec.Supersedes != 0:
		flash = "correctie"
	}
	if target == "" {
		target = s.nextInSample(r, number, back)
	}
	if target == "" {
		target = s.nextInQueue(r, number, back, false)
	}
	if target == "" {
		target = registrationHref(number, back)
	}
	s.setFlash(w, r, flash, number)
	http.Redirect(w, r, target, http.StatusSeeOther)
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
	s.setFlash(w, r, "bevestigd", number)
	http.Redirect(w, r, registrationHref(number, r.PostFormValue("terug")), http.StatusSeeOther)
}

// handleUndo takes back the actor's own decision just made (registration.Undo). A
// refusal shows the registration with the reason, e.g. that BVH already has the code.
func (s *Server) handleUndo(w http.ResponseWriter, r *http.Request) {
	if s.Registrations == nil {
		s.fail(w, r, errNoRegistrations)
		return
	}
	number := r.PathValue("number")
	back := r.PostFormValue("terug")
	if _, err := s.Registrations.Undo(r.Context(), actor(r), number); err != nil {
		var e *stelsel.Error
		if stelsel.ErrorCode(err) == stelsel.ECONFLICT && errors.As(err, &e) {
			r.URL.RawQuery = url.Values{"terug": {back}, "reden": {"ongedaan maken geweigerd"}}.Encode()
			s.showRegistration(w, r, http.StatusConflict, nil, []*stelsel.Error{{Code: e.Code, Message: e.Message}})
			return
		}
		s.fail(w, r, err)
		return
	}
	s.setFlash(w, r, "ongedaan", number)
	http.Redirect(w, r, registrationHref(number, back), http.StatusSeeOther)
}

// handleBulkDecide decides "geen discriminatie" with one preset reason on the
// registrations ticked in the queue, each as its own decision.
func (s *Server) handleBulkDecide(w http.ResponseWriter, r *http.Request) {
	if s.Registrations == nil {
		s.fail(w, r, errNoRegistrations)
		return
	}
	if err := r.ParseForm(); err != nil {
		s.fail(w, r, stelsel.Invalid("formulier", "het formulier kon niet worden gelezen: %v", err))
		return
	}
	res, err := s.Registrations.DecideBulk(r.Context(), actor(r), r.PostForm["nummers"], r.PostForm.Get("reden_code"), r.PostForm.Get("motivering"))
	if err != nil && res == nil {
		s.fail(w, r, err)
		return
	}
	done, skipped := 0, 0
	for _, x := range res {
		if x.Error != nil {
			skipped++
		} else if !x.Decision.Unchanged {
			done++
		}
	}
	s.setFlash(w, r, "bulk", fmt.Sprintf("%d,%d", done, skipped))
	http.Redirect(w, r, "/werkbak?"+r.PostForm.Get("terug"), http.StatusSeeOther)
}
