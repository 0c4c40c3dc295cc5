package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
)

// A flash is a confirmation shown once on the next page, e.g. "Beoordeling opgeslagen".
// It travels in a short-lived cookie the server sets, not in the address: a link with
// ?opgeslagen=... cannot make stelsel show a notice nobody earned. The cookie holds a
// code from flashTexts and the registration number; the text is the server's own.
const flashCookie = "stelsel_melding"

var flashTexts = map[string]string{
	"opgeslagen":  "Beoordeling van registratie %s is opgeslagen.",
	"correctie":   "Correctie van de beoordeling van registratie %s is opgeslagen; de vorige beoordeling blijft in de geschiedenis.",
	"ongewijzigd": "De beoordeling van registratie %s is niet gewijzigd; er is niets opgeslagen.",
	"bevestigd":   "De beoordeling van registratie %s is bevestigd.",
	"ongedaan":    "Uw beoordeling van registratie %s is ongedaan gemaakt; ze blijft als ongedaan in de geschiedenis en gaat niet naar BVH.",
	"steekproef":  "De steekproef van %s is getrokken.",
}

// undoable says whether a flash is about a decision just saved, which its reviewer may
// still undo.
func undoable(text string) bool {
	return strings.HasPrefix(text, "Beoordeling van registratie") || strings.HasPrefix(text, "Correctie van de beoordeling")
}

// setFlash arranges for the flash code about number to be shown on the next page.
func (s *Server) setFlash(w http.ResponseWriter, r *http.Request, code, number string) {
	http.SetCookie(w, &http.Cookie{Name: flashCookie, Value: url.QueryEscape(code + ":" + number), Path: "/",
		HttpOnly: true, Secure: s.secure(r), SameSite: http.SameSiteStrictMode, MaxAge: 60})
}

// takeFlash returns the pending flash (its text and the number it is about) and clears it.
func (s *Server) takeFlash(w http.ResponseWriter, r *http.Request) (text, number string) {
	c, err := r.Cookie(flashCookie)
	if err != nil {
		return "", ""
	}
	http.SetCookie(w, &http.Cookie{Name: flashCookie, Value: "", Path: "/", HttpOnly: true, Secure: s.secure(r),
		SameSite: http.SameSiteStrictMode, MaxAge: -1})
	v, err := url.QueryUnescape(c.Value)
	if err != nil {
		return "", ""
	}
	code, number, ok := strings.Cut(v, ":")
	if code == "bulk" {
		return bulkText(number), ""
	}
	format, known := flashTexts[code]
	if !ok || !known {
		return "", ""
	}
	return strings.Replace(format, "%s", number, 1), number
}

// bulkText is the notice after a bulk decision: "done,skipped", both numbers.
func bulkText(v string) string {
	a, b, _ := strings.Cut(v, ",")
	done, err1 := strconv.Atoi(a)
	skipped, err2 := strconv.Atoi(b)
	if err1 != nil || err2 != nil || done < 0 || skipped < 0 {
		return ""
	}
	text := fmt.Sprintf("%d %s beoordeeld als geen discriminatie, elk als eigen beoordeling.", done, map[bool]string{true: "registratie", false: "registraties"}[done == 1])
	if skipped > 0 {
		text += fmt.Sprintf(" %d overgeslagen: intussen door een ander beoordeeld of niet toegestaan.", skipped)
	}
	return text
}

// The pages that confirm a change after a redirect (?gedaan=CODE: "opgeslagen",
// "rol", ...) show their notice only when this browser made that change just now: the
// redirect sets a short-lived cookie with the code, and the page honours ?gedaan= only
// when the cookie matches. A link with ?gedaan=opgeslagen shows nothing.
const doneCookie = "stelsel_gedaan"

// markDone notes, before a redirect to a page with ?gedaan=code, that the change was made.
func (s *Server) markDone(w http.ResponseWriter, r *http.Request, code string) {
	http.SetCookie(w, &http.Cookie{Name: doneCookie, Value: url.QueryEscape(code), Path: "/",
		HttpOnly: true, Secure: s.secure(r), SameSite: http.SameSiteStrictMode, MaxAge: 60})
}

// doneCode returns the ?gedaan= code of the request when markDone set it for this
// browser, and clears it; "" otherwise.
func (s *Server) doneCode(w http.ResponseWriter, r *http.Request) string {
	code := r.URL.Query().Get("gedaan")
	c, err := r.Cookie(doneCookie)
	if code == "" || err != nil {
		return ""
	}
	http.SetCookie(w, &http.Cookie{Name: doneCookie, Value: "", Path: "/", HttpOnly: true, Secure: s.secure(r),
		SameSite: http.SameSiteStrictMode, MaxAge: -1})
	if v, err := url.QueryUnescape(c.Value); err != nil || v != code {
		return ""
	}
	return code
}
