-- The profile's target level, companies and words to avoid, the user's score weights (NULL: the app's defaults)
-- and when the first-run guide was finished or skipped (NULL: show it on a first start).
ALTER TABLE profile ADD COLUMN target_level TEXT NOT NULL DEFAULT 'ANY'
    CHECK (target_level IN ('ANY', 'INTERN', 'JUNIOR', 'MID', 'SENIOR', 'LEAD', 'PRINCIPAL'));
ALTER TABLE profile ADD COLUMN avoid_companies TEXT NOT NULL DEFAULT '[]';
ALTER TABLE profile ADD COLUMN avoid_words TEXT NOT NULL DEFAULT '[]';
ALTER TABLE profile ADD COLUMN weight_skills INTEGER;
ALTER TABLE profile ADD COLUMN weight_meaning INTEGER;
ALTER TABLE profile ADD COLUMN weight_fit INTEGER;
ALTER TABLE profile ADD COLUMN weight_preferences INTEGER;
ALTER TABLE profile ADD COLUMN guide_closed_at TEXT;
