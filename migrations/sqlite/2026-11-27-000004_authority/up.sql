-- The authority side: staff accounts and sessions, API tokens, case handling, audit trail.
CREATE TABLE staff_users (
    id TEXT PRIMARY KEY,
    authority_code TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('admin','reviewer','observer')),
    password_hash TEXT NOT NULL,
    totp_secret TEXT,
    totp_enabled BOOLEAN NOT NULL,
    recovery_codes TEXT NOT NULL,
    failed_logins INTEGER NOT NULL,
    locked_until TIMESTAMP,
    disabled BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE staff_sessions (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES staff_users (id),
    second_factor_done BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL,
    last_seen_at TIMESTAMP NOT NULL
);

CREATE TABLE authority_tokens (
    id TEXT PRIMARY KEY,
    authority_code TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    label TEXT,
    created_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP
);

-- Per routed authority: who handles the case there and when it first gave feedback; and
-- copies of the case's queue keys (next deadline, state, arrival), kept in step by every
-- write of the case, so each authority's queue is one index range, not a join and a sort.
ALTER TABLE case_recipients ADD COLUMN assignee_id TEXT REFERENCES staff_users (id);
ALTER TABLE case_recipients ADD COLUMN feedback_at TIMESTAMP;
ALTER TABLE case_recipients ADD COLUMN queue_due_at TIMESTAMP NOT NULL DEFAULT '9999-12-31 00:00:00';
ALTER TABLE case_recipients ADD COLUMN case_state TEXT NOT NULL DEFAULT 'draft';
ALTER TABLE case_recipients ADD COLUMN received_at TIMESTAMP NOT NULL DEFAULT '1970-01-01 00:00:00';
UPDATE case_recipients SET
    queue_due_at = COALESCE((SELECT next_due_at FROM cases WHERE cases.id = case_recipients.case_id), '9999-12-31 00:00:00'),
    case_state = (SELECT state FROM cases WHERE cases.id = case_recipients.case_id),
    received_at = (SELECT created_at FROM cases WHERE cases.id = case_recipients.case_id);
CREATE INDEX case_recipients_queue ON case_recipients (authority_code, queue_due_at, case_id);
-- Superseded by the queue index (same leading column); scope checks use the primary key.
DROP INDEX case_recipients_by_authority;
CREATE INDEX case_recipients_received ON case_recipients (authority_code, received_at, case_id);

-- An open authority request for an intermediate report: its own pending stage and deadline.
ALTER TABLE cases ADD COLUMN intermediate_request_id TEXT;
ALTER TABLE cases ADD COLUMN intermediate_requested_at TIMESTAMP;
ALTER TABLE cases ADD COLUMN intermediate_due_at TIMESTAMP;

-- What happened on a case besides filings: feedback, messages both ways, internal notes,
-- requests, reviews, assignment, closing and reopening, public-awareness decisions.
CREATE TABLE case_events (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (id),
    at TIMESTAMP NOT NULL,
    authority_code TEXT,
    actor TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('feedback','message_to_reporter','message_from_reporter','note','intermediate_request','review','assignment','closed','reopened','public_awareness')),
    body TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX case_events_by_case ON case_events (case_id, at);

-- Append-only and hash-chained: each entry's hash covers its content and the previous hash.
CREATE TABLE audit_log (
    seq BIGINT PRIMARY KEY,
    at TIMESTAMP NOT NULL,
    actor TEXT NOT NULL,
    authority_code TEXT,
    action TEXT NOT NULL,
    case_id TEXT,
    detail TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_log_by_case ON audit_log (case_id, seq);

-- Reporters are told when an authority writes to them. SQLite cannot change a CHECK in
-- place: the outbox and its attempts are rebuilt, children first, so no reference dangles.
CREATE TABLE outbox_new (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('authority_notification', 'reporter_acknowledgement', 'unrouted_alert', 'deadline_reminder', 'overdue_notice', 'reporter_update')),
    dedupe_key TEXT NOT NULL UNIQUE,
    case_id TEXT REFERENCES cases (id),
    submission_id TEXT REFERENCES submissions (id),
    authority_code TEXT,
    recipients TEXT NOT NULL,
    payload TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
    attempts INTEGER NOT NULL,
    next_attempt_at TIMESTAMP NOT NULL,
    leased_until TIMESTAMP,
    lease_owner TEXT,
    sent_at TIMESTAMP,
    last_error TEXT,
    created_at TIMESTAMP NOT NULL
);
INSERT INTO outbox_new SELECT * FROM outbox;
CREATE TABLE outbox_attempts_new (
    id TEXT PRIMARY KEY,
    outbox_id TEXT NOT NULL REFERENCES outbox_new (id),
    attempted_at TIMESTAMP NOT NULL,
    error TEXT
);
INSERT INTO outbox_attempts_new SELECT * FROM outbox_attempts;
DROP TABLE outbox_attempts;
DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;
ALTER TABLE outbox_attempts_new RENAME TO outbox_attempts;
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
CREATE INDEX outbox_by_case ON outbox (case_id);
CREATE INDEX outbox_attempts_by_message ON outbox_attempts (outbox_id, attempted_at);
