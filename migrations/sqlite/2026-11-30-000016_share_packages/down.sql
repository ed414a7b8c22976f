-- The removed informed copies are not restored (they were access nobody should keep).
PRAGMA foreign_keys = OFF;
BEGIN;
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
DELETE FROM outbox_attempts WHERE outbox_id IN (SELECT id FROM outbox WHERE kind = 'share_package');
DELETE FROM outbox WHERE kind = 'share_package';
INSERT INTO outbox_new SELECT * FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
CREATE INDEX outbox_by_case ON outbox (case_id);
DROP TABLE share_package_recipients;
DROP TABLE share_packages;
COMMIT;
PRAGMA foreign_keys = ON;
