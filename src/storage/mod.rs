//! Storage: the only place with SQL. One [`open`] for every database (so encryption at
//! rest can be added in one place later), WAL for durability with concurrent readers,
//! migrations with `rusqlite_migration`, and a clear refusal of a database written by a
//! newer Mestre instead of a silent downgrade.
//!
//! Synced tables are read through their declarations ([`rows`]): the column lists come
//! from `synced_table!`, the SQL around them is written here, one file per domain.

mod apply;
mod changes;
mod competence;
mod content;
pub mod diagnostics;
mod diary;
mod fridge;
mod media;
mod peers;
mod people;
mod privacy;
mod recipes;
mod review;
mod rows;
mod settings;
mod speech;
mod trust;
mod words;

use std::path::Path;

use rusqlite::{Connection, OpenFlags};
use rusqlite_migration::{Migrations, M};

use crate::error::{Error, ErrorKind, Result};

pub use apply::ApplyReport;
pub use changes::{ChangeLogStats, DeviceState, Origin, Writer};
pub use competence::BookMonth;
pub use diary::DayTotals;
pub use peers::{IdentityRow, PeerRow};
pub use people::LoginGuardRow;
pub use privacy::{Purged, RowsAbout};
pub use recipes::StepText;
pub use rows::SchemaColumn;
pub use trust::RefusedRecord;

/// File name of the database inside a data directory.
pub const DATABASE_FILE: &str = "mestre.sqlite";
/// Folder of the content-addressed media inside a data directory.
pub const MEDIA_DIR: &str = "media";

/// Every schema version in order; the position + 1 is SQLite's `user_version`.
/// Never edit a shipped migration: add a new one (and a fixture in tests/fixtures/db).
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/001_foundation.sql"),
    include_str!("migrations/002_sync.sql"),
    include_str!("migrations/003_diary.sql"),
    include_str!("migrations/004_captions_and_voices.sql"),
    include_str!("migrations/005_trust.sql"),
    include_str!("migrations/006_media_files.sql"),
    include_str!("migrations/007_words.sql"),
    include_str!("migrations/008_recipes.sql"),
    include_str!("migrations/009_fridge.sql"),
    include_str!("migrations/010_competence.sql"),
    include_str!("migrations/011_mentor_workspace.sql"),
    include_str!("migrations/012_cafe_content.sql"),
];

/// The schema version this binary writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// An open Mestre database.
pub struct Store {
    conn: Connection,
    /// Media files an erasure applied in the last write left without rows: the caller
    /// holding the media store deletes them ([`Store::take_purged_media`]).
    purged_media: Option<Vec<String>>,
}

fn migrations() -> Migrations<'static> {
    Migrations::new(MIGRATIONS.iter().map(|sql| M::up(sql)).collect())
}

/// Open (creating if needed) the database at `path` and bring its schema up to date.
pub fn open(path: &Path) -> Result<Store> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE)?;
    prepare(conn, true)
}

/// A private in-memory database, for tests and dry runs.
pub fn open_in_memory() -> Result<Store> {
    prepare(Connection::open_in_memory()?, false)
}

fn prepare(mut conn: Connection, on_disk: bool) -> Result<Store> {
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    // Reading the version first also detects "not a database" before we write anything.
    let found: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if found > SCHEMA_VERSION {
        return Err(Error::new(ErrorKind::DatabaseTooNew, format!("database schema {found} is newer than this Mestre ({SCHEMA_VERSION})")));
    }
    if on_disk {
        let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(Error::new(ErrorKind::DatabaseUnavailable, format!("journal mode {mode}")));
        }
        // FULL: a write acknowledged to a trainee survives a pulled plug.
        conn.pragma_update(None, "synchronous", "FULL")?;
    }
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // What is deleted is overwritten, not left in free space: an erased trainee's name
    // must not survive in a page of the file.
    conn.pragma_update(None, "secure_delete", "ON")?;
    migrations().to_latest(&mut conn).map_err(|e| Error::new(ErrorKind::DatabaseUnavailable, format!("migration failed: {e}")))?;
    Ok(Store { conn, purged_media: None })
}

impl Store {
    /// The media files erasures written or applied since the last call left without
    /// rows: the holder of the media store deletes them.
    pub fn take_purged_media(&mut self) -> Option<Vec<String>> {
        std::mem::take(&mut self.purged_media)
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self.conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    /// For this connection only, while it applies what a peer sends: commit without
    /// waiting for the disk (WAL, synchronous NORMAL). A pulled plug may then lose the last
    /// batches received — never corrupt the database — and the peer still has them: the
    /// version vector is rolled back with them, so the next sync fetches them again.
    pub fn sync_without_waiting_for_disk(&self) -> Result<()> {
        self.conn.pragma_update(None, "synchronous", "NORMAL")?;
        Ok(())
    }

    /// Run `f` in one transaction: all of it is stored, or none of it. The write lock is
    /// taken at the start (IMMEDIATE), so a save made while a sync applies its batch waits
    /// its turn (up to the busy timeout) instead of failing half-way with "locked".
    pub fn write<T>(&mut self, f: impl FnOnce(&rusqlite::Transaction) -> Result<T>) -> Result<T> {
        let tx = self.conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }

    /// Cap the database at `pages` pages (4 KiB each), as a full disk would. Writes past
    /// it fail with a storage error and roll back; for fault tests.
    pub fn limit_pages(&self, pages: i64) -> Result<()> {
        self.conn.query_row(&format!("PRAGMA max_page_count = {}", pages.max(1)), [], |_| Ok(()))?;
        Ok(())
    }

    /// SQLite's own check of the file: "ok" when nothing is damaged.
    pub fn integrity_check(&self) -> Result<String> {
        Ok(self.conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        migrations().validate().unwrap();
    }
}
