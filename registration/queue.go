package registration

import (
	"context"
	"database/sql"
	"encoding/base64"
	"errors"
	"fmt"
	"slices"
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
	// Kind is a kind of registration (melding, aangifte, mutatie); "" for all.
	Kind Kind
	// Strong keeps only items with a strong hit.
	Strong bool
	// Number keeps the items whose registration number starts with it.
	Number string
	// Text keeps the items whose current text contains every word of it (see
	// searchWords); only for actors who may read the texts (access.ReadRegistration),
	// and only in the units where they may.
	Text string
	// Term keeps the items with a hit on this lexicon term.
	Term string
	// Mine keeps the items whose decision in force the actor made ("mijn beoordelingen").
	Mine bool
	// MinScore keeps the items whose screening score (0-100, see screen/score.go) is at
	// least this; 0 for all.
	MinScore int
	// Sort is a sort key (SortPriority, SortRegistered, ...; "" is the queue order) and
	// Dir its direction, SortUp or SortDown ("" is the key's own).
	Sort, Dir string
	// After is the cursor of the previous page (QueuePage.Next); "" for the first page.
	// Before is the cursor of the following page (QueuePage.Prev), to page back.
	After, Before string
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
	Score        int       `json:"score"` // 0-100, the score leading Priority (the re-ranking model's when one is active)
	Strong       int       `json:"sterke_treffers"`
	HitCount     int       `json:"treffers"` // distinct terms
	Grounds      []string  `json:"gronden"`
	Version      int       `json:"versie"`
	Lexicon      string    `json:"lexicon"`
	DecisionKind string    `json:"beoordeling,omitempty"`
	// DecidedBy is the reviewer of the decision in force.
	DecidedBy string `json:"beoordeeld_door,omitempty"`
	// Terms are the distinct hit terms, strong ones first.
	Terms []QueueTerm `json:"termen,omitempty"`
	// LexiconChanged says the item was decided with an older lexicon.
	LexiconChanged bool `json:"lexicon_gewijzigd,omitempty"`
	// ClaimedBy is the reviewer who has the registration open (see Claim), until
	// ClaimedUntil; "" when nobody.
	ClaimedBy    string    `json:"in_behandeling_bij,omitempty"`
	ClaimedName  string    `json:"in_behandeling_bij_naam,omitempty"`
	ClaimedUntil time.Time `json:"in_behandeling_tot,omitzero"`
}

// QueueTerm is a hit term of a queue item.
type QueueTerm struct {
	Term   string `json:"term"`
	Strong bool   `json:"sterk"`
}

// QueuePage is one page of the queue.
type QueuePage struct {
	Items []QueueItem `json:"items"`
	// Next is the cursor for the following page; "" on the last page. Prev is the
	// cursor for the page before; "" on the first page.
	Next string `json:"volgende,omitempty"`
	Prev string `json:"vorige,omitempty"`
	// Offset is the number of items before this page, for "51–100 van 6.747".
	Offset int `json:"positie"`
	// Total counts the items matching the filter over all pages.
	Total int `json:"totaal"`
	// Counts are the items per status for the filter without its status.
	Counts map[string]int `json:"per_status"`
}

// queueWhere returns the conditions of a filter without its status, paging and claims.
func (s *Service) queueWhere(a access.Actor, f QueueFilter) (where []string, args []any, none bool, err error) {
	add := func(cond string, vs ...any) { where = append(where, cond); args = append(args, vs...) }
	if f.Unit != "" {
		u, ok := s.cat.Unit(f.Unit)
		if !ok || !a.CanUnit(access.ReadQueue, u.Code) {
			return nil, nil, false, stelsel.Errorf(stelsel.ENOTFOUND, "eenheid %q niet gevonden", f.Unit)
		}
		add("unit = ?", u.Code)
	} else if units, all := a.UnitScope(access.ReadQueue); !all {
		if len(units) == 0 {
			return nil, nil, true, nil
		}
		in := make([]any, len(units))
		for i, u := range units {
			in[i] = u
		}
		add("unit IN ("+marks(len(units))+")", in...)
	}
	if f.Ground != "" {
		if !s.cat.Grounds.Has(f.Ground) {
			return nil, nil, false, stelsel.Invalid("grond", "onbekende grond %q", f.Ground)
		}
		add("grounds LIKE ?", "%,"+f.Ground+",%")
	}
	if f.Kind != "" {
		if !f.Kind.Valid() {
			return nil, nil, false, stelsel.Invalid("soort", "onbekende soort registratie %q (melding, aangifte of mutatie)", f.Kind)
		}
		add("kind = ?", string(f.Kind))
	}
	if f.Strong {
		add("strong > 0")
	}
	if f.Number = strings.TrimSpace(f.Number); f.Number != "" {
		add("number LIKE ? ESCAPE '\\'", likeEscaper.Replace(f.Number)+"%")
	}
	if f.Term = strings.TrimSpace(f.Term); f.Term != "" {
		add("terms LIKE ? ESCAPE '\\'", "%|"+likeEscaper.Replace(f.Term)+"|%")
	}
	if f.Mine {
		add("decided_by = ?", a.Username)
	}
	switch {
	case f.MinScore < 0 || f.MinScore > 100:
		return nil, nil, false, stelsel.Invalid("score", "score moet tussen 0 en 100 liggen")
	case f.MinScore > 0:
		add("priority >= ?", f.MinScore*priorityPerScore) // the score leads the priority
	}
	if f.Text = strings.TrimSpace(f.Text); f.Text != "" {
		words, err := searchWords(f.Text)
		if err != nil {
			return nil, nil, false, err
		}
		if len(words) > 0 {
			scope, sargs, none, err := textScope(a)
			if err != nil || none {
				return nil, nil, none, err
			}
			if scope != "" {
				add(scope, sargs...)
			}
			cond, cargs := textCondition(s.db.Dialect(), words)
			add(cond, cargs...)
		}
	}
	if !f.From.IsZero() {
		add("registered_at >= ?", f.From.UTC())
	}
	if !f.To.IsZero() {
		add("registered_at < ?", f.To.UTC())
	}
	return where, args, false, nil
}

// statusWhere returns the condition for the filter's status.
func statusWhere(status string) (string, []any, error) {
	switch status {
	case "":
		return "status = ?", []any{StatusOpen}, nil
	case StatusAll:
		return "", nil, nil
	}
	if StatusLabel(status) == status {
		return "", nil, stelsel.Invalid("status", "onbekende status %q", status)
	}
	return "status = ?", []any{status}, nil
}

const queueListCols = `number, kind, unit, team, registered_at, status, priority, strong, hit_count, grounds, version, lexicon,
	decision_kind, decided_lexicon, claimed_by, claimed_name, claimed_until, decided_by, terms, strong_terms`

func scanQueueItem(rows interface{ Scan(...any) error }) (QueueItem, error) {
	var it QueueItem
	var kind, grounds, decidedLex, terms, strong string
	var until sql.NullTime
	if err := rows.Scan(&it.Number, &kind, &it.Unit, &it.Team, &it.RegisteredAt, &it.Status, &it.Priority, &it.Strong,
		&it.HitCount, &grounds, &it.Version, &it.Lexicon, &it.DecisionKind, &decidedLex, &it.ClaimedBy, &it.ClaimedName, &until,
		&it.DecidedBy, &terms, &strong); err != nil {
		return it, err
	}
	strongs := strings.Split(strings.Trim(strong, "|"), "|")
	for _, t := range strings.Split(strings.Trim(terms, "|"), "|") {
		if t != "" {
			it.Terms = append(it.Terms, QueueTerm{Term: t, Strong: slices.Contains(strongs, t)})
		}
	}
	it.Kind, it.RegisteredAt, it.Grounds = Kind(kind), it.RegisteredAt.UTC(), splitList(grounds)
	it.Score = it.Priority / priorityPerScore
	it.LexiconChanged = it.DecisionKind != "" && decidedLex != it.Lexicon
	if until.Valid {
		it.ClaimedUntil = until.Time.UTC()
	}
	return it, nil
}

// Queue lists the review queue in priority order (see doc.go). The actor needs
// access.ReadQueue; a unit outside the actor's scope answers ENOTFOUND.
func (s *Service) Queue(ctx context.Context, a access.Actor, f QueueFilter) (QueuePage, error) {
	page := QueuePage{Counts: map[string]int{}}
	if err := a.Require(access.ReadQueue); err != nil {
		return page, err
	}
	base, baseArgs, none, err := s.queueWhere(a, f)
	if err != nil || none {
		return page, err
	}
	where, args := append([]string(nil), base...), append([]any(nil), baseArgs...)
	cond, cargs, err := statusWhere(f.Status)
	if err != nil {
		return page, err
	}
	ord, err := s.order(f)
	if err != nil {
		return page, err
	}
	if cond != "" {
		where, args = append(where, cond), append(args, cargs...)
	}
	if f.Limit <= 0 {
		f.Limit = 50
	}
	f.Limit = min(f.Limit, 500)
	filtered, filteredArgs := slices.Clone(where), slices.Clone(args)
	back := f.Before != "" && f.After == ""
	switch {
	case back:
		num, err := decodeCursor(f.Before)
		if err != nil {
			return page, stelsel.Invalid("voor", "ongeldige cursor")
		}
		where, args = append(where, ord.beyond(true)), append(args, num)
	case f.After != "":
		num, err := decodeCursor(f.After)
		if err != nil {
			return page, stelsel.Invalid("na", "ongeldige cursor")
		}
		where, args = append(where, ord.beyond(false)), append(args, num)
	}
	q := "SELECT " + queueListCols + " FROM queue_items" + whereSQL(where) + ord.by(back) + " LIMIT " + strconv.Itoa(f.Limit+1)
	rows, err := s.db.Query(ctx, q, args...)
	if err != nil {
		return page, fmt.Errorf("list queue: %w", err)
	}
	defer rows.Close()
	now := s.clock()
	for rows.Next() {
		it, err := scanQueueItem(rows)
		if err != nil {
			return page, fmt.Errorf("list queue: %w", err)
		}
		if !it.ClaimedUntil.After(now) {
			it.ClaimedBy, it.ClaimedName, it.ClaimedUntil = "", "", time.Time{}
		}
		page.Items = append(page.Items, it)
	}
	if err := rows.Err(); err != nil {
		return page, fmt.Errorf("list queue: %w", err)
	}
	more := len(page.Items) > f.Limit
	if more {
		page.Items = page.Items[:f.Limit]
	}
	if back {
		slices.Reverse(page.Items)
	}
	if n := len(page.Items); n > 0 {
		if more || back {
			page.Next = encodeCursor(page.Items[n-1].Number)
		}
		if (more && back) || (!back && f.After != "") {
			page.Prev = encodeCursor(page.Items[0].Number)
		}
		if page.Prev != "" {
			// The position of the page: the items before its first one.
			err := s.db.QueryRow(ctx, "SELECT count(*) FROM queue_items"+whereSQL(append(filtered, ord.beyond(true))),
				append(filteredArgs, page.Items[0].Number)...).Scan(&page.Offset)
			if err != nil {
				return page, fmt.Errorf("count queue position: %w", err)
			}
		}
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

// Neighbour returns the number of the registration that follows number in the queue
// with filter f (the one before it when back), or "" when there is none. It follows
// the queue order from number's own position, also when number itself no longer
// matches the filter (just decided), and skips items another reviewer holds (see
// Claim). Past the end of the queue, next wraps round to its top; previous stops at the
// top. The actor needs access.ReadQueue.
func (s *Service) Neighbour(ctx context.Context, a access.Actor, f QueueFilter, number string, back bool) (string, error) {
	if err := a.Require(access.ReadQueue); err != nil {
		return "", err
	}
	where, args, none, err := s.queueWhere(a, f)
	if err != nil || none {
		return "", err
	}
	cond, cargs, err := statusWhere(f.Status)
	if err != nil {
		return "", err
	}
	if cond != "" {
		where, args = append(where, cond), append(args, cargs...)
	}
	ord, err := s.order(f)
	if err != nil {
		return "", err
	}
	where = append(where, "(claimed_by = '' OR claimed_by = ? OR claimed_until IS NULL OR claimed_until <= ?)", "number <> ?")
	args = append(args, a.Username, s.clock(), number)
	first := func(where []string, args []any) (string, error) {
		var next string
		err := s.db.QueryRow(ctx, "SELECT number FROM queue_items"+whereSQL(where)+ord.by(back)+" LIMIT 1", args...).Scan(&next)
		if errors.Is(err, sql.ErrNoRows) {
			return "", nil
		}
		if err != nil {
			return "", fmt.Errorf("next in queue: %w", err)
		}
		return next, nil
	}
	next, err := first(append(slices.Clone(where), ord.beyond(back)), append(slices.Clone(args), number))
	if next != "" || err != nil || back {
		return next, err
	}
	// Past the end, "next" wraps round to the top: items skipped earlier (held by
	// others then, or passed over) still need a reviewer.
	return first(where, args)
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

// The cursor of a page is the number of its last item: the next page starts after that
// item's position in queue order (see beyond), whatever the order columns are.
func encodeCursor(num string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(num))
}

func decodeCursor(c string) (string, error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil || len(b) == 0 {
		return "", fmt.Errorf("bad cursor")
	}
	return string(b), nil
}
