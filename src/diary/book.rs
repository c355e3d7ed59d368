//! Reading the little book: her earlier days as a timeline, and one day whole. She reads
//! only her own; her mentors read everyone's.

use super::{CommentView, DaySummary, DayView, DiaryDayRow, ItemKind, ItemView};
use crate::api::Mestre;
use crate::error::{Error, ErrorKind, Result};

/// How many days the timeline shows.
const TIMELINE_DAYS: usize = 60;

impl Mestre {
    /// Her earlier days, newest first, as the timeline shows them.
    pub fn diary_days(&self, person_id: &str) -> Result<Vec<DaySummary>> {
        self.may_read_diary_of(person_id)?;
        Ok(self
            .store()
            .diary_timeline(person_id, TIMELINE_DAYS)?
            .into_iter()
            .map(|(row, totals)| DaySummary {
                photo_thumb: totals.first_thumb,
                items: totals.items,
                new_comments: totals.new_comments,
                tasks: row.tasks,
                mood: row.mood,
                id: row.id,
                day: row.day,
            })
            .collect())
    }

    /// One day, whole: tasks, mood, what she added and her mentors' comments.
    pub fn diary_day(&self, day_id: &str) -> Result<DayView> {
        let row = self.store().diary_day(day_id)?.ok_or_else(|| Error::new(ErrorKind::NotFound, "no such day"))?;
        self.may_read_diary_of(&row.owner)?;
        self.day_view(row)
    }

    pub(crate) fn day_view(&self, row: DiaryDayRow) -> Result<DayView> {
        let mut items = Vec::new();
        for i in self.store().diary_items(&row.id)? {
            // A new word is also a word of the bank (same id): its spelling is written
            // there. A word removed from the bank keeps what the diary holds.
            let text = match i.kind {
                ItemKind::Word => self.store().word_row(&i.id)?.map(|w| w.text).filter(|t| !t.is_empty()).unwrap_or(i.text),
                _ => i.text,
            };
            items.push(ItemView {
                id: i.id,
                kind: i.kind,
                photo: i.photo,
                photo_thumb: i.photo_thumb,
                voice: i.voice,
                duration_ms: i.duration_ms,
                text,
                created_ms: i.created_ms,
            });
        }
        let mut comments = Vec::new();
        for c in self.store().diary_comments(&row.id)? {
            // A comment can arrive before its author's row does (or outlive it): then it
            // shows without a name rather than not at all.
            let author = self.store().person(&c.owner)?.map(|p| p.display_name).unwrap_or_default();
            comments.push(CommentView {
                author,
                is_new: c.created_ms > row.comments_seen_ms,
                id: c.id,
                text: c.text,
                voice: c.voice,
                duration_ms: c.duration_ms,
                created_ms: c.created_ms,
            });
        }
        Ok(DayView { tasks: row.tasks, mood: row.mood, id: row.id, owner: row.owner, day: row.day, items, comments })
    }
}
