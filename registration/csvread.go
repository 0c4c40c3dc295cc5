package registration

import (
	"bufio"
	"bytes"
	"errors"
	"io"
)

// The CSV import reads records itself instead of through encoding/csv, for one reason: a
// stray quote there opens a quoted field that swallows every later line to the end of the
// file, so none of those records is stored or rejected. Here a record is the physical
// lines up to the first point where the quotes balance; when the quotes do not balance
// within maxRecordBytes or before the end of the file, or the lines so joined do not make
// a record, only the first line is rejected and reading resumes at the line after it.
// Each physical line thus ends up in a stored record or in the reject file.

// maxRecordBytes bounds one record: a text of MaxTextBytes with every character a doubled
// quote, plus the other fields.
const maxRecordBytes = 2*MaxTextBytes + 16<<10

// csvLine is one physical input line with its number.
type csvLine struct {
	n int
	b []byte // with its line ending, if any
}

// csvRecords splits a CSV stream into records of fields.
type csvRecords struct {
	r       *bufio.Reader
	line    int       // physical lines read from r
	back    []csvLine // lines given back after a failed multi-line record, in order
	joined  []byte
	offsets []int // where each line of joined starts
	// fields is the number of fields a record spanning lines must have (the header's);
	// 0 while reading the header.
	fields int
	buf    []byte // the unquoted fields of the record being split, reused
	ends   []int
	// bad is the first line of the last malformed record, for the reject file.
	bad string
}

func newCSVRecords(r *bufio.Reader) *csvRecords { return &csvRecords{r: r} }

// errCSV is a malformed record; its message is the Dutch reason.
type errCSV struct{ reason string }

func (e *errCSV) Error() string { return e.reason }

var (
	errBareQuote  = &errCSV{`aanhalingsteken (") midden in een veld zonder aanhalingstekens`}
	errAfterQuote = &errCSV{`onverwacht teken na een afsluitend aanhalingsteken (verdubbel aanhalingstekens binnen een veld: "")`}
	errOpenQuote  = &errCSV{`aanhalingsteken niet gesloten: het veld loopt door tot het einde van het bestand of wordt te lang; alleen deze regel is afgewezen`}
)

// readLine returns the next physical line, nil at the end. The bytes are valid until the
// next call unless the line came back from a failed record.
func (c *csvRecords) readLine() ([]byte, int, error) {
	if len(c.back) > 0 {
		l := c.back[0]
		c.back = c.back[1:]
		return l.b, l.n, nil
	}
	b, err := c.r.ReadSlice('\n')
	if errors.Is(err, bufio.ErrBufferFull) {
		long := append([]byte(nil), b...)
		for errors.Is(err, bufio.ErrBufferFull) {
			b, err = c.r.ReadSlice('\n')
			long = append(long, b...)
		}
		b = long
	}
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, 0, err
	}
	if len(b) == 0 {
		return nil, 0, nil
	}
	c.line++
	return b, c.line, nil
}

// next returns the fields of the next record and the line it starts on; io.EOF at the
// end. A malformed record is an *errCSV with its line; reading goes on after it.
// Empty lines are skipped, as encoding/csv does.
func (c *csvRecords) next() ([]string, int, error) {
	for {
		b, n, err := c.readLine()
		if err != nil {
			return nil, n, err
		}
		if b == nil {
			return nil, 0, io.EOF
		}
		if len(trimEOL(b)) == 0 {
			continue
		}
		if bytes.Count(b, quote)%2 == 0 {
			f, err := c.split(trimEOL(b), false)
			if err != nil {
				c.bad = string(trimEOL(b))
			}
			return f, n, err
		}
		return c.multiLine(b, n)
	}
}

var quote = []byte{'"'}

// multiLine gathers the lines of a record whose first line, first (numbered n), leaves a
// quote open.
func (c *csvRecords) multiLine(first []byte, n int) ([]string, int, error) {
	c.joined = append(c.joined[:0], first...)
	c.offsets = append(c.offsets[:0], 0)
	lines := []int{n}
	open := true
	for open && len(c.joined) <= maxRecordBytes {
		b, ln, err := c.readLine()
		if err != nil {
			return nil, n, err
		}
		if b == nil {
			break
		}
		c.offsets = append(c.offsets, len(c.joined))
		c.joined = append(c.joined, b...)
		lines = append(lines, ln)
		if bytes.Count(b, quote)%2 == 1 {
			open = false
		}
	}
	if !open {
		f, err := c.split(trimEOL(c.joined), true)
		if err == nil && (c.fields == 0 || len(f) == c.fields) {
			return f, n, nil
		}
	}
	// No record: reject the first line only, and read the others again.
	c.bad = string(trimEOL(c.joined[:c.offsets[min(1, len(c.offsets)-1)]]))
	if len(c.offsets) == 1 {
		c.bad = string(trimEOL(c.joined))
	}
	var back []csvLine
	for i := 1; i < len(lines); i++ {
		end := len(c.joined)
		if i+1 < len(c.offsets) {
			end = c.offsets[i+1]
		}
		back = append(back, csvLine{n: lines[i], b: append([]byte(nil), c.joined[c.offsets[i]:end]...)})
	}
	c.back = append(back, c.back...)
	return nil, n, errOpenQuote
}

// trimEOL drops a line's ending: LF, CRLF, or a CR before the end of the file, as
// encoding/csv does.
func trimEOL(b []byte) []byte {
	if len(b) > 0 && b[len(b)-1] == '\n' {
		b = b[:len(b)-1]
		if len(b) > 0 && b[len(b)-1] == '\r' {
			b = b[:len(b)-1]
		}
	} else if len(b) > 0 && b[len(b)-1] == '\r' {
		b = b[:len(b)-1]
	}
	return b
}

// split splits one record (its lines joined, without the final line ending) into
// fields by RFC 4180, as encoding/csv does with its defaults: "" is a quote inside a
// quoted field, a quote in an unquoted field is an error, and with crlf a CRLF inside a
// quoted field reads as LF. The fields share one string.
func (c *csvRecords) split(data []byte, crlf bool) ([]string, error) {
	if crlf {
		data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
	}
	buf, ends := c.buf[:0], c.ends[:0]
	defer func() { c.buf, c.ends = buf[:0], ends[:0] }()
	for i := 0; ; {
		if i < len(data) && data[i] == '"' {
			i++
			for {
				j := bytes.IndexByte(data[i:], '"')
				if j < 0 {
					return nil, errOpenQuote
				}
				buf = append(buf, data[i:i+j]...)
				i += j + 1
				if i < len(data) && data[i] == '"' {
					buf = append(buf, '"')
					i++
					continue
				}
				break
			}
			ends = append(ends, len(buf))
			if i == len(data) {
				break
			}
			if data[i] != ',' {
				return nil, errAfterQuote
			}
			i++
			continue
		}
		j := bytes.IndexByte(data[i:], ',')
		f := data[i:]
		if j >= 0 {
			f = data[i : i+j]
		}
		if bytes.IndexByte(f, '"') >= 0 {
			return nil, errBareQuote
		}
		buf = append(buf, f...)
		ends = append(ends, len(buf))
		if j < 0 {
			break
		}
		i += j + 1
	}
	s := string(buf)
	out := make([]string, len(ends))
	start := 0
	for k, e := range ends {
		out[k] = s[start:e]
		start = e
	}
	return out, nil
}
