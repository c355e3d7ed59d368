-- Schema v5: sync trusts no one. Every change says who made it and carries its device's
-- signature (and a mentor's, for what only mentors may do); devices are introduced to
-- the café and mentors hold keys; what may not be applied is kept, not lost.

-- Who made each change, its signatures, and what this device decided about it:
-- 'applied', 'quarantined' (kept, passed on, never applied) or 'legacy' (made before
-- changes were signed, kept as it always was).
ALTER TABLE change_log ADD COLUMN author TEXT NOT NULL DEFAULT '';
ALTER TABLE change_log ADD COLUMN mentor_key TEXT;
ALTER TABLE change_log ADD COLUMN mentor_sig TEXT;
ALTER TABLE change_log ADD COLUMN sig TEXT NOT NULL DEFAULT '';
ALTER TABLE change_log ADD COLUMN dropped TEXT;
-- Each change names the one before it in its device's log by hash (prev); its own hash
-- (link) is kept so the next change made here can name it.
ALTER TABLE change_log ADD COLUMN prev TEXT NOT NULL DEFAULT '';
ALTER TABLE change_log ADD COLUMN link TEXT NOT NULL DEFAULT '';
ALTER TABLE change_log ADD COLUMN status TEXT NOT NULL DEFAULT 'legacy';
ALTER TABLE change_log ADD COLUMN reason TEXT;
ALTER TABLE change_log ADD COLUMN detail TEXT;
CREATE INDEX change_log_quarantined ON change_log (reason) WHERE status = 'quarantined';
CREATE INDEX change_log_mentor_key ON change_log (mentor_key, hlc) WHERE mentor_key IS NOT NULL;

-- This device's signing key (PKCS#8). Device-local, never synced.
CREATE TABLE device_key (
    singleton   INTEGER PRIMARY KEY CHECK (singleton = 1),
    pkcs8       BLOB NOT NULL,
    created_ms  INTEGER NOT NULL
);

-- The café's trust root, pinned at setup or when pairing: its founding mentor and her
-- first public key, and how much of each device's log was made before changes were
-- signed (JSON {log id: seq}; empty for a café made after signing began).
CREATE TABLE trust_root (
    singleton      INTEGER PRIMARY KEY CHECK (singleton = 1),
    founder        TEXT NOT NULL,
    public_key     TEXT NOT NULL,
    legacy         TEXT NOT NULL DEFAULT '{}',
    pinned_ms      INTEGER NOT NULL
);

-- Changes set aside: they could not be shown to come from the device they name (no or
-- a wrong signature, a device not introduced, an impossible stamp). Never applied, never
-- passed on, never in the version vector, so they cannot take a real change's place;
-- kept here (once each) so a mentor can see them.
CREATE TABLE set_aside (
    digest     TEXT PRIMARY KEY,   -- SHA-256 of the change as received
    origin     TEXT NOT NULL,
    seq        INTEGER NOT NULL,
    hlc        INTEGER NOT NULL,
    tbl        TEXT NOT NULL,
    row_id     TEXT NOT NULL,
    author     TEXT NOT NULL,
    fields     TEXT NOT NULL,
    reason     TEXT NOT NULL,
    detail     TEXT NOT NULL,
    from_peer  TEXT NOT NULL,
    seen_ms    INTEGER NOT NULL
) WITHOUT ROWID;

-- A device introduced to the café by a mentor (at pairing), or retired by one. The id is
-- the device's change-log id; its signing key checks every change it makes.
CREATE TABLE device_intro (
    id           TEXT PRIMARY KEY,
    owner        TEXT NOT NULL,
    hlc          INTEGER NOT NULL DEFAULT 0,
    origin       TEXT NOT NULL DEFAULT '',
    deleted      INTEGER NOT NULL DEFAULT 0,
    name         TEXT NOT NULL DEFAULT '',
    sign_key     TEXT NOT NULL DEFAULT '',
    retired_after_seq INTEGER
);

-- A mentor's key: the public half, and the private half sealed under a key derived from
-- her password. Revoked keys stay, so what they signed before stays valid.
CREATE TABLE mentor_key (
    id           TEXT PRIMARY KEY,   -- SHA-256 of the public key
    owner        TEXT NOT NULL,      -- the mentor
    hlc          INTEGER NOT NULL DEFAULT 0,
    origin       TEXT NOT NULL DEFAULT '',
    deleted      INTEGER NOT NULL DEFAULT 0,
    public_key   TEXT NOT NULL DEFAULT '',
    sealed_key   TEXT NOT NULL DEFAULT '',
    key_salt     TEXT NOT NULL DEFAULT '',
    revoked_hlc  INTEGER
);
CREATE INDEX mentor_key_owner ON mentor_key (owner);
