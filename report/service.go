package report

import (
	"context"
	"strings"
	"time"

	"stelsel"
	"stelsel/access"
	"stelsel/catalog"
	"stelsel/db"
	"stelsel/registration"
)

// Service computes the figures. It reads the registrations through their service with
// the acting user, never their tables; it owns only its own tables (snapshots,
// commitments).
type Service struct {
	db    *db.DB
	trail *access.Trail
	reg   *registration.Service
	cat   *catalog.Catalog
	now   func() time.Time
	// Integrity and Complaints give the half-year report its integrity and complaints
	// tables; nil leaves those sections empty, saying so. Set them before first use.
	Integrity  IntegrityCounter
	Complaints ComplaintCounter
}

// NewService returns the report service. now is time.Now when nil.
func NewService(d *db.DB, trail *access.Trail, reg *registration.Service, now func() time.Time) *Service {
	if now == nil {
		now = time.Now
	}
	return &Service{db: d, trail: trail, reg: reg, cat: reg.Catalog(), now: now}
}

func (s *Service) clock() time.Time { return s.now().UTC().Truncate(time.Microsecond) }

// Catalog returns the catalog the figures are labelled with.
func (s *Service) Catalog() *catalog.Catalog { return s.cat }

// YearOptions choose how yearly figures are computed.
type YearOptions struct {
	// At is the data moment; zero means now.
	At time.Time
	// Exact asks for exact small counts (internal use). Without access.ExactFigures the
	// publication form is returned anyway.
	Exact bool
}

// validYear checks a year asked for.
func (s *Service) validYear(year int) error {
	if year < 2000 || year > s.clock().Year()+1 {
		return stelsel.Invalid("jaar", "jaar %d valt buiten 2000-%d", year, s.clock().Year()+1)
	}
	return nil
}

// scope returns the catalog limited to the units the actor's figures cover, and the
// Dutch scope line.
func (s *Service) scope(a access.Actor) (*catalog.Catalog, string) {
	units, all := a.UnitScope(access.ReadFigures)
	if all {
		return s.cat, "landelijk"
	}
	c := *s.cat
	c.Units = nil
	var labels []string
	for _, u := range s.cat.Units {
		for _, x := range units {
			if x == u.Code {
				c.Units = append(c.Units, u)
				labels = append(labels, u.Label)
			}
		}
	}
	return &c, "eenheid " + strings.Join(labels, ", ")
}

// Yearly computes the yearly figures of year. The actor needs access.ReadFigures; an
// actor with unit scope gets the figures of those units.
func (s *Service) Yearly(ctx context.Context, a access.Actor, year int, opts YearOptions) (Figures, error) {
	if err := a.Require(access.ReadFigures); err != nil {
		return Figures{}, err
	}
	if err := s.validYear(year); err != nil {
		return Figures{}, err
	}
	at := opts.At
	if at.IsZero() {
		at = s.clock()
	}
	f, err := s.compute(ctx, a, year, Figures{DataMoment: at.UTC().Truncate(time.Microsecond), Catalog: s.cat.Version, Lexicon: s.reg.LexiconVersion(), Version: "voorlopig (niet vastgesteld)"})
	if err != nil {
		return f, err
	}
	if !opts.Exact || !a.Has(access.ExactFigures) {
		f = f.Publication()
	}
	return f, nil
}

// compute reads the incidents of year-3..year at meta's data moment and builds the
// exact tables.
func (s *Service) compute(ctx context.Context, a access.Actor, year int, meta Figures) (Figures, error) {
	periods := []time.Time{yearStart(year - 3), yearStart(year - 2), yearStart(year - 1), yearStart(year)}
	incidents, err := s.reg.CountIncidents(ctx, a, registration.IncidentFilter{From: periods[0], To: yearStart(year + 1), At: meta.DataMoment,
		Without: []registration.IncidentField{registration.FieldReferral}}, periods)
	if err != nil {
		return Figures{}, err
	}
	c, scope := s.scope(a)
	meta.Scope = scope
	return computeYear(c, year, incidents, meta), nil
}
