package main

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"
)

// record is one parsed input line of stelsel screen.
type record struct {
	id   []byte // the identifier as raw JSON (a string or a number), echoed as is
	text string
}

// recordParser reads one JSON object a line. A hand-written scanner handles the usual
// flat object quickly; anything it does not handle (nested values, invalid UTF-8, any
// error) goes to encoding/json, which decides and words the error.
type recordParser struct {
	id, text string
}

var errSlow = errors.New("not on the fast path")

func (p recordParser) parse(line []byte) (record, error) {
	line = trimSpace(line)
	if len(line) == 0 {
		return record{}, errors.New("empty line, want a JSON object")
	}
	if rec, err := p.fast(line); err == nil {
		return rec, nil
	}
	return p.slow(line)
}

func (p recordParser) slow(line []byte) (record, error) {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(line, &obj); err != nil {
		return record{}, fmt.Errorf("not a JSON object: %v", err)
	}
	rawID, ok := obj[p.id]
	if !ok || string(rawID) == "null" {
		return record{}, fmt.Errorf("field %q is missing", p.id)
	}
	if c := rawID[0]; c != '"' && c != '-' && (c < '0' || c > '9') {
		return record{}, fmt.Errorf("field %q must be a string or a number", p.id)
	}
	rawText, ok := obj[p.text]
	if !ok || string(rawText) == "null" {
		return record{}, fmt.Errorf("field %q is missing", p.text)
	}
	var text string
	if err := json.Unmarshal(rawText, &text); err != nil {
		return record{}, fmt.Errorf("field %q must be a string", p.text)
	}
	if rawID[0] == '"' {
		// Re-encode, so the echoed id is valid UTF-8 like everything else we write.
		var id string
		if err := json.Unmarshal(rawID, &id); err != nil {
			return record{}, fmt.Errorf("field %q: %v", p.id, err)
		}
		return record{id: appendJSONString(nil, id), text: text}, nil
	}
	return record{id: rawID, text: text}, nil
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && isSpace(b[0]) {
		b = b[1:]
	}
	for len(b) > 0 && isSpace(b[len(b)-1]) {
		b = b[:len(b)-1]
	}
	return b
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// fast parses a flat object whose values are strings, numbers, true, false or null.
func (p recordParser) fast(b []byte) (record, error) {
	var rec record
	haveID, haveText := false, false
	textLo, textHi, textEsc := 0, 0, false
	i := 0
	skip := func() {
		for i < len(b) && isSpace(b[i]) {
			i++
		}
	}
	if len(b) == 0 || b[0] != '{' {
		return rec, errSlow
	}
	i++
	skip()
	if i < len(b) && b[i] == '}' {
		i++
	} else {
		for {
			skip()
			n, esc := scanString(b, i)
			if n < 0 || esc {
				return rec, errSlow
			}
			key := b[i+1 : n-1]
			i = n
			skip()
			if i >= len(b) || b[i] != ':' {
				return rec, errSlow
			}
			i++
			skip()
			vs := i
			if i >= len(b) {
				return rec, errSlow
			}
			switch c := b[i]; {
			case c == '"':
				n, esc := scanString(b, i)
				if n < 0 {
					return rec, errSlow
				}
				i = n
				switch {
				case string(key) == p.text:
					textLo, textHi, textEsc, haveText = vs+1, i-1, esc, true
				case string(key) == p.id:
					rec.id, haveID = b[vs:i], true
				}
			case c == '-' || (c >= '0' && c <= '9'):
				n := scanNumber(b, i)
				if n < 0 {
					return rec, errSlow
				}
				i = n
				if string(key) == p.id {
					rec.id, haveID = b[vs:i], true
				} else if string(key) == p.text {
					return rec, errSlow
				}
			default:
				for _, lit := range []string{"true", "false", "null"} {
					if len(b)-i >= len(lit) && string(b[i:i+len(lit)]) == lit {
						i += len(lit)
						break
					}
				}
				if i == vs || string(key) == p.id || string(key) == p.text {
					return rec, errSlow
				}
			}
			skip()
			if i < len(b) && b[i] == ',' {
				i++
				continue
			}
			if i < len(b) && b[i] == '}' {
				i++
				break
			}
			return rec, errSlow
		}
	}
	skip()
	if i != len(b) || !haveID || !haveText {
		return rec, errSlow
	}
	// The text aliases the input line, which stays untouched until the record's result
	// is written (Screen copies what it keeps). An escaped text is unescaped in place,
	// only now that the line is not handed to encoding/json.
	t := b[textLo:textHi]
	if textEsc {
		t = unescape(t)
	}
	if len(t) > 0 {
		rec.text = unsafe.String(&t[0], len(t))
	}
	return rec, nil
}

// strPlain marks the bytes that need no attention inside a JSON string.
var strPlain = func() (t [256]bool) {
	for c := 0x20; c < 256; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// special8 reports whether any of the 8 bytes in x is a quote, a backslash or a control
// character (the bit tricks of "Bit Twiddling Hacks": has zero byte, has byte less than).
func special8(x uint64) bool {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	q := x ^ (lo * '"')
	bs := x ^ (lo * '\\')
	return ((q-lo)&^q|(bs-lo)&^bs|(x-lo*0x20)&^x)&hi != 0
}

// scanString scans the JSON string starting at b[i] == '"'. It returns the index after
// the closing quote (-1 when invalid) and whether there were escapes. Invalid UTF-8 is
// left to encoding/json.
func scanString(b []byte, i int) (int, bool) {
	if i >= len(b) || b[i] != '"' {
		return -1, false
	}
	start := i + 1
	esc := false
	for j := start; j < len(b); {
		for j+8 <= len(b) && !special8(binary.LittleEndian.Uint64(b[j:])) {
			j += 8
		}
		for j < len(b) && strPlain[b[j]] {
			j++
		}
		if j >= len(b) {
			break
		}
		switch b[j] {
		case '"':
			if !utf8.Valid(b[start:j]) {
				return -1, false
			}
			return j + 1, esc
		case '\\':
			esc = true
			if j+1 >= len(b) {
				return -1, false
			}
			switch b[j+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				j += 2
			case 'u':
				if j+5 >= len(b) {
					return -1, false
				}
				for _, h := range b[j+2 : j+6] {
					if !(h >= '0' && h <= '9' || h >= 'a' && h <= 'f' || h >= 'A' && h <= 'F') {
						return -1, false
					}
				}
				j += 6
			default:
				return -1, false
			}
		default: // a control character
			return -1, false
		}
	}
	return -1, false
}

// scanNumber scans a JSON number and returns the index after it, or -1.
func scanNumber(b []byte, i int) int {
	if i < len(b) && b[i] == '-' {
		i++
	}
	digits := func() int {
		n := 0
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
			n++
		}
		return n
	}
	if i < len(b) && b[i] == '0' {
		i++
	} else if digits() == 0 {
		return -1
	}
	if i < len(b) && b[i] == '.' {
		i++
		if digits() == 0 {
			return -1
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		if digits() == 0 {
			return -1
		}
	}
	return i
}

// unescape decodes the content of a JSON string that scanString has validated, as
// encoding/json does (lone surrogates become U+FFFD). It decodes in place (a decoded
// escape is never longer than the escape) and returns the decoded part of b.
func unescape(b []byte) []byte {
	out := b[:0]
	for i := 0; i < len(b); i++ {
		k := bytes.IndexByte(b[i:], '\\')
		if k < 0 {
			out = append(out, b[i:]...)
			break
		}
		out = append(out, b[i:i+k]...)
		i += k + 1
		switch b[i] {
		case 'n':
			out = append(out, '\n')
		case 't':
			out = append(out, '\t')
		case 'r':
			out = append(out, '\r')
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'u':
			r := hex4(b[i+1 : i+5])
			i += 4
			if utf16.IsSurrogate(r) {
				r2 := rune(-1)
				if i+6 < len(b) && b[i+1] == '\\' && b[i+2] == 'u' {
					r2 = hex4(b[i+3 : i+7])
				}
				if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
					r = d
					i += 6
				} else {
					r = utf8.RuneError
				}
			}
			out = utf8.AppendRune(out, r)
		default: // " \ /
			out = append(out, b[i])
		}
	}
	return out
}

func hex4(b []byte) rune {
	var r rune
	for _, h := range b {
		r <<= 4
		switch {
		case h >= '0' && h <= '9':
			r |= rune(h - '0')
		case h >= 'a' && h <= 'f':
			r |= rune(h - 'a' + 10)
		default:
			r |= rune(h - 'A' + 10)
		}
	}
	return r
}

const hexDigits = "0123456789abcdef"

// appendJSONString appends s as a JSON string. Invalid UTF-8 becomes U+FFFD, as in
// encoding/json; HTML characters are not escaped.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i++
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
