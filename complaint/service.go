package complaint

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"

	"stelsel"
	"stelsel/access"
	"stelsel/catalog"
	"stelsel/db"
)

// Service is the complaint domain service. It is safe for concurrent use.
type Service struct {
	db    *db.DB
	trail *access.Trail
	users *access.Users
	cat   *catalog.Catalog
	now   func() time.Time
	// intake passes complaints to the integrity intake, when connected (SetIntake).
	intake Intake
}

// NewService returns a service on d that audits to trail, looks up the staff it assigns in
// users, checks codes against cat (the default catalog when nil) and reads the time from
// now (time.Now when nil; tests inject a clock).
func NewService(d *db.DB, trail *access.Trail, users *access.Users, cat *catalog.Catalog, now func() time.Time) *Service {
	if now == nil {
		now = time.Now
	}
	if cat == nil {
		cat = catalog.Default()
	}
	return &Service{db: d, trail: trail, users: users, cat: cat, now: now}
}

// Catalog returns the catalog the service checks codes against.
func (s *Service) Catalog() *catalog.Catalog { return s.cat }

// Now returns the service's clock reading.
func (s *Service) Now() time.Time { return s.clock() }

func (s *Service) clock() time.Time { return s.now().UTC().Truncate(time.Microsecond) }

// ObjectKind is the audit trail's name for a complaint.
const ObjectKind = "complaint"

// visible reports whether a may open c at all. The employee complained about never
// may; unit staff see their units; commission members and NDV advisers only what was
// sent or assigned to them.
func visible(a access.Actor, c *Complaint) bool {
	if a.Anonymous() {
		return false
	}
	if c.EmployeeUsername != "" && strings.EqualFold(a.Username, c.EmployeeUsername) {
		return false
	}
	if a.CanUnit(access.ReadComplaint, c.Unit) {
		return true
	}
	return a.Reach(access.ReadComplaint).Assigned && assigned(a, c)
}

func assigned(a access.Actor, c *Complaint) bool {
	return slices.Contains(c.Commission, a.Username) || (c.NDVAdviser != "" && c.NDVAdviser == a.Username)
}

// may reports whether a may do p on the visible complaint c.
func may(a access.Actor, p access.Permission, c *Complaint) bool {
	if !visible(a, c) {
		return false
	}
	if p == access.AdviseComplaint {
		return a.CanUnit(p, c.Unit) || a.Reach(p).Assigned && slices.Contains(c.Commission, a.Username)
	}
	return a.CanUnit(p, c.Unit)
}

func readAny(a access.Actor) error { return a.Require(access.ReadComplaint) }

func notFound(ref string) error {
	return stelsel.Errorf(stelsel.ENOTFOUND, "klacht %s bestaat niet", ref)
}

const columns = `id, reference, unit, channel, phase, handler, ndv_adviser, commission, employee_username,
	outcome, received_at, deadline_at, closed_at, version, updated_at, doc`

type scanner interface{ Scan(...any) error }

func scan(r scanner) (*Complaint, error) {
	var c Complaint
	var phase, commission, doc string
	var closed sql.NullTime
	if err := r.Scan(&c.ID, &c.Reference, &c.Unit, &c.Channel, &phase, &c.Handler, &c.NDVAdviser, &commission,
		&c.EmployeeUsername, &c.Outcome, &c.ReceivedAt, &c.Deadline, &closed, &c.Version, &c.UpdatedAt, &doc); err != nil {
		return nil, err
	}
	c.Phase = Phase(phase)
	c.Commission = splitList(commission)
	c.ReceivedAt, c.Deadline, c.UpdatedAt = c.ReceivedAt.UTC(), c.Deadline.UTC(), c.UpdatedAt.UTC()
	if closed.Valid {
		c.ClosedAt = closed.Time.UTC()
	}
	if err := json.Unmarshal([]byte(doc), &c.Details); err != nil {
		return nil, fmt.Errorf("read complaint %s: %w", c.Reference, err)
	}
	return &c, nil
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

func joinList(l []string) string {
	if len(l) == 0 {
		return ""
	}
	return "," + strings.Join(l, ",") + ","
}

type querier interface {
	QueryRow(ctx context.Context, q string, args ...any) *sql.Row
}

// refPattern is the form of a complaint's reference; anything else is not looked up.
var refPattern = regexp.MustCompile(`^K-[0-9]{4}-[0-9]{6,12}$`)

// ValidReference reports whether ref has the form of a complaint reference.
func ValidReference(ref string) bool { return refPattern.MatchString(ref) }

func (s *Service) load(ctx context.Context, q querier, ref string, lock bool) (*Complaint, error) {
	ref = strings.ToUpper(strings.TrimSpace(ref))
	if !ValidReference(ref) {
		return nil, stelsel.Errorf(stelsel.ENOTFOUND, "klacht %q bestaat niet", ref)
	}
	query := `SELECT ` + columns + ` FROM complaints WHERE reference = ?`
	if lock && s.db.Dialect() == db.Postgres {
		query += " FOR UPDATE"
	}
	c, err := scan(q.QueryRow(ctx, query, strings.ToUpper(strings.TrimSpace(ref))))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, notFound(ref)
	}
	if err != nil {
		return nil, fmt.Errorf("read complaint %s: %w", ref, err)
	}
	return c, nil
}

// Get returns one complaint with its letters. The read is audited; a complaint the actor
// may not see answers exactly like a missing one, and the refusal is audited too.
func (s *Service) Get(ctx context.Context, a access.Actor, ref string) (*Complaint, error) {
	if err := readAny(a); err != nil {
		return nil, err
	}
	c, err := s.load(ctx, s.db, ref, false)
	if stelsel.ErrorCode(err) == stelsel.ENOTFOUND && ValidReference(strings.ToUpper(strings.TrimSpace(ref))) {
		// A missing complaint is refused like a forbidden one: the same read, then the
		// same audit append, so neither the answer nor the work tells them apart.
		return nil, s.refuse(ctx, a, &Complaint{Reference: strings.ToUpper(strings.TrimSpace(ref))}, "inzien")
	}
	if err != nil {
		return nil, err
	}
	if !visible(a, c) {
		return nil, s.refuse(ctx, a, c, "inzien")
	}
	if c.Letters, err = s.letters(ctx, c.ID); err != nil {
		return nil, err
	}
	if err := s.trail.Record(ctx, a, access.Entry{Action: access.ActionView, ObjectKind: ObjectKind, ObjectID: c.Reference, Unit: c.Unit}); err != nil {
		return nil, err
	}
	return c, nil
}

// refuse audits a refused access to c and returns the not-found answer.
func (s *Service) refuse(ctx context.Context, a access.Actor, c *Complaint, what string) error {
	if err := s.trail.Record(ctx, a, access.Entry{Action: access.ActionDenied, ObjectKind: ObjectKind, ObjectID: c.Reference,
		Unit: c.Unit, Detail: what}); err != nil {
		return err
	}
	return notFound(c.Reference)
}

// change loads the complaint under lock, checks that a may do p on it and that the view it
// was based on (version; 0 skips the check) is current, applies fn, stores the result with
// the letters fn asks for, and audits the step, all in one transaction.
func (s *Service) change(ctx context.Context, a access.Actor, ref string, version int, p access.Permission, step string,
	fn func(c *Complaint, now time.Time) ([]letterRequest, error)) (*Complaint, error) {
	if err := a.Require(p); err != nil {
		return nil, err
	}
	var out *Complaint
	var denied *Complaint
	err := s.db.InTx(ctx, func(tx *db.Tx) error {
		c, err := s.load(ctx, tx, ref, true)
		if err != nil {
			return err
		}
		if !visible(a, c) {
			denied = c
			return notFound(ref)
		}
		if !may(a, p, c) {
			return stelsel.Errorf(stelsel.EFORBIDDEN, "Uw rol (%s) geeft geen toegang tot deze stap van klacht %s.", a.RoleLabels(), c.Reference)
		}
		if version != 0 && version != c.Version {
			return stelsel.Errorf(stelsel.ECONFLICT, "klacht %s is intussen gewijzigd (versie %d, u werkte met versie %d); bekijk de nieuwe stand en probeer het opnieuw", c.Reference, c.Version, version)
		}
		now := s.clock()
		letters, err := fn(c, now)
		if err != nil {
			return err
		}
		c.Version++
		c.UpdatedAt = now
		if err := s.store(ctx, tx, c); err != nil {
			return err
		}
		for _, lr := range letters {
			if _, err := s.addLetter(ctx, tx, a, c, lr, now); err != nil {
				return err
			}
		}
		if err := s.trail.Append(ctx, tx, a, access.Entry{Action: access.ActionChange, ObjectKind: ObjectKind, ObjectID: c.Reference,
			Unit: c.Unit, Detail: step}); err != nil {
			return err
		}
		out = c
		return nil
	})
	if denied != nil {
		return nil, s.refuse(ctx, a, denied, step)
	}
	if err != nil {
		return nil, err
	}
	if out.Letters, err = s.letters(ctx, out.ID); err != nil {
		return nil, err
	}
	return out, nil
}

// precheck answers whether a may take a step needing p on the complaint as it is now
// (seen at version; 0 skips that check), without locking it: for a step that must first
// call out (the integrity intake). change checks again under lock.
func (s *Service) precheck(ctx context.Context, a access.Actor, ref string, version int, p access.Permission) (*Complaint, error) {
	if err := a.Require(p); err != nil {
		return nil, err
	}
	c, err := s.load(ctx, s.db, ref, false)
	if err != nil {
		return nil, err
	}
	if !visible(a, c) {
		return nil, s.refuse(ctx, a, c, "inzien")
	}
	if !may(a, p, c) {
		return nil, stelsel.Errorf(stelsel.EFORBIDDEN, "Uw rol (%s) geeft geen toegang tot deze stap van klacht %s.", a.RoleLabels(), c.Reference)
	}
	if version != 0 && version != c.Version {
		return nil, stelsel.Errorf(stelsel.ECONFLICT, "klacht %s is intussen gewijzigd (versie %d, u werkte met versie %d); bekijk de nieuwe stand en probeer het opnieuw", c.Reference, c.Version, version)
	}
	return c, nil
}

// store writes c's columns and document; the columns are derived from the document here,
// in one place, so lists and figures always agree with the case.
func (s *Service) store(ctx context.Context, tx *db.Tx, c *Complaint) error {
	doc, err := json.Marshal(c.Details)
	if err != nil {
		return fmt.Errorf("store complaint %s: %w", c.Reference, err)
	}
	c.Deadline = c.NextDeadline()
	if c.Deadline.IsZero() {
		c.Deadline = c.HandlingDeadline()
	}
	var closed any
	if !c.ClosedAt.IsZero() {
		closed = c.ClosedAt
	}
	settled := c.Outcome == OutcomeSettled
	_, err = tx.Exec(ctx, `UPDATE complaints SET unit = ?, channel = ?, phase = ?, handler = ?, ndv_adviser = ?, commission = ?,
		employee_username = ?, ethnic_profiling = ?, discrimination = ?, outcome = ?, settled_phase1 = ?, to_phase2 = ?,
		deadline_at = ?, closed_at = ?, version = ?, updated_at = ?, doc = ? WHERE id = ?`,
		c.Unit, c.Channel, string(c.Phase), c.Handler, c.NDVAdviser, joinList(c.Commission), c.EmployeeUsername,
		c.Marked(MarkerEthnicProfiling), c.Marked(MarkerDiscrimination), c.Outcome, settled, !c.Phase2.SentAt.IsZero(),
		c.Deadline, closed, c.Version, c.UpdatedAt, string(doc), c.ID)
	if err != nil {
		return fmt.Errorf("store complaint %s: %w", c.Reference, err)
	}
	return nil
}

// staff returns the stelsel user named username when they hold role (and, with unit, work
// for that unit); field names the form field for the error.
func (s *Service) staff(ctx context.Context, field, username string, unit string, roles ...access.Role) (access.Actor, error) {
	username = strings.ToLower(strings.TrimSpace(username))
	u, err := s.users.Actor(ctx, username)
	if err != nil {
		return access.Actor{}, stelsel.Invalid(field, "gebruiker %q bestaat niet", username)
	}
	if !holdsAny(u, roles) {
		var names []string
		for _, r := range roles {
			names = append(names, r.Label())
		}
		return access.Actor{}, stelsel.Invalid(field, "%s heeft niet de rol %s", username, strings.Join(names, " of "))
	}
	if unit != "" && !u.CanUnit(access.ReadComplaint, unit) {
		return access.Actor{}, stelsel.Invalid(field, "%s werkt niet voor eenheid %s", username, unit)
	}
	return u, nil
}

// holdsAny reports whether the actor holds one of roles.
func holdsAny(a access.Actor, roles []access.Role) bool {
	return slices.ContainsFunc(roles, a.HasRole)
}

// Allows reports whether a may take a step needing p on c: what pages use to show only
// the forms the actor can use. The service checks again on every step.
func (c *Complaint) Allows(a access.Actor, p access.Permission) bool { return may(a, p, c) }
