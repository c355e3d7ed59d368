//! The starter recipes and the ingredient catalogue every café begins with.
//!
//! `assets/recipes/pack.json` lists each ingredient (the word it is, its allergens and
//! kind of food, and the source of those) and each recipe (origin, portions, picture,
//! ingredients with amounts and the step they belong to, steps with a picture and a
//! timer); `assets/recipes/<tag>.ftl` holds the titles and steps in every shipped
//! language (`fiskesuppe = Fiskesuppe`, `fiskesuppe-1 = Skjær fisken i biter.`). The build
//! fails when a language lacks a text of `nb` (build.rs); a test checks that every
//! ingredient is a word of the word pack, every allergen code is one of the 14, and
//! every recipe has its picture.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;

use super::allergens::{AllergenSet, FoodKind};
use super::quantity::Unit;

include!(concat!(env!("OUT_DIR"), "/recipe_pack_sources.rs"));

/// A starter ingredient.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackIngredient {
    pub key: String,
    /// The key of its word in the word pack.
    pub word: String,
    pub allergens: AllergenSet,
    pub kind: FoodKind,
    /// Where its allergens come from.
    pub source: String,
}

/// An ingredient line of a starter recipe.
#[derive(Debug, Clone, PartialEq)]
pub struct PackLine {
    pub ingredient: String,
    pub amount: f64,
    pub unit: Unit,
    /// The step (from 1) it is used in.
    pub step: u32,
}

/// A step of a starter recipe; its text is in the texts, `<recipe>-<number>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackStep {
    pub picture: Option<String>,
    pub timer_s: i64,
}

/// A starter recipe.
#[derive(Debug, Clone, PartialEq)]
pub struct PackRecipe {
    pub key: String,
    pub origin: String,
    pub portions: u32,
    pub picture: String,
    pub lines: Vec<PackLine>,
    pub steps: Vec<PackStep>,
    /// Title and step texts by language: `texts[lang][0]` is the title, then the steps.
    pub texts: HashMap<String, Vec<String>>,
}

impl PackRecipe {
    /// The title (0) or step `n` (from 1) in `lang`, if the pack has it there.
    pub fn text(&self, lang: &str, n: usize) -> Option<&str> {
        self.texts.get(lang).and_then(|t| t.get(n)).map(String::as_str).filter(|t| !t.is_empty())
    }
}

/// The whole pack, read once from the embedded files.
#[derive(Debug)]
pub struct RecipePack {
    pub ingredients: Vec<PackIngredient>,
    pub recipes: Vec<PackRecipe>,
    ingredient_at: HashMap<String, usize>,
    recipe_at: HashMap<String, usize>,
}

#[derive(Deserialize)]
struct Listing {
    ingredients: Vec<ListedIngredient>,
    recipes: Vec<ListedRecipe>,
}

#[derive(Deserialize)]
struct ListedIngredient {
    key: String,
    word: String,
    #[serde(default)]
    allergens: String,
    kind: String,
    source: String,
}

#[derive(Deserialize)]
struct ListedRecipe {
    key: String,
    origin: String,
    portions: u32,
    picture: String,
    /// [ingredient, amount, unit, step]
    ingredients: Vec<(String, f64, String, u32)>,
    /// [picture or "", timer seconds]
    steps: Vec<(String, i64)>,
}

impl RecipePack {
    /// The pack shipped in this binary.
    pub fn shipped() -> &'static RecipePack {
        static PACK: OnceLock<RecipePack> = OnceLock::new();
        PACK.get_or_init(|| RecipePack::parse(RECIPE_PACK_LISTING, RECIPE_PACK_TEXTS).expect("assets/recipes was checked by build.rs"))
    }

    /// Read a pack from its listing (JSON) and its texts (per locale, Fluent syntax).
    pub fn parse(listing: &str, texts: &[(&str, &str)]) -> Result<RecipePack, String> {
        let listing: Listing = serde_json::from_str(listing).map_err(|e| format!("pack.json: {e}"))?;
        let mut ingredients = Vec::new();
        let mut ingredient_at = HashMap::new();
        for i in listing.ingredients {
            let allergens = AllergenSet::parse(&i.allergens).ok_or_else(|| format!("{}: allergens {:?}", i.key, i.allergens))?;
            let kind = FoodKind::parse(&i.kind).ok_or_else(|| format!("{}: kind {:?}", i.key, i.kind))?;
            if ingredient_at.insert(i.key.clone(), ingredients.len()).is_some() {
                return Err(format!("ingredient {} is listed twice", i.key));
            }
            ingredients.push(PackIngredient { key: i.key, word: i.word, allergens, kind, source: i.source });
        }
        let mut recipes = Vec::new();
        let mut recipe_at = HashMap::new();
        for r in listing.recipes {
            let mut lines = Vec::new();
            for (ingredient, amount, unit, step) in r.ingredients {
                if !ingredient_at.contains_key(&ingredient) {
                    return Err(format!("{}: no ingredient {ingredient}", r.key));
                }
                let unit = Unit::parse(&unit).ok_or_else(|| format!("{}: unit {unit:?}", r.key))?;
                if step == 0 || step as usize > r.steps.len() {
                    return Err(format!("{}: {ingredient} in step {step}", r.key));
                }
                lines.push(PackLine { ingredient, amount, unit, step });
            }
            let steps = r
                .steps
                .into_iter()
                .map(|(picture, timer_s)| PackStep { picture: Some(picture).filter(|p| !p.is_empty()), timer_s })
                .collect();
            if recipe_at.insert(r.key.clone(), recipes.len()).is_some() {
                return Err(format!("recipe {} is listed twice", r.key));
            }
            recipes.push(PackRecipe {
                key: r.key,
                origin: r.origin,
                portions: r.portions.max(1),
                picture: r.picture,
                lines,
                steps,
                texts: HashMap::new(),
            });
        }
        for (tag, source) in texts {
            for (key, text) in crate::words::pack::parse_texts(source).map_err(|e| format!("{tag}.ftl: {e}"))? {
                let (recipe, n) = match key.rsplit_once('-') {
                    Some((recipe, n)) if n.chars().all(|c| c.is_ascii_digit()) && recipe_at.contains_key(recipe) => {
                        (recipe, n.parse::<usize>().map_err(|e| e.to_string())?)
                    }
                    _ => (key.as_str(), 0),
                };
                let at = *recipe_at.get(recipe).ok_or_else(|| format!("{tag}.ftl: {key} is not a recipe of pack.json"))?;
                let slots = recipes[at].steps.len() + 1;
                if n >= slots {
                    return Err(format!("{tag}.ftl: {key}: the recipe has {} steps", slots - 1));
                }
                let texts = recipes[at].texts.entry(tag.to_string()).or_insert_with(|| vec![String::new(); slots]);
                texts[n] = text;
            }
        }
        Ok(RecipePack { ingredients, recipes, ingredient_at, recipe_at })
    }

    pub fn ingredient(&self, key: &str) -> Option<&PackIngredient> {
        self.ingredient_at.get(key).map(|&at| &self.ingredients[at])
    }

    pub fn recipe(&self, key: &str) -> Option<&PackRecipe> {
        self.recipe_at.get(key).map(|&at| &self.recipes[at])
    }
}
