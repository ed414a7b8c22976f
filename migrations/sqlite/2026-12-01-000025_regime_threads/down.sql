ALTER TABLE case_recipients DROP COLUMN regime;
ALTER TABLE submissions DROP COLUMN regime;
ALTER TABLE cases DROP COLUMN threads;
