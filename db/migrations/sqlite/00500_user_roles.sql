-- +goose Up
-- A user may hold several roles (package access): roles lists them all, comma-separated,
-- the primary one (users.role) first.
ALTER TABLE users ADD COLUMN roles TEXT NOT NULL DEFAULT '';
UPDATE users SET roles = role;

-- +goose Down
ALTER TABLE users DROP COLUMN roles;
