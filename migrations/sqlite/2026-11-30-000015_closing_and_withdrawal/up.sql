-- Closing, waiving and withdrawal (spec §1.5): how a case ended and the stages waived, as JSON;
-- the new case events (a stage waived, a withdrawal) and the authorities' update mail.
-- SQLite cannot change a CHECK in place: both tables are rebuilt with foreign keys off.
PRAGMA foreign_keys = OFF;
BEGIN;
ALTER TABLE cases ADD COLUMN closure TEXT;
ALTER TABLE cases ADD COLUMN waivers TEXT NOT NULL DEFAULT '[]';
CREATE TABLE case_events_new (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (id),
    at TIMESTAMP NOT NULL,
    authority_code TEXT,
    actor TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('feedback','message_to_reporter','message_from_reporter','note','intermediate_request','review','assignment','closed','reopened','public_awareness','stage_waived','withdrawn')),
    body TEXT NOT NULL,
    data TEXT NOT NULL
);
INSERT INTO case_events_new SELECT * FROM case_events;
DROP TABLE case_events;
ALTER TABLE case_events_new RENAME TO case_events;
CREATE INDEX case_events_by_case ON case_events (case_id, at);
CREATE TABLE outbox_new (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('authority_notification', 'reporter_acknowledgement', 'unrouted_alert', 'deadline_reminder', 'overdue_notice', 'reporter_update', 'authority_update')),
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
