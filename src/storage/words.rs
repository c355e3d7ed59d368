//! Reads of the word bank and of each trainee's practice: the café's word rows, the
//! translations into one language, and where her words stand (`word_card`, kept from
//! her review log by triggers; see migration 007).

use std::collections::HashSet;

use rusqlite::{params, OptionalExtension};

use super::Store;
use crate::error::Result;
use crate::words::practice::CardState;
use crate::words::{WordReviewRow, WordRow, WordTranslationRow};

impl Store {
    /// The café's words and its changes to starter words, not removed.
    pub fn word_rows(&self) -> Result<Vec<WordRow>> {
        self.select("WHERE deleted = 0", [])
    }

    /// A word row, not removed.
    pub fn word_row(&self, id: &str) -> Result<Option<WordRow>> {
        self.get(id)
    }

    /// A number that grows whenever a word or a translation is written, here or by a sync
    /// (kept by triggers: see migration 007).
    pub fn word_bank_version(&self) -> Result<i64> {
        Ok(self.conn().prepare_cached("SELECT COALESCE(max(seq), 0) FROM word_bank_change")?.query_row([], |r| r.get(0))?)
    }

    /// The words changed after `version`, or `None` when the record of changes no longer
    /// reaches back that far (then everything is read again).
    pub fn words_changed_since(&self, version: i64) -> Result<Option<Vec<String>>> {
        let oldest: Option<i64> = self.conn().prepare_cached("SELECT min(seq) FROM word_bank_change")?.query_row([], |r| r.get(0))?;
        if oldest.is_some_and(|oldest| oldest > version + 1) {
            return Ok(None);
        }
        let mut stmt = self.conn().prepare_cached("SELECT DISTINCT word_id FROM word_bank_change WHERE seq > ?1")?;
        let ids = stmt.query_map([version], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        Ok(Some(ids))
    }

    /// A word row as it is now, removed or not, with whether it is removed.
    pub fn word_row_any(&self, id: &str) -> Result<Option<(WordRow, bool)>> {
        let sql = format!("SELECT {}, deleted FROM word WHERE id = ?1", <WordRow as crate::changes::Record>::SELECT);
        let at = <WordRow as crate::changes::Record>::SELECT.split(',').count();
        Ok(self
            .conn()
            .prepare_cached(&sql)?
            .query_row([id], |r| Ok((<WordRow as crate::changes::Record>::from_row(r)?, r.get::<_, bool>(at)?)))
            .optional()?)
    }

    /// One word's translation into `lang`, if it has one.
    pub fn word_translation(&self, word_id: &str, lang: &str) -> Result<Option<WordTranslationRow>> {
        self.select_one("WHERE word_id = ?1 AND lang = ?2 AND deleted = 0", [word_id, lang])
    }

    /// Starter words the café removed.
    pub fn removed_pack_keys(&self) -> Result<HashSet<String>> {
        let mut stmt = self.conn().prepare_cached("SELECT pack_key FROM word WHERE deleted = 1 AND pack_key <> ''")?;
        let keys = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        Ok(keys)
    }

    /// Every word's translation into `lang`.
    pub fn word_translations_in(&self, lang: &str) -> Result<Vec<WordTranslationRow>> {
        self.select("WHERE lang = ?1 AND deleted = 0", [lang])
    }

    /// Her words due before `until_ms`, soonest first, each with how often she answered it.
    pub fn due_word_cards(&self, owner: &str, until_ms: i64, limit: usize) -> Result<Vec<(String, i64)>> {
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT word_id, reviews FROM word_card WHERE owner = ?1 AND due_ms <= ?2 ORDER BY due_ms, word_id LIMIT ?3")?;
        let due =
            stmt.query_map(params![owner, until_ms, limit as i64], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
        Ok(due)
    }

    /// How many of her words are due at `now_ms`.
    pub fn count_due_word_cards(&self, owner: &str, now_ms: i64) -> Result<u32> {
        Ok(self
            .conn()
            .prepare_cached("SELECT count(*) FROM word_card WHERE owner = ?1 AND due_ms <= ?2")?
            .query_row(params![owner, now_ms], |r| r.get(0))?)
    }

    /// Where one of her words stands, if she has practised it.
    pub fn word_card(&self, owner: &str, word_id: &str) -> Result<Option<CardState>> {
        Ok(self
            .conn()
            .prepare_cached(
                "SELECT reviewed_ms, due_ms, stability_milli, difficulty_milli, step, reviews FROM word_card WHERE owner = ?1 AND word_id = ?2",
            )?
            .query_row(params![owner, word_id], |r| {
                Ok(CardState::from_stored(r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?))
            })
            .optional()?)
    }

    /// Where each of her words stands, by word id.
    pub fn word_cards_of(&self, owner: &str) -> Result<Vec<(String, CardState)>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT word_id, reviewed_ms, due_ms, stability_milli, difficulty_milli, step, reviews FROM word_card WHERE owner = ?1 ORDER BY word_id",
        )?;
        let cards = stmt
            .query_map([owner], |r| {
                Ok((r.get(0)?, CardState::from_stored(r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?)))
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(cards)
    }

    /// How many words she met for the first time since `since_ms`.
    pub fn words_first_seen_since(&self, owner: &str, since_ms: i64) -> Result<usize> {
        let n: i64 = self
            .conn()
            .prepare_cached("SELECT count(*) FROM word_card WHERE owner = ?1 AND first_ms >= ?2")?
            .query_row(params![owner, since_ms], |r| r.get(0))?;
        Ok(n as usize)
    }

    /// Every word she has practised.
    pub fn word_ids_seen_by(&self, owner: &str) -> Result<HashSet<String>> {
        let mut stmt = self.conn().prepare_cached("SELECT word_id FROM word_card WHERE owner = ?1")?;
        let ids = stmt.query_map([owner], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        Ok(ids)
    }

    /// The words she has learnt (past their learning steps), newest first.
    pub fn known_word_ids(&self, owner: &str) -> Result<Vec<String>> {
        let mut stmt =
            self.conn().prepare_cached("SELECT word_id FROM word_card WHERE owner = ?1 AND step = 0 ORDER BY first_ms DESC, word_id")?;
        let ids = stmt.query_map([owner], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        Ok(ids)
    }

    /// Her whole practice log, oldest first.
    pub fn word_reviews_of(&self, owner: &str) -> Result<Vec<WordReviewRow>> {
        self.select("WHERE owner = ?1 AND deleted = 0 ORDER BY reviewed_ms, id", [owner])
    }

    /// The days she practised (YYYY-MM-DD), newest first, at most `limit`.
    pub fn review_days_of(&self, owner: &str, limit: usize) -> Result<Vec<String>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT DISTINCT day FROM word_review WHERE owner = ?1 AND deleted = 0 AND day <> '' ORDER BY day DESC LIMIT ?2",
        )?;
        let days = stmt.query_map(params![owner, limit as i64], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        Ok(days)
    }
}
