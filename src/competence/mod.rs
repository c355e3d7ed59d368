//! Competences she can prove: the curriculum aims of her training plan, how she rates
//! herself on each, the evidence that shows it (her diary days, photos, voice notes,
//! fridge practice, word practice), and her mentor's sign-off — P (started), F
//! (completed), K (checked and signed), as Norwegian training books mark them.
//!
//! The aims are data ([`pack`], `assets/competence/`): the Vg1 restaurant- og matfag
//! and renholdsoperatør aims and the working-life culture modules of the Sandefjord
//! guide, each with a picture and a plain explanation in every shipped language. A
//! café adds aims of its own ([`own`]), which join the pack as one more curriculum.
//! [`plan`] is which aims belong to her plan (chosen by a mentor) and the views of her
//! progress; [`assessment`] her own rating with three faces; [`evidence`] what is
//! linked to an aim and what the app suggests; [`signoff`] the mentor's marks, each a
//! change signed with her own key, kept in her log and never changed; [`progress`] the
//! charts over time; [`credential`] the Open Badges credential of an aim she holds; [`monthly`] the figures of the month the café reports to NAV.

pub mod assessment;
pub mod credential;
pub mod evidence;
pub mod monthly;
pub mod own;
pub mod pack;
pub mod plan;
pub mod progress;
pub mod signoff;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::changes::Ownership;
use crate::recipes::Bilingual;

pub use pack::{Aim, CurriculumPack};

/// How she rates herself on an aim: three faces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    /// "I can't yet."
    CantYet,
    /// "I can with help."
    WithHelp,
    /// "I can on my own."
    OnMyOwn,
}

impl Level {
    pub const ALL: [Level; 3] = [Level::CantYet, Level::WithHelp, Level::OnMyOwn];

    pub fn as_str(self) -> &'static str {
        match self {
            Level::CantYet => "cant-yet",
            Level::WithHelp => "with-help",
            Level::OnMyOwn => "on-my-own",
        }
    }
    pub fn parse(s: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.as_str() == s)
    }
    /// "Jeg kan ikke ennå", … (a message of `competence.ftl`).
    pub fn message_id(self) -> String {
        format!("competence-level-{}", self.as_str())
    }
    /// Its face (a picture of `assets/pictures`).
    pub fn picture(self) -> String {
        format!("level-{}", self.as_str())
    }
}

crate::text_column!(Level);

/// A mentor's mark on an aim, in the order they come: P, then F, then K.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Mark {
    /// P: påbegynt — training on it has begun.
    Started,
    /// F: fullført — she has done it.
    Completed,
    /// K: kontrollert — checked and signed by the mentor, with evidence.
    Checked,
}

impl Mark {
    pub const ALL: [Mark; 3] = [Mark::Started, Mark::Completed, Mark::Checked];

    pub fn as_str(self) -> &'static str {
        match self {
            Mark::Started => "started",
            Mark::Completed => "completed",
            Mark::Checked => "checked",
        }
    }
    pub fn parse(s: &str) -> Option<Mark> {
        Mark::ALL.into_iter().find(|m| m.as_str() == s)
    }
    /// The letter a Norwegian training book writes: P, F or K.
    pub fn letter(self) -> &'static str {
        match self {
            Mark::Started => "P",
            Mark::Completed => "F",
            Mark::Checked => "K",
        }
    }
    pub fn message_id(self) -> String {
        format!("competence-mark-{}", self.as_str())
    }
    /// The mark after this one, if any.
    pub fn next(self) -> Option<Mark> {
        match self {
            Mark::Started => Some(Mark::Completed),
            Mark::Completed => Some(Mark::Checked),
            Mark::Checked => None,
        }
    }
}

crate::text_column!(Mark);

/// What a piece of evidence is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum EvidenceKind {
    /// A day of her diary whose tasks belong to the aim.
    DiaryDay,
    Photo,
    VoiceNote,
    /// A finished round of a fridge game.
    FridgePractice,
    /// A day of word practice.
    WordPractice,
}

impl EvidenceKind {
    pub const ALL: [EvidenceKind; 5] =
        [EvidenceKind::DiaryDay, EvidenceKind::Photo, EvidenceKind::VoiceNote, EvidenceKind::FridgePractice, EvidenceKind::WordPractice];

    pub fn as_str(self) -> &'static str {
        match self {
            EvidenceKind::DiaryDay => "diary-day",
            EvidenceKind::Photo => "photo",
            EvidenceKind::VoiceNote => "voice-note",
            EvidenceKind::FridgePractice => "fridge-practice",
            EvidenceKind::WordPractice => "word-practice",
        }
    }
    pub fn parse(s: &str) -> Option<EvidenceKind> {
        EvidenceKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
    pub fn message_id(self) -> String {
        format!("competence-evidence-{}", self.as_str())
    }
}

crate::text_column!(EvidenceKind);

crate::synced_table! {
    /// One of the café's own curriculum aims (id `cafe-…`), written by a mentor in the
    /// working language (other languages: `content_language`). Mentors only.
    pub table "competence_aim" (Ownership::Admin) => CompetenceAimRow, CompetenceAimDraft {
        /// The code a training book writes ("KAFE-1").
        code: String [max 20],
        /// Its short name.
        title: String [max 160],
        /// One or two plain sentences, spoken on a tap.
        plain: String [max 600],
        /// Words of a curriculum or a job description it follows, if any.
        official: String [max 600],
        /// One of Mestre's pictures.
        picture: String [max 80],
        /// Diary task cards whose days show it.
        tasks: Vec<String> [max 2000],
        /// A fridge game's result is evidence for it.
        fridge: bool,
        /// Word practice is evidence for it.
        words: bool,
        /// No longer offered for plans (those that have it keep it).
        hidden: bool,
        created_ms: i64,
    }
}

crate::synced_table! {
    /// An aim in a trainee's individual training plan, chosen by a mentor. Id
    /// `plan:<trainee>:<aim>`, so two mentors who add the same aim add one row; taken out
    /// of the plan, the row is removed.
    pub table "competence_plan" (Ownership::Admin) => CompetencePlanRow, CompetencePlanDraft {
        aim: String [max 40],
        added_ms: i64,
    }
}

crate::synced_table! {
    /// She rates herself on an aim (three faces). Her log: every rating is kept, so her
    /// progress can be drawn over time.
    pub table "competence_rating" (Ownership::TraineeLog) => CompetenceRatingRow, CompetenceRatingDraft {
        aim: String [max 40],
        level: Level,
        /// Her date, YYYY-MM-DD.
        day: String [max 10],
        rated_ms: i64,
    }
}

crate::synced_table! {
    /// A piece of her work linked to an aim as evidence, by her or by a mentor. Id
    /// `evidence:<trainee>:<aim>:<kind>:<ref>`: linked twice it is one row; unlinked, it
    /// stays with `linked` false (so a mentor may unlink too, without deleting her row).
    pub table "competence_evidence" (Ownership::Trainee) => CompetenceEvidenceRow, CompetenceEvidenceDraft {
        aim: String [max 40, also mentor],
        kind: EvidenceKind [also mentor],
        /// The diary day, diary item or fridge round it points at; for word practice, the day.
        ref_id: String [max 120, also mentor],
        linked: bool [also mentor],
        /// Who linked it.
        linked_by: String [max 100, also mentor],
        linked_ms: i64 [also mentor],
    }
}

crate::synced_table! {
    /// A mentor's mark on a trainee's aim: P, F or K, the day, her comment (words, a
    /// voice note, or both) and the evidence she saw. Her log, signed with her own key:
    /// nobody changes it afterwards, not even she — a correction is a new mark.
    pub table "competence_mark" (Ownership::MentorLog) => CompetenceMarkRow, CompetenceMarkDraft {
        trainee: String [max 100],
        aim: String [max 40],
        mark: Mark,
        /// The café's date, YYYY-MM-DD.
        day: String [max 10],
        comment: String [max 2000],
        voice: Option<String> [media],
        duration_ms: i64 [range(0, 3_600_000)],
        /// The evidence rows she saw when she signed.
        evidence: Vec<String> [max 4000],
        signed_ms: i64,
    }
}

/// The id of an aim's row in a trainee's plan.
pub fn plan_id(trainee: &str, aim: &str) -> String {
    format!("plan:{trainee}:{aim}")
}

/// The id of a piece of evidence.
pub fn evidence_id(trainee: &str, aim: &str, kind: EvidenceKind, ref_id: &str) -> String {
    format!("evidence:{trainee}:{aim}:{}:{ref_id}", kind.as_str())
}

/// A mentor's mark as shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct MarkView {
    pub id: String,
    pub mark: Mark,
    /// P, F or K.
    pub letter: String,
    pub name: Bilingual,
    pub day: String,
    /// The date as her language writes it.
    pub date: Bilingual,
    pub mentor_id: String,
    pub mentor_name: String,
    pub comment: String,
    pub voice: Option<String>,
    #[ts(type = "number")]
    pub duration_ms: i64,
    /// How many pieces of evidence she saw when she signed.
    pub evidence_count: u32,
    /// Whether the mentor's signature on the change that wrote it checks out with her key:
    /// checked on the aim's own page (none: not checked in this list).
    pub signature_valid: Option<bool>,
}

/// An aim as a card, with where she stands on it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct AimView {
    /// "RMF1-01.9" (the café's own aims: `cafe-…`).
    pub id: String,
    /// The code a training book writes: "RMF1-01.9", or the café's own code.
    pub code: String,
    /// "RMF1-01".
    pub curriculum: String,
    pub picture: String,
    /// A short name, in both languages.
    pub title: Bilingual,
    /// One or two plain sentences, in both languages (spoken on a tap).
    pub plain: Bilingual,
    /// The curriculum's own words (Norwegian).
    pub official: String,
    pub in_plan: bool,
    /// Her newest rating of herself.
    pub level: Option<Level>,
    pub level_day: Option<String>,
    /// Her mentor's newest mark.
    pub mark: Option<MarkView>,
    /// Evidence linked to it.
    pub evidence_count: u32,
}

/// A part of a curriculum ("Råvare, produksjon og kvalitet").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct AreaView {
    pub key: String,
    pub title: Bilingual,
    pub aims: Vec<AimView>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CurriculumView {
    pub code: String,
    pub title: Bilingual,
    pub areas: Vec<AreaView>,
}

/// How far she has come: aims in her plan, by her newest mark and her own rating.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, TS)]
pub struct Totals {
    pub planned: u32,
    /// Aims whose newest mark is P (F, K).
    pub started: u32,
    pub completed: u32,
    pub checked: u32,
    /// Aims she rates "on my own".
    pub on_my_own: u32,
}

impl Totals {
    /// Count one aim of her plan by its newest mark and her newest face.
    pub fn count(&mut self, mark: Option<Mark>, level: Option<Level>) {
        match mark {
            Some(Mark::Started) => self.started += 1,
            Some(Mark::Completed) => self.completed += 1,
            Some(Mark::Checked) => self.checked += 1,
            None => {}
        }
        if level == Some(Level::OnMyOwn) {
            self.on_my_own += 1;
        }
    }
}

/// Her competences: the curricula, each aim with where she stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Competences {
    pub person_id: String,
    pub person_name: String,
    /// Her language (the second of every caption).
    pub home_lang: String,
    pub work_lang: String,
    /// For a trainee, only the aims of her plan; for a mentor, every aim.
    pub curricula: Vec<CurriculumView>,
    pub totals: Totals,
}

/// A piece of evidence as shown: what it is, when, and a picture or sound of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct EvidenceView {
    /// Its row id once linked; the id it would get while only suggested.
    pub id: String,
    pub kind: EvidenceKind,
    pub ref_id: String,
    pub day: String,
    pub summary: Bilingual,
    pub photo_thumb: Option<String>,
    pub voice: Option<String>,
    pub linked: bool,
    /// Who linked it ("" while suggested).
    pub linked_by_name: String,
}

/// One aim in full: the card, every mark and rating so far, its evidence, what the app
/// suggests, and which marks a mentor may set next.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct AimDetail {
    pub person_id: String,
    pub person_name: String,
    /// Her language (the second of every text) and the working language.
    pub home_lang: String,
    pub work_lang: String,
    pub aim: AimView,
    pub area: Bilingual,
    pub curriculum: Bilingual,
    /// Oldest first.
    pub marks: Vec<MarkView>,
    /// Oldest first: (day, level).
    pub ratings: Vec<RatingView>,
    pub evidence: Vec<EvidenceView>,
    pub suggestions: Vec<EvidenceView>,
    /// The marks the signed-in mentor may set now (empty for a trainee).
    pub next_marks: Vec<Mark>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct RatingView {
    pub day: String,
    pub level: Level,
    pub name: Bilingual,
}

/// A mentor signs a mark.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
pub struct MarkRequest {
    pub person_id: String,
    pub aim: String,
    pub mark: Mark,
    #[serde(default)]
    pub comment: String,
    #[serde(default)]
    pub voice: Option<crate::media::Clip>,
}
