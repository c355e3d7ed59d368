//! Reads of diary days, their items and comments.

use rusqlite::params;

use super::Store;
use crate::diary::{DiaryCommentRow, DiaryDayRow, DiaryItemRow};
use crate::error::Result;

impl Store {
    pub fn diary_day(&self, id: &str) -> Result<Option<DiaryDayRow>> {
        self.get(id)
    }

    /// A person's days, newest first.
    pub fn diary_days(&self, owner: &str, limit: usize) -> Result<Vec<DiaryDayRow>> {
        self.select("WHERE owner = ?1 AND deleted = 0 ORDER BY day DESC LIMIT ?2", params![owner, limit as i64])
    }

    /// How many days are in a person's book.
    pub fn count_days_of(&self, owner: &str) -> Result<i64> {
        Ok(self.conn.query_row("SELECT count(*) FROM diary_day WHERE owner = ?1 AND deleted = 0", [owner], |r| r.get(0))?)
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
}
