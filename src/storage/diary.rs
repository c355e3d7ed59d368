//! Reads of diary days, their items and comments.

use rusqlite::params;

use super::Store;
use crate::changes::Record;
use crate::diary::{DiaryCommentRow, DiaryDayRow, DiaryItemRow};
use crate::error::Result;

/// What the timeline shows of a day besides the day itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayTotals {
    /// The first photo's thumbnail, in the order things were added.
    pub first_thumb: Option<String>,
    pub items: u32,
    /// Comments newer than her last look at the day.
    pub new_comments: u32,
}

impl Store {
    pub fn diary_day(&self, id: &str) -> Result<Option<DiaryDayRow>> {
        self.get(id)
    }

    /// A person's days, newest first, each with its totals: one statement for the whole
    /// timeline (each day's items and comments are found through their `day_id` index).
    pub fn diary_timeline(&self, owner: &str, limit: usize) -> Result<Vec<(DiaryDayRow, DayTotals)>> {
        let sql = format!(
            "SELECT {}, \
               (SELECT count(*) FROM diary_item i WHERE i.day_id = diary_day.id AND i.deleted = 0), \
               (SELECT i.photo_thumb FROM diary_item i WHERE i.day_id = diary_day.id AND i.deleted = 0 \
                  AND i.photo_thumb IS NOT NULL ORDER BY i.created_ms, i.id LIMIT 1), \
               (SELECT count(*) FROM diary_comment c WHERE c.day_id = diary_day.id AND c.deleted = 0 \
                  AND c.created_ms > diary_day.comments_seen_ms) \
             FROM diary_day WHERE owner = ?1 AND deleted = 0 ORDER BY day DESC LIMIT ?2",
            DiaryDayRow::SELECT
        );
        let at = DiaryDayRow::SELECT.split(',').count();
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt
            .query_map(params![owner, limit as i64], |r| {
                Ok((DiaryDayRow::from_row(r)?, DayTotals { items: r.get(at)?, first_thumb: r.get(at + 1)?, new_comments: r.get(at + 2)? }))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
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
