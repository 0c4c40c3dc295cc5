-- +goose Up
-- Registrations from BVH, their versions, screening hits, the review queue and decisions
-- (package registration). Pages and decisions name a registration by its BVH number; the
-- stored tables below key a registration's versions and hits by its id, given in arrival
-- order, so a bulk import appends to them instead of inserting at random places.

-- registrations holds the current version's facts of every registration, small and without
-- the text, so counts and scans stay cheap; the texts live in registration_versions. Rows
-- are appended in import order (id); only the small unique index on number takes random
-- inserts (WITHOUT ROWID on number made bulk imports 2x slower at 1M).
CREATE TABLE registrations (
    id            INTEGER PRIMARY KEY,       -- arrival order, see registration/store.go
    number        TEXT NOT NULL UNIQUE,
    kind          TEXT NOT NULL,
    unit          TEXT NOT NULL,
    team          TEXT NOT NULL DEFAULT '',
    incident_code TEXT NOT NULL DEFAULT '',
    summary       TEXT NOT NULL DEFAULT '',
    committed_at  TIMESTAMP,
    registered_at TIMESTAMP NOT NULL,
    municipality  TEXT NOT NULL DEFAULT '',
    version       INTEGER NOT NULL,          -- current version, 1-based
    hash          TEXT NOT NULL,             -- content hash of the current version
    lexicon       TEXT NOT NULL DEFAULT '',  -- lexicon version that screened the current version; '' = not yet
    flagged       BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at    TIMESTAMP NOT NULL
);

-- registration_versions keeps every version ever imported: history is never overwritten.
CREATE TABLE registration_versions (
    registration_id INTEGER NOT NULL,     -- registrations.id
    version       INTEGER NOT NULL,
    number        TEXT NOT NULL,
    hash          TEXT NOT NULL,
    kind          TEXT NOT NULL,
    unit          TEXT NOT NULL,
    team          TEXT NOT NULL DEFAULT '',
    incident_code TEXT NOT NULL DEFAULT '',
    summary       TEXT NOT NULL DEFAULT '',
    committed_at  TIMESTAMP,
    registered_at TIMESTAMP NOT NULL,
    municipality  TEXT NOT NULL DEFAULT '',
    text          TEXT NOT NULL,
    source        TEXT NOT NULL DEFAULT '',  -- file:line it came from
    imported_at   TIMESTAMP NOT NULL,
    PRIMARY KEY (registration_id, version)
);

-- hits are the terms the screening found, per version and lexicon version; only flagged
-- registrations have rows. Old lexicons' hits stay, for the history.
CREATE TABLE hits (
    registration_id INTEGER NOT NULL,  -- registrations.id
    version   INTEGER NOT NULL,
    lexicon   TEXT NOT NULL,
    seq       INTEGER NOT NULL,
    term      TEXT NOT NULL,
    grounds   TEXT NOT NULL DEFAULT '',
    mode      TEXT NOT NULL DEFAULT '',
    strength  TEXT NOT NULL DEFAULT '',
    start_pos INTEGER NOT NULL,
    end_pos   INTEGER NOT NULL,
    matched   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (registration_id, version, lexicon, seq)
) WITHOUT ROWID;

-- queue_items is the review queue, denormalised so that listing a page is one index range
-- scan: only flagged registrations are in it, so it stays small next to registrations.
CREATE TABLE queue_items (
    number          TEXT PRIMARY KEY,
    kind            TEXT NOT NULL,
    unit            TEXT NOT NULL,
    team            TEXT NOT NULL DEFAULT '',
    registered_at   TIMESTAMP NOT NULL,
    status          TEXT NOT NULL,           -- open | meer_informatie | bevestigen | beoordeeld | vervallen
    priority        INTEGER NOT NULL,        -- see registration/queue.go
    strong          INTEGER NOT NULL DEFAULT 0,
    hit_count       INTEGER NOT NULL DEFAULT 0,
    grounds         TEXT NOT NULL DEFAULT '', -- ",a,b," so LIKE '%,a,%' matches one ground
    version         INTEGER NOT NULL,
    lexicon         TEXT NOT NULL,
    decision_id     INTEGER,
    decision_kind   TEXT NOT NULL DEFAULT '',
    decided_version INTEGER,
    decided_lexicon TEXT NOT NULL DEFAULT '',
    updated_at      TIMESTAMP NOT NULL
) WITHOUT ROWID;
CREATE INDEX queue_order ON queue_items (status, priority DESC, registered_at DESC, number DESC);
CREATE INDEX queue_unit_order ON queue_items (unit, status, priority DESC, registered_at DESC, number DESC);

-- decisions are append-only: a correction is a new row that supersedes the previous one.
-- Only the four-eyes confirmation fills confirmed_by/confirmed_at/effective_at, once.
CREATE TABLE decisions (
    id                 INTEGER PRIMARY KEY,
    number             TEXT NOT NULL,
    version            INTEGER NOT NULL,
    lexicon            TEXT NOT NULL DEFAULT '',
    kind               TEXT NOT NULL,
    articles           TEXT NOT NULL DEFAULT '',
    grounds            TEXT NOT NULL DEFAULT '',
    indications        TEXT NOT NULL DEFAULT '',
    manifestation      TEXT NOT NULL DEFAULT '',
    referral           BOOLEAN NOT NULL DEFAULT FALSE,
    adv                TEXT NOT NULL DEFAULT '',
    reason             TEXT NOT NULL DEFAULT '',
    rationale          TEXT NOT NULL DEFAULT '',
    reviewer           TEXT NOT NULL,
    reviewer_name      TEXT NOT NULL DEFAULT '',
    decided_at         TIMESTAMP NOT NULL,
    needs_confirmation BOOLEAN NOT NULL DEFAULT FALSE,
    confirmed_by       TEXT NOT NULL DEFAULT '',
    confirmed_at       TIMESTAMP,
    effective_at       TIMESTAMP,           -- when the code may go to BVH; NULL while awaiting confirmation
    supersedes         INTEGER
);
CREATE INDEX decisions_number ON decisions (number, id);
CREATE INDEX decisions_effective ON decisions (effective_at);

-- code_exports remembers each BVH code export, so the next one continues where it ended.
CREATE TABLE code_exports (
    id        INTEGER PRIMARY KEY,
    at        TIMESTAMP NOT NULL,
    actor     TEXT NOT NULL,
    since     TIMESTAMP NOT NULL,
    until     TIMESTAMP NOT NULL,
    row_count INTEGER NOT NULL,
    automatic BOOLEAN NOT NULL             -- since came from the previous export, not --since
);

-- +goose Down
DROP TABLE code_exports;
DROP TABLE decisions;
DROP TABLE queue_items;
DROP TABLE hits;
DROP TABLE registration_versions;
DROP TABLE registrations;
