-- Credentials (issue 12): a password set by an administrator (the Users page, a reset, the
-- CLI) must be changed by its user at first sign-in, so that no administrator knows a
-- password in use. Existing accounts keep the passwords they have.
ALTER TABLE staff_users ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
