-- Resume versions: soft delete (undo, purged later), normalised skills with evidence, and the file facts
-- the ATS check needs (parse risks, page count). Lists are JSON arrays.
ALTER TABLE resume_version ADD COLUMN deleted_at TEXT;
ALTER TABLE resume_version ADD COLUMN skills_json TEXT NOT NULL DEFAULT '[]';
ALTER TABLE resume_version ADD COLUMN risks_json TEXT NOT NULL DEFAULT '[]';
ALTER TABLE resume_version ADD COLUMN page_count INTEGER NOT NULL DEFAULT 1;
CREATE INDEX resume_version_live ON resume_version (deleted_at, created_at);
