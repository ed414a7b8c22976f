ALTER TABLE cases DROP CONSTRAINT cases_next_due_stage_check;
ALTER TABLE submissions DROP CONSTRAINT submissions_stage_check;
ALTER TABLE drafts DROP CONSTRAINT drafts_stage_check;
DELETE FROM drafts WHERE stage NOT IN ('early_warning','incident_notification','intermediate_report','progress_report','final_report');
DELETE FROM submissions WHERE stage NOT IN ('early_warning','incident_notification','intermediate_report','progress_report','final_report');
UPDATE cases SET next_due_stage = NULL WHERE next_due_stage NOT IN ('early_warning','incident_notification','intermediate_report','progress_report','final_report');
ALTER TABLE cases ADD CONSTRAINT cases_next_due_stage_check CHECK (next_due_stage IN ('early_warning','incident_notification','intermediate_report','progress_report','final_report'));
ALTER TABLE submissions ADD CONSTRAINT submissions_stage_check CHECK (stage IN ('early_warning','incident_notification','intermediate_report','progress_report','final_report'));
ALTER TABLE drafts ADD CONSTRAINT drafts_stage_check CHECK (stage IN ('early_warning','incident_notification','intermediate_report','progress_report','final_report'));
