//! The numbers behind the mentor's charts: per trainee and for the group, week by week
//! over the last twelve weeks — words she knows, right answers in word practice, days in
//! her little book — and the café's fridge temperatures day by day over thirty days. The
//! UI draws them (SVG, axes in the reader's locale, mirrored right to left).

use serde::Serialize;
use ts_rs::TS;

use crate::api::Mestre;
use crate::error::Result;
use crate::people::Role;

/// Weeks a chart spans.
pub const WEEKS: usize = 12;
/// Days the fridge chart spans.
pub const FRIDGE_DAYS: usize = 30;

/// One line of a chart: a value per point of its x axis (none where nothing was done).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Line {
    /// What the line is (a fridge's name); empty for a chart's only line.
    pub label: String,
    pub values: Vec<Option<f64>>,
}

/// A chart's data: the x axis as dates (YYYY-MM-DD: a week's Monday, or a day) and its lines.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Chart {
    pub x: Vec<String>,
    pub lines: Vec<Line>,
    /// A limit drawn across (the fridge's highest allowed temperature).
    pub limit: Option<f64>,
}

/// A trainee's charts.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct TraineeCharts {
    pub words_known: Chart,
    /// Per cent right.
    pub accuracy: Chart,
    pub diary_days: Chart,
}

/// The group's charts.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct GroupCharts {
    pub words_known: Chart,
    pub accuracy: Chart,
    pub diary_days: Chart,
    /// °C, one line per fridge.
    pub fridge: Chart,
}

/// One trainee's weekly counts.
#[derive(Default, Clone)]
struct Weekly {
    known: Vec<u32>,
    answers: Vec<u32>,
    right: Vec<u32>,
    days: Vec<u32>,
}

impl Weekly {
    fn add(&mut self, other: &Weekly) {
        for (a, b) in [
            (&mut self.known, &other.known),
            (&mut self.answers, &other.answers),
            (&mut self.right, &other.right),
            (&mut self.days, &other.days),
        ] {
            a.resize(b.len().max(a.len()), 0);
            for (x, y) in a.iter_mut().zip(b) {
                *x += y;
            }
        }
    }

    fn charts(&self, x: Vec<String>) -> (Chart, Chart, Chart) {
        let line = |values: Vec<Option<f64>>| vec![Line { label: String::new(), values }];
        let known = Chart { x: x.clone(), lines: line(self.known.iter().map(|&n| Some(f64::from(n))).collect()), limit: None };
        let accuracy = Chart {
            x: x.clone(),
            lines: line(
                self.answers
                    .iter()
                    .zip(&self.right)
                    .map(|(&a, &r)| (a > 0).then(|| (f64::from(r) * 100.0 / f64::from(a)).round()))
                    .collect(),
            ),
            limit: None,
        };
        let days = Chart { x, lines: line(self.days.iter().map(|&n| Some(f64::from(n))).collect()), limit: None };
        (known, accuracy, days)
    }
}

impl Mestre {
    /// The Mondays of the last twelve weeks, oldest first, with each week's end (ms).
    fn chart_weeks(&self) -> Vec<(String, i64)> {
        use chrono::{Datelike, Duration, NaiveDate};
        let today = NaiveDate::parse_from_str(&self.today(), "%Y-%m-%d").unwrap_or_default();
        let monday = today - Duration::days(i64::from(today.weekday().num_days_from_monday()));
        let now = self.now_ms();
        let this_monday_ms = now - i64::from(today.weekday().num_days_from_monday()) * 86_400_000;
        (0..WEEKS)
            .rev()
            .map(|back| {
                let start = monday - Duration::weeks(back as i64);
                let end_ms = this_monday_ms - back as i64 * 7 * 86_400_000 + 7 * 86_400_000;
                (start.format("%Y-%m-%d").to_string(), end_ms.min(now))
            })
            .collect()
    }

    fn weekly(&self, person_id: &str, weeks: &[(String, i64)]) -> Result<Weekly> {
        let store = self.store();
        let from = &weeks[0].0;
        let week_of = |day: &str| weeks.iter().rposition(|(start, _)| start.as_str() <= day);
        let mut w =
            Weekly { known: vec![0; weeks.len()], answers: vec![0; weeks.len()], right: vec![0; weeks.len()], days: vec![0; weeks.len()] };
        let firsts = store.known_word_firsts(person_id)?;
        for (k, (_, end)) in weeks.iter().enumerate() {
            w.known[k] = firsts.partition_point(|&first| first <= *end) as u32;
        }
        for (day, answers, again) in store.practice_days(person_id, from)? {
            if let Some(k) = week_of(&day) {
                w.answers[k] += answers;
                w.right[k] += answers - again;
            }
        }
        for day in store.diary_dates_from(person_id, from)? {
            if let Some(k) = week_of(&day) {
                w.days[k] += 1;
            }
        }
        Ok(w)
    }

    /// A trainee's charts (mentors).
    pub fn trainee_charts(&self, person_id: &str) -> Result<TraineeCharts> {
        self.trainee_for_review(person_id)?;
        let weeks = self.chart_weeks();
        let (words_known, accuracy, diary_days) = self.weekly(person_id, &weeks)?.charts(weeks.into_iter().map(|(d, _)| d).collect());
        Ok(TraineeCharts { words_known, accuracy, diary_days })
    }

    /// The group's charts: every trainee added up, and the café's fridges (mentors).
    pub fn group_charts(&self) -> Result<GroupCharts> {
        self.require_mentor()?;
        let weeks = self.chart_weeks();
        let mut all = Weekly::default();
        for person in self.store().people()?.into_iter().filter(|p| p.role == Role::Trainee && !p.archived) {
            all.add(&self.weekly(&person.id, &weeks)?);
        }
        let (words_known, accuracy, diary_days) = all.charts(weeks.into_iter().map(|(d, _)| d).collect());
        Ok(GroupCharts { words_known, accuracy, diary_days, fridge: self.fridge_chart()? })
    }

    /// The fridges' newest reading of each of the last thirty days, in °C.
    fn fridge_chart(&self) -> Result<Chart> {
        let days: Vec<String> = (0..FRIDGE_DAYS).rev().map(|back| self.local_date(self.now_ms() - back as i64 * 86_400_000)).collect();
        let mut lines: Vec<Line> = Vec::new();
        let mut limit = None;
        for (unit, day, tenths, limit_tenths) in self.store().fridge_readings_from(&days[0])? {
            let Some(k) = days.iter().position(|d| *d == day) else { continue };
            let at = match lines.iter().position(|l| l.label == unit) {
                Some(at) => at,
                None => {
                    lines.push(Line { label: unit, values: vec![None; days.len()] });
                    lines.len() - 1
                }
            };
            // Readings come oldest first: the day's newest wins.
            lines[at].values[k] = Some(tenths as f64 / 10.0);
            limit = Some(limit_tenths as f64 / 10.0);
        }
        Ok(Chart { x: days, lines, limit })
    }
}
