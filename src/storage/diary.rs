//! Reads of diary days, their items and comments, and recorded prompt clips.

use rusqlite::params;

use super::Store;
use crate::diary::{DiaryCommentRow, DiaryDayRow, DiaryItemRow};
use crate::error::Result;
use crate::speech::PromptClipRow;

impl Store {
    pub fn diary_day(&self, id: &str) -> Result<Option<DiaryDayRow>> {
        self.get(id)
    }

    /// A person's days, newest first.
    pub fn diary_days(&self, owner: &str, limit: usize) -> Result<Vec<DiaryDayRow>> {
        self.select("WHERE owner = ?1 AND deleted = 0 ORDER BY day DESC LIMIT ?2", params![owner, limit as i64])
    }

    /// What was added to a day, in the order it was added.
    pub fn diary_items(&self, day_id: &str) -> Result<Vec<DiaryItemRow>> {
        self.select("WHERE day_id = ?1 AND deleted = 0 ORDER BY created_ms, id", [day_id])
    }

    pub fn diary_item(&self, id: &str) -> Result<Option<DiaryItemRow>> {
        self.get(id)
    }

    /// The comments on a day, oldest first.
    pub fn diary_comments(&self, day_id: &str) -> Result<Vec<DiaryCommentRow>> {
        self.select("WHERE day_id = ?1 AND deleted = 0 ORDER BY created_ms, id", [day_id])
    }

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
}

/// `text` with LIKE's wildcards escaped (by `\`).
fn like_escaped(text: &str) -> String {
    text.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")
}
