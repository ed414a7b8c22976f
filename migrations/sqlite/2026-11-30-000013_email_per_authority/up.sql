-- An e-mail address is unique within an authority, not across authorities: one person may
-- work for two, and adding a user must not reveal that another authority has the address.
-- SQLite cannot drop a UNIQUE column constraint: the table is rebuilt with foreign keys off.
PRAGMA foreign_keys = OFF;
BEGIN;
CREATE TABLE staff_users_new (
    id TEXT PRIMARY KEY,
    authority_code TEXT NOT NULL,
    email TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin','reviewer','observer')),
    password_hash TEXT NOT NULL,
    totp_secret TEXT,
    totp_enabled BOOLEAN NOT NULL,
    recovery_codes TEXT NOT NULL,
    failed_logins INTEGER NOT NULL,
    locked_until TIMESTAMP,
    disabled BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (authority_code, email)
);
INSERT INTO staff_users_new SELECT * FROM staff_users;
DROP TABLE staff_users;
ALTER TABLE staff_users_new RENAME TO staff_users;
CREATE INDEX staff_users_by_email ON staff_users (email);
COMMIT;
PRAGMA foreign_keys = ON;
