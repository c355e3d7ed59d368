//! Recorded prompt clips, and how often each prompt was heard on this device.

use std::collections::HashMap;

use super::Store;
use crate::error::Result;
use crate::speech::PromptClipRow;

impl Store {
    /// The media hash of the clip recorded for prompt `id` ("<lang>/<message-id>"), if any.
    pub fn prompt_clip(&self, id: &str) -> Result<Option<String>> {
        Ok(self.get::<PromptClipRow>(id)?.and_then(|row| row.voice))
    }

    /// Every recorded prompt clip for a language: (message id, media hash).
    pub fn prompt_clips(&self, lang: &str) -> Result<Vec<(String, String)>> {
        let rows: Vec<PromptClipRow> = self.select(
            "WHERE id LIKE ?1 ESCAPE '\\' AND deleted = 0 AND voice IS NOT NULL ORDER BY id",
            [format!("{}/%", like_escaped(lang))],
        )?;
        Ok(rows
            .into_iter()
            .filter_map(|row| {
                let message = row.id.split_once('/').map(|(_, m)| m.to_string())?;
                Some((message, row.voice?))
            })
            .collect())
    }

    /// One more hearing of prompt `message_id` on this device.
    pub fn note_heard(&mut self, message_id: &str) -> Result<()> {
        self.conn()
            .prepare_cached(
                "INSERT INTO prompt_heard (message_id, count) VALUES (?1, 1) ON CONFLICT (message_id) DO UPDATE SET count = count + 1",
            )?
            .execute([message_id])?;
        Ok(())
    }

    /// How often each prompt was heard on this device.
    pub fn heard_counts(&self) -> Result<HashMap<String, i64>> {
        let mut stmt = self.conn().prepare("SELECT message_id, count FROM prompt_heard")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }
}

/// `text` with LIKE's wildcards escaped (by `\`).
fn like_escaped(text: &str) -> String {
    text.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")
}
