-- A language per staff user (issue 14): the workspace speaks it (en, fr, de or nl).
ALTER TABLE staff_users ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
