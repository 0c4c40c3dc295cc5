package access

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"stelsel"
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
	// ActionTokenUse is one request made with an API token; the entry names the token.
	ActionTokenUse = "token.use"
)

// Actions lists every audit action stelsel writes, for filters in the user interface.
var Actions = []string{ActionView, ActionCreate, ActionChange, ActionConfirm, ActionExport, ActionImport,
	ActionScreen, ActionActivateLexicon, ActionTokenUse, ActionLogin, ActionLogout, ActionDenied}

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
	TokenID    int64 // the API token the actor came with; 0 when none
	PrevHash   string
	Hash       string
}

// Trail is the append-only, keyed hash chain of audit entries. Nothing in stelsel updates
// or deletes its rows; Verify detects anyone who did so in the database itself. Each
// entry's hash is an HMAC-SHA256, under a key kept outside the database, of its sequence
// number, its content and the previous hash: without the key nobody can forge, rewrite
// or re-chain entries so that they verify. Removing the newest entries leaves a valid
// but shorter chain; an Anchor exported earlier and kept elsewhere catches that.
type Trail struct {
	db  *db.DB
	now func() time.Time
	key []byte
	// Entries recorded in transactions of their own (reads) that wait to be written,
	// and whether a goroutine is writing them (see RecordAll).
	mu      sync.Mutex
	queue   []*recordReq
	writing bool
}

// recordReq is one RecordAll call waiting for its entries to be written.
type recordReq struct {
	a       Actor
	entries []Entry
	done    chan error
}

// maxGroup bounds the entries written in one statement (13 values each).
const maxGroup = 400

// NewTrail returns the trail stored in d, stamping entries with now.
func NewTrail(d *db.DB, now func() time.Time) *Trail {
	if now == nil {
		now = time.Now
	}
	return &Trail{db: d, now: now}
}

// SetKey sets the secret key of the chain (see LoadKey). Without one the chain is keyed
// with the empty key, which anyone can recompute: only tests run that way; every command
// of stelsel loads a real key first.
func (t *Trail) SetKey(key []byte) { t.key = append([]byte(nil), key...) }

// genesis is the previous hash of the first entry.
const genesis = "0000000000000000000000000000000000000000000000000000000000000000"

// Record appends an entry in its own transaction, for reads and refusals that change
// nothing else.
func (t *Trail) Record(ctx context.Context, a Actor, e Entry) error {
	return t.RecordAll(ctx, a, e)
}

// RecordAll appends entries in order in a transaction of their own and returns once they
// are committed. Concurrent calls are written together (group commit): the chain is
// one sequence, so every append holds the trail's lock, and under load taking it once
// for the entries of many readers instead of once each keeps the pages that are read
// all day from queueing behind each other. Each call still returns only after its own
// entries are durable, with the error of their transaction.
func (t *Trail) RecordAll(ctx context.Context, a Actor, entries ...Entry) error {
	if len(entries) == 0 {
		return nil
	}
	req := &recordReq{a: a, entries: entries, done: make(chan error, 1)}
	t.mu.Lock()
	t.queue = append(t.queue, req)
	lead := !t.writing
	t.writing = true
	t.mu.Unlock()
	if lead {
		// This call writes what is queued, its own entries first; what arrives
		// meanwhile is written by a goroutine that carries on, so no caller waits for
		// more than the group its entries are in and the one before.
		if t.writeGroup(context.WithoutCancel(ctx)) {
			go func() {
				for t.writeGroup(context.Background()) {
				}
			}()
		}
	}
	return <-req.done
}

// writeGroup writes the queued requests, up to maxGroup entries, in one transaction and
// reports whether more are queued. When it finds none it ends the writing.
func (t *Trail) writeGroup(ctx context.Context) bool {
	t.mu.Lock()
	n, k := 0, 0
	for k < len(t.queue) && (k == 0 || n+len(t.queue[k].entries) <= maxGroup) {
		n += len(t.queue[k].entries)
		k++
	}
	if k == 0 {
		t.writing = false
		t.mu.Unlock()
		return false
	}
	group := slices.Clone(t.queue[:k])
	t.queue = t.queue[k:]
	t.mu.Unlock()
	err := t.db.InTx(ctx, func(tx *db.Tx) error {
		var all []Entry
		for _, r := range group {
			all = append(all, stamp(r.a, r.entries)...)
		}
		return t.write(ctx, tx, all)
	})
	if err != nil && len(group) > 1 {
		// One bad request must not fail the others: each on its own.
		for _, r := range group {
			r.done <- t.db.InTx(ctx, func(tx *db.Tx) error { return t.write(ctx, tx, stamp(r.a, r.entries)) })
		}
	} else {
		for _, r := range group {
			r.done <- err
		}
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if len(t.queue) == 0 {
		t.writing = false
		return false
	}
	return true
}

// stamp returns entries with the actor's name, role and token set.
func stamp(a Actor, entries []Entry) []Entry {
	out := make([]Entry, len(entries))
	for i, e := range entries {
		e.Actor, e.Role, e.TokenID = a.String(), a.Role, a.TokenID
		out[i] = e
	}
	return out
}

// Append appends an entry inside tx, so a change and its audit line commit together.
func (t *Trail) Append(ctx context.Context, tx *db.Tx, a Actor, e Entry) error {
	return t.AppendAll(ctx, tx, a, e)
}

// AppendAll appends entries in order inside tx, chained one after the other, taking the
// trail's lock and reading its head once and writing them in one statement: a read that
// touches several dossiers holds the (serialised) trail for as short as one entry does.
func (t *Trail) AppendAll(ctx context.Context, tx *db.Tx, a Actor, entries ...Entry) error {
	return t.write(ctx, tx, stamp(a, entries))
}

// write appends entries, stamped with their actors, in order inside tx.
func (t *Trail) write(ctx context.Context, tx *db.Tx, entries []Entry) error {
	if len(entries) == 0 {
		return nil
	}
	if tx.Dialect() == db.Postgres {
		// Serialise appends so the chain has no forks; SQLite's write lock does this already.
		if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock(7310001)"); err != nil {
			return fmt.Errorf("lock audit trail: %w", err)
		}
	}
	var prev string
	var last int64
	err := tx.QueryRow(ctx, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").Scan(&last, &prev)
	if errors.Is(err, sql.ErrNoRows) {
		prev = genesis
	} else if err != nil {
		return fmt.Errorf("read audit trail head: %w", err)
	}
	at := t.now().UTC().Truncate(time.Microsecond)
	var values []string
	var args []any
	for _, e := range entries {
		e.At = at
		// The sequence number is part of the hash, so it is chosen here, under the lock,
		// and never by the database: a gap or a renumbered entry breaks the chain.
		last++
		e.Seq, e.PrevHash = last, prev
		e.Hash = t.digest(e)
		prev = e.Hash
		values = append(values, "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
		args = append(args, e.Seq, e.At, e.Actor, string(e.Role), e.Action, e.ObjectKind, e.ObjectID, e.Unit, e.Reason, e.Detail, e.TokenID, e.PrevHash, e.Hash)
	}
	_, err = tx.Exec(ctx, `INSERT INTO audit_log (seq, at, actor, role, action, object_kind, object_id, unit, reason, detail, token_id, prev_hash, hash)
		VALUES `+strings.Join(values, ", "), args...)
	if err != nil {
		return fmt.Errorf("append audit entry: %w", err)
	}
	return nil
}

// digest is the keyed hash of an entry: its sequence number, the previous hash and every
// field, length-prefixed so no two different entries share an encoding. The token id is
// a twelfth field only when set, so entries written before it existed still verify.
func (t *Trail) digest(e Entry) string {
	h := hmac.New(sha256.New, t.key)
	fields := []string{strconv.FormatInt(e.Seq, 10), e.PrevHash, e.At.UTC().Format(time.RFC3339Nano), e.Actor, string(e.Role), e.Action,
		e.ObjectKind, e.ObjectID, e.Unit, e.Reason, e.Detail}
	if e.TokenID != 0 {
		fields = append(fields, "token:"+strconv.FormatInt(e.TokenID, 10))
	}
	for _, f := range fields {
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
// chain is intact. A removed entry shows as a broken link at the entry after it; removed
// newest entries only show against an anchor (VerifyAnchor).
func (t *Trail) Verify(ctx context.Context) (int64, *Problem, error) {
	n, _, p, err := t.verify(ctx, nil)
	return n, p, err
}

// VerifyAnchor is Verify that also checks the chain against an anchor exported earlier:
// the anchored entry must still be there with the anchored hash. It catches what a chain
// alone cannot: removed newest entries, an emptied trail, a trail re-chained from an
// earlier point by someone holding the key.
func (t *Trail) VerifyAnchor(ctx context.Context, an Anchor) (int64, *Problem, error) {
	if !hmac.Equal([]byte(an.MAC), []byte(t.anchorMAC(an))) {
		return 0, &Problem{Seq: an.Seq, Reason: "anker ongeldig: het anker is gewijzigd of met een andere sleutel gemaakt"}, nil
	}
	return t.verifyThrough(ctx, &an)
}

func (t *Trail) verifyThrough(ctx context.Context, an *Anchor) (int64, *Problem, error) {
	n, last, p, err := t.verify(ctx, an)
	if err != nil || p != nil {
		return n, p, err
	}
	if an != nil && last < an.Seq {
		return n, &Problem{Seq: an.Seq, Reason: fmt.Sprintf("regels verwijderd: het anker noemt volgnummer %d, de audittrail eindigt bij %d", an.Seq, last)}, nil
	}
	return n, nil, nil
}

func (t *Trail) verify(ctx context.Context, an *Anchor) (n, lastSeq int64, _ *Problem, _ error) {
	rows, err := t.db.Query(ctx, `SELECT seq, at, actor, role, action, object_kind, object_id, unit, reason, detail, token_id, prev_hash, hash
		FROM audit_log ORDER BY seq`)
	if err != nil {
		return 0, 0, nil, fmt.Errorf("read audit trail: %w", err)
	}
	defer rows.Close()
	prev := genesis
	for rows.Next() {
		e, err := scanEntry(rows)
		if err != nil {
			return n, lastSeq, nil, err
		}
		n++
		switch {
		case e.Seq != lastSeq+1:
			return n, lastSeq, &Problem{Seq: e.Seq, Reason: fmt.Sprintf("volgnummer klopt niet: na %d komt %d (regels verwijderd of hernummerd)", lastSeq, e.Seq)}, nil
		case e.PrevHash != prev:
			return n, lastSeq, &Problem{Seq: e.Seq, Reason: fmt.Sprintf("schakel verbroken: vorige hash klopt niet (na volgnummer %d ontbreekt of verschilt een regel)", lastSeq)}, nil
		case !hmac.Equal([]byte(t.digest(e)), []byte(e.Hash)):
			return n, lastSeq, &Problem{Seq: e.Seq, Reason: "inhoud gewijzigd of vervalst: hash klopt niet met de inhoud en de sleutel"}, nil
		case an != nil && e.Seq == an.Seq && e.Hash != an.Hash:
			return n, lastSeq, &Problem{Seq: e.Seq, Reason: "herschreven: de hash verschilt van die in het anker"}, nil
		}
		prev, lastSeq = e.Hash, e.Seq
	}
	if err := rows.Err(); err != nil {
		return n, lastSeq, nil, fmt.Errorf("read audit trail: %w", err)
	}
	return n, lastSeq, nil, nil
}

// Anchor pins the head of the trail at one moment: export it (stelsel audit anchor) and
// keep it away from the database; verify against it later. Its MAC, under the trail's
// key, keeps someone from writing an anchor that fits a shortened trail.
type Anchor struct {
	Seq  int64     `json:"volgnummer"`
	Hash string    `json:"hash"`
	At   time.Time `json:"tijdstip"`
	MAC  string    `json:"mac"`
}

// Anchor returns the anchor of the trail's current head, after checking the chain up to
// it (an anchor of a broken chain would vouch for the damage). An empty trail is an error.
func (t *Trail) Anchor(ctx context.Context) (Anchor, *Problem, error) {
	var an Anchor
	if _, p, err := t.Verify(ctx); err != nil || p != nil {
		return an, p, err
	}
	err := t.db.QueryRow(ctx, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").Scan(&an.Seq, &an.Hash)
	if errors.Is(err, sql.ErrNoRows) {
		return an, nil, stelsel.Errorf(stelsel.ECONFLICT, "de audittrail is leeg: er is niets te verankeren")
	} else if err != nil {
		return an, nil, fmt.Errorf("read audit trail head: %w", err)
	}
	an.At = t.now().UTC().Truncate(time.Second)
	an.MAC = t.anchorMAC(an)
	return an, nil, nil
}

func (t *Trail) anchorMAC(an Anchor) string {
	h := hmac.New(sha256.New, t.key)
	fmt.Fprintf(h, "stelsel-anker|%d|%s|%s", an.Seq, an.Hash, an.At.UTC().Format(time.RFC3339))
	return hex.EncodeToString(h.Sum(nil))
}

// Seal returns a keyed digest of values, for domain rows that an audit entry vouches for
// (a decision): the entry carries the seal, the chain protects the entry, and
// recomputing the seal from the row finds a changed row.
func (t *Trail) Seal(kind string, values ...string) string {
	h := hmac.New(sha256.New, t.key)
	h.Write([]byte(kind))
	for _, f := range values {
		h.Write([]byte{0})
		h.Write([]byte(strconv.Itoa(len(f))))
		h.Write([]byte{':'})
		h.Write([]byte(f))
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// Filter selects audit entries; zero fields match everything.
type Filter struct {
	Actor      string
	Action     string
	ObjectKind string
	ObjectID   string
	// ActorPart and ObjectPart match a part of the actor (username or the account's
	// name) and of the object, in any case: an auditor rarely knows a name exactly.
	ActorPart  string
	ObjectPart string
	// HideViewsBy leaves out the views of the audit trail itself by this actor (an
	// auditor's own page views, which would otherwise fill the first screen).
	HideViewsBy string
	From, To    time.Time
	BeforeSeq   int64 // for paging backwards: entries with seq < BeforeSeq
	Limit       int
}

// likePattern returns a LIKE pattern matching v anywhere, lowercased, with LIKE's own
// wildcards in v escaped (ESCAPE '\').
func likePattern(v string) string {
	v = strings.NewReplacer(`\`, `\\`, "%", `\%`, "_", `\_`).Replace(strings.ToLower(v))
	return "%" + v + "%"
}

// where returns the SQL conditions and arguments of f.
func (f Filter) where() (string, []any) {
	var where []string
	var args []any
	add := func(cond string, vs ...any) { where = append(where, cond); args = append(args, vs...) }
	if f.Actor != "" {
		add("actor = ?", f.Actor)
	}
	if f.ActorPart != "" {
		p := likePattern(f.ActorPart)
		add(`(LOWER(actor) LIKE ? ESCAPE '\' OR actor IN (SELECT username FROM users WHERE LOWER(name) LIKE ? ESCAPE '\'))`, p, p)
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
	if f.ObjectPart != "" {
		add(`LOWER(object_id) LIKE ? ESCAPE '\'`, likePattern(f.ObjectPart))
	}
	if f.HideViewsBy != "" {
		add("NOT (action = ? AND object_kind = ? AND actor = ?)", ActionView, "audit_log", f.HideViewsBy)
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
	if len(where) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(where, " AND "), args
}

// List returns entries matching f, newest first. Only auditors and the system may read
// the trail; the read itself is audited.
func (t *Trail) List(ctx context.Context, a Actor, f Filter) ([]Entry, error) {
	if err := a.Require(ReadAudit); err != nil {
		return nil, err
	}
	if f.Limit <= 0 || f.Limit > 1000 {
		f.Limit = 100
	}
	var out []Entry
	err := t.each(ctx, f, f.Limit, func(e Entry) error { out = append(out, e); return nil })
	if err != nil {
		return nil, err
	}
	if err := t.Record(ctx, a, Entry{Action: ActionView, ObjectKind: "audit_log", Detail: describe(f)}); err != nil {
		return nil, err
	}
	return out, nil
}

// Count returns how many entries match f (its Limit aside).
func (t *Trail) Count(ctx context.Context, a Actor, f Filter) (int, error) {
	if err := a.Require(ReadAudit); err != nil {
		return 0, err
	}
	where, args := f.where()
	var n int
	if err := t.db.QueryRow(ctx, "SELECT count(*) FROM audit_log"+where, args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("count audit trail: %w", err)
	}
	return n, nil
}

// MaxExport is the most entries one export of the trail holds; a larger selection is
// refused, so that the file is what the auditor asked for and never silently cut off.
const MaxExport = 200000

// Export calls fn with every entry matching f (its Limit aside), newest first, and
// writes the export to the trail. More than MaxExport entries are refused before fn is
// called.
func (t *Trail) Export(ctx context.Context, a Actor, f Filter, fn func(Entry) error) (int, error) {
	n, err := t.Count(ctx, a, f)
	if err != nil {
		return 0, err
	}
	if n > MaxExport {
		return 0, stelsel.Invalid("filter", "het filter treft %d regels; een download bevat er hoogstens %d: kies een kortere periode", n, MaxExport)
	}
	written := 0
	if err := t.each(ctx, f, 0, func(e Entry) error { written++; return fn(e) }); err != nil {
		return written, err
	}
	return written, t.Record(ctx, a, Entry{Action: ActionExport, ObjectKind: "audit_log", Detail: fmt.Sprintf("download %s regels=%d", describe(f), written)})
}

// each calls fn with the entries matching f, newest first, at most limit (0: all).
func (t *Trail) each(ctx context.Context, f Filter, limit int, fn func(Entry) error) error {
	where, args := f.where()
	q := `SELECT seq, at, actor, role, action, object_kind, object_id, unit, reason, detail, token_id, prev_hash, hash FROM audit_log` + where + " ORDER BY seq DESC"
	if limit > 0 {
		q += " LIMIT " + strconv.Itoa(limit)
	}
	rows, err := t.db.Query(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("list audit trail: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		e, err := scanEntry(rows)
		if err != nil {
			return err
		}
		if err := fn(e); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("list audit trail: %w", err)
	}
	return nil
}

func describe(f Filter) string {
	var parts []string
	for k, v := range map[string]string{"actor": f.Actor, "action": f.Action, "object_kind": f.ObjectKind, "object_id": f.ObjectID,
		"actor~": f.ActorPart, "object~": f.ObjectPart} {
		if v != "" {
			parts = append(parts, k+"="+v)
		}
	}
	if !f.From.IsZero() {
		parts = append(parts, "van="+f.From.UTC().Format(time.RFC3339))
	}
	if !f.To.IsZero() {
		parts = append(parts, "tot="+f.To.UTC().Format(time.RFC3339))
	}
	slices.Sort(parts)
	return strings.Join(parts, " ")
}

func scanEntry(rows *sql.Rows) (Entry, error) {
	var e Entry
	var role string
	if err := rows.Scan(&e.Seq, &e.At, &e.Actor, &role, &e.Action, &e.ObjectKind, &e.ObjectID, &e.Unit, &e.Reason, &e.Detail, &e.TokenID, &e.PrevHash, &e.Hash); err != nil {
		return e, fmt.Errorf("read audit entry: %w", err)
	}
	e.At, e.Role = e.At.UTC(), Role(role)
	return e, nil
}
