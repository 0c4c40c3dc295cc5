package registration

import (
	"context"
	"encoding/base64"
	"fmt"
	"strconv"
	"strings"
	"time"

	"stelsel"
	"stelsel/access"
)

// QueueFilter selects queue items. Zero fields match everything.
type QueueFilter struct {
	Unit   string    // unit code or name
	Ground string    // ground code among the hits
	From   time.Time // registration date from (inclusive)
	To     time.Time // registration date to (exclusive)
	// Status is one of Statuses; "" means open, StatusAll every status.
	Status string
	// After is the cursor of the previous page (QueuePage.Next); "" for the first page.
	After string
	// Limit is the page size: default 50, at most 500.
	Limit int
}

// StatusAll selects every queue status.
const StatusAll = "alle"

// QueueItem is one registration in the queue: enough to list it, not its text.
type QueueItem struct {
	Number       string    `json:"registratienummer"`
	Kind         Kind      `json:"soort"`
	Unit         string    `json:"eenheid"`
	Team         string    `json:"basisteam"`
	RegisteredAt time.Time `json:"registratiedatum"`
	Status       string    `json:"status"`
	Priority     int       `json:"prioriteit"`
	Strong       int       `json:"sterke_treffers"`
	HitCount     int       `json:"treffers"` // distinct terms
	Grounds      []string  `json:"gronden"`
	Version      int       `json:"versie"`
	Lexicon      string    `json:"lexicon"`
	DecisionKind string    `json:"beoordeling,omitempty"`
	// LexiconChanged says the item was decided with an older lexicon.
	LexiconChanged bool `json:"lexicon_gewijzigd,omitempty"`
}

// QueuePage is one page of the queue.
type QueuePage struct {
	Items []QueueItem `json:"items"`
	// Next is the cursor for the following page; "" on the last page.
	Next string `json:"volgende,omitempty"`
	// Total counts the items matching the filter over all pages.
	Total int `json:"totaal"`
	// Counts are the items per status for the filter without its status.
	Counts map[string]int `json:"per_status"`
}

// Queue lists the review queue in priority order (see doc.go). The actor needs
// access.ReadQueue; a unit outside the actor's scope answers ENOTFOUND.
func (s *Service) Queue(ctx context.Context, a access.Actor, f QueueFilter) (QueuePage, error) {
	page := QueuePage{Counts: map[string]int{}}
	if err := a.Require(access.ReadQueue); err != nil {
		return page, err
	}
	var where []string
	var args []any
	add := func(cond string, vs ...any) { where = append(where, cond); args = append(args, vs...) }
	if f.Unit != "" {
		u, ok := s.cat.Unit(f.Unit)
		if !ok || !a.CanUnit(access.ReadQueue, u.Code) {
			return page, stelsel.Errorf(stelsel.ENOTFOUND, "eenheid %q niet gevonden", f.Unit)
		}
		add("unit = ?", u.Code)
	} else if units, all := a.UnitScope(access.ReadQueue); !all {
		if len(units) == 0 {
			return page, nil
		}
		in := make([]any, len(units))
		for i, u := range units {
			in[i] = u
		}
		add("unit IN ("+marks(len(units))+")", in...)
	}
	if f.Ground != "" {
		if !s.cat.Grounds.Has(f.Ground) {
			return page, stelsel.Invalid("grond", "onbekende grond %q", f.Ground)
		}
		add("grounds LIKE ?", "%,"+f.Ground+",%")
	}
	if !f.From.IsZero() {
		add("registered_at >= ?", f.From.UTC())
	}
	if !f.To.IsZero() {
		add("registered_at < ?", f.To.UTC())
	}
	base := append([]string(nil), where...)
	baseArgs := append([]any(nil), args...)
	switch f.Status {
	case "":
		add("status = ?", StatusOpen)
	case StatusAll:
	default:
		if StatusLabel(f.Status) == f.Status {
			return page, stelsel.Invalid("status", "onbekende status %q", f.Status)
		}
		add("status = ?", f.Status)
	}
	if f.Limit <= 0 {
		f.Limit = 50
	}
	f.Limit = min(f.Limit, 500)
	if f.After != "" {
		prio, at, num, err := decodeCursor(f.After)
		if err != nil {
			return page, stelsel.Invalid("na", "ongeldige cursor")
		}
		add("(priority, registered_at, number) < (?, ?, ?)", prio, at, num)
	}
	q := `SELECT number, kind, unit, team, registered_at, status, priority, strong, hit_count, grounds, version, lexicon, decision_kind, decided_lexicon
		FROM queue_items` + whereSQL(where) + ` ORDER BY priority DESC, registered_at DESC, number DESC LIMIT ` + strconv.Itoa(f.Limit+1)
	rows, err := s.db.Query(ctx, q, args...)
	if err != nil {
		return page, fmt.Errorf("list queue: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var it QueueItem
		var kind, grounds, decidedLex string
		if err := rows.Scan(&it.Number, &kind, &it.Unit, &it.Team, &it.RegisteredAt, &it.Status, &it.Priority, &it.Strong,
			&it.HitCount, &grounds, &it.Version, &it.Lexicon, &it.DecisionKind, &decidedLex); err != nil {
			return page, fmt.Errorf("list queue: %w", err)
		}
		it.Kind, it.RegisteredAt, it.Grounds = Kind(kind), it.RegisteredAt.UTC(), splitList(grounds)
		it.LexiconChanged = it.DecisionKind != "" && decidedLex != it.Lexicon
		page.Items = append(page.Items, it)
	}
	if err := rows.Err(); err != nil {
		return page, fmt.Errorf("list queue: %w", err)
	}
	if len(page.Items) > f.Limit {
		page.Items = page.Items[:f.Limit]
		last := page.Items[f.Limit-1]
		page.Next = encodeCursor(last.Priority, last.RegisteredAt, last.Number)
	}
	counts, err := s.counts.get(whereSQL(base), baseArgs, func() (map[string]int, error) {
		return s.countByStatus(ctx, base, baseArgs)
	})
	if err != nil {
		return page, err
	}
	page.Counts = counts
	switch f.Status {
	case "":
		page.Total = page.Counts[StatusOpen]
	case StatusAll:
		for _, n := range page.Counts {
			page.Total += n
		}
	default:
		page.Total = page.Counts[f.Status]
	}
	return page, nil
}

func (s *Service) countByStatus(ctx context.Context, where []string, args []any) (map[string]int, error) {
	rows, err := s.db.Query(ctx, "SELECT status, count(*) FROM queue_items"+whereSQL(where)+" GROUP BY status", args...)
	if err != nil {
		return nil, fmt.Errorf("count queue: %w", err)
	}
	defer rows.Close()
	counts := map[string]int{}
	for rows.Next() {
		var st string
		var n int
		if err := rows.Scan(&st, &n); err != nil {
			return nil, fmt.Errorf("count queue: %w", err)
		}
		counts[st] = n
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("count queue: %w", err)
	}
	return counts, nil
}

func whereSQL(where []string) string {
	if len(where) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(where, " AND ")
}

// splitList splits a stored comma list (",a,b," or "a,b") into its codes.
func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

func encodeCursor(prio int, at time.Time, num string) string {
	return base64.RawURLEncoding.EncodeToString(fmt.Appendf(nil, "%d|%d|%s", prio, at.UnixMicro(), num))
}

func decodeCursor(c string) (int, time.Time, string, error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil {
		return 0, time.Time{}, "", err
	}
	parts := strings.SplitN(string(b), "|", 3)
	if len(parts) != 3 {
		return 0, time.Time{}, "", fmt.Errorf("bad cursor")
	}
	prio, err1 := strconv.Atoi(parts[0])
	us, err2 := strconv.ParseInt(parts[1], 10, 64)
	if err1 != nil || err2 != nil {
		return 0, time.Time{}, "", fmt.Errorf("bad cursor")
	}
	return prio, time.UnixMicro(us).UTC(), parts[2], nil
}
