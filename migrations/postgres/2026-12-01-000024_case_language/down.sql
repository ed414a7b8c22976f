ALTER TABLE cases DROP COLUMN language;
