-- Bounded unauthenticated storage (issue 12): a new report's draft remembers a keyed hash of
-- the client address that saved it (the per-address quota counts these), drafts expire by
-- their last save, and sign-in failures remember when they last happened so the cleanup job
-- can forget old ones. The indexes serve the cleanup job's range deletes.
ALTER TABLE drafts ADD COLUMN address_hash TEXT;
CREATE INDEX drafts_by_address ON drafts (address_hash, updated_at);
CREATE INDEX drafts_by_age ON drafts (updated_at);
ALTER TABLE sign_in_failures ADD COLUMN last_failure_at TIMESTAMP;
CREATE INDEX idempotency_keys_by_age ON idempotency_keys (created_at);
CREATE INDEX staff_sessions_by_age ON staff_sessions (last_seen_at);
