-- The keyed audit chain (issue 12): entries written from now on carry chain = 2 and an
-- HMAC-SHA-256 under a key kept outside the database; existing entries keep chain = 1 (plain
-- SHA-256) and verify as they are. No audit row is rewritten.
--
-- Platform administrators are mailed the day's signed checkpoint of the chain head. SQLite
-- cannot change a CHECK in place: the outbox is rebuilt with foreign keys off (outbox_attempts
-- refers to it by name). The kinds of migrations 000015 and 000016 are kept in the list.
PRAGMA foreign_keys = OFF;
BEGIN;
ALTER TABLE audit_log ADD COLUMN chain INTEGER NOT NULL DEFAULT 1;
CREATE TABLE outbox_new (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('authority_notification', 'reporter_acknowledgement', 'unrouted_alert', 'deadline_reminder', 'overdue_notice', 'reporter_update', 'authority_update', 'share_package', 'audit_checkpoint')),
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
DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
CREATE INDEX outbox_by_case ON outbox (case_id);
COMMIT;
PRAGMA foreign_keys = ON;
