-- +goose Up
-- The integrity system (package integrity): cases with their subjects, tracks with their
-- assigned people and dossiers, the postbox, attachments.
CREATE TABLE integrity_meta (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE integrity_cases (
    id               BIGSERIAL PRIMARY KEY,
    number           TEXT NOT NULL UNIQUE,
    unit             TEXT NOT NULL,
    kind             TEXT NOT NULL,                -- benoemd, vertrouwelijk, anoniem
    source           TEXT NOT NULL,
    category         TEXT NOT NULL DEFAULT '',
    circumstances    TEXT NOT NULL DEFAULT '',     -- comma-separated codes
    description      TEXT NOT NULL,
    reporter_name    TEXT NOT NULL DEFAULT '',     -- named reports only
    reporter_ref     TEXT NOT NULL DEFAULT '',     -- keyed hash of the reporter's username (named, confidential)
    identity_sealed  TEXT NOT NULL DEFAULT '',     -- confidential: AES-GCM sealed identity
    identity_revealed BOOLEAN NOT NULL DEFAULT FALSE,
    receipt_hash     TEXT,                         -- anonymous: argon2id of the receipt code
    status           TEXT NOT NULL,
    received_at      TIMESTAMPTZ NOT NULL,
    acknowledged_at  TIMESTAMPTZ,
    feedback_at      TIMESTAMPTZ,
    ack_due          TIMESTAMPTZ,
    feedback_due     TIMESTAMPTZ,
    triage_due       TIMESTAMPTZ,
    step_due         TIMESTAMPTZ,
    step_due_kind    TEXT NOT NULL DEFAULT '',
    next_due         TIMESTAMPTZ,                         -- the earliest of the dues above, for the dashboards
    checklist        TEXT NOT NULL DEFAULT '',     -- yes answers, comma-separated codes
    proposed_routes  TEXT NOT NULL DEFAULT '',
    routes           TEXT NOT NULL DEFAULT '',
    route_rationale  TEXT NOT NULL DEFAULT '',
    route_by         TEXT NOT NULL DEFAULT '',
    route_at         TIMESTAMPTZ,
    confirmed_by     TEXT NOT NULL DEFAULT '',
    confirmed_at     TIMESTAMPTZ,
    om_informed_on   TIMESTAMPTZ,
    outcome          TEXT NOT NULL DEFAULT '',
    sanction         TEXT NOT NULL DEFAULT '',
    sanction_conditions TEXT NOT NULL DEFAULT '',
    sanction_term_months INTEGER NOT NULL DEFAULT 0,
    edu_measures     TEXT NOT NULL DEFAULT '',
    om_decision      TEXT NOT NULL DEFAULT '',
    factors          TEXT NOT NULL DEFAULT '',
    lessons          TEXT NOT NULL DEFAULT '',
    lesson_measures  TEXT NOT NULL DEFAULT '',
    care             TEXT NOT NULL DEFAULT '',     -- JSON: rights notice, counsellor, representative, return plan, care costs
    framework        TEXT NOT NULL DEFAULT '',     -- JSON: the manager's handelingskader
    closed_at        TIMESTAMPTZ,
    closed_by        TEXT NOT NULL DEFAULT '',
    catalog_version  TEXT NOT NULL,
    version          INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX integrity_cases_receipt ON integrity_cases (receipt_hash) WHERE receipt_hash IS NOT NULL;
CREATE INDEX integrity_cases_unit ON integrity_cases (unit, status);
CREATE INDEX integrity_cases_reporter ON integrity_cases (reporter_ref) WHERE reporter_ref <> '';
CREATE INDEX integrity_cases_received ON integrity_cases (received_at);
CREATE INDEX integrity_cases_closed ON integrity_cases (closed_at);
CREATE INDEX integrity_cases_next_due ON integrity_cases (next_due) WHERE next_due IS NOT NULL;

CREATE TABLE integrity_subjects (
    id           BIGSERIAL PRIMARY KEY,
    case_id      BIGINT NOT NULL REFERENCES integrity_cases (id),
    personnel_no TEXT NOT NULL,
    name         TEXT NOT NULL,
    unit         TEXT NOT NULL,
    team         TEXT NOT NULL DEFAULT '',
    username     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX integrity_subjects_case ON integrity_subjects (case_id);
CREATE INDEX integrity_subjects_person ON integrity_subjects (personnel_no);
CREATE INDEX integrity_subjects_user ON integrity_subjects (username) WHERE username <> '';
CREATE INDEX integrity_subjects_team ON integrity_subjects (unit, team);

CREATE TABLE integrity_tracks (
    case_id    BIGINT NOT NULL REFERENCES integrity_cases (id),
    track      TEXT NOT NULL,
    opened_at  TIMESTAMPTZ NOT NULL,
    closed_at  TIMESTAMPTZ,
    PRIMARY KEY (case_id, track)
);
CREATE INDEX integrity_tracks_track ON integrity_tracks (track, case_id);

CREATE TABLE integrity_assignments (
    case_id     BIGINT NOT NULL REFERENCES integrity_cases (id),
    track       TEXT NOT NULL,                    -- a track, or zorg for the counsellor
    username    TEXT NOT NULL,
    assigned_by TEXT NOT NULL,
    assigned_at TIMESTAMPTZ NOT NULL,
    reason      TEXT NOT NULL,
    PRIMARY KEY (case_id, track, username)
);
CREATE INDEX integrity_assignments_user ON integrity_assignments (username, case_id);

CREATE TABLE integrity_entries (
    id          BIGSERIAL PRIMARY KEY,
    case_id     BIGINT NOT NULL REFERENCES integrity_cases (id),
    track       TEXT NOT NULL,
    kind        TEXT NOT NULL,                    -- notitie, verhoor, document, bevinding, stap, om, overdracht, contact
    step        TEXT NOT NULL DEFAULT '',
    body        TEXT NOT NULL,
    on_date     TIMESTAMPTZ,
    author      TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    transferred_from BIGINT
);
CREATE INDEX integrity_entries_case ON integrity_entries (case_id, track, id);

CREATE TABLE integrity_attachments (
    id           BIGSERIAL PRIMARY KEY,
    case_id      BIGINT NOT NULL REFERENCES integrity_cases (id),
    track        TEXT NOT NULL,
    filename     TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size         BIGINT NOT NULL,
    sha256       TEXT NOT NULL,
    data         BYTEA NOT NULL,
    author       TEXT NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX integrity_attachments_case ON integrity_attachments (case_id, track);

CREATE TABLE integrity_messages (
    id         BIGSERIAL PRIMARY KEY,
    case_id    BIGINT NOT NULL REFERENCES integrity_cases (id),
    from_vik   BOOLEAN NOT NULL,
    author     TEXT NOT NULL,                     -- the VIK user; melder for the reporter
    body       TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX integrity_messages_case ON integrity_messages (case_id, id);

-- +goose Down
DROP TABLE integrity_messages;
DROP TABLE integrity_attachments;
DROP TABLE integrity_entries;
DROP TABLE integrity_assignments;
DROP TABLE integrity_tracks;
DROP TABLE integrity_subjects;
DROP TABLE integrity_cases;
DROP TABLE integrity_meta;
