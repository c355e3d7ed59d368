//! Reads of competences: a trainee's plan, ratings, evidence and marks, and the parts
//! of her book an aim's page suggests as evidence.

use rusqlite::params;

use super::Store;
use crate::competence::{CompetenceEvidenceRow, CompetenceMarkRow, CompetencePlanRow, CompetenceRatingRow};
use crate::diary::{DiaryDayRow, DiaryItemRow};
use crate::error::Result;

impl Store {
    /// The aims of a trainee's plan.
    pub fn competence_plan_of(&self, trainee: &str) -> Result<Vec<CompetencePlanRow>> {
        self.select("WHERE owner = ?1 AND deleted = 0 ORDER BY added_ms, id", [trainee])
    }

    /// Her ratings of herself, oldest first.
    pub fn competence_ratings_of(&self, trainee: &str) -> Result<Vec<CompetenceRatingRow>> {
        self.select("WHERE owner = ?1 AND deleted = 0 ORDER BY rated_ms, id", [trainee])
    }

    /// Her mentors' marks on her aims, oldest first.
    pub fn competence_marks_of(&self, trainee: &str) -> Result<Vec<CompetenceMarkRow>> {
        self.select("WHERE trainee = ?1 AND deleted = 0 ORDER BY signed_ms, hlc, id", [trainee])
    }

    /// Every piece of evidence ever linked to her aims (unlinked ones too), oldest first.
    pub fn competence_evidence_of(&self, trainee: &str) -> Result<Vec<CompetenceEvidenceRow>> {
        self.select("WHERE owner = ?1 AND deleted = 0 ORDER BY linked_ms, id", [trainee])
    }

    /// Every trainee's plan rows (the group's overview).
    pub fn competence_plans(&self) -> Result<Vec<CompetencePlanRow>> {
        self.select("WHERE deleted = 0", [])
    }

    /// Every mark, oldest first (the group's overview).
    pub fn competence_marks(&self) -> Result<Vec<CompetenceMarkRow>> {
        self.select("WHERE deleted = 0 ORDER BY signed_ms, hlc, id", [])
    }

    /// Each trainee's newest rating of each aim (the group's overview: her log grows,
    /// this does not). A bare column beside max() comes from the row with the max.
    pub fn competence_newest_ratings(&self) -> Result<Vec<CompetenceRatingRow>> {
        self.select(
            "WHERE id IN (SELECT id FROM (SELECT id, max(rated_ms) FROM competence_rating WHERE deleted = 0 GROUP BY owner, aim)) \
             ORDER BY rated_ms, id",
            [],
        )
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
        let days = stmt.query_map(params![owner, limit as i64], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?.collect::<rusqlite::Result<_>>()?;
        Ok(days)
    }

    /// Her word practice on one day: (answers, answers rated good or easy).
    pub fn word_practice_on(&self, owner: &str, day: &str) -> Result<(i64, i64)> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT count(*), coalesce(sum(rating >= 3), 0) FROM word_review WHERE owner = ?1 AND day = ?2 AND deleted = 0",
        )?;
        Ok(stmt.query_row(params![owner, day], |r| Ok((r.get(0)?, r.get(1)?)))?)
    }
}
