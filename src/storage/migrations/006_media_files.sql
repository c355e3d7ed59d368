-- Schema v6: which media files this device holds, so "what is missing here" is one small
-- read instead of a look at every file (a five-year café has 45 000 of them, and every
-- sync, even one with nothing to do, asks both sides). Local bookkeeping: never synced.

-- The files stored here, kept by the code that stores them (Replica::keep_file and
-- the end of a file's transfer).
CREATE TABLE media_file (
    hash TEXT PRIMARY KEY,
    byte_len INTEGER NOT NULL
) WITHOUT ROWID;

-- Live media rows whose file is not here (yet): kept by the triggers below, so every
-- way a media row arrives (recorded here, applied from a peer, rebuilt) is covered.
CREATE TABLE media_missing (
    hash TEXT PRIMARY KEY
) WITHOUT ROWID;

-- Until the files already on disk are counted (once, when a data directory is first
-- opened with this schema), every live media row counts as missing.
INSERT INTO media_missing SELECT id FROM media WHERE deleted = 0;

CREATE TRIGGER media_row_inserted AFTER INSERT ON media WHEN NEW.deleted = 0
BEGIN
    INSERT OR IGNORE INTO media_missing SELECT NEW.id WHERE NOT EXISTS (SELECT 1 FROM media_file WHERE hash = NEW.id);
END;

CREATE TRIGGER media_row_updated AFTER UPDATE ON media
BEGIN
    DELETE FROM media_missing WHERE hash = NEW.id AND NEW.deleted <> 0;
    INSERT OR IGNORE INTO media_missing
        SELECT NEW.id WHERE NEW.deleted = 0 AND NOT EXISTS (SELECT 1 FROM media_file WHERE hash = NEW.id);
END;

CREATE TRIGGER media_row_deleted AFTER DELETE ON media
BEGIN
    DELETE FROM media_missing WHERE hash = OLD.id;
END;

CREATE TRIGGER media_file_kept AFTER INSERT ON media_file
BEGIN
    DELETE FROM media_missing WHERE hash = NEW.hash;
END;

CREATE TRIGGER media_file_lost AFTER DELETE ON media_file
BEGIN
    INSERT OR IGNORE INTO media_missing SELECT OLD.hash WHERE EXISTS (SELECT 1 FROM media WHERE id = OLD.hash AND deleted = 0);
END;

-- Changes this device made before changes were signed: looked for each time a data
-- directory is opened (every sync opens it), so found through an index of their own
-- rather than by reading the whole log.
CREATE INDEX change_log_unsigned ON change_log (origin, seq) WHERE sig = '';
