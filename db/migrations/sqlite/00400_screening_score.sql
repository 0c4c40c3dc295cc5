-- +goose Up
-- The score of a screening (issue 11): 0-100, the strength of the strongest signal; 50 and
-- above is a strong signal, 25 and above enters the review queue. The queue orders by it
-- (queue_items.priority leads with the score, see registration/doc.go). A rule hit keeps
-- the sentence that explains it ("groep 'vrouwen' + dreiging 'dood' in één zin").
ALTER TABLE registrations ADD COLUMN score INTEGER NOT NULL DEFAULT 0;
ALTER TABLE hits ADD COLUMN score INTEGER NOT NULL DEFAULT 0;
ALTER TABLE hits ADD COLUMN explanation TEXT NOT NULL DEFAULT '';

-- +goose Down
ALTER TABLE hits DROP COLUMN explanation;
ALTER TABLE hits DROP COLUMN score;
ALTER TABLE registrations DROP COLUMN score;
