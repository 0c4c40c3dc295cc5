package web

import (
	"bytes"
	"crypto/subtle"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/netip"
	"strings"
	"unicode/utf8"

	"stelsel"
)

// maxJSONBody bounds a JSON request body read by the edge check.
const maxJSONBody = 10 << 20

// checkInput refuses, before anything else sees a request, bytes that no database stores
// alike: invalid UTF-8 and NUL (PostgreSQL refuses them with an error, SQLite stores them
// in the audit trail). A path with them names nothing (404); a query, form or JSON value
// with them is bad input (422), named by its field. Both databases answer the same.
func (s *Server) checkInput(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !cleanText(r.URL.Path, true) {
			s.fail(w, r, errNoRoute)
			return
		}
		if field, ok := cleanValues(r.URL.Query()); !ok {
			s.fail(w, r, stelsel.Invalid(field, "ongeldige tekens in %s (geen UTF-8 of een NUL-teken)", field))
			return
		}
		ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
		switch {
		case r.Body == nil || r.Method == http.MethodGet || r.Method == http.MethodHead:
		case ct == "application/x-www-form-urlencoded":
			if err := r.ParseForm(); err != nil {
				s.fail(w, r, stelsel.Invalid("formulier", "het formulier is onleesbaar"))
				return
			}
			if field, ok := cleanValues(r.PostForm); !ok {
				s.fail(w, r, stelsel.Invalid(field, "ongeldige tekens in %s (geen UTF-8 of een NUL-teken)", field))
				return
			}
		case ct == "application/json":
			b, err := io.ReadAll(io.LimitReader(r.Body, maxJSONBody+1))
			r.Body.Close()
			if err != nil || len(b) > maxJSONBody {
				s.fail(w, r, stelsel.Invalid("body", "de JSON-invoer is onleesbaar of groter dan %d MB", maxJSONBody>>20))
				return
			}
			if !utf8.Valid(b) || bytes.IndexByte(b, 0) >= 0 || bytes.Contains(bytes.ToLower(b), []byte(`\u0000`)) {
				s.fail(w, r, stelsel.Invalid("body", "ongeldige tekens in de JSON-invoer (geen UTF-8 of een NUL-teken)"))
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(b))
		}
		next.ServeHTTP(w, r)
	})
}

// cleanText reports whether s is valid UTF-8 without NUL; with path set, without any
// control character.
func cleanText(s string, path bool) bool {
	if !utf8.ValidString(s) || strings.IndexByte(s, 0) >= 0 {
		return false
	}
	if path {
		for _, r := range s {
			if r < ' ' || r == 0x7f {
				return false
			}
		}
	}
	return true
}

func cleanValues(v map[string][]string) (string, bool) {
	for k, vs := range v {
		if !cleanText(k, false) {
			return "parameter", false
		}
		for _, x := range vs {
			if !cleanText(x, false) {
				return k, false
			}
		}
	}
	return "", true
}

// errMethodNotAllowed marks a request whose path exists for other methods only; the
// error also carries a Dutch message.
var errMethodNotAllowed = errors.New("method not allowed")

var errMethod = fmt.Errorf("%w: %w", errMethodNotAllowed, stelsel.Errorf(stelsel.EINVALID, "deze handeling kan niet op dit adres (verkeerde HTTP-methode)"))

func constantEqual(a, b string) bool { return subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1 }

// notFoundOr405 answers a path that a route serves with other methods with 405 and
// an Allow header; any other path with 404.
func (s *Server) notFoundOr405(mux *http.ServeMux) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var allow []string
		for _, m := range []string{http.MethodGet, http.MethodPost, http.MethodPut, http.MethodPatch, http.MethodDelete} {
			if m == r.Method {
				continue
			}
			probe := r.Clone(r.Context())
			probe.Method = m
			if _, pattern := mux.Handler(probe); pattern != "" && pattern != "/" && pattern != "/api/" {
				allow = append(allow, m)
			}
		}
		if len(allow) == 0 {
			s.fail(w, r, errNoRoute)
			return
		}
		if contains(allow, http.MethodGet) {
			allow = append(allow, http.MethodHead)
		}
		w.Header().Set("Allow", strings.Join(allow, ", "))
		s.fail(w, r, errMethod)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// metricsAllowed reports whether a request may read /metrics: from loopback, from an
// allowed network, or with the metrics token.
func (s *Server) metricsAllowed(r *http.Request) bool {
	if s.MetricsToken != "" {
		if tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer "); ok && constantEqual(tok, s.MetricsToken) {
			return true
		}
	}
	ap, err := netip.ParseAddrPort(r.RemoteAddr)
	if err != nil {
		return false
	}
	addr := ap.Addr().Unmap()
	if addr.IsLoopback() {
		return true
	}
	for _, p := range s.MetricsAllow {
		if p.Contains(addr) {
			return true
		}
	}
	return false
}
