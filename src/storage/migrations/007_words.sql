-- Schema v7: the word bank and each trainee's practice log.
--
-- Starter words live in the content pack (assets/words), not here: a `word` row with a
-- `pack_key` holds only what the café changed about that starter word (its photo, its
-- recording in the working language, a better spelling; '' and NULL mean "as the pack
-- has it"), so a new pack in a new version reaches every café. Words the café adds are
-- rows of their own (`pack_key` ''). `text` is the word in the café's working language
-- (Norwegian, or Swedish), with its article ("en kniv"). Shared records: anyone of the
-- café edits them, merged per field.

CREATE TABLE word (
    id           TEXT PRIMARY KEY,
    owner        TEXT NOT NULL,
    hlc          INTEGER NOT NULL DEFAULT 0,
    origin       TEXT NOT NULL DEFAULT '',
    deleted      INTEGER NOT NULL DEFAULT 0,
    pack_key     TEXT NOT NULL DEFAULT '',
    category     TEXT,
    text         TEXT NOT NULL DEFAULT '',
    photo        TEXT,
    photo_thumb  TEXT,
    voice        TEXT,
    voice_ms     INTEGER NOT NULL DEFAULT 0,
    created_ms   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX word_pack_key ON word (pack_key) WHERE pack_key <> '';

-- A word in one language besides the working language: its text and a recording. The id is
-- "<word id>/<language>", the same on every device, so two people who add the same
-- translation on two tablets edit one row.
CREATE TABLE word_translation (
    id           TEXT PRIMARY KEY,
    owner        TEXT NOT NULL,
    hlc          INTEGER NOT NULL DEFAULT 0,
    origin       TEXT NOT NULL DEFAULT '',
    deleted      INTEGER NOT NULL DEFAULT 0,
    word_id      TEXT NOT NULL DEFAULT '',
    lang         TEXT NOT NULL DEFAULT '',
    text         TEXT NOT NULL DEFAULT '',
    voice        TEXT,
    voice_ms     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX word_translation_lang ON word_translation (lang, word_id);

-- One answer in a practice session: which word, how it went, and the word's memory
-- state after it (FSRS stability and difficulty, in thousandths) with its next due
-- time. Her own log, never changed once written.
CREATE TABLE word_review (
    id               TEXT PRIMARY KEY,
    owner            TEXT NOT NULL,
    hlc              INTEGER NOT NULL DEFAULT 0,
    origin           TEXT NOT NULL DEFAULT '',
    deleted          INTEGER NOT NULL DEFAULT 0,
    word_id          TEXT NOT NULL DEFAULT '',
    mode             TEXT NOT NULL DEFAULT '',
    rating           INTEGER NOT NULL DEFAULT 0,
    reviewed_ms      INTEGER NOT NULL DEFAULT 0,
    day              TEXT NOT NULL DEFAULT '',
    elapsed_days     INTEGER NOT NULL DEFAULT 0,
    stability_milli  INTEGER NOT NULL DEFAULT 0,
    difficulty_milli INTEGER NOT NULL DEFAULT 0,
    step             INTEGER NOT NULL DEFAULT 0,
    due_ms           INTEGER NOT NULL DEFAULT 0,
    recording        TEXT,
    duration_ms      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX word_review_owner_day ON word_review (owner, day);
CREATE INDEX word_review_word ON word_review (owner, word_id);

-- Where each of her words stands: the newest review of it. Local bookkeeping kept by the
-- triggers below, so a review made here and one that arrives from her other tablet count
-- alike, and "what is due" is one small indexed read.
CREATE TABLE word_card (
    owner            TEXT NOT NULL,
    word_id          TEXT NOT NULL,
    first_ms         INTEGER NOT NULL,
    reviewed_ms      INTEGER NOT NULL,
    due_ms           INTEGER NOT NULL,
    stability_milli  INTEGER NOT NULL,
    difficulty_milli INTEGER NOT NULL,
    step             INTEGER NOT NULL,
    reviews          INTEGER NOT NULL,
    PRIMARY KEY (owner, word_id)
) WITHOUT ROWID;
CREATE INDEX word_card_due ON word_card (owner, due_ms);
CREATE INDEX word_card_first ON word_card (owner, first_ms);

CREATE TRIGGER word_review_inserted AFTER INSERT ON word_review WHEN NEW.deleted = 0 AND NEW.word_id <> ''
BEGIN
    INSERT INTO word_card (owner, word_id, first_ms, reviewed_ms, due_ms, stability_milli, difficulty_milli, step, reviews)
    VALUES (NEW.owner, NEW.word_id, NEW.reviewed_ms, NEW.reviewed_ms, NEW.due_ms, NEW.stability_milli, NEW.difficulty_milli, NEW.step, 1)
    ON CONFLICT (owner, word_id) DO UPDATE SET
        reviews = reviews + 1,
        first_ms = min(first_ms, excluded.first_ms),
        reviewed_ms = CASE WHEN excluded.reviewed_ms >= reviewed_ms THEN excluded.reviewed_ms ELSE reviewed_ms END,
        due_ms = CASE WHEN excluded.reviewed_ms >= reviewed_ms THEN excluded.due_ms ELSE due_ms END,
        stability_milli = CASE WHEN excluded.reviewed_ms >= reviewed_ms THEN excluded.stability_milli ELSE stability_milli END,
        difficulty_milli = CASE WHEN excluded.reviewed_ms >= reviewed_ms THEN excluded.difficulty_milli ELSE difficulty_milli END,
        step = CASE WHEN excluded.reviewed_ms >= reviewed_ms THEN excluded.step ELSE step END;
END;

-- A row rebuilt from the log (or erased) is counted again from the reviews that remain.
CREATE TRIGGER word_review_deleted AFTER DELETE ON word_review
BEGIN
    DELETE FROM word_card WHERE owner = OLD.owner AND word_id = OLD.word_id;
    INSERT INTO word_card (owner, word_id, first_ms, reviewed_ms, due_ms, stability_milli, difficulty_milli, step, reviews)
    SELECT owner, word_id,
           (SELECT min(reviewed_ms) FROM word_review c WHERE c.owner = OLD.owner AND c.word_id = OLD.word_id AND c.deleted = 0),
           reviewed_ms, due_ms, stability_milli, difficulty_milli, step,
           (SELECT count(*) FROM word_review c WHERE c.owner = OLD.owner AND c.word_id = OLD.word_id AND c.deleted = 0)
    FROM word_review WHERE owner = OLD.owner AND word_id = OLD.word_id AND deleted = 0
    ORDER BY reviewed_ms DESC, id DESC LIMIT 1;
END;

-- Which words changed, in order: kept by the triggers below, so a screen that keeps the
-- words it read re-reads only those that changed since — whoever wrote them, on this
-- connection or on a sync's. The newest `seq` is the bank's version. Only the last 5 000
-- are kept (a reader further behind reads everything). Local bookkeeping: never synced.
CREATE TABLE word_bank_change (
    seq     INTEGER PRIMARY KEY AUTOINCREMENT,
    word_id TEXT NOT NULL
);
CREATE TRIGGER word_bank_change_pruned AFTER INSERT ON word_bank_change
BEGIN
    DELETE FROM word_bank_change WHERE seq <= NEW.seq - 5000;
END;
CREATE TRIGGER word_inserted AFTER INSERT ON word BEGIN INSERT INTO word_bank_change (word_id) VALUES (NEW.id); END;
CREATE TRIGGER word_updated AFTER UPDATE ON word BEGIN INSERT INTO word_bank_change (word_id) VALUES (NEW.id); END;
CREATE TRIGGER word_deleted AFTER DELETE ON word BEGIN INSERT INTO word_bank_change (word_id) VALUES (OLD.id); END;
CREATE TRIGGER word_translation_inserted AFTER INSERT ON word_translation
BEGIN INSERT INTO word_bank_change (word_id) VALUES (NEW.word_id); END;
CREATE TRIGGER word_translation_updated AFTER UPDATE ON word_translation
BEGIN INSERT INTO word_bank_change (word_id) VALUES (NEW.word_id); END;
CREATE TRIGGER word_translation_deleted AFTER DELETE ON word_translation
BEGIN INSERT INTO word_bank_change (word_id) VALUES (OLD.word_id); END;
