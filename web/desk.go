package web

import (
	"encoding/json"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"stelsel"
	"stelsel/access"
	"stelsel/catalog"
	"stelsel/desk"
)

var errNoDesks = stelsel.Errorf(stelsel.ENOTFOUND, "de lokettenwijzer is niet ingeschakeld")

// themeGroup is one theme with the desks for it.
type themeGroup struct {
	Code, Label string
	Desks       []desk.Desk
}

type desksPage struct {
	Groups   []themeGroup
	Data     *desk.Data
	Public   bool
	CanEdit  bool
	Internal []desk.Desk
	External []desk.Desk
}

func groupByTheme(data *desk.Data, desks []desk.Desk) []themeGroup {
	var out []themeGroup
	for _, t := range data.Themes {
		g := themeGroup{Code: t.Code, Label: t.Label}
		for _, k := range desks {
			if slices.Contains(k.Themes, t.Code) {
				g.Desks = append(g.Desks, k)
			}
		}
		if len(g.Desks) > 0 {
			out = append(out, g)
		}
	}
	return out
}

func (s *Server) handleDesks(w http.ResponseWriter, r *http.Request) {
	if s.Desks == nil {
		s.fail(w, r, errNoDesks)
		return
	}
	a := actor(r)
	desks, err := s.Desks.List(r.Context(), a)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	data := s.Desks.Data()
	s.render(w, r, http.StatusOK, "desks.html", page{Title: "Lokettenwijzer: alle loketten", Notice: deskNotices[s.doneCode(w, r)],
		Data: desksPage{Groups: groupByTheme(data, desks), Data: data, CanEdit: a.Has(access.ManageDesks)}})
}

// handlePublicDesks is the page without login: the desks outside the police.
func (s *Server) handlePublicDesks(w http.ResponseWriter, r *http.Request) {
	if s.Desks == nil {
		s.fail(w, r, errNoDesks)
		return
	}
	desks, err := s.Desks.Public(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	data := s.Desks.Data()
	s.render(w, r, http.StatusOK, "desks.html", page{Title: "Loketten buiten de politie",
		Data: desksPage{Groups: groupByTheme(data, desks), Data: data, Public: true}})
}

var deskNotices = map[string]string{"opgeslagen": "De nieuwe versie van het loket is opgeslagen; de vorige versies blijven bewaard."}

type deskPage struct {
	D        desk.Desk
	Versions []desk.Desk
	Data     *desk.Data
	CanEdit  bool
	New      bool
	Error    string
	Errors   map[string]string
	Note     string
	Units    []catalog.Unit
}

func (s *Server) handleDesk(w http.ResponseWriter, r *http.Request) {
	if s.Desks == nil {
		s.fail(w, r, errNoDesks)
		return
	}
	a := actor(r)
	k, versions, err := s.Desks.Get(r.Context(), a, r.PathValue("code"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "desk.html", page{Title: k.Name, Notice: deskNotices[s.doneCode(w, r)],
		Data: deskPage{D: k, Versions: versions, Data: s.Desks.Data(), CanEdit: a.Has(access.ManageDesks)}})
}

func (s *Server) handleDeskEditForm(w http.ResponseWriter, r *http.Request) {
	if s.Desks == nil {
		s.fail(w, r, errNoDesks)
		return
	}
	a := actor(r)
	if err := a.Require(access.ManageDesks); err != nil {
		s.fail(w, r, err)
		return
	}
	p := deskPage{Data: s.Desks.Data(), CanEdit: true, Units: cat.Units}
	if code := r.PathValue("code"); code != "" {
		k, _, err := s.Desks.Get(r.Context(), a, code)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		p.D = k
	} else {
		p.New, p.D.Internal = true, true
	}
	s.render(w, r, http.StatusOK, "desk_edit.html", page{Title: "Loket bewerken", Data: p})
}

func deskFrom(f url.Values) desk.Desk {
	return desk.Desk{Code: strings.TrimSpace(f.Get("code")), Name: f.Get("naam"), Internal: f.Get("intern") == "ja",
		Themes: f["themas"], Needs: f["behoeften"], Purpose: f.Get("waarvoor"), Confidentiality: f.Get("vertrouwelijkheid"),
		Anonymous: f.Get("anoniem") != "", WhatHappens: f.Get("wat_gebeurt_er"), Reach: f.Get("bereikbaar"), Units: f["eenheden"],
		Order: atoiOr(f.Get("volgorde"), 100)}
}

func atoiOr(s string, def int) int {
	if n, err := strconv.Atoi(strings.TrimSpace(s)); err == nil {
		return n
	}
	return def
}

func (s *Server) handleDeskSave(w http.ResponseWriter, r *http.Request) {
	if s.Desks == nil {
		s.fail(w, r, errNoDesks)
		return
	}
	if err := r.ParseForm(); err != nil {
		s.fail(w, r, stelsel.Invalid("formulier", "het formulier kon niet worden gelezen"))
		return
	}
	a := actor(r)
	k := deskFrom(r.PostForm)
	code := r.PathValue("code")
	if code != "" {
		k.Code = code
	}
	base := atoiOr(r.PostFormValue("basis_versie"), 0)
	saved, err := s.Desks.Edit(r.Context(), a, k, base, r.PostFormValue("notitie"))
	if err != nil {
		if c := stelsel.ErrorCode(err); c != stelsel.EINVALID && c != stelsel.ECONFLICT {
			s.fail(w, r, err)
			return
		}
		p := deskPage{D: k, Data: s.Desks.Data(), CanEdit: true, New: code == "", Units: cat.Units, Note: r.PostFormValue("notitie")}
		p.D.Version = base
		p.Errors, p.Error = fieldErrors(err)
		s.render(w, r, status(err), "desk_edit.html", page{Title: "Loket bewerken: niet opgeslagen", Data: p})
		return
	}
	s.markDone(w, r, "opgeslagen")
	http.Redirect(w, r, "/loketten/"+url.PathEscape(saved.Code)+"?gedaan=opgeslagen", http.StatusSeeOther)
}

type guidePage struct {
	A         desk.Answers
	Data      *desk.Data
	Proposals []desk.Proposal
	Units     []catalog.Unit
	Locations []desk.Item
	// Intake is the address of the integrity report form, when stelsel has one.
	Intake string
}

// handleGuide is the guided question flow. The answers come as a GET form and are only
// computed with: nothing of them is stored, logged (the request log names the route, not
// the query) or audited; the audit trail records only that the guide was opened.
func (s *Server) handleGuide(w http.ResponseWriter, r *http.Request) {
	if s.Desks == nil {
		s.fail(w, r, errNoDesks)
		return
	}
	a := actor(r)
	q := r.URL.Query()
	ans := desk.Answers{Topic: q.Get("onderwerp"), Need: q.Get("behoefte"), Manager: q.Get("leidinggevende") == "ja",
		Anonymous: q.Get("anoniem") == "ja", Unit: q.Get("eenheid")}
	if !q.Has("eenheid") && len(a.Units) > 0 {
		ans.Unit = a.Units[0]
	}
	if ans.Empty() {
		if err := s.Desks.GuideOpened(r.Context(), a); err != nil {
			s.fail(w, r, err)
			return
		}
	}
	desks, err := s.Desks.List(r.Context(), a)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	data := s.Desks.Data()
	p := guidePage{A: ans, Data: data, Units: cat.Units, Locations: data.Locations}
	if !ans.Empty() {
		p.Proposals = data.Propose(desks, ans, 4)
	}
	s.render(w, r, http.StatusOK, "desk_guide.html", page{Title: "Lokettenwijzer: waar kan ik terecht?", Data: p})
}

func (s *Server) apiDesks(w http.ResponseWriter, r *http.Request) {
	if s.Desks == nil {
		s.fail(w, r, errNoDesks)
		return
	}
	desks, err := s.Desks.List(r.Context(), actor(r))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if t := r.URL.Query().Get("thema"); t != "" {
		var keep []desk.Desk
		for _, k := range desks {
			if slices.Contains(k.Themes, t) {
				keep = append(keep, k)
			}
		}
		desks = keep
	}
	if desks == nil {
		desks = []desk.Desk{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"loketten": desks})
}

func (s *Server) apiDesk(w http.ResponseWriter, r *http.Request) {
	if s.Desks == nil {
		s.fail(w, r, errNoDesks)
		return
	}
	k, versions, err := s.Desks.Get(r.Context(), actor(r), r.PathValue("code"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"loket": k, "versies": versions})
}

// apiDeskEdit stores a new version: the body is the desk (the JSON of GET) with
// basis_versie, the version it was based on, and an optional notitie.
func (s *Server) apiDeskEdit(w http.ResponseWriter, r *http.Request) {
	if s.Desks == nil {
		s.fail(w, r, errNoDesks)
		return
	}
	var body struct {
		desk.Desk
		Base int    `json:"basis_versie"`
		Note string `json:"notitie"`
	}
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20)).Decode(&body); err != nil {
		s.fail(w, r, stelsel.Invalid("body", "ongeldige JSON: %v", err))
		return
	}
	body.Desk.Code = r.PathValue("code")
	k, err := s.Desks.Edit(r.Context(), actor(r), body.Desk, body.Base, body.Note)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, k)
}

// present drops the menu items of areas whose service this server runs without.
func (s *Server) present(items []navItem) []navItem {
	out := items[:0:0]
	for _, it := range items {
		if (it.Href == "/klachten" && s.Complaints == nil) || (it.Href == "/loketten" && s.Desks == nil) ||
			(it.Href == "/integriteit" && s.Integrity == nil) {
			continue
		}
		out = append(out, it)
	}
	return out
}
