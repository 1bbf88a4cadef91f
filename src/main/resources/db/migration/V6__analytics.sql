-- Daily analytics snapshots for trend charts (one row per local day, rewritten if taken again that day),
-- and the per-search run interval of the background scheduler.

CREATE TABLE analytics_snapshot (
    day                    TEXT PRIMARY KEY,
    taken_at               TEXT NOT NULL,
    postings               INTEGER NOT NULL,
    new_postings           INTEGER NOT NULL,
    archived_postings      INTEGER NOT NULL,
    resumes                INTEGER NOT NULL,
    applications           INTEGER NOT NULL,
    applications_by_status TEXT NOT NULL DEFAULT '{}'
);

-- Minutes between scheduled runs of a saved search; NULL: the default (60 minutes with jitter).
ALTER TABLE saved_search ADD COLUMN run_every_minutes INTEGER CHECK (run_every_minutes IS NULL OR run_every_minutes >= 5);
