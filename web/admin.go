package web

import (
	"net/http"
	"strconv"
	"strings"

	"stelsel"
	"stelsel/access"
)

type usersPage struct {
	Users     []access.User
	Tokens    []access.Token
	Roles     []access.Role
	Form      access.NewUser
	Error     string
	NewSecret *secret
}

type secret struct{ Label, Value string }

var notices = map[string]string{
	"rol":           "De rol is opgeslagen. Lopende sessies krijgen hem bij hun volgende verzoek.",
	"uitgeschakeld": "Het account is uitgeschakeld; sessies zijn beëindigd en tokens ingetrokken.",
	"ingeschakeld":  "Het account is weer ingeschakeld.",
	"ingetrokken":   "Het token is ingetrokken.",
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
	p.Users, p.Tokens, p.Roles = users, tokens, access.Roles
	s.render(w, r, code, "users.html", page{Title: "Gebruikers", Notice: notice, Data: p})
}

func (s *Server) handleUsers(w http.ResponseWriter, r *http.Request) {
	if err := actor(r).Require(access.ManageUsers); err != nil {
		s.fail(w, r, err)
		return
	}
	s.usersPage(w, r, http.StatusOK, usersPage{Form: access.NewUser{Roles: []access.Role{access.RoleAnalyst}}}, notices[s.doneCode(w, r)])
}

func splitUnits(v string) []string {
	var out []string
	for _, u := range strings.Split(v, ",") {
		if u = strings.TrimSpace(u); u != "" {
			out = append(out, u)
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
		Roles: formRoles(r), Units: splitUnits(r.PostFormValue("eenheden")), Password: r.PostFormValue("wachtwoord")}
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
	err := s.Users.SetRoles(r.Context(), actor(r), r.PathValue("username"), formRoles(r), splitUnits(r.PostFormValue("eenheden")))
	s.afterUserChange(w, r, err, "rol")
}

func (s *Server) handleUserDisable(w http.ResponseWriter, r *http.Request) {
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
