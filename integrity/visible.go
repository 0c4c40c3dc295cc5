package integrity

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"stelsel/access"
)

// This file turns who may see what (rules.go) into SQL for lists, counts and deadlines.
// The rules are the same as canSeeCase; the form is chosen for the query planners of
// SQLite and PostgreSQL: instead of one condition with many ORs (which neither planner
// can walk in order through an index), the visible cases are split into disjoint
// branches, each a condition one index serves (a unit, the actor's assignments, a
// team, a national track). A list takes the first rows of every branch in order and
// merges them; a count adds the branches' counts.

// branch is a condition on integrity_cases c with its arguments.
type branch struct {
	cond string
	args []any
	// unit is set when the branch is exactly the cases of one unit: its counts are
	// kept by the database (integrity_case_counts) and need no counting.
	unit string
}

// scope is the set of cases an actor may see: disjoint branches, minus the cases the
// actor is a subject of.
type scope struct {
	branches []branch
}

func placeholders(n int) string { return strings.TrimSuffix(strings.Repeat("?, ", n), ", ") }

func anys(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// rawBranches returns the conditions under which the actor sees a case, one per way of
// seeing it (they may overlap), the same rules as canSeeCase. Nil when the actor sees
// nothing; a single "1 = 1" when they see every case.
func rawBranches(a access.Actor) []branch {
	if a.Anonymous() {
		return nil
	}
	var units []branch // per unit: the case permission, or the tracks read in own units
	var unitTracks []string
	var national []string // tracks read nationally
	var team []string     // tracks read for the own team
	var assigned []string // tracks (or zorg) read when assigned
	assignedAny := false

	r := a.Reach(access.IntegrityReadCase)
	if r.National {
		return []branch{{cond: "1 = 1"}}
	}
	unitsCovered := r.OwnUnits && len(a.Units) > 0
	assignedAny = r.Assigned
	for _, t := range append(slices.Clone(Tracks), TrackCare) {
		r := a.Reach(trackPermission[t])
		switch {
		case r.National:
			if t == TrackCare {
				return []branch{{cond: "1 = 1"}} // care everywhere: every case
			}
			national = append(national, t)
		case r.OwnUnits && len(a.Units) > 0 && !unitsCovered:
			if t == TrackCare {
				unitsCovered = true // the care record exists on every case
			} else {
				unitTracks = append(unitTracks, t)
			}
		}
		if r.OwnTeam && a.Team != "" && len(a.Units) > 0 && t != TrackCare {
			team = append(team, t)
		}
		if r.Assigned {
			assigned = append(assigned, t)
		}
	}
	var out []branch
	for _, u := range slices.Compact(slices.Sorted(slices.Values(a.Units))) {
		switch {
		case unitsCovered:
			units = append(units, branch{cond: "c.unit = ?", args: []any{u}, unit: u})
		case len(unitTracks) > 0:
			units = append(units, branch{cond: "c.unit = ? AND c.id IN (SELECT case_id FROM integrity_tracks WHERE track IN (" + placeholders(len(unitTracks)) + "))",
				args: append([]any{u}, anys(unitTracks)...)})
		}
	}
	out = append(out, units...)
	if len(national) > 0 {
		out = append(out, branch{cond: "c.id IN (SELECT case_id FROM integrity_tracks WHERE track IN (" + placeholders(len(national)) + "))", args: anys(national)})
	}
	if len(team) > 0 {
		args := append([]any{a.Team}, anys(a.Units)...)
		args = append(args, anys(team)...)
		// integrity_team_tracks is the join of subjects and tracks, kept by the database.
		out = append(out, branch{cond: "c.id IN (SELECT case_id FROM integrity_team_tracks WHERE team = ? AND unit IN (" +
			placeholders(len(a.Units)) + ") AND track IN (" + placeholders(len(team)) + "))", args: args})
	}
	if assignedAny || len(assigned) > 0 {
		// The assignments carry their case's unit: the cases of units seen whole
		// anyway are left out in the index, before any case is read.
		q, args := "SELECT case_id FROM integrity_assignments WHERE username = ?", []any{a.Username}
		if !assignedAny {
			q += " AND track IN (" + placeholders(len(assigned)) + ")"
			args = append(args, anys(assigned)...)
		}
		if unitsCovered {
			q += " AND unit NOT IN (" + placeholders(len(a.Units)) + ")"
			args = append(args, anys(a.Units)...)
		}
		out = append(out, branch{cond: "c.id IN (" + q + ")", args: args})
	}
	return out
}

// visible returns the actor's scope: the branches made disjoint (each excludes the ones
// before it), each without the cases the actor is a subject of.
func (s *Service) visible(ctx context.Context, q querier, a access.Actor) (scope, error) {
	raw := rawBranches(a)
	if len(raw) == 0 {
		return scope{}, nil
	}
	// The cases about the actor: almost always none, so they are looked up once and
	// left out only when there are any.
	var subject bool
	if a.Username != "" {
		var n int
		if err := q.QueryRow(ctx, `SELECT count(*) FROM integrity_subjects WHERE username = ? AND username <> ''`, a.Username).Scan(&n); err != nil {
			return scope{}, fmt.Errorf("read cases about %s: %w", a.Username, err)
		}
		subject = n > 0
	}
	var sc scope
	for i, b := range raw {
		cond := b.cond
		args := slices.Clone(b.args)
		for _, prev := range raw[:i] {
			cond += " AND NOT (" + prev.cond + ")"
			args = append(args, prev.args...)
		}
		if subject {
			cond += " AND c.id NOT IN (SELECT case_id FROM integrity_subjects WHERE username = ? AND username <> '')"
			args = append(args, a.Username)
		}
		unit := b.unit
		if subject || i > 0 && raw[i-1].unit == "" {
			unit = "" // not the whole unit, or not only the unit
		}
		sc.branches = append(sc.branches, branch{cond: "(" + cond + ")", args: args, unit: unit})
	}
	return sc, nil
}

// ids returns a query for the ids of the visible cases meeting where (a condition on c
// with args), taking from every branch its first k in order; its arguments follow. With
// one branch the caller can use the branch itself (see one).
func (sc scope) ids(where string, args []any, order string, k int) (string, []any) {
	var parts []string
	var all []any
	for i, b := range sc.branches {
		parts = append(parts, fmt.Sprintf("SELECT id FROM (SELECT c.id FROM integrity_cases c WHERE %s AND %s ORDER BY %s LIMIT %d) b%d", b.cond, where, order, k, i))
		all = append(all, b.args...)
		all = append(all, args...)
	}
	return strings.Join(parts, " UNION ALL "), all
}

// counted returns a query of (status, count) rows over the visible cases of unit (""
// for all): per branch, read from the kept counts or counted in the branch's index, so
// a status can come more than once (add them up).
func (sc scope) counted(unit string) (string, []any) {
	var parts []string
	var all []any
	var whole []any
	for _, b := range sc.branches {
		switch {
		case b.unit != "" && (unit == "" || unit == b.unit):
			whole = append(whole, b.unit)
		case b.unit != "":
			// another unit than the one asked for: nothing
		case unit == "":
			parts = append(parts, "SELECT c.status, count(*) FROM integrity_cases c WHERE "+b.cond+" GROUP BY c.status")
			all = append(all, b.args...)
		default:
			parts = append(parts, "SELECT c.status, count(*) FROM integrity_cases c WHERE "+b.cond+" AND c.unit = ? GROUP BY c.status")
			all = append(all, b.args...)
			all = append(all, unit)
		}
	}
	if len(whole) > 0 {
		parts = append([]string{"SELECT status, n FROM integrity_case_counts WHERE unit IN (" + placeholders(len(whole)) + ")"}, parts...)
		all = append(whole, all...)
	}
	return strings.Join(parts, " UNION ALL "), all
}
