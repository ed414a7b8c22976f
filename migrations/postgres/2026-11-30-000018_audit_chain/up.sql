-- The keyed audit chain (issue 12): entries written from now on carry chain = 2 and an
-- HMAC-SHA-256 under a key kept outside the database; existing entries keep chain = 1 (plain
-- SHA-256) and verify as they are. No audit row is rewritten.
ALTER TABLE audit_log ADD COLUMN chain INTEGER NOT NULL DEFAULT 1;

-- Platform administrators are mailed the day's signed checkpoint of the chain head. The
-- kinds of migrations 000015 and 000016 are kept in the list.
ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check CHECK (kind IN ('authority_notification', 'reporter_acknowledgement', 'unrouted_alert', 'deadline_reminder', 'overdue_notice', 'reporter_update', 'authority_update', 'share_package', 'audit_checkpoint'));
