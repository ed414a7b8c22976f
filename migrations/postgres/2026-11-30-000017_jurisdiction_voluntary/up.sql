-- NIS2 Art. 26 and Art. 30 (spec §2.2, §7): a browser filer's organisation is found again by
-- (registration id, member state); entities filed through the web form are `web` (unverified,
-- linkable by staff to a registered entity); voluntary notifications carry their kind.
ALTER TABLE entities ADD COLUMN registration_id TEXT;
ALTER TABLE entities ADD COLUMN origin TEXT NOT NULL DEFAULT 'registered';
UPDATE entities SET registration_id = (profile::json ->> 'registration_id');
UPDATE entities SET origin = 'web' WHERE id NOT IN (SELECT entity_id FROM api_keys);
CREATE INDEX entities_registration ON entities (registration_id, member_state);
-- NULL: a mandatory report; else voluntary_incident, cyber_threat or near_miss.
ALTER TABLE cases ADD COLUMN report_kind TEXT;
ALTER TABLE cases ADD COLUMN voluntary BOOLEAN NOT NULL DEFAULT FALSE;
