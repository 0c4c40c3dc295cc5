-- +goose Up
-- Re-ranking models (issue 11.5): a logistic regression on the features of a
-- registration's hits, trained on the analysts' decisions (registration/rerank.go). Each
-- trained model is kept with its weights and its measurement on held-out decisions
-- (average precision and AUC of the queue's own order and of the model); it can be
-- switched on only when it ranks the held-out decisions better. At most one is active.
CREATE TABLE rank_models (
    version      TEXT PRIMARY KEY,     -- rang@ + 12 hex digits of the SHA-256 of the model
    lexicon      TEXT NOT NULL,
    model        TEXT NOT NULL,        -- JSON: feature names and weights
    trained_by   TEXT NOT NULL,
    trained_at   TIMESTAMPTZ NOT NULL,
    train_n      INTEGER NOT NULL,
    heldout_n    INTEGER NOT NULL,
    ap_before    DOUBLE PRECISION NOT NULL,
    ap_after     DOUBLE PRECISION NOT NULL,
    auc_before   DOUBLE PRECISION NOT NULL,
    auc_after    DOUBLE PRECISION NOT NULL,
    active       BOOLEAN NOT NULL DEFAULT FALSE,
    activated_by TEXT NOT NULL DEFAULT '',
    activated_at TIMESTAMPTZ
);

-- +goose Down
DROP TABLE rank_models;
