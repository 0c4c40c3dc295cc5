package web

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"stelsel"
	"stelsel/access"
)

type ctxKey int

const (
	actorKey ctxKey = iota
	infoKey
)

// reqInfo is filled in by inner handlers for the outer logging and metrics middleware,
// which sees only its own copy of the request.
type reqInfo struct {
	pattern string
	user    string
}

// recordPattern notes the route pattern the mux matched.
func recordPattern(mux http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mux.ServeHTTP(w, r)
		if info, ok := r.Context().Value(infoKey).(*reqInfo); ok {
			info.pattern = r.Pattern
			info.user = actor(r).String()
		}
	})
}

// actor returns the acting user of the request; the zero Actor when nobody is logged in.
func actor(r *http.Request) access.Actor {
	a, _ := r.Context().Value(actorKey).(access.Actor)
	return a
}

// sessionCookie is the name of the session cookie. Over TLS the __Host- prefix pins it to
// this host and path /.
func (s *Server) sessionCookie(r *http.Request) string {
	if s.secure(r) {
		return "__Host-stelsel_sessie"
	}
	return "stelsel_sessie"
}

func (s *Server) secure(r *http.Request) bool { return r.TLS != nil || s.SecureCookies }

// authenticate puts the acting user in the request context: from an API token
// (Authorization: Bearer) on /api/, else from the session cookie. It never refuses a
// request; handlers and services decide what an anonymous actor may do.
func (s *Server) authenticate(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/static/") || r.URL.Path == "/healthz" || r.URL.Path == "/metrics" {
			next.ServeHTTP(w, r)
			return
		}
		ctx := r.Context()
		if h := r.Header.Get("Authorization"); strings.HasPrefix(r.URL.Path, "/api/") && h != "" {
			token, ok := strings.CutPrefix(h, "Bearer ")
			if !ok {
				s.fail(w, r, stelsel.Errorf(stelsel.EUNAUTHORIZED, "gebruik Authorization: Bearer <token>"))
				return
			}
			a, err := s.Tokens.Authenticate(ctx, strings.TrimSpace(token))
			if err != nil {
				s.fail(w, r, err)
				return
			}
			// Every use of a token is audited with its id (and so is every entry the
			// request itself writes, through a.TokenID).
			if err := s.Trail.Record(ctx, a, access.Entry{Action: access.ActionTokenUse, ObjectKind: "api_token",
				ObjectID: strconv.FormatInt(a.TokenID, 10), Detail: r.Method + " " + r.URL.Path}); err != nil {
				s.fail(w, r, err)
				return
			}
			ctx = context.WithValue(ctx, actorKey, a)
		} else if c, err := r.Cookie(s.sessionCookie(r)); err == nil {
			ss, err := s.Sessions.Lookup(ctx, c.Value)
			switch {
			case err == nil && ss.User.MustChangePassword && !mustChangeAllowed(r.URL.Path):
				s.holdForPasswordChange(w, r.WithContext(context.WithValue(ctx, actorKey, ss.User.Actor())))
				return
			case err == nil:
				ctx = context.WithValue(ctx, actorKey, ss.User.Actor())
			case stelsel.ErrorCode(err) == stelsel.EUNAUTHORIZED:
				s.clearSession(w, r)
			default:
				s.fail(w, r, err)
				return
			}
		}
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

func (s *Server) setSession(w http.ResponseWriter, r *http.Request, token string) {
	http.SetCookie(w, &http.Cookie{Name: s.sessionCookie(r), Value: token, Path: "/", HttpOnly: true,
		Secure: s.secure(r), SameSite: http.SameSiteLaxMode, MaxAge: int(s.Sessions.Absolute.Seconds())})
}

func (s *Server) clearSession(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: s.sessionCookie(r), Value: "", Path: "/", HttpOnly: true,
		Secure: s.secure(r), SameSite: http.SameSiteLaxMode, MaxAge: -1})
}

// csp is the Content-Security-Policy of every response: scripts and styles from stelsel
// itself only, no inline script or style, no framing, forms post to stelsel only.
const csp = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
	"connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

func (s *Server) securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", csp)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "same-origin")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()")
		if s.secure(r) {
			h.Set("Strict-Transport-Security", "max-age=63072000; includeSubDomains")
		}
		if !strings.HasPrefix(r.URL.Path, "/static/") {
			// Pages hold police data: never keep them in shared or browser caches.
			h.Set("Cache-Control", "no-store")
		}
		next.ServeHTTP(w, r)
	})
}

// statusWriter remembers the status and size of a response.
type statusWriter struct {
	http.ResponseWriter
	status int
	size   int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.size += n
	return n, err
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// observe logs every request and counts it in the metrics, by route pattern (not by
// path, which would put registration numbers in the metrics).
func (s *Server) observe(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		info := &reqInfo{user: "anoniem"}
		r = r.WithContext(context.WithValue(r.Context(), infoKey, info))
		next.ServeHTTP(sw, r)
		if sw.status == 0 {
			sw.status = http.StatusOK
		}
		d := time.Since(start)
		route := info.pattern
		if route == "" {
			route = "unmatched"
		}
		s.metrics.observe(route, sw.status, d)
		if r.URL.Path == "/healthz" || r.URL.Path == "/metrics" || strings.HasPrefix(r.URL.Path, "/static/") {
			return
		}
		level := slog.LevelInfo
		if sw.status >= 500 {
			level = slog.LevelError
		}
		s.Logger.LogAttrs(r.Context(), level, "request", slog.String("method", r.Method), slog.String("route", route),
			slog.Int("status", sw.status), slog.Int("bytes", sw.size), slog.Duration("took", d),
			slog.String("user", info.user))
	})
}

func (s *Server) recoverPanics(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if p := recover(); p != nil {
				if p == http.ErrAbortHandler {
					panic(p)
				}
				s.Logger.Error("panic", "error", fmt.Sprint(p), "stack", string(debug.Stack()))
				s.fail(w, r, fmt.Errorf("panic: %v", p))
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// protect guards a state-changing handler against cross-site requests.
func (s *Server) protect(h http.HandlerFunc) http.Handler { return s.crossSite.Handler(h) }

// needLogin wraps a page handler: anonymous visitors go to the login page (API callers
// get 401).
func (s *Server) needLogin(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if actor(r).Anonymous() {
			s.fail(w, r, stelsel.Errorf(stelsel.EUNAUTHORIZED, "log in om verder te gaan"))
			return
		}
		h(w, r)
	}
}
