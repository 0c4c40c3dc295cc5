package complaint

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"stelsel"
	"stelsel/access"
)

// ListFilter selects complaints; zero fields match everything.
type ListFilter struct {
	Unit    string
	Phase   Phase
	Handler string
	// Open selects only complaints still being handled.
	Open  bool
	Limit int // default 200, at most 1000
}

// ListItem is a complaint in a list: no personal data of the complainant.
type ListItem struct {
	Reference       string    `json:"kenmerk"`
	Unit            string    `json:"eenheid"`
	Phase           Phase     `json:"fase"`
	Handler         string    `json:"behandelaar"`
	ReceivedAt      time.Time `json:"ontvangen"`
	Deadline        time.Time `json:"termijn"`
	Overdue         bool      `json:"termijn_verstreken"`
	DaysLeft        int       `json:"dagen_over"`
	EthnicProfiling bool      `json:"etnisch_profileren"`
	Discrimination  bool      `json:"discriminatie"`
	Outcome         string    `json:"uitkomst"`
}

// List returns the complaints the actor may see, the earliest deadline (so the overdue
// ones) first. Commission members and NDV advisers get only the cases sent or assigned
// to them; the employee complained about never gets their own case. The list is audited.
func (s *Service) List(ctx context.Context, a access.Actor, f ListFilter) ([]ListItem, error) {
	if err := readAny(a); err != nil {
		return nil, err
	}
	var where []string
	var args []any
	add := func(cond string, v ...any) { where = append(where, cond); args = append(args, v...) }
	units, all := a.UnitScope(access.ReadComplaint)
	var scope []string
	if all {
		scope = append(scope, "1=1")
	} else if len(units) > 0 {
		scope = append(scope, "unit IN ("+strings.TrimSuffix(strings.Repeat("?,", len(units)), ",")+")")
		for _, u := range units {
			args = append(args, u)
		}
	}
	if a.Reach(access.ReadComplaint).Assigned {
		scope = append(scope, "(commission LIKE ? OR ndv_adviser = ?)")
		args = append(args, "%,"+a.Username+",%", a.Username)
	}
	if len(scope) == 0 {
		return nil, nil
	}
	where = append(where, "("+strings.Join(scope, " OR ")+")")
	add("employee_username <> ?", a.Username)
	if f.Unit != "" {
		u, ok := s.cat.Unit(f.Unit)
		if !ok {
			return nil, stelsel.Invalid("eenheid", "onbekende eenheid %q", f.Unit)
		}
		add("unit = ?", u.Code)
	}
	if f.Phase != "" {
		add("phase = ?", string(f.Phase))
	}
	if f.Handler != "" {
		add("handler = ?", f.Handler)
	}
	if f.Open {
		add("phase IN (?, ?, ?)", string(PhaseReceived), string(PhaseOne), string(PhaseTwo))
	}
	if f.Limit <= 0 || f.Limit > 1000 {
		f.Limit = 200
	}
	q := `SELECT ` + columns + ` FROM complaints WHERE ` + strings.Join(where, " AND ") +
		fmt.Sprintf(" ORDER BY closed_at IS NOT NULL, deadline_at, id LIMIT %d", f.Limit)
	rows, err := s.db.Query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list complaints: %w", err)
	}
	defer rows.Close()
	now := s.clock()
	var out []ListItem
	for rows.Next() {
		c, err := scan(rows)
		if err != nil {
			return nil, err
		}
		if !visible(a, c) {
			continue
		}
		out = append(out, item(c, now))
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list complaints: %w", err)
	}
	detail := fmt.Sprintf("eenheid=%s fase=%s behandelaar=%s open=%t", f.Unit, f.Phase, f.Handler, f.Open)
	if err := s.trail.Record(ctx, a, access.Entry{Action: access.ActionView, ObjectKind: "complaint_list", Detail: detail}); err != nil {
		return nil, err
	}
	return out, nil
}

func item(c *Complaint, now time.Time) ListItem {
	return ListItem{Reference: c.Reference, Unit: c.Unit, Phase: c.Phase, Handler: c.Handler, ReceivedAt: c.ReceivedAt,
		Deadline: c.NextDeadline(), Overdue: c.Overdue(now), DaysLeft: c.DaysLeft(now), EthnicProfiling: c.Marked(MarkerEthnicProfiling),
		Discrimination: c.Marked(MarkerDiscrimination), Outcome: c.Outcome}
}

// Workload is one handler's open complaints, overdue first.
type Workload struct {
	Handler string     `json:"behandelaar"`
	Open    int        `json:"open"`
	Overdue int        `json:"termijn_verstreken"`
	Items   []ListItem `json:"klachten"`
}

// Dashboard returns the open complaints the actor may see, per handler (the unassigned
// ones under ""), handlers with overdue cases first, and within each the overdue ones first.
func (s *Service) Dashboard(ctx context.Context, a access.Actor) ([]Workload, error) {
	items, err := s.List(ctx, a, ListFilter{Open: true, Limit: 1000})
	if err != nil {
		return nil, err
	}
	by := map[string]*Workload{}
	var order []string
	for _, it := range items {
		w, ok := by[it.Handler]
		if !ok {
			w = &Workload{Handler: it.Handler}
			by[it.Handler] = w
			order = append(order, it.Handler)
		}
		w.Open++
		if it.Overdue {
			w.Overdue++
		}
		w.Items = append(w.Items, it)
	}
	out := make([]Workload, 0, len(order))
	for _, h := range order {
		out = append(out, *by[h])
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Overdue != out[j].Overdue {
			return out[i].Overdue > out[j].Overdue
		}
		return out[i].Handler < out[j].Handler
	})
	return out, nil
}
