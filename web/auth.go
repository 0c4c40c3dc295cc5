package web

import (
	"crypto/subtle"
	"net/http"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"stelsel"
	"stelsel/access"
)

type loginPage struct {
	Username, Next, Error string
	OIDC                  bool
}

// safeNext returns a local path to go to after login; anything else becomes "/". The
// target is parsed, not pattern-matched: it must start with a single "/", hold no
// whitespace, control character or backslash (browsers drop tabs and newlines and read
// "\" as "/", so "/\t/evil.example" would leave the site), and parse to a URL without
// scheme or host.
func safeNext(next string) string {
	if len(next) > 2048 || !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || !utf8.ValidString(next) {
		return "/"
	}
	for _, r := range next {
		if r <= ' ' || r == 0x7f || r == '\\' || unicode.IsSpace(r) || unicode.IsControl(r) || unicode.Is(unicode.Cf, r) {
			return "/"
		}
	}
	u, err := url.Parse(next)
	if err != nil || u.Scheme != "" || u.Host != "" || u.User != nil || u.Opaque != "" || !strings.HasPrefix(u.Path, "/") || strings.HasPrefix(u.Path, "//") {
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

// deviceCookie holds the device token of a browser that logged in before; see
// access.Sessions.LoginDevice.
func (s *Server) deviceCookie(r *http.Request) string {
	if s.secure(r) {
		return "__Host-stelsel_apparaat"
	}
	return "stelsel_apparaat"
}

func (s *Server) handleLogin(w http.ResponseWriter, r *http.Request) {
	username, password := r.PostFormValue("gebruikersnaam"), r.PostFormValue("wachtwoord")
	next := safeNext(r.PostFormValue("volgende"))
	device := ""
	if c, err := r.Cookie(s.deviceCookie(r)); err == nil {
		device = c.Value
	}
	client, now := clientKey(r), s.Now()
	// A browser with a device cookie is held up neither by the account's nor by its
	// address's failures; a wrong password from it voids the cookie.
	if wait, blocked := s.clients.blocked(client, now); blocked && device == "" {
		err := access.Throttled("te veel mislukte pogingen vanaf dit adres", wait)
		s.render(w, r, status(err), "login.html", page{Title: "Inloggen",
			Data: loginPage{Username: username, Next: next, Error: stelsel.ErrorMessage(err), OIDC: s.OIDC != nil}})
		return
	}
	res, err := s.Sessions.LoginDevice(r.Context(), username, password, device)
	if err != nil {
		if stelsel.ErrorCode(err) != stelsel.EUNAUTHORIZED {
			s.fail(w, r, err)
			return
		}
		s.clients.fail(client, now)
		s.render(w, r, status(err), "login.html", page{Title: "Inloggen",
			Data: loginPage{Username: username, Next: next, Error: stelsel.ErrorMessage(err), OIDC: s.OIDC != nil}})
		return
	}
	s.setSession(w, r, res.Token)
	http.SetCookie(w, &http.Cookie{Name: s.deviceCookie(r), Value: res.Device, Path: "/login", HttpOnly: true,
		Secure: s.secure(r), SameSite: http.SameSiteStrictMode, MaxAge: int(access.DeviceLifetime.Seconds())})
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
