package web

import (
	"net/http"

	"stelsel/registration"
)

// apiRankExplanation explains how the active re-ranking model ranks one registration
// (issue 11.5): its features, their weights and effects.
func (s *Server) apiRankExplanation(w http.ResponseWriter, r *http.Request) {
	if s.Registrations == nil {
		s.fail(w, r, errNoRegistrations)
		return
	}
	ex, err := s.Registrations.ExplainRanking(r.Context(), actor(r), r.PathValue("number"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if ex.Contributions == nil {
		ex.Contributions = []registration.Contribution{}
	}
	writeJSON(w, http.StatusOK, ex)
}
