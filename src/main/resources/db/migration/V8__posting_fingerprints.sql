-- Duplicate detection remembers each stored posting's description by its MinHash band keys (16 x 64-bit,
-- little-endian), so storing new postings reads 128 bytes per known posting instead of every description.
-- Postings without a row (stored before this table) get one the next time postings are stored.
CREATE TABLE job_posting_fingerprint (
    posting_id INTEGER PRIMARY KEY REFERENCES job_posting (id) ON DELETE CASCADE,
    band_keys  BLOB NOT NULL
);
