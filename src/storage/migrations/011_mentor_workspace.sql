-- Schema v11: the mentor's workspace — what each mentor has seen of each trainee, what
-- she suggests a trainee practises next, and erasures (a trainee's right to be forgotten).
--
-- `review_seen` is a mentor's own (id seen:<mentor>:<trainee>): everything of the
-- trainee made before `seen_ms` counts as seen by her. `practice_suggestion` is a
-- mentor's own: a word or a recipe for one trainee. `erasure` is a mentor's log, signed
-- with her key and written once (id erasure:<trainee>:<n>): every device that holds it
-- purges the trainee's rows, the values of every change about her, and her media
-- (`media` lists the files' hashes, a few hundred per row).

CREATE TABLE review_seen (
    id        TEXT PRIMARY KEY,
    owner     TEXT NOT NULL,
    hlc       INTEGER NOT NULL DEFAULT 0,
    origin    TEXT NOT NULL DEFAULT '',
    deleted   INTEGER NOT NULL DEFAULT 0,
    trainee   TEXT NOT NULL DEFAULT '',
    seen_ms   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX review_seen_owner ON review_seen (owner);

CREATE TABLE practice_suggestion (
    id            TEXT PRIMARY KEY,
    owner         TEXT NOT NULL,
    hlc           INTEGER NOT NULL DEFAULT 0,
    origin        TEXT NOT NULL DEFAULT '',
    deleted       INTEGER NOT NULL DEFAULT 0,
    trainee       TEXT NOT NULL DEFAULT '',
    kind          TEXT NOT NULL DEFAULT 'word',
    ref_id        TEXT NOT NULL DEFAULT '',
    suggested_ms  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX practice_suggestion_trainee ON practice_suggestion (trainee, suggested_ms);

CREATE TABLE erasure (
    id          TEXT PRIMARY KEY,
    owner       TEXT NOT NULL,
    hlc         INTEGER NOT NULL DEFAULT 0,
    origin      TEXT NOT NULL DEFAULT '',
    deleted     INTEGER NOT NULL DEFAULT 0,
    person      TEXT NOT NULL DEFAULT '',
    media       TEXT NOT NULL DEFAULT '[]',
    erased_ms   INTEGER NOT NULL DEFAULT 0
);

-- A trainee who left is archived (kept, but off the wall and the dashboard); the café
-- chooses which languages it offers (none listed: every language Mestre has).
ALTER TABLE person ADD COLUMN archived INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cafe ADD COLUMN languages TEXT NOT NULL DEFAULT '[]';

-- What the dashboard and the charts count per trainee since a moment, without reading
-- the rows of her practice log (the index covers the query; her diary items since a
-- moment use diary_item_owner_created, made in v10).
CREATE INDEX word_review_owner_day_rating ON word_review (owner, day, rating, reviewed_ms, deleted);

-- Her words she knows, by when she first met them, read from the index alone (charts).
CREATE INDEX word_card_known ON word_card (owner, step, first_ms);

-- Her word practice per day: local bookkeeping kept by the triggers below (as word_card
-- is), so twelve weeks of the whole group's answers are a few thousand small rows, not
-- every answer.
CREATE TABLE practice_day (
    owner    TEXT NOT NULL,
    day      TEXT NOT NULL,
    answers  INTEGER NOT NULL,
    again    INTEGER NOT NULL,
    PRIMARY KEY (owner, day)
) WITHOUT ROWID;
INSERT INTO practice_day (owner, day, answers, again)
    SELECT owner, day, COUNT(*), SUM(rating = 1) FROM word_review WHERE deleted = 0 GROUP BY owner, day;
CREATE TRIGGER practice_day_answered AFTER INSERT ON word_review WHEN NEW.deleted = 0
BEGIN
    INSERT INTO practice_day (owner, day, answers, again) VALUES (NEW.owner, NEW.day, 1, NEW.rating = 1)
        ON CONFLICT (owner, day) DO UPDATE SET answers = answers + 1, again = again + (NEW.rating = 1);
END;
CREATE TRIGGER practice_day_unanswered AFTER DELETE ON word_review WHEN OLD.deleted = 0
BEGIN
    UPDATE practice_day SET answers = answers - 1, again = again - (OLD.rating = 1) WHERE owner = OLD.owner AND day = OLD.day;
    DELETE FROM practice_day WHERE owner = OLD.owner AND day = OLD.day AND answers <= 0;
END;
