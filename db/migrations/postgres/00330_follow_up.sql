-- +goose Up
-- follow_ups records what the basisteam did of the follow-up a coded registration asks
-- (opvolging: contact the victim, refer to an ADV, the code in BVH). The tasks that apply
-- follow from the decision and the catalog (package registration, followup.go); a row
-- says one task was done, by whom and when, under which decision. Rows are never changed.
CREATE TABLE follow_ups (
    id          BIGSERIAL PRIMARY KEY,
    number      TEXT NOT NULL,
    task        TEXT NOT NULL,
    decision_id BIGINT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    done_by     TEXT NOT NULL,
    done_name   TEXT NOT NULL DEFAULT '',
    done_at     TIMESTAMPTZ NOT NULL,
    UNIQUE (number, task)
);

-- +goose Down
DROP TABLE follow_ups;
