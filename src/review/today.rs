//! Today at a glance: every trainee with what is new since this mentor last looked,
//! sorted by who needs her most. The ranking is a pure function of a trainee's signals
//! and the date ([`rank`]), so it is tested with a fixed clock.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::{Attention, Signals, Today, TraineeToday};
use crate::api::Mestre;
use crate::diary::Mood;
use crate::error::Result;
use crate::people::Role;

const DAY_MS: i64 = 86_400_000;
/// Days without a diary day before it counts as a sign.
pub const NO_DIARY_DAYS: u32 = 7;
/// "New" reaches back at most this far for a trainee the mentor never marked seen.
const NEW_AT_MOST_DAYS: i64 = 14;
/// Word practice counts as failing with at least this many answers in a week…
const PRACTICE_MIN_ANSWERS: u32 = 10;
/// …of which at least half were "again".
const PRACTICE_FAILING_SHARE: f64 = 0.5;
/// Fridge rounds with less than half right in a week before it counts ("repeated").
const FRIDGE_FAILED_ROUNDS: u32 = 2;

fn date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// Why a trainee needs attention, most pressing first, and her score (higher first):
/// a long silence in her little book weighs most, then a hard day, then practice that
/// keeps failing, then self-assessments waiting for a mark; new work breaks ties.
/// `started` is the day she joined (a new trainee without a diary is not "silent" yet).
pub fn rank(signals: &Signals, today: &str, started: &str) -> (Vec<Attention>, u32) {
    let mut reasons: Vec<(u32, Attention)> = Vec::new();
    if let Some(today) = date(today) {
        let since = signals.last_day.as_deref().or(Some(started)).and_then(date);
        if let Some(since) = since {
            let days = (today - since).num_days().max(0) as u32;
            if days >= NO_DIARY_DAYS {
                reasons.push((30 + days.min(30), Attention::NoDiary { days }));
            }
        }
    }
    let hard = signals.moods.iter().filter(|(_, m)| *m == Mood::Hard).count() as u32;
    let tired = signals.moods.iter().filter(|(_, m)| *m == Mood::Tired).count() as u32;
    let newest_low = signals.moods.first().is_some_and(|(_, m)| matches!(m, Mood::Hard | Mood::Tired));
    if hard > 0 && (newest_low || hard >= 2) {
        reasons.push((25 + 5 * (hard - 1).min(4), Attention::LowMood { mood: Mood::Hard, days: hard }));
    } else if tired >= 2 || (tired == 1 && newest_low) {
        reasons.push((10 + 5 * (tired - 1).min(4), Attention::LowMood { mood: Mood::Tired, days: tired }));
    }
    if signals.week_answers >= PRACTICE_MIN_ANSWERS
        && f64::from(signals.week_again) >= PRACTICE_FAILING_SHARE * f64::from(signals.week_answers)
    {
        reasons.push((20, Attention::PracticeFailing { again: signals.week_again, answers: signals.week_answers }));
    }
    if signals.fridge_failed >= FRIDGE_FAILED_ROUNDS {
        reasons.push((20, Attention::FridgeFailing { rounds: signals.fridge_failed }));
    }
    if signals.new.ratings > 0 {
        reasons.push((10, Attention::WaitingForMark { aims: signals.new.ratings }));
    }
    reasons.sort_by_key(|r| std::cmp::Reverse(r.0));
    let score = reasons.iter().map(|(w, _)| w).sum::<u32>() + signals.new.total().min(9);
    (reasons.into_iter().map(|(_, a)| a).collect(), score)
}

impl Mestre {
    /// Today at a glance for the signed-in mentor: every trainee, who needs her first.
    pub fn mentor_today(&self) -> Result<Today> {
        let mentor = self.require_mentor()?.person.id.clone();
        let store = self.store();
        let today = self.today();
        let seen: HashMap<String, i64> = store.seen_by(&mentor)?.into_iter().map(|r| (r.trainee, r.seen_ms)).collect();
        let mut trainees = Vec::new();
        let work_lang = self.work_language()?;
        for row in store.people()?.into_iter().filter(|p| p.role == Role::Trainee && !p.archived) {
            let created_ms = row.created_ms;
            let person = crate::people::Person::from_row(row, work_lang);
            let seen_ms = seen.get(&person.id).copied();
            let (signals, attention, score) = self.signals_of(&person.id, created_ms, seen_ms)?;
            trainees.push(TraineeToday { person, seen_ms, new: signals.new, last_day: signals.last_day, attention, score });
        }
        trainees.sort_by(|a, b| b.score.cmp(&a.score).then_with(|| a.person.name.cmp(&b.person.name)));
        Ok(Today { today, trainees })
    }

    /// What a trainee did since `seen_ms` (14 days at most) and this week, and so why and
    /// how much she needs her mentor today. `created_ms`: when she joined.
    pub(super) fn signals_of(&self, trainee: &str, created_ms: i64, seen_ms: Option<i64>) -> Result<(Signals, Vec<Attention>, u32)> {
        let now = self.now_ms();
        let from_ms = seen_ms.unwrap_or(0).max(now - NEW_AT_MOST_DAYS * DAY_MS);
        let week_from = self.local_date(now - 6 * DAY_MS);
        let signals = self.store().review_signals(trainee, from_ms, &self.local_date(from_ms), &week_from, now - 7 * DAY_MS)?;
        let (attention, score) = rank(&signals, &self.today(), &self.local_date(created_ms));
        Ok((signals, attention, score))
    }

    /// The date (YYYY-MM-DD) where the tablet is, at `ms`.
    pub(crate) fn local_date(&self, ms: i64) -> String {
        use chrono::TimeZone;
        chrono::Local.timestamp_millis_opt(ms).single().map(|t| t.format("%Y-%m-%d").to_string()).unwrap_or_else(|| "1970-01-01".into())
    }
}
