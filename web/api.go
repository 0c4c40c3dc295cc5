package web

import (
	_ "embed"
	"net/http"
	"time"

	"stelsel"
)

var errNoRoute = stelsel.Errorf(stelsel.ENOTFOUND, "deze pagina bestaat niet")

//go:embed openapi.json
var openAPI []byte

func (s *Server) handleOpenAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_, _ = w.Write(openAPI)
}

type apiUser struct {
	Username string   `json:"gebruikersnaam"`
	Name     string   `json:"naam"`
	Role     string   `json:"rol"`
	Roles    []string `json:"rollen"`
	Units    []string `json:"eenheden"`
}

func (s *Server) apiMe(w http.ResponseWriter, r *http.Request) {
	a := actor(r)
	units := a.Units
	if units == nil {
		units = []string{}
	}
	var roles []string
	for _, r := range a.AllRoles() {
		roles = append(roles, string(r))
	}
	writeJSON(w, http.StatusOK, apiUser{Username: a.Username, Name: a.Name, Role: string(a.Role), Roles: roles, Units: units})
}

type apiAuditEntry struct {
	Seq        int64     `json:"volgnummer"`
	At         time.Time `json:"tijd"`
	Actor      string    `json:"wie"`
	Role       string    `json:"rol"`
	Action     string    `json:"actie"`
	ObjectKind string    `json:"soort_object"`
	ObjectID   string    `json:"object"`
	Unit       string    `json:"eenheid"`
	Reason     string    `json:"reden"`
	Detail     string    `json:"detail"`
	TokenID    int64     `json:"api_token,omitempty"`
	Hash       string    `json:"hash"`
}

func (s *Server) apiAudit(w http.ResponseWriter, r *http.Request) {
	a := actor(r)
	f, _, _, err := auditFilter(r.URL.Query())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	entries, err := s.Trail.List(r.Context(), a, f)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	out := make([]apiAuditEntry, 0, len(entries))
	for _, e := range entries {
		out = append(out, apiAuditEntry{e.Seq, e.At, e.Actor, string(e.Role), e.Action, e.ObjectKind, e.ObjectID, e.Unit, e.Reason, e.Detail, e.TokenID, e.Hash})
	}
	writeJSON(w, http.StatusOK, map[string]any{"regels": out})
}
