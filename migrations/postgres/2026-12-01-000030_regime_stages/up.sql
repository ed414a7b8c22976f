-- The stages of the sibling regimes (spec §7: DORA, GDPR, CRA) may be stored.
ALTER TABLE submissions DROP CONSTRAINT submissions_stage_check;
ALTER TABLE submissions ADD CONSTRAINT submissions_stage_check CHECK (stage IN ('early_warning','incident_notification','intermediate_report','progress_report','final_report','initial_notification','major_incident_reclassified_as_non_major','breach_notification','supplement','vulnerability_notification'));
ALTER TABLE cases DROP CONSTRAINT cases_next_due_stage_check;
ALTER TABLE cases ADD CONSTRAINT cases_next_due_stage_check CHECK (next_due_stage IN ('early_warning','incident_notification','intermediate_report','progress_report','final_report','initial_notification','major_incident_reclassified_as_non_major','breach_notification','supplement','vulnerability_notification'));
