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

// Create issues a token for username and returns it. A token acts with all the powers of
// its owner, so only the owner makes it, logged in as themselves (not through another
// token): an administrator who could mint a token for an analyst could read case content
// through it. An administrator makes tokens only for their own account, whose role reads
// no case content. Anyone else's attempt, the operator's included, is refused and audited.
func (t *Tokens) Create(ctx context.Context, a Actor, username, label string) (string, Token, error) {
	if a.Anonymous() {
		return "", Token{}, stelsel.Errorf(stelsel.EUNAUTHORIZED, "log in om een API-token te maken")
	}
	username = strings.ToLower(strings.TrimSpace(username))
	if username != strings.ToLower(a.Username) || a.Role == RoleSystem || a.TokenID != 0 {
		why := "API-token voor " + username + " geweigerd: alleen de eigenaar maakt een token, ingelogd als zichzelf"
		if err := t.trail.Record(ctx, a, Entry{Action: ActionDenied, ObjectKind: "api_token", ObjectID: username, Detail: why}); err != nil {
			return "", Token{}, err
		}
		return "", Token{}, stelsel.Errorf(stelsel.EFORBIDDEN, "een API-token maakt alleen de eigenaar zelf aan, ingelogd met een eigen sessie; vraag %s het token zelf te maken", username)
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
		err := tx.QueryRow(ctx, `SELECT id, username, disabled FROM users WHERE username = ?`, username).Scan(&uid, &tk.Username, &disabled)
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
	u, _, err := t.lookup(ctx, token)
	return u, err
}

// Authenticate returns the actor of an API token: its owner, carrying the token's id, so
// every audit entry of the request names the token.
func (t *Tokens) Authenticate(ctx context.Context, token string) (Actor, error) {
	u, id, err := t.lookup(ctx, token)
	if err != nil {
		return Actor{}, err
	}
	a := u.Actor()
	a.TokenID = id
	return a, nil
}

func (t *Tokens) lookup(ctx context.Context, token string) (User, int64, error) {
	if !strings.HasPrefix(token, tokenPrefix) || len(token) > 128 {
		return User{}, 0, errBadToken
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
		return User{}, 0, errBadToken
	} else if err != nil {
		return User{}, 0, fmt.Errorf("read token: %w", err)
	}
	if revoked || u.Disabled {
		return User{}, 0, errBadToken
	}
	now := t.now().UTC()
	if !lastUsed.Valid || now.Sub(lastUsed.Time) > touchEvery {
		if _, err := t.db.Exec(ctx, `UPDATE api_tokens SET last_used = ? WHERE id = ?`, now.Truncate(time.Microsecond), id); err != nil {
			return User{}, 0, fmt.Errorf("touch token: %w", err)
		}
	}
	return u, id, nil
}

// List returns the tokens of every user, newest first, for administrators.
func (t *Tokens) List(ctx context.Context, a Actor) ([]Token, error) {
	if err := a.Require(ManageUsers); err != nil {
		return nil, err
	}
	return t.list(ctx, "")
}

// Own returns the actor's own tokens, newest first.
func (t *Tokens) Own(ctx context.Context, a Actor) ([]Token, error) {
	if a.Anonymous() || a.Role == RoleSystem {
		return nil, stelsel.Errorf(stelsel.EUNAUTHORIZED, "log in om uw API-tokens te zien")
	}
	return t.list(ctx, strings.ToLower(a.Username))
}

func (t *Tokens) list(ctx context.Context, owner string) ([]Token, error) {
	q, args := `SELECT t.id, u.username, t.label, t.created_at, t.last_used, t.revoked
		FROM api_tokens t JOIN users u ON u.id = t.user_id`, []any{}
	if owner != "" {
		q, args = q+" WHERE u.username = ?", append(args, owner)
	}
	rows, err := t.db.Query(ctx, q+" ORDER BY t.id DESC", args...)
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

// Revoke revokes a token by id: its owner's, or any for an administrator. Another's
// token answers like a missing one.
func (t *Tokens) Revoke(ctx context.Context, a Actor, id int64) error {
	if a.Anonymous() {
		return stelsel.Errorf(stelsel.EUNAUTHORIZED, "log in om een API-token in te trekken")
	}
	q, args := `UPDATE api_tokens SET revoked = TRUE WHERE id = ?`, []any{id}
	if a.Require(ManageUsers) != nil {
		q, args = q+` AND user_id = (SELECT id FROM users WHERE username = ?)`, append(args, strings.ToLower(a.Username))
	}
	return t.db.InTx(ctx, func(tx *db.Tx) error {
		res, err := tx.Exec(ctx, q, args...)
		if err != nil {
			return fmt.Errorf("revoke token: %w", err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return stelsel.Errorf(stelsel.ENOTFOUND, "token %d bestaat niet", id)
		}
		return t.trail.Append(ctx, tx, a, Entry{Action: ActionChange, ObjectKind: "api_token", ObjectID: idString(id), Detail: "ingetrokken"})
	})
}
