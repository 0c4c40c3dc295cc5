package report

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"stelsel"
	"stelsel/access"
	"stelsel/db"
)

// Snapshot is an established ("vastgestelde") version of a year's figures. It never
// changes; later decisions show as differences, and establishing again makes the next
// version.
type Snapshot struct {
	ID            int64     `json:"id"`
	Year          int       `json:"jaar"`
	Version       int       `json:"versie"`
	DataMoment    time.Time `json:"peilmoment"`
	Catalog       string    `json:"catalogus"`
	Lexicon       string    `json:"lexicon"`
	Hash          string    `json:"hash"`
	Note          string    `json:"toelichting,omitempty"`
	EstablishedBy string    `json:"vastgesteld_door"`
	EstablishedAt time.Time `json:"vastgesteld_op"`
	// Figures are the exact figures as established (decoded from the stored content).
	Figures Figures `json:"-"`
	content []byte
}

// Encode returns the canonical encoding of f that snapshots store and hash: JSON with
// fields in declaration order and no maps, so equal figures give equal bytes.
func Encode(f Figures) ([]byte, error) { return json.Marshal(f) }

func hashOf(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

func versionLabel(v int, at time.Time) string {
	return fmt.Sprintf("vastgesteld versie %d (%s)", v, at.In(amsterdam).Format("02-01-2006"))
}

// Establish freezes the national figures of year at the data moment at (zero: now) as
// the next snapshot version. The actor needs access.EstablishFigures and national
// figures. It is audited.
func (s *Service) Establish(ctx context.Context, a access.Actor, year int, at time.Time, note string) (Snapshot, error) {
	if err := a.Require(access.EstablishFigures); err != nil {
		return Snapshot{}, err
	}
	if !a.National(access.ReadFigures) {
		return Snapshot{}, stelsel.Errorf(stelsel.EFORBIDDEN, "alleen landelijke cijfers kunnen worden vastgesteld")
	}
	if err := s.validYear(year); err != nil {
		return Snapshot{}, err
	}
	now := s.clock()
	if at.IsZero() {
		at = now
	}
	// The database keeps microseconds: the data moment must survive the round trip.
	at = at.UTC().Truncate(time.Microsecond)
	if at.After(now) {
		return Snapshot{}, stelsel.Invalid("peilmoment", "het peilmoment ligt in de toekomst")
	}
	note = strings.TrimSpace(note)
	if len(note) > 2000 {
		return Snapshot{}, stelsel.Invalid("toelichting", "de toelichting is te lang (ten hoogste 2000 tekens)")
	}
	var snap Snapshot
	err := s.db.InTx(ctx, func(tx *db.Tx) error {
		var last sql.NullInt64
		if err := tx.QueryRow(ctx, "SELECT max(version) FROM figure_snapshots WHERE year = ?", year).Scan(&last); err != nil {
			return fmt.Errorf("read snapshots: %w", err)
		}
		v := int(last.Int64) + 1
		f, err := s.compute(ctx, a, year, Figures{DataMoment: at.UTC(), Catalog: s.cat.Version, Lexicon: s.reg.LexiconVersion(), Version: versionLabel(v, now)})
		if err != nil {
			return err
		}
		content, err := Encode(f)
		if err != nil {
			return fmt.Errorf("encode figures: %w", err)
		}
		snap = Snapshot{Year: year, Version: v, DataMoment: at.UTC(), Catalog: f.Catalog, Lexicon: f.Lexicon, Hash: hashOf(content),
			Note: note, EstablishedBy: a.Username, EstablishedAt: now, Figures: f, content: content}
		err = tx.QueryRow(ctx, `INSERT INTO figure_snapshots (year, version, data_moment, catalog, lexicon, hash, content, note, established_by, established_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`, year, v, snap.DataMoment, snap.Catalog, snap.Lexicon, snap.Hash,
			string(content), note, a.Username, now).Scan(&snap.ID)
		if err != nil {
			return fmt.Errorf("store snapshot: %w", err)
		}
		return s.trail.Append(ctx, tx, a, access.Entry{Action: access.ActionCreate, ObjectKind: "figure_snapshot", ObjectID: fmt.Sprintf("%d-v%d", year, v),
			Detail: fmt.Sprintf("jaarcijfers %d vastgesteld, peilmoment %s, hash %s", year, snap.DataMoment.Format(time.RFC3339), snap.Hash[:16])})
	})
	return snap, err
}

const snapshotCols = "id, year, version, data_moment, catalog, lexicon, hash, note, established_by, established_at"

func scanSnapshot(sc interface{ Scan(...any) error }, withContent bool) (Snapshot, error) {
	var sn Snapshot
	dst := []any{&sn.ID, &sn.Year, &sn.Version, &sn.DataMoment, &sn.Catalog, &sn.Lexicon, &sn.Hash, &sn.Note, &sn.EstablishedBy, &sn.EstablishedAt}
	var content string
	if withContent {
		dst = append(dst, &content)
	}
	if err := sc.Scan(dst...); err != nil {
		return sn, err
	}
	sn.DataMoment, sn.EstablishedAt = sn.DataMoment.UTC(), sn.EstablishedAt.UTC()
	if withContent {
		sn.content = []byte(content)
		if err := json.Unmarshal(sn.content, &sn.Figures); err != nil {
			return sn, fmt.Errorf("decode snapshot %d: %w", sn.ID, err)
		}
	}
	return sn, nil
}

// Snapshots lists the established versions, newest first; year 0 lists every year. The
// actor needs access.ReadFigures.
func (s *Service) Snapshots(ctx context.Context, a access.Actor, year int) ([]Snapshot, error) {
	if err := a.Require(access.ReadFigures); err != nil {
		return nil, err
	}
	q := "SELECT " + snapshotCols + " FROM figure_snapshots"
	var args []any
	if year != 0 {
		q += " WHERE year = ?"
		args = append(args, year)
	}
	rows, err := s.db.Query(ctx, q+" ORDER BY year DESC, version DESC", args...)
	if err != nil {
		return nil, fmt.Errorf("read snapshots: %w", err)
	}
	defer rows.Close()
	var out []Snapshot
	for rows.Next() {
		sn, err := scanSnapshot(rows, false)
		if err != nil {
			return nil, fmt.Errorf("read snapshots: %w", err)
		}
		out = append(out, sn)
	}
	return out, rows.Err()
}

// Snapshot returns one established version with its figures: exact for an actor with
// access.ExactFigures and exact set, the publication form otherwise.
func (s *Service) Snapshot(ctx context.Context, a access.Actor, id int64, exact bool) (Snapshot, error) {
	if err := a.Require(access.ReadFigures); err != nil {
		return Snapshot{}, err
	}
	sn, err := scanSnapshot(s.db.QueryRow(ctx, "SELECT "+snapshotCols+", content FROM figure_snapshots WHERE id = ?", id), true)
	if errors.Is(err, sql.ErrNoRows) {
		return sn, stelsel.Errorf(stelsel.ENOTFOUND, "vastgestelde cijfers %d niet gevonden", id)
	}
	if err != nil {
		return sn, fmt.Errorf("read snapshot %d: %w", id, err)
	}
	if !exact || !a.Has(access.ExactFigures) {
		sn.Figures = sn.Figures.Publication()
	}
	return sn, nil
}

// Content returns the stored canonical bytes of a snapshot read with Snapshot.
func (sn Snapshot) Content() []byte { return sn.content }

// Recompute computes the snapshot's figures again from the current data at its data
// moment, with its meta data, and returns the encoding; equal to the stored content when
// nothing before the data moment changed. The actor needs national access.ReadFigures.
func (s *Service) Recompute(ctx context.Context, a access.Actor, sn Snapshot) ([]byte, error) {
	if !a.National(access.ReadFigures) {
		return nil, stelsel.Errorf(stelsel.EFORBIDDEN, "alleen met landelijke cijfers kan worden herberekend")
	}
	f, err := s.compute(ctx, a, sn.Year, Figures{DataMoment: sn.DataMoment, Catalog: sn.Catalog, Lexicon: sn.Lexicon, Version: versionLabel(sn.Version, sn.EstablishedAt)})
	if err != nil {
		return nil, err
	}
	return Encode(f)
}

// Difference is one cell that differs between a snapshot and the figures now.
type Difference struct {
	Table  string `json:"tabel"`
	Row    string `json:"rij"`
	Column string `json:"kolom"`
	Then   string `json:"vastgesteld"`
	Now    string `json:"nu"`
}

// Differences compares snapshot id with the figures of its year computed now, cell by
// cell, in the form the actor may see.
func (s *Service) Differences(ctx context.Context, a access.Actor, id int64) (Snapshot, []Difference, error) {
	sn, err := s.Snapshot(ctx, a, id, true)
	if err != nil {
		return sn, nil, err
	}
	if !a.National(access.ReadFigures) {
		return sn, nil, stelsel.Errorf(stelsel.EFORBIDDEN, "alleen met landelijke cijfers kan worden vergeleken")
	}
	now, err := s.Yearly(ctx, a, sn.Year, YearOptions{Exact: true})
	if err != nil {
		return sn, nil, err
	}
	if sn.Figures.Tables[0].Publication != now.Tables[0].Publication {
		now = now.Publication()
	}
	return sn, Diff(sn.Figures, now), nil
}

// Diff lists the cells of a that show differently in b, table by table.
func Diff(a, b Figures) []Difference {
	var out []Difference
	for _, ta := range a.Tables {
		tb, ok := b.Table(ta.ID)
		if !ok {
			continue
		}
		for i, ra := range ta.Rows {
			if i >= len(tb.Rows) {
				break
			}
			rb := tb.Rows[i]
			for j, ca := range ra.Cells {
				if j >= len(rb.Cells) || j >= len(ta.Columns) {
					break
				}
				if ca.Shown() != rb.Cells[j].Shown() {
					out = append(out, Difference{Table: ta.Title, Row: ra.Label, Column: ta.Columns[j], Then: ca.Shown(), Now: rb.Cells[j].Shown()})
				}
			}
		}
	}
	return out
}
