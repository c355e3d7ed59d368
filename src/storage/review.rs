//! What the mentor's workspace reads: per trainee, what is new since a moment and the
//! signs that she needs attention. Each query is an index range of one trainee's rows,
//! so the dashboard costs the same however many years the café has.

use rusqlite::{params, OptionalExtension};

use super::Store;
use crate::error::Result;
use crate::review::{PracticeSuggestionRow, ReviewSeenRow, Signals};

impl Store {
    /// When `mentor` last marked `trainee`'s work seen.
    pub fn seen_ms(&self, mentor: &str, trainee: &str) -> Result<Option<i64>> {
        let id = crate::review::seen_id(mentor, trainee);
        Ok(self
            .conn()
            .prepare_cached("SELECT seen_ms FROM review_seen WHERE id = ?1 AND deleted = 0")?
            .query_row([id], |r| r.get(0))
            .optional()?)
    }

    /// Everything `mentor` has marked seen, by trainee.
    pub fn seen_by(&self, mentor: &str) -> Result<Vec<ReviewSeenRow>> {
        self.select("WHERE owner = ?1 AND deleted = 0", [mentor])
    }

    /// The signs the dashboard ranks one trainee by: what she did since `seen_ms` and in
    /// the week up to `today` (from `week_from`, a date, and `week_from_ms`).
    pub fn review_signals(&self, trainee: &str, seen_ms: i64, seen_day: &str, week_from: &str, week_from_ms: i64) -> Result<Signals> {
        let conn = self.conn();
        let last_day: Option<String> =
            conn.prepare_cached("SELECT MAX(day) FROM diary_day WHERE owner = ?1 AND deleted = 0")?.query_row([trainee], |r| r.get(0))?;
        // Her days since the earlier of "seen" and a week ago: new ones, and the week's moods.
        let from_day = std::cmp::min(seen_day, week_from);
        let mut moods = Vec::new();
        let mut new_days = 0;
        {
            let mut stmt = conn.prepare_cached(
                "SELECT day, mood, created_ms FROM diary_day WHERE owner = ?1 AND day >= ?2 AND deleted = 0 ORDER BY day DESC",
            )?;
            let rows = stmt.query_map(params![trainee, from_day], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?, r.get::<_, i64>(2)?))
            })?;
            for row in rows {
                let (day, mood, created_ms) = row?;
                if day.as_str() >= seen_day && created_ms > seen_ms {
                    new_days += 1;
                }
                if day.as_str() >= week_from {
                    if let Some(mood) = mood.as_deref().and_then(crate::diary::Mood::parse) {
                        moods.push((day, mood));
                    }
                }
            }
        }
        let (mut photos, mut voice_notes, mut words) = (0, 0, 0);
        {
            let mut stmt = conn.prepare_cached(
                "SELECT kind, COUNT(*) FROM diary_item WHERE owner = ?1 AND created_ms > ?2 AND deleted = 0 GROUP BY kind",
            )?;
            for row in stmt.query_map(params![trainee, seen_ms], |r| Ok((r.get::<_, String>(0)?, r.get::<_, u32>(1)?)))? {
                match row? {
                    (k, n) if k == "photo" => photos = n,
                    (k, n) if k == "voice" => voice_notes = n,
                    (k, n) if k == "word" => words = n,
                    _ => {}
                }
            }
        }
        // Word practice: new answers, and the week's answers and "again"s, in one range
        // of the covering index (owner, day, rating, reviewed_ms).
        let (new_practice, week_answers, week_again): (u32, u32, u32) = conn
            .prepare_cached(
                "SELECT COALESCE(SUM(day >= ?3 AND reviewed_ms > ?4), 0), COALESCE(SUM(day >= ?5), 0), COALESCE(SUM(day >= ?5 AND rating = 1), 0)
                 FROM word_review WHERE owner = ?1 AND day >= ?2 AND deleted = 0",
            )?
            .query_row(params![trainee, from_day, seen_day, seen_ms, week_from], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        let (new_fridge, fridge_week, fridge_failed): (u32, u32, u32) = conn
            .prepare_cached(
                "SELECT COALESCE(SUM(done_ms > ?3), 0), COALESCE(SUM(done_ms >= ?4), 0), COALESCE(SUM(done_ms >= ?4 AND points * 2 < total), 0)
                 FROM fridge_practice WHERE owner = ?1 AND done_ms >= ?2 AND deleted = 0",
            )?
            .query_row(params![trainee, std::cmp::min(seen_ms, week_from_ms), seen_ms, week_from_ms], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        let new_ratings: u32 = conn
            .prepare_cached("SELECT COUNT(DISTINCT aim) FROM competence_rating WHERE owner = ?1 AND rated_ms > ?2 AND deleted = 0")?
            .query_row(params![trainee, seen_ms], |r| r.get(0))?;
        Ok(Signals {
            last_day,
            moods,
            week_answers,
            week_again,
            fridge_week,
            fridge_failed,
            new: crate::review::NewWork {
                days: new_days,
                photos,
                voice_notes,
                words,
                practice: new_practice,
                fridge_rounds: new_fridge,
                ratings: new_ratings,
            },
        })
    }

    /// Her word practice per day from `from` (a date): answers and "again"s.
    pub fn practice_days(&self, trainee: &str, from: &str) -> Result<Vec<(String, u32, u32)>> {
        let mut stmt =
            self.conn().prepare_cached("SELECT day, answers, again FROM practice_day WHERE owner = ?1 AND day >= ?2 ORDER BY day")?;
        let rows = stmt.query_map(params![trainee, from], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Her days from `from` (a date), newest first.
    pub fn diary_days_from(&self, owner: &str, from: &str) -> Result<Vec<crate::diary::DiaryDayRow>> {
        self.select("WHERE owner = ?1 AND day >= ?2 AND deleted = 0 ORDER BY day DESC", params![owner, from])
    }

    /// When she first practised each word she knows now (ms), in order.
    pub fn known_word_firsts(&self, owner: &str) -> Result<Vec<i64>> {
        let mut stmt = self.conn().prepare_cached("SELECT first_ms FROM word_card WHERE owner = ?1 AND step = 0 ORDER BY first_ms")?;
        let rows = stmt.query_map([owner], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The dates of her days from `from`.
    pub fn diary_dates_from(&self, owner: &str, from: &str) -> Result<Vec<String>> {
        let mut stmt = self.conn().prepare_cached("SELECT day FROM diary_day WHERE owner = ?1 AND day >= ?2 AND deleted = 0")?;
        let rows = stmt.query_map(params![owner, from], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The fridges' readings from `from` (a date), oldest first: (fridge, day, tenths of °C, limit).
    pub fn fridge_readings_from(&self, from: &str) -> Result<Vec<(String, String, i64, i64)>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT unit, day, tenths, limit_tenths FROM fridge_reading WHERE day >= ?1 AND zone = 'fridge' AND deleted = 0 ORDER BY day, read_ms",
        )?;
        let rows = stmt.query_map([from], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The newest suggestions for a trainee, newest first.
    pub fn suggestions_for(&self, trainee: &str, limit: usize) -> Result<Vec<PracticeSuggestionRow>> {
        self.select("WHERE trainee = ?1 AND deleted = 0 ORDER BY suggested_ms DESC LIMIT ?2", params![trainee, limit as i64])
    }
}
