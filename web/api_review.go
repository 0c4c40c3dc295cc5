package web

import (
	"encoding/json"
	"io"
	"net/http"

	"stelsel"
	"stelsel/access"
	"stelsel/registration"
)

func (s *Server) apiQueue(w http.ResponseWriter, r *http.Request) {
	if s.Registrations == nil {
		s.fail(w, r, errNoRegistrations)
		return
	}
	f, err := queueFilter(r.URL.Query())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p, err := s.Registrations.Queue(r.Context(), actor(r), f)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if p.Items == nil {
		p.Items = []registration.QueueItem{}
	}
	writeJSON(w, http.StatusOK, p)
}

func (s *Server) apiRegistration(w http.ResponseWriter, r *http.Request) {
	if s.Registrations == nil {
		s.fail(w, r, errNoRegistrations)
		return
	}
	reason := r.URL.Query().Get("reden")
	if reason == "" {
		reason = "inzage via API"
	}
	d, err := s.Registrations.Get(r.Context(), actor(r), r.PathValue("number"), reason)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, d)
}

// readJSON decodes a JSON request body of at most 1 MiB with no unknown fields.
func readJSON(r *http.Request, v any) error {
	dec := json.NewDecoder(io.LimitReader(r.Body, 1<<20))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return stelsel.Invalid("body", "ongeldige JSON: %v", err)
	}
	return nil
}

func (s *Server) apiDecide(w http.ResponseWriter, r *http.Request) {
	if s.Registrations == nil {
		s.fail(w, r, errNoRegistrations)
		return
	}
	var in registration.DecisionInput
	if err := readJSON(r, &in); err != nil {
		s.fail(w, r, err)
		return
	}
	a := actor(r)
	if errs := s.Registrations.ValidateDecision(in); len(errs) > 0 && a.Has(access.Decide) {
		s.fail(w, r, invalidInput{errs})
		return
	}
	in.Key = r.Header.Get("Idempotency-Key") // a retry returns the first decision
	in.Key = r.Header.Get("Idempotency-Key") // a retry returns the first decision
	d, err := s.Registrations.Decide(r.Context(), a, r.PathValue("number"), in)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, d)
}

func (s *Server) apiConfirm(w http.ResponseWriter, r *http.Request) {
	if s.Registrations == nil {
		s.fail(w, r, errNoRegistrations)
		return
	}
	d, err := s.Registrations.Confirm(r.Context(), actor(r), r.PathValue("number"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, d)
}

// apiUndo takes back the caller's own decision just made (registration.Undo).
func (s *Server) apiUndo(w http.ResponseWriter, r *http.Request) {
	if s.Registrations == nil {
		s.fail(w, r, errNoRegistrations)
		return
	}
	d, err := s.Registrations.Undo(r.Context(), actor(r), r.PathValue("number"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, d)
}

func (s *Server) apiUnitList(w http.ResponseWriter, r *http.Request) {
	_, rows, err := s.unitRows(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if rows == nil {
		rows = []registration.ListRow{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"eenheid": r.PathValue("unit"), "regels": rows})
}

func (s *Server) apiCodes(w http.ResponseWriter, r *http.Request) {
	if s.Registrations == nil {
		s.fail(w, r, errNoRegistrations)
		return
	}
	from, to, fs, ts, err := s.codePeriod(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	rows, err := s.Registrations.CodeRows(r.Context(), actor(r), from, to)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if rows == nil {
		rows = []registration.CodeRow{}
	}
	if err := s.Trail.Record(r.Context(), actor(r), access.Entry{Action: access.ActionExport, ObjectKind: "bvh_codes",
		Detail: "api van=" + fs + " tot=" + ts}); err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"van": fs, "tot": ts, "regels": rows})
}

func (s *Server) apiLexicon(w http.ResponseWriter, r *http.Request) {
	p, err := s.lexicon(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, p)
}
