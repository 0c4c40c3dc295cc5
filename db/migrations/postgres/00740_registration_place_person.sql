-- +goose Up
-- Repeat patterns (report/trends.go) look for the same address or street, the same online
-- platform and the same registered person. BVH gives them as optional import fields
-- (adres, platform, persoon; registration/parse.go); registrations without them keep ''.
ALTER TABLE registrations ADD COLUMN address TEXT NOT NULL DEFAULT '';
ALTER TABLE registrations ADD COLUMN platform TEXT NOT NULL DEFAULT '';
ALTER TABLE registrations ADD COLUMN person TEXT NOT NULL DEFAULT '';
ALTER TABLE registration_versions ADD COLUMN address TEXT NOT NULL DEFAULT '';
ALTER TABLE registration_versions ADD COLUMN platform TEXT NOT NULL DEFAULT '';
ALTER TABLE registration_versions ADD COLUMN person TEXT NOT NULL DEFAULT '';

-- +goose Down
ALTER TABLE registration_versions DROP COLUMN person;
ALTER TABLE registration_versions DROP COLUMN platform;
ALTER TABLE registration_versions DROP COLUMN address;
ALTER TABLE registrations DROP COLUMN person;
ALTER TABLE registrations DROP COLUMN platform;
ALTER TABLE registrations DROP COLUMN address;
