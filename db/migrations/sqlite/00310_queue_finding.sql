-- +goose Up
-- Finding things in the review queue (issue 7 item 10), package registration, queue.go.
--
-- terms and strong_terms list the distinct hit terms of the item as "|a|b|" (strong ones
-- first, then in text order), so a queue row shows them and a term filter is one LIKE on
-- the small table. decided_by is the reviewer of the decision in force, for "mijn
-- beoordelingen".
ALTER TABLE queue_items ADD COLUMN terms TEXT NOT NULL DEFAULT '';
ALTER TABLE queue_items ADD COLUMN strong_terms TEXT NOT NULL DEFAULT '';
ALTER TABLE queue_items ADD COLUMN decided_by TEXT NOT NULL DEFAULT '';
CREATE INDEX queue_decided_by ON queue_items (decided_by, decision_id DESC) WHERE decided_by <> '';

-- An undo of one's own decision within minutes marks it; it stays in the history, the
-- decision before it is in force again (decide.go, Undo).
ALTER TABLE decisions ADD COLUMN undone_at TIMESTAMP;
ALTER TABLE decisions ADD COLUMN undone_by TEXT NOT NULL DEFAULT '';

UPDATE queue_items SET decided_by = coalesce((SELECT d.reviewer FROM decisions d WHERE d.id = queue_items.decision_id), '')
WHERE decision_id IS NOT NULL;
UPDATE queue_items SET
    terms = coalesce((SELECT '|' || group_concat(t.term, '|' ORDER BY t.strong DESC, t.first) || '|'
        FROM (SELECT replace(h.term, '|', '/') AS term, max(h.strength = 'strong') AS strong, min(h.seq) AS first
              FROM hits h JOIN registrations r ON r.id = h.registration_id
              WHERE r.number = queue_items.number AND h.version = queue_items.version AND h.lexicon = queue_items.lexicon
              GROUP BY h.term) t), ''),
    strong_terms = coalesce((SELECT '|' || group_concat(t.term, '|' ORDER BY t.first) || '|'
        FROM (SELECT replace(h.term, '|', '/') AS term, min(h.seq) AS first
              FROM hits h JOIN registrations r ON r.id = h.registration_id
              WHERE r.number = queue_items.number AND h.version = queue_items.version AND h.lexicon = queue_items.lexicon
                AND h.strength = 'strong'
              GROUP BY h.term) t), '');

-- queue_text indexes the current text of every queue item for the text search: FTS5 with
-- the trigram tokenizer finds any part of a word ("jood" in "kankerjood"), case and
-- diacritics folded, without storing the text a second time (contentless). The rowid is
-- the registration's id. Only queue items are indexed, a few percent of all
-- registrations, so imports pay for it only on flagged records. The triggers keep it in
-- step with queue_items.version whichever path writes the item (import, screening run,
-- decision on an unflagged registration).
CREATE VIRTUAL TABLE queue_text USING fts5(text, tokenize = 'trigram remove_diacritics 1', content = '', contentless_delete = 1);
INSERT INTO queue_text (rowid, text)
SELECT r.id, v.text FROM queue_items q JOIN registrations r ON r.number = q.number
JOIN registration_versions v ON v.registration_id = r.id AND v.version = q.version;

-- +goose StatementBegin
CREATE TRIGGER queue_text_insert AFTER INSERT ON queue_items BEGIN
    INSERT INTO queue_text (rowid, text)
    SELECT r.id, v.text FROM registrations r JOIN registration_versions v ON v.registration_id = r.id AND v.version = NEW.version
    WHERE r.number = NEW.number;
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER queue_text_version AFTER UPDATE OF version ON queue_items WHEN NEW.version <> OLD.version BEGIN
    DELETE FROM queue_text WHERE rowid = (SELECT id FROM registrations WHERE number = NEW.number);
    INSERT INTO queue_text (rowid, text)
    SELECT r.id, v.text FROM registrations r JOIN registration_versions v ON v.registration_id = r.id AND v.version = NEW.version
    WHERE r.number = NEW.number;
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER queue_text_delete AFTER DELETE ON queue_items BEGIN
    DELETE FROM queue_text WHERE rowid = (SELECT id FROM registrations WHERE number = OLD.number);
END;
-- +goose StatementEnd

-- +goose Down
DROP TRIGGER queue_text_delete;
DROP TRIGGER queue_text_version;
DROP TRIGGER queue_text_insert;
DROP TABLE queue_text;
ALTER TABLE decisions DROP COLUMN undone_by;
ALTER TABLE decisions DROP COLUMN undone_at;
DROP INDEX queue_decided_by;
ALTER TABLE queue_items DROP COLUMN decided_by;
ALTER TABLE queue_items DROP COLUMN strong_terms;
ALTER TABLE queue_items DROP COLUMN terms;
