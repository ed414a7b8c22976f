-- The removed informed copies are not restored (they were access nobody should keep).
DELETE FROM outbox_attempts WHERE outbox_id IN (SELECT id FROM outbox WHERE kind = 'share_package');
DELETE FROM outbox WHERE kind = 'share_package';
ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check CHECK (kind IN ('authority_notification', 'reporter_acknowledgement', 'unrouted_alert', 'deadline_reminder', 'overdue_notice', 'reporter_update'));
DROP TABLE share_package_recipients;
DROP TABLE share_packages;
