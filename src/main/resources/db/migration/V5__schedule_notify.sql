-- Background scheduler (run history, per-job and per-source state) and notifications (email outbox,
-- "once per posting" alert marks). Times are ISO-8601 UTC text.

CREATE TABLE schedule_run (
    id          INTEGER PRIMARY KEY,
    job_key     TEXT NOT NULL,
    job_name    TEXT NOT NULL,
    run_trigger TEXT NOT NULL CHECK (run_trigger IN ('SCHEDULED', 'CATCH_UP', 'MANUAL')),
    started_at  TEXT NOT NULL,
    ended_at    TEXT,
    outcome     TEXT CHECK (outcome IN ('SUCCEEDED', 'FAILED', 'INTERRUPTED', 'SKIPPED')),
    found       INTEGER NOT NULL DEFAULT 0,
    new_count   INTEGER NOT NULL DEFAULT 0,
    duplicates  INTEGER NOT NULL DEFAULT 0,
    message     TEXT,
    error       TEXT
);
CREATE INDEX schedule_run_job ON schedule_run (job_key, started_at);
CREATE INDEX schedule_run_started ON schedule_run (started_at);
CREATE INDEX schedule_run_open ON schedule_run (ended_at) WHERE ended_at IS NULL;

CREATE TABLE schedule_job_state (
    job_key              TEXT PRIMARY KEY,
    job_name             TEXT NOT NULL,
    schedule_text        TEXT NOT NULL,
    next_due             TEXT,
    last_started         TEXT,
    last_success         TEXT,
    last_outcome         TEXT,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    backoff_until        TEXT,
    paused               INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1))
);

-- Failures of one source (e.g. a job board) back off on their own, whichever job used the source.
CREATE TABLE schedule_source_state (
    source_key           TEXT PRIMARY KEY,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    backoff_until        TEXT,
    last_error           TEXT
);

-- One row: "pause all".
CREATE TABLE schedule_control (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    all_paused INTEGER NOT NULL DEFAULT 0 CHECK (all_paused IN (0, 1))
);
INSERT INTO schedule_control (id, all_paused) VALUES (1, 0);

CREATE TABLE email_outbox (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL,
    dedupe_key      TEXT UNIQUE,
    message_id      TEXT NOT NULL UNIQUE,
    recipient       TEXT NOT NULL,
    subject         TEXT NOT NULL,
    html            TEXT NOT NULL,
    text            TEXT NOT NULL,
    state           TEXT NOT NULL CHECK (state IN ('QUEUED', 'SENDING', 'SENT', 'FAILED')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    send_started_at TEXT,
    last_error      TEXT,
    created_at      TEXT NOT NULL,
    sent_at         TEXT
);
CREATE INDEX email_outbox_due ON email_outbox (state, next_attempt_at);

CREATE TABLE alerted_posting (
    id             INTEGER PRIMARY KEY,
    job_posting_id INTEGER NOT NULL REFERENCES job_posting (id) ON DELETE CASCADE,
    channel        TEXT NOT NULL CHECK (channel IN ('TRAY', 'EMAIL')),
    score          INTEGER NOT NULL,
    alerted_at     TEXT NOT NULL,
    UNIQUE (job_posting_id, channel)
);
