-- Read-only views other features use instead of these features' tables (see V14 for the convention: a view
-- belongs to the feature its name starts with, and that feature keeps it working when its table changes).

-- jobs: what a list, an alert or a score needs to name a posting.
CREATE VIEW jobs_posting_summary AS
SELECT id, title, company, location, COALESCE(url, apply_url) AS link, first_seen, last_seen, archived
FROM job_posting;

-- resume: one row per saved version.
CREATE VIEW resume_version_facts AS
SELECT id FROM resume_version;
