-- Schema v1: the foundation. Synced tables share the bookkeeping columns
-- (id UUIDv7 or content hash, owner, hlc, origin, deleted); their field values are
-- only ever written by applying a change from change_log (see src/sync).

CREATE TABLE device (
    singleton   INTEGER PRIMARY KEY CHECK (singleton = 1),
    id          TEXT NOT NULL,
    created_ms  INTEGER NOT NULL,
    hlc_last    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE change_log (
    origin      TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    hlc         INTEGER NOT NULL,
    tbl         TEXT NOT NULL,
    row_id      TEXT NOT NULL,
    owner       TEXT NOT NULL,
    fields      TEXT NOT NULL,
    PRIMARY KEY (origin, seq)
) WITHOUT ROWID;
CREATE INDEX change_log_row ON change_log (tbl, row_id);

-- Who last wrote each field of each synced row: the state the merge compares against.
CREATE TABLE field_stamp (
    tbl         TEXT NOT NULL,
    row_id      TEXT NOT NULL,
    field       TEXT NOT NULL,
    hlc         INTEGER NOT NULL,
    origin      TEXT NOT NULL,
    PRIMARY KEY (tbl, row_id, field)
) WITHOUT ROWID;

CREATE TABLE cafe (
    id          TEXT PRIMARY KEY,
    owner       TEXT NOT NULL,
    hlc         INTEGER NOT NULL DEFAULT 0,
    origin      TEXT NOT NULL DEFAULT '',
    deleted     INTEGER NOT NULL DEFAULT 0,
    name        TEXT NOT NULL DEFAULT '',
    country     TEXT NOT NULL DEFAULT 'NO'
);

CREATE TABLE person (
    id           TEXT PRIMARY KEY,
    owner        TEXT NOT NULL,
    hlc          INTEGER NOT NULL DEFAULT 0,
    origin       TEXT NOT NULL DEFAULT '',
    deleted      INTEGER NOT NULL DEFAULT 0,
    display_name TEXT NOT NULL DEFAULT '',
    role         TEXT NOT NULL DEFAULT 'trainee',
    photo        TEXT,
    photo_thumb  TEXT,
    ui_lang      TEXT NOT NULL DEFAULT 'nb',
    home_lang    TEXT NOT NULL DEFAULT 'nb',
    created_ms   INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE credential (
    id           TEXT PRIMARY KEY,   -- the person's id: one credential per person
    owner        TEXT NOT NULL,
    hlc          INTEGER NOT NULL DEFAULT 0,
    origin       TEXT NOT NULL DEFAULT '',
    deleted      INTEGER NOT NULL DEFAULT 0,
    kind         TEXT NOT NULL DEFAULT '',
    secret_hash  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE media (
    id           TEXT PRIMARY KEY,   -- SHA-256 of the bytes, hex
    owner        TEXT NOT NULL,
    hlc          INTEGER NOT NULL DEFAULT 0,
    origin       TEXT NOT NULL DEFAULT '',
    deleted      INTEGER NOT NULL DEFAULT 0,
    mime         TEXT NOT NULL DEFAULT '',
    byte_len     INTEGER NOT NULL DEFAULT 0,
    width        INTEGER,
    height       INTEGER
);

-- Device-local, never synced: wrong-PIN counting belongs to the tablet it happened on.
CREATE TABLE login_guard (
    person_id        TEXT PRIMARY KEY,
    failures         INTEGER NOT NULL DEFAULT 0,
    lockouts         INTEGER NOT NULL DEFAULT 0,
    locked_until_ms  INTEGER NOT NULL DEFAULT 0
);

-- Device-local settings such as the language the wall of faces is shown in.
CREATE TABLE setting (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
