-- Browser filing: each case's private follow-up link (its hash only) and unfinished drafts.
-- Keyed by case id (time-ordered, so each filing appends instead of dirtying a random page;
-- the token names its case and is checked against the stored hash).
CREATE TABLE follow_up_links (
    case_id TEXT PRIMARY KEY REFERENCES cases (id),
    token_hash TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
) WITHOUT ROWID;

-- A draft of a new report is reached by its own link (token_hash); a draft of a later stage
-- belongs to its case and is reached through the case's follow-up link.
CREATE TABLE drafts (
    id TEXT PRIMARY KEY,
    token_hash TEXT UNIQUE,
    case_id TEXT REFERENCES cases (id),
    stage TEXT NOT NULL CHECK (stage IN ('early_warning','incident_notification','intermediate_report','progress_report','final_report')),
    form TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    CHECK ((token_hash IS NULL) <> (case_id IS NULL)),
    UNIQUE (case_id, stage)
);
