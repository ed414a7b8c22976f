-- Mail to unverified addresses (issue 12): an address typed into the public form has
-- "answered" once someone opened the follow-up link from a mail sent to it (the link carries
-- a proof only that mail has). Until then, mail to it carries no text the filer typed.
CREATE TABLE mail_answers (
    entity_id TEXT NOT NULL,
    address TEXT NOT NULL,
    answered_at TIMESTAMP NOT NULL,
    PRIMARY KEY (entity_id, address)
);
