package web

import (
	"errors"
	"net/http"
	"net/url"
	"strings"

	"stelsel"
)

// passwordPage is the form on which a user chooses a new password.
type passwordPage struct {
	Must  bool   // the password was set by someone else and must be changed first
	Next  string // where to go afterwards
	Error string
	Field string // the field the error is about: "huidig", "nieuw" or "herhaling"
	SSO   bool   // the account logs in through OIDC only
}

// passwordPath is the change page; with MustChangePassword a session reaches only it,
// the logout and the public pages.
const passwordPath = "/mijn/wachtwoord"

// mustChangeAllowed reports whether a session that must change its password may still
// request path: the change page itself, logging out, and what needs no login.
func mustChangeAllowed(path string) bool {
	switch path {
	case passwordPath, "/logout", "/login", "/algoritme", "/algoritme.json", "/favicon.ico":
		return true
	}
	return strings.HasPrefix(path, "/static/")
}

// holdForPasswordChange answers a request of a session that must change its password
// first: a page is sent to the change page (remembering where it was going), anything
// else is refused with the reason.
func (s *Server) holdForPasswordChange(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodGet && !strings.HasPrefix(r.URL.Path, "/api/") && r.Header.Get("HX-Request") == "" {
		http.Redirect(w, r, passwordPath+"?volgende="+url.QueryEscape(safeNext(r.URL.RequestURI())), http.StatusSeeOther)
		return
	}
	s.fail(w, r, stelsel.Errorf(stelsel.EFORBIDDEN, "kies eerst een nieuw wachtwoord op %s", passwordPath))
}

func (s *Server) handlePasswordForm(w http.ResponseWriter, r *http.Request) {
	u, err := s.Users.Own(r.Context(), actor(r))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	notice := ""
	if s.doneCode(w, r) == "wachtwoord" {
		notice = notices["wachtwoord"]
	}
	s.render(w, r, http.StatusOK, "password.html", page{Title: "Wachtwoord wijzigen", Notice: notice,
		Data: passwordPage{Must: u.MustChangePassword, Next: safeNext(r.URL.Query().Get("volgende")), SSO: !u.HasPassword}})
}

func (s *Server) handlePasswordChange(w http.ResponseWriter, r *http.Request) {
	p := passwordPage{Must: actor(r).MustChangePassword, Next: safeNext(r.PostFormValue("volgende"))}
	err := s.changePassword(w, r, r.PostFormValue("huidig"), r.PostFormValue("nieuw"), r.PostFormValue("herhaling"))
	if err == nil {
		s.markDone(w, r, "wachtwoord")
		target := p.Next
		if target == "/" || strings.HasPrefix(target, passwordPath) {
			target = passwordPath + "?gedaan=wachtwoord"
		}
		http.Redirect(w, r, target, http.StatusSeeOther)
		return
	}
	if stelsel.ErrorCode(err) != stelsel.EINVALID {
		s.fail(w, r, err)
		return
	}
	var se *stelsel.Error
	if errors.As(err, &se) {
		p.Field = se.Field
	}
	p.Error = stelsel.ErrorMessage(err)
	s.render(w, r, status(err), "password.html", page{Title: "Wachtwoord wijzigen", Data: p})
}

// changePassword changes the password of the request's session and puts the session
// that replaces it in the cookie.
func (s *Server) changePassword(w http.ResponseWriter, r *http.Request, current, next, again string) error {
	if next != again {
		return stelsel.Invalid("herhaling", "de herhaling is niet gelijk aan het nieuwe wachtwoord")
	}
	c, err := r.Cookie(s.sessionCookie(r))
	if err != nil {
		return stelsel.Errorf(stelsel.EUNAUTHORIZED, "uw sessie is verlopen; log opnieuw in")
	}
	device := ""
	if dc, err := r.Cookie(s.deviceCookie(r)); err == nil {
		device = dc.Value
	}
	res, err := s.Sessions.ChangePassword(r.Context(), c.Value, device, current, next)
	if err != nil {
		return err
	}
	s.setSession(w, r, res.Token)
	return nil
}
