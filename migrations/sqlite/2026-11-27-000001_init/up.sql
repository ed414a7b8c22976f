-- Reporting entities, API keys, cases, their immutable submissions, idempotency records.
CREATE TABLE entities (
    id TEXT PRIMARY KEY,
    legal_name TEXT NOT NULL,
    member_state TEXT NOT NULL,
    sector TEXT NOT NULL,
    subsector TEXT,
    entity_type TEXT NOT NULL,
    email TEXT NOT NULL,
    profile TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE api_keys (
    id TEXT PRIMARY KEY,
    entity_id TEXT NOT NULL REFERENCES entities (id),
    key_hash TEXT NOT NULL UNIQUE,
    label TEXT,
    created_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP
);

CREATE TABLE reference_counters (
    prefix TEXT PRIMARY KEY,
    last_value BIGINT NOT NULL
);

CREATE TABLE cases (
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
    version BIGINT NOT NULL
);
CREATE INDEX cases_by_entity ON cases (entity_id, created_at);
CREATE INDEX cases_by_next_due ON cases (next_due_at);

CREATE TABLE submissions (
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
    UNIQUE (case_id, seq)
);

CREATE TABLE idempotency_keys (
    api_key_id TEXT NOT NULL REFERENCES api_keys (id),
    idem_key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status INTEGER NOT NULL,
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (api_key_id, idem_key)
);
