package web

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"stelsel/access"
	"stelsel/catalog"
	"stelsel/registration"
	"stelsel/report"
	"stelsel/screen"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// amsterdam is the time zone of the people using stelsel; times are stored in UTC.
var amsterdam = func() *time.Location {
	l, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		return time.FixedZone("CET", 3600)
	}
	return l
}()

var cat = catalog.Default()

// dec2 writes a number with two decimals and a decimal comma: 0,80.
func dec2(f float64) string { return strings.Replace(fmt.Sprintf("%.2f", f), ".", ",", 1) }

var funcs = template.FuncMap{
	"roleLabel": func(r access.Role) string { return r.Label() },
	"hasRole":   func(roles []access.Role, r access.Role) bool { return slices.Contains(roles, r) },
	"hasUnit":   func(units []string, u string) bool { return slices.Contains(units, u) },
	"when": func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.In(amsterdam).Format("02-01-2006 15:04")
	},
	// seconds is when to the second, for the audit trail, which is filtered to the second.
	"seconds": func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.In(amsterdam).Format("02-01-2006 15:04:05")
	},
	"day":                dayText,
	"join":               strings.Join,
	"pct":                func(f float64) string { return fmt.Sprintf("%.0f%%", 100*f) },
	"pct1":               func(f float64) string { return strings.Replace(fmt.Sprintf("%.1f%%", 100*f), ".", ",", 1) },
	"dec2":               dec2,
	"unitLabel":          unitName,
	"add":                func(a, b int) int { return a + b },
	"groundLabel":        func(c string) string { return cat.Grounds.Label(c) },
	"indicationLabel":    func(c string) string { return cat.Indications.Label(c) },
	"manifestationLabel": func(c string) string { return cat.Manifestations.Label(c) },
	"decisionLabel":      func(c string) string { return cat.DecisionKinds.Label(c) },
	"statusLabel":        registration.StatusLabel,
	// seg escapes one path segment: every value from outside that goes into a path
	// (a registration number, a unit code, a username) goes through it, so '/', '?', '#'
	// and '%' in it cannot point a link or a form at another address.
	"seg":               url.PathEscape,
	"statusLabelReport": report.StatusLabel,
	"modeLabel":         modeLabel,
	"termLabel":         termLabel,
	"breakable":         breakable,
	"actionLabel":       auditActionLabel,
	"kindLabel":         auditKindLabel,
	// plural says "1 registratie", "2 registraties".
	"plural": func(n int, one, many string) string {
		if n == 1 {
			return "1 " + one
		}
		return thousands(n) + " " + many
	},
	// number writes a count the Dutch way: 6.747.
	"number": thousands,
	"clock":  func(t time.Time) string { return t.In(amsterdam).Format("15:04") },
	// regPath is the path of a registration page, its number escaped as one segment.
	"regPath": func(number string) string { return "/registraties/" + url.PathEscape(number) },
}

// thousands writes n with a dot between thousands, as Dutch does: 6.747, 1.000.000.
func thousands(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "." + s[i:]
	}
	if neg {
		return "-" + s
	}
	return s
}

// breakable escapes a label and lets a narrow column break it after each slash
// ("Godsdienst/<wbr>levensovertuiging") instead of inside a word.
func breakable(label string) template.HTML {
	return template.HTML(strings.ReplaceAll(template.HTMLEscapeString(label), "/", "/<wbr>"))
}

// termLabel shows a hit term; a rule's name ("vloek_groep") reads as its parts, "vloek +
// groep" (lexicon terms have no underscores).
func termLabel(term string) string {
	if term == screen.ModeModel {
		return "tekstmodel"
	}
	return strings.ReplaceAll(term, "_", " + ")
}

// modeLabel is the Dutch name of a lexicon match mode.
func modeLabel(mode string) string {
	switch mode {
	case "word":
		return "heel woord"
	case "prefix":
		return "begin van een woord"
	case "infix":
		return "deel van een woord"
	case "phrase":
		return "woordgroep"
	case "rule":
		return "regel (combinatie van woorden)"
	case "model":
		return "tekstmodel (gewogen woorden)"
	}
	return mode
}

// page is what every template gets.
type page struct {
	Title  string
	Actor  access.Actor
	Nav    []navItem
	Path   string
	Notice string // a confirmation shown on top, e.g. after a change
	Data   any
}

type navItem struct {
	Href, Label string
	Current     bool
}

// parsePages parses each page template together with the layout.
func parsePages() (map[string]*template.Template, error) {
	base, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html")
	if err != nil {
		return nil, fmt.Errorf("parse layout: %w", err)
	}
	// Files starting with "_" hold templates shared by several pages (a figures table).
	if parts, _ := fs.Glob(templateFS, "templates/_*.html"); len(parts) > 0 {
		if base, err = base.ParseFS(templateFS, parts...); err != nil {
			return nil, fmt.Errorf("parse shared templates: %w", err)
		}
	}
	names, err := fs.Glob(templateFS, "templates/*.html")
	if err != nil {
		return nil, err
	}
	pages := map[string]*template.Template{}
	for _, n := range names {
		name := strings.TrimPrefix(n, "templates/")
		if name == "layout.html" || strings.HasPrefix(name, "_") {
			continue
		}
		t, err := template.Must(base.Clone()).ParseFS(templateFS, n)
		if err != nil {
			return nil, fmt.Errorf("parse %s: %w", name, err)
		}
		pages[name] = t
	}
	return pages, nil
}

// nav returns the menu for an actor: only what the role may open.
func nav(a access.Actor, path string) []navItem {
	var items []navItem
	add := func(href, label string, ok bool) {
		if ok {
			items = append(items, navItem{Href: href, Label: label, Current: path == href || strings.HasPrefix(path, href+"/")})
		}
	}
	add("/werkbak", "Werkbak", a.Has(access.ReadQueue))
	add("/steekproef", "Steekproef", a.Has(access.ReadQueue))
	add("/eenheden", "Eenheidslijsten", a.Has(access.ReadUnitList) || a.Has(access.ReadCodedOnly))
	add("/export", "Code-export", a.Has(access.ExportCodes))
	add("/lexicon", "Lexicon", a.Has(access.ReadLexicon))
	add("/cijfers", "Cijfers", a.Has(access.ReadFigures))
	add("/klachten", "Klachten", a.Has(access.ReadComplaint))
	add("/loketten", "Loketten", !a.Anonymous())
	add("/integriteit", "Integriteit", a.Has(access.IntegrityReport))
	add("/audit", "Audittrail", a.Has(access.ReadAudit))
	add("/beheer/gebruikers", "Gebruikers", a.Has(access.ManageUsers))
	return items
}

// render writes a page with the layout. Rendering goes to a buffer first, so a template
// error gives a clean 500 rather than half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, code int, name string, p page) {
	t, ok := s.pages[name]
	if !ok {
		s.Logger.Error("no such template", "name", name)
		http.Error(w, "interne fout", http.StatusInternalServerError)
		return
	}
	p.Actor = actor(r)
	p.Path = r.URL.Path
	p.Nav = s.present(nav(p.Actor, r.URL.Path))
	tmpl := "layout.html"
	if r.Header.Get("HX-Request") != "" && r.Header.Get("HX-Target") == "inhoud" {
		tmpl = "content" // htmx swaps only the main content
		if r.Method == http.MethodGet {
			// The address bar follows the page shown, also after a redirect (a saved
			// decision leads to the next registration); a refused form keeps its address.
			w.Header().Set("HX-Push-Url", r.URL.RequestURI())
		}
	}
	var buf bytes.Buffer
	if tmpl == "content" {
		// htmx takes the document title from a partial answer.
		buf.WriteString("<title>" + template.HTMLEscapeString(p.Title) + " · stelsel</title>\n")
	}
	if err := t.ExecuteTemplate(&buf, tmpl, p); err != nil {
		s.Logger.Error("render", "template", name, "error", err.Error())
		http.Error(w, "interne fout", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(code)
	_, _ = buf.WriteTo(w)
}

// unitName is the catalog's name of a unit, the code itself when it has none.
func unitName(code string) string {
	if u, ok := cat.Unit(code); ok {
		return u.Label
	}
	return code
}

// dayText is a date as Dutch pages show it (dd-mm-jjjj, Amsterdam time), "" for none.
func dayText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.In(amsterdam).Format("02-01-2006")
}
