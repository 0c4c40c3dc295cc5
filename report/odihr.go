package report

import (
	"context"
	"fmt"
	"strings"
	"time"

	"stelsel"
	"stelsel/access"
	"stelsel/catalog"
	"stelsel/registration"
)

// ODIHR is the export for the OSCE/ODIHR hate crime report and EU FRA: hate crimes
// (offence plus bias motive) of one year, by bias motivation or by type of crime (never
// crossed, as ODIHR publishes them), with insults (hate speech) left out and counted
// beside. The columns for prosecuted and sentenced cases are left for the OM.
type ODIHR struct {
	Year      int   `json:"jaar"`
	Incidents int   `json:"incidenten"`     // exported: insults left out
	Excluded  int   `json:"buiten_gelaten"` // insults (hate speech) left out
	ByBias    Table `json:"naar_motief"`
	ByType    Table `json:"naar_delict"`
}

// Table returns the table for by: "motief" (bias motivation, the default) or "delict"
// (type of crime).
func (o ODIHR) Table(by string) (Table, error) {
	switch by {
	case "", "motief":
		return o.ByBias, nil
	case "delict":
		return o.ByType, nil
	}
	return Table{}, stelsel.Invalid("indeling", "kies motief of delict")
}

// refines says which bias category an indication's category replaces when both come
// from one incident: an incident against Muslims is not also counted as bias against
// Christians and other religions because its ground is godsdienst. Data of the ODIHR
// mapping, kept here because it joins two catalog lists.
var refines = map[string]string{
	"muslims":    "christians_other_religions",
	"roma_sinti": "racism_xenophobia",
}

// biases returns the ODIHR bias categories of an incident: from its grounds and its
// indications in the catalog, each once.
func biases(c *catalog.Catalog, in registration.Incident) []string {
	set := map[string]bool{}
	for _, g := range in.Grounds {
		if it, ok := c.Grounds.Get(g); ok && it.ODIHR != "" {
			set[it.ODIHR] = true
		}
	}
	for _, i := range in.Indications {
		if it, ok := c.Indications.Get(i); ok && it.ODIHR != "" {
			set[it.ODIHR] = true
			if r, ok := refines[it.ODIHR]; ok {
				delete(set, r)
			}
		}
	}
	var out []string
	for _, cat := range c.ODIHRCategories {
		if set[cat.Code] {
			out = append(out, cat.Code)
		}
	}
	return out
}

// ODIHRExport computes the export of year. The actor needs national access.ReadFigures;
// exact small counts need access.ExactFigures and exact.
func (s *Service) ODIHRExport(ctx context.Context, a access.Actor, year int, exact bool) (ODIHR, error) {
	if err := a.Require(access.ReadFigures); err != nil {
		return ODIHR{}, err
	}
	if !a.National(access.ReadFigures) {
		return ODIHR{}, stelsel.Errorf(stelsel.EFORBIDDEN, "de ODIHR-export bevat landelijke cijfers")
	}
	if err := s.validYear(year); err != nil {
		return ODIHR{}, err
	}
	at := s.clock()
	incidents, err := s.reg.CountIncidents(ctx, a, registration.IncidentFilter{From: yearStart(year), To: yearStart(year + 1), At: at,
		Without: []registration.IncidentField{registration.FieldKind, registration.FieldUnit, registration.FieldReferral}}, []time.Time{yearStart(year)})
	if err != nil {
		return ODIHR{}, err
	}
	o := computeODIHR(s.cat, year, incidents)
	for _, t := range []*Table{&o.ByBias, &o.ByType} {
		t.Source, t.DataMoment, t.Version = source, at, "voorlopig; catalogus "+s.cat.Version+"; lexicon "+s.reg.LexiconVersion()
		if !exact || !a.Has(access.ExactFigures) {
			*t = Suppress(*t)
		}
	}
	return o, nil
}

func computeODIHR(c *catalog.Catalog, year int, in incidents) ODIHR {
	o := ODIHR{Year: year}
	bias := map[string]int{}
	kind := map[string]int{}
	for _, x := range in {
		m, _ := c.Manifestations.Get(x.Manifestation)
		if m.ODIHRExcluded {
			o.Excluded += x.N
			continue
		}
		o.Incidents += x.N
		for _, b := range biases(c, x.Incident) {
			bias[b] += x.N
		}
		kind[m.ODIHR] += x.N
	}
	cols := []string{"geregistreerd", "vervolgd (OM)", "veroordeeld (OM)"}
	om := func(n int) []Cell { return []Cell{{N: n}, {Empty: true}, {Empty: true}} }
	excluded := fmt.Sprintf("Beledigingen (haatuitingen) zijn buiten de export gelaten: %s incidenten in %d.", Number(o.Excluded), year)
	o.ByBias = Table{ID: "odihr_motief", Title: fmt.Sprintf("ODIHR %d: hate crimes naar motief", year), Stub: "Motief (ODIHR-categorie)", Columns: cols}
	for _, cat := range c.ODIHRCategories {
		o.ByBias.Rows = append(o.ByBias.Rows, Row{Code: cat.Code, Label: cat.Label, Cells: om(bias[cat.Code])})
	}
	o.ByBias.Rows = append(o.ByBias.Rows, Row{Code: "totaal", Label: "Incidenten in de export", Cells: om(o.Incidents)})
	o.ByBias.Notes = []string{excluded,
		"Elk motief van een incident telt apart: een incident met twee motieven staat in twee rijen, zodat de rijen samen meer zijn dan het aantal incidenten.",
		"Motieven volgen uit de discriminatiegronden en indicaties in de catalogus; de categorie LHBTI omvat seksuele gerichtheid en genderidentiteit.",
		"De kolommen vervolgd en veroordeeld vult het Openbaar Ministerie in.",
		"Naar motief of naar soort delict, niet beide gekruist: zo publiceert ODIHR de cijfers."}
	o.ByType = Table{ID: "odihr_delict", Title: fmt.Sprintf("ODIHR %d: hate crimes naar soort delict", year), Stub: "Soort delict", Columns: cols, TotalRow: true}
	for _, group := range crimeTypes(c) {
		o.ByType.Rows = append(o.ByType.Rows, Row{Code: group.code, Label: group.label, Cells: om(kind[group.code])})
	}
	o.ByType.Rows = append(o.ByType.Rows, Row{Code: "totaal", Label: "Incidenten in de export", Cells: om(o.Incidents)})
	o.ByType.Notes = []string{excluded, "Het soort delict volgt uit de verschijningsvorm van het incident.", "De kolommen vervolgd en veroordeeld vult het Openbaar Ministerie in."}
	return o
}

type crimeType struct{ code, label string }

// crimeTypes groups the exported manifestations by their ODIHR type of crime, labelled
// with the Dutch names of the manifestations in each group.
func crimeTypes(c *catalog.Catalog) []crimeType {
	var out []crimeType
	labels := map[string][]string{}
	for _, m := range c.Manifestations {
		if m.ODIHRExcluded || m.ODIHR == "" {
			continue
		}
		if _, ok := labels[m.ODIHR]; !ok {
			out = append(out, crimeType{code: m.ODIHR})
		}
		labels[m.ODIHR] = append(labels[m.ODIHR], m.Label)
	}
	for i := range out {
		out[i].label = strings.Join(labels[out[i].code], "; ")
	}
	return out
}
