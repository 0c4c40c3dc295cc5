-- +goose Up
-- Case lists per unit, newest first (package integrity).
CREATE INDEX integrity_cases_unit_received ON integrity_cases (unit, received_at);

-- +goose Down
DROP INDEX integrity_cases_unit_received;
