DROP INDEX authority_tokens_by_authority;
ALTER TABLE authority_tokens DROP COLUMN last_used_at;
ALTER TABLE authority_tokens DROP COLUMN expires_at;
