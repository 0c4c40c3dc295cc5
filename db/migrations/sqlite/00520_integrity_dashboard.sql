-- +goose Up
-- The paged integrity dashboard (package integrity, visible.go): every branch of what a
-- user may see is one index range, walked in the list's order or the deadline's order.
-- SQLite ends every index with the rowid (c.id), the list's tie-breaker.
CREATE INDEX integrity_cases_unit_status_received ON integrity_cases (unit, status, received_at);
CREATE INDEX integrity_cases_unit_ack_due ON integrity_cases (unit, ack_due) WHERE ack_due IS NOT NULL;
CREATE INDEX integrity_cases_unit_feedback_due ON integrity_cases (unit, feedback_due) WHERE feedback_due IS NOT NULL;
CREATE INDEX integrity_cases_unit_triage_due ON integrity_cases (unit, triage_due) WHERE triage_due IS NOT NULL;
CREATE INDEX integrity_cases_unit_step_due ON integrity_cases (unit, step_due) WHERE step_due IS NOT NULL;
-- The case's unit on its assignments (a case never changes unit), so that the branch
-- "assigned to me" leaves out the cases of the units a user already sees by index alone.
ALTER TABLE integrity_assignments ADD COLUMN unit TEXT NOT NULL DEFAULT '';
UPDATE integrity_assignments SET unit = (SELECT c.unit FROM integrity_cases c WHERE c.id = integrity_assignments.case_id);
CREATE INDEX integrity_assignments_user_track ON integrity_assignments (username, track, unit, case_id);
CREATE INDEX integrity_subjects_team_case ON integrity_subjects (team, unit, case_id);

-- +goose Down
DROP INDEX integrity_subjects_team_case;
DROP INDEX integrity_assignments_user_track;
ALTER TABLE integrity_assignments DROP COLUMN unit;
DROP INDEX integrity_cases_unit_step_due;
DROP INDEX integrity_cases_unit_triage_due;
DROP INDEX integrity_cases_unit_feedback_due;
DROP INDEX integrity_cases_unit_ack_due;
DROP INDEX integrity_cases_unit_status_received;
