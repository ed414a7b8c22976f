-- One incident, one thread per regime (issue 13, spec §7). The sibling regimes' threads are
-- kept with the case as JSON; each submission and each routed recipient names its regime.
ALTER TABLE cases ADD COLUMN threads TEXT NOT NULL DEFAULT '[]';
ALTER TABLE submissions ADD COLUMN regime TEXT NOT NULL DEFAULT 'nis2';
ALTER TABLE case_recipients ADD COLUMN regime TEXT NOT NULL DEFAULT 'nis2';
