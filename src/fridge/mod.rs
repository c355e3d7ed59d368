//! The fridge: where food goes, how cold it must be, how long it keeps, and the label
//! that says so — practised as a game on the tablet, printed for real in the kitchen,
//! and checked every morning with the thermometer.
//!
//! The food catalogue and the country rule packs are data ([`pack`],
//! `assets/fridge/pack.json`, every rule with its source); [`rules`] computes from them
//! (use-by dates in the café's own time zone, temperature limits), with the café's own
//! shelf lives ([`FridgeRoutineRow`], set by a mentor) before the pack's, and its own
//! foods beside the pack's ([`own`]: a mentor adds them and hides those it never uses). [`catalogue`]
//! shows the items, [`practice`] holds the four games and their stored results (her
//! evidence for the curriculum aims), [`labels`] prints prep labels and keeps their log,
//! and [`check`] records the daily fridge and freezer temperatures.

pub mod catalogue;
pub mod check;
pub mod labels;
pub mod own;
pub mod pack;
pub mod practice;
pub mod rules;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::changes::Ownership;
use crate::recipes::allergens::{Allergen, AllergenSet};
use crate::recipes::{AllergenView, Bilingual};

pub use labels::LabelRequest;
pub use practice::{FridgeAnswer, FridgeFeedback, FridgeQuestion, FridgeResult, FridgeRound};

/// Where food is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Zone {
    Fridge,
    Freezer,
    /// The dry store: shelves at room temperature or cooler.
    Dry,
}

impl Zone {
    pub const ALL: [Zone; 3] = [Zone::Fridge, Zone::Freezer, Zone::Dry];

    pub fn as_str(self) -> &'static str {
        match self {
            Zone::Fridge => "fridge",
            Zone::Freezer => "freezer",
            Zone::Dry => "dry",
        }
    }
    pub fn parse(s: &str) -> Option<Zone> {
        Zone::ALL.into_iter().find(|z| z.as_str() == s)
    }
    /// Its name, a message of `fridge.ftl`.
    pub fn message_id(self) -> String {
        format!("fridge-zone-{}", self.as_str())
    }
}

crate::text_column!(Zone);

/// What starts an item's time: it was made, opened, thawed or delivered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum FoodEvent {
    Made,
    Opened,
    Thawed,
    Delivered,
}

impl FoodEvent {
    pub const ALL: [FoodEvent; 4] = [FoodEvent::Made, FoodEvent::Opened, FoodEvent::Thawed, FoodEvent::Delivered];

    pub fn as_str(self) -> &'static str {
        match self {
            FoodEvent::Made => "made",
            FoodEvent::Opened => "opened",
            FoodEvent::Thawed => "thawed",
            FoodEvent::Delivered => "delivered",
        }
    }
    pub fn parse(s: &str) -> Option<FoodEvent> {
        FoodEvent::ALL.into_iter().find(|e| e.as_str() == s)
    }
    /// "Laget", "Åpnet", … as the label prints it, a message of `fridge.ftl`.
    pub fn message_id(self) -> String {
        format!("fridge-event-{}", self.as_str())
    }
}

crate::text_column!(FoodEvent);

/// The four practice games.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum FridgeGame {
    /// Fridge, freezer or dry store?
    WhereDoesItGo,
    /// Which thermometer reading is right?
    HowCold,
    /// Make the label of something she made.
    WriteTheLabel,
    /// Throw out what is past its date, put the rest on the shelf, oldest in front.
    FirstInFirstOut,
}

impl FridgeGame {
    pub const ALL: [FridgeGame; 4] =
        [FridgeGame::WhereDoesItGo, FridgeGame::HowCold, FridgeGame::WriteTheLabel, FridgeGame::FirstInFirstOut];

    pub fn as_str(self) -> &'static str {
        match self {
            FridgeGame::WhereDoesItGo => "where-does-it-go",
            FridgeGame::HowCold => "how-cold",
            FridgeGame::WriteTheLabel => "write-the-label",
            FridgeGame::FirstInFirstOut => "first-in-first-out",
        }
    }
    pub fn parse(s: &str) -> Option<FridgeGame> {
        FridgeGame::ALL.into_iter().find(|g| g.as_str() == s)
    }
    /// The curriculum aim a game's result is evidence for (Vg1 restaurant- og matfag,
    /// the partial aims of the Sandefjord guide's plan RMF1-01, numbered in its order):
    /// storage and temperatures are food safety (aim 4, "ha kunnskap om mattrygghet"),
    /// labels and first-in-first-out are aim 9 ("emballere og merke produkt for
    /// oppbevaring og sporing etter gjeldende forskrift"). The competence work reads
    /// evidence by these ids.
    pub fn aim(self) -> &'static str {
        match self {
            FridgeGame::WhereDoesItGo | FridgeGame::HowCold => "RMF1-01.4",
            FridgeGame::WriteTheLabel | FridgeGame::FirstInFirstOut => "RMF1-01.9",
        }
    }
}

crate::text_column!(FridgeGame);

/// The two label sizes Mestre prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
pub enum LabelSize {
    /// 62 mm continuous roll (Brother DK-22205 and the like), cut at 62 × 40 mm.
    #[serde(rename = "62mm")]
    Roll62,
    /// 57 × 32 mm die-cut labels.
    #[serde(rename = "57x32mm")]
    Label57x32,
}

impl LabelSize {
    pub const ALL: [LabelSize; 2] = [LabelSize::Roll62, LabelSize::Label57x32];

    pub fn as_str(self) -> &'static str {
        match self {
            LabelSize::Roll62 => "62mm",
            LabelSize::Label57x32 => "57x32mm",
        }
    }
    pub fn parse(s: &str) -> Option<LabelSize> {
        LabelSize::ALL.into_iter().find(|z| z.as_str() == s)
    }
    /// Width and height of the page, in millimetres: the media itself.
    pub fn millimetres(self) -> (f32, f32) {
        match self {
            LabelSize::Roll62 => (62.0, 40.0),
            LabelSize::Label57x32 => (57.0, 32.0),
        }
    }
}

crate::text_column!(LabelSize);

crate::synced_table! {
    /// One finished practice session: her result, evidence for a curriculum aim. Her own
    /// log: written once, never changed.
    pub table "fridge_practice" (Ownership::TraineeLog) => FridgePracticeRow, FridgePracticeDraft {
        game: FridgeGame,
        /// Parts she got right, of `total`.
        points: i64 [range(0, 100)],
        total: i64 [range(1, 100)],
        /// The items she got wrong, by key, or the topic (`hot-holding`, `cooling`),
        /// separated by spaces: what to practise next.
        missed: String [max 600],
        /// The curriculum aim it is evidence for ("RMF1-01.9").
        aim: String [max 40],
        /// The rule pack it was played with ("NO", "SE").
        country: String [max 2],
        /// Her date, YYYY-MM-DD.
        day: String [max 10],
        done_ms: i64,
    }
}

crate::synced_table! {
    /// A printed prep label: what, when, until when, by whom. Her log: a reprint is a
    /// label of its own that names the first (`reprint_of`), so nothing is rewritten.
    pub table "fridge_label" (Ownership::PersonLog) => FridgeLabelRow, FridgeLabelDraft {
        item: String [max 80],
        /// The café's recipe it was made from, or "".
        recipe_id: String [max 100],
        /// The product's name as printed (the recipe's title or the item's name).
        product: String [max 200],
        event: FoodEvent,
        /// The kitchen's date it was made (opened, thawed), YYYY-MM-DD.
        made_day: String [max 10],
        use_by_day: String [max 10],
        allergens: AllergenSet,
        /// Who made the food: her initials as printed.
        initials: String [max 8],
        size: LabelSize,
        printed_ms: i64,
        reprint_of: String [max 100],
    }
}

crate::synced_table! {
    /// A thermometer reading of a fridge or freezer, with the limit it was judged by:
    /// the IK-mat record an inspector asks for, written once by whoever read it.
    pub table "fridge_reading" (Ownership::PersonLog) => FridgeReadingRow, FridgeReadingDraft {
        zone: Zone,
        /// Which one, when the kitchen has more than one ("1", "2", "kjølerom").
        unit: String [max 40],
        /// Tenths of a degree Celsius: −50.0 to +100.0 °C.
        tenths: i64 [range(-500, 1000)],
        /// The highest the rule pack allowed then, in tenths.
        limit_tenths: i64 [range(-500, 1000)],
        /// The kitchen's date, YYYY-MM-DD.
        day: String [max 10],
        read_ms: i64,
    }
}

crate::synced_table! {
    /// The café's own routine for an item (IK-mat): how many days it keeps, set by a
    /// mentor. Id `routine:<item key>`, so two mentors who set it set one row.
    pub table "fridge_routine" (Ownership::Admin) => FridgeRoutineRow, FridgeRoutineDraft {
        item: String [max 80],
        keeps_days: i64 [range(0, 730)],
        /// Why (the café's routine, the supplier's advice).
        note: String [max 300],
    }
}

crate::synced_table! {
    /// A food of the café's own (id `cafe-…`), or a starter food the café hides (the
    /// food's key; only `hidden` counts). Mentors only: what a food is decides the
    /// use-by date on its label.
    pub table "fridge_food" (Ownership::Admin) => FridgeFoodRow, FridgeFoodDraft {
        /// Its name in the working language.
        name: String [max 120],
        /// A food picture (a word or recipe picture of the packs).
        picture: String [max 80],
        /// Its class of food: the rule packs give its zone, its limit and its days.
        class: String [max 40],
        after: FoodEvent,
        allergens: AllergenSet,
        /// Off the games and the labels to choose (printed labels keep it).
        hidden: bool,
        created_ms: i64,
    }
}

/// The id of the café's routine for an item.
pub fn routine_id(item: &str) -> String {
    format!("routine:{item}")
}

/// An item of the catalogue as a picture card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FoodItemView {
    pub key: String,
    pub name: Bilingual,
    /// A picture of the word or recipe packs.
    pub picture: String,
    pub zone: Zone,
    pub zone_name: Bilingual,
    /// The warmest it may be kept, in whole °C (none in the dry store).
    pub max_c: Option<i32>,
    pub keeps_days: u32,
    /// What its days count from.
    pub after: FoodEvent,
    pub after_name: Bilingual,
    pub allergens: Vec<AllergenView>,
    /// The rule's source note, or the café's note when it has its own routine.
    pub source: String,
    /// The café set its own number of days.
    pub own_routine: bool,
    /// Its class of food (what the rules count by).
    pub class: String,
    /// One of the café's own foods.
    pub own: bool,
    /// The café hides it (mentors see it, to bring it back).
    pub hidden: bool,
    /// An own food's name in other languages, as written (for the mentor's form).
    pub texts: Vec<crate::content::LangText>,
}

/// A class of food as a mentor chooses it for the café's own food: named by the foods
/// the pack has of it, with where it is kept and how long it keeps.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FoodClassView {
    pub class: String,
    pub zone: Zone,
    /// "Kokt ris, Kokt pasta": the pack's foods of the class, in the working language.
    pub foods: String,
    pub keeps_days: u32,
    pub max_c: Option<i32>,
}

/// The rule pack in force, as a mentor reads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct RulesView {
    pub country: String,
    pub source: String,
    pub fridge_max_c: i32,
    pub freezer_max_c: i32,
    pub hot_holding_min_c: i32,
    pub cooling_to_c: i32,
    pub cooling_within_h: u32,
    /// (what, source) for every rule of the pack.
    pub notes: Vec<(String, String)>,
    /// Every class of food, for the café's own foods.
    pub classes: Vec<FoodClassView>,
}

/// A printed label as the log shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct LabelView {
    pub id: String,
    pub item: String,
    pub picture: String,
    /// The product in the working language (as printed) and hers.
    pub product: Bilingual,
    pub event: FoodEvent,
    pub event_name: Bilingual,
    pub made_day: String,
    pub use_by_day: String,
    pub allergens: Vec<Allergen>,
    pub initials: String,
    pub made_by: String,
    pub size: LabelSize,
    #[ts(type = "number")]
    pub printed_ms: i64,
    pub reprint: bool,
}

/// One thermometer reading as shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ReadingView {
    pub id: String,
    pub zone: Zone,
    pub unit: String,
    pub day: String,
    #[ts(type = "number")]
    pub read_ms: i64,
    /// Tenths of a degree.
    pub tenths: i32,
    pub limit_tenths: i32,
    /// Warmer than the limit.
    pub too_warm: bool,
    pub by: String,
}

/// The morning check: today's readings, what to do about a bad one, and the log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FridgeCheckView {
    pub today: String,
    /// (zone, its limit in tenths) for every zone that is read.
    pub limits: Vec<(Zone, i32)>,
    /// Today's newest reading of each zone, if read.
    pub today_readings: Vec<ReadingView>,
    /// Every reading of the last 30 days, oldest first (the chart).
    pub log: Vec<ReadingView>,
}

/// What a reading means, said aloud when it is too warm.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ReadingSaved {
    pub reading: ReadingView,
    /// "Too warm! …" and what to do, in both languages; empty when all is well.
    pub warning: Option<Bilingual>,
    pub check: FridgeCheckView,
}

/// A trainee's fridge practice as evidence: one per finished session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FridgeEvidence {
    pub id: String,
    pub person_id: String,
    pub game: FridgeGame,
    pub aim: String,
    pub day: String,
    pub right: u32,
    pub total: u32,
    pub missed: Vec<String>,
}
