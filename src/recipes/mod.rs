//! Recipes the café cooks, step by step, from her country and from Norway, and the
//! café's week menu.
//!
//! Starter recipes and the ingredient catalogue come from the content pack ([`pack`],
//! `assets/recipes/`); the café's own recipes are shared rows: the recipe
//! ([`RecipeRow`]), its steps ([`RecipeStepRow`], ordered by a position of their own so
//! two people who edit or move different steps both keep their change) and its
//! ingredients ([`RecipeIngredientRow`]), each a row, never a list inside a field.
//! Ingredients ([`IngredientRow`]) are words of the word bank with their allergens; the
//! allergens a mentor checked are hers alone to write. [`quantity`] scales and rounds
//! amounts, [`allergens`] derives a recipe's allergens and dietary marks, [`book`] holds
//! the verbs (browse, cook, record, edit) and [`menu`] the week menu.

pub mod allergens;
pub mod book;
pub mod menu;
pub mod pack;
pub mod quantity;

use serde::Serialize;
use ts_rs::TS;

use crate::changes::Ownership;
use allergens::{Allergen, AllergenSet, DietMark, FoodKind};
use quantity::Unit;

pub use book::{NewRecipe, NewStep, RecipeEdit, StepEdit};
pub use menu::{MenuDay, MenuDish, MenuWeek};

crate::synced_table! {
    /// A recipe of the café's own (a starter recipe changed by the café is a copy of it).
    pub table "recipe" (Ownership::Shared) => RecipeRow, RecipeDraft {
        /// Its name in the café's working language; may be written later by a mentor.
        title: String [max 200],
        /// Where the dish comes from: an ISO 3166 country code ("NO", "ER", "SY").
        country: String [max 2],
        /// Whose dish it is, shown with pride ("Fatima's lentil soup").
        cook: String [max 100],
        /// How many portions the amounts are for.
        portions: i64,
        photo: Option<String> [media],
        photo_thumb: Option<String> [media],
        /// Its name said aloud by whoever recorded it.
        title_voice: Option<String> [media],
        title_voice_ms: i64,
        /// The starter recipe it was copied from, or "".
        based_on: String [max 80],
        created_ms: i64,
    }
}

crate::synced_table! {
    /// One step of a recipe. Steps are ordered by `position`, a number with gaps, so
    /// moving a step writes only that step.
    pub table "recipe_step" (Ownership::Shared) => RecipeStepRow, RecipeStepDraft {
        recipe_id: String [max 100],
        position: i64,
        /// What to do, in the working language (a mentor may write it after the recording).
        text: String [max 600],
        photo: Option<String> [media],
        photo_thumb: Option<String> [media],
        /// The step explained aloud, in `voice_lang`.
        voice: Option<String> [media],
        voice_ms: i64,
        voice_lang: String [max 20],
        /// A timer the cook can start at this step, in seconds (0: none).
        timer_s: i64,
    }
}

crate::synced_table! {
    /// An ingredient in a recipe: how much, and the step it is used in.
    pub table "recipe_ingredient" (Ownership::Shared) => RecipeIngredientRow, RecipeIngredientDraft {
        recipe_id: String [max 100],
        ingredient_id: String [max 120],
        /// The step it is used in, or "" for the whole recipe.
        step_id: String [max 100],
        /// Thousandths of grams, millilitres or pieces (see `quantity`).
        amount_milli: i64,
        unit: Unit,
        position: i64,
    }
}

crate::synced_table! {
    /// An ingredient of the café: a word of the word bank with its allergens and kind.
    /// Id `ing:<word id>`, so two tablets that add the same ingredient add one. A change
    /// to a starter ingredient has id `pack:<key>` and owner `pack`.
    pub table "ingredient" (Ownership::Shared) => IngredientRow, IngredientDraft {
        /// The starter ingredient this row changes, or "".
        pack_key: String [max 80],
        word_id: String [max 100],
        /// Its allergens as whoever added it thought.
        allergens: AllergenSet,
        kind: FoodKind,
        /// The allergens a mentor checked (then these count).
        checked_allergens: Option<AllergenSet> [mentor only],
        checked_kind: Option<FoodKind> [mentor only],
        /// The mentor who checked them.
        checked_by: String [max 100, mentor only],
    }
}

crate::synced_table! {
    /// A dish on the café's menu on one day.
    pub table "menu_dish" (Ownership::Shared) => MenuDishRow, MenuDishDraft {
        /// YYYY-MM-DD
        day: String [max 10],
        recipe_id: String [max 100],
        position: i64,
    }
}

/// The id of a starter recipe or ingredient: its pack key, prefixed.
pub fn pack_id(key: &str) -> String {
    format!("pack:{key}")
}

/// The id of the ingredient made of word `word_id`.
pub fn ingredient_id(word_id: &str) -> String {
    format!("ing:{word_id}")
}

/// A text in the working language and in hers (the same when she reads Norwegian).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
pub struct Bilingual {
    pub work: String,
    pub home: String,
}

/// An allergen as shown: its pictogram, its kinds and its name in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct AllergenView {
    pub allergen: Allergen,
    /// "wheat", "oats" (gluten), "almond" (nuts): named in `name`.
    pub kinds: Vec<String>,
    /// "Gluten (hvete, havre)".
    pub name: Bilingual,
}

/// A dietary mark as shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct DietView {
    pub mark: DietMark,
    pub name: Bilingual,
}

/// A recipe as a picture card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct RecipeCard {
    pub id: String,
    pub title: Bilingual,
    /// "Fatimas linsesuppe" / her language: the title with the cook's name, when known.
    pub proud_title: Bilingual,
    /// A picture of the pack (`assets/recipes/pictures/<name>.svg`).
    pub picture: Option<String>,
    pub photo_thumb: Option<String>,
    /// Where the dish comes from (ISO 3166 code) and that country's name in both languages.
    pub country: String,
    pub country_name: Bilingual,
    pub cook: String,
    pub allergens: Vec<AllergenView>,
    pub diet: Vec<DietView>,
    pub from_pack: bool,
    /// Some ingredient's allergens are not checked by a mentor yet.
    pub unchecked: bool,
}

/// An amount as a cook reads it, in both languages ("1,5 kg").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct AmountView {
    pub work: String,
    pub home: String,
}

/// One ingredient line of a recipe.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct IngredientLine {
    /// The recipe_ingredient row (for editing); the pack's own lines have "".
    pub id: String,
    pub ingredient_id: String,
    pub word_id: String,
    pub name: Bilingual,
    pub picture: Option<String>,
    pub photo_thumb: Option<String>,
    pub amount: AmountView,
    #[ts(type = "number")]
    pub amount_milli: i64,
    pub unit: Unit,
    pub step_id: String,
    pub allergens: Vec<Allergen>,
    pub checked: bool,
}

/// One step as cook mode shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct StepView {
    pub id: String,
    pub number: u32,
    pub text: Bilingual,
    /// A picture of the pack for the step (the pot, the oven), when there is no photo.
    pub picture: Option<String>,
    pub photo: Option<String>,
    pub photo_thumb: Option<String>,
    pub voice: Option<String>,
    #[ts(type = "number")]
    pub voice_ms: i64,
    pub voice_lang: String,
    #[ts(type = "number")]
    pub timer_s: i64,
    pub ingredients: Vec<IngredientLine>,
}

/// A whole recipe for a number of portions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct RecipeView {
    pub card: RecipeCard,
    pub work_lang: String,
    pub home_lang: String,
    /// The portions the recipe is written for, and the portions shown.
    pub portions: u32,
    pub shown_portions: u32,
    pub photo: Option<String>,
    pub title_voice: Option<String>,
    pub ingredients: Vec<IngredientLine>,
    pub steps: Vec<StepView>,
}

/// An ingredient of the catalogue, to pick by picture or for a mentor to check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct IngredientView {
    pub id: String,
    pub word_id: String,
    pub name: Bilingual,
    pub picture: Option<String>,
    pub photo_thumb: Option<String>,
    pub allergens: Vec<Allergen>,
    /// As codes (`gluten:wheat`), for editing.
    pub allergen_codes: Vec<String>,
    pub kind: FoodKind,
    /// Checked by a mentor (or curated in the pack).
    pub checked: bool,
    /// Where its allergens come from: the pack's source note, or the mentor who checked.
    pub source: String,
}

/// A pack or café ingredient's allergens and kind as they count now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IngredientFacts {
    pub word_id: String,
    pub allergens: AllergenSet,
    pub kind: FoodKind,
    pub checked: bool,
    pub source: String,
}
