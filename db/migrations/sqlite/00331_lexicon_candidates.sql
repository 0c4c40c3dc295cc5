-- +goose Up
-- lexicon_candidates are lexicon files an administrator uploaded through the web to see
-- what they would change before activating one (package registration, lexicon.go). A
-- candidate is activated by copying it into lexicon_activations; rows are never changed.
CREATE TABLE lexicon_candidates (
    id          INTEGER PRIMARY KEY,
    version     TEXT NOT NULL,
    name        TEXT NOT NULL,
    file        TEXT NOT NULL,
    content     TEXT NOT NULL,
    uploaded_at TIMESTAMP NOT NULL,
    uploaded_by TEXT NOT NULL
);

-- +goose Down
DROP TABLE lexicon_candidates;
