-- Share packages (spec v0.2 §5, §6; NIS2 Art. 23(6), 23(8), 23(10)). Authorities of the
-- member states named in `cross_border_ms` no longer see a case by routing: the receiving
-- authority shares a package (chosen fields, TLP, note) with whom it decides.
--
-- The v0.1 "informed" copies (case_recipients.informed = true) gave those authorities full
-- read access to the whole case. They are DELETED, not converted into packages: a package
-- made by the migration would share fields nobody at the receiving authority chose (Art.
-- 23(6) leaves that decision to it, "where appropriate"), and a package with no fields would
-- show nothing and only add noise to every list. The authority in charge shares a package
-- where it sees fit. Their mail still waiting in the outbox is given up (marked failed with
-- the reason) so it never tells them of the case; mail already sent and the audit trail stay
-- as they are (audit rows are never rewritten; their hash chain stays valid).
UPDATE outbox SET status = 'failed',
    last_error = 'withdrawn by migration 000016: other member states receive share packages, not copies (spec v0.2 §5)'
WHERE status = 'pending' AND kind = 'authority_notification'
  AND EXISTS (SELECT 1 FROM case_recipients r
              WHERE r.case_id = outbox.case_id AND r.authority_code = outbox.authority_code
                AND r.informed = TRUE);
DELETE FROM case_recipients WHERE informed = TRUE;

CREATE TABLE share_packages (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (id),
    -- The authority that shared it (one the case is routed to).
    sender_code TEXT NOT NULL,
    -- JSON array of the chosen field codes, and the values shared, frozen at creation.
    fields TEXT NOT NULL,
    content TEXT NOT NULL,
    tlp TEXT NOT NULL CHECK (tlp IN ('clear', 'green', 'amber', 'amber_strict', 'red')),
    note TEXT NOT NULL,
    redact_identity BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL,
    created_by TEXT NOT NULL,
    revoked_at TIMESTAMP,
    revoked_by TEXT
);
CREATE INDEX share_packages_by_case ON share_packages (case_id, created_at);

CREATE TABLE share_package_recipients (
    package_id TEXT NOT NULL REFERENCES share_packages (id),
    authority_code TEXT NOT NULL,
    PRIMARY KEY (package_id, authority_code)
);
CREATE INDEX share_package_recipients_by_authority ON share_package_recipients (authority_code, package_id);

-- The recipients of a package are mailed.
ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check CHECK (kind IN ('authority_notification', 'reporter_acknowledgement', 'unrouted_alert', 'deadline_reminder', 'overdue_notice', 'reporter_update', 'authority_update', 'share_package'));
