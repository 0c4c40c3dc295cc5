package web

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"

	"stelsel"
	"stelsel/complaint"
)

// joinedInvalid turns joined validation errors into one invalidInput, so the API lists
// every problem; other errors pass unchanged.
func joinedInvalid(err error) error {
	j, ok := err.(interface{ Unwrap() []error })
	if !ok {
		return err
	}
	var errs []*stelsel.Error
	for _, e := range j.Unwrap() {
		var se *stelsel.Error
		if errors.As(e, &se) {
			errs = append(errs, se)
		}
	}
	if len(errs) == 0 {
		return err
	}
	return invalidInput{errs}
}

func (s *Server) apiComplaints(w http.ResponseWriter, r *http.Request) {
	if s.Complaints == nil {
		s.fail(w, r, errNoComplaints)
		return
	}
	q := r.URL.Query()
	f := complaint.ListFilter{Unit: q.Get("eenheid"), Phase: complaint.Phase(q.Get("fase")), Handler: q.Get("behandelaar"), Open: q.Get("open") != ""}
	items, err := s.Complaints.List(r.Context(), actor(r), f)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if items == nil {
		items = []complaint.ListItem{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"klachten": items})
}

func (s *Server) apiComplaint(w http.ResponseWriter, r *http.Request) {
	if s.Complaints == nil {
		s.fail(w, r, errNoComplaints)
		return
	}
	c, err := s.Complaints.Get(r.Context(), actor(r), r.PathValue("ref"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, c)
}

func (s *Server) apiComplaintRegister(w http.ResponseWriter, r *http.Request) {
	if s.Complaints == nil {
		s.fail(w, r, errNoComplaints)
		return
	}
	var in complaint.Submission
	if err := readJSON(r, &in); err != nil {
		s.fail(w, r, err)
		return
	}
	c, err := s.Complaints.Register(r.Context(), actor(r), in)
	if err != nil {
		s.fail(w, r, joinedInvalid(err))
		return
	}
	writeJSON(w, http.StatusCreated, c)
}

// apiComplaintStep takes a step of the handling: the body is a JSON object with the
// step's fields, the same names as the page's form (see openapi.json).
func (s *Server) apiComplaintStep(w http.ResponseWriter, r *http.Request) {
	if s.Complaints == nil {
		s.fail(w, r, errNoComplaints)
		return
	}
	var body map[string]any
	dec := json.NewDecoder(io.LimitReader(r.Body, 1<<20))
	if err := dec.Decode(&body); err != nil {
		s.fail(w, r, stelsel.Invalid("body", "ongeldige JSON: %v", err))
		return
	}
	f := url.Values{}
	for k, v := range body {
		switch v := v.(type) {
		case []any:
			for _, x := range v {
				f.Add(k, fmt.Sprint(x))
			}
		case bool:
			if v {
				f.Set(k, "1")
			}
		case float64:
			f.Set(k, fmt.Sprint(int64(v)))
		case nil:
		default:
			f.Set(k, fmt.Sprint(v))
		}
	}
	c, err := s.complaintStep(r, r.PathValue("ref"), r.PathValue("stap"), f)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, c)
}

func (s *Server) apiComplaintFigures(w http.ResponseWriter, r *http.Request) {
	if s.Complaints == nil {
		s.fail(w, r, errNoComplaints)
		return
	}
	f, err := figureFilter(r.URL.Query())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	fig, err := s.Complaints.Figures(r.Context(), actor(r), f)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"cijfers": fig, "publicatie": fig.Published()})
}
