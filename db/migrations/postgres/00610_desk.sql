-- +goose Up
-- The help desks of the lokettenwijzer (package desk), as versioned data: every edit adds
-- a version; the newest version of a desk is the one shown. Nothing is ever overwritten.
CREATE TABLE desk_versions (
    code      TEXT NOT NULL,
    version   INTEGER NOT NULL,
    doc       TEXT NOT NULL,       -- the desk as JSON, see desk/desk.go
    edited_by TEXT NOT NULL,
    edited_at TIMESTAMPTZ NOT NULL,
    note      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (code, version)
);

-- +goose Down
DROP TABLE desk_versions;
