package db

import (
	"context"
	"database/sql"
	"sync"
)

// SQLite prepares every statement it runs, and for the short reads of a page (a case by
// number, the first rows of an index range) parsing and planning the SQL costs as much as
// running it. Reads outside a transaction therefore go through prepared statements kept
// per query text; database/sql prepares each on a connection when it is first used there.
// PostgreSQL needs none of this: pgx keeps its own cache of prepared statements per
// connection.

// maxCachedStmts bounds the cache: queries built from lists (IN (?, ?, ...) with a
// varying count) have many texts, and past the bound they simply run unprepared.
const maxCachedStmts = 512

// maxCachedQuery is the longest query text that is kept.
const maxCachedQuery = 4096

type stmtCache struct {
	mu     sync.RWMutex
	stmts  map[string]*sql.Stmt
	closed bool
}

// prepared returns the prepared statement of a read q, preparing it once, or nil when
// q should run unprepared (PostgreSQL, a full cache, a failed prepare: the plain query
// then reports the error).
func (d *DB) prepared(ctx context.Context, q string) *sql.Stmt {
	if d.dialect != SQLite || len(q) > maxCachedQuery {
		return nil
	}
	c := &d.stmts
	c.mu.RLock()
	st, ok := c.stmts[q]
	full := len(c.stmts) >= maxCachedStmts
	c.mu.RUnlock()
	if ok || full {
		return st
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if st, ok := c.stmts[q]; ok || c.closed || len(c.stmts) >= maxCachedStmts {
		return st
	}
	st, err := d.sql.PrepareContext(context.WithoutCancel(ctx), q)
	if err != nil {
		return nil
	}
	if c.stmts == nil {
		c.stmts = map[string]*sql.Stmt{}
	}
	c.stmts[q] = st
	return st
}

func (c *stmtCache) close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, st := range c.stmts {
		st.Close()
	}
	c.stmts, c.closed = nil, true
}
