package web

import (
	"net/http"
	"net/url"

	"stelsel"
	"stelsel/access"
	"stelsel/registration"
)

func init() {
	flashTexts["opvolging"] = "De opvolging van registratie %s is vastgelegd."
}

// officerView is what the registration page shows for the basisteam: the way back to
// the unit list and the follow-up the decision in force asks of the unit.
type officerView struct {
	Number    string
	ListHref  string // the unit list (or search) with its filter; "" when the page was not reached from it
	ListLabel string
	List      string // that filter, passed on by the follow-up form
	FollowUps []registration.FollowUp
	// CanRecord says the actor may tick follow-up tasks off; Error is the problem with
	// the last attempt.
	CanRecord bool
	Error     string
}

// officerView returns the basisteam's part of the registration page, or nil when there
// is nothing to show.
func (s *Server) officerView(r *http.Request, a access.Actor, d *registration.Detail) (*officerView, error) {
	q := r.URL.Query()
	v := &officerView{Number: d.Number, ListHref: searchBack(a, q, d.Unit), ListLabel: "← Terug naar de registraties van de eenheid", List: q.Get("lijst")}
	if v.ListHref == "" {
		v.ListHref, v.ListLabel = listBack(a, q, d.Unit), "← Terug naar de eenheidslijst"
	}
	tasks, err := s.Registrations.FollowUps(r.Context(), a, d)
	if err != nil {
		return nil, err
	}
	v.FollowUps, v.CanRecord = tasks, a.CanUnit(access.RecordFollowUp, d.Unit)
	if v.ListHref == "" && len(v.FollowUps) == 0 {
		return nil, nil
	}
	return v, nil
}

// Open counts the tasks not done yet.
func (v *officerView) Open() int {
	n := 0
	for _, f := range v.FollowUps {
		if f.Done == nil {
			n++
		}
	}
	return n
}

// handleFollowUp records one follow-up task as done and returns to the registration.
func (s *Server) handleFollowUp(w http.ResponseWriter, r *http.Request) {
	if s.Registrations == nil {
		s.fail(w, r, errNoRegistrations)
		return
	}
	if err := r.ParseForm(); err != nil {
		s.fail(w, r, stelsel.Invalid("formulier", "het formulier kon niet worden gelezen: %v", err))
		return
	}
	number := r.PathValue("number")
	f := r.PostForm
	back := url.Values{"reden": {"opvolging"}}
	if l := f.Get("lijst"); l != "" {
		back.Set("lijst", l)
	}
	if _, err := s.Registrations.RecordFollowUp(r.Context(), actor(r), number, f.Get("taak"), f.Get("toelichting")); err != nil {
		s.fail(w, r, err)
		return
	}
	s.setFlash(w, r, "opvolging", number)
	http.Redirect(w, r, "/registraties/"+url.PathEscape(number)+"?"+back.Encode(), http.StatusSeeOther)
}
