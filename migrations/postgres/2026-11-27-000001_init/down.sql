DROP TABLE idempotency_keys;
DROP TABLE submissions;
DROP TABLE cases;
DROP TABLE reference_counters;
DROP TABLE api_keys;
DROP TABLE entities;
