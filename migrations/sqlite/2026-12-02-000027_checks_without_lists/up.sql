-- SQLite builds a temporary b-tree for every `col IN ('a','b','c')` CHECK each time a row is
-- written: 13 of them per filing, about a fifth of the intake path's instructions. The same
-- constraints as chains of `=` cost a few comparisons. Nothing stored changes; SQLite cannot
-- change a CHECK in place, so the tables are rebuilt with foreign keys off.
-- (PostgreSQL evaluates IN lists without building anything: it keeps its constraints.)
PRAGMA foreign_keys = OFF;
BEGIN;
CREATE TABLE cases_new (
    id TEXT PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    regime TEXT NOT NULL CHECK (regime = 'nis2' OR regime = 'cra_vulnerability' OR regime = 'cra_incident' OR regime = 'dora' OR regime = 'gdpr'),
    entity_id TEXT NOT NULL REFERENCES entities (id),
    entity_type TEXT NOT NULL,
    member_state TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state = 'draft' OR state = 'early_warning_submitted' OR state = 'notified' OR state = 'progress_reported' OR state = 'final_reported' OR state = 'closed' OR state = 'withdrawn'),
    timezone TEXT NOT NULL,
    trust_service_provider BOOLEAN NOT NULL,
    aware_at TIMESTAMP NOT NULL,
    notification_submitted_at TIMESTAMP,
    progress_reported BOOLEAN NOT NULL,
    handled_at TIMESTAMP,
    title TEXT NOT NULL,
    incident_status TEXT NOT NULL CHECK (incident_status = 'ongoing' OR incident_status = 'contained' OR incident_status = 'resolved'),
    severity TEXT CHECK (severity = 'very_large' OR severity = 'large' OR severity = 'minor' OR severity = 'none' OR severity = 'unknown'),
    cross_border_flagged BOOLEAN NOT NULL,
    next_due_stage TEXT CHECK (next_due_stage = 'early_warning' OR next_due_stage = 'incident_notification' OR next_due_stage = 'intermediate_report' OR next_due_stage = 'progress_report' OR next_due_stage = 'final_report' OR next_due_stage = 'initial_notification' OR next_due_stage = 'major_incident_reclassified_as_non_major' OR next_due_stage = 'breach_notification' OR next_due_stage = 'supplement' OR next_due_stage = 'vulnerability_notification'),
    next_due_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    version BIGINT NOT NULL
, intermediate_request_id TEXT, intermediate_requested_at TIMESTAMP, intermediate_due_at TIMESTAMP, closure TEXT, waivers TEXT NOT NULL DEFAULT '[]', report_kind TEXT, voluntary BOOLEAN NOT NULL DEFAULT FALSE, language TEXT, threads TEXT NOT NULL DEFAULT '[]');
INSERT INTO cases_new SELECT * FROM cases;
DROP TABLE cases;
ALTER TABLE cases_new RENAME TO cases;
CREATE INDEX cases_by_entity ON cases (entity_id, created_at);
CREATE INDEX cases_by_next_due ON cases (next_due_at);
CREATE TABLE submissions_new (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (id),
    seq INTEGER NOT NULL,
    stage TEXT NOT NULL CHECK (stage = 'early_warning' OR stage = 'incident_notification' OR stage = 'intermediate_report' OR stage = 'progress_report' OR stage = 'final_report' OR stage = 'initial_notification' OR stage = 'major_incident_reclassified_as_non_major' OR stage = 'breach_notification' OR stage = 'supplement' OR stage = 'vulnerability_notification'),
    version INTEGER NOT NULL,
    supersedes_id TEXT REFERENCES submissions (id),
    submitted_at TIMESTAMP NOT NULL,
    submitted_by TEXT NOT NULL,
    due_at TIMESTAMP,
    late BOOLEAN NOT NULL,
    review_status TEXT NOT NULL CHECK (review_status = 'received' OR review_status = 'in_review' OR review_status = 'accepted' OR review_status = 'revision_requested'),
    facts TEXT NOT NULL,
    provided TEXT NOT NULL,
    entity_snapshot TEXT NOT NULL, incident_status TEXT, regime TEXT NOT NULL DEFAULT 'nis2',
    UNIQUE (case_id, seq)
);
INSERT INTO submissions_new SELECT * FROM submissions;
DROP TABLE submissions;
ALTER TABLE submissions_new RENAME TO submissions;
CREATE TABLE outbox_new (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind = 'authority_notification' OR kind = 'reporter_acknowledgement' OR kind = 'unrouted_alert' OR kind = 'deadline_reminder' OR kind = 'overdue_notice' OR kind = 'reporter_update' OR kind = 'authority_update' OR kind = 'share_package' OR kind = 'audit_checkpoint'),
    dedupe_key TEXT NOT NULL UNIQUE,
    case_id TEXT REFERENCES cases (id),
    submission_id TEXT REFERENCES submissions (id),
    authority_code TEXT,
    recipients TEXT NOT NULL,
    payload TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status = 'pending' OR status = 'sent' OR status = 'failed'),
    attempts INTEGER NOT NULL,
    next_attempt_at TIMESTAMP NOT NULL,
    leased_until TIMESTAMP,
    lease_owner TEXT,
    sent_at TIMESTAMP,
    last_error TEXT,
    created_at TIMESTAMP NOT NULL
);
INSERT INTO outbox_new SELECT * FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;
CREATE INDEX outbox_by_case ON outbox (case_id);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
CREATE TABLE drafts_new (
    id TEXT PRIMARY KEY,
    token_hash TEXT UNIQUE,
    case_id TEXT REFERENCES cases (id),
    stage TEXT NOT NULL CHECK (stage = 'early_warning' OR stage = 'incident_notification' OR stage = 'intermediate_report' OR stage = 'progress_report' OR stage = 'final_report' OR stage = 'initial_notification' OR stage = 'major_incident_reclassified_as_non_major' OR stage = 'breach_notification' OR stage = 'supplement' OR stage = 'vulnerability_notification'),
    form TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL, address_hash TEXT,
    CHECK ((token_hash IS NULL) <> (case_id IS NULL)),
    UNIQUE (case_id, stage)
);
INSERT INTO drafts_new SELECT * FROM drafts;
DROP TABLE drafts;
ALTER TABLE drafts_new RENAME TO drafts;
CREATE INDEX drafts_by_address ON drafts (address_hash, updated_at);
CREATE INDEX drafts_by_age ON drafts (updated_at);
CREATE TABLE case_events_new (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (id),
    at TIMESTAMP NOT NULL,
    authority_code TEXT,
    actor TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind = 'feedback' OR kind = 'message_to_reporter' OR kind = 'message_from_reporter' OR kind = 'note' OR kind = 'intermediate_request' OR kind = 'review' OR kind = 'assignment' OR kind = 'closed' OR kind = 'reopened' OR kind = 'public_awareness' OR kind = 'stage_waived' OR kind = 'withdrawn'),
    body TEXT NOT NULL,
    data TEXT NOT NULL
);
INSERT INTO case_events_new SELECT * FROM case_events;
DROP TABLE case_events;
ALTER TABLE case_events_new RENAME TO case_events;
CREATE INDEX case_events_by_case ON case_events (case_id, at);
CREATE TABLE share_packages_new (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (id),
    -- The authority that shared it (one the case is routed to).
    sender_code TEXT NOT NULL,
    -- JSON array of the chosen field codes, and the values shared, frozen at creation.
    fields TEXT NOT NULL,
    content TEXT NOT NULL,
    tlp TEXT NOT NULL CHECK (tlp = 'clear' OR tlp = 'green' OR tlp = 'amber' OR tlp = 'amber_strict' OR tlp = 'red'),
    note TEXT NOT NULL,
    redact_identity BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL,
    created_by TEXT NOT NULL,
    revoked_at TIMESTAMP,
    revoked_by TEXT
);
INSERT INTO share_packages_new SELECT * FROM share_packages;
DROP TABLE share_packages;
ALTER TABLE share_packages_new RENAME TO share_packages;
CREATE INDEX share_packages_by_case ON share_packages (case_id, created_at);
CREATE TABLE staff_users_new (
    id TEXT PRIMARY KEY,
    authority_code TEXT NOT NULL,
    email TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role = 'admin' OR role = 'reviewer' OR role = 'observer'),
    password_hash TEXT NOT NULL,
    totp_secret TEXT,
    totp_enabled BOOLEAN NOT NULL,
    recovery_codes TEXT NOT NULL,
    failed_logins INTEGER NOT NULL,
    locked_until TIMESTAMP,
    disabled BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL, must_change_password BOOLEAN NOT NULL DEFAULT FALSE, language TEXT NOT NULL DEFAULT 'en',
    UNIQUE (authority_code, email)
);
INSERT INTO staff_users_new SELECT * FROM staff_users;
DROP TABLE staff_users;
ALTER TABLE staff_users_new RENAME TO staff_users;
CREATE INDEX staff_users_by_email ON staff_users (email);
COMMIT;
PRAGMA foreign_keys = ON;
