//! Reads of competences: a trainee's plan, ratings, evidence and marks, and the parts
//! of her book an aim's page suggests as evidence.

use rusqlite::params;

use super::Store;
use crate::changes::read_column;
use crate::competence::{CompetenceEvidenceRow, CompetenceMarkRow, CompetencePlanRow, CompetenceRatingRow, Level, Mark};
use crate::diary::{DiaryDayRow, DiaryItemRow};
use crate::error::Result;

/// A month of her book in numbers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BookMonth {
    pub days: u32,
    pub photos: u32,
    pub voice_notes: u32,
    pub new_words: u32,
}

impl Store {
    /// The aims of a trainee's plan.
    pub fn competence_plan_of(&self, trainee: &str) -> Result<Vec<CompetencePlanRow>> {
        self.select("WHERE owner = ?1 AND deleted = 0 ORDER BY added_ms, id", [trainee])
    }

    /// Her ratings of herself, oldest first (by their stamps: the order every device agrees on).
    pub fn competence_ratings_of(&self, trainee: &str) -> Result<Vec<CompetenceRatingRow>> {
        self.select("WHERE owner = ?1 AND deleted = 0 ORDER BY hlc, id", [trainee])
    }

    /// Her mentors' marks on her aims, oldest first (by their stamps).
    pub fn competence_marks_of(&self, trainee: &str) -> Result<Vec<CompetenceMarkRow>> {
        self.select("WHERE trainee = ?1 AND deleted = 0 ORDER BY hlc, id", [trainee])
    }

    /// Every piece of evidence ever linked to her aims (unlinked ones too), oldest first.
    pub fn competence_evidence_of(&self, trainee: &str) -> Result<Vec<CompetenceEvidenceRow>> {
        self.select("WHERE owner = ?1 AND deleted = 0 ORDER BY linked_ms, id", [trainee])
    }

    /// Every trainee's plan rows (the group's overview).
    pub fn competence_plans(&self) -> Result<Vec<CompetencePlanRow>> {
        self.select("WHERE deleted = 0", [])
    }

    /// The newest mark of each aim of each trainee: (trainee, aim, mark) — the group's
    /// overview, read through an index, whatever the length of the mentors' logs. (A bare
    /// column beside max() comes from the row with the max.)
    pub fn competence_newest_marks(&self) -> Result<Vec<(String, String, Mark)>> {
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT trainee, aim, mark, max(hlc) FROM competence_mark WHERE deleted = 0 GROUP BY trainee, aim")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, read_column::<Mark>(r, 2)?)))?.collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// Each trainee's newest rating of each aim: (trainee, aim, level), as above.
    pub fn competence_newest_levels(&self) -> Result<Vec<(String, String, Level)>> {
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT owner, aim, level, max(hlc) FROM competence_rating WHERE deleted = 0 GROUP BY owner, aim")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, read_column::<Level>(r, 2)?)))?.collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// Her newest `limit` diary days.
    pub fn diary_days_of(&self, owner: &str, limit: usize) -> Result<Vec<DiaryDayRow>> {
        self.select("WHERE owner = ?1 AND deleted = 0 ORDER BY day DESC LIMIT ?2", params![owner, limit as i64])
    }

    /// Her newest `limit` photos and voice notes.
    pub fn diary_media_items_of(&self, owner: &str, limit: usize) -> Result<Vec<DiaryItemRow>> {
        self.select(
            "WHERE owner = ?1 AND deleted = 0 AND kind IN ('photo', 'voice') ORDER BY created_ms DESC, id LIMIT ?2",
            params![owner, limit as i64],
        )
    }

    /// Her newest `limit` days of word practice: (day, answers, answers rated good or easy).
    pub fn word_practice_days(&self, owner: &str, limit: usize) -> Result<Vec<(String, i64, i64)>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT day, count(*), sum(rating >= 3) FROM word_review WHERE owner = ?1 AND deleted = 0 AND day <> '' \
             GROUP BY day ORDER BY day DESC LIMIT ?2",
        )?;
        let days =
            stmt.query_map(params![owner, limit as i64], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?.collect::<rusqlite::Result<_>>()?;
        Ok(days)
    }

    /// Her book between two days (inclusive): days with a page, and what she added.
    pub fn diary_month(&self, owner: &str, first: &str, last: &str) -> Result<BookMonth> {
        let days = self
            .conn()
            .prepare_cached("SELECT count(*) FROM diary_day WHERE owner = ?1 AND deleted = 0 AND day BETWEEN ?2 AND ?3")?
            .query_row(params![owner, first, last], |r| r.get(0))?;
        let mut stmt = self.conn().prepare_cached(
            "SELECT i.kind, count(*) FROM diary_item i JOIN diary_day d ON d.id = i.day_id \
             WHERE d.owner = ?1 AND d.deleted = 0 AND i.deleted = 0 AND d.day BETWEEN ?2 AND ?3 GROUP BY i.kind",
        )?;
        let mut month = BookMonth { days, ..BookMonth::default() };
        for row in stmt.query_map(params![owner, first, last], |r| Ok((r.get::<_, String>(0)?, r.get::<_, u32>(1)?)))? {
            let (kind, n) = row?;
            match kind.as_str() {
                "photo" => month.photos = n,
                "voice" => month.voice_notes = n,
                "word" => month.new_words = n,
                _ => {}
            }
        }
        Ok(month)
    }

    /// Her word practice between two days: (answers, answers rated good or easy).
    pub fn word_practice_between(&self, owner: &str, first: &str, last: &str) -> Result<(u32, u32)> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT count(*), coalesce(sum(rating >= 3), 0) FROM word_review WHERE owner = ?1 AND deleted = 0 AND day BETWEEN ?2 AND ?3",
        )?;
        Ok(stmt.query_row(params![owner, first, last], |r| Ok((r.get(0)?, r.get(1)?)))?)
    }

    /// Her finished fridge rounds between two days: (rounds, points, out of).
    pub fn fridge_practice_between(&self, owner: &str, first: &str, last: &str) -> Result<(u32, u32, u32)> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT count(*), coalesce(sum(points), 0), coalesce(sum(total), 0) FROM fridge_practice \
             WHERE owner = ?1 AND deleted = 0 AND day BETWEEN ?2 AND ?3",
        )?;
        Ok(stmt.query_row(params![owner, first, last], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?)
    }

    /// Her word practice on one day: (answers, answers rated good or easy).
    pub fn word_practice_on(&self, owner: &str, day: &str) -> Result<(i64, i64)> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT count(*), coalesce(sum(rating >= 3), 0) FROM word_review WHERE owner = ?1 AND day = ?2 AND deleted = 0",
        )?;
        Ok(stmt.query_row(params![owner, day], |r| Ok((r.get(0)?, r.get(1)?)))?)
    }
}
