package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"
)

// Text stored in stelsel comes from outside (registration texts, complaints, names, audit
// reasons) and may hold terminal escape codes: ESC sequences that rewrite the screen or
// the window title, a carriage return or backspaces that hide what came before, C1
// controls (0x9b is CSI on some terminals), bidirectional overrides that show text in
// another order than it is. The command line writes every human-readable output through
// a safeWriter, which shows such characters as visible placeholders instead of letting
// the terminal act on them. Output for machines (JSON) keeps its data: there they become
// \u escapes, which mean the same character.

// safeWriter neutralises control and bidi characters in what is written to w. Tabs and
// newlines pass (the tables and texts need them). A UTF-8 sequence split over two writes
// is held back until it is complete.
type safeWriter struct {
	w       io.Writer
	json    bool
	pending []byte
}

func newSafeWriter(w io.Writer, json bool) *safeWriter { return &safeWriter{w: w, json: json} }

// raw returns the writer under any safeWriter, for terminal checks.
func raw(w io.Writer) io.Writer {
	for {
		s, ok := w.(*safeWriter)
		if !ok {
			return w
		}
		w = s.w
	}
}

func (s *safeWriter) Write(p []byte) (int, error) {
	n := len(p)
	if len(s.pending) > 0 {
		p = append(s.pending, p...)
		s.pending = nil
	}
	// Hold back an incomplete sequence at the end.
	if cut := incompleteTail(p); cut > 0 {
		s.pending = append([]byte(nil), p[len(p)-cut:]...)
		p = p[:len(p)-cut]
	}
	if _, err := io.WriteString(s.w, neutralise(string(p), s.json)); err != nil {
		return 0, err
	}
	return n, nil
}

// incompleteTail returns how many bytes at the end of p start a UTF-8 sequence that is
// not complete yet (0 when none).
func incompleteTail(p []byte) int {
	for i := 1; i <= 3 && i <= len(p); i++ {
		b := p[len(p)-i]
		if b < 0x80 {
			return 0
		}
		if b >= 0xc0 { // a start byte: complete when its length fits
			if need := seqLen(b); need > i {
				return i
			}
			return 0
		}
	}
	return 0
}

func seqLen(b byte) int {
	switch {
	case b >= 0xf0:
		return 4
	case b >= 0xe0:
		return 3
	default:
		return 2
	}
}

// bidiControls are the characters that change the display order of text.
var bidiControls = []rune{0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069}

// unsafeRune reports whether the terminal could act on r rather than show it.
func unsafeRune(r rune) bool {
	switch {
	case r == '\t' || r == '\n':
		return false
	case r < 0x20 || r == 0x7f:
		return true
	case r >= 0x80 && r <= 0x9f:
		return true
	}
	return slices.Contains(bidiControls, r)
}

// neutralise replaces what a terminal would act on: in text, a C0 control by its
// visible Control Picture (ESC shows as ␛), others and invalid bytes by <U+XXXX> or
// U+FFFD; in JSON, by the \u escape of the same character.
func neutralise(s string, json bool) string {
	clean := true
	for _, r := range s {
		if r == utf8.RuneError || unsafeRune(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			b.WriteRune(utf8.RuneError)
		case !unsafeRune(r):
			b.WriteString(s[i : i+size])
		case json:
			fmt.Fprintf(&b, `\u%04x`, r)
		case r < 0x20:
			b.WriteRune(0x2400 + r) // ␀ .. ␟
		case r == 0x7f:
			b.WriteRune(0x2421) // ␡
		default:
			fmt.Fprintf(&b, "<U+%04X>", r)
		}
		i += size
	}
	return b.String()
}
