-- +goose Up
-- Finding things in the review queue (issue 7 item 10), package registration, queue.go.
-- See the SQLite migration of the same number for the reasons; PostgreSQL differs only in
-- the text index.
ALTER TABLE queue_items ADD COLUMN terms TEXT NOT NULL DEFAULT '';
ALTER TABLE queue_items ADD COLUMN strong_terms TEXT NOT NULL DEFAULT '';
ALTER TABLE queue_items ADD COLUMN decided_by TEXT NOT NULL DEFAULT '';
CREATE INDEX queue_decided_by ON queue_items (decided_by, decision_id DESC) WHERE decided_by <> '';

ALTER TABLE decisions ADD COLUMN undone_at TIMESTAMPTZ;
ALTER TABLE decisions ADD COLUMN undone_by TEXT NOT NULL DEFAULT '';

UPDATE queue_items SET decided_by = coalesce((SELECT d.reviewer FROM decisions d WHERE d.id = queue_items.decision_id), '')
WHERE decision_id IS NOT NULL;
UPDATE queue_items SET
    terms = coalesce((SELECT '|' || string_agg(t.term, '|' ORDER BY t.strong DESC, t.first) || '|'
        FROM (SELECT replace(h.term, '|', '/') AS term, bool_or(h.strength = 'strong') AS strong, min(h.seq) AS first
              FROM hits h JOIN registrations r ON r.id = h.registration_id
              WHERE r.number = queue_items.number AND h.version = queue_items.version AND h.lexicon = queue_items.lexicon
              GROUP BY h.term) t), ''),
    strong_terms = coalesce((SELECT '|' || string_agg(t.term, '|' ORDER BY t.first) || '|'
        FROM (SELECT replace(h.term, '|', '/') AS term, min(h.seq) AS first
              FROM hits h JOIN registrations r ON r.id = h.registration_id
              WHERE r.number = queue_items.number AND h.version = queue_items.version AND h.lexicon = queue_items.lexicon
                AND h.strength = 'strong'
              GROUP BY h.term) t), '');

-- queue_texts holds the current text of every queue item, folded (lower case, no
-- diacritics: stelsel_fold), with a trigram index so that LIKE '%part%' finds any part of
-- a word through the index. The search folds its words with the same function.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
-- +goose StatementBegin
CREATE FUNCTION stelsel_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT translate(lower(t), 'ÀÁÂÃÄÅàáâãäåÈÉÊËèéêëÌÍÎÏìíîïÒÓÔÕÖòóôõöÙÚÛÜùúûüÝýÿÇçÑñ',
                               'aaaaaaaaaaaaeeeeeeeeiiiiiiiioooooooooouuuuuuuuyyyccnn')
$$;
-- +goose StatementEnd
CREATE TABLE queue_texts (
    registration_id BIGINT PRIMARY KEY,  -- registrations.id
    body            TEXT NOT NULL
);
INSERT INTO queue_texts (registration_id, body)
SELECT r.id, stelsel_fold(v.text) FROM queue_items q JOIN registrations r ON r.number = q.number
JOIN registration_versions v ON v.registration_id = r.id AND v.version = q.version;
CREATE INDEX queue_texts_body ON queue_texts USING gin (body gin_trgm_ops);

-- +goose StatementBegin
CREATE FUNCTION queue_text_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM queue_texts WHERE registration_id = (SELECT id FROM registrations WHERE number = OLD.number);
        RETURN NULL;
    END IF;
    INSERT INTO queue_texts (registration_id, body)
    SELECT r.id, stelsel_fold(v.text) FROM registrations r
    JOIN registration_versions v ON v.registration_id = r.id AND v.version = NEW.version
    WHERE r.number = NEW.number
    ON CONFLICT (registration_id) DO UPDATE SET body = excluded.body;
    RETURN NULL;
END
$$;
-- +goose StatementEnd
CREATE TRIGGER queue_text_insert AFTER INSERT ON queue_items FOR EACH ROW EXECUTE FUNCTION queue_text_sync();
CREATE TRIGGER queue_text_version AFTER UPDATE OF version ON queue_items FOR EACH ROW
    WHEN (NEW.version <> OLD.version) EXECUTE FUNCTION queue_text_sync();
CREATE TRIGGER queue_text_delete AFTER DELETE ON queue_items FOR EACH ROW EXECUTE FUNCTION queue_text_sync();

-- +goose Down
DROP TRIGGER queue_text_delete ON queue_items;
DROP TRIGGER queue_text_version ON queue_items;
DROP TRIGGER queue_text_insert ON queue_items;
DROP FUNCTION queue_text_sync();
DROP TABLE queue_texts;
DROP FUNCTION stelsel_fold(text);
ALTER TABLE decisions DROP COLUMN undone_by;
ALTER TABLE decisions DROP COLUMN undone_at;
DROP INDEX queue_decided_by;
ALTER TABLE queue_items DROP COLUMN decided_by;
ALTER TABLE queue_items DROP COLUMN strong_terms;
ALTER TABLE queue_items DROP COLUMN terms;
