-- Each filing's stated incident status, beside the filing: whether the progress path of
-- Art. 23(4)(e) applies depends on the status filed by the final report's due time.
ALTER TABLE submissions ADD COLUMN incident_status TEXT;
UPDATE submissions SET incident_status = (facts::json ->> 'incident_status');
