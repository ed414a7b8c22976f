DELETE FROM outbox_attempts WHERE outbox_id IN (SELECT id FROM outbox WHERE kind = 'authority_update');
DELETE FROM outbox WHERE kind = 'authority_update';
DELETE FROM case_events WHERE kind IN ('stage_waived', 'withdrawn');
ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check CHECK (kind IN ('authority_notification', 'reporter_acknowledgement', 'unrouted_alert', 'deadline_reminder', 'overdue_notice', 'reporter_update'));
ALTER TABLE case_events DROP CONSTRAINT case_events_kind_check;
ALTER TABLE case_events ADD CONSTRAINT case_events_kind_check CHECK (kind IN ('feedback','message_to_reporter','message_from_reporter','note','intermediate_request','review','assignment','closed','reopened','public_awareness'));
ALTER TABLE cases DROP COLUMN waivers;
ALTER TABLE cases DROP COLUMN closure;
