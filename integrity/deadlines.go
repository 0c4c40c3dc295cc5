package integrity

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"time"

	"stelsel"
	"stelsel/access"
)

// Deadline kinds.
const (
	DueAcknowledge = "ontvangstbevestiging"
	DueFeedback    = "terugkoppeling"
	DueTriage      = "triage"
	// Step deadlines carry the step they wait for: zienswijze, besluit, beslissing_bezwaar;
	// bezwaartermijn is the term in which the employee may object.
	DueZienswijze        = "zienswijze"
	DueDecision          = "besluit"
	DueObjection         = "bezwaartermijn"
	DueObjectionDecision = "beslissing_bezwaar"
)

var dueLabels = map[string]string{
	DueAcknowledge: "Ontvangstbevestiging (Wbk: 7 dagen)", DueFeedback: "Terugkoppeling aan melder (Wbk: 3 maanden)",
	DueTriage: "Triage", DueZienswijze: "Zienswijze medewerker", DueDecision: "Besluit bevoegd gezag",
	DueObjection: "Bezwaartermijn medewerker", DueObjectionDecision: "Beslissing op bezwaar",
}

// DueLabel returns the Dutch name of a deadline kind.
func DueLabel(k string) string {
	if l, ok := dueLabels[k]; ok {
		return l
	}
	return k
}

// Deadline is one deadline of a case.
type Deadline struct {
	Number  string    `json:"zaaknummer"`
	Unit    string    `json:"eenheid"`
	Kind    string    `json:"soort"`
	Due     time.Time `json:"termijn"`
	Overdue bool      `json:"verlopen"`
	Days    int       `json:"dagen"` // days left; negative when overdue
}

type dueCols struct {
	ack, feedback, triage, step sql.NullTime
	stepKind                    string
}

func (d dueCols) deadlines() []Deadline {
	var out []Deadline
	add := func(t sql.NullTime, kind string) {
		if t.Valid {
			out = append(out, Deadline{Kind: kind, Due: t.Time.UTC()})
		}
	}
	add(d.ack, DueAcknowledge)
	add(d.feedback, DueFeedback)
	add(d.triage, DueTriage)
	add(d.step, d.stepKind)
	slices.SortFunc(out, func(a, b Deadline) int { return a.Due.Compare(b.Due) })
	return out
}

// saveDues writes the case's deadlines and the earliest of them.
func saveDues(ctx context.Context, tx querier, c *Case) error {
	var next *time.Time
	for _, t := range []*time.Time{c.AckDue, c.FeedbackDue, c.TriageDue, c.StepDue} {
		if t != nil && (next == nil || t.Before(*next)) {
			next = t
		}
	}
	if c.StepDue == nil {
		c.StepDueKind = ""
	}
	_, err := tx.Exec(ctx, `UPDATE integrity_cases SET ack_due = ?, feedback_due = ?, triage_due = ?, step_due = ?, step_due_kind = ?, next_due = ? WHERE id = ?`,
		nt(c.AckDue), nt(c.FeedbackDue), nt(c.TriageDue), nt(c.StepDue), c.StepDueKind, nt(next), c.ID)
	if err != nil {
		return fmt.Errorf("save deadlines of %s: %w", c.Number, err)
	}
	return nil
}

func nt(t *time.Time) any {
	if t == nil {
		return nil
	}
	return *t
}

// relevant reports whether a deadline kind is the actor's work.
func relevant(a access.Actor, kind string) bool {
	switch kind {
	case DueAcknowledge, DueFeedback:
		return a.Has(access.IntegrityIntake)
	case DueTriage:
		return a.Has(access.IntegrityTriage)
	case DueZienswijze, DueObjection:
		return a.Has(access.TrackDisciplinary)
	case DueDecision, DueObjectionDecision:
		return a.Has(access.IntegrityDecide) || a.Has(access.TrackDisciplinary)
	}
	return false
}

// Deadlines is the actor's dashboard: the deadlines of the open cases they may see that
// are their work, overdue first, then by date. At most limit (default 200).
func (s *Service) Deadlines(ctx context.Context, a access.Actor, limit int) ([]Deadline, error) {
	if a.Anonymous() {
		return nil, stelsel.Errorf(stelsel.EUNAUTHORIZED, "niet ingelogd")
	}
	if limit <= 0 || limit > 1000 {
		limit = 200
	}
	// Per deadline column that is the actor's work, the first ones of every branch of
	// what they may see (each an index range), merged: the first limit deadlines overall
	// are among them.
	var cols []string
	var colArgs [][]any
	if relevant(a, DueAcknowledge) {
		cols, colArgs = append(cols, "c.ack_due IS NOT NULL", "c.feedback_due IS NOT NULL"), append(colArgs, nil, nil)
	}
	if relevant(a, DueTriage) {
		cols, colArgs = append(cols, "c.triage_due IS NOT NULL"), append(colArgs, nil)
	}
	var steps []string
	for _, k := range []string{DueZienswijze, DueDecision, DueObjection, DueObjectionDecision} {
		if relevant(a, k) {
			steps = append(steps, k)
		}
	}
	if len(steps) > 0 {
		cols, colArgs = append(cols, "c.step_due IS NOT NULL AND c.step_due_kind IN ("+placeholders(len(steps))+")"), append(colArgs, anys(steps))
	}
	if len(cols) == 0 {
		return nil, nil
	}
	sc, err := s.visible(ctx, s.db, a)
	if err != nil || len(sc.branches) == 0 {
		return nil, err
	}
	var parts []string
	var args []any
	for i, col := range cols {
		order := strings.Fields(col)[0]
		ids, ia := sc.ids(col+" AND c.status <> ?", append(slices.Clone(colArgs[i]), StatusClosed), order, limit)
		parts = append(parts, ids)
		args = append(args, ia...)
	}
	rows, err := s.db.Query(ctx, `SELECT c.number, c.unit, c.ack_due, c.feedback_due, c.triage_due, c.step_due, c.step_due_kind
		FROM integrity_cases c WHERE c.id IN (`+strings.Join(parts, " UNION ALL ")+`)`, args...)
	if err != nil {
		return nil, fmt.Errorf("read deadlines: %w", err)
	}
	defer rows.Close()
	now := s.clock()
	var out []Deadline
	for rows.Next() {
		var number, unit string
		var d dueCols
		if err := rows.Scan(&number, &unit, &d.ack, &d.feedback, &d.triage, &d.step, &d.stepKind); err != nil {
			return nil, fmt.Errorf("read deadlines: %w", err)
		}
		for _, dl := range d.deadlines() {
			if !relevant(a, dl.Kind) {
				continue
			}
			dl.Number, dl.Unit = number, unit
			dl.Overdue = dl.Due.Before(now)
			dl.Days = int(dl.Due.Sub(now).Hours() / 24)
			if dl.Overdue && dl.Days == 0 {
				dl.Days = -1
			}
			out = append(out, dl)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	slices.SortStableFunc(out, func(x, y Deadline) int {
		if x.Overdue != y.Overdue {
			if x.Overdue {
				return -1
			}
			return 1
		}
		return x.Due.Compare(y.Due)
	})
	if len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

// Signal is a prompt for a conversation: repeated reports about one employee or one team
// within the window. It is never a verdict.
type Signal struct {
	About       string   `json:"over"` // medewerker or team
	PersonnelNo string   `json:"personeelsnummer,omitempty"`
	Name        string   `json:"naam,omitempty"`
	Unit        string   `json:"eenheid"`
	Team        string   `json:"team,omitempty"`
	Count       int      `json:"aantal"`
	Threshold   int      `json:"drempel"`
	Months      int      `json:"maanden"`
	Cases       []string `json:"zaken"`
	Explanation string   `json:"uitleg"`
}

// Signals returns the repeated-report signals in the actor's units: an employee named as
// subject in at least the subject threshold of reports (default 3) within the window
// (default 12 months), and a team with at least the team threshold (default 5).
func (s *Service) Signals(ctx context.Context, a access.Actor) ([]Signal, error) {
	if err := a.Require(access.IntegritySignals); err != nil {
		return nil, err
	}
	units, all := a.UnitScope(access.IntegritySignals)
	if !all && len(units) == 0 {
		return nil, nil
	}
	cfg := s.ic.Signals
	since := s.clock().AddDate(0, -cfg.WindowMonths, 0)
	scope, args := "", []any{since, a.Username}
	if !all {
		scope = " AND s.unit IN (" + strings.TrimSuffix(strings.Repeat("?, ", len(units)), ", ") + ")"
		for _, u := range units {
			args = append(args, u)
		}
	}
	rows, err := s.db.Query(ctx, `SELECT s.personnel_no, s.name, s.unit, s.team, c.number FROM integrity_subjects s
		JOIN integrity_cases c ON c.id = s.case_id WHERE c.received_at >= ? AND s.username <> ?`+scope+`
		ORDER BY s.unit, s.team, s.personnel_no, c.received_at`, args...)
	if err != nil {
		return nil, fmt.Errorf("read signals: %w", err)
	}
	defer rows.Close()
	people := map[string]*Signal{}
	teams := map[string]*Signal{}
	var order []*Signal
	for rows.Next() {
		var no, name, unit, team, number string
		if err := rows.Scan(&no, &name, &unit, &team, &number); err != nil {
			return nil, fmt.Errorf("read signals: %w", err)
		}
		if no != "" {
			sg := people[no]
			if sg == nil {
				sg = &Signal{About: "medewerker", PersonnelNo: no, Name: name, Unit: unit, Team: team, Threshold: cfg.SubjectThreshold, Months: cfg.WindowMonths}
				people[no] = sg
				order = append(order, sg)
			}
			if !slices.Contains(sg.Cases, number) {
				sg.Cases = append(sg.Cases, number)
			}
		}
		if team != "" {
			k := unit + "/" + team
			sg := teams[k]
			if sg == nil {
				sg = &Signal{About: "team", Unit: unit, Team: team, Threshold: cfg.TeamThreshold, Months: cfg.WindowMonths}
				teams[k] = sg
				order = append(order, sg)
			}
			if !slices.Contains(sg.Cases, number) {
				sg.Cases = append(sg.Cases, number)
			}
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var out []Signal
	for _, sg := range order {
		sg.Count = len(sg.Cases)
		if sg.Count < sg.Threshold {
			continue
		}
		if sg.About == "medewerker" {
			sg.Explanation = fmt.Sprintf("%s (%s) is in de laatste %d maanden in %d meldingen als betrokkene genoemd; de drempel is %d. Dit is een aanleiding voor een gesprek, geen oordeel.",
				sg.Name, sg.PersonnelNo, sg.Months, sg.Count, sg.Threshold)
		} else {
			sg.Explanation = fmt.Sprintf("Over team %s (%s) kwamen in de laatste %d maanden %d meldingen binnen; de drempel is %d. Dit is een aanleiding voor een gesprek, geen oordeel.",
				sg.Team, sg.Unit, sg.Months, sg.Count, sg.Threshold)
		}
		out = append(out, *sg)
	}
	if err := s.trail.Record(ctx, a, access.Entry{Action: access.ActionView, ObjectKind: "integrity_signals", Detail: fmt.Sprintf("%d signalen", len(out))}); err != nil {
		return nil, err
	}
	return out, nil
}
