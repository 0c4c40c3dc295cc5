package desk

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"

	"stelsel"
	"stelsel/access"
	"stelsel/db"
)

// Service keeps the desks as versioned data: every edit adds a version, none is changed.
type Service struct {
	db    *db.DB
	trail *access.Trail
	data  *Data
	now   func() time.Time
}

// NewService returns the desk service on d, auditing to trail; data is the reference data
// (DefaultData when nil).
func NewService(d *db.DB, trail *access.Trail, data *Data, now func() time.Time) *Service {
	if data == nil {
		data = DefaultData()
	}
	if now == nil {
		now = time.Now
	}
	return &Service{db: d, trail: trail, data: data, now: now}
}

// Data returns the reference data: themes, confidentiality levels, topics and needs.
func (s *Service) Data() *Data { return s.data }

// ObjectKind is the audit trail's name for a desk.
const ObjectKind = "desk"

// seed stores the first version of every desk of the reference data that has none yet.
func (s *Service) seed(ctx context.Context) error {
	var n int
	if err := s.db.QueryRow(ctx, `SELECT count(*) FROM desk_versions`).Scan(&n); err != nil {
		return fmt.Errorf("read desks: %w", err)
	}
	if n > 0 {
		return nil
	}
	now := s.now().UTC().Truncate(time.Second)
	return s.db.InTx(ctx, func(tx *db.Tx) error {
		for _, k := range s.data.Desks {
			k.Version, k.EditedBy, k.EditedAt, k.Note = 1, "systeem", now, "startinhoud van de lokettenwijzer"
			doc, err := json.Marshal(k)
			if err != nil {
				return err
			}
			if _, err := tx.Exec(ctx, `INSERT INTO desk_versions (code, version, doc, edited_by, edited_at, note) VALUES (?, 1, ?, ?, ?, ?)
				ON CONFLICT (code, version) DO NOTHING`, k.Code, string(doc), k.EditedBy, now, k.Note); err != nil {
				return fmt.Errorf("store desk %s: %w", k.Code, err)
			}
		}
		return nil
	})
}

func (s *Service) query(ctx context.Context, q querier, where string, args ...any) ([]Desk, error) {
	rows, err := q.Query(ctx, `SELECT doc FROM desk_versions d WHERE `+where, args...)
	if err != nil {
		return nil, fmt.Errorf("read desks: %w", err)
	}
	defer rows.Close()
	var out []Desk
	for rows.Next() {
		var doc string
		if err := rows.Scan(&doc); err != nil {
			return nil, fmt.Errorf("read desk: %w", err)
		}
		var k Desk
		if err := json.Unmarshal([]byte(doc), &k); err != nil {
			return nil, fmt.Errorf("read desk: %w", err)
		}
		k.EditedAt = k.EditedAt.UTC()
		out = append(out, k)
	}
	return out, rows.Err()
}

type querier interface {
	Query(ctx context.Context, q string, args ...any) (*sql.Rows, error)
}

const current = `version = (SELECT max(version) FROM desk_versions v WHERE v.code = d.code)`

func (s *Service) current(ctx context.Context) ([]Desk, error) {
	if err := s.seed(ctx); err != nil {
		return nil, err
	}
	desks, err := s.query(ctx, s.db, current)
	if err != nil {
		return nil, err
	}
	sort.SliceStable(desks, func(i, j int) bool {
		if desks[i].Order != desks[j].Order {
			return desks[i].Order < desks[j].Order
		}
		return desks[i].Code < desks[j].Code
	})
	return desks, nil
}

// List returns the current version of every desk, for any logged-in user.
func (s *Service) List(ctx context.Context, a access.Actor) ([]Desk, error) {
	if a.Anonymous() {
		return nil, stelsel.Errorf(stelsel.EUNAUTHORIZED, "niet ingelogd")
	}
	return s.current(ctx)
}

// Public returns the current version of the external desks, for the page without login.
func (s *Service) Public(ctx context.Context) ([]Desk, error) {
	all, err := s.current(ctx)
	if err != nil {
		return nil, err
	}
	var out []Desk
	for _, k := range all {
		if !k.Internal {
			out = append(out, k)
		}
	}
	return out, nil
}

// Get returns a desk's current version and every version, newest first.
func (s *Service) Get(ctx context.Context, a access.Actor, code string) (Desk, []Desk, error) {
	if a.Anonymous() {
		return Desk{}, nil, stelsel.Errorf(stelsel.EUNAUTHORIZED, "niet ingelogd")
	}
	if err := s.seed(ctx); err != nil {
		return Desk{}, nil, err
	}
	versions, err := s.query(ctx, s.db, `code = ? ORDER BY version DESC`, code)
	if err != nil {
		return Desk{}, nil, err
	}
	if len(versions) == 0 {
		return Desk{}, nil, stelsel.Errorf(stelsel.ENOTFOUND, "loket %q bestaat niet", code)
	}
	return versions[0], versions, nil
}

// Edit stores k as the next version of its desk (a new desk when base is 0 and the code is
// new). base is the version the editor saw; a newer one refuses the edit (ECONFLICT).
func (s *Service) Edit(ctx context.Context, a access.Actor, k Desk, base int, note string) (Desk, error) {
	if err := a.Require(access.ManageDesks); err != nil {
		return Desk{}, err
	}
	k.Code = strings.TrimSpace(k.Code)
	if err := s.data.validate(&k); err != nil {
		return Desk{}, err
	}
	if err := s.seed(ctx); err != nil {
		return Desk{}, err
	}
	note = strings.TrimSpace(note)
	err := s.db.InTx(ctx, func(tx *db.Tx) error {
		var cur sql.NullInt64
		if err := tx.QueryRow(ctx, `SELECT max(version) FROM desk_versions WHERE code = ?`, k.Code).Scan(&cur); err != nil {
			return fmt.Errorf("read desk %s: %w", k.Code, err)
		}
		if int(cur.Int64) != base {
			if base == 0 {
				return stelsel.Errorf(stelsel.ECONFLICT, "er bestaat al een loket met code %s", k.Code)
			}
			return stelsel.Errorf(stelsel.ECONFLICT, "loket %s is intussen gewijzigd (versie %d, u werkte met versie %d); bekijk de nieuwe versie en probeer het opnieuw", k.Code, cur.Int64, base)
		}
		k.Version, k.EditedBy, k.EditedAt, k.Note = base+1, a.Username, s.now().UTC().Truncate(time.Second), note
		doc, err := json.Marshal(k)
		if err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `INSERT INTO desk_versions (code, version, doc, edited_by, edited_at, note) VALUES (?, ?, ?, ?, ?, ?)`,
			k.Code, k.Version, string(doc), k.EditedBy, k.EditedAt, note); err != nil {
			if db.IsUniqueViolation(err) {
				return stelsel.Errorf(stelsel.ECONFLICT, "loket %s is intussen gewijzigd; probeer het opnieuw", k.Code)
			}
			return fmt.Errorf("store desk %s: %w", k.Code, err)
		}
		return s.trail.Append(ctx, tx, a, access.Entry{Action: access.ActionChange, ObjectKind: ObjectKind, ObjectID: k.Code,
			Detail: fmt.Sprintf("versie %d", k.Version)})
	})
	if err != nil {
		return Desk{}, err
	}
	return k, nil
}

// GuideOpened records that a user opened the guide, and nothing of what they answer.
func (s *Service) GuideOpened(ctx context.Context, a access.Actor) error {
	if a.Anonymous() {
		return stelsel.Errorf(stelsel.EUNAUTHORIZED, "niet ingelogd")
	}
	return s.trail.Record(ctx, a, access.Entry{Action: access.ActionView, ObjectKind: "desk_guide"})
}
