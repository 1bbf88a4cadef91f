-- Duplicate detection looks up only candidate rows: each posting's company + title + place key and its MinHash
-- band keys (the V8 blob split into indexed rows). Postings stored before this get their rows the next time
-- postings are stored.
CREATE TABLE job_posting_dedupe_key (
    posting_id          INTEGER PRIMARY KEY REFERENCES job_posting (id) ON DELETE CASCADE,
    company_title_place TEXT
);
CREATE INDEX job_posting_dedupe_ctp ON job_posting_dedupe_key (company_title_place);

CREATE TABLE job_posting_band (
    band_key   INTEGER NOT NULL,
    posting_id INTEGER NOT NULL REFERENCES job_posting (id) ON DELETE CASCADE,
    PRIMARY KEY (band_key, posting_id)
) WITHOUT ROWID;
CREATE INDEX job_posting_band_posting ON job_posting_band (posting_id);
