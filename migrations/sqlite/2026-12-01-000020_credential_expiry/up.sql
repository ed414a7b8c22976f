-- Revocable credentials (issue 12): authority tokens expire and remember when they were last
-- used (written at most once a minute per token). Tokens issued before expiry existed get the
-- default 90 days from this migration, so integrations have the full period to rotate.
ALTER TABLE authority_tokens ADD COLUMN expires_at TIMESTAMP;
ALTER TABLE authority_tokens ADD COLUMN last_used_at TIMESTAMP;
UPDATE authority_tokens SET expires_at = datetime('now', '+90 days') WHERE expires_at IS NULL;
CREATE INDEX authority_tokens_by_authority ON authority_tokens (authority_code, created_at);
