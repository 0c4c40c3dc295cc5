package report

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"stelsel"
	"stelsel/access"
	"stelsel/db"
)

// Commitment is a commitment (toezegging) or motion to parliament, with its status
// history and, for motions with earmarked money, the budget per year.
type Commitment struct {
	ID        int64        `json:"-"`
	Code      string       `json:"code"`
	Kind      string       `json:"soort"` // toezegging | motie
	Title     string       `json:"titel"`
	Reference string       `json:"vindplaats"`
	Member    string       `json:"kamerlid,omitempty"`
	Owner     string       `json:"eigenaar"`
	Due       string       `json:"termijn,omitempty"` // YYYY-MM-DD
	Status    string       `json:"status"`
	UpdatedAt time.Time    `json:"bijgewerkt"`
	History   []StatusStep `json:"geschiedenis"`
	Budget    []BudgetYear `json:"budget,omitempty"`
}

// StatusStep is one entry of a commitment's status history.
type StatusStep struct {
	At     time.Time `json:"op"`
	Status string    `json:"status"`
	Note   string    `json:"toelichting,omitempty"`
	Actor  string    `json:"door"`
}

// BudgetYear is the money of one year in euros; Spent is nil while unknown.
type BudgetYear struct {
	Year      int    `json:"jaar"`
	Earmarked int64  `json:"geoormerkt"`
	Spent     *int64 `json:"besteed,omitempty"`
}

// Commitment statuses with their Dutch labels, in order.
var CommitmentStatuses = []struct{ Code, Label string }{
	{"open", "Open"}, {"in_uitvoering", "In uitvoering"}, {"afgedaan", "Afgedaan"}, {"vervallen", "Vervallen"},
}

// StatusLabel returns the Dutch label of a commitment status.
func StatusLabel(code string) string {
	for _, s := range CommitmentStatuses {
		if s.Code == code {
			return s.Label
		}
	}
	return code
}

// KindLabel returns the Dutch label of a commitment kind.
func KindLabel(kind string) string {
	if kind == "motie" {
		return "Motie"
	}
	return "Toezegging"
}

// Commitments returns every commitment and motion with history and budget. The actor
// needs access.ReadCommitments.
func (s *Service) Commitments(ctx context.Context, a access.Actor) ([]Commitment, error) {
	if err := a.Require(access.ReadCommitments); err != nil {
		return nil, err
	}
	rows, err := s.db.Query(ctx, "SELECT id, code, kind, title, reference, member, owner, due, status, updated_at FROM commitments ORDER BY kind DESC, code")
	if err != nil {
		return nil, fmt.Errorf("read commitments: %w", err)
	}
	var out []Commitment
	index := map[int64]int{}
	for rows.Next() {
		var c Commitment
		if err := rows.Scan(&c.ID, &c.Code, &c.Kind, &c.Title, &c.Reference, &c.Member, &c.Owner, &c.Due, &c.Status, &c.UpdatedAt); err != nil {
			rows.Close()
			return nil, fmt.Errorf("read commitments: %w", err)
		}
		c.UpdatedAt = c.UpdatedAt.UTC()
		index[c.ID] = len(out)
		out = append(out, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read commitments: %w", err)
	}
	ev, err := s.db.Query(ctx, "SELECT commitment_id, at, status, note, actor FROM commitment_events ORDER BY commitment_id, id")
	if err != nil {
		return nil, fmt.Errorf("read commitment history: %w", err)
	}
	for ev.Next() {
		var id int64
		var st StatusStep
		if err := ev.Scan(&id, &st.At, &st.Status, &st.Note, &st.Actor); err != nil {
			ev.Close()
			return nil, fmt.Errorf("read commitment history: %w", err)
		}
		st.At = st.At.UTC()
		if i, ok := index[id]; ok {
			out[i].History = append(out[i].History, st)
		}
	}
	ev.Close()
	bu, err := s.db.Query(ctx, "SELECT commitment_id, year, earmarked, spent FROM commitment_budgets ORDER BY commitment_id, year")
	if err != nil {
		return nil, fmt.Errorf("read budgets: %w", err)
	}
	defer bu.Close()
	for bu.Next() {
		var id int64
		var b BudgetYear
		var spent sql.NullInt64
		if err := bu.Scan(&id, &b.Year, &b.Earmarked, &spent); err != nil {
			return nil, fmt.Errorf("read budgets: %w", err)
		}
		if spent.Valid {
			v := spent.Int64
			b.Spent = &v
		}
		if i, ok := index[id]; ok {
			out[i].Budget = append(out[i].Budget, b)
		}
	}
	return out, bu.Err()
}

// commitmentID finds a commitment by code inside tx.
func commitmentID(ctx context.Context, tx *db.Tx, code string) (int64, error) {
	var id int64
	err := tx.QueryRow(ctx, "SELECT id FROM commitments WHERE code = ?", code).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, stelsel.Errorf(stelsel.ENOTFOUND, "toezegging of motie %q niet gevonden", code)
	}
	return id, err
}

// SetCommitmentStatus records a new status with a note; the history keeps the old one.
// The actor needs access.ManageCommitments. It is audited.
func (s *Service) SetCommitmentStatus(ctx context.Context, a access.Actor, code, status, note string) error {
	if err := a.Require(access.ManageCommitments); err != nil {
		return err
	}
	if StatusLabel(status) == status {
		return stelsel.Invalid("status", "kies een status: open, in_uitvoering, afgedaan of vervallen")
	}
	note = strings.TrimSpace(note)
	if note == "" || len(note) > 2000 {
		return stelsel.Invalid("toelichting", "geef een toelichting bij de nieuwe status (ten hoogste 2000 tekens)")
	}
	now := s.clock()
	return s.db.InTx(ctx, func(tx *db.Tx) error {
		id, err := commitmentID(ctx, tx, code)
		if err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, "UPDATE commitments SET status = ?, updated_at = ? WHERE id = ?", status, now, id); err != nil {
			return fmt.Errorf("update commitment: %w", err)
		}
		if _, err := tx.Exec(ctx, "INSERT INTO commitment_events (commitment_id, at, status, note, actor) VALUES (?, ?, ?, ?, ?)", id, now, status, note, a.Username); err != nil {
			return fmt.Errorf("record commitment status: %w", err)
		}
		return s.trail.Append(ctx, tx, a, access.Entry{Action: access.ActionChange, ObjectKind: "commitment", ObjectID: code, Detail: "status " + status})
	})
}

// RecordSpending records the money spent in a year of a motion's budget, in euros. The
// actor needs access.ManageCommitments. It is audited.
func (s *Service) RecordSpending(ctx context.Context, a access.Actor, code string, year int, euros int64) error {
	if err := a.Require(access.ManageCommitments); err != nil {
		return err
	}
	if euros < 0 || euros > 1_000_000_000 {
		return stelsel.Invalid("besteed", "geef het bestede bedrag in hele euro's (0 tot 1 miljard)")
	}
	return s.db.InTx(ctx, func(tx *db.Tx) error {
		id, err := commitmentID(ctx, tx, code)
		if err != nil {
			return err
		}
		res, err := tx.Exec(ctx, "UPDATE commitment_budgets SET spent = ? WHERE commitment_id = ? AND year = ?", euros, id, year)
		if err != nil {
			return fmt.Errorf("record spending: %w", err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return stelsel.Invalid("jaar", "%s heeft geen budget voor %d", code, year)
		}
		if _, err := tx.Exec(ctx, "UPDATE commitments SET updated_at = ? WHERE id = ?", s.clock(), id); err != nil {
			return fmt.Errorf("record spending: %w", err)
		}
		return s.trail.Append(ctx, tx, a, access.Entry{Action: access.ActionChange, ObjectKind: "commitment", ObjectID: code,
			Detail: fmt.Sprintf("besteed %d: %d euro", year, euros)})
	})
}

// Millions writes euros in millions the way the letter does: 1,5.
func Millions(euros int64) string {
	s := strconv.FormatFloat(float64(euros)/1e6, 'f', -1, 64)
	return strings.Replace(s, ".", ",", 1)
}

// CommitmentTables are the tables of the half-year report: the commitments and motions
// with their status, and the earmarked budgets per year (in millions of euros) with what
// was spent.
func CommitmentTables(list []Commitment, at time.Time) []Table {
	src, ver := "Registratie toezeggingen en moties (stelsel)", "stand "+at.In(amsterdam).Format("02-01-2006")
	st := Table{ID: "toezeggingen", Title: "Toezeggingen en moties", Stub: "Toezegging of motie",
		Columns: []string{"soort", "kamerlid", "eigenaar", "termijn", "status", "laatste toelichting"}, Source: src, DataMoment: at, Version: ver}
	for _, c := range list {
		last := ""
		if n := len(c.History); n > 0 {
			last = c.History[n-1].Note
		}
		cells := []Cell{}
		for _, v := range []string{KindLabel(c.Kind), c.Member, c.Owner, c.Due, StatusLabel(c.Status), last} {
			if v == "" {
				v = "-"
			}
			cells = append(cells, Cell{Text: v})
		}
		st.Rows = append(st.Rows, Row{Code: c.Code, Label: c.Title, Cells: cells})
	}
	// Budgets: one row per motion with money, one column per year and the total.
	first, last := 0, 0
	for _, c := range list {
		for _, b := range c.Budget {
			if first == 0 || b.Year < first {
				first = b.Year
			}
			last = max(last, b.Year)
		}
	}
	bt := Table{ID: "budgetten", Title: "Geoormerkte middelen per jaar (miljoen euro)", Stub: "Motie", Source: src, DataMoment: at, Version: ver}
	for y := first; y <= last && first > 0; y++ {
		bt.Columns = append(bt.Columns, strconv.Itoa(y))
	}
	bt.Columns = append(bt.Columns, "totaal")
	sp := Table{ID: "besteding", Title: "Besteding per jaar (miljoen euro)", Stub: "Motie en jaar", Columns: []string{"geoormerkt", "besteed", "nog niet verantwoord"},
		Source: src, DataMoment: at, Version: ver, Notes: []string{"Besteed: zoals verantwoord in stelsel; '-' zolang het bedrag niet is vastgelegd."}}
	for _, c := range list {
		if len(c.Budget) == 0 {
			continue
		}
		byYear := map[int]int64{}
		var total int64
		for _, b := range c.Budget {
			byYear[b.Year] = b.Earmarked
			total += b.Earmarked
			spent, open := "-", "-"
			if b.Spent != nil {
				spent, open = Millions(*b.Spent), Millions(b.Earmarked-*b.Spent)
			}
			sp.Rows = append(sp.Rows, Row{Code: c.Code, Label: c.Title + " " + strconv.Itoa(b.Year), Cells: []Cell{{Text: Millions(b.Earmarked)}, {Text: spent}, {Text: open}}})
		}
		r := Row{Code: c.Code, Label: "Motie " + c.Member}
		for y := first; y <= last; y++ {
			v := "-"
			if e, ok := byYear[y]; ok {
				v = Millions(e)
			}
			r.Cells = append(r.Cells, Cell{Text: v})
		}
		r.Cells = append(r.Cells, Cell{Text: Millions(total)})
		bt.Rows = append(bt.Rows, r)
	}
	return []Table{st, bt, sp}
}
