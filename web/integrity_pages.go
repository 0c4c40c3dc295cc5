package web

import (
	"html/template"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"

	"stelsel"
	"stelsel/access"
	"stelsel/catalog"
	"stelsel/integrity"
)

// integrityCat is what the integrity forms offer, all from the catalogs.
type integrityCat struct {
	Main    *catalog.Catalog
	I       *catalog.Integrity
	Tracks  []string
	Kinds   []string
	Ways    []string
	Care    string
	Allowed string
}

func newIntegrityCat() integrityCat {
	return integrityCat{Main: cat, I: icat, Tracks: integrity.Tracks, Kinds: integrity.EntryKinds(), Ways: integrity.RightsNoticeWays(),
		Care: integrity.TrackCare, Allowed: integrity.AllowedExtensions()}
}

type integrityHome struct {
	Page      *integrity.Page
	Rows      []template.HTML // Page.Cases as shown, each a caseRow by template "caserow"
	Deadlines []template.HTML // each a dueRow by template "duerow"
	Status    string
	Signals   bool
	Tabs      []statusTab
	Prev      string
	Next      string
}

// caseRow and dueRow are a case and a deadline of the dashboard with their labels
// and dates already in words: the dashboard is the page VIK staff return to all day,
// and a template action per cell costs less than a function call per cell.
type caseRow struct {
	Number, Unit, Kind, Category, Status, Routes, Received, NextDue string
}

type dueRow struct {
	Number, Unit, Kind, Due, Left string
	Overdue                       bool
}

func caseRows(cases []integrity.Summary) []caseRow {
	out := make([]caseRow, len(cases))
	for i, c := range cases {
		routes := make([]string, len(c.Routes))
		for j, r := range c.Routes {
			routes[j] = icat.Routes.Label(r)
		}
		next := ""
		if c.NextDue != nil {
			next = dayText(*c.NextDue)
		}
		if c.NextDueKind != "" {
			next += " (" + integrity.DueLabel(c.NextDueKind) + ")"
		}
		out[i] = caseRow{Number: c.Number, Unit: unitName(c.Unit), Kind: integrity.KindLabel(c.Kind), Category: cat.IntegrityCategories.Label(c.Category),
			Status: integrity.StatusLabel(c.Status), Routes: strings.Join(routes, ", "), Received: dayText(c.ReceivedAt), NextDue: next}
	}
	return out
}

func dueRows(dl []integrity.Deadline) []dueRow {
	out := make([]dueRow, len(dl))
	for i, d := range dl {
		out[i] = dueRow{Number: d.Number, Unit: unitName(d.Unit), Kind: integrity.DueLabel(d.Kind), Due: dayText(d.Due), Overdue: d.Overdue}
		if !d.Overdue {
			out[i].Left = "nog " + strconv.Itoa(d.Days) + " dag(en)"
		}
	}
	return out
}

// integrityPageSize is the number of cases on one page of the dashboard.
const integrityPageSize = 50

var caseStatuses = []string{integrity.StatusReceived, integrity.StatusAcknowledged, integrity.StatusAwaiting, integrity.StatusInProgress,
	integrity.StatusToClose, integrity.StatusClosed}

func (s *Server) needIntegrity(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if s.Integrity == nil {
			s.fail(w, r, errNoIntegrity)
			return
		}
		h(w, r)
	}
}

func (s *Server) handleIntegrity(w http.ResponseWriter, r *http.Request) {
	a := actor(r)
	q := r.URL.Query()
	st := q.Get("status")
	if st == "" {
		st = "open"
	} else if st == "alle" {
		st = ""
	}
	offset := 0
	if v := q.Get("vanaf"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			s.fail(w, r, stelsel.Invalid("vanaf", "vanaf: vul een geheel getal van 0 of meer in"))
			return
		}
		offset = n
	}
	p, err := s.Integrity.ListPage(r.Context(), a, integrity.Filter{Status: st, Limit: integrityPageSize, Offset: offset})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	dl, err := s.Integrity.Deadlines(r.Context(), a, 50)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	link := func(status string, from int) string {
		v := url.Values{}
		switch status {
		case "":
			v.Set("status", "alle")
		case "open":
		default:
			v.Set("status", status)
		}
		if from > 0 {
			v.Set("vanaf", strconv.Itoa(from))
		}
		if len(v) == 0 {
			return "/integriteit#zaken-kop"
		}
		return "/integriteit?" + v.Encode() + "#zaken-kop"
	}
	rows, err := fragmentsOf(s, "integrity_home.html", "caserow", caseRows(p.Cases))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	due, err := fragmentsOf(s, "integrity_home.html", "duerow", dueRows(dl))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	home := integrityHome{Page: p, Rows: rows, Deadlines: due, Status: st, Signals: a.Has(access.IntegritySignals)}
	open, all := 0, 0
	for k, n := range p.Counts {
		all += n
		if k != integrity.StatusClosed {
			open += n
		}
	}
	home.Tabs = append(home.Tabs, statusTab{Code: "open", Label: "Alle open zaken", Count: open, Href: link("open", 0), Current: st == "open"})
	for _, k := range caseStatuses {
		home.Tabs = append(home.Tabs, statusTab{Code: k, Label: integrity.StatusLabel(k), Count: p.Counts[k], Href: link(k, 0), Current: st == k})
	}
	home.Tabs = append(home.Tabs, statusTab{Code: "alle", Label: "Alle zaken", Count: all, Href: link("", 0), Current: st == ""})
	if offset > 0 {
		home.Prev = link(st, max(0, offset-integrityPageSize))
	}
	if offset+len(p.Cases) < p.Total {
		home.Next = link(st, offset+integrityPageSize)
	}
	s.render(w, r, http.StatusOK, "integrity_home.html", page{Title: "Integriteit", Notice: s.integrityNotice(w, r), Data: home})
}

var integrityNotices = map[string]string{
	"melding":   "Uw melding is ontvangen. U ziet hem hieronder; het meldpunt bevestigt de ontvangst binnen 7 dagen.",
	"bericht":   "Uw bericht is verstuurd.",
	"ontvangst": "De ontvangst is bevestigd aan de melder.", "terugkoppeling": "De terugkoppeling is vastgelegd.",
	"registratie": "De registratie is bijgewerkt.", "triage": "Het triagebesluit is vastgelegd.", "bevestiging": "Het besluit is bevestigd; de sporen zijn geopend.",
	"terugsturen": "Het besluit is teruggestuurd naar de triage.", "toewijzing": "De toewijzing is vastgelegd.", "intrekking": "De toewijzing is ingetrokken.",
	"dossier": "Het dossierstuk is toegevoegd.", "stap": "De stap is vastgelegd.", "om": "De beslissing van het OM is vastgelegd.",
	"overdracht": "De overdracht is vastgelegd.", "zorg": "Zorg en rechten zijn bijgewerkt.", "handelingskader": "Het handelingskader is bijgewerkt.",
	"sluiten": "De zaak is gesloten.", "bekendmaken": "De identiteit is met toestemming bekendgemaakt.", "bijlage": "De bijlage is toegevoegd.",
}

func (s *Server) integrityNotice(w http.ResponseWriter, r *http.Request) string {
	return integrityNotices[s.doneCode(w, r)]
}

type reportForm struct {
	Cat   integrityCat
	Form  integrity.ReportInput
	Error string
	Units []catalog.Unit
	// Intake says the actor may register on behalf of someone else.
	Intake bool
}

func (s *Server) handleIntegrityReportForm(w http.ResponseWriter, r *http.Request) {
	a := actor(r)
	if err := a.Require(access.IntegrityReport); err != nil {
		s.fail(w, r, err)
		return
	}
	unit := ""
	if len(a.Units) > 0 {
		unit = a.Units[0]
	}
	s.render(w, r, http.StatusOK, "integrity_report.html", page{Title: "Integriteitsmelding doen",
		Data: reportForm{Cat: newIntegrityCat(), Form: integrity.ReportInput{Kind: integrity.KindNamed, Unit: unit}, Units: cat.Units, Intake: a.Has(access.IntegrityIntake)}})
}

func formReport(r *http.Request) integrity.ReportInput {
	_ = r.ParseForm()
	v := r.PostForm
	in := integrity.ReportInput{Kind: v.Get("soort"), Unit: v.Get("eenheid"), Source: v.Get("bron"), Category: v.Get("categorie"),
		Circumstances: v["omstandigheden"], Description: v.Get("omschrijving"), Contact: v.Get("contact"), ReporterName: v.Get("melder_naam")}
	if name := strings.TrimSpace(v.Get("betrokkene_naam")); name != "" {
		in.Subjects = []integrity.Subject{{Name: name, PersonnelNo: v.Get("betrokkene_personeelsnummer"), Unit: v.Get("betrokkene_eenheid"),
			Team: v.Get("betrokkene_team"), Username: v.Get("betrokkene_gebruikersnaam")}}
	}
	return in
}

func (s *Server) handleIntegrityReport(w http.ResponseWriter, r *http.Request) {
	a := actor(r)
	in := formReport(r)
	c, err := s.Integrity.Report(r.Context(), a, in)
	if err != nil {
		if stelsel.ErrorCode(err) == stelsel.EINVALID {
			s.render(w, r, status(err), "integrity_report.html", page{Title: "Integriteitsmelding doen",
				Data: reportForm{Cat: newIntegrityCat(), Form: in, Units: cat.Units, Error: stelsel.ErrorMessage(err), Intake: a.Has(access.IntegrityIntake)}})
			return
		}
		s.fail(w, r, err)
		return
	}
	if in.ReporterName != "" {
		s.markDone(w, r, "registratie")
		http.Redirect(w, r, "/integriteit/zaken/"+url.PathEscape(c.Number)+"?gedaan=registratie", http.StatusSeeOther)
		return
	}
	s.markDone(w, r, "melding")
	http.Redirect(w, r, "/integriteit/mijn?gedaan=melding", http.StatusSeeOther)
}

func (s *Server) handleIntegrityMine(w http.ResponseWriter, r *http.Request) {
	mine, err := s.Integrity.MyReports(r.Context(), actor(r))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "integrity_mine.html", page{Title: "Mijn integriteitsmeldingen", Notice: s.integrityNotice(w, r), Data: mine})
}

func (s *Server) handleIntegrityMineReply(w http.ResponseWriter, r *http.Request) {
	_, err := s.Integrity.ReplyMine(r.Context(), actor(r), r.PathValue("number"), r.PostFormValue("tekst"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.markDone(w, r, "bericht")
	http.Redirect(w, r, "/integriteit/mijn?gedaan=bericht", http.StatusSeeOther)
}

type casePage struct {
	C        *integrity.Case
	Cat      integrityCat
	Opts     map[string]template.HTML // the catalog's fixed choices, by caseChoices
	Error    string
	Identity string
	Proposed []string
	Reasons  []string
}

func (s *Server) casePage(w http.ResponseWriter, r *http.Request, code int, p casePage, notice string) {
	c, err := s.Integrity.Get(r.Context(), actor(r), r.PathValue("number"), "zaakpagina")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p.C, p.Cat = c, newIntegrityCat()
	if p.Opts, err = s.caseChoices(); err != nil {
		s.fail(w, r, err)
		return
	}
	p.Proposed, p.Reasons, _ = s.Integrity.Propose(c.Triage.Checklist)
	s.render(w, r, code, "integrity_case.html", page{Title: "Zaak " + c.Number, Notice: notice, Data: p})
}

// fixedCat is the catalog data of the case page's fixed choices; its address is the key
// of their rendered HTML (the catalogs do not change while the server runs).
var fixedCat = sync.OnceValue(func() *integrityCat { c := newIntegrityCat(); return &c })

// caseChoices returns the options and check boxes of the case page that are the same
// on every case (templates "opt-..." of integrity_case.html), each rendered once.
func (s *Server) caseChoices() (map[string]template.HTML, error) {
	out := map[string]template.HTML{}
	for _, k := range []string{"kinds", "om", "steps", "ways", "outcomes", "sanctions", "educational", "factors", "lessons"} {
		h, err := s.fragment("integrity_case.html", "opt-"+k, fixedCat())
		if err != nil {
			return nil, err
		}
		out[k] = h
	}
	return out, nil
}

func (s *Server) handleIntegrityCase(w http.ResponseWriter, r *http.Request) {
	s.casePage(w, r, http.StatusOK, casePage{}, s.integrityNotice(w, r))
}

func (s *Server) afterCaseChange(w http.ResponseWriter, r *http.Request, err error, action string) {
	if err != nil {
		switch stelsel.ErrorCode(err) {
		case stelsel.EINVALID, stelsel.ECONFLICT:
			s.casePage(w, r, status(err), casePage{Error: stelsel.ErrorMessage(err)}, "")
			return
		}
		s.fail(w, r, err)
		return
	}
	s.markDone(w, r, action)
	http.Redirect(w, r, "/integriteit/zaken/"+url.PathEscape(r.PathValue("number"))+"?gedaan="+action, http.StatusSeeOther)
}

func (s *Server) handleIntegrityAction(w http.ResponseWriter, r *http.Request) {
	action := r.PathValue("action")
	in, err := formAction(r)
	if err == nil {
		_, err = s.doAction(r.Context(), actor(r), r.PathValue("number"), action, in)
	}
	s.afterCaseChange(w, r, err, action)
}

func (s *Server) handleIntegrityUpload(w http.ResponseWriter, r *http.Request) {
	name, data, err := readUpload(r)
	if err == nil {
		_, err = s.Integrity.AddAttachment(r.Context(), actor(r), r.PathValue("number"), r.FormValue("spoor"), name, data)
	}
	s.afterCaseChange(w, r, err, "bijlage")
}

func (s *Server) handleIntegrityDownload(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		s.fail(w, r, stelsel.Errorf(stelsel.ENOTFOUND, "bijlage bestaat niet"))
		return
	}
	at, data, err := s.Integrity.Attachment(r.Context(), actor(r), r.PathValue("number"), id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	downloadAttachment(w, at, data)
}

func (s *Server) handleIntegrityIdentity(w http.ResponseWriter, r *http.Request) {
	name, contact, err := s.Integrity.Identity(r.Context(), actor(r), r.PathValue("number"), r.PostFormValue("reden"))
	if err != nil {
		if stelsel.ErrorCode(err) == stelsel.EINVALID || stelsel.ErrorCode(err) == stelsel.ECONFLICT {
			s.casePage(w, r, status(err), casePage{Error: stelsel.ErrorMessage(err)}, "")
			return
		}
		s.fail(w, r, err)
		return
	}
	id := name
	if contact != "" {
		id += " (" + contact + ")"
	}
	s.casePage(w, r, http.StatusOK, casePage{Identity: id}, "De inzage in de identiteit is vastgelegd in de audittrail.")
}

func (s *Server) handleIntegritySignals(w http.ResponseWriter, r *http.Request) {
	sg, err := s.Integrity.Signals(r.Context(), actor(r))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "integrity_signals.html", page{Title: "Signalen herhaalde meldingen", Data: sg})
}

// The public pages for anonymous reporters. Nothing about the request reaches the
// service; the access log and metrics hold only method, route pattern and status.

type meldenPage struct {
	Cat    integrityCat
	Form   integrity.ReportInput
	Units  []catalog.Unit
	Error  string
	Number string
	Code   string
}

func (s *Server) handleMeldenForm(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusOK, "melden_form.html", page{Title: "Anoniem een integriteitsmelding doen", Data: meldenPage{Cat: newIntegrityCat(), Units: cat.Units}})
}

func (s *Server) handleMelden(w http.ResponseWriter, r *http.Request) {
	in := formReport(r)
	in.Source = ""
	number, code, err := s.Integrity.ReportAnonymous(r.Context(), in)
	if err != nil {
		if stelsel.ErrorCode(err) == stelsel.EINVALID {
			s.render(w, r, status(err), "melden_form.html", page{Title: "Anoniem een integriteitsmelding doen",
				Data: meldenPage{Cat: newIntegrityCat(), Units: cat.Units, Form: in, Error: stelsel.ErrorMessage(err)}})
			return
		}
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "melden_code.html", page{Title: "Uw melding is ontvangen", Data: meldenPage{Number: number, Code: code}})
}

type postboxPage struct {
	Box   *integrity.Postbox
	Code  string
	Error string
}

func (s *Server) handlePostboxForm(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusOK, "melden_postbus.html", page{Title: "Postbus anonieme melding", Data: postboxPage{}})
}

func (s *Server) handlePostbox(w http.ResponseWriter, r *http.Request) {
	code := r.PostFormValue("code")
	var box *integrity.Postbox
	var err error
	notice := ""
	if text := r.PostFormValue("tekst"); r.PathValue("reply") != "" || text != "" {
		box, err = s.Integrity.ReplyPostbox(r.Context(), code, text)
		notice = "Uw bericht is verstuurd."
	} else {
		box, err = s.Integrity.OpenPostbox(r.Context(), code)
	}
	if err != nil {
		switch stelsel.ErrorCode(err) {
		case stelsel.ENOTFOUND, stelsel.EINVALID, stelsel.EUNAUTHORIZED, stelsel.ECONFLICT:
			p := postboxPage{Error: stelsel.ErrorMessage(err)}
			if box != nil || stelsel.ErrorCode(err) == stelsel.EINVALID {
				p.Code = code
			}
			s.render(w, r, status(err), "melden_postbus.html", page{Title: "Postbus anonieme melding", Data: p})
			return
		}
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "melden_postbus.html", page{Title: "Postbus anonieme melding", Notice: notice, Data: postboxPage{Box: box, Code: code}})
}
