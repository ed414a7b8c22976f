-- Closing, waiving and withdrawal (spec §1.5): how a case ended and the stages waived, as JSON;
-- the new case events (a stage waived, a withdrawal) and the authorities' update mail.
ALTER TABLE cases ADD COLUMN closure TEXT;
ALTER TABLE cases ADD COLUMN waivers TEXT NOT NULL DEFAULT '[]';
ALTER TABLE case_events DROP CONSTRAINT case_events_kind_check;
ALTER TABLE case_events ADD CONSTRAINT case_events_kind_check CHECK (kind IN ('feedback','message_to_reporter','message_from_reporter','note','intermediate_request','review','assignment','closed','reopened','public_awareness','stage_waived','withdrawn'));
ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check CHECK (kind IN ('authority_notification', 'reporter_acknowledgement', 'unrouted_alert', 'deadline_reminder', 'overdue_notice', 'reporter_update', 'authority_update'));
