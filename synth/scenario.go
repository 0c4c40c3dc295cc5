package synth

import (
	"slices"
	"strings"

	"stelsel/catalog"
)

// scenario is the plan of one discriminatory registration.
type scenario struct {
	grounds       []*groundScenario
	manifestation string
	code, desc    string
	online        bool
	public        bool
	act           bool // a hostile act without words
	indications   []string
	second        string // a second statement, for a second ground
}

// scenario draws a discriminatory scenario and sets the story's statement slots.
func (g *Generator) scenario(s *story) scenario {
	r := &s.r
	var sc scenario
	gs := &groundScenarios[r.weighted(g.groundCum)]
	sc.grounds = []*groundScenario{gs}
	m := &manifestations[r.weighted(g.manifCum)]
	sc.manifestation = m.code
	c := pick(r, m.codes)
	sc.code, sc.desc = c[0], c[1]

	var u utterance
	switch sc.manifestation {
	case "uitsluiting":
		u = pick(r, gs.refusals)
		s.weigering = u.text
	case "bekladding_vernieling":
		u = pick(r, gs.marks)
		s.uiting = u.text
		s.plek = pick(r, gs.places)
	default:
		sc.online = sc.manifestation != "geweld" && r.chance(0.2)
		sc.public = !sc.online && sc.manifestation != "overig" && r.chance(0.12)
		if sc.manifestation == "belediging" && !sc.online && !sc.public && len(gs.acts) > 0 && r.chance(0.15) {
			sc.act = true
			u = pick(r, gs.acts)
		} else {
			u = pick(r, gs.slurs)
			if r.chance(0.18) {
				u.text = evade(r, u.text)
			}
		}
		s.uiting = u.text
	}
	s.context = u.ctx
	sc.indications = appendInd(sc.indications, u.ind)
	if sc.online {
		sc.indications = appendInd(sc.indications, "online")
		c := pick(r, onlineCodes)
		sc.code, sc.desc = c[0], c[1]
		s.account = pick(r, accounts)
	}
	if sc.public {
		sc.indications = appendInd(sc.indications, "publieke_taak")
		s.functie = pick(r, publicTaskRoles)
		s.context = ""
	}
	// A second ground, now and then, for statements that name two groups.
	if !sc.act && sc.manifestation != "uitsluiting" && sc.manifestation != "bekladding_vernieling" && r.chance(0.08) {
		other := &groundScenarios[r.weighted(g.groundCum)]
		if other != gs {
			u2 := pick(r, other.slurs)
			sc.grounds = append(sc.grounds, other)
			sc.second = u2.text
			sc.indications = appendInd(sc.indications, u2.ind)
		}
	}
	// The victim's sex follows the context where the context implies it.
	switch {
	case strings.Contains(s.context, "zijn vriend"), strings.Contains(s.context, "transman"):
		s.fem = false
	case strings.Contains(s.context, "haar vriendin"), strings.Contains(s.context, "hoofddoek"),
		strings.Contains(s.context, "transvrouw"), gs.code == "geslacht":
		s.fem = true
	}
	return sc
}

var onlineCodes = [][2]string{{"A38", "Discriminatie"}, {"B72", "Belediging"}, {"F80", "Online uitingen"}}

func appendInd(list []string, ind string) []string {
	if ind == "" || slices.Contains(list, ind) {
		return list
	}
	return append(list, ind)
}

// evade respells one word of a statement the way writers dodge filters.
func evade(r *rng, text string) string {
	lower := strings.ToLower(text)
	start := r.intn(len(evasions))
	for k := range evasions {
		e := evasions[(start+k)%len(evasions)]
		if i := strings.Index(lower, e[0]); i >= 0 {
			return text[:i] + e[1] + text[i+len(e[0]):]
		}
	}
	return text
}

// writeScenario writes the discriminatory part of a narrative and fills it to length.
func (g *Generator) writeScenario(s *story, sc *scenario) {
	r := &s.r
	var parts []tmpl
	switch {
	case sc.online:
		parts = discOnline
	case sc.public:
		parts = discPublic
	default:
		switch sc.manifestation {
		case "belediging":
			parts = discInsult
			if sc.act {
				parts = discAct
			}
		case "bedreiging":
			parts = discThreat
		case "geweld":
			parts = discViolence
		case "bekladding_vernieling":
			parts = discMark
		case "uitsluiting":
			parts = discRefusal
		default:
			parts = discOther
		}
	}
	needsIntro := !sc.online && !sc.public && sc.manifestation != "bekladding_vernieling" &&
		sc.manifestation != "uitsluiting" && sc.manifestation != "overig"
	if needsIntro {
		if s.context != "" && r.chance(0.7) {
			s.sentence(pick(r, discIntro))
		} else {
			s.sentence(pick(r, discIntroNoCtx))
		}
	}
	for i, p := range parts {
		s.sentence(p)
		if i == 0 && sc.online && sc.manifestation == "bedreiging" {
			s.sentence(discOnlineThreat)
		}
		if i == 0 && sc.second != "" {
			first := s.uiting
			s.uiting = sc.second
			s.sentence(discSecond)
			s.uiting = first
		}
	}
}

// label turns a scenario into the record's true label.
func (g *Generator) label(sc *scenario) Label {
	l := Label{Discriminatory: true, Manifestation: sc.manifestation, Kind: catalog.DecisionDiscrimination}
	switch sc.manifestation {
	case "bedreiging", "geweld", "bekladding_vernieling":
		l.Kind = catalog.DecisionCodis
	}
	for _, code := range g.grounds {
		for _, gs := range sc.grounds {
			if gs.code == code {
				l.Grounds = append(l.Grounds, code)
				break
			}
		}
	}
	for _, code := range g.indications {
		if slices.Contains(sc.indications, code) {
			l.Indications = append(l.Indications, code)
		}
	}
	return l
}
