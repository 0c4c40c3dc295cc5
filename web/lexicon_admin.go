package web

import (
	"fmt"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"stelsel"
	"stelsel/access"
	"stelsel/registration"
	"stelsel/screen"
)

// maxLexiconUpload bounds an uploaded lexicon file.
const maxLexiconUpload = 4 << 20

func init() {
	flashTexts["lexicon"] = "Lexicon %s is nu het lexicon in gebruik op de database."
	flashTexts["lexicon-zelfde"] = "Lexicon %s was al in gebruik; er is niets veranderd."
}

// candidatePage shows what a lexicon candidate would change before it is activated.
type candidatePage struct {
	Candidate registration.LexiconCandidate
	// Diff lists the terms and rules added, removed and changed against the lexicon
	// in use.
	Added, Removed, Changed []string
	Entries                 int
	Preview                 registration.LexiconPreview
	CurrentName             string
	Same                    bool // the candidate is the lexicon in use
}

// handleLexiconUpload keeps an uploaded lexicon file as a candidate and shows its preview.
func (s *Server) handleLexiconUpload(w http.ResponseWriter, r *http.Request) {
	if s.Registrations == nil {
		s.fail(w, r, errNoRegistrations)
		return
	}
	if err := actor(r).Require(access.ManageLexicon); err != nil {
		s.fail(w, r, err)
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxLexiconUpload+1<<20)
	if err := r.ParseMultipartForm(1 << 20); err != nil {
		s.fail(w, r, stelsel.Invalid("bestand", "lexicon: het bestand is groter dan %d MB of het formulier is niet te lezen", maxLexiconUpload>>20))
		return
	}
	f, h, err := r.FormFile("bestand")
	if err != nil {
		s.fail(w, r, stelsel.Invalid("bestand", "lexicon: kies een lexiconbestand (TSV)"))
		return
	}
	defer f.Close()
	content, err := io.ReadAll(io.LimitReader(f, maxLexiconUpload+1))
	if err != nil || len(content) > maxLexiconUpload {
		s.fail(w, r, stelsel.Invalid("bestand", "lexicon: het bestand is niet te lezen of groter dan %d MB", maxLexiconUpload>>20))
		return
	}
	c, err := s.Registrations.AddLexiconCandidate(r.Context(), actor(r), h.Filename, content)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	http.Redirect(w, r, "/lexicon/voorstellen/"+strconv.FormatInt(c.ID, 10), http.StatusSeeOther)
}

func candidateID(r *http.Request) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		return 0, stelsel.Errorf(stelsel.ENOTFOUND, "lexiconvoorstel %q bestaat niet", r.PathValue("id"))
	}
	return id, nil
}

// handleLexiconCandidate shows a candidate: what changes in the terms, and how the
// review queue would change, before the administrator activates it.
func (s *Server) handleLexiconCandidate(w http.ResponseWriter, r *http.Request) {
	if s.Registrations == nil {
		s.fail(w, r, errNoRegistrations)
		return
	}
	a := actor(r)
	id, err := candidateID(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	c, err := s.Registrations.GetLexiconCandidate(r.Context(), a, id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	lex, err := c.Lexicon()
	if err != nil {
		s.fail(w, r, err)
		return
	}
	cur, err := registration.ActiveLexicon(r.Context(), s.DB)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p := candidatePage{Candidate: c, Entries: len(lex.Entries()), CurrentName: cur.Name(), Same: cur.Version() == lex.Version()}
	p.Added, p.Removed, p.Changed = lexiconDiff(cur, lex)
	if p.Preview, err = s.Registrations.PreviewLexicon(r.Context(), a, lex, 0); err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "lexicon_candidate.html", page{Title: "Lexiconvoorstel " + c.File, Data: p})
}

// handleLexiconActivate activates a candidate (audited) and returns to the lexicon page.
func (s *Server) handleLexiconActivate(w http.ResponseWriter, r *http.Request) {
	if s.Registrations == nil {
		s.fail(w, r, errNoRegistrations)
		return
	}
	id, err := candidateID(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	lex, changed, err := s.Registrations.ActivateLexiconCandidate(r.Context(), actor(r), id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	code := "lexicon"
	if !changed {
		code = "lexicon-zelfde"
	}
	s.setFlash(w, r, code, lex.Name())
	http.Redirect(w, r, "/lexicon", http.StatusSeeOther)
}

// lexiconDiff names the terms and rules of next that cur lacks (added), those of cur
// that next lacks (removed), and those in both that differ (changed).
func lexiconDiff(cur, next *screen.Lexicon) (added, removed, changed []string) {
	key := func(e screen.Entry) string { return e.Term + " (" + modeLabel(e.Mode) + ")" }
	body := func(e screen.Entry) string {
		return strings.Join([]string{e.Strength, strings.Join(e.Grounds, ","), strings.Join(e.Exceptions, ";"), e.Fuzzy, strings.Join(e.Classes, ",")}, "|")
	}
	old := map[string]string{}
	for _, e := range cur.Entries() {
		old[key(e)] = body(e)
	}
	seen := map[string]bool{}
	for _, e := range next.Entries() {
		k := key(e)
		seen[k] = true
		switch b, ok := old[k]; {
		case !ok:
			added = append(added, k)
		case b != body(e):
			changed = append(changed, k)
		}
	}
	for _, e := range cur.Entries() {
		if k := key(e); !seen[k] {
			removed = append(removed, k)
		}
	}
	rule := func(ru screen.Rule) string {
		return fmt.Sprintf("%v|%v|%s|%v|%s", ru.Parts, ru.Ordered, ru.WithinText(), ru.Grounds, ru.ScoreText())
	}
	oldRules := map[string]string{}
	for _, ru := range cur.Rules() {
		oldRules[ru.Name] = rule(ru)
	}
	newRules := map[string]bool{}
	for _, ru := range next.Rules() {
		newRules[ru.Name] = true
		switch b, ok := oldRules[ru.Name]; {
		case !ok:
			added = append(added, "regel "+ru.Name)
		case b != rule(ru):
			changed = append(changed, "regel "+ru.Name)
		}
	}
	for _, ru := range cur.Rules() {
		if !newRules[ru.Name] {
			removed = append(removed, "regel "+ru.Name)
		}
	}
	slices.Sort(added)
	slices.Sort(removed)
	slices.Sort(changed)
	return added, removed, changed
}
