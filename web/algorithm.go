package web

import (
	"fmt"
	"net/http"
	"strings"

	"stelsel/registration"
	"stelsel/screen"
)

// The algorithm card (algoritmeregister): a public description of the screening in the
// fields and JSON keys of the Algoritmeregister publicatiestandaard 1.0.0 (DOMAIN.md §5a),
// filled live from the lexicon in use and the aggregate figures of the screening. It
// holds no case data: counts and shares only, so it needs no login.

// algorithmCard has the keys of the publicatiestandaard 1.0.0; Measurements are the live
// figures the texts are made of.
type algorithmCard struct {
	Name                string       `json:"name"`
	DescriptionShort    string       `json:"description_short"`
	Organization        string       `json:"organization"`
	Category            []string     `json:"category"`
	Status              string       `json:"status"`
	BeginDate           string       `json:"begin_date"`
	ContactEmail        string       `json:"contact_email"`
	Website             string       `json:"website"`
	PublicationCategory string       `json:"publication_category"`
	URL                 string       `json:"url"`
	Goal                string       `json:"goal"`
	Proportionality     string       `json:"proportionality"`
	HumanIntervention   string       `json:"human_intervention"`
	Risks               string       `json:"risks"`
	LawfulBasis         string       `json:"lawful_basis"`
	LawfulBasisGrouping []titleLink  `json:"lawful_basis_grouping"`
	ImpacttoetsenGroup  []titleLink  `json:"impacttoetsen_grouping"`
	SourceData          string       `json:"source_data"`
	MethodsAndModels    string       `json:"methods_and_models"`
	Provider            string       `json:"provider"`
	Lang                string       `json:"lang"`
	StandardVersion     string       `json:"standard_version"`
	SourceID            string       `json:"source_id"`
	Tags                []string     `json:"tags"`
	Measurements        measurements `json:"metingen"`
}

type titleLink struct {
	Title string `json:"title"`
	Link  string `json:"link"`
}

type measurements struct {
	Lexicon      string                         `json:"lexicon"`
	Terms        int                            `json:"kernwoorden"`
	Rules        int                            `json:"regels"`
	Figures      *registration.ScreeningFigures `json:"cijfers,omitempty"`
	FlaggedShare float64                        `json:"aandeel_gemarkeerd"`
	Recall       string                         `json:"geschatte_recall"`
	Sample       *registration.RecallEstimate   `json:"steekproef,omitempty"`
	Limits       []string                       `json:"bekende_beperkingen"`
}

var knownLimits = []string{
	"De screening kent alleen de woorden, regels en spellingvarianten in het lexicon: nieuwe scheldwoorden en omschrijvingen worden pas gevonden nadat ze zijn toegevoegd.",
	"Een uitspraak over een groep wordt alleen herkend als groep en vijandig woord in één zin staan; ironie, impliciete uitspraken en beelden worden gemist.",
	"Een citaat of tegenspraak ('hij zei dat je niemand ... mag noemen') wordt net zo gemarkeerd als de uitspraak zelf; de analist beoordeelt.",
	"Een kaal groepswoord (afkomst in een beschrijving, een gebedshuis als plaats) wordt niet gemarkeerd; staat het motief alleen zo beschreven, dan wordt de registratie gemist.",
	"Het lexicon is Nederlandstalig; teksten in andere talen worden grotendeels gemist.",
}

func (s *Server) algorithmCard(r *http.Request) (algorithmCard, error) {
	c := algorithmCard{
		Name:         "Screening van registraties op mogelijke discriminatie",
		Organization: "Politie",
		Category:     []string{"Openbare orde en veiligheid", "Recht"},
		Status:       "In gebruik",
		BeginDate:    "2026-01",
		ContactEmail: "algoritmeregister@politie.nl",
		Website:      "https://www.politie.nl",
		URL:          "/algoritme",
		DescriptionShort: "Zoekt in de vrije tekst van politieregistraties naar woorden, symbolen en uitspraken die op discriminatie " +
			"kunnen wijzen, zodat een deskundige die registraties als eerste beoordeelt. Het systeem beslist niets zelf.",
		PublicationCategory: "Impactvolle algoritmes",
		Goal: "Discriminatie wordt vaak niet als zodanig geregistreerd. Het doel is de registraties met een mogelijk discriminatoir " +
			"aspect uit de miljoenen registraties te halen en ze, gerangschikt naar de sterkte van het signaal, aan een deskundige " +
			"analist voor te leggen, zodat zij juist worden gecodeerd en meetellen in de cijfers over discriminatie.",
		Proportionality: "Alleen tekst die al in de politiesystemen staat wordt doorzocht, met een openbaar lexicon; er wordt geen " +
			"profiel van personen gemaakt en niets wordt automatisch besloten. Een kaal groepswoord leidt niet tot een markering, " +
			"zodat beschrijvingen van herkomst of geloof niet in de werkbak komen.",
		LawfulBasis:         "Wet politiegegevens (artikel 8 en 13), voor het verbeteren van de registratie en de cijfers over discriminatie.",
		LawfulBasisGrouping: []titleLink{{Title: "Wet politiegegevens", Link: "https://wetten.overheid.nl/BWBR0022463"}},
		ImpacttoetsenGroup:  []titleLink{{Title: "Data Protection Impact Assessment (DPIA)", Link: ""}, {Title: "Impact Assessment Mensenrechten en Algoritmes (IAMA)", Link: ""}},
		SourceData:          "De vrije tekst van registraties in de Basisvoorziening Handhaving (meldingen, aangiften, mutaties).",
		Provider:            "Politie (eigen ontwikkeling, stelsel)",
		Lang:                "nld",
		StandardVersion:     "1.0.0",
		SourceID:            "stelsel-screening",
		Tags:                []string{"discriminatie", "screening", "lexicon", "tekst"},
	}
	m := measurements{Limits: knownLimits, Recall: "nog niet gemeten: er is nog geen steekproef van niet-gemarkeerde registraties beoordeeld"}
	if lex := s.lexiconInUse(); lex != nil {
		m.Lexicon, m.Terms, m.Rules = lex.Version(), len(lex.Entries()), len(lex.Rules())
	}
	if s.Registrations != nil {
		f, err := s.Registrations.Figures(r.Context())
		if err != nil {
			return c, err
		}
		m.Figures = &f
		if f.Registrations > 0 {
			m.FlaggedShare = float64(f.Flagged) / float64(f.Registrations)
		}
		rec, err := s.Registrations.Recall(r.Context())
		if err != nil {
			return c, err
		}
		if rec.Samples > 0 {
			m.Sample = &rec
			m.Recall = recallText(rec)
		}
	}
	c.Measurements = m
	c.MethodsAndModels = fmt.Sprintf("Een lexicon (versie %s: %d kernwoorden en %d combinatieregels) wordt met een Aho-Corasick-automaat "+
		"op de genormaliseerde tekst gezocht; spellingtrucs (cijfers voor letters, losse letters, weggelaten of verwisselde letters, "+
		"aaneengeschreven woorden) worden herkend. Regels combineren een groepsaanduiding met een vijandig, dreigend, uitsluitend of "+
		"ontmenselijkend woord in één zin, of een motief ('omdat hij ... is'). Elke treffer krijgt een score van 0 tot 100 (vanaf %d "+
		"gemarkeerd, vanaf %d een sterk signaal). Het systeem is niet zelflerend: het lexicon wordt door mensen aangepast en elke "+
		"versie wordt vooraf gemeten.", m.Lexicon, m.Terms, m.Rules, screen.FlagScore, screen.StrongScore)
	if lex := s.lexiconInUse(); lex != nil && lex.Model() != nil {
		md := lex.Model()
		c.MethodsAndModels += fmt.Sprintf(" Het lexicon bevat ook een tekstmodel: een logistische regressie op %d woorden, getraind op "+
			"gelabelde ontwikkelteksten (nooit op de achtergehouden toetsteksten) en met het lexicon geversioneerd. Het markeert een "+
			"registratie die de woorden en regels onder %d laten, als de kans volgens het model ten minste %s is, met een score van %d "+
			"tot %d; alleen naast een woord uit het lexicon in dezelfde tekst (een groepswoord, een kenmerk) en bij een kans van ten minste "+
			"%s een sterk signaal (tot %d), ook in een registratie die de woorden en regels zwak markeren. Elke markering door het model noemt de zwaarst wegende woorden.",
			len(md.Features()), screen.FlagScore, strings.Replace(fmt.Sprint(md.Threshold()), ".", ",", 1), screen.FlagScore, screen.ModelMaxScore,
			dec2(md.StrongChance()), screen.ModelTermMaxScore)
		if w, ok := md.Counterweight(); ok {
			c.MethodsAndModels += fmt.Sprintf(" Het model zwakt ook af: wegen de woorden van een registratie met een sterk signaal samen "+
				"%s of minder (woorden van gewoon politiewerk, een bedankje, een weerlegd vermoeden), dan krijgt elk sterk signaal de score "+
				"%d: de registratie blijft gemarkeerd, onder de sterke signalen; de toelichting noemt de woorden die het zwaarst tegen wogen.",
				strings.Replace(fmt.Sprint(w), ".", ",", 1), screen.ModelMaxScore)
		}
	}
	c.HumanIntervention = "Elke gemarkeerde registratie wordt door een deskundige analist beoordeeld; pas diens besluit leidt tot een " +
		"code in de Basisvoorziening Handhaving, en met vier ogen bevestigt een tweede analist."
	c.Risks = "Gemiste discriminatie en onterechte markeringen. Beheersing: gemeten precisie per grond uit de besluiten van analisten, " +
		"een openbaar en versiebeheerd lexicon, een audittrail van elke beoordeling, en de bekende beperkingen hieronder."
	if f := m.Figures; f != nil {
		c.HumanIntervention += fmt.Sprintf(" Werklast nu: %d van de %d registraties gemarkeerd (%.1f%%), waarvan %d met een sterk signaal; %d beoordeeld.",
			f.Flagged, f.Registrations, 100*m.FlaggedShare, f.Strong, f.Decided)
		var per []string
		for _, p := range f.Precision {
			per = append(per, fmt.Sprintf("%s %.0f%% (%d beoordeeld, 95%%-interval %.0f-%.0f%%)", p.Ground, 100*p.Precision, p.Decided, 100*p.Low, 100*p.High))
		}
		if len(per) > 0 {
			c.Risks += " Gemeten precisie per grond: " + strings.Join(per, "; ") + "."
		}
	}
	c.Risks += " Geschatte recall: " + m.Recall + "."
	return c, nil
}

func (s *Server) handleAlgorithm(w http.ResponseWriter, r *http.Request) {
	c, err := s.algorithmCard(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "algorithm.html", page{Title: "Algoritme", Data: c})
}

func (s *Server) apiAlgorithm(w http.ResponseWriter, r *http.Request) {
	c, err := s.algorithmCard(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, c)
}

// recallText says what the samples of unflagged registrations estimate (issue 11.6).
func recallText(r registration.RecallEstimate) string {
	if r.MissRate == nil {
		return fmt.Sprintf("nog niet gemeten: %d steekproef(en) van niet-gemarkeerde registraties getrokken, nog niets beoordeeld", r.Samples)
	}
	pc := func(f float64) string { return strings.Replace(fmt.Sprintf("%.1f%%", 100*f), ".", ",", 1) }
	t := fmt.Sprintf("uit %d steekproef(en) (%s): van %d beoordeelde niet-gemarkeerde registraties bleken er %d discriminatoir, "+
		"%s (95%%-interval %s-%s); geschat %.0f gemist (%.0f-%.0f) op %d niet-gemarkeerde registraties",
		r.Samples, strings.Join(r.Periods, ", "), r.Decided, r.Found, pc(r.MissRate.Value), pc(r.MissRate.Low), pc(r.MissRate.High),
		r.Missed.Value, r.Missed.Low, r.Missed.High, r.Population)
	if r.Recall != nil {
		t += fmt.Sprintf("; geschatte recall %s (95%%-interval %s-%s)", pc(r.Recall.Value), pc(r.Recall.Low), pc(r.Recall.High))
	}
	return t
}
