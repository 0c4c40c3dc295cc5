-- +goose Up
-- Users, their sessions and API tokens, and the hash-chained audit trail (package access).
CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    role          TEXT NOT NULL,
    units         TEXT NOT NULL DEFAULT '',  -- comma-separated unit codes
    team          TEXT NOT NULL DEFAULT '',
    password_hash TEXT NOT NULL DEFAULT '',  -- argon2id, PHC string; empty for OIDC-only users
    oidc_subject  TEXT NOT NULL DEFAULT '',
    disabled      BOOLEAN NOT NULL DEFAULT FALSE,
    created_at    TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX users_oidc_subject ON users (oidc_subject) WHERE oidc_subject <> '';

CREATE TABLE sessions (
    token_hash  TEXT PRIMARY KEY,            -- SHA-256 of the cookie value; the value itself is never stored
    user_id     BIGINT NOT NULL REFERENCES users (id),
    created_at  TIMESTAMP NOT NULL,
    last_seen   TIMESTAMP NOT NULL,
    via         TEXT NOT NULL DEFAULT 'password'  -- password or oidc
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE api_tokens (
    id          INTEGER PRIMARY KEY,
    token_hash  TEXT NOT NULL UNIQUE,        -- SHA-256 of the token; the token itself is shown once
    user_id     BIGINT NOT NULL REFERENCES users (id),
    label       TEXT NOT NULL,
    created_at  TIMESTAMP NOT NULL,
    last_used   TIMESTAMP,
    revoked     BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);

CREATE TABLE login_failures (
    username TEXT NOT NULL,
    at       TIMESTAMP NOT NULL
);
CREATE INDEX login_failures_user ON login_failures (username, at);

CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY,
    at          TIMESTAMP NOT NULL,
    actor       TEXT NOT NULL,
    role        TEXT NOT NULL,
    action      TEXT NOT NULL,
    object_kind TEXT NOT NULL DEFAULT '',
    object_id   TEXT NOT NULL DEFAULT '',
    unit        TEXT NOT NULL DEFAULT '',
    reason      TEXT NOT NULL DEFAULT '',
    detail      TEXT NOT NULL DEFAULT '',
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE INDEX audit_log_actor ON audit_log (actor, seq);
CREATE INDEX audit_log_object ON audit_log (object_kind, object_id, seq);

-- +goose Down
DROP TABLE audit_log;
DROP TABLE login_failures;
DROP TABLE api_tokens;
DROP TABLE sessions;
DROP TABLE users;
