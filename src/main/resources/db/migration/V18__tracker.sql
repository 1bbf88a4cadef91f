-- The applications tracker: what was sent where (resume and letter copies, channel, link), follow-ups,
-- contacts per company, attachments, interviews and offers. Reminder marks keep each reminder to one send.

ALTER TABLE application ADD COLUMN channel TEXT;
ALTER TABLE application ADD COLUMN link TEXT;
ALTER TABLE application ADD COLUMN applied_on TEXT;
ALTER TABLE application ADD COLUMN resume_file TEXT;
ALTER TABLE application ADD COLUMN cover_letter_file TEXT;
ALTER TABLE application ADD COLUMN follow_up_on TEXT;
ALTER TABLE application ADD COLUMN source TEXT;
CREATE INDEX application_posting ON application (job_posting_id);

CREATE TABLE tracker_contact (
    id          INTEGER PRIMARY KEY,
    company     TEXT NOT NULL,
    name        TEXT NOT NULL,
    role        TEXT,
    email       TEXT,
    phone       TEXT,
    profile_url TEXT
);
CREATE INDEX tracker_contact_company ON tracker_contact (company COLLATE NOCASE);

CREATE TABLE application_attachment (
    id             INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    file_name      TEXT NOT NULL,
    stored_path    TEXT NOT NULL,
    added_at       TEXT NOT NULL
);

CREATE TABLE interview (
    id               INTEGER PRIMARY KEY,
    application_id   INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    uid              TEXT NOT NULL UNIQUE,
    starts_at        TEXT NOT NULL,
    zone             TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL DEFAULT 60,
    kind             TEXT NOT NULL,
    people           TEXT,
    place            TEXT,
    prep_notes       TEXT,
    reminded_at      TEXT
);
CREATE INDEX interview_starts ON interview (starts_at);

CREATE TABLE offer (
    id               INTEGER PRIMARY KEY,
    application_id   INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    currency         TEXT NOT NULL,
    base             REAL NOT NULL DEFAULT 0,
    bonus            REAL NOT NULL DEFAULT 0,
    equity_grant     REAL NOT NULL DEFAULT 0,
    vesting_years    INTEGER NOT NULL DEFAULT 4,
    sign_on          REAL NOT NULL DEFAULT 0,
    benefits_value   REAL NOT NULL DEFAULT 0,
    benefits         TEXT,
    paid_leave_days  INTEGER NOT NULL DEFAULT 0,
    place            TEXT,
    remote           INTEGER NOT NULL DEFAULT 0,
    start_date       TEXT,
    deadline         TEXT,
    reminded_at      TEXT
);

-- Statuses were free text before; the tracker now keeps one of its fixed set.
UPDATE application SET status = upper(replace(trim(status), ' ', '_'));
UPDATE application SET status = 'APPLIED' WHERE status NOT IN
    ('SAVED', 'APPLIED', 'SCREENING', 'INTERVIEW', 'OFFER', 'ACCEPTED', 'REJECTED', 'WITHDRAWN', 'NO_ANSWER');
UPDATE application_status_change SET to_status = upper(replace(trim(to_status), ' ', '_')),
    from_status = upper(replace(trim(from_status), ' ', '_'));
UPDATE application_status_change SET to_status = 'APPLIED' WHERE to_status NOT IN
    ('SAVED', 'APPLIED', 'SCREENING', 'INTERVIEW', 'OFFER', 'ACCEPTED', 'REJECTED', 'WITHDRAWN', 'NO_ANSWER');
UPDATE application_status_change SET from_status = 'APPLIED' WHERE from_status IS NOT NULL AND from_status NOT IN
    ('SAVED', 'APPLIED', 'SCREENING', 'INTERVIEW', 'OFFER', 'ACCEPTED', 'REJECTED', 'WITHDRAWN', 'NO_ANSWER');
