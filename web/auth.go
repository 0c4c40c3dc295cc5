package web

import (
	"crypto/subtle"
	"net/http"
	"net/url"
	"strings"

	"stelsel"
	"stelsel/access"
)

type loginPage struct {
	Username, Next, Error string
	OIDC                  bool
}

// safeNext returns a local path to go to after login; anything else becomes "/".
func safeNext(next string) string {
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.HasPrefix(next, "/\\") || strings.ContainsAny(next, "\r\n") {
		return "/"
	}
	return next
}

func (s *Server) handleLoginForm(w http.ResponseWriter, r *http.Request) {
	next := safeNext(r.URL.Query().Get("volgende"))
	if !actor(r).Anonymous() {
		http.Redirect(w, r, next, http.StatusSeeOther)
		return
	}
	s.render(w, r, http.StatusOK, "login.html", page{Title: "Inloggen", Data: loginPage{Next: next, OIDC: s.OIDC != nil}})
}

func (s *Server) handleLogin(w http.ResponseWriter, r *http.Request) {
	username, password := r.PostFormValue("gebruikersnaam"), r.PostFormValue("wachtwoord")
	next := safeNext(r.PostFormValue("volgende"))
	token, _, err := s.Sessions.Login(r.Context(), username, password)
	if err != nil {
		if stelsel.ErrorCode(err) != stelsel.EUNAUTHORIZED {
			s.fail(w, r, err)
			return
		}
		s.render(w, r, status(err), "login.html", page{Title: "Inloggen",
			Data: loginPage{Username: username, Next: next, Error: stelsel.ErrorMessage(err), OIDC: s.OIDC != nil}})
		return
	}
	s.setSession(w, r, token)
	http.Redirect(w, r, next, http.StatusSeeOther)
}

func (s *Server) handleLogout(w http.ResponseWriter, r *http.Request) {
	if c, err := r.Cookie(s.sessionCookie(r)); err == nil {
		if err := s.Sessions.Logout(r.Context(), c.Value); err != nil {
			s.fail(w, r, err)
			return
		}
	}
	s.clearSession(w, r)
	http.Redirect(w, r, "/login", http.StatusSeeOther)
}

const oidcCookie = "stelsel_oidc"

func (s *Server) handleOIDCStart(w http.ResponseWriter, r *http.Request) {
	if s.OIDC == nil {
		s.fail(w, r, stelsel.Errorf(stelsel.ENOTFOUND, "inloggen via SSO is niet ingesteld"))
		return
	}
	state, nonce, verifier, err := access.NewLoginSecrets()
	if err != nil {
		s.fail(w, r, err)
		return
	}
	next := safeNext(r.URL.Query().Get("volgende"))
	http.SetCookie(w, &http.Cookie{Name: oidcCookie, Value: strings.Join([]string{state, nonce, verifier, url.QueryEscape(next)}, "."),
		Path: "/login/oidc", HttpOnly: true, Secure: s.secure(r), SameSite: http.SameSiteLaxMode, MaxAge: 600})
	http.Redirect(w, r, s.OIDC.AuthURL(state, nonce, verifier), http.StatusFound)
}

func (s *Server) handleOIDCCallback(w http.ResponseWriter, r *http.Request) {
	if s.OIDC == nil {
		s.fail(w, r, stelsel.Errorf(stelsel.ENOTFOUND, "inloggen via SSO is niet ingesteld"))
		return
	}
	c, err := r.Cookie(oidcCookie)
	http.SetCookie(w, &http.Cookie{Name: oidcCookie, Path: "/login/oidc", MaxAge: -1, HttpOnly: true, Secure: s.secure(r)})
	parts := []string{}
	if err == nil {
		parts = strings.SplitN(c.Value, ".", 4) // the escaped next path may hold dots
	}
	q := r.URL.Query()
	if len(parts) != 4 || subtle.ConstantTimeCompare([]byte(parts[0]), []byte(q.Get("state"))) != 1 {
		s.fail(w, r, stelsel.Errorf(stelsel.EUNAUTHORIZED, "deze inlogpoging is verlopen of niet hier begonnen; probeer opnieuw"))
		return
	}
	if e := q.Get("error"); e != "" {
		s.fail(w, r, stelsel.Errorf(stelsel.EUNAUTHORIZED, "de identiteitsprovider weigerde het inloggen (%s)", e))
		return
	}
	u, err := s.OIDC.Callback(r.Context(), q.Get("code"), parts[1], parts[2])
	if err != nil {
		s.fail(w, r, err)
		return
	}
	token, err := s.Sessions.Start(r.Context(), u, "oidc")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.setSession(w, r, token)
	next, _ := url.QueryUnescape(parts[3])
	http.Redirect(w, r, safeNext(next), http.StatusSeeOther)
}

// handleHome sends each role to its main page.
func (s *Server) handleHome(w http.ResponseWriter, r *http.Request) {
	a := actor(r)
	if items := nav(a, ""); len(items) > 0 {
		http.Redirect(w, r, items[0].Href, http.StatusSeeOther)
		return
	}
	s.render(w, r, http.StatusOK, "home.html", page{Title: "Start"})
}
