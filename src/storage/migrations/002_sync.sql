-- Schema v2: sync. This device's TLS identity, the devices it is paired with, and an
-- index to find the changes a peer lacks.

-- The device's long-term key and self-signed certificate (DER). Its TLS id is the
-- SHA-256 of the certificate, as in Syncthing.
CREATE TABLE device_identity (
    singleton   INTEGER PRIMARY KEY CHECK (singleton = 1),
    cert_der    BLOB NOT NULL,
    key_der     BLOB NOT NULL,
    created_ms  INTEGER NOT NULL
);

-- Devices paired with this one. Only these may sync; unpairing sets revoked_ms.
CREATE TABLE peer (
    cert_hash   TEXT PRIMARY KEY,   -- SHA-256 of the peer's certificate, hex
    cert_der    BLOB NOT NULL,
    name        TEXT NOT NULL,
    log_id      TEXT NOT NULL,      -- the peer's change-log origin id
    paired_ms   INTEGER NOT NULL,
    revoked_ms  INTEGER,
    last_sync_ms INTEGER,
    last_address TEXT
);

-- The version vector, kept as it grows: the highest sequence number held per origin.
-- Reading it must stay cheap however long the change log gets.
CREATE TABLE log_head (
    origin   TEXT PRIMARY KEY,
    max_seq  INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO log_head (origin, max_seq) SELECT origin, MAX(seq) FROM change_log GROUP BY origin;
