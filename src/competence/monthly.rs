//! The month the café reports to NAV: for each trainee, how often she came (days in her
//! little book) and what she added, how she practised (words and the fridge), how she
//! rated herself, the marks her mentors signed that month, and where her plan stood at
//! the month's end. Counted here; written as a PDF and a CSV by `reports::monthly`.

use serde::Serialize;
use ts_rs::TS;

use super::{Mark, Totals};
use crate::api::Mestre;
use crate::error::{Error, ErrorKind, Result};
use crate::people::{Person, Role};

/// One trainee's month, in numbers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct MonthFigures {
    pub person_id: String,
    pub name: String,
    /// Days with a page in her book.
    pub diary_days: u32,
    pub photos: u32,
    pub voice_notes: u32,
    pub new_words: u32,
    /// Answers in word practice, and how many were right (good or easy).
    pub word_answers: u32,
    pub word_right: u32,
    /// Finished fridge rounds, and the points of all of them out of their total.
    pub fridge_rounds: u32,
    pub fridge_points: u32,
    pub fridge_total: u32,
    /// Times she rated herself.
    pub ratings: u32,
    /// Marks signed this month: P, F, K, and the aims that got them ("RMF1-01.9 K"), with
    /// each aim's name in the working language.
    pub marked_started: u32,
    pub marked_completed: u32,
    pub marked_checked: u32,
    pub aims_marked: Vec<String>,
    pub aims_marked_names: Vec<String>,
    /// Her plan at the month's end.
    pub at_month_end: Totals,
}

/// The first and last day of a month "YYYY-MM", or an error for anything else.
pub fn month_days(month: &str) -> Result<(String, String)> {
    let first = chrono::NaiveDate::parse_from_str(&format!("{month}-01"), "%Y-%m-%d")
        .ok()
        .filter(|_| month.len() == 7)
        .ok_or_else(|| Error::new(ErrorKind::InvalidInput, format!("not a month: {month:?}")))?;
    let next = first.checked_add_months(chrono::Months::new(1)).unwrap_or(first);
    let last = next.pred_opt().unwrap_or(first);
    Ok((first.format("%Y-%m-%d").to_string(), last.format("%Y-%m-%d").to_string()))
}

impl Mestre {
    /// The month's figures of one trainee, or of every trainee (mentors).
    pub fn month_figures(&self, month: &str, person_id: Option<&str>) -> Result<Vec<MonthFigures>> {
        self.require_mentor()?;
        let (first, last) = month_days(month)?;
        let trainees: Vec<Person> = match person_id {
            Some(id) => {
                let person = self.person(id)?;
                if person.role != Role::Trainee {
                    return Err(Error::new(ErrorKind::NotFound, "only a trainee is reported"));
                }
                vec![person]
            }
            None => self.people()?.into_iter().filter(|p| p.role == Role::Trainee).collect(),
        };
        let store = self.store();
        let mut out = Vec::new();
        for person in trainees {
            let book = store.diary_month(&person.id, &first, &last)?;
            let (word_answers, word_right) = store.word_practice_between(&person.id, &first, &last)?;
            let (fridge_rounds, fridge_points, fridge_total) = store.fridge_practice_between(&person.id, &first, &last)?;
            let standing = self.standing(&person.id)?;
            let in_month = |day: &str| day >= first.as_str() && day <= last.as_str();
            let marks: Vec<_> = standing.marks.iter().filter(|m| in_month(&m.day)).collect();
            let count = |mark: Mark| marks.iter().filter(|m| m.mark == mark).count() as u32;
            let end: Vec<_> = standing.marks.iter().filter(|m| m.day <= last).cloned().collect();
            let ratings_by_end: Vec<_> = standing.ratings.iter().filter(|r| r.day <= last).cloned().collect();
            out.push(MonthFigures {
                person_id: person.id.clone(),
                name: person.name.clone(),
                diary_days: book.days,
                photos: book.photos,
                voice_notes: book.voice_notes,
                new_words: book.new_words,
                word_answers,
                word_right,
                fridge_rounds,
                fridge_points,
                fridge_total,
                ratings: standing.ratings.iter().filter(|r| in_month(&r.day)).count() as u32,
                marked_started: count(Mark::Started),
                marked_completed: count(Mark::Completed),
                marked_checked: count(Mark::Checked),
                aims_marked: marks
                    .iter()
                    .map(|m| format!("{} {}", standing.pack.aim(&m.aim).map_or(m.aim.as_str(), |a| a.code.as_str()), m.mark.letter()))
                    .collect(),
                aims_marked_names: marks
                    .iter()
                    .map(|m| standing.pack.aim(&m.aim).map(|a| standing.pack_text(&a.message_id()).work).unwrap_or_default())
                    .collect(),
                at_month_end: super::plan::totals(&standing.plan, &end, &ratings_by_end),
            });
        }
        Ok(out)
    }
}
