DROP TABLE outbox_attempts;
DROP TABLE outbox;
DROP TABLE case_recipients;
