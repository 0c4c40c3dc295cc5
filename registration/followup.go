package registration

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"stelsel"
	"stelsel/access"
	"stelsel/catalog"
	"stelsel/db"
)

// ActionFollowUpDone is the audit action of a basisteam recording a follow-up task done.
const ActionFollowUpDone = "followup.done"

// FollowUp is one task of the follow-up (opvolging) that the decision in force on a
// registration asks of its basisteam: which tasks apply follows from the decision and
// the catalog's follow_up_tasks, never from the page.
type FollowUp struct {
	Task  string `json:"taak"`
	Label string `json:"omschrijving"`
	Help  string `json:"toelichting,omitempty"`
	// Detail names what the task is about: the code and indications, the ADV.
	Detail string        `json:"details,omitempty"`
	Done   *FollowUpDone `json:"gedaan,omitempty"`
}

// FollowUpDone says who did a follow-up task, when, and with which note.
type FollowUpDone struct {
	By       string    `json:"door"`
	Name     string    `json:"naam"`
	At       time.Time `json:"op"`
	Note     string    `json:"toelichting,omitempty"`
	Decision int64     `json:"beoordeling"`
}

// inForce returns the decision of d that took effect last, or nil.
func inForce(d *Detail) *Decision {
	for i := len(d.Decisions) - 1; i >= 0; i-- {
		if d.Decisions[i].EffectiveAt != nil {
			return &d.Decisions[i]
		}
	}
	return nil
}

// followUpTasks returns the tasks the decision asks, in catalog order, with what each
// is about.
func followUpTasks(c *catalog.Catalog, dec *Decision) []FollowUp {
	if dec == nil {
		return nil
	}
	var out []FollowUp
	for _, t := range c.FollowUpTasks {
		applies := slices.Contains(t.Kinds, dec.Kind)
		if t.Referral {
			applies = dec.Referral && (len(t.Kinds) == 0 || applies)
		}
		if !applies {
			continue
		}
		f := FollowUp{Task: t.Code, Label: t.Label, Help: t.Help}
		switch {
		case t.Referral:
			f.Detail = dec.ADV
		case t.Code == "bvh_code":
			labels := []string{c.DecisionKinds.Label(dec.Kind)}
			for _, ind := range dec.Indications {
				labels = append(labels, "indicatie "+c.Indications.Label(ind))
			}
			f.Detail = strings.Join(labels, "; ")
		}
		out = append(out, f)
	}
	return out
}

// FollowUps returns the follow-up the decision in force on d asks of the basisteam, with
// what was done of it. d comes from Get, which checked and audited the read; FollowUps
// checks again that the actor may see it.
func (s *Service) FollowUps(ctx context.Context, a access.Actor, d *Detail) ([]FollowUp, error) {
	if d == nil || !s.visible(a, d) {
		return nil, stelsel.Errorf(stelsel.ENOTFOUND, "registratie niet gevonden")
	}
	tasks := followUpTasks(s.cat, inForce(d))
	if len(tasks) == 0 {
		return nil, nil
	}
	done, err := s.followUpsDone(ctx, d.Number)
	if err != nil {
		return nil, err
	}
	for i := range tasks {
		if fd, ok := done[tasks[i].Task]; ok {
			tasks[i].Done = &fd
		}
	}
	return tasks, nil
}

func (s *Service) followUpsDone(ctx context.Context, number string) (map[string]FollowUpDone, error) {
	rows, err := s.db.Query(ctx, "SELECT task, decision_id, note, done_by, done_name, done_at FROM follow_ups WHERE number = ?", number)
	if err != nil {
		return nil, fmt.Errorf("read follow-up %s: %w", number, err)
	}
	defer rows.Close()
	out := map[string]FollowUpDone{}
	for rows.Next() {
		var task string
		var fd FollowUpDone
		if err := rows.Scan(&task, &fd.Decision, &fd.Note, &fd.By, &fd.Name, &fd.At); err != nil {
			return nil, fmt.Errorf("read follow-up %s: %w", number, err)
		}
		fd.At = fd.At.UTC()
		out[task] = fd
	}
	return out, rows.Err()
}

// RecordFollowUp records that the basisteam did one follow-up task of a registration,
// with an optional note. The actor needs access.RecordFollowUp for the registration's
// unit and must be able to see it; the task must be one the decision in force asks. A
// task is recorded once: a second time is ECONFLICT naming who did it. Audited.
func (s *Service) RecordFollowUp(ctx context.Context, a access.Actor, number, task, note string) (FollowUp, error) {
	if err := a.Require(access.RecordFollowUp); err != nil {
		return FollowUp{}, err
	}
	notFound := stelsel.Errorf(stelsel.ENOTFOUND, "registratie %s niet gevonden", number)
	d, err := s.detail(ctx, number)
	if errors.Is(err, sql.ErrNoRows) {
		return FollowUp{}, notFound
	} else if err != nil {
		return FollowUp{}, err
	}
	if !s.visible(a, d) || !a.CanUnit(access.RecordFollowUp, d.Unit) {
		if err := s.trail.Record(ctx, a, access.Entry{Action: access.ActionDenied, ObjectKind: "registration", ObjectID: number, Unit: d.Unit,
			Detail: "opvolging " + task}); err != nil {
			return FollowUp{}, err
		}
		return FollowUp{}, notFound
	}
	dec := inForce(d)
	var f *FollowUp
	tasks := followUpTasks(s.cat, dec)
	for i := range tasks {
		if tasks[i].Task == task {
			f = &tasks[i]
		}
	}
	if f == nil {
		var names []string
		for _, t := range tasks {
			names = append(names, t.Label)
		}
		return FollowUp{}, stelsel.Invalid("taak", "registratie %s: %q is geen opvolging die de beoordeling vraagt (wel: %s)", number, task, strings.Join(names, "; "))
	}
	note = strings.TrimSpace(note)
	if len(note) > 2000 {
		return FollowUp{}, stelsel.Invalid("toelichting", "registratie %s: de toelichting is langer dan 2000 tekens", number)
	}
	now := s.clock().UTC().Truncate(time.Microsecond)
	err = s.db.InTx(ctx, func(tx *db.Tx) error {
		var by, name string
		var at time.Time
		err := tx.QueryRow(ctx, "SELECT done_by, done_name, done_at FROM follow_ups WHERE number = ? AND task = ?", number, task).Scan(&by, &name, &at)
		if err == nil {
			return stelsel.Errorf(stelsel.ECONFLICT, "registratie %s: %q is al afgevinkt door %s op %s", number, f.Label, name, at.In(amsterdam).Format("02-01-2006 15:04"))
		} else if !errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("read follow-up %s: %w", number, err)
		}
		if _, err := tx.Exec(ctx, `INSERT INTO follow_ups (number, task, decision_id, note, done_by, done_name, done_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
			number, task, dec.ID, note, a.Username, a.Name, now); err != nil {
			if strings.Contains(strings.ToLower(err.Error()), "unique") {
				return stelsel.Errorf(stelsel.ECONFLICT, "registratie %s: %q is intussen al afgevinkt", number, f.Label)
			}
			return fmt.Errorf("record follow-up %s: %w", number, err)
		}
		return s.trail.Append(ctx, tx, a, access.Entry{Action: ActionFollowUpDone, ObjectKind: "registration", ObjectID: number, Unit: d.Unit,
			Detail: fmt.Sprintf("taak=%s beoordeling=%d", task, dec.ID), Reason: note})
	})
	if err != nil {
		return FollowUp{}, err
	}
	f.Done = &FollowUpDone{By: a.Username, Name: a.Name, At: now, Note: note, Decision: dec.ID}
	return *f, nil
}
