package registration

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/sync/errgroup"

	"stelsel"
	"stelsel/access"
	"stelsel/db"
)

// ImportOptions tune an import. The zero value is right for the command line.
type ImportOptions struct {
	// Format is "csv" or "jsonl"; "" chooses by the file name (.jsonl, .ndjson, .json: JSON
	// Lines; anything else: CSV).
	Format string
	// BatchSize is the number of records per transaction (default 50000). An interrupted
	// import loses at most the batches in flight; rerunning it finishes the job. On SQLite
	// each commit rewrites the pages of the number index it touched, which at a million
	// registrations are most of them: 10000 records per commit wrote 9.7 GB for 1M
	// registrations (2.9 GB of database), 50000 wrote 6.8 GB and took a fifth less CPU.
	BatchSize int
	// Workers is the number of screening goroutines (default GOMAXPROCS).
	Workers int
	// RejectPath is where rejected records go; "" means next to the input
	// (FILE.rejects.csv or FILE.rejects.jsonl), "-" means nowhere.
	RejectPath string
	// Progress, when set, is called after each chunk of records read (at most 2000), from
	// one goroutine.
	Progress func(ImportProgress)
}

// ImportProgress reports how far an import got.
type ImportProgress struct {
	File     string
	Bytes    int64 // bytes read so far
	Total    int64 // file size; 0 when unknown
	Records  int   // records read so far, including rejected ones
	Rejected int
}

// MaxReportedRejects caps ImportResult.Rejects; the reject file has all of them.
const MaxReportedRejects = 1000

// ImportResult counts what an import did.
type ImportResult struct {
	File       string        `json:"bestand"`
	Records    int           `json:"records"`     // read, including rejected
	New        int           `json:"nieuw"`       // new registrations
	Changed    int           `json:"gewijzigd"`   // new versions of known registrations
	Unchanged  int           `json:"ongewijzigd"` // already stored exactly so
	Rejected   int           `json:"afgewezen"`
	Flagged    int           `json:"gemarkeerd"` // new or changed records with hits
	Rejects    []Reject      `json:"afwijzingen,omitempty"`
	RejectFile string        `json:"afwijzingsbestand,omitempty"`
	Lexicon    string        `json:"lexicon"`
	Duration   time.Duration `json:"duur_ns"`
}

// importChunk is the number of records the screening workers take at a time.
const importChunk = 2000

// count adds the stored records to the result.
func (res *ImportResult) count(recs []*record) {
	for _, r := range recs {
		switch r.state {
		case recNew:
			res.New++
		case recChanged:
			res.Changed++
		case recUnchanged:
			res.Unchanged++
		}
		if r.flagged && r.state != recUnchanged {
			res.Flagged++
		}
	}
}

// Record states after classification against the database.
const (
	recNew = iota + 1
	recChanged
	recUnchanged
)

// Import reads the file at path (CSV or JSON Lines), stores new and changed
// registrations, screens them and puts flagged ones in the queue. Rejected records are
// reported in the result and written to the reject file; they are not an error. The
// actor needs access.ImportData.
func (s *Service) Import(ctx context.Context, a access.Actor, path string, opts ImportOptions) (ImportResult, error) {
	if err := a.Require(access.ImportData); err != nil {
		return ImportResult{File: path}, err
	}
	f, err := os.Open(path)
	if err != nil {
		return ImportResult{File: path}, stelsel.Errorf(stelsel.ENOTFOUND, "bestand %s niet te openen: %v", path, errors.Unwrap(err))
	}
	defer f.Close()
	var size int64
	if st, err := f.Stat(); err == nil {
		size = st.Size()
	}
	if opts.Format == "" {
		opts.Format = formatOf(path)
	}
	if opts.RejectPath == "" {
		opts.RejectPath = path + ".rejects." + opts.Format
	}
	return s.importFrom(ctx, a, f, path, size, opts)
}

// ImportReader is Import for a stream (an upload): name is used in reports, and rejected
// records are written only when opts.RejectPath is set.
func (s *Service) ImportReader(ctx context.Context, a access.Actor, r io.Reader, name string, opts ImportOptions) (ImportResult, error) {
	if err := a.Require(access.ImportData); err != nil {
		return ImportResult{File: name}, err
	}
	if opts.Format == "" {
		opts.Format = formatOf(name)
	}
	if opts.RejectPath == "" {
		opts.RejectPath = "-"
	}
	return s.importFrom(ctx, a, r, name, 0, opts)
}

func formatOf(name string) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".jsonl", ".ndjson", ".json":
		return "jsonl"
	}
	return "csv"
}

type countingReader struct {
	r io.Reader
	n atomic.Int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

func (s *Service) importFrom(ctx context.Context, a access.Actor, r io.Reader, name string, size int64, opts ImportOptions) (ImportResult, error) {
	s = s.pin()
	start := time.Now()
	defer s.counts.invalidate()
	res := ImportResult{File: name, Lexicon: s.lx().version}
	if err := s.loadRanking(ctx); err != nil {
		return res, err
	}
	if opts.BatchSize <= 0 {
		opts.BatchSize = 50000
	}
	if opts.Workers <= 0 {
		opts.Workers = runtime.GOMAXPROCS(0)
	}
	cr := &countingReader{r: r}
	br := bufio.NewReaderSize(cr, 1<<20)
	v := &validator{file: name, cat: s.cat, seen: map[string]int{}}
	var in input
	var header []string
	switch opts.Format {
	case "csv":
		ci, err := newCSVInput(v, br)
		if err != nil {
			return res, err
		}
		in, header = ci, ci.header
	case "jsonl":
		in = &jsonlInput{v: v, r: br}
	default:
		return res, stelsel.Invalid("format", "onbekend formaat %q (csv of jsonl)", opts.Format)
	}
	rw := &rejectWriter{path: opts.RejectPath, format: opts.Format, header: header}
	// The audit entry comes first, in its own transaction, so an import that is killed or
	// stopped by a full disk after committing batches still left a trace; the entry at the
	// end completes it with the counts.
	if err := s.trail.Record(ctx, a, access.Entry{Action: access.ActionImport, ObjectKind: "registration_file", ObjectID: filepath.Base(name),
		Detail: "gestart lexicon=" + s.lx().version}); err != nil {
		return res, fmt.Errorf("import %s: %w", name, err)
	}

	// The reader hands chunks to the screening workers; the writer gathers them into
	// transactions of BatchSize records. The screened queue holds a transaction's worth,
	// so the workers screen the next transaction while the writer stores this one.
	chunk := min(opts.BatchSize, importChunk)
	g, gctx := errgroup.WithContext(ctx)
	batches := make(chan []*record, 2*opts.Workers)
	screened := make(chan []*record, opts.BatchSize/chunk+opts.Workers)
	g.Go(func() error { // reader
		defer close(batches)
		batch := make([]*record, 0, chunk)
		send := func() error {
			if opts.Progress != nil {
				opts.Progress(ImportProgress{File: name, Bytes: cr.n.Load(), Total: size, Records: res.Records, Rejected: res.Rejected})
			}
			if len(batch) == 0 {
				return nil
			}
			select {
			case batches <- batch:
			case <-gctx.Done():
				return gctx.Err()
			}
			batch = make([]*record, 0, chunk)
			return nil
		}
		for {
			rec, rj, err := in.next()
			if errors.Is(err, io.EOF) {
				return send()
			}
			if err != nil {
				return err
			}
			res.Records++
			if rj != nil {
				res.Rejected++
				if len(res.Rejects) < MaxReportedRejects {
					res.Rejects = append(res.Rejects, *rj)
				}
				if err := rw.write(rj); err != nil {
					return err
				}
				continue
			}
			batch = append(batch, rec)
			if len(batch) == chunk {
				if err := send(); err != nil {
					return err
				}
			}
		}
	})
	// Into an empty database every record is new (numbers are unique within a file), so
	// the first load skips the lookups; a concurrent import that stores some of the same
	// numbers meanwhile makes the batch fail on the unique number and go the careful way.
	var stored bool
	if err := s.db.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM registrations)").Scan(&stored); err != nil {
		return res, fmt.Errorf("import %s: %w", name, err)
	}
	var workers errgroup.Group
	for range opts.Workers {
		workers.Go(func() error {
			for b := range batches {
				if stored {
					if err := s.classify(gctx, b); err != nil {
						return err
					}
				} else {
					for _, r := range b {
						r.state, r.reg.Version = recNew, 1
					}
				}
				for _, r := range b {
					if r.state != recUnchanged {
						s.screenRecord(r)
					}
				}
				select {
				case screened <- b:
				case <-gctx.Done():
					return gctx.Err()
				}
			}
			return nil
		})
	}
	g.Go(func() error {
		err := workers.Wait()
		close(screened)
		return err
	})
	g.Go(func() error { // the one writer
		iw, done, err := s.importConn(gctx)
		if err != nil {
			return err
		}
		defer done()
		tx := make([]*record, 0, opts.BatchSize)
		flush := func() error {
			if len(tx) == 0 {
				return nil
			}
			if err := s.writeBatch(gctx, iw, tx); err != nil {
				return err
			}
			res.count(tx)
			clear(tx)
			tx = tx[:0]
			return nil
		}
		for b := range screened {
			for len(b) > 0 {
				n := min(len(b), opts.BatchSize-len(tx))
				tx, b = append(tx, b[:n]...), b[n:]
				if len(tx) == opts.BatchSize {
					if err := flush(); err != nil {
						return err
					}
				}
			}
		}
		return flush()
	})
	err := g.Wait()
	if cerr := rw.close(res.Rejected > 0 && err == nil); cerr != nil && err == nil {
		err = cerr
	}
	if rw.wrote && err == nil {
		res.RejectFile = rw.path
	}
	res.Duration = time.Since(start)
	outcome := "voltooid"
	if err != nil {
		outcome = "afgebroken"
	}
	detail := fmt.Sprintf("%s records=%d nieuw=%d gewijzigd=%d ongewijzigd=%d afgewezen=%d gemarkeerd=%d lexicon=%s",
		outcome, res.Records, res.New, res.Changed, res.Unchanged, res.Rejected, res.Flagged, s.lx().version)
	// The audit line is written even when the import was interrupted: what landed, landed.
	if aerr := s.trail.Record(context.WithoutCancel(ctx), a, access.Entry{Action: access.ActionImport, ObjectKind: "registration_file", ObjectID: filepath.Base(name), Detail: detail}); aerr != nil && err == nil {
		err = aerr
	}
	if err != nil {
		return res, fmt.Errorf("import %s: %w", name, err)
	}
	return res, nil
}

// importWriter is the connection an import writes through on SQLite, with the statements
// it prepared for the whole import.
type importWriter struct {
	conn  *sql.Conn
	stmts map[string]*sql.Stmt
}

// prepared returns q prepared on the import's connection when keep is set, nil when it
// should simply be executed (on PostgreSQL, for odd sizes, or when preparing fails: the
// execution then reports the error).
func (iw *importWriter) prepared(ctx context.Context, q string, keep bool) *sql.Stmt {
	if iw == nil || !keep {
		return nil
	}
	if st, ok := iw.stmts[q]; ok {
		return st
	}
	st, err := iw.conn.PrepareContext(ctx, q)
	if err != nil {
		return nil
	}
	iw.stmts[q] = st
	return st
}

// importConn returns the connection the import writes through on SQLite, nil on
// PostgreSQL. Its automatic WAL checkpoint is off while a goroutine checkpoints beside
// it, so copying the WAL into the database runs on another core than the inserts; done
// checkpoints once more and restores the connection.
//
// Durability stays the database's own: WAL with synchronous=NORMAL. A commit then writes
// the WAL without fsync and only checkpoints sync, so synchronous=OFF on this connection
// would save nothing measurable, while on the checkpointing side it would let an
// operating-system crash corrupt the database. A killed import loses only the
// transaction in flight.
func (s *Service) importConn(ctx context.Context) (*importWriter, func(), error) {
	if s.db.Dialect() != db.SQLite {
		return nil, func() {}, nil
	}
	conn, err := s.db.SQL().Conn(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("import connection: %w", err)
	}
	// A larger page cache keeps the number index in memory while it takes random inserts;
	// it is given back when the import ends. Statement journals (each multi-row INSERT
	// keeps one, to undo itself on a constraint error) stay in memory instead of a temp
	// file: they cost the writer ~2 s of write calls per million records.
	if _, err := conn.ExecContext(ctx, "PRAGMA wal_autocheckpoint = 0; PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY"); err != nil {
		conn.Close()
		return nil, nil, fmt.Errorf("import connection: %w", err)
	}
	iw := &importWriter{conn: conn, stmts: map[string]*sql.Stmt{}}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	checkpoint := func() { s.db.Exec(context.WithoutCancel(ctx), "PRAGMA wal_checkpoint(PASSIVE)") }
	wg.Go(func() {
		t := time.NewTicker(250 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				checkpoint()
			}
		}
	})
	return iw, func() {
		close(stop)
		wg.Wait()
		checkpoint()
		for _, st := range iw.stmts {
			st.Close()
		}
		conn.ExecContext(context.WithoutCancel(ctx), "PRAGMA wal_autocheckpoint = 1000; PRAGMA cache_size = -65536; PRAGMA temp_store = DEFAULT")
		conn.Close()
	}, nil
}

// rejectWriter writes rejected records to a file created on the first reject, atomically
// renamed into place at the end. The reject file of an earlier run is removed when this
// run rejects nothing, so a reject file always belongs to the last import.
type rejectWriter struct {
	path, format string
	header       []string
	f            *os.File
	bw           *bufio.Writer
	cw           *csvWriter
	wrote        bool
}

func (w *rejectWriter) write(rj *Reject) error {
	if w.path == "-" {
		return nil
	}
	if w.f == nil {
		f, err := os.CreateTemp(filepath.Dir(w.path), filepath.Base(w.path)+".tmp*")
		if err != nil {
			return fmt.Errorf("create reject file: %w", err)
		}
		w.f, w.bw = f, bufio.NewWriter(f)
		if w.format == "csv" {
			// The reject file is read by people, in Excel too: its cells are inert.
			w.cw = newCSVWriter(w.bw)
			if err := w.cw.Write(append([]string{"fout_regel", "fout_veld", "fout_reden"}, w.header...)); err != nil {
				return err
			}
		}
	}
	w.wrote = true
	if w.cw != nil {
		row := append([]string{fmt.Sprint(rj.Line), rj.Field, rj.Reason}, rj.raw...)
		return w.cw.Write(row)
	}
	b, err := json.Marshal(struct {
		Line   int    `json:"fout_regel"`
		Field  string `json:"fout_veld"`
		Reason string `json:"fout_reden"`
		Input  string `json:"invoer"`
	}{rj.Line, rj.Field, rj.Reason, string(rj.rawJ)})
	if err != nil {
		return err
	}
	w.bw.Write(b)
	return w.bw.WriteByte('\n')
}

func (w *rejectWriter) close(keep bool) error {
	if w.path == "-" {
		return nil
	}
	if w.f == nil {
		if keep {
			return nil
		}
		if err := os.Remove(w.path); err != nil && !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("remove old reject file: %w", err)
		}
		return nil
	}
	if w.cw != nil {
		w.cw.Flush()
	}
	err := w.bw.Flush()
	if err == nil {
		err = w.f.Sync()
	}
	if cerr := w.f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(w.f.Name(), w.path)
	}
	if err != nil {
		os.Remove(w.f.Name())
		return fmt.Errorf("write reject file: %w", err)
	}
	return nil
}
