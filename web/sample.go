package web

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"stelsel"
	"stelsel/access"
	"stelsel/registration"
)

// The sample queue (steekproef, issue 11.6): its own pages beside the review queue. An
// analyst opens a sampled registration on the ordinary registration page and decides it
// with the ordinary decision form; "terug" carries steekproef=ID, so the page links back
// to the sample and a saved decision goes on to the next undecided registration of it.

type samplesPage struct {
	Samples []registration.Sample
	CanDraw bool
	Form    sampleForm
	Errors  map[string]string
}

type sampleForm struct {
	Period string `json:"periode"`
	Size   int    `json:"omvang"`
	Seed   string `json:"zaad"`
}

type samplePage struct {
	registration.SampleDetail
	Back string // the "terug" value for the registration pages
}

// sampleBack is the "terug" value of a sample's registration pages.
func sampleBack(id int64) string {
	return url.Values{"steekproef": {strconv.FormatInt(id, 10)}}.Encode()
}

// sampleOf returns the sample a "terug" value names, or 0.
func sampleOf(back string) int64 {
	q, _ := url.ParseQuery(back)
	id, err := strconv.ParseInt(q.Get("steekproef"), 10, 64)
	if err != nil || id <= 0 {
		return 0
	}
	return id
}

func (s *Server) handleSamples(w http.ResponseWriter, r *http.Request) {
	s.showSamples(w, r, http.StatusOK, sampleForm{Size: 200}, nil)
}

func (s *Server) showSamples(w http.ResponseWriter, r *http.Request, code int, form sampleForm, errs map[string]string) {
	if s.Registrations == nil {
		s.fail(w, r, errNoRegistrations)
		return
	}
	list, err := s.Registrations.Samples(r.Context(), actor(r))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if form.Period == "" {
		form.Period = s.Now().In(amsterdam).AddDate(0, -1, 0).Format("2006-01") // last month
	}
	p := samplesPage{Samples: list, CanDraw: actor(r).National(access.DrawSample), Form: form, Errors: errs}
	s.render(w, r, code, "samples.html", page{Title: "Steekproef", Data: p})
}

func (s *Server) handleSampleDraw(w http.ResponseWriter, r *http.Request) {
	if s.Registrations == nil {
		s.fail(w, r, errNoRegistrations)
		return
	}
	if err := r.ParseForm(); err != nil {
		s.fail(w, r, stelsel.Invalid("formulier", "het formulier kon niet worden gelezen: %v", err))
		return
	}
	form := sampleForm{Period: strings.TrimSpace(r.PostForm.Get("periode")), Seed: r.PostForm.Get("zaad")}
	size, convErr := strconv.Atoi(strings.TrimSpace(r.PostForm.Get("omvang")))
	form.Size = size
	var sm registration.Sample
	err := actor(r).Require(access.DrawSample)
	if err == nil && convErr != nil {
		err = stelsel.Invalid("omvang", "omvang %q: geef een aantal registraties", r.PostForm.Get("omvang"))
	}
	if err == nil {
		sm, err = s.Registrations.DrawSample(r.Context(), actor(r), form.Period, form.Size, form.Seed)
	}
	var e *stelsel.Error
	if err != nil && errors.As(err, &e) && (e.Code == stelsel.EINVALID || e.Code == stelsel.ECONFLICT) {
		field := e.Field
		if field == "" {
			field = "periode"
		}
		code := http.StatusUnprocessableEntity
		if e.Code == stelsel.ECONFLICT {
			code = http.StatusConflict
		}
		s.showSamples(w, r, code, form, map[string]string{field: e.Message})
		return
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.setFlash(w, r, "steekproef", sm.Period)
	http.Redirect(w, r, fmt.Sprintf("/steekproef/%d", sm.ID), http.StatusSeeOther)
}

func (s *Server) handleSample(w http.ResponseWriter, r *http.Request) {
	d, ok := s.sample(w, r)
	if !ok {
		return
	}
	notice, _ := s.takeFlash(w, r)
	s.render(w, r, http.StatusOK, "sample.html", page{Title: "Steekproef " + d.Period, Notice: notice,
		Data: samplePage{SampleDetail: d, Back: sampleBack(d.ID)}})
}

// sample reads the sample of the path; a malformed id is a missing sample.
func (s *Server) sample(w http.ResponseWriter, r *http.Request) (registration.SampleDetail, bool) {
	if s.Registrations == nil {
		s.fail(w, r, errNoRegistrations)
		return registration.SampleDetail{}, false
	}
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		if err := actor(r).Require(access.ReadQueue); err != nil {
			s.fail(w, r, err)
			return registration.SampleDetail{}, false
		}
		s.fail(w, r, stelsel.Errorf(stelsel.ENOTFOUND, "steekproef %s niet gevonden", r.PathValue("id")))
		return registration.SampleDetail{}, false
	}
	d, err := s.Registrations.SampleByID(r.Context(), actor(r), id)
	if err != nil {
		s.fail(w, r, err)
		return d, false
	}
	return d, true
}

// nextInSample returns the link to the next undecided registration of the sample that
// back names, or the sample page when none is left; "" when back names no sample.
func (s *Server) nextInSample(r *http.Request, number, back string) string {
	id := sampleOf(back)
	if id == 0 {
		return ""
	}
	next, err := s.Registrations.NextInSample(r.Context(), actor(r), id, number)
	if err != nil || next == "" {
		return fmt.Sprintf("/steekproef/%d", id)
	}
	return registrationHref(next, back) + "&" + url.Values{"reden": {sampleReason}}.Encode()
}

// sampleReason is the reason a sampled registration is opened, for the audit trail.
const sampleReason = "inzage via steekproef"

func (s *Server) apiSamples(w http.ResponseWriter, r *http.Request) {
	if s.Registrations == nil {
		s.fail(w, r, errNoRegistrations)
		return
	}
	list, err := s.Registrations.Samples(r.Context(), actor(r))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if list == nil {
		list = []registration.Sample{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"steekproeven": list})
}

func (s *Server) apiSampleDraw(w http.ResponseWriter, r *http.Request) {
	if s.Registrations == nil {
		s.fail(w, r, errNoRegistrations)
		return
	}
	var in sampleForm
	if err := readJSON(r, &in); err != nil {
		s.fail(w, r, err)
		return
	}
	sm, err := s.Registrations.DrawSample(r.Context(), actor(r), in.Period, in.Size, in.Seed)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, sm)
}

func (s *Server) apiSample(w http.ResponseWriter, r *http.Request) {
	d, ok := s.sample(w, r)
	if !ok {
		return
	}
	if d.Items == nil {
		d.Items = []registration.SampleItem{}
	}
	writeJSON(w, http.StatusOK, d)
}
