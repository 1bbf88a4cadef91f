-- Search-as-you-type without a prefix index over descriptions. A word being typed ("pyth", "data sci") must match
-- titles, companies and places by prefix; FTS5 prefix indexes make that fast but cover every column, and over
-- long descriptions they tripled the cost of indexing new postings. Instead each posting stores the 3+ letter
-- prefixes of its title, company and location words (search_prefixes, written by the app: SearchPrefixes), the
-- full-text index holds whole words only, and a typed word matches as a whole word anywhere or as the prefix of
-- a title, company or place word. detail = column (no word positions: a third less indexing work) is enough,
-- since searches are single words (FtsQuery), never phrases or NEAR. V7.1 fills search_prefixes for stored postings (the triggers index them).
ALTER TABLE job_posting ADD COLUMN search_prefixes TEXT;

DROP TRIGGER job_posting_fts_insert;
DROP TRIGGER job_posting_fts_delete;
DROP TRIGGER job_posting_fts_update;
DROP TABLE job_posting_fts;
CREATE VIRTUAL TABLE job_posting_fts USING fts5(
    title, company, location, description_text, search_prefixes,
    content = 'job_posting', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2', detail = column
);
INSERT INTO job_posting_fts (job_posting_fts) VALUES ('rebuild');

-- While job_posting_fts_deferral (V3) has a row, which only a bulk writer's own transaction can see, the per-row
-- trigger is skipped and the writer indexes its rows in one statement (FullTextDeferral).
CREATE TRIGGER job_posting_fts_insert AFTER INSERT ON job_posting
WHEN NOT EXISTS (SELECT 1 FROM job_posting_fts_deferral) BEGIN
    INSERT INTO job_posting_fts (rowid, title, company, location, description_text, search_prefixes)
    VALUES (new.id, new.title, new.company, new.location, new.description_text, new.search_prefixes);
END;

CREATE TRIGGER job_posting_fts_delete AFTER DELETE ON job_posting BEGIN
    INSERT INTO job_posting_fts (job_posting_fts, rowid, title, company, location, description_text, search_prefixes)
    VALUES ('delete', old.id, old.title, old.company, old.location, old.description_text, old.search_prefixes);
END;

CREATE TRIGGER job_posting_fts_update
AFTER UPDATE OF title, company, location, description_text, search_prefixes ON job_posting BEGIN
    INSERT INTO job_posting_fts (job_posting_fts, rowid, title, company, location, description_text, search_prefixes)
    VALUES ('delete', old.id, old.title, old.company, old.location, old.description_text, old.search_prefixes);
    INSERT INTO job_posting_fts (rowid, title, company, location, description_text, search_prefixes)
    VALUES (new.id, new.title, new.company, new.location, new.description_text, new.search_prefixes);
END;

-- The Jobs table's default order (newest posted first, first seen when the date is unknown): PostingSearch.
DROP INDEX job_posting_posted;
CREATE INDEX job_posting_newest ON job_posting (COALESCE(posted_date, substr(first_seen, 1, 10)) DESC, id DESC);
