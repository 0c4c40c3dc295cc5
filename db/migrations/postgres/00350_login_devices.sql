-- +goose Up
-- Browsers that logged in to an account before (package access, session.go): a device
-- cookie whose SHA-256 is stored here lets its owner log in while the account is
-- throttled by someone else's failed guesses.
CREATE TABLE login_devices (
    token_hash TEXT PRIMARY KEY,
    username   TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX login_devices_user ON login_devices (username);

-- +goose Down
DROP TABLE login_devices;
