-- Failed sign-ins per (account e-mail, client address): the lock holds for one address, so a
-- stranger elsewhere cannot lock a user out; the key is the e-mail's SHA-256, so unknown
-- addresses lock exactly like real accounts and reveal nothing.
CREATE TABLE sign_in_failures (
    email_hash TEXT NOT NULL,
    address TEXT NOT NULL,
    failures INTEGER NOT NULL,
    locked_until TIMESTAMP,
    PRIMARY KEY (email_hash, address)
);

-- The last TOTP time step each user signed in with: a code is accepted once.
CREATE TABLE staff_totp_steps (
    user_id TEXT PRIMARY KEY REFERENCES staff_users (id),
    last_step BIGINT NOT NULL
);
