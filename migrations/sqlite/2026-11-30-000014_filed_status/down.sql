ALTER TABLE submissions DROP COLUMN incident_status;
