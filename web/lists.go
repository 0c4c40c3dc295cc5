package web

import (
	"bytes"
	"cmp"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"stelsel"
	"stelsel/access"
	"stelsel/catalog"
	"stelsel/registration"
	"stelsel/screen"
)

type unitsPage struct {
	Units []catalog.Unit
}

// visibleUnits returns the units whose list the actor may open.
func visibleUnits(a access.Actor) []catalog.Unit {
	var out []catalog.Unit
	for _, u := range cat.Units {
		if a.CanUnit(access.ReadUnitList, u.Code) || a.CanUnit(access.ReadCodedOnly, u.Code) {
			out = append(out, u)
		}
	}
	return out
}

func (s *Server) handleUnits(w http.ResponseWriter, r *http.Request) {
	a := actor(r)
	if !a.Has(access.ReadUnitList) && !a.Has(access.ReadCodedOnly) {
		s.fail(w, r, a.Require(access.ReadUnitList))
		return
	}
	units := visibleUnits(a)
	if len(units) == 1 {
		http.Redirect(w, r, "/eenheden/"+units[0].Code, http.StatusSeeOther)
		return
	}
	s.render(w, r, http.StatusOK, "units.html", page{Title: "Eenheidslijsten", Data: unitsPage{Units: units}})
}

// unitRows returns the coded incidents of the unit in the request: the full unit list
// for those who may read it, otherwise the coded list a basisteam sees.
func (s *Server) unitRows(r *http.Request) (registration.ListFilter, []registration.ListRow, error) {
	if s.Registrations == nil {
		return registration.ListFilter{}, nil, errNoRegistrations
	}
	q := r.URL.Query()
	f := registration.ListFilter{Unit: r.PathValue("unit")}
	var err error
	if f.From, err = parseDay(q, "van", 0); err != nil {
		return f, nil, err
	}
	if f.To, err = parseDay(q, "tot", 1); err != nil {
		return f, nil, err
	}
	a := actor(r)
	f.Team = listTeam(a, q)
	var rows []registration.ListRow
	if a.Has(access.ReadUnitList) {
		rows, err = s.Registrations.UnitList(r.Context(), a, f)
	} else {
		rows, err = s.Registrations.CodedList(r.Context(), a, f)
	}
	return f, rows, err
}

type unitListPage struct {
	Unit     catalog.Unit
	From, To string
	Rows     []registration.ListRow
	// Team is the basisteam the list is filtered on ("" for the whole unit); Teams the
	// unit's basisteams to choose from; OwnTeam the actor's own.
	Team, OwnTeam string
	Teams         []string
	// query is the list's filter, passed to the registration pages so they lead back.
	query string
	// Search is the unit's registrations (search and queue, read-only), for those who may read them.
	Search string
	// CSV and XLSX are the downloads of exactly the rows shown (the same period); RDO
	// the unit's case overview for that period.
	CSV, XLSX, RDO string
}

func (s *Server) handleUnitList(w http.ResponseWriter, r *http.Request) {
	f, rows, err := s.unitRows(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	u, _ := cat.Unit(r.PathValue("unit"))
	q := r.URL.Query()
	dl := url.Values{}
	for _, k := range []string{"van", "tot"} {
		if v := q.Get(k); v != "" {
			dl.Set(k, v)
		}
	}
	rdo := dl.Encode()
	p := unitListPage{Unit: u, From: q.Get("van"), To: q.Get("tot"), Rows: rows, Team: f.Team, OwnTeam: actor(r).Team, Teams: u.Teams}
	if p.Team != "" && !slices.Contains(p.Teams, p.Team) {
		p.Teams = append(slices.Clone(p.Teams), p.Team)
	}
	// The downloads and the registration pages get the basisteam explicitly: "alle"
	// when the whole unit is shown, so that an officer's default (the own basisteam)
	// does not narrow a download of the whole unit.
	if q.Has("basisteam") || p.Team != "" {
		dl.Set("basisteam", cmp.Or(p.Team, allTeams))
	}
	p.query = dl.Encode()
	if actor(r).CanUnit(access.ReadRegistration, u.Code) {
		p.Search = "/eenheden/" + url.PathEscape(u.Code) + "/registraties"
	}
	path := "/eenheden/" + url.PathEscape(u.Code) + "/lijst."
	p.CSV, p.XLSX, p.RDO = path+"csv", path+"xlsx", "/eenheden/"+url.PathEscape(u.Code)+"/rdo"
	if len(dl) > 0 {
		p.CSV, p.XLSX = p.CSV+"?"+dl.Encode(), p.XLSX+"?"+dl.Encode()
	}
	if rdo != "" {
		p.RDO += "?" + rdo
	}
	s.render(w, r, http.StatusOK, "unitlist.html", page{Title: "Eenheidslijst " + u.Label, Data: p})
}

func (s *Server) handleUnitListDownload(format string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		_, rows, err := s.unitRows(r)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		u, _ := cat.Unit(r.PathValue("unit"))
		var buf bytes.Buffer
		name := fmt.Sprintf("eenheidslijst-%s-%s", u.Code, s.Now().In(amsterdam).Format("20060102-1504"))
		switch format {
		case "csv":
			err = registration.WriteUnitListCSV(&buf, cat, rows)
			w.Header().Set("Content-Type", "text/csv; charset=utf-8")
		case "xlsx":
			err = registration.WriteUnitListXLSX(&buf, cat, rows)
			w.Header().Set("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
		}
		if err != nil {
			s.fail(w, r, err)
			return
		}
		if err := s.Trail.Record(r.Context(), actor(r), access.Entry{Action: access.ActionExport, ObjectKind: "unit_list",
			ObjectID: u.Code, Unit: u.Code, Detail: fmt.Sprintf("download %s regels=%d", format, len(rows))}); err != nil {
			s.fail(w, r, err)
			return
		}
		w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="%s.%s"`, name, format))
		_, _ = buf.WriteTo(w)
	}
}

// codePeriod reads the period of the code export: default the last 30 days.
func (s *Server) codePeriod(r *http.Request) (time.Time, time.Time, string, string, error) {
	q := r.URL.Query()
	from, err := parseDay(q, "van", 0)
	if err != nil {
		return from, from, "", "", err
	}
	to, err := parseDay(q, "tot", 1)
	if err != nil {
		return from, to, "", "", err
	}
	now := s.Now().In(amsterdam)
	if to.IsZero() {
		to = time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, amsterdam).AddDate(0, 0, 1)
	}
	if from.IsZero() {
		from = to.AddDate(0, 0, -30)
	}
	if !from.Before(to) {
		return from, to, "", "", stelsel.Invalid("van", "de begindatum moet vóór de einddatum liggen")
	}
	return from, to, from.Format("2006-01-02"), to.AddDate(0, 0, -1).Format("2006-01-02"), nil
}

type exportPage struct {
	From, To string
	Rows     []registration.CodeRow
	Download string // the CSV of exactly the rows shown
}

func (s *Server) handleExport(w http.ResponseWriter, r *http.Request) {
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
	s.render(w, r, http.StatusOK, "export.html", page{Title: "Code-export voor BVH",
		Data: exportPage{From: fs, To: ts, Rows: rows, Download: "/export/codes.csv?" + url.Values{"van": {fs}, "tot": {ts}}.Encode()}})
}

func (s *Server) handleExportDownload(w http.ResponseWriter, r *http.Request) {
	if s.Registrations == nil {
		s.fail(w, r, errNoRegistrations)
		return
	}
	from, to, fs, ts, err := s.codePeriod(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	a := actor(r)
	rows, err := s.Registrations.CodeRows(r.Context(), a, from, to)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	var buf bytes.Buffer
	if err := registration.WriteCodesCSV(&buf, rows); err != nil {
		s.fail(w, r, err)
		return
	}
	if err := s.Trail.Record(r.Context(), a, access.Entry{Action: access.ActionExport, ObjectKind: "bvh_codes",
		Detail: fmt.Sprintf("download van=%s tot=%s regels=%d", fs, ts, len(rows))}); err != nil {
		s.fail(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="bvh-codes-%s-%s.csv"`, strings.ReplaceAll(fs, "-", ""), strings.ReplaceAll(ts, "-", "")))
	_, _ = buf.WriteTo(w)
}

type lexiconPage struct {
	Name    string         `json:"naam"`
	Version string         `json:"versie"`
	Entries []lexiconEntry `json:"kernwoorden"`
	Rules   []lexiconRule  `json:"regels"`
	Counted bool           `json:"treffers_geteld"`
	// Model is the lexicon's text model (screen/LEXICON.md), nil without one.
	Model *lexiconModel `json:"tekstmodel,omitempty"`
	// Learning from the decisions (issue 11.5): words suggested for the lexicon and the
	// re-ranking models with their measurements.
	Suggestions []registration.Suggestion `json:"suggesties"`
	Models      []registration.ModelRun   `json:"rangschikkingsmodellen"`
	// Since and By say when and by whom the lexicon was activated; nil for the
	// built-in lexicon, never activated.
	Since *time.Time `json:"in_gebruik_sinds,omitempty"`
	By    string     `json:"in_gebruik_door,omitempty"`
	// Stale says this server still screens with an older lexicon (ServerName) than the
	// one activated on the database, until it restarts; CanManage that the actor may
	// upload and activate lexicons (lexicon_admin.go).
	Stale      bool   `json:"-"`
	ServerName string `json:"-"`
	CanManage  bool   `json:"-"`
}

// lexiconModel summarises the text model: its size, threshold, the words that weigh most
// for and against, and its hits with their measured precision.
type lexiconModel struct {
	Words     int     `json:"woorden"`
	Triggers  int     `json:"aanleidingwoorden"`
	Threshold float64 `json:"drempel"`
	// Strong is the chance from which a model hit beside a term is a strong signal.
	Strong    float64                     `json:"sterk_vanaf"`
	Counter   float64                     `json:"tegenwicht,omitempty"`
	Lowered   int                         `json:"afgezwakt_tot,omitempty"`
	For       []screen.ModelFeature       `json:"zwaarst_voor"`
	Against   []screen.ModelFeature       `json:"zwaarst_tegen"`
	Hits      int                         `json:"treffers"`
	Precision *registration.TermPrecision `json:"precisie,omitempty"`
}

// modelSummary is the page's summary of m, with the top n words either way.
func modelSummary(m *screen.Model, n int) *lexiconModel {
	fs := m.Features()
	slices.SortStableFunc(fs, func(a, b screen.ModelFeature) int { return cmp.Compare(b.Weight, a.Weight) })
	lm := &lexiconModel{Words: len(fs), Triggers: len(m.Triggers()), Threshold: m.Threshold(),
		Strong: m.StrongChance(), For: []screen.ModelFeature{}, Against: []screen.ModelFeature{}}
	if w, ok := m.Counterweight(); ok {
		lm.Counter, lm.Lowered = w, screen.ModelMaxScore
	}
	for i := 0; i < len(fs) && i < n && fs[i].Weight > 0; i++ {
		lm.For = append(lm.For, fs[i])
	}
	for i := len(fs) - 1; i >= 0 && len(fs)-1-i < n && fs[i].Weight < 0; i-- {
		lm.Against = append(lm.Against, fs[i])
	}
	return lm
}

// lexiconRule is a combination rule of the lexicon with its measured precision.
type lexiconRule struct {
	Name   string `json:"regel"`
	Parts  string `json:"delen"`
	Within string `json:"binnen"`
	Score  int    `json:"score"`
	// Cap: the rule makes no hit of its own but lowers a hit to at most Score.
	Cap       bool                        `json:"afzwakking,omitempty"`
	Note      string                      `json:"toelichting,omitempty"`
	Hits      int                         `json:"treffers"`
	Precision *registration.TermPrecision `json:"precisie,omitempty"`
}

type lexiconEntry struct {
	Term       string   `json:"term"`
	Mode       string   `json:"wijze"`
	Strength   string   `json:"sterkte"`
	Note       string   `json:"toelichting,omitempty"`
	Grounds    []string `json:"gronden"`
	Exceptions []string `json:"uitzonderingen,omitempty"`
	Hits       int      `json:"treffers"`
	// Classes are the rule classes the term belongs to; codes its ground codes (the
	// page's filter).
	Classes []string `json:"klassen,omitempty"`
	codes   []string
	// Precision is how often the registrations the term hits were decided
	// discriminatory, with a 95% Wilson interval; nil before any decision.
	Precision *registration.TermPrecision `json:"precisie,omitempty"`
}

// termCounts returns hits per term of the lexicon in use, or nil without a registration
// service.
func (s *Server) termCounts(r *http.Request, a access.Actor) (map[string]int, error) {
	if s.Registrations == nil {
		return nil, nil
	}
	return s.Registrations.TermCounts(r.Context(), a)
}

func (s *Server) lexicon(r *http.Request) (lexiconPage, error) {
	a := actor(r)
	if err := a.Require(access.ReadLexicon); err != nil {
		return lexiconPage{}, err
	}
	lex := s.lexiconInUse()
	if lex == nil {
		return lexiconPage{}, stelsel.Errorf(stelsel.ENOTFOUND, "geen lexicon geladen")
	}
	p := lexiconPage{CanManage: a.Has(access.ManageLexicon), ServerName: lex.Name()}
	hist, err := registration.LexiconHistory(r.Context(), s.DB)
	if err != nil {
		return p, err
	}
	if len(hist) > 0 {
		p.Since, p.By = &hist[0].ActivatedAt, hist[0].ActivatedBy
		if hist[0].Version != lex.Version() {
			// Activated on the database moments ago (from the web or the command line):
			// show what is in use; this server screens with it once it polls (Serve,
			// every few seconds).
			if lex, err = registration.ActiveLexicon(r.Context(), s.DB); err != nil {
				return p, err
			}
			p.Stale = true
		}
	}
	p.Name, p.Version = lex.Name(), lex.Version()
	counts, err := s.termCounts(r, a)
	if err != nil {
		return p, err
	}
	p.Counted = counts != nil
	var prec map[string]registration.TermPrecision
	if s.Registrations != nil {
		if prec, err = s.Registrations.TermPrecisions(r.Context(), a); err != nil {
			return p, err
		}
	}
	precision := func(term string) *registration.TermPrecision {
		if tp, ok := prec[term]; ok {
			return &tp
		}
		return nil
	}
	for _, ru := range lex.Rules() {
		sep, within := " + ", "één zin"
		if ru.Ordered {
			sep = " > "
		}
		switch {
		case ru.Quoted:
			within = "citaat"
		case ru.Whole:
			within = "de hele tekst"
		case ru.Within > 0:
			within = fmt.Sprintf("%d woorden", ru.Within)
		}
		p.Rules = append(p.Rules, lexiconRule{Name: ru.Name, Parts: strings.Join(ru.Parts[0], "|") + sep + strings.Join(ru.Parts[1], "|"),
			Within: within, Score: ru.Score, Cap: ru.Cap, Note: ru.Note, Hits: counts[ru.Name], Precision: precision(ru.Name)})
	}
	if m := lex.Model(); m != nil {
		p.Model = modelSummary(m, 15)
		p.Model.Hits, p.Model.Precision = counts[screen.ModeModel], precision(screen.ModeModel)
	}
	for _, e := range lex.Entries() {
		labels := make([]string, len(e.Grounds))
		for i, g := range e.Grounds {
			labels[i] = cat.Grounds.Label(g)
		}
		p.Entries = append(p.Entries, lexiconEntry{Term: e.Term, Mode: e.Mode, Strength: e.Strength, Note: e.Note,
			Grounds: labels, Exceptions: e.Exceptions, Hits: counts[e.Term], Precision: precision(e.Term),
			Classes: e.Classes, codes: e.Grounds})
	}
	// learning: begin (issue 11.5)
	p.Suggestions, p.Models = []registration.Suggestion{}, []registration.ModelRun{}
	if s.Registrations != nil {
		if p.Suggestions, err = s.Registrations.TermSuggestions(r.Context(), a); err != nil {
			return p, err
		}
		if p.Models, err = s.Registrations.RankModels(r.Context(), a); err != nil {
			return p, err
		}
	}
	// learning: end
	return p, nil
}

func (s *Server) handleLexicon(w http.ResponseWriter, r *http.Request) {
	p, err := s.lexicon(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	view, err := filterLexicon(p, r.URL.Query())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	notice, _ := s.takeFlash(w, r)
	s.render(w, r, http.StatusOK, "lexicon.html", page{Title: "Lexicon", Notice: notice, Data: view})
}
