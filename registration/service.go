package registration

import (
	"sync"
	"sync/atomic"
	"time"

	"stelsel/access"
	"stelsel/catalog"
	"stelsel/db"
	"stelsel/screen"
)

// Service is the registration domain service. It is safe for concurrent use.
type Service struct {
	db    *db.DB
	trail *access.Trail
	// live is the lexicon in use, swapped by RefreshLexicon when another process
	// activates one; pinned is set in the copy an import or screening run works with,
	// so one run screens and records with one lexicon throughout.
	live   *liveLexicon
	pinned *lexState
	cat    *catalog.Catalog
	now    func() time.Time
	// FourEyes makes coded decisions wait for a second reviewer's Confirm before the code
	// goes out. Set it before first use.
	FourEyes bool
	// UndoWindow is how long reviewers may undo their own last decision (Undo);
	// DefaultUndoWindow unless set, 0 or less turns undo off. Set it before first use.
	UndoWindow time.Duration
	counts     *countCache
	sorts      map[string]sortKey
	// rank holds the active re-ranking model (rerank.go). It is a pointer so that the
	// pinned copy of a run (pin) shares it with the service.
	rank *rankState
}

// rankState is the active re-ranking model, nil when off; modelRead says whether it was
// read from the database.
type rankState struct {
	model     atomic.Pointer[RankModel]
	modelRead atomic.Bool
}

// NewService returns a service on d that audits to trail, screens with screener, checks
// codes against cat and reads the time from now (time.Now when nil).
func NewService(d *db.DB, trail *access.Trail, screener *screen.Screener, cat *catalog.Catalog, now func() time.Time) *Service {
	if now == nil {
		now = time.Now
	}
	if cat == nil {
		cat = catalog.Default()
	}
	live := &liveLexicon{}
	live.cur.Store(&lexState{screener: screener, version: screener.Lexicon().Version()})
	return &Service{db: d, trail: trail, live: live, cat: cat, now: now, counts: newCountCache(now), rank: &rankState{},
		sorts: sortKeys(cat), UndoWindow: DefaultUndoWindow}
}

// lexState is one lexicon in use: its screener and version.
type lexState struct {
	screener *screen.Screener
	version  string
}

type liveLexicon struct {
	cur atomic.Pointer[lexState]
	mu  sync.Mutex // one load at a time
}

// lx is the lexicon to screen and record with: the pinned one in a run, else the live one.
func (s *Service) lx() *lexState {
	if s.pinned != nil {
		return s.pinned
	}
	return s.live.cur.Load()
}

// pin returns a copy of the service that keeps the lexicon in use now, for one run.
func (s *Service) pin() *Service {
	c := *s
	c.pinned = s.lx()
	return &c
}

// LexiconVersion returns the version of the lexicon the service screens with.
func (s *Service) LexiconVersion() string { return s.lx().version }

// Lexicon returns the lexicon the service screens with.
func (s *Service) Lexicon() *screen.Lexicon { return s.lx().screener.Lexicon() }

// Catalog returns the catalog the service checks codes against.
func (s *Service) Catalog() *catalog.Catalog { return s.cat }

func (s *Service) clock() time.Time { return s.now().UTC().Truncate(time.Microsecond) }
