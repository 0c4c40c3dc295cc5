package synth

import (
	"iter"
	"strings"
	"sync"
	"time"

	"stelsel/catalog"
)

// Record is one synthetic BVH registration with its true label.
type Record struct {
	Number       string // registratienummer, unique per seed
	Kind         string // soort: melding, aangifte or mutatie
	Unit         string // eenheid: a unit code of the catalog
	Team         string // basisteam of that unit
	IncidentCode string
	Description  string // omschrijving of the incident code
	// CommittedAt is the time of the offence (pleegdatum), a Dutch wall-clock time held in
	// time.UTC. Midnight exactly means the time of day is unknown: it is written as a date.
	CommittedAt time.Time
	// RegisteredAt is the time of registration, never before CommittedAt.
	RegisteredAt time.Time
	Municipality string // gemeente
	Text         string // tekst: the narrative
	Label        Label
}

// Label is the truth about a record, in catalog codes, as an expert reviewer should judge it.
type Label struct {
	Discriminatory bool
	Grounds        []string // catalog grounds, in catalog order
	Manifestation  string   // catalog manifestation; "" when not discriminatory
	Indications    []string // catalog indications, in catalog order
	// Kind is the decision kind: catalog.DecisionDiscrimination, catalog.DecisionCodis (an
	// ordinary offence - threat, violence, damage - with a discriminatory aspect) or
	// catalog.DecisionNotDiscrimination.
	Kind string
	// NearMiss marks a record that is not discriminatory but carries words a keyword screen
	// looks for (group words in neutral contexts, homonyms, swearing without a group).
	NearMiss bool
}

// Options configure a Generator. The zero value gives the defaults.
type Options struct {
	Seed uint64
	// Share is the share of discriminatory records; 0 means the default 0.003, a negative
	// value means none.
	Share float64
	// NearMiss is the share of near-miss records; 0 means the default 0.04, negative none.
	NearMiss float64
	// From and To bound the time of the offences; zero values mean the two years before
	// DefaultReference, so that output never depends on the clock.
	From, To time.Time
}

// DefaultReference is the end of the default period.
var DefaultReference = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

const (
	defaultShare    = 0.003
	defaultNearMiss = 0.04
	minText         = 500
	maxText         = 5000
)

// Generator produces records. It is safe for concurrent use: Record(i) depends only on the
// options and i.
type Generator struct {
	seed            uint64
	share, nearMiss float64
	from, to        time.Time
	spanMinutes     int64
	units           []unitInfo
	unitCum         []float64
	incCum          []float64
	groundCum       []float64
	manifCum        []float64
	grounds         []string // catalog order, for sorting labels
	indications     []string
	bufs            sync.Pool
}

type unitInfo struct {
	code  string
	teams []teamInfo
}

type teamInfo struct {
	name   string
	prefix string // "PL1503-"
	munis  []string
}

// New returns a Generator for the options.
func New(opts Options) *Generator {
	g := &Generator{seed: opts.Seed, share: opts.Share, nearMiss: opts.NearMiss}
	switch {
	case g.share == 0:
		g.share = defaultShare
	case g.share < 0:
		g.share = 0
	}
	switch {
	case g.nearMiss == 0:
		g.nearMiss = defaultNearMiss
	case g.nearMiss < 0:
		g.nearMiss = 0
	}
	from, to := opts.From, opts.To
	if to.IsZero() {
		to = DefaultReference
	}
	if from.IsZero() {
		from = to.AddDate(-2, 0, 0)
	}
	from = time.Date(from.Year(), from.Month(), from.Day(), from.Hour(), from.Minute(), 0, 0, time.UTC)
	g.from, g.to = from, to
	g.spanMinutes = int64(to.Sub(from) / time.Minute)
	if g.spanMinutes < 1 {
		g.spanMinutes = 1
	}

	cat := catalog.Default()
	var uw []float64
	for i, u := range cat.Units {
		num, ok := unitNumbers[u.Code]
		if !ok {
			num = string([]byte{byte('3' + i/10%7), byte('0' + i%10)})
		}
		ui := unitInfo{code: u.Code}
		var unitMunis []string
		for _, t := range u.Teams {
			unitMunis = append(unitMunis, teamMunicipalities[t]...)
		}
		for j, t := range u.Teams {
			munis := teamMunicipalities[t]
			if len(munis) == 0 {
				munis = unitMunis
			}
			if len(munis) == 0 {
				munis = []string{t}
			}
			prefix := "PL" + num + string([]byte{byte('0' + j/10%10), byte('0' + j%10)}) + "-"
			ui.teams = append(ui.teams, teamInfo{name: t, prefix: prefix, munis: munis})
		}
		g.units = append(g.units, ui)
		w, ok := unitWeights[u.Code]
		if !ok {
			w = 5
		}
		uw = append(uw, w)
	}
	g.unitCum = cumulative(uw)
	var iw, gw, mw []float64
	for _, inc := range incidents {
		iw = append(iw, inc.weight)
	}
	for _, gs := range groundScenarios {
		gw = append(gw, gs.weight)
	}
	for _, m := range manifestations {
		mw = append(mw, m.weight)
	}
	g.incCum, g.groundCum, g.manifCum = cumulative(iw), cumulative(gw), cumulative(mw)
	g.grounds = cat.Grounds.Codes()
	g.indications = cat.Indications.Codes()
	g.bufs.New = func() any { b := make([]byte, 0, 8192); return &b }
	return g
}

// Record returns the i-th record (i >= 0). It depends only on the options and i, so records
// can be made in any order, in parallel, and a run can resume at any index.
func (g *Generator) Record(i int) Record {
	bp := g.bufs.Get().(*[]byte)
	s := story{b: (*bp)[:0]}
	s.r.seed(g.seed^0x5bd1e9955bd1e995, splitmix64(uint64(i)^splitmix64(g.seed)))
	rec := g.build(&s, i)
	rec.Text = string(s.b)
	*bp = s.b
	g.bufs.Put(bp)
	return rec
}

// Text returns the narrative of the i-th record, for benchmarks of text processing.
func (g *Generator) Text(i int) string { return g.Record(i).Text }

// Records yields records 0 .. n-1 in order.
func (g *Generator) Records(n int) iter.Seq[Record] {
	return g.Range(0, n)
}

// Range yields records start .. end-1 in order.
func (g *Generator) Range(start, end int) iter.Seq[Record] {
	return func(yield func(Record) bool) {
		for i := start; i < end; i++ {
			if !yield(g.Record(i)) {
				return
			}
		}
	}
}

// Texts yields narratives until together they hold at least totalBytes bytes, e.g. 100<<20
// for about 100 MB of text to benchmark a screen.
func (g *Generator) Texts(totalBytes int) iter.Seq[string] {
	return func(yield func(string) bool) {
		for i, n := 0, 0; n < totalBytes; i++ {
			t := g.Text(i)
			n += len(t)
			if !yield(t) {
				return
			}
		}
	}
}

func (g *Generator) build(s *story, i int) Record {
	r := &s.r
	var rec Record

	// Place.
	u := &g.units[r.weighted(g.unitCum)]
	t := &u.teams[r.intn(len(u.teams))]
	rec.Unit, rec.Team = u.code, t.name
	s.team = t.name
	s.muni = pick(r, t.munis)
	rec.Municipality = s.muni
	s.street = pick(r, streetStems) + pick(r, streetSuffixes)
	s.houseNo = 1 + r.intn(180)
	s.fem = r.chance(0.48)
	s.timeSep = '.'
	if r.chance(0.35) {
		s.timeSep = ':'
	}
	s.colleague = pick(r, lastNames)

	// What happened.
	x := r.float()
	disc := x < g.share
	near := !disc && x < g.share+g.nearMiss
	var inc *incident
	var sc scenario
	if disc {
		sc = g.scenario(s)
		rec.IncidentCode, rec.Description = sc.code, sc.desc
		rec.Kind = "aangifte"
		s.role = roleAangever
		if sc.public || r.chance(0.25) {
			rec.Kind = pick(r, kindNames[:])
		}
	} else {
		inc = &incidents[r.weighted(g.incCum)]
		if near && r.chance(0.12) {
			// A burglary at a building whose name carries a group word.
			inc = &incidents[1]
			s.plek = pick(r, groupPremises)
		}
		rec.IncidentCode, rec.Description = inc.code, inc.desc
		rec.Kind = kindNames[r.weighted(inc.kindCum[:])]
	}
	switch rec.Kind {
	case "aangifte":
		s.role = roleAangever
	case "melding":
		s.role = roleMelder
	default:
		s.role = roleBetrokkene
	}
	s.name = nameOf(s)

	// When.
	dateOnly := inc != nil && r.chance(inc.dateOnly)
	g.times(s, rec.Kind, dateOnly)
	rec.CommittedAt, rec.RegisteredAt = s.committed, s.registered

	// The narrative.
	kind := kindIndex(rec.Kind)
	target := textTarget(r)
	if dateOnly {
		s.render(pick(r, openingsDateOnly[kind]))
	} else {
		s.render(pick(r, openings[kind]))
	}
	if disc {
		g.writeScenario(s, &sc)
	} else {
		nearAt := -1
		if near && s.plek == "" {
			nearAt = r.intn(len(inc.core) + 1)
		}
		for j, c := range inc.core {
			if j == nearAt {
				s.sentence(pick(r, nearMisses))
			}
			s.sentence(c)
		}
		if nearAt == len(inc.core) {
			s.sentence(pick(r, nearMisses))
		}
		s.fill(inc.extra, target)
	}
	s.fill(fillers, target)
	s.b = append(s.b, '\n')
	s.render(pick(r, closings[kind]))
	s.clamp()

	rec.Number = g.number(t.prefix, rec.RegisteredAt.Year(), i)
	if disc {
		rec.Label = g.label(&sc)
	} else {
		rec.Label = Label{Kind: catalog.DecisionNotDiscrimination, NearMiss: near}
	}
	return rec
}

func nameOf(s *story) string {
	var b strings.Builder
	if s.fem {
		b.WriteString(pick(&s.r, firstNamesF))
	} else {
		b.WriteString(pick(&s.r, firstNamesM))
	}
	b.WriteByte(' ')
	b.WriteString(pick(&s.r, lastNames))
	return b.String()
}

func kindIndex(kind string) int {
	switch kind {
	case "melding":
		return 0
	case "aangifte":
		return 1
	}
	return 2
}

// textTarget draws the length a narrative grows to: most are short, some long.
func textTarget(r *rng) int {
	x := r.float()
	switch {
	case x < 0.55:
		return r.between(600, 1300)
	case x < 0.85:
		return r.between(1300, 2500)
	case x < 0.97:
		return r.between(2500, 3800)
	}
	return r.between(3800, 4600)
}

// hourWeights is when offences happen: quiet at night, busy in the afternoon and evening.
var hourCum = cumulative([]float64{
	3, 2.5, 2, 1.5, 1, 1, 1.5, 2.5, 3.5, 4, 4.5, 5, 5.5, 5.5, 5.5, 6, 6.5, 6.5, 6.5, 6, 5.5, 5, 4.5, 4,
})

func (g *Generator) times(s *story, kind string, dateOnly bool) {
	r := &s.r
	var c time.Time
	if days := int(g.spanMinutes / (24 * 60)); days > 0 {
		c = g.from.AddDate(0, 0, r.intn(days))
		c = time.Date(c.Year(), c.Month(), c.Day(), 0, 0, 0, 0, time.UTC)
		if !dateOnly {
			h := r.weighted(hourCum)
			m := r.intn(60)
			if r.chance(0.6) {
				m -= m % 5
			}
			if h == 0 && m == 0 {
				m = 5
			}
			c = c.Add(time.Duration(h)*time.Hour + time.Duration(m)*time.Minute)
		}
	}
	if c.Before(g.from) || !c.Before(g.to) {
		// The first day of a period that starts in the day, or a period of hours.
		c = g.from.Add(time.Duration(r.intn(int(g.spanMinutes))) * time.Minute)
		if c.Hour() == 0 && c.Minute() == 0 {
			c = c.Add(time.Minute)
		}
		dateOnly = false
	}
	var lag int // minutes
	switch {
	case kind == "aangifte" && r.chance(0.5):
		lag = r.between(60, 14*24*60)
	case kind == "aangifte":
		lag = r.between(30, 24*60)
	default:
		lag = r.between(5, 240)
	}
	if dateOnly {
		lag += 8 * 60
	}
	s.dateOnly = dateOnly
	s.committed = c
	s.registered = c.Add(time.Duration(lag) * time.Minute)
}

// sentence renders t and separates it from what follows.
func (s *story) sentence(t tmpl) {
	if n := len(s.b); n > 0 && s.b[n-1] != '\n' {
		s.b = append(s.b, ' ')
	}
	s.render(t)
}

// fill adds paragraphs from pool, each at most once, until the text reaches target.
func (s *story) fill(pool []tmpl, target int) {
	var used uint64
	for tries := 0; len(s.b) < target && tries < 3*len(pool); tries++ {
		k := s.r.intn(len(pool))
		if used&(1<<k) != 0 {
			continue
		}
		used |= 1 << k
		mark := len(s.b)
		s.b = append(s.b, '\n')
		s.render(pool[k])
		if len(s.b) > maxText-400 {
			s.b = s.b[:mark]
			return
		}
	}
}

// clamp keeps a text within the documented size, cutting at a sentence end when too long
// and adding a standard remark when too short.
func (s *story) clamp() {
	for len(s.b) < minText {
		s.b = append(s.b, "\nVerbalisant heeft de gegevens van alle betrokkenen gecontroleerd in de politiesystemen en de registratie aangevuld met de bevindingen ter plaatse."...)
	}
	if len(s.b) > maxText {
		cut := maxText
		for cut > minText && s.b[cut-1] != '.' {
			cut--
		}
		s.b = s.b[:cut]
	}
}

// number makes a registration number: "PL" + unit + team, the year of registration, and a
// seven-digit sequence that is a keyed permutation of the index, so numbers are unique
// within a seed (for up to ten million records; beyond, the index itself is used, which is
// longer and so still unique) and look like real ones rather than counters.
func (g *Generator) number(prefix string, year, i int) string {
	var seq uint64
	if i < 10_000_000 {
		seq = permute(uint64(i), g.seed)
	} else {
		seq = uint64(i)
	}
	b := make([]byte, 0, 24)
	b = append(b, prefix...)
	b = append(b, byte('0'+year/1000%10), byte('0'+year/100%10), byte('0'+year/10%10), byte('0'+year%10))
	var d [20]byte
	n := len(d)
	for seq > 0 || n > len(d)-7 {
		n--
		d[n] = byte('0' + seq%10)
		seq /= 10
	}
	b = append(b, d[n:]...)
	return string(b)
}

// permute is a bijection of [0, 10^7) keyed by seed: a four-round Feistel network on 24 bits
// with cycle walking.
func permute(x, seed uint64) uint64 {
	const domain = 10_000_000
	for {
		l, r := x>>12, x&0xfff
		for round := uint64(0); round < 4; round++ {
			f := splitmix64(r^seed^(round<<32)) & 0xfff
			l, r = r, l^f
		}
		x = l<<12 | r
		if x < domain {
			return x
		}
	}
}
