-- +goose Up
-- A claim says which reviewer has a queue item open ("in behandeling bij"), until when;
-- "next" skips items others hold (package registration, claim.go).
ALTER TABLE queue_items ADD COLUMN claimed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE queue_items ADD COLUMN claimed_name TEXT NOT NULL DEFAULT '';
ALTER TABLE queue_items ADD COLUMN claimed_until TIMESTAMPTZ;

-- decision_requests remembers the Idempotency-Key of an API decision, so a retried
-- request returns the first decision instead of making a second one.
CREATE TABLE decision_requests (
    username     TEXT NOT NULL,
    idem_key     TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    number       TEXT NOT NULL,
    decision_id  BIGINT NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (username, idem_key)
);

-- +goose Down
DROP TABLE decision_requests;
ALTER TABLE queue_items DROP COLUMN claimed_until;
ALTER TABLE queue_items DROP COLUMN claimed_name;
ALTER TABLE queue_items DROP COLUMN claimed_by;
