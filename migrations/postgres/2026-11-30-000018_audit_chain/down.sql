DELETE FROM outbox_attempts WHERE outbox_id IN (SELECT id FROM outbox WHERE kind = 'audit_checkpoint');
DELETE FROM outbox WHERE kind = 'audit_checkpoint';
ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check CHECK (kind IN ('authority_notification', 'reporter_acknowledgement', 'unrouted_alert', 'deadline_reminder', 'overdue_notice', 'reporter_update', 'authority_update', 'share_package'));
ALTER TABLE audit_log DROP COLUMN chain;
