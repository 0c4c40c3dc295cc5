-- +goose Up
-- A password set by someone else (an administrator creating the account, an operator
-- resetting it) must be changed by its owner at the next login (access.Users.SetPassword,
-- access.Sessions.ChangePassword); until then a session reaches only the change page.
ALTER TABLE users ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;

-- +goose Down
ALTER TABLE users DROP COLUMN must_change_password;
