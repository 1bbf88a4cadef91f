-- Matching: cached sentence vectors, precomputed posting features and computed scores.

-- One vector per distinct text and model. The key is SHA-256(model id + newline + normalised text), so a
-- text is embedded once however many postings share it, and a new model never reuses old vectors.
-- vector = little-endian float32 scale + 384 int8 values (388 bytes instead of 1,536 for float32);
-- for unit-length MiniLM vectors the cosine error of int8 quantisation stays below 0.01.
CREATE TABLE match_embedding (
    content_hash TEXT PRIMARY KEY,
    model        TEXT NOT NULL,
    dims         INTEGER NOT NULL,
    vector       BLOB NOT NULL,
    created_at   TEXT NOT NULL
) WITHOUT ROWID;

-- What scoring needs from a posting, extracted once: skills (required/preferred, with years), seniority,
-- title words, the texts whose vectors are used. text_hash tells when the posting changed.
CREATE TABLE match_posting_features (
    posting_id    INTEGER PRIMARY KEY REFERENCES job_posting (id) ON DELETE CASCADE,
    text_hash     TEXT NOT NULL,
    features_json TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

-- The score of a posting against a resume version. posting_hash and profile_hash (resume, preferences
-- and weights) say which inputs it was computed from: rescoring skips rows whose inputs are unchanged.
CREATE TABLE match_score (
    posting_id        INTEGER NOT NULL REFERENCES job_posting (id) ON DELETE CASCADE,
    resume_version_id INTEGER NOT NULL REFERENCES resume_version (id) ON DELETE CASCADE,
    score             REAL NOT NULL,
    excluded          INTEGER NOT NULL DEFAULT 0 CHECK (excluded IN (0, 1)),
    skills_points     REAL,
    meaning_points    REAL,
    fit_points        REAL,
    preference_points REAL,
    penalty_points    REAL NOT NULL DEFAULT 0,
    explanation_json  TEXT NOT NULL,
    posting_hash      TEXT NOT NULL,
    profile_hash      TEXT NOT NULL,
    computed_at       TEXT NOT NULL,
    PRIMARY KEY (posting_id, resume_version_id)
);
CREATE INDEX match_score_rank ON match_score (resume_version_id, excluded, score DESC);
