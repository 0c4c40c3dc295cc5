package registration

import (
	"sync/atomic"
	"time"

	"stelsel/access"
	"stelsel/catalog"
	"stelsel/db"
	"stelsel/screen"
)

// Service is the registration domain service. It is safe for concurrent use.
type Service struct {
	db       *db.DB
	trail    *access.Trail
	screener *screen.Screener
	lexicon  string // the screener's lexicon version
	cat      *catalog.Catalog
	now      func() time.Time
	// FourEyes makes coded decisions wait for a second reviewer's Confirm before the code
	// goes out. Set it before first use.
	FourEyes bool
	// UndoWindow is how long reviewers may undo their own last decision (Undo);
	// DefaultUndoWindow unless set, 0 or less turns undo off. Set it before first use.
	UndoWindow time.Duration
	counts     *countCache
	sorts      map[string]sortKey
	// model is the active re-ranking model (rerank.go), nil when off; modelRead says
	// whether it was read from the database.
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
	return &Service{db: d, trail: trail, screener: screener, lexicon: screener.Lexicon().Version(), cat: cat, now: now, counts: newCountCache(now), sorts: sortKeys(cat),
		UndoWindow: DefaultUndoWindow}
}

// LexiconVersion returns the version of the lexicon the service screens with.
func (s *Service) LexiconVersion() string { return s.lexicon }

// Catalog returns the catalog the service checks codes against.
func (s *Service) Catalog() *catalog.Catalog { return s.cat }

func (s *Service) clock() time.Time { return s.now().UTC().Truncate(time.Microsecond) }
