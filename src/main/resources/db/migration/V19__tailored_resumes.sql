-- A resume version made by accepting tailoring suggestions for a job: which version, for which job (null for
-- pasted job text, or once the job is removed), the job's label and how many bullets changed.
CREATE TABLE tailored_resume (
    resume_version_id INTEGER PRIMARY KEY REFERENCES resume_version (id) ON DELETE CASCADE,
    job_posting_id    INTEGER REFERENCES job_posting (id) ON DELETE SET NULL,
    job_label         TEXT    NOT NULL,
    changed_bullets   INTEGER NOT NULL,
    created_at        TEXT    NOT NULL
);
CREATE INDEX tailored_resume_job ON tailored_resume (job_posting_id);
