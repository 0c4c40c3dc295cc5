package registration

import (
	"fmt"
	"slices"
	"strings"

	"stelsel"
	"stelsel/catalog"
)

// The queue can be sorted by one column (QueueFilter.Sort), up or down; ties keep the
// queue's own order (priority, then newest first), and the registration number ends
// every order so that it is total. Listing, paging, the position ("51–100 van N") and
// next/previous all follow the same order, built here and nowhere else.

// Sort keys of QueueFilter.Sort, as they appear in a URL.
const (
	SortPriority   = "prioriteit" // the queue order (default)
	SortRegistered = "geregistreerd"
	SortNumber     = "registratie"
	SortKind       = "soort"
	SortUnit       = "eenheid"
	SortTeam       = "basisteam"
	SortHits       = "treffers"
	SortStatus     = "status"
	SortDecided    = "beoordeeld" // newest decision first: the order of "mijn beoordelingen"
)

// Sort directions of QueueFilter.Dir.
const (
	SortUp   = "op"
	SortDown = "af"
)

// sortCol is one column of an order: an SQL expression over queue_items (with {t} where
// the table prefix goes) and whether it follows the chosen direction or keeps the queue's
// own, descending one.
type sortCol struct {
	expr    string
	follows bool
}

type sortKey struct {
	cols []sortCol
	down bool // the key's own direction when none is chosen
}

// queueTail is the queue's own order after a sorted column.
var queueTail = []sortCol{{"{t}priority", false}, {"{t}registered_at", false}, {"{t}number", false}}

// sortKeys builds the keys; units and statuses sort by their Dutch label, not their code.
func sortKeys(cat *catalog.Catalog) map[string]sortKey {
	unitRank := rankExpr("{t}unit", func() []string {
		units := slices.Clone(cat.Units)
		slices.SortStableFunc(units, func(a, b catalog.Unit) int { return strings.Compare(a.Label, b.Label) })
		codes := make([]string, len(units))
		for i, u := range units {
			codes[i] = u.Code
		}
		return codes
	}())
	statuses := slices.Clone(Statuses)
	slices.SortStableFunc(statuses, func(a, b string) int { return strings.Compare(StatusLabel(a), StatusLabel(b)) })
	then := func(c sortCol) []sortCol { return append([]sortCol{c}, queueTail...) }
	return map[string]sortKey{
		SortPriority:   {cols: []sortCol{{"{t}priority", true}, {"{t}registered_at", true}, {"{t}number", true}}, down: true},
		SortRegistered: {cols: []sortCol{{"{t}registered_at", true}, {"{t}number", true}}, down: true},
		SortNumber:     {cols: []sortCol{{"{t}number", true}}},
		SortKind:       {cols: then(sortCol{"{t}kind", true})},
		SortUnit:       {cols: then(sortCol{unitRank, true})},
		SortTeam:       {cols: then(sortCol{"{t}team", true})},
		SortHits:       {cols: then(sortCol{"{t}hit_count", true}), down: true},
		SortStatus:     {cols: then(sortCol{rankExpr("{t}status", statuses), true})},
		SortDecided:    {cols: []sortCol{{"coalesce({t}decision_id, 0)", true}, {"{t}number", true}}, down: true},
	}
}

// rankExpr is a CASE expression giving each code its place in codes.
func rankExpr(col string, codes []string) string {
	var b strings.Builder
	b.WriteString("CASE " + col)
	for i, c := range codes {
		fmt.Fprintf(&b, " WHEN '%s' THEN %d", strings.ReplaceAll(c, "'", "''"), i)
	}
	fmt.Fprintf(&b, " ELSE %d END", len(codes))
	return b.String()
}

// queueOrder is the resolved order of a filter: each column with its direction.
type queueOrder struct {
	exprs []string
	desc  []bool
}

// order resolves the filter's sort key and direction.
func (s *Service) order(f QueueFilter) (queueOrder, error) {
	key := f.Sort
	if key == "" {
		key = SortPriority
	}
	k, ok := s.sorts[key]
	if !ok {
		return queueOrder{}, stelsel.Invalid("sorteer", "onbekende kolom om op te sorteren: %q", f.Sort)
	}
	down := k.down
	switch f.Dir {
	case "":
	case SortUp:
		down = false
	case SortDown:
		down = true
	default:
		return queueOrder{}, stelsel.Invalid("richting", "sorteerrichting moet %q (oplopend) of %q (aflopend) zijn", SortUp, SortDown)
	}
	var o queueOrder
	for _, c := range k.cols {
		o.exprs = append(o.exprs, c.expr)
		o.desc = append(o.desc, !c.follows || down)
	}
	return o, nil
}

func (o queueOrder) col(i int, prefix string) string {
	return strings.ReplaceAll(o.exprs[i], "{t}", prefix)
}

// by returns the ORDER BY clause; back reverses every column (to look back from a row).
func (o queueOrder) by(back bool) string {
	parts := make([]string, len(o.exprs))
	for i := range o.exprs {
		dir := " ASC"
		if o.desc[i] != back {
			dir = " DESC"
		}
		parts[i] = o.col(i, "") + dir
	}
	return " ORDER BY " + strings.Join(parts, ", ")
}

// beyond returns the condition "after the item number in this order" (before it, when
// back); its one argument is the number. When every column runs the same way it is one
// row-value comparison, which the queue's indexes serve; otherwise column by column.
func (o queueOrder) beyond(back bool) string {
	op := func(i int) string {
		if o.desc[i] != back {
			return "<"
		}
		return ">"
	}
	if !slices.Contains(o.desc, !o.desc[0]) {
		outer, ref := make([]string, len(o.exprs)), make([]string, len(o.exprs))
		for i := range o.exprs {
			outer[i], ref[i] = o.col(i, ""), o.col(i, "ref.")
		}
		return "(" + strings.Join(outer, ", ") + ") " + op(0) + " (SELECT " + strings.Join(ref, ", ") + " FROM queue_items ref WHERE ref.number = ?)"
	}
	cond := ""
	for i := len(o.exprs) - 1; i >= 0; i-- {
		outer, ref := o.col(i, "queue_items."), o.col(i, "ref.")
		c := outer + " " + op(i) + " " + ref
		if cond != "" {
			c = "(" + c + " OR (" + outer + " = " + ref + " AND " + cond + "))"
		}
		cond = c
	}
	return "EXISTS (SELECT 1 FROM queue_items ref WHERE ref.number = ? AND " + cond + ")"
}
