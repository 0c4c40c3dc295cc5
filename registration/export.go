package registration

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"stelsel/access"
	"stelsel/catalog"
	"stelsel/db"
)

// CodeRow is one line of the BVH code export.
type CodeRow struct {
	Number      string    `json:"registratienummer"`
	Unit        string    `json:"eenheid"`
	Code        string    `json:"code"` // see BVHCode
	Articles    []string  `json:"artikelen"`
	Indications []string  `json:"indicaties"`
	Grounds     []string  `json:"gronden"`
	EffectiveAt time.Time `json:"geldig_vanaf"`
}

// BVHCode is the code a decision kind puts on a registration in BVH: DISCRIMINATIE
// (art. 137c-g/429quater Sr), CODIS (ordinary offence with a discriminatory aspect), or
// GEEN (judged not discriminatory; sent for every such decision, and a code sent
// earlier lapses).
func BVHCode(kind string) string {
	switch kind {
	case catalog.DecisionDiscrimination:
		return "DISCRIMINATIE"
	case catalog.DecisionCodis:
		return "CODIS"
	}
	return "GEEN"
}

// ExportOptions say what to export and where.
type ExportOptions struct {
	Dir string // where the files go; created when missing
	// Since overrides the start: nil continues where the previous export ended (or from
	// the beginning for the first export). Until defaults to now.
	Since, Until *time.Time
}

// ExportFile is one written file.
type ExportFile struct {
	Unit string `json:"eenheid"`
	Path string `json:"pad"`
	Rows int    `json:"regels"`
}

// ExportResult says what an export wrote.
type ExportResult struct {
	Since time.Time    `json:"van"`
	Until time.Time    `json:"tot"`
	Rows  int          `json:"regels"`
	Files []ExportFile `json:"bestanden"`
}

// ExportCodes writes, per unit with anything to send, a CSV file with the BVH code of
// every registration whose decision became effective in [since, until): the latest
// effective decision as of until. Files are named codes-UNIT-UNTIL.csv and written
// atomically. The export is remembered so the next one continues at until; repeating
// it with the same Since and Until writes the same rows. The actor needs
// access.ExportCodes.
func (s *Service) ExportCodes(ctx context.Context, a access.Actor, opts ExportOptions) (ExportResult, error) {
	var res ExportResult
	if err := a.Require(access.ExportCodes); err != nil {
		return res, err
	}
	res.Until = s.clock()
	if opts.Until != nil {
		res.Until = opts.Until.UTC()
	}
	if opts.Since != nil {
		res.Since = opts.Since.UTC()
	} else {
		var last sql.NullTime
		if err := s.db.QueryRow(ctx, "SELECT until FROM code_exports ORDER BY until DESC LIMIT 1").Scan(&last); err != nil && !errors.Is(err, sql.ErrNoRows) {
			return res, fmt.Errorf("read last export: %w", err)
		}
		res.Since = time.Unix(0, 0).UTC()
		if last.Valid {
			res.Since = last.Time.UTC()
		}
	}
	rows, err := s.CodeRows(ctx, a, res.Since, res.Until)
	if err != nil {
		return res, err
	}
	perUnit := map[string][]CodeRow{}
	for _, r := range rows {
		perUnit[r.Unit] = append(perUnit[r.Unit], r)
	}
	if err := os.MkdirAll(opts.Dir, 0o750); err != nil {
		return res, fmt.Errorf("export codes: %w", err)
	}
	for _, unit := range s.cat.UnitCodes() {
		if len(perUnit[unit]) == 0 {
			continue
		}
		path := filepath.Join(opts.Dir, fmt.Sprintf("codes-%s-%s.csv", unit, res.Until.Format("20060102T150405Z")))
		if err := writeAtomic(path, func(w io.Writer) error { return WriteCodesCSV(w, perUnit[unit]) }); err != nil {
			return res, err
		}
		res.Files = append(res.Files, ExportFile{Unit: unit, Path: path, Rows: len(perUnit[unit])})
		res.Rows += len(perUnit[unit])
	}
	err = s.db.InTx(ctx, func(tx *db.Tx) error {
		if _, err := tx.Exec(ctx, "INSERT INTO code_exports (at, actor, since, until, row_count, automatic) VALUES (?, ?, ?, ?, ?, ?)",
			s.clock(), a.Username, res.Since, res.Until, res.Rows, opts.Since == nil); err != nil {
			return fmt.Errorf("remember export: %w", err)
		}
		return s.trail.Append(ctx, tx, a, access.Entry{Action: access.ActionExport, ObjectKind: "bvh_codes",
			Detail: fmt.Sprintf("van=%s tot=%s regels=%d bestanden=%d", res.Since.Format(time.RFC3339), res.Until.Format(time.RFC3339), res.Rows, len(res.Files))})
	})
	return res, err
}

// CodeRows returns the code export rows for [since, until), without writing or
// remembering anything. The actor needs access.ExportCodes.
func (s *Service) CodeRows(ctx context.Context, a access.Actor, since, until time.Time) ([]CodeRow, error) {
	if err := a.Require(access.ExportCodes); err != nil {
		return nil, err
	}
	rows, err := s.db.Query(ctx, `SELECT d.number, r.unit, d.kind, d.articles, d.indications, d.grounds, d.effective_at
		FROM decisions d JOIN registrations r ON r.number = d.number
		WHERE d.effective_at >= ? AND d.effective_at < ? AND d.kind <> ? AND d.undone_at IS NULL
		  AND d.id = (SELECT max(d2.id) FROM decisions d2 WHERE d2.number = d.number AND d2.kind <> ?
		              AND d2.effective_at IS NOT NULL AND d2.effective_at < ? AND d2.undone_at IS NULL)
		ORDER BY r.unit, d.number`,
		since.UTC(), until.UTC(), catalog.DecisionMoreInformation, catalog.DecisionMoreInformation, until.UTC())
	if err != nil {
		return nil, fmt.Errorf("read codes: %w", err)
	}
	defer rows.Close()
	var out []CodeRow
	for rows.Next() {
		var r CodeRow
		var kind, articles, indications, grounds string
		if err := rows.Scan(&r.Number, &r.Unit, &kind, &articles, &indications, &grounds, &r.EffectiveAt); err != nil {
			return nil, fmt.Errorf("read codes: %w", err)
		}
		r.Code, r.EffectiveAt = BVHCode(kind), r.EffectiveAt.UTC()
		r.Articles, r.Indications, r.Grounds = splitList(articles), splitList(indications), splitList(grounds)
		out = append(out, r)
	}
	return out, rows.Err()
}

// WriteCodesCSV writes code rows as the BVH import expects them: registratienummer, code,
// artikelen and indicaties (codes separated by '|'), gronden, geldig_vanaf (RFC 3339).
// Every cell is made inert for spreadsheets (see csvWriter): numbers stored before the
// safe number pattern could start with a formula character.
func WriteCodesCSV(w io.Writer, rows []CodeRow) error {
	cw := newCSVWriter(w)
	cw.Write([]string{"registratienummer", "code", "artikelen", "indicaties", "gronden", "geldig_vanaf"})
	for _, r := range rows {
		cw.Write([]string{r.Number, r.Code, strings.Join(r.Articles, "|"), strings.Join(r.Indications, "|"),
			strings.Join(r.Grounds, "|"), r.EffectiveAt.Format(time.RFC3339)})
	}
	return cw.Flush()
}

// writeAtomic writes a file through a temporary file, fsync and rename, so a reader
// never sees half a file.
func writeAtomic(path string, fill func(io.Writer) error) error {
	f, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".tmp*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(f.Name())
	err = fill(f)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
