package web

import (
	"net/http"
	"net/url"
	"slices"
	"strconv"

	"stelsel"
	"stelsel/access"
	"stelsel/catalog"
	"stelsel/registration"
)

// unitSearchPage is the detective's view of a unit's registrations: the unit's queue in
// every status and a search by number or text, read-only.
type unitSearchPage struct {
	Unit     catalog.Unit
	Query    string
	Status   string
	Statuses []labelled
	Page     registration.UnitSearchPage
	// Prev and Next are the neighbouring pages; "" at either end.
	Prev, Next string
	back       string // the search, passed to the registration pages so they lead back
}

// Href is the link to a found registration, which leads back to this search.
func (p unitSearchPage) Href(number string) string {
	v := url.Values{"reden": {"registraties van de eenheid"}, "zoeken": {p.back}}
	return "/registraties/" + url.PathEscape(number) + "?" + v.Encode()
}

// unitSearchQuery reads the search of the page from a query string.
func unitSearchQuery(q url.Values, unit string) (registration.UnitSearch, error) {
	f := registration.UnitSearch{Unit: unit, Query: q.Get("zoek"), Status: q.Get("status")}
	if v := q.Get("positie"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return f, stelsel.Invalid("positie", "positie %q klopt niet", v)
		}
		f.Offset = n
	}
	return f, nil
}

func (s *Server) handleUnitSearch(w http.ResponseWriter, r *http.Request) {
	if s.Registrations == nil {
		s.fail(w, r, errNoRegistrations)
		return
	}
	q := r.URL.Query()
	f, err := unitSearchQuery(q, r.PathValue("unit"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	res, err := s.Registrations.SearchUnit(r.Context(), actor(r), f)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	u, _ := cat.Unit(r.PathValue("unit"))
	p := unitSearchPage{Unit: u, Query: f.Query, Status: f.Status, Page: res}
	p.Statuses = append(p.Statuses, labelled{"", "alle statussen"})
	for _, st := range registration.Statuses {
		p.Statuses = append(p.Statuses, labelled{st, registration.StatusLabel(st)})
	}
	keep := cloneQuery(q, "positie")
	p.back = keep.Encode()
	path := "/eenheden/" + url.PathEscape(u.Code) + "/registraties?"
	if res.Offset > 0 {
		pq := cloneQuery(keep)
		if prev := max(res.Offset-res.Limit, 0); prev > 0 {
			pq.Set("positie", strconv.Itoa(prev))
		}
		p.Prev = path + pq.Encode()
	}
	if res.Offset+len(res.Rows) < res.Total {
		nq := cloneQuery(keep)
		nq.Set("positie", strconv.Itoa(res.Offset+len(res.Rows)))
		p.Next = path + nq.Encode()
	}
	s.render(w, r, http.StatusOK, "unit_registrations.html", page{Title: "Registraties " + u.Label, Data: p})
}

// searchBack returns the search of a unit's registrations a registration page leads
// back to (from the query the search gave it), or "".
func searchBack(a access.Actor, q url.Values, unit string) string {
	if !q.Has("zoeken") || !a.CanUnit(access.ReadRegistration, unit) {
		return ""
	}
	in, _ := url.ParseQuery(q.Get("zoeken"))
	keep := url.Values{}
	for _, k := range []string{"zoek", "status"} {
		if v := in.Get(k); v != "" && (k != "status" || slices.Contains(registration.Statuses, v)) {
			keep.Set(k, v)
		}
	}
	h := "/eenheden/" + url.PathEscape(unit) + "/registraties"
	if len(keep) > 0 {
		h += "?" + keep.Encode()
	}
	return h
}

// apiUnitSearch is the unit's registrations as JSON (the same search as the page).
func (s *Server) apiUnitSearch(w http.ResponseWriter, r *http.Request) {
	if s.Registrations == nil {
		s.fail(w, r, errNoRegistrations)
		return
	}
	f, err := unitSearchQuery(r.URL.Query(), r.PathValue("unit"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	res, err := s.Registrations.SearchUnit(r.Context(), actor(r), f)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if res.Rows == nil {
		res.Rows = []registration.UnitSearchRow{}
	}
	writeJSON(w, http.StatusOK, res)
}
