//! One trainee's recent work on one page for her mentor: her days (photos, voice notes,
//! words and comments), her word practice, her fridge rounds, her competences and what
//! was suggested to her.

use super::{PracticeDay, TraineeReview};
use crate::api::Mestre;
use crate::error::Result;

/// Fridge rounds shown at most (the newest).
const FRIDGE_SHOWN: usize = 10;

impl Mestre {
    /// The last `days` days of a trainee's work (1 to 62; a week unless asked).
    pub fn review_trainee(&self, person_id: &str, days: u32) -> Result<TraineeReview> {
        let mentor = self.require_mentor()?.person.id.clone();
        let person = self.trainee_for_review(person_id)?;
        let days = days.clamp(1, 62);
        let now = self.now_ms();
        let today = self.today();
        let from = self.local_date(now - i64::from(days - 1) * 86_400_000);
        let store = self.store();
        let seen_ms = store.seen_ms(&mentor, person_id)?;

        let mut day_views = Vec::new();
        for row in store.diary_days_from(person_id, &from)? {
            day_views.push(self.day_view(row)?);
        }
        let practice =
            store.practice_days(person_id, &from)?.into_iter().map(|(day, answers, again)| PracticeDay { day, answers, again }).collect();
        let mut fridge = self.fridge_evidence(person_id)?;
        fridge.truncate(FRIDGE_SHOWN);
        let created_ms = store.person(person_id)?.map_or(0, |p| p.created_ms);
        let (_, attention, _) = self.signals_of(person_id, created_ms, seen_ms)?;
        Ok(TraineeReview {
            competence: self.competences(person_id)?.totals,
            words: self.word_progress_of(person_id)?,
            suggestions: self.suggestions_for(person_id)?,
            person,
            seen_ms,
            today,
            days: day_views,
            practice,
            fridge,
            attention,
        })
    }
}
