//! The mentor's follow-up: who needs her today ([`today`]), one trainee's recent work
//! on one page ([`trainee`]), and what she suggests a trainee practises next
//! ([`suggest`]). What a mentor has seen is her own row per trainee: everything the
//! trainee made before `seen_ms` counts as seen, so "new" means new to this mentor.

pub mod charts;
mod suggest;
pub mod today;
mod trainee;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::api::Mestre;
use crate::changes::Ownership;
use crate::diary::{DayView, Mood};
use crate::error::{Error, ErrorKind, Result};
use crate::people::{Person, Role};

pub use today::rank;

crate::synced_table! {
    /// Until when a mentor has seen a trainee's work (id `seen:<mentor>:<trainee>`).
    pub table "review_seen" (Ownership::Mentor) => ReviewSeenRow, ReviewSeenDraft {
        trainee: String [max 100],
        seen_ms: i64,
    }
}

crate::synced_table! {
    /// A word or a recipe a mentor suggests a trainee practises next.
    pub table "practice_suggestion" (Ownership::Mentor) => PracticeSuggestionRow, PracticeSuggestionDraft {
        trainee: String [max 100],
        kind: SuggestionKind,
        ref_id: String [max 120],
        suggested_ms: i64,
    }
}

/// The id of what `mentor` has seen of `trainee`.
pub fn seen_id(mentor: &str, trainee: &str) -> String {
    format!("seen:{mentor}:{trainee}")
}

/// What a suggestion points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum SuggestionKind {
    Word,
    Recipe,
}

impl SuggestionKind {
    pub const ALL: [SuggestionKind; 2] = [SuggestionKind::Word, SuggestionKind::Recipe];

    pub fn as_str(self) -> &'static str {
        match self {
            SuggestionKind::Word => "word",
            SuggestionKind::Recipe => "recipe",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

crate::text_column!(SuggestionKind);

/// What a trainee made since her mentor last looked.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, TS)]
pub struct NewWork {
    pub days: u32,
    pub photos: u32,
    pub voice_notes: u32,
    pub words: u32,
    /// Answers in word practice.
    pub practice: u32,
    pub fridge_rounds: u32,
    /// Aims she rated herself on (waiting for her mentor's mark).
    pub ratings: u32,
}

impl NewWork {
    pub fn total(&self) -> u32 {
        self.days + self.photos + self.voice_notes + self.words + self.practice + self.fridge_rounds + self.ratings
    }
}

/// What the dashboard ranks a trainee by, read from her rows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Signals {
    /// The newest day of her little book.
    pub last_day: Option<String>,
    /// Her moods of the last seven days, newest first.
    pub moods: Vec<(String, Mood)>,
    /// Word-practice answers in the last seven days, and how many were "again".
    pub week_answers: u32,
    pub week_again: u32,
    /// Fridge rounds in the last seven days, and how many she got less than half right.
    pub fridge_week: u32,
    pub fridge_failed: u32,
    pub new: NewWork,
}

/// Why a trainee needs her mentor today. Each carries what the mentor is told.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Attention {
    /// No day in her little book for this many days (or since she started).
    NoDiary { days: u32 },
    /// A hard or tired day recently.
    LowMood { mood: Mood, days: u32 },
    /// Many "again" answers in word practice this week.
    PracticeFailing { again: u32, answers: u32 },
    /// Fridge rounds with less than half right, more than once this week.
    FridgeFailing { rounds: u32 },
    /// She rated herself on aims her mentor has not looked at.
    WaitingForMark { aims: u32 },
}

/// One trainee on the dashboard.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct TraineeToday {
    pub person: Person,
    /// When this mentor last marked her work seen (none: never).
    #[ts(type = "number | null")]
    pub seen_ms: Option<i64>,
    pub new: NewWork,
    pub last_day: Option<String>,
    /// Most pressing first.
    pub attention: Vec<Attention>,
    /// Higher needs her sooner; the list is sorted by it.
    pub score: u32,
}

/// The dashboard: every trainee, who needs attention first.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Today {
    pub today: String,
    pub trainees: Vec<TraineeToday>,
}

/// One day of her word practice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PracticeDay {
    pub day: String,
    pub answers: u32,
    pub again: u32,
}

/// A suggestion as shown to her and to her mentors.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SuggestionView {
    pub id: String,
    pub kind: SuggestionKind,
    pub ref_id: String,
    /// The word (Norwegian) or the recipe's name.
    pub title: crate::recipes::Bilingual,
    pub picture: Option<String>,
    pub photo_thumb: Option<String>,
    pub mentor: String,
    #[ts(type = "number")]
    pub suggested_ms: i64,
}

/// One trainee's recent work on one page.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct TraineeReview {
    pub person: Person,
    #[ts(type = "number | null")]
    pub seen_ms: Option<i64>,
    pub today: String,
    /// Her days, newest first, with photos, voice notes, words and comments.
    pub days: Vec<DayView>,
    pub words: crate::words::WordProgress,
    pub practice: Vec<PracticeDay>,
    pub fridge: Vec<crate::fridge::FridgeEvidence>,
    pub competence: crate::competence::Totals,
    pub suggestions: Vec<SuggestionView>,
    pub attention: Vec<Attention>,
}

impl Mestre {
    /// A trainee, for what only mentors see of her.
    fn trainee_for_review(&self, person_id: &str) -> Result<Person> {
        self.require_mentor()?;
        let person = self.person(person_id)?;
        if person.role != Role::Trainee {
            return Err(Error::new(ErrorKind::NotFound, "not a trainee"));
        }
        Ok(person)
    }

    /// The signed-in mentor has seen everything of this trainee's until now.
    pub fn mark_seen(&mut self, person_id: &str) -> Result<()> {
        let mentor = self.require_mentor()?.person.id.clone();
        self.trainee_for_review(person_id)?;
        let now = self.now_ms();
        self.record(vec![ReviewSeenDraft::new(seen_id(&mentor, person_id), &mentor).trainee(person_id).seen_ms(now).into()])?;
        Ok(())
    }
}
