package synth

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"iter"
	"strings"
	"time"
	"unicode/utf8"
)

// Header is the CSV header of the import format, in column order.
var Header = []string{
	"registratienummer", "soort", "eenheid", "basisteam", "incidentcode", "omschrijving",
	"pleegdatum", "registratiedatum", "gemeente", "tekst",
}

// WriteCSV writes records in the import format: a header row, then one row per record
// (RFC 4180: fields with commas, quotes or line breaks are quoted; texts contain line
// breaks).
func WriteCSV(w io.Writer, recs iter.Seq[Record]) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	buf := AppendCSVHeader(nil)
	for r := range recs {
		buf = AppendCSV(buf, r)
		if len(buf) > 1<<15 {
			if _, err := bw.Write(buf); err != nil {
				return fmt.Errorf("write csv: %w", err)
			}
			buf = buf[:0]
		}
	}
	if _, err := bw.Write(buf); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	return nil
}

// WriteJSONL writes records in the import format as JSON Lines: one object per line with
// the same field names as the CSV header, all values strings.
func WriteJSONL(w io.Writer, recs iter.Seq[Record]) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	var buf []byte
	for r := range recs {
		buf = AppendJSONL(buf, r)
		if len(buf) > 1<<15 {
			if _, err := bw.Write(buf); err != nil {
				return fmt.Errorf("write jsonl: %w", err)
			}
			buf = buf[:0]
		}
	}
	if _, err := bw.Write(buf); err != nil {
		return fmt.Errorf("write jsonl: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write jsonl: %w", err)
	}
	return nil
}

// LabelLine is one line of a labels file.
type LabelLine struct {
	Number         string   `json:"registratienummer"`
	Discriminatory bool     `json:"discriminatory"`
	Kind           string   `json:"kind"`
	Grounds        []string `json:"grounds"`
	Manifestation  string   `json:"manifestation,omitempty"`
	Indications    []string `json:"indications"`
	NearMiss       bool     `json:"near_miss"`
}

// WriteLabels writes the true labels as JSON Lines, one LabelLine per record.
func WriteLabels(w io.Writer, recs iter.Seq[Record]) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	var buf []byte
	for r := range recs {
		buf = AppendLabel(buf, r)
		if len(buf) > 1<<15 {
			if _, err := bw.Write(buf); err != nil {
				return fmt.Errorf("write labels: %w", err)
			}
			buf = buf[:0]
		}
	}
	if _, err := bw.Write(buf); err != nil {
		return fmt.Errorf("write labels: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write labels: %w", err)
	}
	return nil
}

// AppendLabel appends r's label as one JSON line.
func AppendLabel(dst []byte, r Record) []byte {
	l := LabelLine{
		Number: r.Number, Discriminatory: r.Label.Discriminatory, Kind: r.Label.Kind,
		Grounds: r.Label.Grounds, Manifestation: r.Label.Manifestation,
		Indications: r.Label.Indications, NearMiss: r.Label.NearMiss,
	}
	if l.Grounds == nil {
		l.Grounds = []string{}
	}
	if l.Indications == nil {
		l.Indications = []string{}
	}
	b, err := json.Marshal(l)
	if err != nil {
		panic(err) // strings and bools only: cannot fail
	}
	dst = append(dst, b...)
	return append(dst, '\n')
}

// AppendCSVHeader appends the CSV header row.
func AppendCSVHeader(dst []byte) []byte {
	dst = append(dst, strings.Join(Header, ",")...)
	return append(dst, '\n')
}

// AppendCSV appends r as one CSV row (which spans several lines when the text has line
// breaks), so callers can encode records in parallel and write them in order.
func AppendCSV(dst []byte, r Record) []byte {
	dst = csvField(dst, r.Number)
	dst = append(dst, ',')
	dst = csvField(dst, r.Kind)
	dst = append(dst, ',')
	dst = csvField(dst, r.Unit)
	dst = append(dst, ',')
	dst = csvField(dst, r.Team)
	dst = append(dst, ',')
	dst = csvField(dst, r.IncidentCode)
	dst = append(dst, ',')
	dst = csvField(dst, r.Description)
	dst = append(dst, ',')
	dst = AppendCommitted(dst, r.CommittedAt)
	dst = append(dst, ',')
	dst = AppendTimestamp(dst, r.RegisteredAt)
	dst = append(dst, ',')
	dst = csvField(dst, r.Municipality)
	dst = append(dst, ',')
	dst = csvField(dst, r.Text)
	return append(dst, '\n')
}

func csvField(dst []byte, s string) []byte {
	if s == "" || !strings.ContainsAny(s, ",\"\r\n") && s[0] != ' ' && s[0] != '\t' {
		return append(dst, s...)
	}
	dst = append(dst, '"')
	for {
		i := strings.IndexByte(s, '"')
		if i < 0 {
			break
		}
		dst = append(dst, s[:i+1]...)
		dst = append(dst, '"')
		s = s[i+1:]
	}
	dst = append(dst, s...)
	return append(dst, '"')
}

// AppendJSONL appends r as one JSON object and a newline.
func AppendJSONL(dst []byte, r Record) []byte {
	dst = append(dst, `{"registratienummer":`...)
	dst = jsonString(dst, r.Number)
	dst = append(dst, `,"soort":`...)
	dst = jsonString(dst, r.Kind)
	dst = append(dst, `,"eenheid":`...)
	dst = jsonString(dst, r.Unit)
	dst = append(dst, `,"basisteam":`...)
	dst = jsonString(dst, r.Team)
	dst = append(dst, `,"incidentcode":`...)
	dst = jsonString(dst, r.IncidentCode)
	dst = append(dst, `,"omschrijving":`...)
	dst = jsonString(dst, r.Description)
	dst = append(dst, `,"pleegdatum":"`...)
	dst = AppendCommitted(dst, r.CommittedAt)
	dst = append(dst, `","registratiedatum":"`...)
	dst = AppendTimestamp(dst, r.RegisteredAt)
	dst = append(dst, `","gemeente":`...)
	dst = jsonString(dst, r.Municipality)
	dst = append(dst, `,"tekst":`...)
	dst = jsonString(dst, r.Text)
	return append(dst, "}\n"...)
}

// jsonString appends s as a JSON string. Valid UTF-8 passes through; invalid bytes become
// U+FFFD as encoding/json does.
func jsonString(dst []byte, s string) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && c < utf8.RuneSelf {
			i++
			continue
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				dst = append(dst, s[start:i]...)
				dst = append(dst, `\ufffd`...)
				i++
				start = i
				continue
			}
			i += size
			continue
		}
		dst = append(dst, s[start:i]...)
		switch c {
		case '"', '\\':
			dst = append(dst, '\\', c)
		case '\n':
			dst = append(dst, '\\', 'n')
		case '\r':
			dst = append(dst, '\\', 'r')
		case '\t':
			dst = append(dst, '\\', 't')
		default:
			dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
		}
		i++
		start = i
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// AppendTimestamp appends t as ISO 8601 local time without offset: 2026-03-14T21:40:00.
func AppendTimestamp(dst []byte, t time.Time) []byte {
	dst = appendDate(dst, t)
	h, m, s := t.Clock()
	return append(dst, 'T', byte('0'+h/10), byte('0'+h%10), ':', byte('0'+m/10), byte('0'+m%10),
		':', byte('0'+s/10), byte('0'+s%10))
}

// AppendCommitted appends a time of offence: a date (2026-03-14) when the time of day is
// unknown (midnight exactly), otherwise a timestamp as AppendTimestamp.
func AppendCommitted(dst []byte, t time.Time) []byte {
	h, m, s := t.Clock()
	if h == 0 && m == 0 && s == 0 && t.Nanosecond() == 0 {
		return appendDate(dst, t)
	}
	return AppendTimestamp(dst, t)
}

func appendDate(dst []byte, t time.Time) []byte {
	y, mo, d := t.Date()
	return append(dst, byte('0'+y/1000%10), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
		byte('0'+int(mo)/10), byte('0'+int(mo)%10), '-', byte('0'+d/10), byte('0'+d%10))
}
