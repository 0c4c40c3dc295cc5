package web

import (
	"net/http"
	"slices"
	"strconv"
	"strings"

	"stelsel"
	"stelsel/access"
	"stelsel/catalog"
)

type usersPage struct {
	Users     []access.User
	Tokens    []access.Token
	Roles     []access.Role
	Units     []catalog.Unit // the units to choose from: the catalog's
	Form      access.NewUser
	Error     string
	NewSecret *secret
}

type secret struct{ Label, Value string }

var notices = map[string]string{
	"rol":           "De rol is opgeslagen. Lopende sessies krijgen hem bij hun volgende verzoek.",
	"uitgeschakeld": "Het account is uitgeschakeld; de sessies zijn beëindigd en de API-tokens definitief ingetrokken.",
	"ingeschakeld":  "Het account is weer ingeschakeld.",
	"ingetrokken":   "Het token is ingetrokken.",
	"wachtwoord":    "Uw wachtwoord is gewijzigd. Uw andere sessies zijn beëindigd.",
}

func (s *Server) usersPage(w http.ResponseWriter, r *http.Request, code int, p usersPage, notice string) {
	a := actor(r)
	users, err := s.Users.List(r.Context(), a)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	tokens, err := s.Tokens.List(r.Context(), a)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p.Users, p.Tokens, p.Roles, p.Units = users, tokens, access.Roles, cat.Units
	s.render(w, r, code, "users.html", page{Title: "Gebruikers", Notice: notice, Data: p})
}

func (s *Server) handleUsers(w http.ResponseWriter, r *http.Request) {
	if err := actor(r).Require(access.ManageUsers); err != nil {
		s.fail(w, r, err)
		return
	}
	s.usersPage(w, r, http.StatusOK, usersPage{Form: access.NewUser{Roles: []access.Role{access.RoleAnalyst}}}, notices[s.doneCode(w, r)])
}

// splitUnits splits a comma-separated list, dropping empty parts.
func splitUnits(v string) []string {
	var out []string
	for _, u := range strings.Split(v, ",") {
		if u = strings.TrimSpace(u); u != "" {
			out = append(out, u)
		}
	}
	return out
}

// formUnits reads the units chosen in a multiple select of the catalog's units (or one
// "a,b" value, as older forms and scripts send).
func formUnits(r *http.Request) []string {
	_ = r.ParseForm()
	var out []string
	for _, v := range r.PostForm["eenheden"] {
		for _, u := range strings.Split(v, ",") {
			if u = strings.TrimSpace(u); u != "" && !slices.Contains(out, u) {
				out = append(out, u)
			}
		}
	}
	return out
}

// formRoles reads the roles chosen in a multiple select (or one "a,b" value).
func formRoles(r *http.Request) []access.Role {
	_ = r.ParseForm()
	var out []access.Role
	for _, v := range r.PostForm["rol"] {
		out = append(out, access.ParseRoles(v)...)
	}
	return out
}

func (s *Server) handleUserAdd(w http.ResponseWriter, r *http.Request) {
	nu := access.NewUser{Username: r.PostFormValue("gebruikersnaam"), Name: r.PostFormValue("naam"),
		Roles: formRoles(r), Units: formUnits(r), Team: r.PostFormValue("basisteam"), Password: r.PostFormValue("wachtwoord"),
		// The administrator chose or saw the password: its owner replaces it at the first login.
		MustChangePassword: true}
	generated := nu.Password == ""
	if generated {
		nu.Password = access.GeneratePassword()
	}
	u, err := s.Users.Add(r.Context(), actor(r), nu)
	if err != nil {
		if stelsel.ErrorCode(err) == stelsel.EINVALID || stelsel.ErrorCode(err) == stelsel.ECONFLICT {
			nu.Password = ""
			s.usersPage(w, r, status(err), usersPage{Form: nu, Error: stelsel.ErrorMessage(err)}, "")
			return
		}
		s.fail(w, r, err)
		return
	}
	p := usersPage{Form: access.NewUser{Roles: []access.Role{access.RoleAnalyst}}}
	if generated {
		p.NewSecret = &secret{Label: "Wachtwoord van " + u.Username, Value: nu.Password}
	}
	s.usersPage(w, r, http.StatusOK, p, "Gebruiker "+u.Username+" is aangemaakt.")
}

func (s *Server) handleUserRole(w http.ResponseWriter, r *http.Request) {
	err := s.Users.SetRoles(r.Context(), actor(r), r.PathValue("username"), formRoles(r), formUnits(r))
	s.afterUserChange(w, r, err, "rol")
}

// disablePage asks the administrator to confirm disabling an account, saying what it
// does that cannot be undone.
type disablePage struct {
	User   access.User
	Tokens []access.Token // the account's active API tokens, revoked for good
}

// handleUserDisableForm shows what disabling an account does and asks to confirm it.
func (s *Server) handleUserDisableForm(w http.ResponseWriter, r *http.Request) {
	s.confirmDisable(w, r, http.StatusOK)
}

func (s *Server) confirmDisable(w http.ResponseWriter, r *http.Request, code int) {
	a := actor(r)
	u, err := s.Users.ByUsername(r.Context(), a, r.PathValue("username"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	tokens, err := s.Tokens.List(r.Context(), a)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p := disablePage{User: u}
	for _, t := range tokens {
		if t.Username == u.Username && !t.Revoked {
			p.Tokens = append(p.Tokens, t)
		}
	}
	s.render(w, r, code, "user_disable.html", page{Title: "Account " + u.Username + " uitschakelen", Data: p})
}

// handleUserDisable disables an account once the administrator confirmed it on the
// page of handleUserDisableForm; without that it shows that page.
func (s *Server) handleUserDisable(w http.ResponseWriter, r *http.Request) {
	if r.PostFormValue("bevestigd") != "ja" {
		s.confirmDisable(w, r, http.StatusOK)
		return
	}
	s.afterUserChange(w, r, s.Users.Disable(r.Context(), actor(r), r.PathValue("username")), "uitgeschakeld")
}

func (s *Server) handleUserEnable(w http.ResponseWriter, r *http.Request) {
	s.afterUserChange(w, r, s.Users.Enable(r.Context(), actor(r), r.PathValue("username")), "ingeschakeld")
}

func (s *Server) handleTokenRevoke(w http.ResponseWriter, r *http.Request) {
	if err := actor(r).Require(access.ManageUsers); err != nil {
		s.fail(w, r, err)
		return
	}
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		s.fail(w, r, stelsel.Errorf(stelsel.ENOTFOUND, "token bestaat niet"))
		return
	}
	s.afterUserChange(w, r, s.Tokens.Revoke(r.Context(), actor(r), id), "ingetrokken")
}

func (s *Server) afterUserChange(w http.ResponseWriter, r *http.Request, err error, notice string) {
	if err != nil {
		if stelsel.ErrorCode(err) == stelsel.EINVALID {
			s.usersPage(w, r, status(err), usersPage{Form: access.NewUser{Roles: []access.Role{access.RoleAnalyst}}, Error: stelsel.ErrorMessage(err)}, "")
			return
		}
		s.fail(w, r, err)
		return
	}
	s.markDone(w, r, notice)
	http.Redirect(w, r, "/beheer/gebruikers?gedaan="+notice, http.StatusSeeOther)
}
