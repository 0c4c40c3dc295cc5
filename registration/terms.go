package registration

import (
	"context"
	"fmt"
	"math"

	"stelsel/access"
	"stelsel/catalog"
)

// TermCounts returns, per term of the lexicon in use, the number of registrations whose
// current version it hits: the figure an administrator or analyst needs to see which
// terms feed the queue. Counts are reused for a second like the queue counts. The actor
// needs access.ReadLexicon; the counts hold no personal data.
func (s *Service) TermCounts(ctx context.Context, a access.Actor) (map[string]int, error) {
	if err := a.Require(access.ReadLexicon); err != nil {
		return nil, err
	}
	return s.counts.get("terms", []any{s.lx().version}, func() (map[string]int, error) {
		rows, err := s.db.Query(ctx, `SELECT h.term, count(DISTINCT h.registration_id)
			FROM hits h JOIN registrations r ON r.id = h.registration_id AND r.version = h.version
			WHERE h.lexicon = ? AND r.lexicon = ?
			GROUP BY h.term`, s.lx().version, s.lx().version)
		if err != nil {
			return nil, fmt.Errorf("count hits per term: %w", err)
		}
		defer rows.Close()
		out := map[string]int{}
		for rows.Next() {
			var term string
			var n int
			if err := rows.Scan(&term, &n); err != nil {
				return nil, fmt.Errorf("count hits per term: %w", err)
			}
			out[term] = n
		}
		return out, rows.Err()
	})
}

// GroundPrecision is, for one ground, how often the flagged registrations carrying it were
// decided discriminatory (discrimination or codis) among those decided, with a 95% Wilson
// interval.
type GroundPrecision struct {
	Ground    string  `json:"grond"`
	Decided   int     `json:"beoordeeld"`
	Confirmed int     `json:"discriminatoir"`
	Precision float64 `json:"precisie"`
	Low       float64 `json:"ondergrens"`
	High      float64 `json:"bovengrens"`
}

// ScreeningFigures are the aggregate figures of the screening that the public algorithm
// card shows: no registration, no person, only counts.
type ScreeningFigures struct {
	Registrations int               `json:"registraties"`
	WithHits      int               `json:"met_treffers"`
	Flagged       int               `json:"gemarkeerd"`
	Strong        int               `json:"sterk_signaal"`
	Decided       int               `json:"beoordeeld"`
	Precision     []GroundPrecision `json:"precisie_per_grond"`
}

// Figures returns the aggregate screening figures of the lexicon in use. They hold no
// case data (counts only), so they need no permission: the algorithm card is public.
func (s *Service) Figures(ctx context.Context) (ScreeningFigures, error) {
	var f ScreeningFigures
	err := s.db.QueryRow(ctx, `SELECT count(*),
		coalesce(sum(CASE WHEN flagged THEN 1 ELSE 0 END), 0),
		coalesce(sum(CASE WHEN score >= 50 THEN 1 ELSE 0 END), 0),
		coalesce(sum(CASE WHEN score > 0 THEN 1 ELSE 0 END), 0)
		FROM registrations`).Scan(&f.Registrations, &f.Flagged, &f.Strong, &f.WithHits)
	if err != nil {
		return f, fmt.Errorf("count screening figures: %w", err)
	}
	rows, err := s.db.Query(ctx, `SELECT grounds, decision_kind FROM queue_items WHERE decision_kind IN (?, ?, ?)`,
		catalog.DecisionDiscrimination, catalog.DecisionCodis, catalog.DecisionNotDiscrimination)
	if err != nil {
		return f, fmt.Errorf("count decisions per ground: %w", err)
	}
	defer rows.Close()
	per := map[string]*GroundPrecision{}
	for rows.Next() {
		var grounds, kind string
		if err := rows.Scan(&grounds, &kind); err != nil {
			return f, fmt.Errorf("count decisions per ground: %w", err)
		}
		f.Decided++
		for _, g := range splitList(grounds) {
			p := per[g]
			if p == nil {
				p = &GroundPrecision{Ground: g}
				per[g] = p
			}
			p.Decided++
			if kind != catalog.DecisionNotDiscrimination {
				p.Confirmed++
			}
		}
	}
	if err := rows.Err(); err != nil {
		return f, fmt.Errorf("count decisions per ground: %w", err)
	}
	for _, g := range s.cat.Grounds.Codes() {
		if p := per[g]; p != nil {
			p.Precision = float64(p.Confirmed) / float64(p.Decided)
			p.Low, p.High = Wilson(p.Confirmed, p.Decided)
			f.Precision = append(f.Precision, *p)
		}
	}
	return f, nil
}

// Wilson returns the 95% Wilson score interval of k successes in n trials.
func Wilson(k, n int) (low, high float64) {
	if n == 0 {
		return 0, 1
	}
	const z = 1.959964
	p, nf := float64(k)/float64(n), float64(n)
	d := 1 + z*z/nf
	c := (p + z*z/(2*nf)) / d
	h := z * math.Sqrt(p*(1-p)/nf+z*z/(4*nf*nf)) / d
	return math.Max(0, c-h), math.Min(1, c+h)
}

// TermPrecision is, for one term or rule of the lexicon in use, how often the
// registrations it hits were decided discriminatory (discrimination or codis) among those
// decided, with a 95% Wilson interval.
type TermPrecision struct {
	Decided   int     `json:"beoordeeld"`
	Confirmed int     `json:"discriminatoir"`
	Precision float64 `json:"precisie"`
	Low       float64 `json:"ondergrens"`
	High      float64 `json:"bovengrens"`
}

// TermPrecisions returns, per term and rule of the lexicon in use with decided
// registrations, the precision of its hits. The actor needs access.ReadLexicon; the
// figures hold no personal data.
func (s *Service) TermPrecisions(ctx context.Context, a access.Actor) (map[string]TermPrecision, error) {
	if err := a.Require(access.ReadLexicon); err != nil {
		return nil, err
	}
	rows, err := s.db.Query(ctx, `SELECT h.term, q.decision_kind, count(DISTINCT h.registration_id)
		FROM hits h JOIN registrations r ON r.id = h.registration_id AND r.version = h.version
		JOIN queue_items q ON q.number = r.number
		WHERE h.lexicon = ? AND r.lexicon = ? AND q.decision_kind IN (?, ?, ?)
		GROUP BY h.term, q.decision_kind`, s.lx().version, s.lx().version,
		catalog.DecisionDiscrimination, catalog.DecisionCodis, catalog.DecisionNotDiscrimination)
	if err != nil {
		return nil, fmt.Errorf("measure precision per term: %w", err)
	}
	defer rows.Close()
	out := map[string]TermPrecision{}
	for rows.Next() {
		var term, kind string
		var n int
		if err := rows.Scan(&term, &kind, &n); err != nil {
			return nil, fmt.Errorf("measure precision per term: %w", err)
		}
		p := out[term]
		p.Decided += n
		if kind != catalog.DecisionNotDiscrimination {
			p.Confirmed += n
		}
		out[term] = p
	}
	for t, p := range out {
		p.Precision = float64(p.Confirmed) / float64(p.Decided)
		p.Low, p.High = Wilson(p.Confirmed, p.Decided)
		out[t] = p
	}
	return out, rows.Err()
}
