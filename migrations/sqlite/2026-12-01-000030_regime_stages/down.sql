-- Back to NIS2's stages only: the other regimes' submissions cannot be kept.
PRAGMA foreign_keys = OFF;
BEGIN;
DELETE FROM outbox_attempts WHERE outbox_id IN (SELECT o.id FROM outbox o JOIN submissions s ON o.submission_id = s.id WHERE s.stage NOT IN ('early_warning','incident_notification','intermediate_report','progress_report','final_report'));
DELETE FROM outbox WHERE submission_id IN (SELECT id FROM submissions WHERE stage NOT IN ('early_warning','incident_notification','intermediate_report','progress_report','final_report'));
DELETE FROM submissions WHERE stage NOT IN ('early_warning','incident_notification','intermediate_report','progress_report','final_report');
UPDATE cases SET next_due_stage = NULL WHERE next_due_stage NOT IN ('early_warning','incident_notification','intermediate_report','progress_report','final_report');
CREATE TABLE cases_new (
    id TEXT PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    regime TEXT NOT NULL CHECK (regime IN ('nis2','cra_vulnerability','cra_incident','dora','gdpr')),
    entity_id TEXT NOT NULL REFERENCES entities (id),
    entity_type TEXT NOT NULL,
    member_state TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('draft','early_warning_submitted','notified','progress_reported','final_reported','closed','withdrawn')),
    timezone TEXT NOT NULL,
    trust_service_provider BOOLEAN NOT NULL,
    aware_at TIMESTAMP NOT NULL,
    notification_submitted_at TIMESTAMP,
    progress_reported BOOLEAN NOT NULL,
    handled_at TIMESTAMP,
    title TEXT NOT NULL,
    incident_status TEXT NOT NULL CHECK (incident_status IN ('ongoing','contained','resolved')),
    severity TEXT CHECK (severity IN ('very_large','large','minor','none','unknown')),
    cross_border_flagged BOOLEAN NOT NULL,
    next_due_stage TEXT CHECK (next_due_stage IN ('early_warning','incident_notification','intermediate_report','progress_report','final_report')),
    next_due_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    version BIGINT NOT NULL,
    intermediate_request_id TEXT,
    intermediate_requested_at TIMESTAMP,
    intermediate_due_at TIMESTAMP,
    closure TEXT,
    waivers TEXT NOT NULL DEFAULT '[]',
    report_kind TEXT,
    voluntary BOOLEAN NOT NULL DEFAULT FALSE,
    language TEXT,
    threads TEXT NOT NULL DEFAULT '[]'
);
INSERT INTO cases_new SELECT * FROM cases;
DROP TABLE cases;
ALTER TABLE cases_new RENAME TO cases;
CREATE INDEX cases_by_entity ON cases (entity_id, created_at);
CREATE INDEX cases_by_next_due ON cases (next_due_at);
CREATE TABLE submissions_new (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (id),
    seq INTEGER NOT NULL,
    stage TEXT NOT NULL CHECK (stage IN ('early_warning','incident_notification','intermediate_report','progress_report','final_report')),
    version INTEGER NOT NULL,
    supersedes_id TEXT REFERENCES submissions (id),
    submitted_at TIMESTAMP NOT NULL,
    submitted_by TEXT NOT NULL,
    due_at TIMESTAMP,
    late BOOLEAN NOT NULL,
    review_status TEXT NOT NULL CHECK (review_status IN ('received','in_review','accepted','revision_requested')),
    facts TEXT NOT NULL,
    provided TEXT NOT NULL,
    entity_snapshot TEXT NOT NULL,
    incident_status TEXT,
    regime TEXT NOT NULL DEFAULT 'nis2',
    UNIQUE (case_id, seq)
);
INSERT INTO submissions_new SELECT * FROM submissions;
DROP TABLE submissions;
ALTER TABLE submissions_new RENAME TO submissions;
COMMIT;
PRAGMA foreign_keys = ON;
