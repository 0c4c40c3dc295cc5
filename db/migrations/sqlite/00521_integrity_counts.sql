-- +goose Up
-- The number of cases per unit and status, kept by the database itself on every insert,
-- change and removal of a case, so the dashboard's counts per status ("1–50 van N") are
-- read, not counted, for the units a user sees whole (package integrity, visible.go).
CREATE TABLE integrity_case_counts (
    unit   TEXT NOT NULL,
    status TEXT NOT NULL,
    n      INTEGER NOT NULL,
    PRIMARY KEY (unit, status)
);
INSERT INTO integrity_case_counts (unit, status, n) SELECT unit, status, count(*) FROM integrity_cases GROUP BY unit, status;

-- +goose StatementBegin
CREATE TRIGGER integrity_case_counts_insert AFTER INSERT ON integrity_cases BEGIN
    INSERT INTO integrity_case_counts (unit, status, n) VALUES (NEW.unit, NEW.status, 1)
        ON CONFLICT (unit, status) DO UPDATE SET n = n + 1;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER integrity_case_counts_update AFTER UPDATE OF unit, status ON integrity_cases
WHEN OLD.unit <> NEW.unit OR OLD.status <> NEW.status BEGIN
    UPDATE integrity_case_counts SET n = n - 1 WHERE unit = OLD.unit AND status = OLD.status;
    INSERT INTO integrity_case_counts (unit, status, n) VALUES (NEW.unit, NEW.status, 1)
        ON CONFLICT (unit, status) DO UPDATE SET n = n + 1;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER integrity_case_counts_delete AFTER DELETE ON integrity_cases BEGIN
    UPDATE integrity_case_counts SET n = n - 1 WHERE unit = OLD.unit AND status = OLD.status;
END;
-- +goose StatementEnd

-- +goose Down
DROP TRIGGER integrity_case_counts_delete;
DROP TRIGGER integrity_case_counts_update;
DROP TRIGGER integrity_case_counts_insert;
DROP TABLE integrity_case_counts;
