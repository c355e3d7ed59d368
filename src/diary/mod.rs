//! The little book: a trainee's days. Each day holds the tasks she did (picture cards),
//! how the day felt, and what she added — photos, voice notes, new words — and her
//! mentor's comments, which may themselves be voice notes.
//!
//! Her page for today is written in [`my_day`]; earlier days are read in [`book`];
//! mentors comment and spell new words in [`comments`].

mod book;
pub mod cards;
mod comments;
mod my_day;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::changes::Ownership;

/// Where a task happens; the "my day" screen groups the cards by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Area {
    Kitchen,
    Cleaning,
    Serving,
}

impl Area {
    pub const ALL: [Area; 3] = [Area::Kitchen, Area::Cleaning, Area::Serving];

    pub fn as_str(self) -> &'static str {
        match self {
            Area::Kitchen => "kitchen",
            Area::Cleaning => "cleaning",
            Area::Serving => "serving",
        }
    }
    pub fn parse(s: &str) -> Option<Area> {
        Area::ALL.into_iter().find(|a| a.as_str() == s)
    }
}

crate::text_column!(Area);

/// A starter task card. Its picture is `task-<id>` in assets/pictures, its words the
/// Fluent message `task-<id>`. The café's own cards are rows ([`TaskCardRow`]); both
/// are shown as [`cards::TaskCard`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct Task {
    pub id: &'static str,
    pub area: Area,
}

const fn task(id: &'static str, area: Area) -> Task {
    Task { id, area }
}

/// The café's everyday tasks, from the Sandefjord guide's kitchen, cleaning and serving work.
pub static TASKS: &[Task] = &[
    task("wash-hands", Area::Kitchen),
    task("cut-vegetables", Area::Kitchen),
    task("peel-potatoes", Area::Kitchen),
    task("bake-bread", Area::Kitchen),
    task("bake-cakes", Area::Kitchen),
    task("make-soup", Area::Kitchen),
    task("make-salad", Area::Kitchen),
    task("cook-rice", Area::Kitchen),
    task("make-sandwiches", Area::Kitchen),
    task("make-coffee", Area::Kitchen),
    task("weigh-ingredients", Area::Kitchen),
    task("check-temperature", Area::Kitchen),
    task("label-food", Area::Kitchen),
    task("fill-fridge", Area::Kitchen),
    task("receive-goods", Area::Kitchen),
    task("make-waffles", Area::Kitchen),
    task("wash-dishes", Area::Cleaning),
    task("load-dishwasher", Area::Cleaning),
    task("clean-surfaces", Area::Cleaning),
    task("sweep-floor", Area::Cleaning),
    task("mop-floor", Area::Cleaning),
    task("take-out-rubbish", Area::Cleaning),
    task("sort-recycling", Area::Cleaning),
    task("clean-toilet", Area::Cleaning),
    task("serve-customer", Area::Serving),
    task("take-order", Area::Serving),
    task("use-till", Area::Serving),
    task("set-tables", Area::Serving),
    task("clear-tables", Area::Serving),
    task("greet-customer", Area::Serving),
    task("fill-display", Area::Serving),
    task("team-meeting", Area::Serving),
];

/// Whether `id` is one of Mestre's starter task cards.
pub fn is_starter_task(id: &str) -> bool {
    TASKS.iter().any(|t| t.id == id)
}

/// How the day felt, as five faces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Mood {
    Great,
    Good,
    Ok,
    Tired,
    Hard,
}

impl Mood {
    pub const ALL: [Mood; 5] = [Mood::Great, Mood::Good, Mood::Ok, Mood::Tired, Mood::Hard];

    pub fn as_str(self) -> &'static str {
        match self {
            Mood::Great => "great",
            Mood::Good => "good",
            Mood::Ok => "ok",
            Mood::Tired => "tired",
            Mood::Hard => "hard",
        }
    }
    pub fn parse(s: &str) -> Option<Mood> {
        Mood::ALL.into_iter().find(|m| m.as_str() == s)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ItemKind {
    Photo,
    Voice,
    Word,
}

impl ItemKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ItemKind::Photo => "photo",
            ItemKind::Voice => "voice",
            ItemKind::Word => "word",
        }
    }
    pub fn parse(s: &str) -> Option<ItemKind> {
        [ItemKind::Photo, ItemKind::Voice, ItemKind::Word].into_iter().find(|k| k.as_str() == s)
    }
}

crate::text_column!(Mood);
crate::text_column!(ItemKind);

crate::synced_table! {
    /// A task card of the café's own (id `cafe-<uuid>`), or a starter card the café hides
    /// (the starter's own id; only `hidden` counts). Mentors only.
    pub table "task_card" (Ownership::Admin) => TaskCardRow, TaskCardDraft {
        area: Area,
        /// Its name in the café's working language.
        text: String [max 120],
        /// A picture of Mestre's (`task-bake-bread`, `kitchen`), or "" with a photo.
        picture: String [max 80],
        photo: Option<String> [media],
        photo_thumb: Option<String> [media],
        /// Not among the cards she chooses from (a day that chose it still shows it).
        hidden: bool,
        created_ms: i64,
    }
}

crate::synced_table! {
    /// One day of a trainee's little book. Its id is [`day_id`] of her and the date, the
    /// same on every device, so a day begun on two tablets is one day after sync.
    pub table "diary_day" (Ownership::Trainee) => DiaryDayRow, DiaryDayDraft {
        /// The date, YYYY-MM-DD.
        day: String [max 10],
        /// The ids of the task cards she chose.
        tasks: Vec<String> [max 4000],
        mood: Option<Mood>,
        /// When she last looked at the comments: newer ones carry the "new" badge.
        comments_seen_ms: i64,
        created_ms: i64,
    }
}

crate::synced_table! {
    /// Something she added to a day: a photo, a voice note, or a new word.
    pub table "diary_item" (Ownership::Trainee) => DiaryItemRow, DiaryItemDraft {
        day_id: String [max 100],
        kind: ItemKind,
        photo: Option<String> [media],
        photo_thumb: Option<String> [media],
        voice: Option<String> [media],
        duration_ms: i64,
        /// A new word's spelling, written by a mentor.
        text: String [max 200, also mentor],
        created_ms: i64,
    }
}

crate::synced_table! {
    /// A mentor's comment on a day: words, a voice note, or both.
    pub table "diary_comment" (Ownership::Mentor) => DiaryCommentRow, DiaryCommentDraft {
        day_id: String [max 100],
        text: String [max 2000],
        voice: Option<String> [media],
        duration_ms: i64,
        created_ms: i64,
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ItemView {
    pub id: String,
    pub kind: ItemKind,
    pub photo: Option<String>,
    pub photo_thumb: Option<String>,
    pub voice: Option<String>,
    #[ts(type = "number")]
    pub duration_ms: i64,
    /// A new word's spelling, once the mentor has written it.
    pub text: String,
    #[ts(type = "number")]
    pub created_ms: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct CommentView {
    pub id: String,
    pub author: String,
    pub text: String,
    pub voice: Option<String>,
    #[ts(type = "number")]
    pub duration_ms: i64,
    #[ts(type = "number")]
    pub created_ms: i64,
    /// Not yet seen by the trainee.
    pub is_new: bool,
}

/// One day of the little book, whole.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct DayView {
    pub id: String,
    pub owner: String,
    /// The date, YYYY-MM-DD.
    pub day: String,
    pub tasks: Vec<String>,
    pub mood: Option<Mood>,
    pub items: Vec<ItemView>,
    pub comments: Vec<CommentView>,
}

/// A day in the timeline.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct DaySummary {
    pub id: String,
    pub day: String,
    pub tasks: Vec<String>,
    pub mood: Option<Mood>,
    /// The first photo of the day, if any, for the timeline picture.
    pub photo_thumb: Option<String>,
    pub items: u32,
    pub new_comments: u32,
}

/// The id of `owner`'s day `date`: the same on every device, so a day begun on two
/// tablets is one day after sync.
pub fn day_id(owner: &str, date: &str) -> String {
    format!("day:{owner}:{date}")
}
