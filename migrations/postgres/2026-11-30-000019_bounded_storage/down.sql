DROP INDEX staff_sessions_by_age;
DROP INDEX idempotency_keys_by_age;
ALTER TABLE sign_in_failures DROP COLUMN last_failure_at;
DROP INDEX drafts_by_age;
DROP INDEX drafts_by_address;
ALTER TABLE drafts DROP COLUMN address_hash;
