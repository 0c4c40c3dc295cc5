package web

import (
	"errors"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"stelsel"
	"stelsel/access"
	"stelsel/catalog"
	"stelsel/complaint"
)

var errNoComplaints = stelsel.Errorf(stelsel.ENOTFOUND, "klachtbehandeling is niet ingeschakeld")

// fieldErrors turns a validation error (one, or several joined) into messages per field,
// and a general message for the top of the form.
func fieldErrors(err error) (map[string]string, string) {
	out := map[string]string{}
	var errs []error
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		errs = j.Unwrap()
	} else {
		errs = []error{err}
	}
	for _, e := range errs {
		var se *stelsel.Error
		if errors.As(e, &se) && se.Field != "" {
			if _, seen := out[se.Field]; !seen {
				out[se.Field] = se.Message
			}
		}
	}
	if len(out) > 0 {
		return out, "Niet alles is goed ingevuld. Kijk de velden met een melding na."
	}
	return out, stelsel.ErrorMessage(err)
}

// complaintForm is the state of the public form or the staff registration form.
type complaintForm struct {
	In     complaint.Submission
	Errors map[string]string
	Error  string
	Units  []catalog.Unit
	Cat    *catalog.Catalog
	Staff  bool
	// Filed is the complaint just filed, for the answer page.
	Filed *complaint.Complaint
}

func submissionFrom(r *http.Request) complaint.Submission {
	f := r.PostForm
	return complaint.Submission{Name: f.Get("naam"), Email: f.Get("email"), Phone: f.Get("telefoon"), Address: f.Get("adres"),
		OnBehalfOf: f.Get("namens"), Unit: f.Get("eenheid"), What: f.Get("wat"), When: f.Get("wanneer"), Where: f.Get("waar"),
		Employee: f.Get("medewerker"), Wish: f.Get("wens"), EthnicProfiling: f.Get("etnisch_profileren") != "",
		Discrimination: f.Get("discriminatie") != "", Grounds: f["gronden"], Channel: f.Get("kanaal"), Oral: f.Get("mondeling") != "",
		EmployeeUsername: f.Get("medewerker_account")}
}

// handlePublicComplaintForm is the public complaint form: no login.
func (s *Server) handlePublicComplaintForm(w http.ResponseWriter, r *http.Request) {
	if s.Complaints == nil {
		s.fail(w, r, errNoComplaints)
		return
	}
	s.render(w, r, http.StatusOK, "complaint_form.html", page{Title: "Klacht over de politie indienen",
		Data: complaintForm{Units: cat.Units, Cat: cat}})
}

// handlePublicComplaint files a complaint from the public form. The visitor's address is
// used only, hashed and in memory, to limit the number of submissions.
func (s *Server) handlePublicComplaint(w http.ResponseWriter, r *http.Request) {
	if s.Complaints == nil {
		s.fail(w, r, errNoComplaints)
		return
	}
	if err := r.ParseForm(); err != nil {
		s.fail(w, r, stelsel.Invalid("formulier", "het formulier kon niet worden gelezen"))
		return
	}
	data := complaintForm{In: submissionFrom(r), Units: cat.Units, Cat: cat}
	if !s.limiter.allow(r) {
		data.Error = "U hebt in korte tijd veel klachten ingediend. Probeer het over tien minuten opnieuw, of bel 0900-8844."
		s.render(w, r, http.StatusTooManyRequests, "complaint_form.html", page{Title: "Klacht over de politie indienen", Data: data})
		return
	}
	c, err := s.Complaints.File(r.Context(), data.In)
	if err != nil {
		if stelsel.ErrorCode(err) != stelsel.EINVALID {
			s.fail(w, r, err)
			return
		}
		data.Errors, data.Error = fieldErrors(err)
		s.render(w, r, status(err), "complaint_form.html", page{Title: "Klacht over de politie indienen: controleer uw gegevens", Data: data})
		return
	}
	data.Filed = c
	s.render(w, r, http.StatusOK, "complaint_filed.html", page{Title: "Uw klacht is ontvangen", Data: data})
}

type complaintsPage struct {
	Dashboard []complaint.Workload
	Items     []complaint.ListItem
	Filter    complaint.ListFilter
	Phases    []complaint.Phase
	Units     []catalog.Unit
	Now       time.Time
	CanAdd    bool
	CanFigure bool
}

func (s *Server) handleComplaints(w http.ResponseWriter, r *http.Request) {
	if s.Complaints == nil {
		s.fail(w, r, errNoComplaints)
		return
	}
	a := actor(r)
	q := r.URL.Query()
	f := complaint.ListFilter{Unit: q.Get("eenheid"), Phase: complaint.Phase(q.Get("fase")), Handler: q.Get("behandelaar")}
	dash, err := s.Complaints.Dashboard(r.Context(), a)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	items, err := s.Complaints.List(r.Context(), a, f)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "complaints.html", page{Title: "Klachten", Data: complaintsPage{Dashboard: dash, Items: items,
		Filter: f, Phases: complaint.Phases, Units: unitsFor(a, access.ReadComplaint), Now: s.Complaints.Now(),
		CanAdd: a.Has(access.RegisterComplaint), CanFigure: a.Has(access.ComplaintFigures)}})
}

// unitsFor returns the units in which a may do p, in catalog order.
func unitsFor(a access.Actor, p access.Permission) []catalog.Unit {
	units, all := a.UnitScope(p)
	var out []catalog.Unit
	for _, u := range cat.Units {
		if all || slices.Contains(units, u.Code) {
			out = append(out, u)
		}
	}
	return out
}

func (s *Server) handleComplaintNew(w http.ResponseWriter, r *http.Request) {
	if s.Complaints == nil {
		s.fail(w, r, errNoComplaints)
		return
	}
	a := actor(r)
	if err := a.Require(access.RegisterComplaint); err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "complaint_form.html", page{Title: "Klacht registreren",
		Data: complaintForm{Units: unitsFor(a, access.RegisterComplaint), Cat: cat, Staff: true, In: complaint.Submission{Channel: "telefoon"}}})
}

func (s *Server) handleComplaintRegister(w http.ResponseWriter, r *http.Request) {
	if s.Complaints == nil {
		s.fail(w, r, errNoComplaints)
		return
	}
	a := actor(r)
	if err := r.ParseForm(); err != nil {
		s.fail(w, r, stelsel.Invalid("formulier", "het formulier kon niet worden gelezen"))
		return
	}
	data := complaintForm{In: submissionFrom(r), Units: unitsFor(a, access.RegisterComplaint), Cat: cat, Staff: true}
	c, err := s.Complaints.Register(r.Context(), a, data.In)
	if err != nil {
		if stelsel.ErrorCode(err) != stelsel.EINVALID {
			s.fail(w, r, err)
			return
		}
		data.Errors, data.Error = fieldErrors(err)
		s.render(w, r, status(err), "complaint_form.html", page{Title: "Klacht registreren", Data: data})
		return
	}
	s.markDone(w, r, "geregistreerd")
	http.Redirect(w, r, "/klachten/"+url.PathEscape(c.Reference)+"?gedaan=geregistreerd", http.StatusSeeOther)
}

// complaintPage is the case page: the complaint, its handling and the forms of the steps
// the actor may take now.
type complaintPage struct {
	C           *complaint.Complaint
	Cat         *catalog.Catalog
	Now         time.Time
	Error       string
	Errors      map[string]string
	Step        string // the step whose form failed
	CanAssess   bool
	CanHandle   bool
	CanAdvise   bool
	CanJudge    bool
	Framework   string
	Overdue     bool
	DaysLeft    int
	Phase1Steps []string
}

var stepNotices = map[string]string{
	"geregistreerd": "De klacht is geregistreerd; de ontvangstbevestiging staat bij de brieven.",
	"opgeslagen":    "Opgeslagen.",
}

func (s *Server) complaintPage(r *http.Request, c *complaint.Complaint) complaintPage {
	a := actor(r)
	now := s.Complaints.Now()
	return complaintPage{C: c, Cat: cat, Now: now, CanAssess: c.Allows(a, access.AssessComplaint),
		CanHandle: c.Allows(a, access.HandleComplaint), CanAdvise: c.Allows(a, access.AdviseComplaint),
		CanJudge: c.Allows(a, access.JudgeComplaint), Framework: complaint.FrameworkName,
		Overdue: c.Overdue(now), DaysLeft: c.DaysLeft(now)}
}

func (s *Server) handleComplaint(w http.ResponseWriter, r *http.Request) {
	if s.Complaints == nil {
		s.fail(w, r, errNoComplaints)
		return
	}
	c, err := s.Complaints.Get(r.Context(), actor(r), r.PathValue("ref"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "complaint.html", page{Title: "Klacht " + c.Reference, Notice: stepNotices[s.doneCode(w, r)],
		Data: s.complaintPage(r, c)})
}

// parseLocal reads a date (jjjj-mm-dd) or a datetime-local value in Amsterdam time.
func parseLocal(field, v string) (time.Time, error) {
	v = strings.TrimSpace(v)
	if v == "" {
		return time.Time{}, nil
	}
	for _, layout := range []string{"2006-01-02T15:04", "2006-01-02 15:04", "2006-01-02"} {
		if t, err := time.ParseInLocation(layout, v, amsterdam); err == nil {
			return t.UTC(), nil
		}
	}
	return time.Time{}, stelsel.Invalid(field, "%q is geen datum (jjjj-mm-dd, eventueel met tijd)", v)
}

// endOfDay reads a date and returns the end of that day in Amsterdam, for terms.
func endOfDay(field, v string) (time.Time, error) {
	t, err := parseLocal(field, v)
	if err != nil || t.IsZero() || strings.Contains(v, "T") {
		return t, err
	}
	return t.In(amsterdam).Add(24*time.Hour - time.Second).UTC(), nil
}

// complaintStep runs one step of the handling from a form (page or API): step names the
// step, f its fields.
func (s *Server) complaintStep(r *http.Request, ref, step string, f url.Values) (*complaint.Complaint, error) {
	ctx, a, svc := r.Context(), actor(r), s.Complaints
	version, _ := strconv.Atoi(f.Get("versie"))
	at, err := parseLocal("op", f.Get("op"))
	if err != nil {
		return nil, err
	}
	on := func(k string) bool { v := f.Get(k); return v != "" && v != "0" && v != "false" && v != "nee" }
	switch step {
	case "beoordeling":
		return svc.Assess(ctx, a, ref, complaint.AssessInput{Version: version, TakeUp: f.Get("besluit") == "in_behandeling",
			Handler: f.Get("behandelaar"), Ground: f.Get("grond"), Reason: f.Get("toelichting")})
	case "markering":
		return svc.Mark(ctx, a, ref, complaint.MarkInput{Version: version, Kind: f.Get("soort"), Grounds: f["gronden"], Remove: on("verwijderen")})
	case "verkleurde-beelden":
		return svc.RecordVerkleurde(ctx, a, ref, complaint.VerkleurdeInput{Version: version, Experience: f.Get("ervaring"),
			Explanation: f.Get("uitleg_selectie"), FrameworkNamed: on("handelingskader_genoemd"), LearningPoint: f.Get("leerpunt")})
	case "ndv":
		return svc.AssignNDV(ctx, a, ref, complaint.AssignInput{Version: version, Username: f.Get("gebruikersnaam")})
	case "behandelaar":
		return svc.AssignHandler(ctx, a, ref, complaint.AssignInput{Version: version, Username: f.Get("gebruikersnaam")})
	case "fase1":
		return svc.Phase1(ctx, a, ref, complaint.Phase1Input{Version: version, Kind: f.Get("stap"), At: at, Note: f.Get("toelichting"),
			Place: f.Get("plaats"), WithEmployee: on("met_medewerker"), Settled: f.Get("opgelost") == "ja", ComplainantWord: f.Get("reactie_klager")})
	case "commissie":
		return svc.ToCommission(ctx, a, ref, complaint.CommissionInput{Version: version, Members: splitUnits(f.Get("leden"))})
	case "advies":
		return svc.Advise(ctx, a, ref, complaint.AdviceInput{Version: version, Kind: f.Get("stap"), At: at, Note: f.Get("toelichting"),
			Judgement: f.Get("geadviseerd_oordeel")})
	case "oordeel":
		return svc.Judge(ctx, a, ref, complaint.JudgeInput{Version: version, Judgement: f.Get("oordeel"), Reasons: f.Get("motivering"), Measures: f.Get("maatregelen")})
	case "verdaging":
		until, err := endOfDay("tot", f.Get("tot"))
		if err != nil {
			return nil, err
		}
		return svc.Extend(ctx, a, ref, complaint.ExtendInput{Version: version, Until: until, Reason: f.Get("reden")})
	case "toestemming":
		until, err := endOfDay("tot", f.Get("tot"))
		if err != nil {
			return nil, err
		}
		return svc.RecordConsent(ctx, a, ref, complaint.ConsentInput{Version: version, Until: until, GivenOn: f.Get("gegeven_op"), Note: f.Get("toelichting")})
	case "ingetrokken":
		return svc.Withdraw(ctx, a, ref, complaint.NoteInput{Version: version, Note: f.Get("toelichting")})
	case "integriteit":
		return svc.ReferIntegrity(ctx, a, ref, complaint.NoteInput{Version: version, Note: f.Get("toelichting")})
	}
	return nil, stelsel.Errorf(stelsel.ENOTFOUND, "onbekende stap %q", step)
}

func (s *Server) handleComplaintStep(w http.ResponseWriter, r *http.Request) {
	if s.Complaints == nil {
		s.fail(w, r, errNoComplaints)
		return
	}
	if err := r.ParseForm(); err != nil {
		s.fail(w, r, stelsel.Invalid("formulier", "het formulier kon niet worden gelezen"))
		return
	}
	ref, step := r.PathValue("ref"), r.PathValue("stap")
	c, err := s.complaintStep(r, ref, step, r.PostForm)
	if err == nil {
		s.markDone(w, r, "opgeslagen")
		http.Redirect(w, r, "/klachten/"+url.PathEscape(c.Reference)+"?gedaan=opgeslagen#"+url.PathEscape(step), http.StatusSeeOther)
		return
	}
	code := stelsel.ErrorCode(err)
	if code != stelsel.EINVALID && code != stelsel.ECONFLICT {
		s.fail(w, r, err)
		return
	}
	// Show the case again (in its current state) with the problem at the failed form.
	cur, gerr := s.Complaints.Get(r.Context(), actor(r), ref)
	if gerr != nil {
		s.fail(w, r, gerr)
		return
	}
	p := s.complaintPage(r, cur)
	p.Errors, p.Error = fieldErrors(err)
	p.Step = step
	s.render(w, r, status(err), "complaint.html", page{Title: "Klacht " + cur.Reference + ": niet opgeslagen", Data: p})
}

type letterPage struct {
	C *complaint.Complaint
	L complaint.Letter
}

func (s *Server) handleComplaintLetter(w http.ResponseWriter, r *http.Request) {
	if s.Complaints == nil {
		s.fail(w, r, errNoComplaints)
		return
	}
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		s.fail(w, r, stelsel.Errorf(stelsel.ENOTFOUND, "deze brief bestaat niet"))
		return
	}
	c, l, err := s.Complaints.Letter(r.Context(), actor(r), r.PathValue("ref"), id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "complaint_letter.html", page{Title: l.Subject, Data: letterPage{C: c, L: l}})
}

type complaintFiguresPage struct {
	F         *complaint.Figures
	From, To  string
	Published [][]string
	Cat       *catalog.Catalog
}

// figureFilter reads van and tot (jjjj-mm-dd; tot is exclusive) and eenheid.
func figureFilter(q url.Values) (complaint.FigureFilter, error) {
	var f complaint.FigureFilter
	var err error
	if f.From, err = parseLocal("van", q.Get("van")); err != nil {
		return f, err
	}
	if f.To, err = parseLocal("tot", q.Get("tot")); err != nil {
		return f, err
	}
	if u := q.Get("eenheid"); u != "" {
		f.Units = []string{u}
	}
	return f, nil
}

func (s *Server) handleComplaintFigures(w http.ResponseWriter, r *http.Request) {
	if s.Complaints == nil {
		s.fail(w, r, errNoComplaints)
		return
	}
	q := r.URL.Query()
	f, err := figureFilter(q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	fig, err := s.Complaints.Figures(r.Context(), actor(r), f)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "complaint_figures.html", page{Title: "Klachten in cijfers",
		Data: complaintFiguresPage{F: fig, From: q.Get("van"), To: q.Get("tot"), Published: fig.Published(), Cat: cat}})
}

func init() {
	funcs["datum"] = complaint.DutchDate
	funcs["inList"] = func(s string, l []string) bool { return slices.Contains(l, s) }
	funcs["letterLabel"] = complaint.LetterLabel
	funcs["recipientLabel"] = complaint.RecipientLabel
	funcs["outcomeLabel"] = outcomeLabel
	funcs["public"] = complaint.Public
	funcs["markerLabel"] = func(c string) string { return cat.ComplaintMarkers.Label(c) }
}

// outcomeLabel names an outcome: settled, withdrawn, refused, or a judgement.
func outcomeLabel(o string) string {
	switch o {
	case complaint.OutcomeSettled:
		return "Opgelost in fase 1"
	case complaint.OutcomeWithdrawn:
		return "Ingetrokken"
	case complaint.OutcomeRefused:
		return "Niet in behandeling genomen"
	case "":
		return "Nog geen"
	}
	return cat.ComplaintJudgements.Label(o)
}
