package registration

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"

	"stelsel/db"
	"stelsel/screen"
)

// screenRecord screens the record's text and sets its hits and queue priority.
func (s *Service) screenRecord(r *record) {
	res := s.lx().screener.Screen(r.reg.Text)
	r.flagged, r.grounds, r.hits, r.strong, r.score = res.Flagged, res.Grounds, nil, 0, res.Score
	for _, h := range res.Hits {
		r.hits = append(r.hits, Hit{Term: h.Term, Grounds: h.Grounds, Mode: h.Mode, Strength: h.Strength, Start: h.Start, End: h.End, Match: h.Match,
			Score: h.Score, Explanation: h.Explanation})
	}
	r.strong, r.priority = priority(r.score, r.hits, r.grounds)
	if m := s.rank.model.Load(); m != nil {
		r.priority = modelPriority(m, r.score, r.hits, r.priority)
	}
}

// priority computes the queue priority documented in doc.go: the score first, then
// strong hits, the number of distinct terms, then the number of grounds.
func priority(score int, hits []Hit, grounds []string) (strong, prio int) {
	terms := map[string]bool{}
	for _, h := range hits {
		if h.Strength == screen.Strong {
			strong++
		}
		terms[h.Term] = true
	}
	return strong, priorityPerScore*min(score, 100) + 1000*min(strong, 9) + 10*min(len(terms), 99) + min(len(grounds), 9)
}

// priorityPerScore is the weight of the score in the priority: a point of score outweighs
// everything else.
const priorityPerScore = 10000

// existing is what the database knows of a registration number.
type existing struct {
	id      int64
	hash    string
	version int
}

// classify sets each record's state against what is stored, outside any transaction;
// writeBatch checks again inside its transaction.
func (s *Service) classify(ctx context.Context, recs []*record) error {
	nums := make([]string, len(recs))
	for i, r := range recs {
		nums[i] = r.reg.Number
	}
	have, err := s.lookupDB(ctx, nums)
	if err != nil {
		return err
	}
	for _, r := range recs {
		setState(r, have)
	}
	return nil
}

func setState(r *record, have map[string]existing) {
	e, ok := have[r.reg.Number]
	r.id = e.id
	switch {
	case !ok:
		r.state, r.reg.Version = recNew, 1
	case e.hash == r.hash:
		r.state, r.reg.Version = recUnchanged, e.version
	default:
		r.state, r.reg.Version = recChanged, e.version+1
	}
}

const lookupChunk = 500

func (s *Service) lookupDB(ctx context.Context, nums []string) (map[string]existing, error) {
	return lookupNumbers(ctx, s.db.Query, nums)
}

// lookupNumbers finds the stored id, hash and version of each number, in chunks so the
// query stays within the databases' parameter limits. query must accept '?' placeholders.
func lookupNumbers(ctx context.Context, query func(context.Context, string, ...any) (*sql.Rows, error), nums []string) (map[string]existing, error) {
	have := make(map[string]existing)
	for len(nums) > 0 {
		n := min(len(nums), lookupChunk)
		args := make([]any, n)
		for i := range n {
			args[i] = nums[i]
		}
		rows, err := query(ctx, "SELECT id, number, hash, version FROM registrations WHERE number IN ("+marks(n)+")", args...)
		if err != nil {
			return nil, fmt.Errorf("look up registrations: %w", err)
		}
		for rows.Next() {
			var num string
			var e existing
			if err := rows.Scan(&e.id, &num, &e.hash, &e.version); err != nil {
				rows.Close()
				return nil, fmt.Errorf("look up registrations: %w", err)
			}
			have[num] = e
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("look up registrations: %w", err)
		}
		nums = nums[n:]
	}
	return have, nil
}

func marks(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}

// errRace means another writer stored some of the batch's numbers since classify: the
// batch is retried with a lookup inside the transaction.
var errRace = errors.New("registrations changed during import")

// writeBatch stores one batch in one transaction. PostgreSQL gets COPY for the bulk rows.
// On SQLite it runs on iw, the import's own connection (see importConn), which begins and
// commits itself so that its prepared statements serve the whole import.
func (s *Service) writeBatch(ctx context.Context, iw *importWriter, recs []*record) error {
	now := s.clock()
	write := func(careful bool) error {
		if s.db.Dialect() == db.Postgres {
			return s.writePG(ctx, recs, now, careful)
		}
		if _, err := iw.conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
			// A cancelled context can report an error for a BEGIN that took effect; the
			// connection must not go back to the pool inside a transaction.
			iw.conn.ExecContext(context.WithoutCancel(ctx), "ROLLBACK")
			return fmt.Errorf("begin transaction: %w", err)
		}
		if err := s.store(ctx, sqlWriter{q: iw.conn, stmts: iw}, recs, now, careful); err != nil {
			iw.conn.ExecContext(context.WithoutCancel(ctx), "ROLLBACK")
			return err
		}
		if _, err := iw.conn.ExecContext(ctx, "COMMIT"); err != nil {
			iw.conn.ExecContext(context.WithoutCancel(ctx), "ROLLBACK")
			return fmt.Errorf("commit transaction: %w", err)
		}
		return nil
	}
	err := write(false)
	if errors.Is(err, errRace) || db.IsUniqueViolation(err) {
		err = write(true)
	}
	if err != nil {
		return fmt.Errorf("store batch: %w", err)
	}
	return nil
}

// writer is a transaction of either dialect, with a bulk insert.
type writer interface {
	exec(ctx context.Context, q string, args ...any) (int64, error)
	insertRows(ctx context.Context, table string, cols []string, rows [][]any) error
	lookup(ctx context.Context, nums []string) (map[string]existing, error)
	// newIDs returns n fresh registration ids, ascending.
	newIDs(ctx context.Context, n int) ([]int64, error)
}

var (
	regCols = []string{"id", "number", "kind", "unit", "team", "incident_code", "summary", "committed_at", "registered_at",
		"municipality", "address", "platform", "person", "version", "hash", "lexicon", "flagged", "score", "updated_at"}
	versionCols = []string{"registration_id", "version", "number", "hash", "kind", "unit", "team", "incident_code", "summary",
		"committed_at", "registered_at", "municipality", "address", "platform", "person", "text", "source", "imported_at"}
	queueCols = []string{"number", "kind", "unit", "team", "registered_at", "status", "priority", "strong", "hit_count", "grounds",
		"version", "lexicon", "updated_at", "terms", "strong_terms"}
	hitCols = []string{"registration_id", "version", "lexicon", "seq", "term", "grounds", "mode", "strength", "start_pos", "end_pos", "matched", "score", "explanation"}
)

func nullTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UTC()
}

// store writes recs through w. With careful, it first classifies again inside the
// transaction (and screens what became new or changed).
func (s *Service) store(ctx context.Context, w writer, recs []*record, now time.Time, careful bool) error {
	if careful {
		nums := make([]string, len(recs))
		for i, r := range recs {
			nums[i] = r.reg.Number
		}
		have, err := w.lookup(ctx, nums)
		if err != nil {
			return err
		}
		for _, r := range recs {
			old := r.state
			setState(r, have)
			if r.state != recUnchanged && old == recUnchanged {
				s.screenRecord(r)
			}
		}
	}
	// Number order keeps the inserts into the number index close together; new
	// registrations get ascending ids in that order, so their versions and hits append.
	slices.SortFunc(recs, func(a, b *record) int { return strings.Compare(a.reg.Number, b.reg.Number) })
	fresh := 0
	for _, r := range recs {
		if r.state == recNew {
			fresh++
		}
	}
	ids, err := w.newIDs(ctx, fresh)
	if err != nil {
		return err
	}
	var regRows, verRows, hitRows [][]any
	for _, r := range recs {
		if r.state == recUnchanged {
			continue
		}
		g := &r.reg
		if r.state == recNew {
			r.id, ids = ids[0], ids[1:]
			regRows = append(regRows, []any{r.id, g.Number, string(g.Kind), g.Unit, g.Team, g.IncidentCode, g.Summary,
				nullTime(g.CommittedAt), g.RegisteredAt.UTC(), g.Municipality, g.Address, g.Platform, g.Person, g.Version, r.hash, s.lx().version, r.flagged, r.score, now})
		} else {
			n, err := w.exec(ctx, `UPDATE registrations SET kind = ?, unit = ?, team = ?, incident_code = ?, summary = ?,
				committed_at = ?, registered_at = ?, municipality = ?, address = ?, platform = ?, person = ?, version = ?, hash = ?, lexicon = ?,
				flagged = ?, score = ?, updated_at = ?
				WHERE id = ? AND version = ?`,
				string(g.Kind), g.Unit, g.Team, g.IncidentCode, g.Summary, nullTime(g.CommittedAt), g.RegisteredAt.UTC(),
				g.Municipality, g.Address, g.Platform, g.Person, g.Version, r.hash, s.lx().version, r.flagged, r.score, now, r.id, g.Version-1)
			if err != nil {
				return fmt.Errorf("update registration %s: %w", g.Number, err)
			}
			if n != 1 {
				return errRace
			}
		}
		src := ""
		if r.line > 0 {
			src = "regel " + strconv.Itoa(r.line)
		}
		verRows = append(verRows, []any{r.id, g.Version, g.Number, r.hash, string(g.Kind), g.Unit, g.Team, g.IncidentCode, g.Summary,
			nullTime(g.CommittedAt), g.RegisteredAt.UTC(), g.Municipality, g.Address, g.Platform, g.Person, g.Text, src, now})
		hitRows = appendHits(hitRows, r.id, g.Version, s.lx().version, r.hits)
	}
	if err := w.insertRows(ctx, "registrations", regCols, regRows); err != nil {
		return err
	}
	if err := w.insertRows(ctx, "registration_versions", versionCols, verRows); err != nil {
		return err
	}
	if err := w.insertRows(ctx, "hits", hitCols, hitRows); err != nil {
		return err
	}
	var queueRows [][]any
	for _, r := range recs {
		if r.state == recNew && r.flagged { // a new registration has no queue item yet
			g := &r.reg
			terms, strong := termLists(r.hits)
			queueRows = append(queueRows, []any{g.Number, string(g.Kind), g.Unit, g.Team, g.RegisteredAt.UTC(), StatusOpen, r.priority,
				r.strong, len(distinctTerms(r.hits)), groundList(r.grounds), g.Version, s.lx().version, now, terms, strong})
		}
	}
	if err := w.insertRows(ctx, "queue_items", queueCols, queueRows); err != nil {
		return err
	}
	for _, r := range recs {
		if r.state != recChanged {
			continue
		}
		if err := s.enqueue(ctx, w, r, now); err != nil {
			return err
		}
	}
	return nil
}

// groundList stores grounds as ",a,b," so that LIKE '%,a,%' finds one.
func groundList(grounds []string) string {
	if len(grounds) == 0 {
		return ""
	}
	return "," + strings.Join(grounds, ",") + ","
}

func appendHits(rows [][]any, id int64, version int, lexicon string, hits []Hit) [][]any {
	for i, h := range hits {
		rows = append(rows, []any{id, version, lexicon, i + 1, h.Term, strings.Join(h.Grounds, ","), h.Mode, h.Strength, h.Start, h.End, h.Match, h.Score, h.Explanation})
	}
	return rows
}

// termLists stores the distinct terms of hits as "|a|b|" for queue_items.terms (strong
// ones first, then in text order) and the strong ones alone for strong_terms.
func termLists(hits []Hit) (terms, strong string) {
	var all, strongs, weak []string
	for _, h := range hits {
		t := strings.ReplaceAll(h.Term, "|", "/")
		if h.Strength == screen.Strong && !slices.Contains(strongs, t) {
			strongs = append(strongs, t)
		}
	}
	for _, h := range hits {
		if t := strings.ReplaceAll(h.Term, "|", "/"); !slices.Contains(strongs, t) && !slices.Contains(weak, t) {
			weak = append(weak, t)
		}
	}
	all = append(slices.Clone(strongs), weak...)
	list := func(l []string) string {
		if len(l) == 0 {
			return ""
		}
		return "|" + strings.Join(l, "|") + "|"
	}
	return list(all), list(strongs)
}

func distinctTerms(hits []Hit) map[string]bool {
	m := map[string]bool{}
	for _, h := range hits {
		m[h.Term] = true
	}
	return m
}

// enqueue puts a flagged registration in the queue or updates its item. An item keeps its
// status (and decision) only while the decided version is still the current one; a new
// version goes back to open. A registration no longer flagged lapses, unless decided.
func (s *Service) enqueue(ctx context.Context, w writer, r *record, now time.Time) error {
	g := &r.reg
	if !r.flagged {
		_, err := w.exec(ctx, `UPDATE queue_items SET status = ?, version = ?, lexicon = ?, updated_at = ? WHERE number = ? AND status = ?`,
			StatusLapsed, g.Version, s.lx().version, now, g.Number, StatusOpen)
		if err != nil {
			return fmt.Errorf("update queue item %s: %w", g.Number, err)
		}
		return nil
	}
	terms, strongTerms := termLists(r.hits)
	_, err := w.exec(ctx, `INSERT INTO queue_items (number, kind, unit, team, registered_at, status, priority, strong, hit_count, grounds, version, lexicon, updated_at,
			terms, strong_terms)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (number) DO UPDATE SET kind = excluded.kind, unit = excluded.unit, team = excluded.team,
			registered_at = excluded.registered_at, priority = excluded.priority, strong = excluded.strong,
			hit_count = excluded.hit_count, grounds = excluded.grounds, version = excluded.version,
			lexicon = excluded.lexicon, updated_at = excluded.updated_at, terms = excluded.terms, strong_terms = excluded.strong_terms,
			status = CASE WHEN queue_items.decided_version = excluded.version THEN queue_items.status ELSE 'open' END`,
		g.Number, string(g.Kind), g.Unit, g.Team, g.RegisteredAt.UTC(), StatusOpen, r.priority, r.strong, len(distinctTerms(r.hits)),
		groundList(r.grounds), g.Version, s.lx().version, now, terms, strongTerms)
	if err != nil {
		return fmt.Errorf("enqueue %s: %w", g.Number, err)
	}
	return nil
}

// sqlWriter writes to SQLite through database/sql with multi-row INSERTs. SQLite takes
// '?' placeholders as they are. On the import's own connection (stmts set) the full-size
// INSERTs are prepared once per import: parsing a 200-row INSERT for every chunk cost the
// writer about 5% of an import.
type sqlWriter struct {
	q     queryer
	stmts *importWriter
}

// queryer is a *sql.Tx or a *sql.Conn.
type queryer interface {
	ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row
}

func (w sqlWriter) exec(ctx context.Context, q string, args ...any) (int64, error) {
	res, err := w.q.ExecContext(ctx, q, args...)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

func (w sqlWriter) insertRows(ctx context.Context, table string, cols []string, rows [][]any) error {
	per := min(200, 30000/len(cols))
	row := "(" + marks(len(cols)) + ")"
	// OR FAIL: a failing row leaves the rows before it, which spares SQLite the statement
	// journal it keeps to undo a multi-row INSERT (every caller rolls back the whole
	// transaction on an error anyway).
	head := "INSERT OR FAIL INTO " + table + " (" + strings.Join(cols, ", ") + ") VALUES "
	full := ""
	for len(rows) > 0 {
		n := min(per, len(rows))
		q := full
		if n < per || q == "" {
			q = head + strings.TrimSuffix(strings.Repeat(row+",", n), ",")
			if n == per {
				full = q
			}
		}
		args := make([]any, 0, n*len(cols))
		for _, r := range rows[:n] {
			args = append(args, r...)
		}
		var err error
		if st := w.stmts.prepared(ctx, q, n == per); st != nil {
			_, err = st.ExecContext(ctx, args...)
		} else {
			_, err = w.q.ExecContext(ctx, q, args...)
		}
		if err != nil {
			return fmt.Errorf("insert %s: %w", table, err)
		}
		rows = rows[n:]
	}
	return nil
}

func (w sqlWriter) newIDs(ctx context.Context, n int) ([]int64, error) {
	if n == 0 {
		return nil, nil
	}
	// The transaction holds SQLite's write lock, so nobody else takes these ids.
	var last int64
	if err := w.q.QueryRowContext(ctx, "SELECT coalesce(max(id), 0) FROM registrations").Scan(&last); err != nil {
		return nil, fmt.Errorf("next registration id: %w", err)
	}
	ids := make([]int64, n)
	for i := range ids {
		ids[i] = last + 1 + int64(i)
	}
	return ids, nil
}

func (w sqlWriter) lookup(ctx context.Context, nums []string) (map[string]existing, error) {
	return lookupNumbers(ctx, w.q.QueryContext, nums)
}

// pgWriter writes through a pgx transaction, with COPY for bulk rows.
type pgWriter struct {
	tx pgx.Tx
	d  *db.DB
}

func (w pgWriter) exec(ctx context.Context, q string, args ...any) (int64, error) {
	tag, err := w.tx.Exec(ctx, w.d.Rebind(q), args...)
	if err != nil {
		return 0, err
	}
	return tag.RowsAffected(), nil
}

func (w pgWriter) insertRows(ctx context.Context, table string, cols []string, rows [][]any) error {
	if len(rows) == 0 {
		return nil
	}
	if _, err := w.tx.CopyFrom(ctx, pgx.Identifier{table}, cols, pgx.CopyFromRows(rows)); err != nil {
		return fmt.Errorf("copy %s: %w", table, err)
	}
	return nil
}

func (w pgWriter) lookup(ctx context.Context, nums []string) (map[string]existing, error) {
	rows, err := w.tx.Query(ctx, "SELECT id, number, hash, version FROM registrations WHERE number = ANY($1)", nums)
	if err != nil {
		return nil, fmt.Errorf("look up registrations: %w", err)
	}
	defer rows.Close()
	have := make(map[string]existing)
	for rows.Next() {
		var num string
		var e existing
		if err := rows.Scan(&e.id, &num, &e.hash, &e.version); err != nil {
			return nil, err
		}
		have[num] = e
	}
	return have, rows.Err()
}

func (w pgWriter) newIDs(ctx context.Context, n int) ([]int64, error) {
	if n == 0 {
		return nil, nil
	}
	rows, err := w.tx.Query(ctx, "SELECT nextval(pg_get_serial_sequence('registrations', 'id')) FROM generate_series(1, $1)", n)
	if err != nil {
		return nil, fmt.Errorf("next registration ids: %w", err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		return nil, fmt.Errorf("next registration ids: %w", err)
	}
	slices.Sort(ids)
	return ids, nil
}

// writePG runs store in a pgx transaction on a connection of the pool, so COPY can be
// used next to ordinary statements.
func (s *Service) writePG(ctx context.Context, recs []*record, now time.Time, careful bool) error {
	return s.withPG(ctx, func(tx pgx.Tx) error {
		return s.store(ctx, pgWriter{tx: tx, d: s.db}, recs, now, careful)
	})
}

// withPG runs fn in a pgx transaction on one pooled connection.
func (s *Service) withPG(ctx context.Context, fn func(tx pgx.Tx) error) error {
	conn, err := s.db.SQL().Conn(ctx)
	if err != nil {
		return fmt.Errorf("get connection: %w", err)
	}
	defer conn.Close()
	return conn.Raw(func(dc any) error {
		pc := dc.(*stdlib.Conn).Conn()
		tx, err := pc.Begin(ctx)
		if err != nil {
			return fmt.Errorf("begin transaction: %w", err)
		}
		defer tx.Rollback(context.WithoutCancel(ctx))
		if err := fn(tx); err != nil {
			return err
		}
		if err := tx.Commit(ctx); err != nil {
			return fmt.Errorf("commit transaction: %w", err)
		}
		return nil
	})
}
