-- Job sources: every place a posting was listed, the user's saved/hidden marks, and source health that
-- outlives a restart (a paused source stays paused). Times are ISO-8601 UTC text.

ALTER TABLE job_posting ADD COLUMN saved INTEGER NOT NULL DEFAULT 0 CHECK (saved IN (0, 1));
ALTER TABLE job_posting ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1));
CREATE INDEX job_posting_company_title ON job_posting (company COLLATE NOCASE, title COLLATE NOCASE);
-- The Jobs table's default order (newest posted first, first seen when the date is unknown): PostingSearch.
CREATE INDEX job_posting_newest ON job_posting (COALESCE(posted_date, substr(first_seen, 1, 10)) DESC, id DESC);

-- The full-text index again, now with prefix indexes for 3 and 4 letters: search-as-you-type asks for
-- prefixes ("dat", "data"), which without them merge the lists of every word they start (50 ms at 100,000
-- postings) and with them read one list (3 ms). Bulk writers index their new rows in one statement at the end
-- (about 3x less work than a trigger call per row): while job_posting_fts_deferral has a row, which only the
-- writer's own transaction can see, the per-row trigger is skipped. See FullTextDeferral.
DROP TRIGGER job_posting_fts_insert;
DROP TRIGGER job_posting_fts_delete;
DROP TRIGGER job_posting_fts_update;
DROP TABLE job_posting_fts;
CREATE VIRTUAL TABLE job_posting_fts USING fts5(
    title, company, location, description_text,
    content = 'job_posting', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2', prefix = '3 4'
);
INSERT INTO job_posting_fts (job_posting_fts) VALUES ('rebuild');

CREATE TABLE job_posting_fts_deferral (active INTEGER NOT NULL);

CREATE TRIGGER job_posting_fts_insert AFTER INSERT ON job_posting
WHEN NOT EXISTS (SELECT 1 FROM job_posting_fts_deferral) BEGIN
    INSERT INTO job_posting_fts (rowid, title, company, location, description_text)
    VALUES (new.id, new.title, new.company, new.location, new.description_text);
END;

CREATE TRIGGER job_posting_fts_delete AFTER DELETE ON job_posting BEGIN
    INSERT INTO job_posting_fts (job_posting_fts, rowid, title, company, location, description_text)
    VALUES ('delete', old.id, old.title, old.company, old.location, old.description_text);
END;

CREATE TRIGGER job_posting_fts_update AFTER UPDATE OF title, company, location, description_text ON job_posting BEGIN
    INSERT INTO job_posting_fts (job_posting_fts, rowid, title, company, location, description_text)
    VALUES ('delete', old.id, old.title, old.company, old.location, old.description_text);
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
