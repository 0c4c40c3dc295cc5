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

	"stelsel"
	"stelsel/db"
)

// ErrThrottled marks a login refused because of too many recent failures; the web layer
// answers it with 429. The error also carries an EUNAUTHORIZED *stelsel.Error.
var ErrThrottled = errors.New("login throttled")

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

// Login checks a username and password and starts a session, returning its token. Every
// attempt is audited; failures count towards throttling. The error does not say whether
// the username exists.
func (s *Sessions) Login(ctx context.Context, username, password string) (string, User, error) {
	username = strings.ToLower(strings.TrimSpace(username))
	now := s.now().UTC()
	anon := Actor{Username: username}
	if username == "" || len(username) > 128 {
		return "", User{}, errBadLogin
	}
	since := now.Add(-s.FailWindow)
	var failures int
	if err := s.db.QueryRow(ctx, `SELECT count(*) FROM login_failures WHERE username = ? AND at > ?`, username, since).Scan(&failures); err != nil {
		return "", User{}, fmt.Errorf("read login failures: %w", err)
	}
	if failures >= s.MaxFailures {
		if err := s.trail.Record(ctx, anon, Entry{Action: ActionLogin, ObjectKind: "user", ObjectID: username, Detail: "geblokkeerd: te veel mislukte pogingen"}); err != nil {
			return "", User{}, err
		}
		return "", User{}, fmt.Errorf("%w: %w", ErrThrottled, stelsel.Errorf(stelsel.EUNAUTHORIZED,
			"te veel mislukte pogingen; probeer het over %d minuten opnieuw", int(s.FailWindow.Minutes())))
	}
	u, hash, err := (&Users{db: s.db}).get(ctx, "username = ?", username)
	if err != nil && stelsel.ErrorCode(err) != stelsel.ENOTFOUND {
		return "", User{}, err
	}
	if err != nil || hash == "" {
		hash = dummyHash()
	}
	ok := CheckPassword(hash, password) && err == nil && u.HasPassword && !u.Disabled
	if !ok {
		ferr := s.db.InTx(ctx, func(tx *db.Tx) error {
			if _, err := tx.Exec(ctx, `INSERT INTO login_failures (username, at) VALUES (?, ?)`, username, now); err != nil {
				return fmt.Errorf("record login failure: %w", err)
			}
			return s.trail.Append(ctx, tx, anon, Entry{Action: ActionLogin, ObjectKind: "user", ObjectID: username, Detail: "mislukt"})
		})
		if ferr != nil {
			return "", User{}, ferr
		}
		return "", User{}, errBadLogin
	}
	token, err := s.start(ctx, u, "password", func(tx *db.Tx) error {
		_, err := tx.Exec(ctx, `DELETE FROM login_failures WHERE username = ? OR at < ?`, username, since)
		return err
	})
	return token, u, err
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
