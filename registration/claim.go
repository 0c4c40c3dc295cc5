package registration

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"stelsel/access"
)

// ClaimFor is how long opening a queue item holds it for the reviewer who opened it.
// Long enough to read and decide, short enough that an abandoned tab frees the item
// soon; opening it again renews the claim.
const ClaimFor = 15 * time.Minute

// Claim says who is working on a registration ("in behandeling bij"), until when.
type Claim struct {
	Username string    `json:"gebruiker"`
	Name     string    `json:"naam"`
	Until    time.Time `json:"tot"`
}

// Claim marks the queue item of number as being worked on by the actor for ClaimFor,
// unless another reviewer holds it. It returns the claim in force, the actor's own or
// the other's, and nothing for registrations without a queue item or actors who may
// not decide them. Neighbour skips items others hold; Decide releases the claim.
func (s *Service) Claim(ctx context.Context, a access.Actor, number string) (*Claim, error) {
	var unit string
	err := s.db.QueryRow(ctx, "SELECT unit FROM queue_items WHERE number = ?", number).Scan(&unit)
	if errors.Is(err, sql.ErrNoRows) || (err == nil && !a.CanUnit(access.Decide, unit)) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("claim %s: %w", number, err)
	}
	now := s.clock()
	if _, err := s.db.Exec(ctx, `UPDATE queue_items SET claimed_by = ?, claimed_name = ?, claimed_until = ?
		WHERE number = ? AND (claimed_by = '' OR claimed_by = ? OR claimed_until IS NULL OR claimed_until <= ?)`,
		a.Username, a.Name, now.Add(ClaimFor), number, a.Username, now); err != nil {
		return nil, fmt.Errorf("claim %s: %w", number, err)
	}
	var c Claim
	var until sql.NullTime
	if err := s.db.QueryRow(ctx, "SELECT claimed_by, claimed_name, claimed_until FROM queue_items WHERE number = ?", number).
		Scan(&c.Username, &c.Name, &until); err != nil {
		return nil, fmt.Errorf("claim %s: %w", number, err)
	}
	if c.Username == "" || !until.Valid {
		return nil, nil
	}
	c.Until = until.Time.UTC()
	return &c, nil
}

// Mine reports whether the claim is the actor's own.
func (c *Claim) Mine(a access.Actor) bool { return c != nil && c.Username == a.Username }
