package web

import (
	"net/http"
	"strconv"
	"time"

	"stelsel/integrity"
)

// The JSON API of the integrity system: the same service calls as the pages, the same
// Dutch field names as the forms.

func (s *Server) apiIntegrityList(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	limit, _ := strconv.Atoi(q.Get("aantal"))
	offset, _ := strconv.Atoi(q.Get("vanaf"))
	list, err := s.Integrity.List(r.Context(), actor(r), integrity.Filter{Unit: q.Get("eenheid"), Status: q.Get("status"), Limit: limit, Offset: offset})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if list == nil {
		list = []integrity.Summary{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"zaken": list})
}

func (s *Server) apiIntegrityReport(w http.ResponseWriter, r *http.Request) {
	var in integrity.ReportInput
	if err := readJSON(r, &in); err != nil {
		s.fail(w, r, err)
		return
	}
	c, err := s.Integrity.Report(r.Context(), actor(r), in)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, map[string]any{"zaaknummer": c.Number, "status": c.Status, "termijn_ontvangstbevestiging": c.AckDue})
}

func (s *Server) apiIntegrityCase(w http.ResponseWriter, r *http.Request) {
	reason := r.URL.Query().Get("reden")
	if reason == "" {
		reason = "api"
	}
	c, err := s.Integrity.Get(r.Context(), actor(r), r.PathValue("number"), reason)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, c)
}

func (s *Server) apiIntegrityAction(w http.ResponseWriter, r *http.Request) {
	var in actionInput
	if err := readJSON(r, &in); err != nil {
		s.fail(w, r, err)
		return
	}
	if r.PathValue("action") == "identiteit" {
		name, contact, err := s.Integrity.Identity(r.Context(), actor(r), r.PathValue("number"), in.Reason)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		writeJSON(w, http.StatusOK, map[string]string{"naam": name, "contact": contact})
		return
	}
	c, err := s.doAction(r.Context(), actor(r), r.PathValue("number"), r.PathValue("action"), in)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	// The answer is the case as the actor now sees it (the read is audited too).
	c, err = s.Integrity.Get(r.Context(), actor(r), c.Number, "api na "+r.PathValue("action"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, c)
}

func (s *Server) apiIntegrityDeadlines(w http.ResponseWriter, r *http.Request) {
	dl, err := s.Integrity.Deadlines(r.Context(), actor(r), 0)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if dl == nil {
		dl = []integrity.Deadline{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"termijnen": dl})
}

func (s *Server) apiIntegritySignals(w http.ResponseWriter, r *http.Request) {
	sg, err := s.Integrity.Signals(r.Context(), actor(r))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if sg == nil {
		sg = []integrity.Signal{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"signalen": sg})
}

func (s *Server) apiIntegrityFigures(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	from, err := parseDay(q, "van", 0)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	to, err := parseDay(q, "tot", 0)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if to.IsZero() {
		to = time.Now()
	}
	if from.IsZero() {
		from = to.AddDate(-1, 0, 0)
	}
	f, err := s.Integrity.HalfYearFigures(r.Context(), actor(r), from, to)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, f)
}

func (s *Server) apiIntegrityMine(w http.ResponseWriter, r *http.Request) {
	mine, err := s.Integrity.MyReports(r.Context(), actor(r))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if mine == nil {
		mine = []integrity.MyReport{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"meldingen": mine})
}

// apiMelden takes an anonymous report; the receipt code is in the answer, once.
func (s *Server) apiMelden(w http.ResponseWriter, r *http.Request) {
	var in integrity.ReportInput
	if err := readJSON(r, &in); err != nil {
		s.fail(w, r, err)
		return
	}
	number, code, err := s.Integrity.ReportAnonymous(r.Context(), in)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, map[string]string{"zaaknummer": number, "code": code,
		"let_op": "Bewaar deze code goed: hij wordt maar één keer getoond en is niet te herstellen."})
}

type postboxRequest struct {
	Code string `json:"code"`
	Text string `json:"tekst"`
}

// apiPostbox opens the postbox with a receipt code, and adds the reporter's message when
// there is one. The code travels in the body, never in the address.
func (s *Server) apiPostbox(w http.ResponseWriter, r *http.Request) {
	var in postboxRequest
	if err := readJSON(r, &in); err != nil {
		s.fail(w, r, err)
		return
	}
	var box *integrity.Postbox
	var err error
	if in.Text != "" {
		box, err = s.Integrity.ReplyPostbox(r.Context(), in.Code, in.Text)
	} else {
		box, err = s.Integrity.OpenPostbox(r.Context(), in.Code)
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if box.Messages == nil {
		box.Messages = []integrity.Message{}
	}
	writeJSON(w, http.StatusOK, box)
}
