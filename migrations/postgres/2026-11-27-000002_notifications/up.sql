-- Who each case was routed to, and the outbox of notification mail with its attempts.
CREATE TABLE case_recipients (
    case_id TEXT NOT NULL REFERENCES cases (id),
    authority_code TEXT NOT NULL,
    role TEXT NOT NULL,
    informed BOOLEAN NOT NULL,
    PRIMARY KEY (case_id, authority_code)
);
CREATE INDEX case_recipients_by_authority ON case_recipients (authority_code, case_id);

CREATE TABLE outbox (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('authority_notification', 'reporter_acknowledgement', 'unrouted_alert', 'deadline_reminder', 'overdue_notice')),
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
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
CREATE INDEX outbox_by_case ON outbox (case_id);

CREATE TABLE outbox_attempts (
    id TEXT PRIMARY KEY,
    outbox_id TEXT NOT NULL REFERENCES outbox (id),
    attempted_at TIMESTAMP NOT NULL,
    error TEXT
);
CREATE INDEX outbox_attempts_by_message ON outbox_attempts (outbox_id, attempted_at);
