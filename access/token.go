package access

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"stelsel"
	"stelsel/db"
)

// tokenPrefix starts every API token, so a leaked one is easy to recognise in logs and
// secret scanners.
const tokenPrefix = "stl_"

// Token describes an API token; the token itself is shown once, at creation.
type Token struct {
	ID        int64
	Username  string
	Label     string
	CreatedAt time.Time
	LastUsed  time.Time
	Revoked   bool
}

// Tokens issues API tokens for machine clients of the JSON API. A token acts as its user,
// with the same permission table.
type Tokens struct {
	db    *db.DB
	trail *Trail
	now   func() time.Time
}

// NewTokens returns the token store in d.
func NewTokens(d *db.DB, trail *Trail, now func() time.Time) *Tokens {
	if now == nil {
		now = time.Now
	}
	return &Tokens{db: d, trail: trail, now: now}
}

// Create issues a token for username and returns it. Only administrators may.
func (t *Tokens) Create(ctx context.Context, a Actor, username, label string) (string, Token, error) {
	if err := a.Require(ManageUsers); err != nil {
		return "", Token{}, err
	}
	label = strings.TrimSpace(label)
	if label == "" {
		return "", Token{}, stelsel.Invalid("label", "geef het token een omschrijving (waarvoor wordt het gebruikt?)")
	}
	token, hash, err := newToken(tokenPrefix)
	if err != nil {
		return "", Token{}, err
	}
	tk := Token{Label: label, CreatedAt: t.now().UTC().Truncate(time.Microsecond)}
	err = t.db.InTx(ctx, func(tx *db.Tx) error {
		var uid int64
		var disabled bool
		err := tx.QueryRow(ctx, `SELECT id, username, disabled FROM users WHERE username = ?`, strings.ToLower(username)).Scan(&uid, &tk.Username, &disabled)
		if errors.Is(err, sql.ErrNoRows) || disabled {
			return stelsel.Errorf(stelsel.ENOTFOUND, "gebruiker %s bestaat niet of is uitgeschakeld", username)
		} else if err != nil {
			return fmt.Errorf("read user: %w", err)
		}
		if err := tx.QueryRow(ctx, `INSERT INTO api_tokens (token_hash, user_id, label, created_at) VALUES (?, ?, ?, ?) RETURNING id`,
			hash, uid, label, tk.CreatedAt).Scan(&tk.ID); err != nil {
			return fmt.Errorf("create token: %w", err)
		}
		return t.trail.Append(ctx, tx, a, Entry{Action: ActionCreate, ObjectKind: "api_token", ObjectID: idString(tk.ID), Detail: "voor " + tk.Username + ": " + label})
	})
	if err != nil {
		return "", Token{}, err
	}
	return token, tk, nil
}

var errBadToken = stelsel.Errorf(stelsel.EUNAUTHORIZED, "ongeldig of ingetrokken API-token")

// Lookup returns the user of an API token. A revoked token or a disabled user is
// EUNAUTHORIZED.
func (t *Tokens) Lookup(ctx context.Context, token string) (User, error) {
	if !strings.HasPrefix(token, tokenPrefix) || len(token) > 128 {
		return User{}, errBadToken
	}
	var id int64
	var revoked bool
	var lastUsed sql.NullTime
	var ur userRow
	err := t.db.QueryRow(ctx, `SELECT t.id, t.revoked, t.last_used, `+prefixed("u.", userColumns)+`
		FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = ?`, hashToken(token)).
		Scan(append([]any{&id, &revoked, &lastUsed}, ur.dest()...)...)
	u, _ := ur.finish()
	if errors.Is(err, sql.ErrNoRows) {
		return User{}, errBadToken
	} else if err != nil {
		return User{}, fmt.Errorf("read token: %w", err)
	}
	if revoked || u.Disabled {
		return User{}, errBadToken
	}
	now := t.now().UTC()
	if !lastUsed.Valid || now.Sub(lastUsed.Time) > touchEvery {
		if _, err := t.db.Exec(ctx, `UPDATE api_tokens SET last_used = ? WHERE id = ?`, now.Truncate(time.Microsecond), id); err != nil {
			return User{}, fmt.Errorf("touch token: %w", err)
		}
	}
	return u, nil
}

// List returns the tokens of every user, newest first.
func (t *Tokens) List(ctx context.Context, a Actor) ([]Token, error) {
	if err := a.Require(ManageUsers); err != nil {
		return nil, err
	}
	rows, err := t.db.Query(ctx, `SELECT t.id, u.username, t.label, t.created_at, t.last_used, t.revoked
		FROM api_tokens t JOIN users u ON u.id = t.user_id ORDER BY t.id DESC`)
	if err != nil {
		return nil, fmt.Errorf("list tokens: %w", err)
	}
	defer rows.Close()
	var out []Token
	for rows.Next() {
		var tk Token
		var lu sql.NullTime
		if err := rows.Scan(&tk.ID, &tk.Username, &tk.Label, &tk.CreatedAt, &lu, &tk.Revoked); err != nil {
			return nil, fmt.Errorf("list tokens: %w", err)
		}
		tk.LastUsed = lu.Time
		out = append(out, tk)
	}
	return out, rows.Err()
}

// Revoke revokes a token by id.
func (t *Tokens) Revoke(ctx context.Context, a Actor, id int64) error {
	if err := a.Require(ManageUsers); err != nil {
		return err
	}
	return t.db.InTx(ctx, func(tx *db.Tx) error {
		res, err := tx.Exec(ctx, `UPDATE api_tokens SET revoked = TRUE WHERE id = ?`, id)
		if err != nil {
			return fmt.Errorf("revoke token: %w", err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return stelsel.Errorf(stelsel.ENOTFOUND, "token %d bestaat niet", id)
		}
		return t.trail.Append(ctx, tx, a, Entry{Action: ActionChange, ObjectKind: "api_token", ObjectID: idString(id), Detail: "ingetrokken"})
	})
}
