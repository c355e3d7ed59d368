//! Media rows, and which of their files this device holds: `media_file` is kept by
//! the code that stores files, `media_missing` by triggers on both tables (schema v6),
//! so "what is missing here" is one small read, whatever the size of the café.

use super::Store;
use crate::error::Result;
use crate::media::MediaRow;

const MEDIA_FILES_COUNTED: &str = "media_files_counted";

impl Store {
    pub fn media(&self, hash: &str) -> Result<Option<MediaRow>> {
        self.get(hash)
    }

    pub fn count_media(&self) -> Result<i64> {
        self.count_rows(MediaRow::TABLE)
    }

    /// Note that a media file is stored here (after it is durable).
    pub fn note_media_file(&self, hash: &str, byte_len: u64) -> Result<()> {
        self.conn()
            .prepare_cached("INSERT OR IGNORE INTO media_file (hash, byte_len) VALUES (?1, ?2)")?
            .execute(rusqlite::params![hash, byte_len as i64])?;
        Ok(())
    }

    /// Note that media files are stored here, in one transaction.
    pub fn note_media_files(&self, files: &[(String, u64)]) -> Result<()> {
        let tx = self.conn.unchecked_transaction()?;
        {
            let mut insert = tx.prepare_cached("INSERT OR IGNORE INTO media_file (hash, byte_len) VALUES (?1, ?2)")?;
            for (hash, len) in files {
                insert.execute(rusqlite::params![hash, *len as i64])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Note that a media file is not here after all (found missing or damaged on reading).
    pub fn forget_media_file(&self, hash: &str) -> Result<()> {
        self.conn().prepare_cached("DELETE FROM media_file WHERE hash = ?1")?.execute([hash])?;
        Ok(())
    }

    /// Whether the files on disk have been counted into `media_file` (once per data
    /// directory, when it is first opened with schema v6).
    pub fn media_files_counted(&self) -> Result<bool> {
        Ok(self.setting(MEDIA_FILES_COUNTED)?.is_some())
    }

    /// Count the files on disk (hash and length) into `media_file`, once.
    pub fn count_media_files(&mut self, files: &[(String, u64)]) -> Result<()> {
        self.note_media_files(files)?;
        self.set_setting(MEDIA_FILES_COUNTED, "1")
    }

    /// Live media rows whose file is not here, with their declared sizes, by hash.
    pub fn missing_media(&self) -> Result<Vec<(String, i64)>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT m.hash, media.byte_len FROM media_missing m JOIN media ON media.id = m.hash AND media.deleted = 0 ORDER BY m.hash",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }
}
