-- Back to NIS2's stages only: the other regimes' submissions cannot be kept.
DELETE FROM outbox_attempts WHERE outbox_id IN (SELECT o.id FROM outbox o JOIN submissions s ON o.submission_id = s.id WHERE s.stage NOT IN ('early_warning','incident_notification','intermediate_report','progress_report','final_report'));
DELETE FROM outbox WHERE submission_id IN (SELECT id FROM submissions WHERE stage NOT IN ('early_warning','incident_notification','intermediate_report','progress_report','final_report'));
DELETE FROM submissions WHERE stage NOT IN ('early_warning','incident_notification','intermediate_report','progress_report','final_report');
UPDATE cases SET next_due_stage = NULL WHERE next_due_stage NOT IN ('early_warning','incident_notification','intermediate_report','progress_report','final_report');
ALTER TABLE submissions DROP CONSTRAINT submissions_stage_check;
ALTER TABLE submissions ADD CONSTRAINT submissions_stage_check CHECK (stage IN ('early_warning','incident_notification','intermediate_report','progress_report','final_report'));
ALTER TABLE cases DROP CONSTRAINT cases_next_due_stage_check;
ALTER TABLE cases ADD CONSTRAINT cases_next_due_stage_check CHECK (next_due_stage IN ('early_warning','incident_notification','intermediate_report','progress_report','final_report'));
