package web

import (
	"net/http"
	"strconv"

	"stelsel"
	"stelsel/access"
)

// The own API tokens: every user makes and revokes their own, logged in with a session.
// Administrators see and revoke all tokens on the users page but make none for others:
// a token acts with all its owner's powers (access.Tokens.Create).

type tokensPage struct {
	Tokens    []access.Token
	Label     string
	Error     string
	NewSecret *secret
}

func (s *Server) tokensPage(w http.ResponseWriter, r *http.Request, code int, p tokensPage, notice string) {
	tokens, err := s.Tokens.Own(r.Context(), actor(r))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p.Tokens = tokens
	s.render(w, r, code, "tokens.html", page{Title: "Mijn API-tokens", Notice: notice, Data: p})
}

func (s *Server) handleOwnTokens(w http.ResponseWriter, r *http.Request) {
	notice := ""
	if s.doneCode(w, r) == "ingetrokken" {
		notice = notices["ingetrokken"]
	}
	s.tokensPage(w, r, http.StatusOK, tokensPage{}, notice)
}

func (s *Server) handleOwnTokenCreate(w http.ResponseWriter, r *http.Request) {
	a := actor(r)
	label := r.PostFormValue("label")
	token, _, err := s.Tokens.Create(r.Context(), a, a.Username, label)
	if err != nil {
		if stelsel.ErrorCode(err) == stelsel.EINVALID {
			s.tokensPage(w, r, status(err), tokensPage{Label: label, Error: stelsel.ErrorMessage(err)}, "")
			return
		}
		s.fail(w, r, err)
		return
	}
	s.tokensPage(w, r, http.StatusOK, tokensPage{NewSecret: &secret{Label: "Uw nieuwe API-token", Value: token}}, "")
}

func (s *Server) handleOwnTokenRevoke(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		s.fail(w, r, stelsel.Errorf(stelsel.ENOTFOUND, "token bestaat niet"))
		return
	}
	if err := s.Tokens.Revoke(r.Context(), actor(r), id); err != nil {
		s.fail(w, r, err)
		return
	}
	s.markDone(w, r, "ingetrokken")
	http.Redirect(w, r, "/mijn/tokens?gedaan=ingetrokken", http.StatusSeeOther)
}
