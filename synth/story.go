package synth

import (
	"strconv"
	"time"
)

// slotID names a slot of the grammar.
type slotID uint8

const (
	slotNone slotID = iota
	slotDatum
	slotWeekdag
	slotTijd
	slotTijd2
	slotRegdatum
	slotRegtijd
	slotStraat
	slotHuisnr
	slotGemeente
	slotTeam
	slotAg // the person the registration is about: aangever, melder, betrokkene
	slotHij
	slotZijn
	slotHem
	slotNaam
	slotAnder // another person's name
	slotCollega
	slotDader
	slotKleding
	slotVoertuig
	slotKenteken
	slotKleur
	slotFiets
	slotSlot
	slotGoederen
	slotBedrag
	slotWinkel
	slotPlatform
	slotMarkt
	slotArtikel
	slotLetsel
	slotZiekenhuis
	slotMinuten
	slotWeer
	slotZaak
	slotSchade
	slotTelefoon
	slotLeeftijd
	slotAantal
	slotWapen
	slotPand
	slotToegang
	slotKamer
	slotHulp
	// Discrimination and near-miss slots, set by the scenario.
	slotUiting    // the quoted statement, slur or text
	slotContext   // what the victim's group is, e.g. "van Marokkaanse afkomst"
	slotWeigering // the words of a refusal at the door, desk or job
	slotAccount
	slotFunctie // victim with a public task
	slotPlek    // a place tied to a group (de synagoge, de moskee)
	slotCount
)

var slotNames = map[string]slotID{
	"datum": slotDatum, "weekdag": slotWeekdag, "tijd": slotTijd, "tijd2": slotTijd2,
	"regdatum": slotRegdatum, "regtijd": slotRegtijd, "straat": slotStraat, "huisnr": slotHuisnr,
	"gemeente": slotGemeente, "team": slotTeam, "ag": slotAg, "hij": slotHij, "zijn": slotZijn,
	"hem": slotHem, "naam": slotNaam, "ander": slotAnder, "collega": slotCollega, "dader": slotDader,
	"kleding": slotKleding, "voertuig": slotVoertuig, "kenteken": slotKenteken, "kleur": slotKleur,
	"fiets": slotFiets, "slot": slotSlot, "goederen": slotGoederen, "bedrag": slotBedrag,
	"winkel": slotWinkel, "platform": slotPlatform, "markt": slotMarkt, "artikel": slotArtikel,
	"letsel": slotLetsel, "ziekenhuis": slotZiekenhuis, "minuten": slotMinuten, "weer": slotWeer,
	"zaak": slotZaak, "schade": slotSchade, "telefoon": slotTelefoon, "leeftijd": slotLeeftijd,
	"aantal": slotAantal, "wapen": slotWapen, "pand": slotPand, "toegang": slotToegang,
	"kamer": slotKamer, "hulp": slotHulp, "uiting": slotUiting, "context": slotContext,
	"weigering": slotWeigering, "account": slotAccount, "functie": slotFunctie, "plek": slotPlek,
}

// Roles of the person a registration is about.
const (
	roleAangever = iota
	roleMelder
	roleBetrokkene
)

// story is the state of one record's narrative while it is written.
type story struct {
	r          rng
	b          []byte
	committed  time.Time
	registered time.Time
	dateOnly   bool
	timeSep    byte
	muni, team string
	street     string
	houseNo    int
	fem        bool
	role       int
	name       string
	colleague  string
	// scenario values
	uiting, context, weigering, account, functie, plek string
}

func (s *story) render(t tmpl) {
	for i := range t {
		n := &t[i]
		switch {
		case n.alts != nil:
			s.render(n.alts[s.r.intn(len(n.alts))])
		case n.slot != slotNone:
			start := len(s.b)
			s.slot(n.slot)
			if n.upper && len(s.b) > start && s.b[start] >= 'a' && s.b[start] <= 'z' {
				s.b[start] -= 'a' - 'A'
			}
		default:
			s.b = append(s.b, n.lit...)
		}
	}
}

func (s *story) str(x string) { s.b = append(s.b, x...) }
func (s *story) num(n int)    { s.b = strconv.AppendInt(s.b, int64(n), 10) }

func (s *story) two(n int) {
	s.b = append(s.b, byte('0'+n/10), byte('0'+n%10))
}

func (s *story) date(t time.Time) {
	s.num(t.Day())
	s.str(" ")
	s.str(months[t.Month()-1])
	s.str(" ")
	s.num(t.Year())
}

func (s *story) clock(t time.Time) {
	s.two(t.Hour())
	s.b = append(s.b, s.timeSep)
	s.two(t.Minute())
}

func (s *story) personName(fem bool) {
	if fem {
		s.str(pick(&s.r, firstNamesF))
	} else {
		s.str(pick(&s.r, firstNamesM))
	}
	s.str(" ")
	s.str(pick(&s.r, lastNames))
}

func (s *story) slot(id slotID) {
	r := &s.r
	switch id {
	case slotDatum:
		s.date(s.committed)
	case slotWeekdag:
		s.str(weekdays[s.committed.Weekday()])
	case slotTijd:
		if s.dateOnly {
			s.clock(s.committed.Add(time.Duration(r.between(6*60, 22*60)) * time.Minute))
		} else {
			s.clock(s.committed)
		}
	case slotTijd2:
		s.clock(s.committed.Add(time.Duration(r.between(8, 95)) * time.Minute))
	case slotRegdatum:
		s.date(s.registered)
	case slotRegtijd:
		s.clock(s.registered)
	case slotStraat:
		s.str(s.street)
	case slotHuisnr:
		s.num(s.houseNo)
	case slotGemeente:
		s.str(s.muni)
	case slotTeam:
		s.str(s.team)
	case slotAg:
		switch {
		case s.role == roleAangever && s.fem:
			s.str("aangeefster")
		case s.role == roleAangever:
			s.str("aangever")
		case s.role == roleMelder && s.fem:
			s.str("melder")
		case s.role == roleMelder:
			s.str("melder")
		default:
			s.str("betrokkene")
		}
	case slotHij:
		s.str(pronoun(s.fem, "zij", "hij"))
	case slotZijn:
		s.str(pronoun(s.fem, "haar", "zijn"))
	case slotHem:
		s.str(pronoun(s.fem, "haar", "hem"))
	case slotNaam:
		s.str(s.name)
	case slotAnder:
		s.personName(r.chance(0.5))
	case slotCollega:
		s.str(s.colleague)
	case slotDader:
		s.str(pick(r, []string{"een man", "een man", "een man", "een jongen", "een vrouw", "een jongeman"}))
		s.str(" van ongeveer ")
		s.num(r.between(15, 55))
		s.str(" jaar oud, ongeveer 1.")
		s.num(r.between(60, 95))
		s.str(" meter lang, ")
		s.str(pick(r, builds))
		s.str(" postuur, met ")
		s.str(pick(r, hairs))
		s.str(", gekleed in ")
		s.str(pick(r, clothes))
		if r.chance(0.6) {
			s.str(" en ")
			s.str(pick(r, clothes))
		}
	case slotKleding:
		s.str(pick(r, clothes))
	case slotVoertuig:
		s.str("een ")
		s.str(pick(r, colours))
		s.str(" ")
		s.str(pick(r, carModels))
	case slotKenteken:
		s.kenteken()
	case slotKleur:
		s.str(pick(r, colours))
	case slotFiets:
		s.str("een ")
		s.str(pick(r, colours))
		s.str(" ")
		s.str(pick(r, bikes))
	case slotSlot:
		s.str(pick(r, locks))
	case slotGoederen:
		s.two2(stolenGoods, 0.5)
	case slotBedrag:
		s.str("€ ")
		s.num(pick(r, []int{25, 40, 50, 75, 80, 120, 150, 175, 200, 250, 300, 350, 450, 600, 750, 900, 1200, 1500, 2400, 3500}))
		s.str(",-")
	case slotWinkel:
		s.str("de ")
		s.str(pick(r, shops))
	case slotPlatform:
		s.str(pick(r, platforms))
	case slotMarkt:
		s.str(pick(r, marketSites))
	case slotArtikel:
		s.str(pick(r, marketItems))
	case slotLetsel:
		s.two2(injuries, 0.4)
	case slotZiekenhuis:
		s.str(pick(r, hospitals))
	case slotMinuten:
		s.num(pick(r, []int{2, 3, 5, 5, 8, 10, 10, 12, 15, 20, 25, 30, 45}))
	case slotWeer:
		s.str(pick(r, weathers))
	case slotZaak:
		s.str(pick(r, bars))
	case slotSchade:
		s.str(pick(r, damages))
	case slotTelefoon:
		s.str(pick(r, phones))
	case slotLeeftijd:
		s.num(r.between(14, 86))
	case slotAantal:
		s.num(r.between(3, 12))
	case slotWapen:
		s.str(pick(r, weapons))
	case slotPand:
		if s.plek != "" {
			s.str(s.plek)
		} else {
			s.str(pick(r, premises))
		}
	case slotToegang:
		s.str(pick(r, entries))
	case slotKamer:
		s.str(pick(r, rooms))
	case slotHulp:
		s.str(pick(r, helpers))
	case slotUiting:
		s.str(s.uiting)
	case slotContext:
		s.str(s.context)
	case slotWeigering:
		s.str(s.weigering)
	case slotAccount:
		s.str(s.account)
	case slotFunctie:
		s.str(s.functie)
	case slotPlek:
		s.str(s.plek)
	}
}

// two2 writes one element of list, and with probability p " en " a different second one.
func (s *story) two2(list []string, p float64) {
	a := s.r.intn(len(list))
	s.str(list[a])
	if s.r.chance(p) {
		b := s.r.intn(len(list) - 1)
		if b >= a {
			b++
		}
		s.str(" en ")
		s.str(list[b])
	}
}

func pronoun(fem bool, f, m string) string {
	if fem {
		return f
	}
	return m
}

// kenteken writes a Dutch licence plate in one of the current sidecode formats.
func (s *story) kenteken() {
	r := &s.r
	const letters = "BDFGHJKLNPRSTVXZ"
	l := func(n int) {
		for range n {
			s.b = append(s.b, letters[r.intn(len(letters))])
		}
	}
	d := func(n int) {
		for range n {
			s.b = append(s.b, byte('0'+r.intn(10)))
		}
	}
	switch r.intn(4) {
	case 0: // 99-XXX-9
		d(2)
		s.str("-")
		l(3)
		s.str("-")
		d(1)
	case 1: // X-999-XX
		l(1)
		s.str("-")
		d(3)
		s.str("-")
		l(2)
	case 2: // XX-999-X
		l(2)
		s.str("-")
		d(3)
		s.str("-")
		l(1)
	default: // 9-XXX-99
		d(1)
		s.str("-")
		l(3)
		s.str("-")
		d(2)
	}
}
