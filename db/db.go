package db

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
	"github.com/pressly/goose/v3"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// Dialect names the SQL dialect of a database.
type Dialect string

// The supported dialects.
const (
	SQLite   Dialect = "sqlite"
	Postgres Dialect = "postgres"
)

//go:embed migrations
var migrations embed.FS

// DB is an open stelsel database.
type DB struct {
	sql     *sql.DB
	dialect Dialect
	dsn     string
	stmts   stmtCache
	// writer is held by the transaction writing to SQLite (nil for PostgreSQL).
	writer chan struct{}
}

// DefaultDSN returns the DSN used when none is given: $STELSEL_DB, else a SQLite file in
// the data directory ($STELSEL_DATA, else $XDG_DATA_HOME/stelsel, else
// ~/.local/share/stelsel).
func DefaultDSN(getenv func(string) string) string {
	if v := getenv("STELSEL_DB"); v != "" {
		return v
	}
	return filepath.Join(DataDir(getenv), "stelsel.db")
}

// DataDir returns the directory for stelsel's local files.
func DataDir(getenv func(string) string) string {
	if v := getenv("STELSEL_DATA"); v != "" {
		return v
	}
	if v := getenv("XDG_DATA_HOME"); v != "" {
		return filepath.Join(v, "stelsel")
	}
	if home, err := os.UserHomeDir(); err == nil {
		return filepath.Join(home, ".local", "share", "stelsel")
	}
	return "stelsel-data"
}

// Open opens the database named by dsn and migrates it to the current schema.
// A dsn starting with postgres:// or postgresql:// opens PostgreSQL; anything else
// (a path, optionally prefixed with sqlite:) opens a SQLite file, creating its directory.
func Open(ctx context.Context, dsn string) (*DB, error) {
	d, err := open(dsn)
	if err != nil {
		return nil, err
	}
	if err := d.sql.PingContext(ctx); err != nil {
		d.sql.Close()
		return nil, fmt.Errorf("open database %s: %w", redact(dsn), err)
	}
	if err := d.migrate(ctx); err != nil {
		d.sql.Close()
		return nil, err
	}
	return d, nil
}

func open(dsn string) (*DB, error) {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		s, err := sql.Open("pgx", dsn)
		if err != nil {
			return nil, fmt.Errorf("open database %s: %w", redact(dsn), err)
		}
		s.SetMaxOpenConns(32)
		s.SetMaxIdleConns(16)
		return &DB{sql: s, dialect: Postgres, dsn: dsn}, nil
	}
	path := strings.TrimPrefix(dsn, "sqlite:")
	if path == "" {
		return nil, fmt.Errorf("open database: empty SQLite path")
	}
	if path != ":memory:" {
		if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
			return nil, fmt.Errorf("open database %s: %w", path, err)
		}
	}
	q := "_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)" +
		"&_pragma=synchronous(NORMAL)&_pragma=cache_size(-65536)&_pragma=mmap_size(1073741824)&_txlock=immediate&_time_format=sqlite"
	s, err := sql.Open("sqlite", "file:"+path+"?"+q)
	if err != nil {
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	// One writer at a time is SQLite's nature; readers run beside it in WAL mode.
	s.SetMaxOpenConns(8)
	s.SetMaxIdleConns(8)
	s.SetConnMaxLifetime(0)
	return &DB{sql: s, dialect: SQLite, dsn: dsn, writer: make(chan struct{}, 1)}, nil
}

func (d *DB) migrate(ctx context.Context) error {
	sub, err := fs.Sub(migrations, "migrations/"+string(d.dialect))
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	gd := goose.DialectSQLite3
	if d.dialect == Postgres {
		gd = goose.DialectPostgres
	}
	p, err := goose.NewProvider(gd, d.sql, sub, goose.WithAllowOutofOrder(true))
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	if _, err := p.Up(ctx); err != nil {
		return fmt.Errorf("migrate %s database: %w", d.dialect, err)
	}
	return nil
}

// Close closes the database.
func (d *DB) Close() error {
	d.stmts.close()
	return d.sql.Close()
}

// Dialect returns the database's dialect.
func (d *DB) Dialect() Dialect { return d.dialect }

// SQL returns the underlying *sql.DB, for the few places (bulk copy, tests) that need it.
// Queries through it must use the dialect's own placeholders.
func (d *DB) SQL() *sql.DB { return d.sql }

// Rebind rewrites '?' placeholders to the dialect's form ($1, $2, ... for PostgreSQL).
// A '?' inside a single-quoted string literal is left alone.
func (d *DB) Rebind(q string) string { return rebind(d.dialect, q) }

func rebind(dialect Dialect, q string) string {
	if dialect != Postgres || !strings.Contains(q, "?") {
		return q
	}
	var b strings.Builder
	b.Grow(len(q) + 16)
	n, inStr := 0, false
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch {
		case c == '\'':
			inStr = !inStr
			b.WriteByte(c)
		case c == '?' && !inStr:
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

type traceKey struct{}

// WithTrace returns a context under which every statement run through DB and Tx is
// passed to fn first, as written (before placeholder rewriting). Tests use it to prove
// that two code paths do the same database work.
func WithTrace(ctx context.Context, fn func(query string)) context.Context {
	return context.WithValue(ctx, traceKey{}, fn)
}

func trace(ctx context.Context, q string) {
	if fn, ok := ctx.Value(traceKey{}).(func(string)); ok {
		fn(q)
	}
}

// Exec runs a statement.
func (d *DB) Exec(ctx context.Context, q string, args ...any) (sql.Result, error) {
	trace(ctx, q)
	return d.sql.ExecContext(ctx, d.Rebind(q), args...)
}

// Query runs a query.
func (d *DB) Query(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	trace(ctx, q)
	if st := d.prepared(ctx, q); st != nil {
		return st.QueryContext(ctx, args...)
	}
	return d.sql.QueryContext(ctx, d.Rebind(q), args...)
}

// QueryRow runs a query that returns at most one row.
func (d *DB) QueryRow(ctx context.Context, q string, args ...any) *sql.Row {
	trace(ctx, q)
	if st := d.prepared(ctx, q); st != nil {
		return st.QueryRowContext(ctx, args...)
	}
	return d.sql.QueryRowContext(ctx, d.Rebind(q), args...)
}

// Tx is a transaction with the same placeholder rewriting as DB.
type Tx struct {
	tx      *sql.Tx
	dialect Dialect
}

// Dialect returns the database's dialect.
func (t *Tx) Dialect() Dialect { return t.dialect }

// SQL returns the underlying *sql.Tx.
func (t *Tx) SQL() *sql.Tx { return t.tx }

// Exec runs a statement in the transaction.
func (t *Tx) Exec(ctx context.Context, q string, args ...any) (sql.Result, error) {
	trace(ctx, q)
	return t.tx.ExecContext(ctx, rebind(t.dialect, q), args...)
}

// Query runs a query in the transaction.
func (t *Tx) Query(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	trace(ctx, q)
	return t.tx.QueryContext(ctx, rebind(t.dialect, q), args...)
}

// QueryRow runs a query that returns at most one row in the transaction.
func (t *Tx) QueryRow(ctx context.Context, q string, args ...any) *sql.Row {
	trace(ctx, q)
	return t.tx.QueryRowContext(ctx, rebind(t.dialect, q), args...)
}

// Prepare prepares a statement in the transaction, for loops of many inserts.
func (t *Tx) Prepare(ctx context.Context, q string) (*sql.Stmt, error) {
	return t.tx.PrepareContext(ctx, rebind(t.dialect, q))
}

// InTx runs fn in a transaction, committing when fn returns nil and rolling back
// otherwise (and on panic). Serialization failures on PostgreSQL and busy errors on
// SQLite are retried a few times, so callers can keep their transactions simple.
func (d *DB) InTx(ctx context.Context, fn func(tx *Tx) error) error {
	var err error
	for attempt := 0; attempt < 5; attempt++ {
		err = d.inTx(ctx, fn)
		if err == nil || !retryable(err) || ctx.Err() != nil {
			return err
		}
	}
	return err
}

// writerWait is how long a transaction waits for another of this process to finish
// writing to SQLite before it leaves the waiting to SQLite (the busy timeout).
const writerWait = 10 * time.Second

// lockWriter waits until no other transaction of this process is writing to SQLite.
// SQLite has one writer at a time; without this, concurrent transactions would find the
// database locked and poll for it with growing sleeps (1, 2, 5, 10 ms, ...), which is
// where the slowest page views of a busy server went. Other processes are still kept
// apart by SQLite's own lock.
func (d *DB) lockWriter(ctx context.Context) (unlock func()) {
	if d.writer == nil {
		return func() {}
	}
	select {
	case d.writer <- struct{}{}:
		return func() { <-d.writer }
	default:
	}
	t := time.NewTimer(writerWait)
	defer t.Stop()
	select {
	case d.writer <- struct{}{}:
		return func() { <-d.writer }
	case <-ctx.Done():
	case <-t.C:
	}
	return func() {}
}

func (d *DB) inTx(ctx context.Context, fn func(tx *Tx) error) (err error) {
	unlock := d.lockWriter(ctx)
	defer unlock()
	trace(ctx, "BEGIN")
	stx, err := d.sql.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin transaction: %w", err)
	}
	tx := &Tx{tx: stx, dialect: d.dialect}
	defer func() {
		if p := recover(); p != nil {
			_ = stx.Rollback()
			panic(p)
		}
		if err != nil {
			_ = stx.Rollback()
		}
	}()
	if err = fn(tx); err != nil {
		return err
	}
	if err = stx.Commit(); err != nil {
		return fmt.Errorf("commit transaction: %w", err)
	}
	return nil
}

func retryable(err error) bool {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		return pe.Code == "40001" || pe.Code == "40P01"
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		return se.Code() == sqlite3.SQLITE_BUSY || se.Code()&0xff == sqlite3.SQLITE_BUSY
	}
	return false
}

// IsUniqueViolation reports whether err is a unique-constraint violation in either dialect.
func IsUniqueViolation(err error) bool {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		return pe.Code == "23505"
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		return se.Code() == sqlite3.SQLITE_CONSTRAINT_UNIQUE || se.Code() == sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY
	}
	return false
}

// redact hides a password in a PostgreSQL DSN for error messages.
func redact(dsn string) string {
	if i := strings.Index(dsn, "://"); i >= 0 {
		if at := strings.LastIndex(dsn, "@"); at > i {
			cred := dsn[i+3 : at]
			if c := strings.Index(cred, ":"); c >= 0 {
				return dsn[:i+3] + cred[:c] + ":***" + dsn[at:]
			}
		}
	}
	return dsn
}
