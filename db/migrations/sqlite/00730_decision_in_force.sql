-- +goose Up
-- Figures (package report) count the decision in force at a data moment: the latest one
-- made by then. Finding it by probing every decision for a newer one of the same
-- registration cost most of the figures' time; each decision now carries the moment the
-- next decision on its registration was made (NULL while it is the latest), written in
-- the same transaction as that next decision (registration/decide.go) and filled in here
-- for the decisions made before. "In force at t" is then decided_at <= t AND
-- (superseded_at IS NULL OR superseded_at > t), a test on the row itself.
ALTER TABLE decisions ADD COLUMN superseded_at TIMESTAMP;
UPDATE decisions SET superseded_at = (SELECT min(n.decided_at) FROM decisions n WHERE n.number = decisions.number AND n.id > decisions.id);
-- Covering index for the figures: the period filter and everything they count, so the
-- count never visits the table.
DROP INDEX decisions_registered;
CREATE INDEX decisions_figures ON decisions (registered_at, kind, effective_at, decided_at, superseded_at,
    unit, manifestation, referral, grounds, indications);

-- +goose Down
DROP INDEX decisions_figures;
CREATE INDEX decisions_registered ON decisions (registered_at, kind);
ALTER TABLE decisions DROP COLUMN superseded_at;
