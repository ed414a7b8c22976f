ALTER TABLE cases DROP COLUMN voluntary;
ALTER TABLE cases DROP COLUMN report_kind;
DROP INDEX entities_registration;
ALTER TABLE entities DROP COLUMN origin;
ALTER TABLE entities DROP COLUMN registration_id;
