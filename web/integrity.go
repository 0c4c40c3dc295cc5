package web

import (
	"context"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"stelsel"
	"stelsel/access"
	"stelsel/catalog"
	"stelsel/integrity"
)

var errNoIntegrity = stelsel.Errorf(stelsel.ENOTFOUND, "het integriteitssysteem is niet ingeschakeld")

var icat = catalog.DefaultIntegrity()

func init() {
	for k, v := range map[string]any{
		"ikind":        integrity.KindLabel,
		"istatus":      integrity.StatusLabel,
		"itrack":       integrity.TrackLabel,
		"ientry":       integrity.EntryLabel,
		"idue":         integrity.DueLabel,
		"icategory":    func(c string) string { return cat.IntegrityCategories.Label(c) },
		"isanction":    func(c string) string { return cat.Sanctions.Label(c) },
		"ieducational": func(c string) string { return cat.EducationalMeasures.Label(c) },
		"iroute":       func(c string) string { return icat.Routes.Label(c) },
		"isource":      func(c string) string { return icat.Sources.Label(c) },
		"icirc":        func(c string) string { return icat.Circumstances.Label(c) },
		"istep":        func(c string) string { return icat.Steps.Label(c) },
		"iom":          func(c string) string { return icat.OMDecisions.Label(c) },
		"ioutcome":     func(c string) string { return icat.Outcomes.Label(c) },
		"ifactor":      func(c string) string { return icat.Factors.Label(c) },
		"imeasure":     func(c string) string { return icat.LessonMeasures.Label(c) },
		"icarecost":    func(c string) string { return icat.CareCost.Label(c) },
		"iframework":   func(c string) string { return icat.Framework.Label(c) },
		"has": func(list []string, v string) bool {
			for _, x := range list {
				if x == v {
					return true
				}
			}
			return false
		},
		"dayp": func(t *time.Time) string {
			if t == nil {
				return ""
			}
			return t.In(amsterdam).Format("02-01-2006")
		},
		"isodayp": func(t *time.Time) string {
			if t == nil {
				return ""
			}
			return t.In(amsterdam).Format("2006-01-02")
		},
	} {
		funcs[k] = v
	}
}

// actionInput is the input of every change to a case, from a form (pages) or a JSON
// body (API), with the same Dutch field names.
type actionInput struct {
	Text          string                   `json:"tekst"`
	Reason        string                   `json:"reden"`
	Consent       string                   `json:"toestemming"`
	Category      string                   `json:"categorie"`
	Circumstances []string                 `json:"omstandigheden"`
	Checklist     []string                 `json:"checklist"`
	Routes        []string                 `json:"routes"`
	Rationale     string                   `json:"motivering"`
	OMInformedOn  *time.Time               `json:"om_geinformeerd_op"`
	Version       int                      `json:"versie"`
	Track         string                   `json:"spoor"`
	Username      string                   `json:"gebruikersnaam"`
	Kind          string                   `json:"soort"`
	Date          *time.Time               `json:"datum"`
	Step          string                   `json:"stap"`
	Days          int                      `json:"termijn_dagen"`
	Decision      string                   `json:"beslissing"`
	Entry         int64                    `json:"stuk"`
	To            string                   `json:"naar"`
	Care          integrity.CareInput      `json:"zorg"`
	Framework     integrity.FrameworkInput `json:"handelingskader"`
	Close         integrity.CloseInput     `json:"afsluiten"`
	Subjects      []integrity.Subject      `json:"betrokkenen"`
}

// doAction applies one change to a case through the service.
func (s *Server) doAction(ctx context.Context, a access.Actor, number, action string, in actionInput) (*integrity.Case, error) {
	svc := s.Integrity
	switch action {
	case "ontvangst":
		return svc.Acknowledge(ctx, a, number, in.Text)
	case "terugkoppeling":
		return svc.Feedback(ctx, a, number, in.Text)
	case "bericht":
		return svc.Ask(ctx, a, number, in.Text)
	case "registratie":
		return svc.Register(ctx, a, number, integrity.RegisterInput{Category: in.Category, Circumstances: in.Circumstances, Subjects: in.Subjects})
	case "triage":
		return svc.Triage(ctx, a, number, integrity.TriageInput{Checklist: in.Checklist, Routes: in.Routes, Rationale: in.Rationale,
			Category: in.Category, OMInformedOn: in.OMInformedOn, Version: in.Version})
	case "bevestiging":
		return svc.Confirm(ctx, a, number, in.Version)
	case "terugsturen":
		return svc.Reject(ctx, a, number, in.Reason)
	case "toewijzing":
		return svc.Assign(ctx, a, number, in.Track, in.Username, in.Reason)
	case "intrekking":
		return svc.Unassign(ctx, a, number, in.Track, in.Username, in.Reason)
	case "dossier":
		return svc.AddEntry(ctx, a, number, in.Track, integrity.EntryInput{Kind: in.Kind, Body: in.Text, OnDate: in.Date})
	case "stap":
		return svc.Step(ctx, a, number, integrity.StepInput{Step: in.Step, OnDate: in.Date, Body: in.Text, Days: in.Days})
	case "om":
		return svc.OMDecision(ctx, a, number, in.Decision, in.Date, in.Text)
	case "overdracht":
		return svc.Transfer(ctx, a, number, in.Entry, in.To, in.Reason)
	case "zorg":
		return svc.UpdateCare(ctx, a, number, in.Care)
	case "handelingskader":
		return svc.UpdateFramework(ctx, a, number, in.Framework)
	case "sluiten":
		return svc.Close(ctx, a, number, in.Close)
	case "bekendmaken":
		return svc.Reveal(ctx, a, number, in.Consent, in.Reason)
	}
	return nil, errNoRoute
}

// formDate reads an optional date field (jjjj-mm-dd, Dutch time).
func formDate(v url.Values, field string) (*time.Time, error) {
	t, err := parseDay(v, field, 0)
	if err != nil || t.IsZero() {
		return nil, err
	}
	return &t, nil
}

func formInt(v url.Values, field string) (int, error) {
	s := strings.TrimSpace(v.Get(field))
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, stelsel.Invalid(field, "%s: vul een geheel getal in", field)
	}
	return n, nil
}

func formBool(v url.Values, field string) *bool {
	if _, ok := v[field]; !ok {
		return nil
	}
	b := v.Get(field) == "ja"
	return &b
}

func formText(v url.Values, field string) *string {
	if _, ok := v[field]; !ok {
		return nil
	}
	t := v.Get(field)
	return &t
}

// formAction reads a case change from a posted form.
func formAction(r *http.Request) (actionInput, error) {
	if err := r.ParseForm(); err != nil {
		return actionInput{}, stelsel.Invalid("formulier", "het formulier is niet te lezen")
	}
	v := r.PostForm
	in := actionInput{Text: v.Get("tekst"), Reason: v.Get("reden"), Consent: v.Get("toestemming"), Category: v.Get("categorie"),
		Circumstances: v["omstandigheden"], Checklist: v["checklist"], Routes: v["routes"], Rationale: v.Get("motivering"),
		Track: v.Get("spoor"), Username: v.Get("gebruikersnaam"), Kind: v.Get("soort"), Step: v.Get("stap"), Decision: v.Get("beslissing"), To: v.Get("naar")}
	var err error
	if in.OMInformedOn, err = formDate(v, "om_geinformeerd_op"); err != nil {
		return in, err
	}
	if in.Date, err = formDate(v, "datum"); err != nil {
		return in, err
	}
	if in.Version, err = formInt(v, "versie"); err != nil {
		return in, err
	}
	if in.Days, err = formInt(v, "termijn_dagen"); err != nil {
		return in, err
	}
	entry, err := formInt(v, "stuk")
	if err != nil {
		return in, err
	}
	in.Entry = int64(entry)
	if name := strings.TrimSpace(v.Get("betrokkene_naam")); name != "" {
		in.Subjects = []integrity.Subject{{Name: name, PersonnelNo: v.Get("betrokkene_personeelsnummer"), Unit: v.Get("betrokkene_eenheid"),
			Team: v.Get("betrokkene_team"), Username: v.Get("betrokkene_gebruikersnaam")}}
	}
	in.Care = integrity.CareInput{RightsNoticeHow: formText(v, "rechten_hoe"), CounsellorOffered: formBool(v, "vp_aangeboden"),
		CounsellorAccepted: formBool(v, "vp_geaccepteerd"), Representative: formText(v, "vertegenwoordiger"), ReturnPlan: formText(v, "terugkeerplan"),
		CareCostStatus: formText(v, "zorgkosten"), CareCostNote: formText(v, "zorgkosten_toelichting"), Contact: v.Get("contactmoment")}
	if in.Care.RightsNoticeHow != nil && *in.Care.RightsNoticeHow == "" {
		in.Care.RightsNoticeHow = nil
	}
	follow, err := formDate(v, "vervolgdatum")
	if err != nil {
		return in, err
	}
	in.Framework = integrity.FrameworkInput{Done: v["gedaan"], Notes: v.Get("notities"), FollowUpOn: follow, PassedToVIK: v.Get("doorgezet") == "ja"}
	term, err := formInt(v, "proeftijd")
	if err != nil {
		return in, err
	}
	in.Close = integrity.CloseInput{Version: in.Version,
		Outcome: integrity.Outcome{Outcome: v.Get("uitkomst"), Sanction: v.Get("straf"), SanctionConditions: v.Get("voorwaarden"),
			SanctionTermMonths: term, EducationalMeasures: v["opvoedkundig"]},
		Learning: integrity.Learning{Factors: v["factoren"], Lessons: v.Get("lessen"), Measures: v["maatregelen"]}}
	return in, nil
}

// readUpload reads the posted file of an attachment form, within the size limit.
func readUpload(r *http.Request) (string, []byte, error) {
	r.Body = http.MaxBytesReader(nil, r.Body, integrity.MaxAttachment+1<<20)
	if err := r.ParseMultipartForm(1 << 20); err != nil {
		return "", nil, stelsel.Invalid("bestand", "bijlage: het bestand is te groot (hoogstens %d MB) of het formulier is niet te lezen", integrity.MaxAttachment>>20)
	}
	f, h, err := r.FormFile("bestand")
	if err != nil {
		return "", nil, stelsel.Invalid("bestand", "bijlage: kies een bestand")
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, integrity.MaxAttachment+1))
	if err != nil {
		return "", nil, stelsel.Invalid("bestand", "bijlage: het bestand is niet te lezen")
	}
	return h.Filename, data, nil
}

// downloadAttachment sends an attachment as a download, never inline: no HTML from a
// dossier is ever rendered by the browser.
func downloadAttachment(w http.ResponseWriter, at *integrity.Attachment, data []byte) {
	h := w.Header()
	h.Set("Content-Type", "application/octet-stream")
	h.Set("Content-Disposition", "attachment; filename*=UTF-8''"+url.PathEscape(at.Filename))
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Security-Policy", "default-src 'none'; sandbox")
	h.Set("Digest", "sha-256="+at.SHA256)
	h.Set("Content-Length", strconv.Itoa(len(data)))
	_, _ = w.Write(data)
}
