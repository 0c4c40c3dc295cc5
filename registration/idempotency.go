package registration

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"stelsel"
	"stelsel/access"
	"stelsel/db"
)

// MaxKeyLength bounds an Idempotency-Key.
const MaxKeyLength = 200

// requestHash identifies what a decision request asked, so a key reused for another
// request is told apart from a retry.
func requestHash(number string, in DecisionInput, basis *int64) string {
	b, _ := json.Marshal(struct {
		Number string
		In     DecisionInput
		Basis  *int64
	}{number, in, basis})
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

// repeated returns the decision a previous request with the same key made, if any. A
// key used before for another request is a conflict.
func (s *Service) repeated(ctx context.Context, tx *db.Tx, a access.Actor, key, number string, in DecisionInput, basis *int64) (Decision, bool, error) {
	if len(key) > MaxKeyLength {
		return Decision{}, false, stelsel.Invalid("Idempotency-Key", "de Idempotency-Key is langer dan %d tekens", MaxKeyLength)
	}
	var hash, num string
	var id int64
	err := tx.QueryRow(ctx, "SELECT request_hash, number, decision_id FROM decision_requests WHERE username = ? AND idem_key = ?",
		a.Username, key).Scan(&hash, &num, &id)
	if errors.Is(err, sql.ErrNoRows) {
		return Decision{}, false, nil
	}
	if err != nil {
		return Decision{}, false, fmt.Errorf("read idempotency key: %w", err)
	}
	if num != number || hash != requestHash(number, in, basis) {
		return Decision{}, false, stelsel.Errorf(stelsel.ECONFLICT, "de Idempotency-Key %q is al gebruikt voor een ander verzoek (registratie %s)", key, num)
	}
	dec, err := scanDecision(tx.QueryRow(ctx, "SELECT "+decisionCols+" FROM decisions WHERE id = ?", id))
	if err != nil {
		return Decision{}, false, fmt.Errorf("read decision %d: %w", id, err)
	}
	return dec, true, nil
}

// remember stores the key of a request with the decision it made.
func (s *Service) remember(ctx context.Context, tx *db.Tx, a access.Actor, key, number string, in DecisionInput, basis *int64, id int64, now time.Time) error {
	if _, err := tx.Exec(ctx, "INSERT INTO decision_requests (username, idem_key, request_hash, number, decision_id, created_at) VALUES (?, ?, ?, ?, ?, ?)",
		a.Username, key, requestHash(number, in, basis), number, id, now); err != nil {
		if db.IsUniqueViolation(err) {
			return stelsel.Errorf(stelsel.ECONFLICT, "de Idempotency-Key %q is tegelijk voor een ander verzoek gebruikt", key)
		}
		return fmt.Errorf("remember idempotency key: %w", err)
	}
	return nil
}
