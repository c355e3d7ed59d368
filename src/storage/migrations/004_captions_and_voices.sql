-- Schema v4: her language beside Norwegian, and voices for every language.

-- Which language her captions show first: hers (0) or the working language (1).
ALTER TABLE person ADD COLUMN work_language_first INTEGER NOT NULL DEFAULT 0;

-- Device-local, never synced: how often each prompt was heard on this device, so the
-- recording studio offers the most heard prompts first.
CREATE TABLE prompt_heard (
    message_id  TEXT PRIMARY KEY,
    count       INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
