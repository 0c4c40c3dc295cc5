package registration

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // Dutch local time for dates without an offset, on any machine
	"unicode"
	"unicode/utf8"

	"stelsel"
	"stelsel/catalog"
)

// Fields are the import fields, in the order of the CSV header that stelsel writes.
var Fields = []string{"registratienummer", "soort", "eenheid", "basisteam", "incidentcode",
	"omschrijving", "pleegdatum", "registratiedatum", "gemeente", "tekst"}

// OptionalFields are import fields a file may leave out, as columns or as keys: the
// address (street and house number) where it happened, the online platform, and the
// registered person concerned (the BVH person number, or a pseudonym of it). They let the
// discrimination detectives find repeats (report.Repeats).
var OptionalFields = []string{"adres", "platform", "persoon"}

// allFields are Fields and then OptionalFields: the order of the values build takes.
var allFields = append(slices.Clone(Fields), OptionalFields...)

// Reject is a record that was not imported, with the reason.
type Reject struct {
	File   string `json:"bestand"`
	Line   int    `json:"regel"`
	Number string `json:"registratienummer,omitempty"`
	Field  string `json:"veld,omitempty"`
	Reason string `json:"reden"`

	raw  []string // the CSV fields as read, for the reject file
	rawJ []byte   // the JSON line as read
}

// Error formats the reject as file:line: field: reason.
func (r Reject) Error() string {
	s := fmt.Sprintf("%s:%d", r.File, r.Line)
	if r.Number != "" {
		s += " (" + r.Number + ")"
	}
	if r.Field != "" {
		s += ": " + r.Field
	}
	return s + ": " + r.Reason
}

// record is one parsed input record on its way into the database.
type record struct {
	reg  Registration
	line int
	hash string
	raw  []string // the CSV fields as read, for the reject file
	rawJ []byte   // the JSON line as read
	// set by the screening stage
	id       int64 // registrations.id; for a new registration set when stored
	state    int   // recNew, recChanged, recUnchanged
	flagged  bool
	hits     []Hit
	grounds  []string
	strong   int
	score    int
	priority int
}

// input reads records from one file in either format.
type input interface {
	// next returns the next record, or a reject, or io.EOF.
	next() (*record, *Reject, error)
}

var amsterdam = func() *time.Location {
	loc, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		return time.UTC
	}
	return loc
}()

// parseDate reads an ISO 8601 date or date-time; one without an offset is Dutch time.
func parseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	// The common forms first: trying the layouts in turn cost the reader more than
	// reading the CSV did.
	switch {
	case len(s) == 19 && s[10] == 'T':
		if t, err := time.ParseInLocation("2006-01-02T15:04:05", s, amsterdam); err == nil {
			return t.UTC(), nil
		}
	case len(s) == 10:
		if t, err := time.ParseInLocation("2006-01-02", s, amsterdam); err == nil {
			return t.UTC(), nil
		}
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05Z0700"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), nil
		}
	}
	for _, layout := range []string{"2006-01-02", "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02 15:04"} {
		if t, err := time.ParseInLocation(layout, s, amsterdam); err == nil {
			return t.UTC(), nil
		}
	}
	return time.Time{}, fmt.Errorf("geen geldige datum %q (verwacht ISO 8601, bv. 2026-03-01 of 2026-03-01T14:30:00+01:00)", clip(s, 40))
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

// validator turns raw field values into a record, checking every rule of the format.
type validator struct {
	file string
	cat  *catalog.Catalog
	seen map[string]int // number -> line of first occurrence in this file
}

func (v *validator) reject(line int, number, field, format string, args ...any) *Reject {
	return &Reject{File: v.file, Line: line, Number: number, Field: field, Reason: fmt.Sprintf(format, args...)}
}

// build validates the field values (indexed like allFields) of the record on line.
func (v *validator) build(line int, f []string) (*record, *Reject) {
	for i, s := range f {
		if !utf8.ValidString(s) {
			return nil, v.reject(line, "", allFields[i], "ongeldige tekencodering: geen UTF-8 (misschien Latin-1/Windows-1252); sla het bestand op als UTF-8")
		}
		// No database stores a NUL in a text (PostgreSQL refuses the whole batch).
		if strings.IndexByte(s, 0) >= 0 {
			return nil, v.reject(line, "", allFields[i], "bevat een NUL-teken (0x00); verwijder het uit het bronbestand")
		}
	}
	num := strings.TrimSpace(f[0])
	if num == "" {
		return nil, v.reject(line, "", "registratienummer", "ontbreekt")
	}
	if reason := CheckNumber(num); reason != "" {
		return nil, v.reject(line, printable(clip(num, 64)), "registratienummer", "%s", reason)
	}
	if first, dup := v.seen[num]; dup {
		return nil, v.reject(line, num, "registratienummer", "komt dubbel voor in dit bestand (eerder op regel %d; de eerste telt)", first)
	}
	r := &record{line: line}
	g := &r.reg
	g.Number = num
	g.Kind = Kind(strings.ToLower(strings.TrimSpace(f[1])))
	if !g.Kind.Valid() {
		return nil, v.reject(line, num, "soort", "onbekende soort %q (verwacht melding, aangifte of mutatie)", clip(f[1], 40))
	}
	u, ok := v.cat.Unit(f[2])
	if !ok {
		return nil, v.reject(line, num, "eenheid", "onbekende eenheid %q", clip(f[2], 40))
	}
	g.Unit = u.Code
	g.Team = strings.TrimSpace(f[3])
	g.IncidentCode = strings.TrimSpace(f[4])
	g.Summary = strings.TrimSpace(f[5])
	if s := strings.TrimSpace(f[6]); s != "" {
		t, err := parseDate(s)
		if err != nil {
			return nil, v.reject(line, num, "pleegdatum", "%v", err)
		}
		g.CommittedAt = t
	}
	if strings.TrimSpace(f[7]) == "" {
		return nil, v.reject(line, num, "registratiedatum", "ontbreekt")
	}
	t, err := parseDate(f[7])
	if err != nil {
		return nil, v.reject(line, num, "registratiedatum", "%v", err)
	}
	g.RegisteredAt = t
	g.Municipality = strings.TrimSpace(f[8])
	g.Text = f[9]
	switch {
	case strings.TrimSpace(g.Text) == "":
		return nil, v.reject(line, num, "tekst", "is leeg")
	case len(g.Text) > MaxTextBytes:
		return nil, v.reject(line, num, "tekst", "is te lang: %d bytes, maximaal %d", len(g.Text), MaxTextBytes)
	}
	for _, s := range []string{g.Team, g.IncidentCode, g.Summary, g.Municipality} {
		if len(s) > 1000 {
			return nil, v.reject(line, num, "omschrijving", "een veld is langer dan 1000 bytes")
		}
	}
	g.Address, g.Platform, g.Person = strings.Join(strings.Fields(f[10]), " "), strings.TrimSpace(f[11]), strings.TrimSpace(f[12])
	for i, s := range []string{g.Address, g.Platform, g.Person} {
		if len(s) > 200 {
			return nil, v.reject(line, num, OptionalFields[i], "is langer dan 200 bytes")
		}
	}
	r.hash = contentHash(g)
	// A copy: num shares its memory with the whole input line (encoding/csv), which the
	// map would otherwise keep alive for the rest of the import: 2 GB at 1M records.
	v.seen[strings.Clone(num)] = line
	return r, nil
}

// MaxNumberLen is the longest registration number stelsel accepts.
const MaxNumberLen = 64

// CheckNumber checks a registration number against the safe pattern every number from
// outside must match: 1 to 64 ASCII letters, digits, '.', '_' or '-', starting with a
// letter or digit. Numbers go into URL paths, file names and spreadsheet cells; the
// pattern keeps out '/', '?', '#', '%', spaces, formula characters, lookalike letters
// from other scripts and invisible characters (zero-width space, joiners, BOM). It
// returns "" for a good number, else the Dutch reason.
func CheckNumber(num string) string {
	if len(num) > MaxNumberLen {
		return fmt.Sprintf("ongeldig: %d tekens, maximaal %d", len(num), MaxNumberLen)
	}
	for i, r := range num {
		ok := r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || (i > 0 && (r == '.' || r == '_' || r == '-'))
		if !ok {
			return fmt.Sprintf("ongeldig teken %s op positie %d: gebruik alleen letters A-Z, cijfers en . _ - (beginnend met een letter of cijfer)", describeRune(r), utf8.RuneCountInString(num[:i])+1)
		}
	}
	return ""
}

// describeRune names a character so that an invisible or lookalike one shows.
func describeRune(r rune) string {
	if r < 0x80 && r > ' ' && r != 0x7f {
		return fmt.Sprintf("%q", r)
	}
	return fmt.Sprintf("%U", r)
}

// printable replaces control and invisible characters by their code, for messages.
func printable(s string) string {
	return strings.Map(func(r rune) rune {
		if r < ' ' || r == 0x7f || (r >= 0x80 && !unicode.IsPrint(r)) {
			return '?'
		}
		return r
	}, s)
}

// contentHash identifies a version's content: equal hashes, equal versions.
func contentHash(g *Registration) string {
	h := sha256.New()
	var n [24]byte
	for _, s := range []string{string(g.Kind), g.Unit, g.Team, g.IncidentCode, g.Summary,
		stamp(g.CommittedAt), stamp(g.RegisteredAt), g.Municipality, g.Text} {
		h.Write(append(strconv.AppendInt(n[:0], int64(len(s)), 10), ':'))
		io.WriteString(h, s)
	}
	// The optional fields count only when given, so versions imported before they existed
	// keep their hash.
	if g.Address != "" || g.Platform != "" || g.Person != "" {
		for _, s := range []string{g.Address, g.Platform, g.Person} {
			h.Write(append(strconv.AppendInt(n[:0], int64(len(s)), 10), ':'))
			io.WriteString(h, s)
		}
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

func stamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// csvInput reads CSV with a header row naming the fields, in any order.
type csvInput struct {
	v      *validator
	header []string
	r      *csvRecords
	idx    []int // allFields[i] is column idx[i]; -1 for an optional one left out
}

func newCSVInput(v *validator, r *bufio.Reader) (*csvInput, error) {
	cr := newCSVRecords(r)
	head, _, err := cr.next()
	if errors.Is(err, io.EOF) {
		return nil, stelsel.Invalid("kopregel", "%s: het bestand is leeg (verwacht een kopregel met %s)", v.file, strings.Join(Fields, ","))
	}
	if err != nil {
		return nil, stelsel.Invalid("kopregel", "%s: kopregel onleesbaar: %v", v.file, err)
	}
	cr.fields = len(head)
	pos := map[string]int{}
	for i, h := range head {
		h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
		pos[h] = i
	}
	in := &csvInput{v: v, r: cr, idx: make([]int, len(allFields)), header: head}
	var missing []string
	for i, f := range allFields {
		p, ok := pos[f]
		switch {
		case !ok && i >= len(Fields):
			p = -1 // an optional column left out
		case !ok:
			missing = append(missing, f)
		}
		in.idx[i] = p
	}
	if len(missing) > 0 {
		return nil, stelsel.Invalid("kopregel", "%s: kolom(men) ontbreken in de kopregel: %s (verwacht %s)", v.file, strings.Join(missing, ", "), strings.Join(Fields, ","))
	}
	return in, nil
}

func (in *csvInput) next() (*record, *Reject, error) {
	row, line, err := in.r.next()
	if errors.Is(err, io.EOF) {
		return nil, nil, io.EOF
	}
	if err != nil {
		var ce *errCSV
		if errors.As(err, &ce) {
			return nil, &Reject{File: in.v.file, Line: line, Reason: "CSV onleesbaar: " + ce.reason, raw: []string{in.r.bad}}, nil
		}
		return nil, nil, fmt.Errorf("read %s: %w", in.v.file, err)
	}
	f := make([]string, len(allFields))
	for i, p := range in.idx {
		if p < 0 {
			continue
		}
		if p >= len(row) {
			rj := in.v.reject(line, "", allFields[i], "kolom ontbreekt: de regel heeft %d velden, de kopregel %d", len(row), len(in.header))
			if len(row) > in.idx[0] {
				rj.Number = clip(row[in.idx[0]], 64)
			}
			rj.raw = row
			return nil, rj, nil
		}
		f[i] = row[p]
	}
	rec, rj := in.v.build(line, f)
	if rj != nil {
		rj.raw = row
		return nil, rj, nil
	}
	rec.raw = row
	return rec, nil, nil
}

// jsonRequired are the fields a JSON object must have; the others may be left out.
var jsonRequired = map[string]bool{"registratienummer": true, "soort": true, "eenheid": true, "registratiedatum": true, "tekst": true}

// jsonlInput reads JSON Lines: one object per line with the fields as string values.
type jsonlInput struct {
	v    *validator
	r    *bufio.Reader
	line int
}

func (in *jsonlInput) next() (*record, *Reject, error) {
	for {
		b, err := in.r.ReadBytes('\n')
		if len(b) == 0 && err != nil {
			if errors.Is(err, io.EOF) {
				return nil, nil, io.EOF
			}
			return nil, nil, fmt.Errorf("read %s: %w", in.v.file, err)
		}
		in.line++
		b = bytes.TrimSpace(b)
		if len(b) == 0 {
			continue
		}
		raw := append([]byte(nil), b...)
		if !utf8.Valid(b) {
			rj := in.v.reject(in.line, "", "", "ongeldige tekencodering: geen UTF-8 (misschien Latin-1/Windows-1252); sla het bestand op als UTF-8")
			rj.rawJ = raw
			return nil, rj, nil
		}
		var m map[string]any
		if err := json.Unmarshal(b, &m); err != nil {
			rj := in.v.reject(in.line, "", "", "geen geldig JSON-object: %v", err)
			rj.rawJ = raw
			return nil, rj, nil
		}
		f := make([]string, len(allFields))
		num, _ := m["registratienummer"].(string)
		for i, name := range allFields {
			val, ok := m[name]
			if !ok && jsonRequired[name] {
				rj := in.v.reject(in.line, clip(num, 64), name, "veld ontbreekt")
				rj.rawJ = raw
				return nil, rj, nil
			}
			switch x := val.(type) {
			case string:
				f[i] = x
			case nil:
			default:
				rj := in.v.reject(in.line, clip(num, 64), name, "moet een tekst (string) zijn")
				rj.rawJ = raw
				return nil, rj, nil
			}
		}
		rec, rj := in.v.build(in.line, f)
		if rj != nil {
			rj.rawJ = raw
			return nil, rj, nil
		}
		rec.rawJ = raw
		return rec, nil, nil
	}
}
