-- +goose Up
-- figure_snapshots are established ("vastgestelde") yearly figures (package report): the
-- exact tables as canonical JSON with their data moment, catalog and lexicon version and a
-- content hash. Rows are never changed; establishing again adds the next version.
CREATE TABLE figure_snapshots (
    id             INTEGER PRIMARY KEY,
    year           INTEGER NOT NULL,
    version        INTEGER NOT NULL,
    data_moment    TIMESTAMP NOT NULL,
    catalog        TEXT NOT NULL,
    lexicon        TEXT NOT NULL,
    hash           TEXT NOT NULL,       -- sha256 of content, hex
    content        TEXT NOT NULL,
    note           TEXT NOT NULL DEFAULT '',
    established_by TEXT NOT NULL,
    established_at TIMESTAMP NOT NULL,
    UNIQUE (year, version)
);

-- +goose Down
DROP TABLE figure_snapshots;
