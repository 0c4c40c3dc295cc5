package registration

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"stelsel"
	"stelsel/access"
)

// UnitSearch selects registrations of one unit, for those who may read the unit's
// registrations but do not review them (the discrimination detective): the unit's queue
// in every status, or a search.
type UnitSearch struct {
	Unit string // unit code or name; required
	// Query finds registrations whose number starts with it (any registration of the
	// unit) or, among the unit's flagged registrations, whose text contains it (any case).
	Query string
	// Status keeps the flagged registrations in one queue status; "" for every status.
	Status string
	Offset int
	Limit  int // default 50, at most 200
}

// UnitSearchRow is one registration found: enough to list it, not its text.
type UnitSearchRow struct {
	Number       string    `json:"registratienummer"`
	Kind         Kind      `json:"soort"`
	Team         string    `json:"basisteam"`
	RegisteredAt time.Time `json:"registratiedatum"`
	Summary      string    `json:"omschrijving"`
	// Status is the queue status; "" for a registration the screening never flagged.
	Status       string   `json:"status"`
	DecisionKind string   `json:"beoordeling,omitempty"`
	HitCount     int      `json:"treffers"`
	Strong       int      `json:"sterke_treffers"`
	Grounds      []string `json:"gronden"`
}

// UnitSearchPage is one page of a UnitSearch.
type UnitSearchPage struct {
	Rows   []UnitSearchRow `json:"registraties"`
	Offset int             `json:"positie"`
	Total  int             `json:"totaal"`
	Limit  int             `json:"aantal"`
}

// SearchUnit lists or searches the registrations of one unit. The actor needs
// access.ReadRegistration for the unit (the permission table decides who); any other
// unit answers ENOTFOUND like a missing one. The search is audited with its terms.
func (s *Service) SearchUnit(ctx context.Context, a access.Actor, f UnitSearch) (UnitSearchPage, error) {
	var p UnitSearchPage
	if err := a.Require(access.ReadRegistration); err != nil {
		return p, err
	}
	u, ok := s.cat.Unit(f.Unit)
	if ok && !a.CanUnit(access.ReadRegistration, u.Code) {
		if err := s.trail.Record(ctx, a, access.Entry{Action: access.ActionDenied, ObjectKind: "registration_search", ObjectID: u.Code, Unit: u.Code}); err != nil {
			return p, err
		}
	}
	if !ok || !a.CanUnit(access.ReadRegistration, u.Code) {
		return p, stelsel.Errorf(stelsel.ENOTFOUND, "eenheid %q niet gevonden", f.Unit)
	}
	if f.Status != "" && !slices.Contains(Statuses, f.Status) {
		return p, stelsel.Invalid("status", "onbekende status %q", f.Status)
	}
	f.Query = strings.TrimSpace(f.Query)
	if len(f.Query) > 200 {
		return p, stelsel.Invalid("zoek", "de zoekterm is langer dan 200 tekens")
	}
	if f.Limit <= 0 || f.Limit > 200 {
		f.Limit = 50
	}
	if f.Offset < 0 {
		f.Offset = 0
	}
	p.Offset, p.Limit = f.Offset, f.Limit
	where := []string{"r.unit = ?"}
	args := []any{u.Code}
	switch {
	case f.Query == "":
		where = append(where, "q.number IS NOT NULL")
	default:
		where = append(where, `(r.number LIKE ? ESCAPE '\' OR (q.number IS NOT NULL AND EXISTS (SELECT 1 FROM registration_versions v
			WHERE v.registration_id = r.id AND v.version = r.version AND LOWER(v.text) LIKE ? ESCAPE '\')))`)
		args = append(args, escapeLike(f.Query)+"%", "%"+escapeLike(strings.ToLower(f.Query))+"%")
	}
	if f.Status != "" {
		where = append(where, "q.status = ?")
		args = append(args, f.Status)
	}
	from := " FROM registrations r LEFT JOIN queue_items q ON q.number = r.number WHERE " + strings.Join(where, " AND ")
	if err := s.db.QueryRow(ctx, "SELECT count(*)"+from, args...).Scan(&p.Total); err != nil {
		return p, fmt.Errorf("search unit %s: %w", u.Code, err)
	}
	rows, err := s.db.Query(ctx, `SELECT r.number, r.kind, r.team, r.registered_at, r.summary, COALESCE(q.status, ''), COALESCE(q.decision_kind, ''),
			COALESCE(q.hit_count, 0), COALESCE(q.strong, 0), COALESCE(q.grounds, '')`+from+
		" ORDER BY r.registered_at DESC, r.number DESC LIMIT "+strconv.Itoa(f.Limit)+" OFFSET "+strconv.Itoa(f.Offset), args...)
	if err != nil {
		return p, fmt.Errorf("search unit %s: %w", u.Code, err)
	}
	defer rows.Close()
	for rows.Next() {
		var r UnitSearchRow
		var kind, grounds string
		if err := rows.Scan(&r.Number, &kind, &r.Team, &r.RegisteredAt, &r.Summary, &r.Status, &r.DecisionKind, &r.HitCount, &r.Strong, &grounds); err != nil {
			return p, fmt.Errorf("search unit %s: %w", u.Code, err)
		}
		r.Kind, r.RegisteredAt, r.Grounds = Kind(kind), r.RegisteredAt.UTC(), splitList(strings.Trim(grounds, ","))
		p.Rows = append(p.Rows, r)
	}
	if err := rows.Err(); err != nil {
		return p, fmt.Errorf("search unit %s: %w", u.Code, err)
	}
	err = s.trail.Record(ctx, a, access.Entry{Action: access.ActionView, ObjectKind: "registration_search", ObjectID: u.Code, Unit: u.Code,
		Detail: fmt.Sprintf("zoek=%q status=%s positie=%d regels=%d van %d", f.Query, f.Status, f.Offset, len(p.Rows), p.Total)})
	return p, err
}

// escapeLike escapes LIKE's wildcards in v (ESCAPE '\').
func escapeLike(v string) string {
	return strings.NewReplacer(`\`, `\\`, "%", `\%`, "_", `\_`).Replace(v)
}
