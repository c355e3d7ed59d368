//! Reads of diary days, their items and comments, and recorded prompt clips.

use rusqlite::{params, OptionalExtension, Row};

use super::Store;
use crate::error::Result;

#[derive(Debug, Clone, PartialEq)]
pub struct DayRow {
    pub id: String,
    pub owner: String,
    pub day: String,
    pub tasks: String,
    pub mood: Option<String>,
    pub comments_seen_ms: i64,
    pub created_ms: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ItemRow {
    pub id: String,
    pub owner: String,
    pub day_id: String,
    pub kind: String,
    pub photo: Option<String>,
    pub photo_thumb: Option<String>,
    pub voice: Option<String>,
    pub duration_ms: i64,
    pub text: String,
    pub created_ms: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CommentRow {
    pub id: String,
    pub owner: String,
    pub day_id: String,
    pub text: String,
    pub voice: Option<String>,
    pub duration_ms: i64,
    pub created_ms: i64,
}

const DAY_COLUMNS: &str = "id, owner, day, tasks, mood, comments_seen_ms, created_ms";

fn day_from(r: &Row) -> rusqlite::Result<DayRow> {
    Ok(DayRow { id: r.get(0)?, owner: r.get(1)?, day: r.get(2)?, tasks: r.get(3)?, mood: r.get(4)?, comments_seen_ms: r.get(5)?, created_ms: r.get(6)? })
}

impl Store {
    pub fn diary_day(&self, id: &str) -> Result<Option<DayRow>> {
        let mut stmt = self.conn().prepare_cached(&format!("SELECT {DAY_COLUMNS} FROM diary_day WHERE id = ?1 AND deleted = 0"))?;
        Ok(stmt.query_row([id], day_from).optional()?)
    }

    /// A person's days, newest first.
    pub fn diary_days(&self, owner: &str, limit: usize) -> Result<Vec<DayRow>> {
        let mut stmt = self
            .conn()
            .prepare_cached(&format!("SELECT {DAY_COLUMNS} FROM diary_day WHERE owner = ?1 AND deleted = 0 ORDER BY day DESC LIMIT ?2"))?;
        let rows = stmt.query_map(params![owner, limit as i64], day_from)?.collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    pub fn diary_items(&self, day_id: &str) -> Result<Vec<ItemRow>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id, owner, day_id, kind, photo, photo_thumb, voice, duration_ms, text, created_ms
             FROM diary_item WHERE day_id = ?1 AND deleted = 0 ORDER BY created_ms, id",
        )?;
        let rows = stmt
            .query_map([day_id], |r| {
                Ok(ItemRow {
                    id: r.get(0)?,
                    owner: r.get(1)?,
                    day_id: r.get(2)?,
                    kind: r.get(3)?,
                    photo: r.get(4)?,
                    photo_thumb: r.get(5)?,
                    voice: r.get(6)?,
                    duration_ms: r.get(7)?,
                    text: r.get(8)?,
                    created_ms: r.get(9)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    pub fn diary_item(&self, id: &str) -> Result<Option<ItemRow>> {
        let Some(day_id) = self
            .conn()
            .query_row("SELECT day_id FROM diary_item WHERE id = ?1 AND deleted = 0", [id], |r| r.get::<_, String>(0))
            .optional()?
        else {
            return Ok(None);
        };
        Ok(self.diary_items(&day_id)?.into_iter().find(|i| i.id == id))
    }

    pub fn diary_comments(&self, day_id: &str) -> Result<Vec<CommentRow>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id, owner, day_id, text, voice, duration_ms, created_ms
             FROM diary_comment WHERE day_id = ?1 AND deleted = 0 ORDER BY created_ms, id",
        )?;
        let rows = stmt
            .query_map([day_id], |r| {
                Ok(CommentRow { id: r.get(0)?, owner: r.get(1)?, day_id: r.get(2)?, text: r.get(3)?, voice: r.get(4)?, duration_ms: r.get(5)?, created_ms: r.get(6)? })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// The recorded clip for prompt `id` ("<lang>/<message-id>"), if any.
    pub fn prompt_clip(&self, id: &str) -> Result<Option<String>> {
        Ok(self
            .conn()
            .query_row("SELECT voice FROM prompt_clip WHERE id = ?1 AND deleted = 0 AND voice IS NOT NULL", [id], |r| r.get(0))
            .optional()?)
    }

    /// Every recorded prompt clip for a language: (message id, media hash).
    pub fn prompt_clips(&self, lang: &str) -> Result<Vec<(String, String)>> {
        let mut stmt = self.conn().prepare("SELECT id, voice FROM prompt_clip WHERE id LIKE ?1 AND deleted = 0 AND voice IS NOT NULL ORDER BY id")?;
        let prefix = format!("{lang}/%");
        let rows = stmt
            .query_map([prefix], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?
            .filter_map(|r| r.ok())
            .filter_map(|(id, voice)| id.split_once('/').map(|(_, m)| (m.to_string(), voice)))
            .collect();
        Ok(rows)
    }
}
