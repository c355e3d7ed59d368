//! The word bank: a kitchen picture dictionary in the café's working language and in
//! each trainee's own, with recordings, and spaced-repetition practice.
//!
//! Starter words come from the content pack ([`pack`], `assets/words/`); the café's own
//! words and whatever it changed about a starter word are shared rows ([`WordRow`],
//! [`WordTranslationRow`]). [`bank`] reads and writes them (browse, find, add, edit),
//! [`search`] makes typed text comparable across scripts, and [`practice`] schedules
//! each trainee's words with FSRS from her own review log ([`WordReviewRow`]).

pub mod bank;
pub mod pack;
pub mod practice;
pub mod search;
pub mod studio;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::changes::Ownership;

pub use bank::{NewWord, WordEdit};
pub use practice::{Answer, PracticeCard, PracticeMode, PracticeSession, WordProgress};

/// The groups words are browsed in, each a picture card.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    KitchenTools,
    Ingredients,
    Hygiene,
    Cleaning,
    Fridge,
    Serving,
    WorkingLife,
    /// Words the café added without a group: the new words from the diaries.
    NewWords,
}

impl Category {
    pub const ALL: [Category; 8] = [
        Category::KitchenTools,
        Category::Ingredients,
        Category::Hygiene,
        Category::Cleaning,
        Category::Fridge,
        Category::Serving,
        Category::WorkingLife,
        Category::NewWords,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Category::KitchenTools => "kitchen-tools",
            Category::Ingredients => "ingredients",
            Category::Hygiene => "hygiene",
            Category::Cleaning => "cleaning",
            Category::Fridge => "fridge",
            Category::Serving => "serving",
            Category::WorkingLife => "working-life",
            Category::NewWords => "new-words",
        }
    }

    pub fn parse(s: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.as_str() == s)
    }

    /// The picture of the category's card (a word picture of the pack).
    pub fn picture(self) -> &'static str {
        match self {
            Category::KitchenTools => "kitchen-knife",
            Category::Ingredients => "carrot",
            Category::Hygiene => "soap",
            Category::Cleaning => "broom",
            Category::Fridge => "refrigerator",
            Category::Serving => "coffee",
            Category::WorkingLife => "work-schedule",
            Category::NewWords => "new-word",
        }
    }
}

crate::text_column!(Category);

crate::synced_table! {
    /// A word of the café: one it added, or what it changed about a starter word
    /// (`pack_key`; empty text and no media mean "as the pack has it").
    pub table "word" (Ownership::Shared) => WordRow, WordDraft {
        /// The starter word this row changes, or "" for a word of the café's own.
        pack_key: String [max 80],
        /// Its group; none on a starter word means the pack's.
        category: Option<Category>,
        /// The word in the café's working language, with its article ("en kniv").
        text: String [max 200],
        photo: Option<String> [media],
        photo_thumb: Option<String> [media],
        /// How it sounds in the working language.
        voice: Option<String> [media],
        voice_ms: i64,
        created_ms: i64,
    }
}

crate::synced_table! {
    /// A word in one more language: its text and how it sounds. Id `<word id>/<lang>`.
    pub table "word_translation" (Ownership::Shared) => WordTranslationRow, WordTranslationDraft {
        word_id: String [max 100],
        lang: String [max 20],
        text: String [max 200],
        voice: Option<String> [media],
        voice_ms: i64,
    }
}

crate::synced_table! {
    /// One answer in a practice session and the word's memory state after it (FSRS
    /// stability and difficulty in thousandths, the learning step, the next due time).
    /// Her own log: written once, never changed.
    pub table "word_review" (Ownership::TraineeLog) => WordReviewRow, WordReviewDraft {
        word_id: String [max 100],
        mode: PracticeMode,
        /// 1 again, 2 hard, 3 good, 4 easy (FSRS's ratings).
        rating: i64,
        reviewed_ms: i64,
        /// Her date when she answered, YYYY-MM-DD (for the streak).
        day: String [max 10],
        /// Whole days since the word's review before this one.
        elapsed_days: i64,
        stability_milli: i64,
        difficulty_milli: i64,
        /// The learning step she is on (0: learnt, counted in days).
        step: i64,
        due_ms: i64,
        /// Her voice saying the word, when she said it.
        recording: Option<String> [media],
        duration_ms: i64,
    }
}

/// The id of a starter word: its pack key, prefixed so it cannot meet a new word's id.
pub fn pack_word_id(key: &str) -> String {
    format!("pack:{key}")
}

/// The id of a word's translation into `lang`.
pub fn translation_id(word_id: &str, lang: &str) -> String {
    format!("{word_id}/{lang}")
}

/// The owner of every row that changes a starter word: the same on every device, so
/// two tablets that change the same starter word first edit one row.
pub const PACK_OWNER: &str = "pack";

/// A recording of a word in one language, with its length.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct WordVoice {
    pub voice: String,
    #[ts(type = "number")]
    pub duration_ms: i64,
}

/// One side of a word: its text in a language and how it sounds there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct WordSide {
    pub lang: String,
    /// The word as written; empty when nobody has written it in this language yet.
    pub text: String,
    /// Its article when the language has them and the word has one ("en", "ei", "et", "ett").
    pub article: String,
    /// The text without its article, the word itself.
    pub bare: String,
    /// A recording made in the café, if any (else the app speaks it, or shows the hint).
    pub voice: Option<WordVoice>,
}

/// A word as the screens show it: its picture, the working language and hers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct WordView {
    pub id: String,
    pub category: Category,
    /// A picture of the pack (`assets/words/pictures/<name>.svg`), when it has one.
    pub picture: Option<String>,
    /// A photo taken in the café (shown instead of the picture).
    pub photo: Option<String>,
    pub photo_thumb: Option<String>,
    /// The working language (Norwegian).
    pub work: WordSide,
    /// Her language (the person's home language); the same as `work` for a Norwegian speaker.
    pub home: WordSide,
    /// A starter word (its texts may be changed, it cannot be removed from the pack).
    pub from_pack: bool,
}

/// A category card: its picture and how many words it holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CategoryView {
    pub category: Category,
    pub picture: String,
    pub words: u32,
}

/// The articles of the working languages (and the infinitive marks, "å nyse"), split off
/// a word's text for display.
const ARTICLES: [&str; 6] = ["en", "ei", "et", "ett", "å", "att"];

/// Split "en kniv" into ("en", "kniv"); text without an article comes back whole.
pub fn split_article(text: &str) -> (&str, &str) {
    if let Some((first, rest)) = text.trim().split_once(' ') {
        if ARTICLES.contains(&first) && !rest.trim().is_empty() {
            return (first, rest.trim());
        }
    }
    ("", text.trim())
}

impl WordSide {
    pub fn new(lang: &str, text: String, voice: Option<WordVoice>) -> Self {
        let (article, bare) = split_article(&text);
        let (article, bare) = (article.to_string(), bare.to_string());
        WordSide { lang: lang.to_string(), text, article, bare, voice }
    }
}
