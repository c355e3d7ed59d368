//! Mentors answer in the little book: comments in words or voice (with a "new" badge
//! until she has seen them), and the spelling of a new word she said.

use super::{DayView, DiaryCommentDraft, DiaryDayDraft, DiaryItemDraft, ItemKind};
use crate::api::Mestre;
use crate::error::{Error, ErrorKind, Result};
use crate::media::Clip;

/// The longest comment a mentor may write.
const MAX_COMMENT_CHARS: usize = 2000;

impl Mestre {
    /// She has seen the comments on this day: the "new" badge goes away.
    pub fn mark_comments_seen(&mut self, day_id: &str) -> Result<()> {
        let me = self.require_trainee()?;
        let row = self.store().diary_day(day_id)?.ok_or_else(|| Error::new(ErrorKind::NotFound, "no such day"))?;
        if row.owner != me.person.id {
            return Err(Error::new(ErrorKind::NotAllowed, "not her day"));
        }
        self.record(vec![DiaryDayDraft::new(day_id, &me.person.id).comments_seen_ms(self.now_ms()).into()])?;
        Ok(())
    }

    /// A mentor comments on a day, in words, with a voice note, or both.
    pub fn add_comment(&mut self, day_id: &str, text: &str, clip: Option<&Clip>) -> Result<DayView> {
        let mentor = self.require_mentor()?.person.id.clone();
        if self.store().diary_day(day_id)?.is_none() {
            return Err(Error::new(ErrorKind::NotFound, "no such day"));
        }
        let text = text.trim();
        if text.is_empty() && clip.is_none() {
            return Err(Error::invalid("an empty comment"));
        }
        if text.chars().count() > MAX_COMMENT_CHARS {
            return Err(Error::invalid("comment too long"));
        }
        if let Some(c) = clip {
            if self.store().media(&c.voice)?.is_none() {
                return Err(Error::new(ErrorKind::NotFound, "recording not stored"));
            }
        }
        self.record(vec![DiaryCommentDraft::new(crate::new_id(), &mentor)
            .day_id(day_id)
            .text(text)
            .voice(clip.map(|c| c.voice.clone()))
            .duration_ms(clip.map_or(0, |c| c.duration_ms))
            .created_ms(self.now_ms())
            .into()])?;
        self.diary_day(day_id)
    }

    /// A mentor writes the spelling of a new word the trainee said.
    pub fn set_word_text(&mut self, item_id: &str, text: &str) -> Result<()> {
        self.require_mentor()?;
        let item = self.store().diary_item(item_id)?.ok_or_else(|| Error::new(ErrorKind::NotFound, "no such word"))?;
        if item.kind != ItemKind::Word {
            return Err(Error::invalid("not a word"));
        }
        let text = crate::people::clean_name(text)?;
        let mut drafts = vec![DiaryItemDraft::new(item_id, &item.owner).text(text.as_str()).into()];
        // Its word in the bank (same id) gets the spelling too, unless it was removed.
        if let Some(word) = self.store().word_row(item_id)? {
            drafts.push(crate::words::WordDraft::new(item_id, word.owner).text(text).into());
        }
        self.record(drafts)?;
        Ok(())
    }
}
