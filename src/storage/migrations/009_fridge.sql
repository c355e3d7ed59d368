-- Schema v9: the fridge — practice results, printed labels, thermometer readings and the
-- café's own shelf lives.
--
-- The food catalogue and the country rule packs live in the content pack (assets/fridge),
-- not here. `fridge_practice` is a trainee's log (written once: her evidence);
-- `fridge_label` and `fridge_reading` belong to whoever printed or read them (a reprint is
-- a new label naming the first); `fridge_routine` is the café's administration (mentors).

CREATE TABLE fridge_practice (
    id        TEXT PRIMARY KEY,
    owner     TEXT NOT NULL,
    hlc       INTEGER NOT NULL DEFAULT 0,
    origin    TEXT NOT NULL DEFAULT '',
    deleted   INTEGER NOT NULL DEFAULT 0,
    game      TEXT NOT NULL DEFAULT 'where-does-it-go',
    points    INTEGER NOT NULL DEFAULT 0,
    total     INTEGER NOT NULL DEFAULT 1,
    missed    TEXT NOT NULL DEFAULT '',
    aim       TEXT NOT NULL DEFAULT '',
    country   TEXT NOT NULL DEFAULT '',
    day       TEXT NOT NULL DEFAULT '',
    done_ms   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX fridge_practice_owner ON fridge_practice (owner, done_ms);

CREATE TABLE fridge_label (
    id          TEXT PRIMARY KEY,
    owner       TEXT NOT NULL,
    hlc         INTEGER NOT NULL DEFAULT 0,
    origin      TEXT NOT NULL DEFAULT '',
    deleted     INTEGER NOT NULL DEFAULT 0,
    item        TEXT NOT NULL DEFAULT '',
    recipe_id   TEXT NOT NULL DEFAULT '',
    product     TEXT NOT NULL DEFAULT '',
    event       TEXT NOT NULL DEFAULT 'made',
    made_day    TEXT NOT NULL DEFAULT '',
    use_by_day  TEXT NOT NULL DEFAULT '',
    allergens   TEXT NOT NULL DEFAULT '',
    initials    TEXT NOT NULL DEFAULT '',
    size        TEXT NOT NULL DEFAULT '62mm',
    printed_ms  INTEGER NOT NULL DEFAULT 0,
    reprint_of  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX fridge_label_printed ON fridge_label (printed_ms);

CREATE TABLE fridge_reading (
    id            TEXT PRIMARY KEY,
    owner         TEXT NOT NULL,
    hlc           INTEGER NOT NULL DEFAULT 0,
    origin        TEXT NOT NULL DEFAULT '',
    deleted       INTEGER NOT NULL DEFAULT 0,
    zone          TEXT NOT NULL DEFAULT 'fridge',
    unit          TEXT NOT NULL DEFAULT '',
    tenths        INTEGER NOT NULL DEFAULT 0,
    limit_tenths  INTEGER NOT NULL DEFAULT 0,
    day           TEXT NOT NULL DEFAULT '',
    read_ms       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX fridge_reading_day ON fridge_reading (day, read_ms);

CREATE TABLE fridge_routine (
    id          TEXT PRIMARY KEY,
    owner       TEXT NOT NULL,
    hlc         INTEGER NOT NULL DEFAULT 0,
    origin      TEXT NOT NULL DEFAULT '',
    deleted     INTEGER NOT NULL DEFAULT 0,
    item        TEXT NOT NULL DEFAULT '',
    keeps_days  INTEGER NOT NULL DEFAULT 0,
    note        TEXT NOT NULL DEFAULT ''
);
