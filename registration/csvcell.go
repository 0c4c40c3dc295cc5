package registration

import (
	"bufio"
	"io"
	"strings"
	"unicode/utf8"
)

// csvWriter writes CSV that a spreadsheet opens as inert text, for every CSV file stelsel
// hands to people (BVH code export, unit lists, reject files). Two things make a cell run
// as a formula in Excel: a leading = + - @ (or their full-width forms, or a tab or CR in
// front of them), and, in a Dutch Excel, which splits a .csv on ';', a formula after a
// ';' inside a cell. The first gets a leading apostrophe, which Excel shows as text; the
// second cannot happen because every cell holding a ';' is quoted, and quotes keep a cell
// whole in both separators. Otherwise the output is what encoding/csv writes (comma, LF).
type csvWriter struct {
	w   *bufio.Writer
	err error
}

func newCSVWriter(w io.Writer) *csvWriter { return &csvWriter{w: bufio.NewWriter(w)} }

// InertCSVWriter writes records as CSV whose every cell a spreadsheet reads as text.
type InertCSVWriter interface {
	Write(rec []string) error
	Flush() error
}

// NewInertCSVWriter returns the CSV writer of stelsel (see csvWriter) for files that
// other packages hand to people, such as the audit trail's download.
func NewInertCSVWriter(w io.Writer) InertCSVWriter { return newCSVWriter(w) }

// Write writes one record.
func (c *csvWriter) Write(rec []string) error {
	if c.err != nil {
		return c.err
	}
	for i, v := range rec {
		if i > 0 {
			c.w.WriteByte(',')
		}
		v = InertCell(v)
		if v == "" || !strings.ContainsAny(v, ",;\"\r\n") && v[0] != ' ' && v[0] != '\t' {
			c.w.WriteString(v)
			continue
		}
		c.w.WriteByte('"')
		c.w.WriteString(strings.ReplaceAll(v, `"`, `""`))
		c.w.WriteByte('"')
	}
	_, c.err = c.w.WriteString("\n")
	return c.err
}

// Flush writes what is buffered and returns the first error.
func (c *csvWriter) Flush() error {
	if err := c.w.Flush(); c.err == nil {
		c.err = err
	}
	return c.err
}

// InertCell returns v so that a spreadsheet reads it as text: a cell that starts with a
// formula character gets a leading apostrophe, and so does every part after a ';' that
// would start one when a Dutch Excel splits the line on ';' (quotes do not keep a cell
// whole there unless it is the first of its line). Values that cannot look so (codes,
// dates, registration numbers after CheckNumber) pass unchanged.
func InertCell(v string) string {
	if v == "" {
		return v
	}
	if formulaStart(v, " \t\r\n") {
		v = "'" + v
	}
	if !strings.Contains(v, ";") {
		return v
	}
	parts := strings.Split(v, ";")
	for i := 1; i < len(parts); i++ {
		if formulaStart(parts[i], " \t\r\n\"") {
			parts[i] = "'" + parts[i]
		}
	}
	return strings.Join(parts, ";")
}

// formulaStart reports whether s, after the characters in skip, starts with a character
// that makes a spreadsheet read a formula.
func formulaStart(s, skip string) bool {
	t := strings.TrimLeft(s, skip)
	if t == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	switch r {
	case '=', '+', '-', '@', '\uff1d', '\uff0b', '\uff0d', '\uff20':
		return true
	}
	return false
}
