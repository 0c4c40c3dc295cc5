-- +goose Up
-- Samples (steekproeven, issue 11.6): each period a random, reproducible sample of the
-- screened registrations that were not flagged, decided by analysts in a queue of its own,
-- so that what the screening misses can be estimated (registration/sample.go). The draw
-- ranks the period's unflagged registrations by SHA-256(seed, number); the seed and the
-- population at the draw are kept, so the sample can be drawn again and checked.
CREATE TABLE samples (
    id         BIGSERIAL PRIMARY KEY,
    period     TEXT NOT NULL UNIQUE,   -- YYYY-MM
    seed       TEXT NOT NULL,
    size       INTEGER NOT NULL,       -- registrations drawn
    population INTEGER NOT NULL,       -- screened, unflagged registrations of the period at the draw
    flagged    INTEGER NOT NULL,       -- flagged registrations of the period at the draw
    lexicon    TEXT NOT NULL,
    drawn_by   TEXT NOT NULL,
    drawn_at   TIMESTAMPTZ NOT NULL
);

-- sample_items are the drawn registrations in draw order; their decisions are the
-- ordinary decisions (decisions, queue_items).
CREATE TABLE sample_items (
    sample_id BIGINT NOT NULL,   -- samples.id
    position  INTEGER NOT NULL,  -- 1-based draw order
    number    TEXT NOT NULL,     -- registrations.number
    PRIMARY KEY (sample_id, position)
);
CREATE INDEX sample_items_number ON sample_items (number);

-- +goose Down
DROP TABLE sample_items;
DROP TABLE samples;
