-- +goose Up
-- Complaints about police conduct (package complaint). The columns are what lists,
-- dashboards and figures select and count on; the handling itself (phase 1 and 2 steps,
-- the Verkleurde beelden fields, markers with who set them) is the JSON document in doc,
-- written whole by the service under the row's version (optimistic locking).
CREATE TABLE complaints (
    id                INTEGER PRIMARY KEY,
    reference         TEXT NOT NULL UNIQUE,      -- K-2026-000123, shown to the complainant
    unit              TEXT NOT NULL,
    channel           TEXT NOT NULL,
    phase             TEXT NOT NULL,             -- see complaint/complaint.go
    handler           TEXT NOT NULL DEFAULT '',  -- username of the klachtbehandelaar
    ndv_adviser       TEXT NOT NULL DEFAULT '',
    commission        TEXT NOT NULL DEFAULT '',  -- ",a,b," usernames of the commission members
    employee_username TEXT NOT NULL DEFAULT '',  -- the employee complained about; never sees the case
    ethnic_profiling  BOOLEAN NOT NULL DEFAULT FALSE,
    discrimination    BOOLEAN NOT NULL DEFAULT FALSE,
    outcome           TEXT NOT NULL DEFAULT '',
    settled_phase1    BOOLEAN NOT NULL DEFAULT FALSE,
    to_phase2         BOOLEAN NOT NULL DEFAULT FALSE,
    received_at       TIMESTAMP NOT NULL,
    deadline_at       TIMESTAMP NOT NULL,
    closed_at         TIMESTAMP,
    version           INTEGER NOT NULL,
    updated_at        TIMESTAMP NOT NULL,
    doc               TEXT NOT NULL
);
CREATE INDEX complaints_unit ON complaints (unit, received_at);
CREATE INDEX complaints_handler ON complaints (handler, deadline_at);

-- complaint_letters keeps every letter as sent: the text is rendered once and never changed.
CREATE TABLE complaint_letters (
    id           INTEGER PRIMARY KEY,
    complaint_id BIGINT NOT NULL REFERENCES complaints (id),
    kind         TEXT NOT NULL,
    recipient    TEXT NOT NULL,
    subject      TEXT NOT NULL,
    body         TEXT NOT NULL,
    created_at   TIMESTAMP NOT NULL,
    created_by   TEXT NOT NULL
);
CREATE INDEX complaint_letters_complaint ON complaint_letters (complaint_id, id);

-- +goose Down
DROP TABLE complaint_letters;
DROP TABLE complaints;
