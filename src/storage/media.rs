//! Reads of media rows, and which media files the rows of every synced table point at
//! (built from the declarations: a column declared `media` is listed here by itself).

use std::sync::OnceLock;

use super::Store;
use crate::changes::ALL_TABLES;
use crate::error::Result;
use crate::media::MediaRow;

impl Store {
    pub fn media(&self, hash: &str) -> Result<Option<MediaRow>> {
        self.get(hash)
    }

    pub fn count_media(&self) -> Result<i64> {
        self.count_rows(MediaRow::TABLE)
    }

    /// Every media hash a live row points to, or that has a media row itself.
    pub fn referenced_media(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn().prepare_cached(referenced_media_sql())?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?.collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }
}

/// One UNION over every media column of every synced table. Names come from the
/// declarations only, never from data.
fn referenced_media_sql() -> &'static str {
    static SQL: OnceLock<String> = OnceLock::new();
    SQL.get_or_init(|| {
        let mut parts = Vec::new();
        for table in ALL_TABLES {
            let name = table.sql_name();
            if table.def().id_is_media {
                parts.push(format!("SELECT id FROM {name} WHERE deleted = 0"));
            }
            for column in table.media_columns() {
                let c = column.name;
                parts.push(format!("SELECT {c} FROM {name} WHERE {c} IS NOT NULL AND deleted = 0"));
            }
        }
        parts.join("\nUNION ")
    })
}
