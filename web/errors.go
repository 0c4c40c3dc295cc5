package web

import (
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"strings"

	"stelsel"
	"stelsel/access"
)

var errCrossOrigin = stelsel.Errorf(stelsel.EFORBIDDEN, "verzoek vanaf een andere website geweigerd")

// status maps an error to its HTTP status. It is the only place that does.
func status(err error) int {
	if errors.Is(err, access.ErrThrottled) {
		return http.StatusTooManyRequests
	}
	if errors.Is(err, errMethodNotAllowed) {
		return http.StatusMethodNotAllowed
	}
	switch stelsel.ErrorCode(err) {
	case stelsel.EINVALID:
		return http.StatusUnprocessableEntity
	case stelsel.ENOTFOUND:
		return http.StatusNotFound
	case stelsel.ECONFLICT:
		return http.StatusConflict
	case stelsel.EUNAUTHORIZED:
		return http.StatusUnauthorized
	case stelsel.EFORBIDDEN:
		return http.StatusForbidden
	case stelsel.EUNAVAILABLE:
		return http.StatusServiceUnavailable
	}
	return http.StatusInternalServerError
}

// englishMessage is the English text of an error for API clients; the Dutch text is the
// user-facing one.
func englishMessage(err error) string {
	if errors.Is(err, access.ErrThrottled) {
		return "too many attempts; try again later"
	}
	if errors.Is(err, errMethodNotAllowed) {
		return "method not allowed here"
	}
	switch stelsel.ErrorCode(err) {
	case stelsel.EINVALID:
		var e *stelsel.Error
		if errors.As(err, &e) && e.Field != "" {
			return "invalid value for field " + e.Field
		}
		return "invalid input"
	case stelsel.ENOTFOUND:
		return "not found"
	case stelsel.ECONFLICT:
		return "conflicts with the current state"
	case stelsel.EUNAUTHORIZED:
		return "not logged in or credentials invalid"
	case stelsel.EFORBIDDEN:
		return "your role does not allow this"
	case stelsel.EUNAVAILABLE:
		return "the database is unavailable; nothing was done, try again in a few minutes"
	}
	return "internal error"
}

// apiError is the JSON body of every API error.
type apiError struct {
	Code      string `json:"code"`
	MessageNL string `json:"message_nl"`
	MessageEN string `json:"message_en"`
	Field     string `json:"field,omitempty"`
	// Errors lists every problem of an invalid input, field by field.
	Errors []apiFieldError `json:"errors,omitempty"`
}

type apiFieldError struct {
	Field     string `json:"field"`
	MessageNL string `json:"message_nl"`
}

// invalidInput carries every problem of an input; its first is the error itself.
type invalidInput struct{ errs []*stelsel.Error }

func (e invalidInput) Error() string { return e.errs[0].Error() }
func (e invalidInput) Unwrap() error { return e.errs[0] }

// isAPI reports whether the request is for the JSON API, in any letter case: /API/V1/x
// answers JSON too.
func isAPI(r *http.Request) bool {
	return len(r.URL.Path) >= 5 && strings.EqualFold(r.URL.Path[:5], "/api/")
}

// fail answers a request with err: JSON for the API, a page otherwise. Internal errors
// are logged with their details; the user sees a generic message. Refusals are audited.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	code := status(err)
	a := actor(r)
	if code == http.StatusInternalServerError {
		s.Logger.Error("request failed", "method", r.Method, "path", r.URL.Path, "user", a.String(), "error", err.Error())
		// A failing database (full disk, outage) gets a clear page of its own.
		if s.databaseDown(r.Context()) {
			err, code = errDatabaseDown, http.StatusServiceUnavailable
		}
	}
	if code == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", "60")
	}
	if code == http.StatusForbidden && !a.Anonymous() {
		if aerr := s.Trail.Record(r.Context(), a, access.Entry{Action: access.ActionDenied, ObjectKind: "route",
			ObjectID: r.Method + " " + r.URL.Path, Detail: stelsel.ErrorMessage(err)}); aerr != nil {
			s.Logger.Error("audit refusal", "error", aerr.Error())
		}
	}
	if isAPI(r) {
		body := apiError{Code: stelsel.ErrorCode(err), MessageNL: stelsel.ErrorMessage(err), MessageEN: englishMessage(err)}
		if body.Code == "" {
			body.Code = stelsel.EINTERNAL
		}
		var e *stelsel.Error
		if errors.As(err, &e) {
			body.Field = e.Field
		}
		var ii invalidInput
		if errors.As(err, &ii) {
			for _, fe := range ii.errs {
				body.Errors = append(body.Errors, apiFieldError{Field: fe.Field, MessageNL: fe.Message})
			}
		}
		if code == http.StatusUnauthorized {
			w.Header().Set("WWW-Authenticate", `Bearer realm="stelsel"`)
		}
		writeJSON(w, code, body)
		return
	}
	var login string
	if code == http.StatusUnauthorized && !strings.HasPrefix(r.URL.Path, "/login") {
		login = "/login?volgende=" + url.QueryEscape(returnPath(r))
	}
	if login != "" && r.Method != http.MethodGet && r.Header.Get("HX-Request") != "" {
		// An expired login on a save: back to the login, then to the form, whose
		// entry the browser kept as a draft (app.js). The header must not go on
		// showing the user, so this is a full page load, not a swap.
		w.Header().Set("HX-Redirect", login)
		w.WriteHeader(code)
		return
	}
	if code == http.StatusUnauthorized && r.Method == http.MethodGet && !strings.HasPrefix(r.URL.Path, "/login") {
		target := login
		if r.Header.Get("HX-Request") != "" {
			w.Header().Set("HX-Redirect", target)
			w.WriteHeader(code)
			return
		}
		http.Redirect(w, r, target, http.StatusSeeOther)
		return
	}
	s.render(w, r, code, "error.html", page{Title: errorTitle(code), Data: errorPage{Status: code, Message: stelsel.ErrorMessage(err), Login: login}})
}

// returnPath is where to go back to after logging in: the page itself for a GET, the
// page the form was on (the same-origin Referer) for a post.
func returnPath(r *http.Request) string {
	if r.Method == http.MethodGet {
		return r.URL.RequestURI()
	}
	if u, err := url.Parse(r.Referer()); err == nil && u.Host == r.Host && strings.HasPrefix(u.Path, "/") && !strings.HasPrefix(u.Path, "/login") {
		return u.RequestURI()
	}
	return "/"
}

type errorPage struct {
	Status  int
	Message string
	Login   string // the way back in after an expired login
}

func errorTitle(code int) string {
	switch code {
	case http.StatusNotFound:
		return "Niet gevonden"
	case http.StatusForbidden:
		return "Geen toegang"
	case http.StatusUnauthorized:
		return "Niet ingelogd"
	case http.StatusUnprocessableEntity:
		return "Controleer de invoer"
	case http.StatusConflict:
		return "Conflict"
	case http.StatusTooManyRequests:
		return "Te veel pogingen"
	case http.StatusMethodNotAllowed:
		return "Niet toegestaan"
	case http.StatusServiceUnavailable:
		return "Database niet beschikbaar"
	}
	return "Er ging iets mis"
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v)
}
