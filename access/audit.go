package access

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"stelsel/db"
)

// Audit actions. Domain packages may add their own; these are the common ones.
const (
	ActionView   = "view"
	ActionCreate = "create"
	ActionChange = "change"
	ActionExport = "export"
	ActionLogin  = "login"
	ActionLogout = "logout"
	ActionDenied = "denied"
	ActionImport = "import"
	// ActionConfirm is the second reviewer's confirmation of a decision (four-eyes).
	ActionConfirm = "confirm"
	// ActionScreen is a screening run over stored registrations.
	ActionScreen = "screen"
	// ActionActivateLexicon makes a lexicon the one in use.
	ActionActivateLexicon = "lexicon.activate"
)

// Actions lists every audit action stelsel writes, for filters in the user interface.
var Actions = []string{ActionView, ActionCreate, ActionChange, ActionConfirm, ActionExport, ActionImport,
	ActionScreen, ActionActivateLexicon, ActionLogin, ActionLogout, ActionDenied}

// Entry is one line of the audit trail.
type Entry struct {
	Seq        int64
	At         time.Time
	Actor      string
	Role       Role
	Action     string
	ObjectKind string
	ObjectID   string
	Unit       string
	Reason     string // why, where the user was asked
	Detail     string
	PrevHash   string
	Hash       string
}

// Trail is the append-only, hash-chained audit trail. Nothing in stelsel updates or
// deletes its rows; Verify detects anyone who did so in the database itself.
type Trail struct {
	db  *db.DB
	now func() time.Time
}

// NewTrail returns the trail stored in d, stamping entries with now.
func NewTrail(d *db.DB, now func() time.Time) *Trail {
	if now == nil {
		now = time.Now
	}
	return &Trail{db: d, now: now}
}

// genesis is the previous hash of the first entry.
const genesis = "0000000000000000000000000000000000000000000000000000000000000000"

// Record appends an entry in its own transaction, for reads and refusals that change
// nothing else.
func (t *Trail) Record(ctx context.Context, a Actor, e Entry) error {
	return t.db.InTx(ctx, func(tx *db.Tx) error { return t.Append(ctx, tx, a, e) })
}

// Append appends an entry inside tx, so a change and its audit line commit together.
func (t *Trail) Append(ctx context.Context, tx *db.Tx, a Actor, e Entry) error {
	e.At = t.now().UTC().Truncate(time.Microsecond)
	e.Actor = a.String()
	e.Role = a.Role
	if tx.Dialect() == db.Postgres {
		// Serialise appends so the chain has no forks; SQLite's write lock does this already.
		if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock(7310001)"); err != nil {
			return fmt.Errorf("lock audit trail: %w", err)
		}
	}
	var prev string
	err := tx.QueryRow(ctx, "SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1").Scan(&prev)
	if errors.Is(err, sql.ErrNoRows) {
		prev = genesis
	} else if err != nil {
		return fmt.Errorf("read audit trail head: %w", err)
	}
	e.PrevHash = prev
	e.Hash = e.digest()
	_, err = tx.Exec(ctx, `INSERT INTO audit_log (at, actor, role, action, object_kind, object_id, unit, reason, detail, prev_hash, hash)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		e.At, e.Actor, string(e.Role), e.Action, e.ObjectKind, e.ObjectID, e.Unit, e.Reason, e.Detail, e.PrevHash, e.Hash)
	if err != nil {
		return fmt.Errorf("append audit entry: %w", err)
	}
	return nil
}

// digest hashes the previous hash and every field of the entry, length-prefixed so no two
// different entries share an encoding.
func (e Entry) digest() string {
	h := sha256.New()
	for _, f := range []string{e.PrevHash, e.At.UTC().Format(time.RFC3339Nano), e.Actor, string(e.Role), e.Action,
		e.ObjectKind, e.ObjectID, e.Unit, e.Reason, e.Detail} {
		h.Write([]byte(strconv.Itoa(len(f))))
		h.Write([]byte{':'})
		h.Write([]byte(f))
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Problem describes the first entry at which the chain breaks.
type Problem struct {
	Seq    int64
	Reason string
}

// Verify walks the whole trail and returns the number of entries checked and the first
// entry whose content, order or predecessor does not match its hash, or nil when the
// chain is intact. A removed entry shows as a broken link at the entry after it.
func (t *Trail) Verify(ctx context.Context) (int64, *Problem, error) {
	rows, err := t.db.Query(ctx, `SELECT seq, at, actor, role, action, object_kind, object_id, unit, reason, detail, prev_hash, hash
		FROM audit_log ORDER BY seq`)
	if err != nil {
		return 0, nil, fmt.Errorf("read audit trail: %w", err)
	}
	defer rows.Close()
	prev := genesis
	var n, lastSeq int64
	for rows.Next() {
		e, err := scanEntry(rows)
		if err != nil {
			return n, nil, err
		}
		n++
		switch {
		case e.PrevHash != prev:
			return n, &Problem{Seq: e.Seq, Reason: fmt.Sprintf("schakel verbroken: vorige hash klopt niet (na volgnummer %d ontbreekt of verschilt een regel)", lastSeq)}, nil
		case e.digest() != e.Hash:
			return n, &Problem{Seq: e.Seq, Reason: "inhoud gewijzigd: hash klopt niet met de inhoud"}, nil
		}
		prev, lastSeq = e.Hash, e.Seq
	}
	if err := rows.Err(); err != nil {
		return n, nil, fmt.Errorf("read audit trail: %w", err)
	}
	return n, nil, nil
}

// Filter selects audit entries; zero fields match everything.
type Filter struct {
	Actor      string
	Action     string
	ObjectKind string
	ObjectID   string
	From, To   time.Time
	BeforeSeq  int64 // for paging backwards: entries with seq < BeforeSeq
	Limit      int
}

// List returns entries matching f, newest first. Only auditors and the system may read
// the trail; the read itself is audited.
func (t *Trail) List(ctx context.Context, a Actor, f Filter) ([]Entry, error) {
	if err := a.Require(ReadAudit); err != nil {
		return nil, err
	}
	var where []string
	var args []any
	add := func(cond string, v any) { where = append(where, cond); args = append(args, v) }
	if f.Actor != "" {
		add("actor = ?", f.Actor)
	}
	if f.Action != "" {
		add("action = ?", f.Action)
	}
	if f.ObjectKind != "" {
		add("object_kind = ?", f.ObjectKind)
	}
	if f.ObjectID != "" {
		add("object_id = ?", f.ObjectID)
	}
	if !f.From.IsZero() {
		add("at >= ?", f.From.UTC())
	}
	if !f.To.IsZero() {
		add("at < ?", f.To.UTC())
	}
	if f.BeforeSeq > 0 {
		add("seq < ?", f.BeforeSeq)
	}
	if f.Limit <= 0 || f.Limit > 1000 {
		f.Limit = 100
	}
	q := `SELECT seq, at, actor, role, action, object_kind, object_id, unit, reason, detail, prev_hash, hash FROM audit_log`
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	q += " ORDER BY seq DESC LIMIT " + strconv.Itoa(f.Limit)
	rows, err := t.db.Query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list audit trail: %w", err)
	}
	defer rows.Close()
	var out []Entry
	for rows.Next() {
		e, err := scanEntry(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list audit trail: %w", err)
	}
	if err := t.Record(ctx, a, Entry{Action: ActionView, ObjectKind: "audit_log", Detail: describe(f)}); err != nil {
		return nil, err
	}
	return out, nil
}

func describe(f Filter) string {
	var parts []string
	for k, v := range map[string]string{"actor": f.Actor, "action": f.Action, "object_kind": f.ObjectKind, "object_id": f.ObjectID} {
		if v != "" {
			parts = append(parts, k+"="+v)
		}
	}
	return strings.Join(parts, " ")
}

func scanEntry(rows *sql.Rows) (Entry, error) {
	var e Entry
	var role string
	if err := rows.Scan(&e.Seq, &e.At, &e.Actor, &role, &e.Action, &e.ObjectKind, &e.ObjectID, &e.Unit, &e.Reason, &e.Detail, &e.PrevHash, &e.Hash); err != nil {
		return e, fmt.Errorf("read audit entry: %w", err)
	}
	e.At, e.Role = e.At.UTC(), Role(role)
	return e, nil
}
