-- The language a case's reporter files in (issue 14): its acknowledgements, updates and
-- reminders are written in it. NULL for cases filed before: they read in English.
ALTER TABLE cases ADD COLUMN language TEXT;
