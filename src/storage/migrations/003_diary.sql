-- Schema v3: the learning diary ("my day"), mentors' comments, and recorded prompts.
-- A day's id is derived from its owner and date ("day:<person>:<YYYY-MM-DD>") so a day
-- begun on two tablets is one day after sync.

CREATE TABLE diary_day (
    id                TEXT PRIMARY KEY,
    owner             TEXT NOT NULL,
    hlc               INTEGER NOT NULL DEFAULT 0,
    origin            TEXT NOT NULL DEFAULT '',
    deleted           INTEGER NOT NULL DEFAULT 0,
    day               TEXT NOT NULL DEFAULT '',
    tasks             TEXT NOT NULL DEFAULT '[]',
    mood              TEXT,
    comments_seen_ms  INTEGER NOT NULL DEFAULT 0,
    created_ms        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX diary_day_owner ON diary_day (owner, day);

-- What she added to a day: a photo, a voice note, or a new word (picture + her voice).
CREATE TABLE diary_item (
    id           TEXT PRIMARY KEY,
    owner        TEXT NOT NULL,
    hlc          INTEGER NOT NULL DEFAULT 0,
    origin       TEXT NOT NULL DEFAULT '',
    deleted      INTEGER NOT NULL DEFAULT 0,
    day_id       TEXT NOT NULL DEFAULT '',
    kind         TEXT NOT NULL DEFAULT '',
    photo        TEXT,
    photo_thumb  TEXT,
    voice        TEXT,
    duration_ms  INTEGER NOT NULL DEFAULT 0,
    text         TEXT NOT NULL DEFAULT '',
    created_ms   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX diary_item_day ON diary_item (day_id);

-- A mentor's comment on a day: words, a voice note, or both.
CREATE TABLE diary_comment (
    id           TEXT PRIMARY KEY,
    owner        TEXT NOT NULL,
    hlc          INTEGER NOT NULL DEFAULT 0,
    origin       TEXT NOT NULL DEFAULT '',
    deleted      INTEGER NOT NULL DEFAULT 0,
    day_id       TEXT NOT NULL DEFAULT '',
    text         TEXT NOT NULL DEFAULT '',
    voice        TEXT,
    duration_ms  INTEGER NOT NULL DEFAULT 0,
    created_ms   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX diary_comment_day ON diary_comment (day_id);

-- A recorded clip for one prompt in one language ("<lang>/<message-id>").
CREATE TABLE prompt_clip (
    id           TEXT PRIMARY KEY,
    owner        TEXT NOT NULL,
    hlc          INTEGER NOT NULL DEFAULT 0,
    origin       TEXT NOT NULL DEFAULT '',
    deleted      INTEGER NOT NULL DEFAULT 0,
    voice        TEXT,
    duration_ms  INTEGER NOT NULL DEFAULT 0
);
