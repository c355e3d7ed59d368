//! Progress over time: for each of the last twelve months, how many aims of her plan
//! stood at P, F and K at the month's end, and how many she rated "on my own" — the
//! line a mentor draws as a chart, and the pictures a trainee sees. And for the whole
//! group, where each trainee stands now.

use serde::Serialize;
use ts_rs::TS;

use std::collections::HashMap;

use super::{Level, Mark, Totals};
use crate::api::Mestre;
use crate::error::Result;
use crate::people::Role;

/// How many months the chart shows.
pub const MONTHS: usize = 12;

/// Where she stood at the end of one month.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct MonthPoint {
    /// "2026-11".
    pub month: String,
    pub started: u32,
    pub completed: u32,
    pub checked: u32,
    pub on_my_own: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CompetenceProgress {
    pub person_id: String,
    pub planned: u32,
    /// Oldest first, ending with this month.
    pub months: Vec<MonthPoint>,
}

/// One trainee in the group's overview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct TraineeStanding {
    pub person_id: String,
    pub name: String,
    pub photo_thumb: Option<String>,
    pub totals: Totals,
}

/// The twelve months ending with `today`'s (YYYY-MM-DD), oldest first, as "YYYY-MM".
fn last_months(today: &str) -> Vec<String> {
    let year: i32 = today.get(0..4).and_then(|y| y.parse().ok()).unwrap_or(1970);
    let month: i32 = today.get(5..7).and_then(|m| m.parse().ok()).unwrap_or(1);
    let now = year * 12 + (month - 1);
    (0..MONTHS as i32).rev().map(|back| now - back).map(|m| format!("{:04}-{:02}", m / 12, m % 12 + 1)).collect()
}

impl Mestre {
    /// Her aims by mark and her own rating at the end of each of the last twelve months.
    pub fn competence_progress(&self, person_id: &str) -> Result<CompetenceProgress> {
        let standing = self.standing(person_id)?;
        let months = last_months(&self.cafe_today()?)
            .into_iter()
            .map(|month| {
                // Days compare as text: every day of the month is before "YYYY-MM-99".
                let end = format!("{month}-99");
                let mut point = MonthPoint { month, started: 0, completed: 0, checked: 0, on_my_own: 0 };
                for aim in &standing.plan {
                    let mark = standing.marks.iter().rev().find(|m| &m.aim == aim && m.day <= end).map(|m| m.mark);
                    match mark {
                        Some(Mark::Started) => point.started += 1,
                        Some(Mark::Completed) => point.completed += 1,
                        Some(Mark::Checked) => point.checked += 1,
                        None => {}
                    }
                    let level = standing.ratings.iter().rev().find(|r| &r.aim == aim && r.day <= end).map(|r| r.level);
                    if level == Some(Level::OnMyOwn) {
                        point.on_my_own += 1;
                    }
                }
                point
            })
            .collect();
        Ok(CompetenceProgress { person_id: person_id.to_string(), planned: standing.plan.len() as u32, months })
    }

    /// Every trainee's totals now (mentors): the café's plans, and the newest mark and
    /// rating of each aim, read once for the whole group.
    pub fn group_competences(&self) -> Result<Vec<TraineeStanding>> {
        self.require_mentor()?;
        let store = self.store();
        let mut plans: HashMap<String, Vec<String>> = HashMap::new();
        for row in store.competence_plans()? {
            plans.entry(row.owner).or_default().push(row.aim);
        }
        let marks: HashMap<(String, String), Mark> = store.competence_newest_marks()?.into_iter().map(|(t, a, m)| ((t, a), m)).collect();
        let levels: HashMap<(String, String), Level> = store.competence_newest_levels()?.into_iter().map(|(t, a, l)| ((t, a), l)).collect();
        Ok(self
            .people()?
            .into_iter()
            .filter(|p| p.role == Role::Trainee)
            .map(|person| {
                let plan = plans.remove(&person.id).unwrap_or_default();
                let mut totals = Totals { planned: plan.len() as u32, ..Totals::default() };
                for aim in plan {
                    let key = (person.id.clone(), aim);
                    totals.count(marks.get(&key).copied(), levels.get(&key).copied());
                }
                TraineeStanding { person_id: person.id, name: person.name, photo_thumb: person.photo_thumb, totals }
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::last_months;

    #[test]
    fn the_last_twelve_months_cross_the_new_year() {
        let months = last_months("2026-03-15");
        assert_eq!(months.first().map(String::as_str), Some("2025-04"));
        assert_eq!(months.last().map(String::as_str), Some("2026-03"));
        assert!(months.contains(&"2025-12".to_string()) && months.contains(&"2026-01".to_string()));
    }
}
