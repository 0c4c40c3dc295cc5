package access

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"stelsel"
	"stelsel/db"
)

// ErrThrottled marks an attempt (a login, a postbox code) refused because of too many
// recent ones; the web layer answers it with 429. Errors made by Throttled match it.
var ErrThrottled = errors.New("te veel pogingen")

// Throttled returns the error of an attempt refused for too many recent ones: an
// EUNAUTHORIZED *stelsel.Error with the Dutch message "<what>; probeer het over <wait>
// opnieuw", that matches ErrThrottled. Its text is the Dutch message alone, wherever it
// is shown or logged.
func Throttled(what string, wait time.Duration) error {
	return throttledError{stelsel.Errorf(stelsel.EUNAUTHORIZED, "%s; probeer het over %s opnieuw", what, DutchDuration(wait))}
}

type throttledError struct{ err *stelsel.Error }

func (e throttledError) Error() string        { return e.err.Error() }
func (e throttledError) Unwrap() error        { return e.err }
func (e throttledError) Is(target error) bool { return target == ErrThrottled }

// Session policy defaults.
const (
	DefaultIdle        = 30 * time.Minute
	DefaultAbsolute    = 10 * time.Hour // one working day
	DefaultMaxFailures = 5
	DefaultFailWindow  = 15 * time.Minute
	// touchEvery limits writes: last_seen moves at most once per minute per session.
	touchEvery = time.Minute
)

// Session is a logged-in browser.
type Session struct {
	User      User
	CreatedAt time.Time
	LastSeen  time.Time
	Via       string // "password" or "oidc"
}

// Sessions logs users in and out. Only the SHA-256 of a session token is stored, so a
// copy of the database does not hand out sessions.
type Sessions struct {
	db    *db.DB
	trail *Trail
	now   func() time.Time
	// Idle ends a session after this long without a request; Absolute after this long
	// regardless.
	Idle, Absolute time.Duration
	// MaxFailures failed logins for one username within FailWindow block further attempts
	// until the oldest of them leaves the window.
	MaxFailures int
	FailWindow  time.Duration
}

// NewSessions returns the session store in d with the default policy.
func NewSessions(d *db.DB, trail *Trail, now func() time.Time) *Sessions {
	if now == nil {
		now = time.Now
	}
	return &Sessions{db: d, trail: trail, now: now, Idle: DefaultIdle, Absolute: DefaultAbsolute,
		MaxFailures: DefaultMaxFailures, FailWindow: DefaultFailWindow}
}

// newToken returns a random token with the given prefix and the hex SHA-256 under which
// it is stored.
func newToken(prefix string) (token, hash string, err error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", "", fmt.Errorf("make token: %w", err)
	}
	token = prefix + base64.RawURLEncoding.EncodeToString(b)
	return token, hashToken(token), nil
}

func hashToken(token string) string {
	h := sha256.Sum256([]byte(token))
	return hex.EncodeToString(h[:])
}

var errBadLogin = stelsel.Errorf(stelsel.EUNAUTHORIZED, "gebruikersnaam of wachtwoord onjuist")

// Login checks a username and password and starts a session, returning its token. It is
// LoginDevice without a device cookie.
func (s *Sessions) Login(ctx context.Context, username, password string) (string, User, error) {
	r, err := s.LoginDevice(ctx, username, password, "")
	return r.Token, r.User, err
}

// LoginResult is a successful login: the session token and, for the browser's device
// cookie, the device token (new, or the one presented).
type LoginResult struct {
	Token  string
	User   User
	Device string
}

// DeviceLifetime is how long a device cookie lets its browser past a throttled account.
const DeviceLifetime = 90 * 24 * time.Hour

// LoginDevice checks a username and password and starts a session. Every attempt is
// audited. The error does not say whether the username exists.
//
// Throttling: each attempt is claimed in the database (counted and inserted in one
// locked transaction) before its password is checked, so a burst of parallel guesses
// gets at most MaxFailures checks. After MaxFailures failures within FailWindow, each
// further attempt must wait a delay that doubles per failure, from one minute up to
// FailWindow: an attacker is slowed to a few guesses per window, and the owner is never
// locked out for longer than that. A browser that logged in to this account before
// presents its device token (the device cookie) and is not held up by failures it did not
// make; a wrong password from it voids the token.
func (s *Sessions) LoginDevice(ctx context.Context, username, password, device string) (LoginResult, error) {
	username = strings.ToLower(strings.TrimSpace(username))
	now := s.now().UTC().Truncate(time.Microsecond)
	anon := Actor{Username: username}
	if username == "" || len(username) > 128 || !validText(username) {
		return LoginResult{}, errBadLogin
	}
	since := now.Add(-s.FailWindow)
	trusted, err := s.knownDevice(ctx, username, device, now)
	if err != nil {
		return LoginResult{}, err
	}
	var failures int
	var wait time.Duration
	err = s.db.InTx(ctx, func(tx *db.Tx) error {
		if tx.Dialect() == db.Postgres {
			// One attempt per username at a time; SQLite's write lock does this already.
			if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock(7310002, hashtext(?))", username); err != nil {
				return fmt.Errorf("lock login failures: %w", err)
			}
		}
		rows, err := tx.Query(ctx, `SELECT at FROM login_failures WHERE username = ? AND at > ? ORDER BY at DESC`, username, since)
		if err != nil {
			return fmt.Errorf("read login failures: %w", err)
		}
		var last time.Time
		for rows.Next() {
			var at time.Time
			if err := rows.Scan(&at); err != nil {
				rows.Close()
				return fmt.Errorf("read login failures: %w", err)
			}
			if failures == 0 {
				last = at
			}
			failures++
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("read login failures: %w", err)
		}
		if failures >= s.MaxFailures && !trusted {
			if wait = s.backoff(failures) - now.Sub(last); wait > 0 {
				return nil
			}
		}
		// The claim: counted as a failure until the password proves right.
		_, err = tx.Exec(ctx, `INSERT INTO login_failures (username, at) VALUES (?, ?)`, username, now)
		return err
	})
	if err != nil {
		return LoginResult{}, fmt.Errorf("login %s: %w", username, err)
	}
	if wait > 0 {
		if err := s.trail.Record(ctx, anon, Entry{Action: ActionLogin, ObjectKind: "user", ObjectID: username, Detail: "geblokkeerd: te veel mislukte pogingen"}); err != nil {
			return LoginResult{}, err
		}
		return LoginResult{}, Throttled("te veel mislukte pogingen", wait)
	}
	u, hash, err := (&Users{db: s.db}).get(ctx, "username = ?", username)
	if err != nil && stelsel.ErrorCode(err) != stelsel.ENOTFOUND {
		return LoginResult{}, err
	}
	if err != nil || hash == "" {
		hash = dummyHash()
	}
	ok := CheckPassword(hash, password) && err == nil && u.HasPassword && !u.Disabled
	if !ok {
		ferr := s.db.InTx(ctx, func(tx *db.Tx) error {
			if trusted {
				if _, err := tx.Exec(ctx, `DELETE FROM login_devices WHERE token_hash = ?`, hashToken(device)); err != nil {
					return fmt.Errorf("void device: %w", err)
				}
			}
			return s.trail.Append(ctx, tx, anon, Entry{Action: ActionLogin, ObjectKind: "user", ObjectID: username, Detail: "mislukt"})
		})
		if ferr != nil {
			return LoginResult{}, ferr
		}
		return LoginResult{}, errBadLogin
	}
	res := LoginResult{User: u, Device: device}
	if !trusted {
		if res.Device, _, err = newToken("dev_"); err != nil {
			return LoginResult{}, err
		}
	}
	res.Token, err = s.start(ctx, u, "password", func(tx *db.Tx) error {
		// Failures made while the account was throttled stay, so the owner's login does
		// not hand an attacker a fresh set of guesses; otherwise the owner's own typos go.
		q, args := `DELETE FROM login_failures WHERE (username = ? AND at = ?) OR at < ?`, []any{username, now, since}
		if failures < s.MaxFailures {
			q, args = `DELETE FROM login_failures WHERE username = ? OR at < ?`, []any{username, since}
		}
		if _, err := tx.Exec(ctx, q, args...); err != nil {
			return err
		}
		if trusted {
			return nil
		}
		if _, err := tx.Exec(ctx, `DELETE FROM login_devices WHERE created_at < ?`, now.Add(-DeviceLifetime)); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `INSERT INTO login_devices (token_hash, username, created_at) VALUES (?, ?, ?)`, hashToken(res.Device), username, now)
		return err
	})
	return res, err
}

// backoff is how long after the newest failure the next attempt must wait, with n
// failures in the window.
func (s *Sessions) backoff(n int) time.Duration {
	d := time.Minute
	for i := s.MaxFailures; i < n && d < s.FailWindow; i++ {
		d *= 2
	}
	return min(d, s.FailWindow)
}

// knownDevice reports whether device is a live device token of username.
func (s *Sessions) knownDevice(ctx context.Context, username, device string, now time.Time) (bool, error) {
	if device == "" || len(device) > 128 {
		return false, nil
	}
	var n int
	err := s.db.QueryRow(ctx, `SELECT count(*) FROM login_devices WHERE token_hash = ? AND username = ? AND created_at > ?`,
		hashToken(device), username, now.Add(-DeviceLifetime)).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("read device: %w", err)
	}
	return n > 0, nil
}

// DutchDuration says a wait in Dutch minutes: "een minuut", "3 minuten".
func DutchDuration(d time.Duration) string {
	if d <= time.Minute {
		return "een minuut"
	}
	return fmt.Sprintf("%d minuten", int((d+time.Minute-1)/time.Minute))
}

// validText reports whether s is valid UTF-8 without NUL or other control characters:
// what a name typed by a person is.
func validText(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if r < ' ' || r == 0x7f {
			return false
		}
	}
	return true
}

// Start begins a session for a user who authenticated elsewhere (OIDC).
func (s *Sessions) Start(ctx context.Context, u User, via string) (string, error) {
	if u.Disabled {
		return "", stelsel.Errorf(stelsel.EUNAUTHORIZED, "dit account is uitgeschakeld")
	}
	return s.start(ctx, u, via, nil)
}

func (s *Sessions) start(ctx context.Context, u User, via string, also func(tx *db.Tx) error) (string, error) {
	token, hash, err := newToken("")
	if err != nil {
		return "", err
	}
	now := s.now().UTC().Truncate(time.Microsecond)
	err = s.db.InTx(ctx, func(tx *db.Tx) error {
		if _, err := tx.Exec(ctx, `INSERT INTO sessions (token_hash, user_id, created_at, last_seen, via) VALUES (?, ?, ?, ?, ?)`,
			hash, u.ID, now, now, via); err != nil {
			return fmt.Errorf("start session: %w", err)
		}
		// Expired sessions of this user are cleaned up on each login.
		if _, err := tx.Exec(ctx, `DELETE FROM sessions WHERE user_id = ? AND (last_seen < ? OR created_at < ?)`,
			u.ID, now.Add(-s.Idle), now.Add(-s.Absolute)); err != nil {
			return fmt.Errorf("clean sessions: %w", err)
		}
		if also != nil {
			if err := also(tx); err != nil {
				return err
			}
		}
		return s.trail.Append(ctx, tx, u.Actor(), Entry{Action: ActionLogin, ObjectKind: "user", ObjectID: u.Username, Detail: "ok via " + via})
	})
	if err != nil {
		return "", err
	}
	return token, nil
}

var errNoSession = stelsel.Errorf(stelsel.EUNAUTHORIZED, "uw sessie is verlopen; log opnieuw in")

// Lookup returns the session of a token and moves its idle deadline. An unknown, expired
// or disabled session is EUNAUTHORIZED.
func (s *Sessions) Lookup(ctx context.Context, token string) (Session, error) {
	if token == "" || len(token) > 128 {
		return Session{}, errNoSession
	}
	hash := hashToken(token)
	row := s.db.QueryRow(ctx, `SELECT s.created_at, s.last_seen, s.via, `+prefixed("u.", userColumns)+`
		FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?`, hash)
	var ss Session
	var ur userRow
	err := row.Scan(append([]any{&ss.CreatedAt, &ss.LastSeen, &ss.Via}, ur.dest()...)...)
	if errors.Is(err, sql.ErrNoRows) {
		return Session{}, errNoSession
	} else if err != nil {
		return Session{}, fmt.Errorf("read session: %w", err)
	}
	ss.User, _ = ur.finish()
	u := &ss.User
	now := s.now().UTC()
	if u.Disabled || now.Sub(ss.LastSeen) > s.Idle || now.Sub(ss.CreatedAt) > s.Absolute {
		if _, err := s.db.Exec(ctx, `DELETE FROM sessions WHERE token_hash = ?`, hash); err != nil {
			return Session{}, fmt.Errorf("end session: %w", err)
		}
		return Session{}, errNoSession
	}
	if now.Sub(ss.LastSeen) > touchEvery {
		if _, err := s.db.Exec(ctx, `UPDATE sessions SET last_seen = ? WHERE token_hash = ?`, now.Truncate(time.Microsecond), hash); err != nil {
			return Session{}, fmt.Errorf("touch session: %w", err)
		}
		ss.LastSeen = now
	}
	return ss, nil
}

// Logout ends the session of token. Ending an unknown session is not an error.
func (s *Sessions) Logout(ctx context.Context, token string) error {
	if token == "" {
		return nil
	}
	ss, err := s.Lookup(ctx, token)
	if err != nil {
		return nil
	}
	return s.db.InTx(ctx, func(tx *db.Tx) error {
		if _, err := tx.Exec(ctx, `DELETE FROM sessions WHERE token_hash = ?`, hashToken(token)); err != nil {
			return fmt.Errorf("end session: %w", err)
		}
		return s.trail.Append(ctx, tx, ss.User.Actor(), Entry{Action: ActionLogout, ObjectKind: "user", ObjectID: ss.User.Username})
	})
}

func prefixed(p, cols string) string {
	parts := strings.Split(cols, ", ")
	for i := range parts {
		parts[i] = p + parts[i]
	}
	return strings.Join(parts, ", ")
}

// ChangePassword lets the user of the session token choose a new password. The current
// password is checked like a login (LoginDevice: throttled, every attempt audited), so a
// borrowed session alone cannot take the account over. On success the new password is
// stored, MustChangePassword is cleared, every other session of the account ends, and the
// result holds the new session that replaces the one presented.
func (s *Sessions) ChangePassword(ctx context.Context, token, device, current, next string) (LoginResult, error) {
	ss, err := s.Lookup(ctx, token)
	if err != nil {
		return LoginResult{}, err
	}
	u := ss.User
	if !u.HasPassword {
		return LoginResult{}, stelsel.Invalid("huidig", "dit account logt in via SSO; wijzig uw wachtwoord bij uw politie-account")
	}
	if current == "" {
		return LoginResult{}, stelsel.Invalid("huidig", "vul uw huidige wachtwoord in")
	}
	if err := ValidatePassword(next); err != nil {
		return LoginResult{}, stelsel.Invalid("nieuw", "%s", stelsel.ErrorMessage(err))
	}
	if next == current {
		return LoginResult{}, stelsel.Invalid("nieuw", "kies een ander wachtwoord dan het huidige")
	}
	hash, err := HashPassword(next)
	if err != nil {
		return LoginResult{}, err
	}
	res, err := s.LoginDevice(ctx, u.Username, current, device)
	if errors.Is(err, errBadLogin) {
		return LoginResult{}, stelsel.Invalid("huidig", "het huidige wachtwoord is onjuist")
	} else if err != nil {
		return LoginResult{}, err
	}
	err = s.db.InTx(ctx, func(tx *db.Tx) error {
		if _, err := tx.Exec(ctx, `UPDATE users SET password_hash = ?, must_change_password = ? WHERE id = ?`, hash, false, u.ID); err != nil {
			return fmt.Errorf("change password: %w", err)
		}
		if _, err := tx.Exec(ctx, `DELETE FROM sessions WHERE user_id = ? AND token_hash <> ?`, u.ID, hashToken(res.Token)); err != nil {
			return fmt.Errorf("end sessions: %w", err)
		}
		return s.trail.Append(ctx, tx, u.Actor(), Entry{Action: ActionChange, ObjectKind: "user", ObjectID: u.Username,
			Detail: "eigen wachtwoord gewijzigd; andere sessies beëindigd"})
	})
	if err != nil {
		return LoginResult{}, err
	}
	res.User.MustChangePassword = false
	return res, nil
}
