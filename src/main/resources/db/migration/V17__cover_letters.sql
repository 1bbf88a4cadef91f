-- Cover letters, saved per job as numbered versions; every save is a new row, nothing is edited in place.
-- confirmed_claims lists the guard's flagged claims the user confirmed (their keys, as a JSON array).
CREATE TABLE cover_letter (
    id                INTEGER PRIMARY KEY,
    job_posting_id    INTEGER NOT NULL REFERENCES job_posting (id) ON DELETE CASCADE,
    version           INTEGER NOT NULL,
    resume_version_id INTEGER REFERENCES resume_version (id) ON DELETE SET NULL,
    tone              TEXT    NOT NULL,
    length            TEXT    NOT NULL,
    language          TEXT    NOT NULL,
    written_by        TEXT    NOT NULL,
    body              TEXT    NOT NULL,
    confirmed_claims  TEXT    NOT NULL DEFAULT '[]',
    created_at        TEXT    NOT NULL,
    UNIQUE (job_posting_id, version)
);
