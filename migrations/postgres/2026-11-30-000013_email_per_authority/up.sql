-- An e-mail address is unique within an authority, not across authorities: one person may
-- work for two, and adding a user must not reveal that another authority has the address.
ALTER TABLE staff_users DROP CONSTRAINT staff_users_email_key;
ALTER TABLE staff_users ADD CONSTRAINT staff_users_authority_email_key UNIQUE (authority_code, email);
CREATE INDEX staff_users_by_email ON staff_users (email);
