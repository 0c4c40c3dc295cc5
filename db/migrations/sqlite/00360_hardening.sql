-- +goose Up
-- Issue 12.9: the API token an audited action came through (0: none). It is part of the
-- entry's keyed hash whenever it is set.
ALTER TABLE audit_log ADD COLUMN token_id INTEGER NOT NULL DEFAULT 0;

-- Issue 12.15: /healthz proves the database takes writes by updating this one row.
CREATE TABLE health_probe (
    id INTEGER PRIMARY KEY,
    at TIMESTAMP NOT NULL
);
INSERT INTO health_probe (id, at) VALUES (1, CURRENT_TIMESTAMP);

-- +goose Down
DROP TABLE health_probe;
ALTER TABLE audit_log DROP COLUMN token_id;
