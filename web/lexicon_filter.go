package web

import (
	"net/url"
	"slices"
	"strconv"
	"strings"

	"stelsel"
	"stelsel/catalog"
)

// lexiconPerPage is how many terms the lexicon page shows at once: the lexicon has
// thousands, and one table of all of them is slow to load and to read.
const lexiconPerPage = 200

// lexiconFilter is what the lexicon page's filter form asks for.
type lexiconFilter struct {
	Search   string // part of the term or its note
	Ground   string // ground code
	Strength string // strong, weak, context or frame
	Class    string // rule class
	Order    string // "" (lexicon order) or "treffers" (most hits first)
}

// lexiconView is the lexicon page with its terms filtered and one page of them shown.
type lexiconView struct {
	lexiconPage
	Filter   lexiconFilter
	Grounds  catalog.List
	Classes  []string
	Total    int // terms in the lexicon
	Matching int // terms that match the filter
	Offset   int
	Prev     string
	Next     string
}

// strengths are the term strengths the filter offers, in the page's order.
var strengths = catalog.List{{Code: "strong", Label: "sterk"}, {Code: "weak", Label: "zwak"},
	{Code: "context", Label: "alleen in een regel"}, {Code: "frame", Label: "kader van een regel"}}

// Strengths lists the strengths for the filter form.
func (lexiconView) Strengths() catalog.List { return strengths }

// StrengthLabel is the Dutch label of a term's strength, as the table shows it.
func (lexiconView) StrengthLabel(code string) string { return strengths.Label(code) }

// filterLexicon keeps the terms that match the query's filter and cuts out the page the
// query's positie starts at. Unknown filter values are refused with the field named.
func filterLexicon(p lexiconPage, q url.Values) (lexiconView, error) {
	v := lexiconView{lexiconPage: p, Total: len(p.Entries), Grounds: cat.Grounds, Filter: lexiconFilter{
		Search: strings.TrimSpace(q.Get("zoek")), Ground: q.Get("grond"), Strength: q.Get("sterkte"),
		Class: q.Get("klasse"), Order: q.Get("volgorde")}}
	f := v.Filter
	for _, e := range p.Entries {
		for _, c := range e.Classes {
			if !slices.Contains(v.Classes, c) {
				v.Classes = append(v.Classes, c)
			}
		}
	}
	slices.Sort(v.Classes)
	switch {
	case f.Ground != "" && !cat.Grounds.Has(f.Ground):
		return v, stelsel.Invalid("grond", "grond %q bestaat niet", f.Ground)
	case f.Strength != "" && !strengths.Has(f.Strength):
		return v, stelsel.Invalid("sterkte", "sterkte %q bestaat niet", f.Strength)
	case f.Class != "" && !slices.Contains(v.Classes, f.Class):
		return v, stelsel.Invalid("klasse", "klasse %q komt in dit lexicon niet voor", f.Class)
	case f.Order != "" && f.Order != "treffers":
		return v, stelsel.Invalid("volgorde", "volgorde %q bestaat niet", f.Order)
	}
	search := strings.ToLower(f.Search)
	var kept []lexiconEntry
	for _, e := range p.Entries {
		if (search == "" || strings.Contains(strings.ToLower(e.Term), search) || strings.Contains(strings.ToLower(e.Note), search)) &&
			(f.Ground == "" || slices.Contains(e.codes, f.Ground)) &&
			(f.Strength == "" || e.Strength == f.Strength) &&
			(f.Class == "" || slices.Contains(e.Classes, f.Class)) {
			kept = append(kept, e)
		}
	}
	if f.Order == "treffers" {
		slices.SortStableFunc(kept, func(a, b lexiconEntry) int { return b.Hits - a.Hits })
	}
	v.Matching = len(kept)
	if s := q.Get("positie"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 {
			return v, stelsel.Invalid("positie", "positie %q klopt niet", s)
		}
		v.Offset = min(n, max(len(kept)-1, 0))
	}
	end := min(v.Offset+lexiconPerPage, len(kept))
	v.Entries = kept[v.Offset:end]
	link := func(at int) string {
		lq := cloneQuery(q, "positie")
		if at > 0 {
			lq.Set("positie", strconv.Itoa(at))
		}
		if len(lq) == 0 {
			return "/lexicon"
		}
		return "/lexicon?" + lq.Encode()
	}
	if v.Offset > 0 {
		v.Prev = link(max(v.Offset-lexiconPerPage, 0))
	}
	if end < len(kept) {
		v.Next = link(end)
	}
	return v, nil
}
