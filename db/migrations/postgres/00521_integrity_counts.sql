-- +goose Up
-- The number of cases per unit and status, kept by the database itself on every insert,
-- change and removal of a case, so the dashboard's counts per status ("1–50 van N") are
-- read, not counted, for the units a user sees whole (package integrity, visible.go).
CREATE TABLE integrity_case_counts (
    unit   TEXT NOT NULL,
    status TEXT NOT NULL,
    n      BIGINT NOT NULL,
    PRIMARY KEY (unit, status)
);
INSERT INTO integrity_case_counts (unit, status, n) SELECT unit, status, count(*) FROM integrity_cases GROUP BY unit, status;

-- +goose StatementBegin
CREATE FUNCTION integrity_case_counts_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE integrity_case_counts SET n = n - 1 WHERE unit = OLD.unit AND status = OLD.status;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO integrity_case_counts (unit, status, n) VALUES (NEW.unit, NEW.status, 1)
            ON CONFLICT (unit, status) DO UPDATE SET n = integrity_case_counts.n + 1;
    END IF;
    RETURN NULL;
END;
$$;
-- +goose StatementEnd

CREATE TRIGGER integrity_case_counts_insert AFTER INSERT OR DELETE ON integrity_cases
    FOR EACH ROW EXECUTE FUNCTION integrity_case_counts_keep();
CREATE TRIGGER integrity_case_counts_update AFTER UPDATE OF unit, status ON integrity_cases
    FOR EACH ROW WHEN (OLD.unit IS DISTINCT FROM NEW.unit OR OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION integrity_case_counts_keep();

-- +goose Down
DROP TRIGGER integrity_case_counts_update ON integrity_cases;
DROP TRIGGER integrity_case_counts_insert ON integrity_cases;
DROP FUNCTION integrity_case_counts_keep();
DROP TABLE integrity_case_counts;
