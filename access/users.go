package access

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"stelsel"
	"stelsel/catalog"
	"stelsel/db"
)

// User is an account of stelsel. The password hash never leaves the package.
type User struct {
	ID          int64
	Username    string
	Name        string
	Role        Role   // the primary role, the first of Roles
	Roles       []Role // every role the account holds (at least Role)
	Units       []string
	Team        string
	OIDCSubject string
	HasPassword bool
	// MustChangePassword: the password was set by someone else (an administrator or
	// operator); its owner must choose a new one before doing anything else.
	MustChangePassword bool
	Disabled           bool
	CreatedAt          time.Time
}

// Actor returns the user as the actor of a service call.
func (u User) Actor() Actor {
	return Actor{UserID: u.ID, Username: u.Username, Name: u.Name, Role: u.Role, Roles: u.Roles, Units: u.Units, Team: u.Team,
		MustChangePassword: u.MustChangePassword}
}

// NewUser is what it takes to create an account.
type NewUser struct {
	Username string
	Name     string
	Role     Role
	// Roles, when set, are all roles of the account (Role is then ignored); the first is
	// the primary role.
	Roles []Role
	Units []string
	Team  string
	// Password may be empty for accounts that log in through OIDC only.
	Password    string
	OIDCSubject string
	// MustChangePassword makes the owner choose a new password at the first login: for
	// a password that someone else chose or saw (the administration page sets it).
	MustChangePassword bool
}

// Users is the store of accounts. Every change needs ManageUsers and is audited.
type Users struct {
	db    *db.DB
	trail *Trail
	now   func() time.Time
	units []string
}

// NewUsers returns the user store in d, auditing to trail.
func NewUsers(d *db.DB, trail *Trail, now func() time.Time) *Users {
	if now == nil {
		now = time.Now
	}
	return &Users{db: d, trail: trail, now: now, units: catalog.Default().UnitCodes()}
}

var usernamePattern = regexp.MustCompile(`^[a-z0-9][a-z0-9._@-]{1,63}$`)

// unitRule says how many units a role works for.
type unitRule int

const (
	noUnits   unitRule = iota // national: no units
	anyUnits                  // units optional (an employee's own unit)
	someUnits                 // at least one
	oneUnit                   // exactly one (the strictest)
)

var unitRules = map[Role]unitRule{
	RoleOfficer: oneUnit, RoleManager: oneUnit, RoleDetective: someUnits,
	RoleIntake: someUnits, RoleTriage: someUnits, RoleInvestigator: someUnits, RoleCrimInvestigator: someUnits,
	RoleJurist: someUnits, RoleCompetent: someUnits, RoleCounsellor: someUnits, RoleEmployee: anyUnits,
	RoleComplaintCoordinator: someUnits, RoleComplaintHandler: someUnits,
}

// validate checks roles with their units; the rules: an officer or a manager works for
// exactly one unit, a detective and the VIK roles of a unit for at least one, national
// roles for none. With several roles the strictest rule holds; national roles then
// simply ignore the units.
func (s *Users) validate(roles []Role, units []string) error {
	if len(roles) == 0 {
		return stelsel.Invalid("rol", "kies minstens één rol (uit: %s)", roleNames())
	}
	rule := noUnits
	for _, role := range roles {
		if !role.Valid() || role == RoleSystem {
			return stelsel.Invalid("rol", "onbekende rol %q (kies uit: %s)", role, roleNames())
		}
		if r := unitRules[role]; r > rule {
			rule = r
		}
	}
	for _, u := range units {
		if !slices.Contains(s.units, u) {
			return stelsel.Invalid("eenheden", "onbekende eenheid %q (kies uit: %s)", u, strings.Join(s.units, ", "))
		}
	}
	switch rule {
	case oneUnit:
		if len(units) != 1 {
			return stelsel.Invalid("eenheden", "een medewerker basisteam of leidinggevende hoort bij precies één eenheid")
		}
	case someUnits:
		if len(units) == 0 {
			return stelsel.Invalid("eenheden", "de rol %s heeft minstens één eenheid", firstWith(roles, someUnits).Label())
		}
	case anyUnits:
		if len(units) > 1 {
			return stelsel.Invalid("eenheden", "een medewerker hoort bij hoogstens één eenheid")
		}
	default:
		if len(units) > 0 {
			return stelsel.Invalid("eenheden", "de rol %s werkt landelijk en krijgt geen eenheden", roles[0].Label())
		}
	}
	return nil
}

// teamOf reports whether team is a basisteam (in the catalog) of one of units.
func teamOf(units []string, team string) bool {
	c := catalog.Default()
	for _, code := range units {
		if u, ok := c.Unit(code); ok && slices.Contains(u.Teams, team) {
			return true
		}
	}
	return false
}

func firstWith(roles []Role, rule unitRule) Role {
	for _, r := range roles {
		if unitRules[r] == rule {
			return r
		}
	}
	return roles[0]
}

// rolesOf returns the roles of a new account: Roles when given, else Role.
func (nu NewUser) rolesOf() []Role {
	if len(nu.Roles) > 0 {
		return dedupRoles(nu.Roles)
	}
	if nu.Role == "" {
		return nil
	}
	return []Role{nu.Role}
}

func dedupRoles(roles []Role) []Role {
	var out []Role
	for _, r := range roles {
		if r = Role(strings.TrimSpace(string(r))); r != "" && !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	return out
}

func roleNames() string {
	var n []string
	for _, r := range Roles {
		n = append(n, string(r))
	}
	return strings.Join(n, ", ")
}

// Add creates an account.
func (s *Users) Add(ctx context.Context, a Actor, nu NewUser) (User, error) {
	if err := a.Require(ManageUsers); err != nil {
		return User{}, err
	}
	nu.Username = strings.ToLower(strings.TrimSpace(nu.Username))
	nu.Name = strings.TrimSpace(nu.Name)
	if !usernamePattern.MatchString(nu.Username) {
		return User{}, stelsel.Invalid("gebruikersnaam", "gebruik 2 tot 64 kleine letters, cijfers of . _ @ - (begin met een letter of cijfer)")
	}
	if nu.Name == "" {
		nu.Name = nu.Username
	}
	nu.Units = normUnits(nu.Units)
	roles := nu.rolesOf()
	if err := s.validate(roles, nu.Units); err != nil {
		return User{}, err
	}
	if nu.Team = strings.TrimSpace(nu.Team); nu.Team != "" && len(nu.Units) > 0 && !teamOf(nu.Units, nu.Team) {
		return User{}, stelsel.Invalid("basisteam", "basisteam %q hoort niet bij de gekozen eenheid", nu.Team)
	}
	nu.Role, nu.Roles = roles[0], roles
	var hash string
	if nu.Password != "" {
		if err := ValidatePassword(nu.Password); err != nil {
			return User{}, err
		}
		h, err := HashPassword(nu.Password)
		if err != nil {
			return User{}, err
		}
		hash = h
	} else if nu.OIDCSubject == "" {
		return User{}, stelsel.Invalid("wachtwoord", "geef een wachtwoord (of een OIDC-koppeling)")
	}
	u := User{Username: nu.Username, Name: nu.Name, Role: nu.Role, Roles: nu.Roles, Units: nu.Units, Team: nu.Team,
		OIDCSubject: nu.OIDCSubject, HasPassword: hash != "", MustChangePassword: nu.MustChangePassword && hash != "",
		CreatedAt: s.now().UTC().Truncate(time.Microsecond)}
	err := s.db.InTx(ctx, func(tx *db.Tx) error {
		err := tx.QueryRow(ctx, `INSERT INTO users (username, name, role, roles, units, team, password_hash, oidc_subject, created_at, must_change_password)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
			u.Username, u.Name, string(u.Role), JoinRoles(u.Roles), strings.Join(u.Units, ","), u.Team, hash, u.OIDCSubject, u.CreatedAt, u.MustChangePassword).Scan(&u.ID)
		if db.IsUniqueViolation(err) {
			return stelsel.Errorf(stelsel.ECONFLICT, "gebruikersnaam %q bestaat al", u.Username)
		} else if err != nil {
			return fmt.Errorf("add user: %w", err)
		}
		return s.trail.Append(ctx, tx, a, Entry{Action: ActionCreate, ObjectKind: "user", ObjectID: u.Username,
			Detail: fmt.Sprintf("rol=%s eenheden=%s", JoinRoles(u.Roles), strings.Join(u.Units, ","))})
	})
	return u, err
}

func normUnits(units []string) []string {
	var out []string
	for _, u := range units {
		for _, p := range strings.Split(u, ",") {
			if p = strings.ToUpper(strings.TrimSpace(p)); p != "" && !slices.Contains(out, p) {
				out = append(out, p)
			}
		}
	}
	return out
}

const userColumns = `id, username, name, role, units, team, password_hash, oidc_subject, disabled, created_at, roles, must_change_password`

type scanner interface{ Scan(...any) error }

// userRow holds the scanned text columns of a user until finish turns them into a User.
type userRow struct {
	u                        User
	role, units, hash, roles string
}

// dest returns the scan destinations for userColumns.
func (r *userRow) dest() []any {
	u := &r.u
	return []any{&u.ID, &u.Username, &u.Name, &r.role, &r.units, &u.Team, &r.hash, &u.OIDCSubject, &u.Disabled, &u.CreatedAt, &r.roles, &u.MustChangePassword}
}

func (r *userRow) finish() (User, string) {
	u := r.u
	u.Role, u.HasPassword, u.CreatedAt = Role(r.role), r.hash != "", u.CreatedAt.UTC()
	u.Roles = ParseRoles(r.roles)
	if len(u.Roles) == 0 || u.Roles[0] != u.Role {
		// Accounts from before several roles were possible, or a changed primary role.
		u.Roles = append([]Role{u.Role}, slices.DeleteFunc(u.Roles, func(x Role) bool { return x == u.Role })...)
	}
	if r.units != "" {
		u.Units = strings.Split(r.units, ",")
	}
	return u, r.hash
}

func scanUser(r scanner) (User, string, error) {
	var row userRow
	if err := r.Scan(row.dest()...); err != nil {
		return row.u, "", err
	}
	u, hash := row.finish()
	return u, hash, nil
}

// List returns every account, by username.
func (s *Users) List(ctx context.Context, a Actor) ([]User, error) {
	if err := a.Require(ManageUsers); err != nil {
		return nil, err
	}
	rows, err := s.db.Query(ctx, `SELECT `+userColumns+` FROM users ORDER BY username`)
	if err != nil {
		return nil, fmt.Errorf("list users: %w", err)
	}
	defer rows.Close()
	var out []User
	for rows.Next() {
		u, _, err := scanUser(rows)
		if err != nil {
			return nil, fmt.Errorf("list users: %w", err)
		}
		out = append(out, u)
	}
	return out, rows.Err()
}

// Own returns the account of a logged-in actor itself: every user may see their own.
func (s *Users) Own(ctx context.Context, a Actor) (User, error) {
	if a.UserID == 0 {
		return User{}, stelsel.Errorf(stelsel.EUNAUTHORIZED, "log in om verder te gaan")
	}
	u, _, err := s.get(ctx, "id = ?", a.UserID)
	return u, err
}

// Get returns the account with the given id.
func (s *Users) Get(ctx context.Context, a Actor, id int64) (User, error) {
	if err := a.Require(ManageUsers); err != nil {
		return User{}, err
	}
	u, _, err := s.get(ctx, "id = ?", id)
	return u, err
}

// ByUsername returns the account with the given username.
func (s *Users) ByUsername(ctx context.Context, a Actor, username string) (User, error) {
	if err := a.Require(ManageUsers); err != nil {
		return User{}, err
	}
	u, _, err := s.get(ctx, "username = ?", strings.ToLower(strings.TrimSpace(username)))
	return u, err
}

func (s *Users) get(ctx context.Context, where string, arg any) (User, string, error) {
	u, hash, err := scanUser(s.db.QueryRow(ctx, `SELECT `+userColumns+` FROM users WHERE `+where, arg))
	if errors.Is(err, sql.ErrNoRows) {
		return u, "", stelsel.Errorf(stelsel.ENOTFOUND, "gebruiker %v bestaat niet", arg)
	} else if err != nil {
		return u, "", fmt.Errorf("read user: %w", err)
	}
	return u, hash, nil
}

// Actor returns the actor for an active account, for the command line's --as USER. A
// disabled or unknown account is ENOTFOUND.
func (s *Users) Actor(ctx context.Context, username string) (Actor, error) {
	u, _, err := s.get(ctx, "username = ?", strings.ToLower(strings.TrimSpace(username)))
	if err != nil {
		return Actor{}, err
	}
	if u.Disabled {
		return Actor{}, stelsel.Errorf(stelsel.ENOTFOUND, "gebruiker %s is uitgeschakeld", u.Username)
	}
	return u.Actor(), nil
}

// Disable switches an account off, ends its sessions and revokes its API tokens. The
// account stays, so the audit trail keeps naming a real user.
func (s *Users) Disable(ctx context.Context, a Actor, username string) error {
	return s.change(ctx, a, username, "uitgeschakeld", func(tx *db.Tx, u User) error {
		if u.Username == a.Username {
			return stelsel.Invalid("gebruikersnaam", "u kunt uw eigen account niet uitschakelen")
		}
		if _, err := tx.Exec(ctx, `UPDATE users SET disabled = TRUE WHERE id = ?`, u.ID); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `DELETE FROM sessions WHERE user_id = ?`, u.ID); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `UPDATE api_tokens SET revoked = TRUE WHERE user_id = ?`, u.ID)
		return err
	})
}

// Enable switches a disabled account on again.
func (s *Users) Enable(ctx context.Context, a Actor, username string) error {
	return s.change(ctx, a, username, "ingeschakeld", func(tx *db.Tx, u User) error {
		_, err := tx.Exec(ctx, `UPDATE users SET disabled = FALSE WHERE id = ?`, u.ID)
		return err
	})
}

// SetRole gives an account one new role and units. Running sessions pick it up at their
// next request.
func (s *Users) SetRole(ctx context.Context, a Actor, username string, role Role, units []string) error {
	return s.SetRoles(ctx, a, username, []Role{role}, units)
}

// SetRoles gives an account its roles (the first is the primary one) and units. Running
// sessions pick them up at their next request.
func (s *Users) SetRoles(ctx context.Context, a Actor, username string, roles []Role, units []string) error {
	// Permission first: someone without it learns nothing, not even whether the input was valid.
	if err := a.Require(ManageUsers); err != nil {
		return err
	}
	// Nobody changes their own roles: an administrator could otherwise give themselves
	// a role that reads case content. The refusal is audited.
	if strings.EqualFold(strings.TrimSpace(username), a.Username) && a.Role != RoleSystem {
		if err := s.trail.Record(ctx, a, Entry{Action: ActionDenied, ObjectKind: "user", ObjectID: a.Username,
			Detail: "eigen rol wijzigen geweigerd: rol=" + JoinRoles(roles)}); err != nil {
			return err
		}
		return stelsel.Errorf(stelsel.EFORBIDDEN, "u kunt uw eigen rollen niet wijzigen; vraag een andere beheerder")
	}
	units = normUnits(units)
	roles = dedupRoles(roles)
	if err := s.validate(roles, units); err != nil {
		return err
	}
	detail := fmt.Sprintf("rol=%s eenheden=%s", JoinRoles(roles), strings.Join(units, ","))
	return s.change(ctx, a, username, detail, func(tx *db.Tx, u User) error {
		_, err := tx.Exec(ctx, `UPDATE users SET role = ?, roles = ?, units = ? WHERE id = ?`, string(roles[0]), JoinRoles(roles), strings.Join(units, ","), u.ID)
		return err
	})
}

// SetPassword sets a new password and ends the account's sessions. With mustChange, a
// password set for someone else must be changed by its owner at the next login
// (MustChangePassword), so the administrator or operator who chose or saw it cannot go on
// using the account: a reset asks for it; the demo's and the bench's generated accounts
// do not. Setting one's own password never asks for it.
func (s *Users) SetPassword(ctx context.Context, a Actor, username, password string, mustChange bool) error {
	if err := a.Require(ManageUsers); err != nil {
		return err
	}
	if err := ValidatePassword(password); err != nil {
		return err
	}
	hash, err := HashPassword(password)
	if err != nil {
		return err
	}
	must := mustChange && !strings.EqualFold(strings.TrimSpace(username), a.Username)
	detail := "wachtwoord gewijzigd"
	if must {
		detail += "; eigenaar moet het bij de volgende keer inloggen wijzigen"
	}
	return s.change(ctx, a, username, detail, func(tx *db.Tx, u User) error {
		if _, err := tx.Exec(ctx, `UPDATE users SET password_hash = ?, must_change_password = ? WHERE id = ?`, hash, must, u.ID); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `DELETE FROM sessions WHERE user_id = ?`, u.ID)
		return err
	})
}

func (s *Users) change(ctx context.Context, a Actor, username, detail string, fn func(tx *db.Tx, u User) error) error {
	if err := a.Require(ManageUsers); err != nil {
		return err
	}
	return s.db.InTx(ctx, func(tx *db.Tx) error {
		u, _, err := scanUser(tx.QueryRow(ctx, `SELECT `+userColumns+` FROM users WHERE username = ?`, strings.ToLower(strings.TrimSpace(username))))
		if errors.Is(err, sql.ErrNoRows) {
			return stelsel.Errorf(stelsel.ENOTFOUND, "gebruiker %s bestaat niet", username)
		} else if err != nil {
			return fmt.Errorf("read user: %w", err)
		}
		if err := fn(tx, u); err != nil {
			var se *stelsel.Error
			if errors.As(err, &se) {
				return err
			}
			return fmt.Errorf("change user %s: %w", u.Username, err)
		}
		return s.trail.Append(ctx, tx, a, Entry{Action: ActionChange, ObjectKind: "user", ObjectID: u.Username, Detail: detail})
	})
}

// Count returns the number of accounts; the demo uses it to see whether it must seed.
func (s *Users) Count(ctx context.Context) (int, error) {
	var n int
	err := s.db.QueryRow(ctx, `SELECT count(*) FROM users`).Scan(&n)
	return n, err
}

// idString formats a user id for the audit trail.
func idString(id int64) string { return strconv.FormatInt(id, 10) }
