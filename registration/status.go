package registration

import (
	"context"
	"fmt"
	"time"

	"stelsel/access"
)

// Counts are the registration figures of status, nationally or for one unit.
type Counts struct {
	Registrations int            `json:"registrations"`
	Versions      int            `json:"versions"`
	Screened      int            `json:"screened"` // current version screened with the lexicon in use
	Flagged       int            `json:"flagged"`
	Queue         int            `json:"queue"`           // open, awaiting review
	QueueByStatus map[string]int `json:"queue_by_status"` // every queue status
	Decided       map[string]int `json:"decided"`         // current decision per decision kind
}

// Status is the state of the registration work.
type Status struct {
	Counts
	Units   map[string]Counts `json:"units"` // per unit code
	Lexicon string            `json:"lexicon"`
	Catalog string            `json:"catalog"`
	At      time.Time         `json:"at"`
}

func newCounts() Counts {
	return Counts{QueueByStatus: map[string]int{}, Decided: map[string]int{}}
}

// Status counts registrations, versions, screening, the queue and decisions, nationally
// and per unit. The actor needs access.ReadStatus; detectives see their units only.
func (s *Service) Status(ctx context.Context, a access.Actor) (Status, error) {
	st := Status{Counts: newCounts(), Units: map[string]Counts{}, Lexicon: s.lx().version, Catalog: s.cat.Version, At: s.clock()}
	if err := a.Require(access.ReadStatus); err != nil {
		return st, err
	}
	units, all := a.UnitScope(access.ReadStatus)
	visible := func(u string) bool {
		if all {
			return true
		}
		for _, x := range units {
			if x == u {
				return true
			}
		}
		return false
	}
	type adder func(c *Counts, key string, n int)
	query := func(q string, args []any, add adder) error {
		rows, err := s.db.Query(ctx, q, args...)
		if err != nil {
			return fmt.Errorf("status: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var u, key string
			var n int
			if err := rows.Scan(&u, &key, &n); err != nil {
				return fmt.Errorf("status: %w", err)
			}
			if !visible(u) {
				continue
			}
			c, ok := st.Units[u]
			if !ok {
				c = newCounts()
			}
			add(&c, key, n)
			st.Units[u] = c
			add(&st.Counts, key, n)
		}
		return rows.Err()
	}
	steps := []struct {
		q    string
		args []any
		add  adder
	}{
		{"SELECT unit, 'r', count(*) FROM registrations GROUP BY unit", nil, func(c *Counts, _ string, n int) { c.Registrations += n }},
		{"SELECT unit, 's', count(*) FROM registrations WHERE lexicon = ? GROUP BY unit", []any{s.lx().version}, func(c *Counts, _ string, n int) { c.Screened += n }},
		{"SELECT unit, 'f', count(*) FROM registrations WHERE flagged GROUP BY unit", nil, func(c *Counts, _ string, n int) { c.Flagged += n }},
		{"SELECT unit, 'v', count(*) FROM registration_versions GROUP BY unit", nil, func(c *Counts, _ string, n int) { c.Versions += n }},
		{"SELECT unit, status, count(*) FROM queue_items GROUP BY unit, status", nil, func(c *Counts, k string, n int) {
			c.QueueByStatus[k] += n
			if k == StatusOpen {
				c.Queue += n
			}
		}},
		{"SELECT unit, decision_kind, count(*) FROM queue_items WHERE decision_kind <> '' GROUP BY unit, decision_kind", nil, func(c *Counts, k string, n int) { c.Decided[k] += n }},
	}
	for _, step := range steps {
		if err := query(step.q, step.args, step.add); err != nil {
			return st, err
		}
	}
	return st, nil
}
