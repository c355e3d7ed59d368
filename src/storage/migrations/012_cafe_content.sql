-- Schema v12: the café's own content beside the starter packs — its task cards, its
-- foods for the fridge, its curriculum aims — and every content item in every language.
--
-- All four are the café's administration (mentors only, signed). `task_card`,
-- `fridge_food` and `competence_aim` hold the café's own items (ids `cafe-<uuid>`) and,
-- under a starter item's own id, only whether the café hides it. `content_language`
-- (id `<lang>/<item>`, the item being `task:<id>`, `food:<key>`, `aim:<id>`,
-- `aim-plain:<id>`, `recipe:<id>` or `step:<id>`) holds what the café wrote for one of
-- its own items in another language, and a recording of any item in any language.

CREATE TABLE task_card (
    id           TEXT PRIMARY KEY,
    owner        TEXT NOT NULL,
    hlc          INTEGER NOT NULL DEFAULT 0,
    origin       TEXT NOT NULL DEFAULT '',
    deleted      INTEGER NOT NULL DEFAULT 0,
    area         TEXT NOT NULL DEFAULT 'kitchen',
    text         TEXT NOT NULL DEFAULT '',
    picture      TEXT NOT NULL DEFAULT '',
    photo        TEXT,
    photo_thumb  TEXT,
    hidden       INTEGER NOT NULL DEFAULT 0,
    created_ms   INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE fridge_food (
    id           TEXT PRIMARY KEY,
    owner        TEXT NOT NULL,
    hlc          INTEGER NOT NULL DEFAULT 0,
    origin       TEXT NOT NULL DEFAULT '',
    deleted      INTEGER NOT NULL DEFAULT 0,
    name         TEXT NOT NULL DEFAULT '',
    picture      TEXT NOT NULL DEFAULT '',
    class        TEXT NOT NULL DEFAULT '',
    after        TEXT NOT NULL DEFAULT 'made',
    allergens    TEXT NOT NULL DEFAULT '',
    hidden       INTEGER NOT NULL DEFAULT 0,
    created_ms   INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE competence_aim (
    id          TEXT PRIMARY KEY,
    owner       TEXT NOT NULL,
    hlc         INTEGER NOT NULL DEFAULT 0,
    origin      TEXT NOT NULL DEFAULT '',
    deleted     INTEGER NOT NULL DEFAULT 0,
    code        TEXT NOT NULL DEFAULT '',
    title       TEXT NOT NULL DEFAULT '',
    plain       TEXT NOT NULL DEFAULT '',
    official    TEXT NOT NULL DEFAULT '',
    picture     TEXT NOT NULL DEFAULT '',
    tasks       TEXT NOT NULL DEFAULT '[]',
    fridge      INTEGER NOT NULL DEFAULT 0,
    words       INTEGER NOT NULL DEFAULT 0,
    hidden      INTEGER NOT NULL DEFAULT 0,
    created_ms  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE content_language (
    id        TEXT PRIMARY KEY,
    owner     TEXT NOT NULL,
    hlc       INTEGER NOT NULL DEFAULT 0,
    origin    TEXT NOT NULL DEFAULT '',
    deleted   INTEGER NOT NULL DEFAULT 0,
    item      TEXT NOT NULL DEFAULT '',
    lang      TEXT NOT NULL DEFAULT '',
    text      TEXT NOT NULL DEFAULT '',
    voice     TEXT,
    voice_ms  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX content_language_lang ON content_language (lang, item);
