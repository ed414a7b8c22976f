DROP INDEX staff_users_by_email;
ALTER TABLE staff_users DROP CONSTRAINT staff_users_authority_email_key;
ALTER TABLE staff_users ADD CONSTRAINT staff_users_email_key UNIQUE (email);
