package web

import (
	"bytes"
	"html/template"
	"sync"
)

// Rendering a table row with html/template costs a reflective call per cell (the
// escaper of every action), about 20 µs for a row of the integrity dashboard: with 100
// rows that is most of the page. A row's HTML depends only on the values it shows, so
// the rows of the busiest lists are rendered once per distinct value by html/template
// (contextual escaping unchanged: the row template is a part of the page's own template
// set) and kept, keyed by the value shown. A changed case has a different key; nothing
// needs invalidating.

// maxFragments bounds the kept rows; the cache starts afresh when it is full.
const maxFragments = 50000

type fragmentKey struct {
	page, name string
	value      any // a comparable struct of the values shown
}

type fragments struct {
	mu sync.Mutex
	m  map[fragmentKey]template.HTML
}

// fragment returns the HTML of template name of page executed with value, which must
// be comparable and hold everything the template shows.
func (s *Server) fragment(page, name string, value any) (template.HTML, error) {
	k := fragmentKey{page, name, value}
	f := &s.frags
	f.mu.Lock()
	h, ok := f.m[k]
	f.mu.Unlock()
	if ok {
		return h, nil
	}
	var buf bytes.Buffer
	if err := s.pages[page].ExecuteTemplate(&buf, name, value); err != nil {
		return "", err
	}
	// The output of html/template for this context, which is where it is inserted.
	h = template.HTML(buf.String()) //nolint:gosec // rendered and escaped by html/template
	f.mu.Lock()
	if f.m == nil || len(f.m) >= maxFragments {
		f.m = make(map[fragmentKey]template.HTML)
	}
	f.m[k] = h
	f.mu.Unlock()
	return h, nil
}

// fragmentsOf renders each value of rows with fragment.
func fragmentsOf[T comparable](s *Server, page, name string, rows []T) ([]template.HTML, error) {
	out := make([]template.HTML, len(rows))
	for i, r := range rows {
		h, err := s.fragment(page, name, r)
		if err != nil {
			return nil, err
		}
		out[i] = h
	}
	return out, nil
}
