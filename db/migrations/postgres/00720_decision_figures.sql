-- +goose Up
-- Figures (package report) count decisions by the unit and registration date of the
-- version decided on. Joining every decision to registrations and their versions made the
-- yearly figures scan the big tables; the decision now carries both, written once when it
-- is made (registration/decide.go) and filled in here for the decisions made before.
ALTER TABLE decisions ADD COLUMN unit TEXT NOT NULL DEFAULT '';
ALTER TABLE decisions ADD COLUMN registered_at TIMESTAMPTZ;
UPDATE decisions SET
    unit = COALESCE((SELECT rv.unit FROM registrations r JOIN registration_versions rv ON rv.registration_id = r.id AND rv.version = decisions.version
                     WHERE r.number = decisions.number), ''),
    registered_at = (SELECT rv.registered_at FROM registrations r JOIN registration_versions rv ON rv.registration_id = r.id AND rv.version = decisions.version
                     WHERE r.number = decisions.number);
CREATE INDEX decisions_registered ON decisions (registered_at, kind);

-- +goose Down
DROP INDEX decisions_registered;
ALTER TABLE decisions DROP COLUMN registered_at;
ALTER TABLE decisions DROP COLUMN unit;
