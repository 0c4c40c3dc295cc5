-- +goose Up
-- The tracks of the cases about each team, kept by the database on every new subject and
-- track, so a manager's dashboard (the functioning track of the cases about their own
-- team) reads its cases from one index range instead of joining every subject of the team
-- to the tracks of their cases (package integrity, visible.go). Subjects and tracks are
-- only ever added.
CREATE TABLE integrity_team_tracks (
    unit    TEXT NOT NULL,
    team    TEXT NOT NULL,
    track   TEXT NOT NULL,
    case_id INTEGER NOT NULL REFERENCES integrity_cases (id),
    PRIMARY KEY (unit, team, track, case_id)
) WITHOUT ROWID;
INSERT OR IGNORE INTO integrity_team_tracks (unit, team, track, case_id)
    SELECT s.unit, s.team, t.track, s.case_id FROM integrity_subjects s JOIN integrity_tracks t ON t.case_id = s.case_id WHERE s.team <> '';

-- +goose StatementBegin
CREATE TRIGGER integrity_team_tracks_track AFTER INSERT ON integrity_tracks BEGIN
    INSERT INTO integrity_team_tracks (unit, team, track, case_id)
        SELECT s.unit, s.team, NEW.track, NEW.case_id FROM integrity_subjects s WHERE s.case_id = NEW.case_id AND s.team <> ''
        ON CONFLICT DO NOTHING;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER integrity_team_tracks_subject AFTER INSERT ON integrity_subjects WHEN NEW.team <> '' BEGIN
    INSERT INTO integrity_team_tracks (unit, team, track, case_id)
        SELECT NEW.unit, NEW.team, t.track, NEW.case_id FROM integrity_tracks t WHERE t.case_id = NEW.case_id
        ON CONFLICT DO NOTHING;
END;
-- +goose StatementEnd

-- +goose Down
DROP TRIGGER integrity_team_tracks_subject;
DROP TRIGGER integrity_team_tracks_track;
DROP TABLE integrity_team_tracks;
