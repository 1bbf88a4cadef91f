-- Job sources: every place a posting was listed, the user's saved/hidden marks, and source health that
-- outlives a restart (a paused source stays paused). Times are ISO-8601 UTC text.

ALTER TABLE job_posting ADD COLUMN saved INTEGER NOT NULL DEFAULT 0 CHECK (saved IN (0, 1));
ALTER TABLE job_posting ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1));
CREATE INDEX job_posting_company_title ON job_posting (company COLLATE NOCASE, title COLLATE NOCASE);
CREATE INDEX job_posting_posted ON job_posting (posted_date);

-- Bulk writers index the full text of their new rows in one statement (about 3x less work than a trigger
-- call per row): while this table has a row, which only the writer's own transaction can see, the per-row
-- trigger is skipped. See FullTextDeferral.
CREATE TABLE job_posting_fts_deferral (active INTEGER NOT NULL);
DROP TRIGGER job_posting_fts_insert;
CREATE TRIGGER job_posting_fts_insert AFTER INSERT ON job_posting
WHEN NOT EXISTS (SELECT 1 FROM job_posting_fts_deferral) BEGIN
    INSERT INTO job_posting_fts (rowid, title, company, location, description_text)
    VALUES (new.id, new.title, new.company, new.location, new.description_text);
END;

-- One row per (source, listing): link_key is the source's own id, else the listing URL.
CREATE TABLE job_posting_link (
    id          INTEGER PRIMARY KEY,
    posting_id  INTEGER NOT NULL REFERENCES job_posting (id) ON DELETE CASCADE,
    source      TEXT NOT NULL,
    link_key    TEXT NOT NULL,
    source_id   TEXT,
    url         TEXT,
    attribution TEXT,
    first_seen  TEXT NOT NULL,
    last_seen   TEXT NOT NULL,
    UNIQUE (source, link_key)
);
CREATE INDEX job_posting_link_posting ON job_posting_link (posting_id);
CREATE INDEX job_posting_link_url ON job_posting_link (url);

-- Every posting lists at least where it was first found, however it was inserted.
CREATE TRIGGER job_posting_first_link AFTER INSERT ON job_posting BEGIN
    INSERT OR IGNORE INTO job_posting_link (posting_id, source, link_key, source_id, url, first_seen, last_seen)
    VALUES (new.id, new.source, COALESCE(new.source_id, new.url, 'posting:' || new.id), new.source_id, new.url,
            new.first_seen, new.last_seen);
END;

INSERT OR IGNORE INTO job_posting_link (posting_id, source, link_key, source_id, url, first_seen, last_seen)
SELECT id, source, COALESCE(source_id, url, 'posting:' || id), source_id, url, first_seen, last_seen FROM job_posting;

CREATE TABLE source_health (
    source_id     TEXT PRIMARY KEY,
    last_success  TEXT,
    last_error_at TEXT,
    last_error    TEXT,
    paused_until  TEXT,
    pause_reason  TEXT,
    blocks        INTEGER NOT NULL DEFAULT 0
);
