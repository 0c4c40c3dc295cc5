-- +goose Up
-- lexicon_activations records which lexicon screens registrations: the newest row is the
-- lexicon in use, for every command and instance on this database. Rows are never
-- changed, so the history of lexicons stays readable (package registration).
CREATE TABLE lexicon_activations (
    id           INTEGER PRIMARY KEY,
    version      TEXT NOT NULL,
    name         TEXT NOT NULL,
    file         TEXT NOT NULL,
    content      TEXT NOT NULL,
    activated_at TIMESTAMP NOT NULL,
    activated_by TEXT NOT NULL
);

-- +goose Down
DROP TABLE lexicon_activations;
