-- Core domain model. Times are ISO-8601 text (UTC instants, local dates); lists are JSON arrays.

CREATE TABLE profile (
    id                INTEGER PRIMARY KEY,
    full_name         TEXT,
    email             TEXT,
    phone             TEXT,
    location          TEXT,
    links             TEXT NOT NULL DEFAULT '[]',
    target_roles      TEXT NOT NULL DEFAULT '[]',
    target_locations  TEXT NOT NULL DEFAULT '[]',
    remote_preference TEXT NOT NULL DEFAULT 'ANY' CHECK (remote_preference IN ('ANY', 'REMOTE', 'HYBRID', 'ON_SITE')),
    salary_floor      INTEGER,
    salary_currency   TEXT,
    employment_types  TEXT NOT NULL DEFAULT '[]',
    updated_at        TEXT NOT NULL
);

CREATE TABLE resume_version (
    id               INTEGER PRIMARY KEY,
    label            TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    source_file_name TEXT,
    source_format    TEXT,
    original_bytes   BLOB,
    parsed_json      TEXT NOT NULL,
    is_primary       INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
    parent_id        INTEGER REFERENCES resume_version (id) ON DELETE SET NULL
);
CREATE UNIQUE INDEX resume_version_one_primary ON resume_version (is_primary) WHERE is_primary = 1;

CREATE TABLE job_posting (
    id               INTEGER PRIMARY KEY,
    source           TEXT NOT NULL,
    source_id        TEXT,
    url              TEXT,
    apply_url        TEXT,
    title            TEXT NOT NULL,
    company          TEXT,
    location         TEXT,
    city             TEXT,
    region           TEXT,
    country          TEXT,
    remote           TEXT NOT NULL DEFAULT 'UNKNOWN' CHECK (remote IN ('ON_SITE', 'HYBRID', 'REMOTE', 'UNKNOWN')),
    salary_min       REAL,
    salary_max       REAL,
    salary_currency  TEXT,
    salary_period    TEXT CHECK (salary_period IN ('HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR')),
    salary_text      TEXT,
    posted_date      TEXT,
    employment_type  TEXT,
    seniority        TEXT,
    job_function     TEXT,
    industries       TEXT NOT NULL DEFAULT '[]',
    description_html TEXT,
    description_text TEXT,
    first_seen       TEXT NOT NULL,
    last_seen        TEXT NOT NULL,
    archived         INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);
CREATE UNIQUE INDEX job_posting_source_id ON job_posting (source, source_id) WHERE source_id IS NOT NULL;
CREATE INDEX job_posting_url ON job_posting (url);
CREATE INDEX job_posting_last_seen ON job_posting (archived, last_seen);

-- Full-text index over the searchable text of postings, kept in sync by triggers.
CREATE VIRTUAL TABLE job_posting_fts USING fts5(
    title, company, location, description_text,
    content = 'job_posting', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER job_posting_fts_insert AFTER INSERT ON job_posting BEGIN
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

CREATE TABLE saved_search (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL,
    keywords         TEXT NOT NULL,
    location         TEXT,
    radius_km        INTEGER,
    remote_modes     TEXT NOT NULL DEFAULT '[]',
    posted_within_days INTEGER,
    employment_types TEXT NOT NULL DEFAULT '[]',
    sources          TEXT NOT NULL DEFAULT '[]',
    result_limit     INTEGER NOT NULL DEFAULT 50,
    enabled          INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    created_at       TEXT NOT NULL
);

CREATE TABLE application (
    id             INTEGER PRIMARY KEY,
    job_posting_id INTEGER REFERENCES job_posting (id) ON DELETE SET NULL,
    resume_version_id INTEGER REFERENCES resume_version (id) ON DELETE SET NULL,
    company        TEXT NOT NULL,
    title          TEXT NOT NULL,
    status         TEXT NOT NULL,
    notes          TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX application_status ON application (status);

CREATE TABLE application_status_change (
    id             INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    from_status    TEXT,
    to_status      TEXT NOT NULL,
    changed_at     TEXT NOT NULL,
    note           TEXT
);
CREATE INDEX application_status_change_app ON application_status_change (application_id, changed_at);
