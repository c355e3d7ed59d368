//! The recipe book's verbs: browse recipes as cards, open one for any number of
//! portions (cook mode reads the same view), record a recipe step by step with photos
//! and voice, edit and reorder steps, pick ingredients by picture, and check an
//! ingredient's allergens (mentors).

use crate::content::clean_text;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::allergens::{derive_allergens, diet_marks, Allergen, AllergenMark, AllergenSet, FoodKind};
use super::pack::{PackRecipe, RecipePack};
use super::quantity::{Quantity, Unit};
use super::*;
use crate::api::Mestre;
use crate::changes::Draft;
use crate::error::{Error, ErrorKind, Result};
use crate::i18n::{FluentArg, Localizer};
use crate::media::{Clip, PhotoRef};
use crate::words::bank::Shelf;

/// The most portions a recipe is shown or written for.
pub const MAX_PORTIONS: u32 = 500;
/// Steps are placed this far apart, so a step moved between two others fits.
const POSITION_GAP: i64 = 1 << 20;
const MAX_TITLE_CHARS: usize = 200;
const MAX_STEP_CHARS: usize = 600;
/// A kitchen timer runs at most a day.
const MAX_TIMER_S: i64 = 24 * 3600;

/// A new recipe: any part may come later (a trainee starts with a photo and her voice).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct NewRecipe {
    pub title: String,
    pub country: String,
    pub cook: String,
    pub portions: u32,
    pub photo: Option<PhotoRef>,
    pub title_voice: Option<Clip>,
}

/// A change to a recipe: each part that is set replaces what is there.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct RecipeEdit {
    pub id: String,
    pub title: Option<String>,
    pub country: Option<String>,
    pub cook: Option<String>,
    pub portions: Option<u32>,
    pub photo: Option<PhotoRef>,
    pub title_voice: Option<Clip>,
}

/// A new step at the end of a recipe.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct NewStep {
    pub recipe_id: String,
    pub text: String,
    pub photo: Option<PhotoRef>,
    pub voice: Option<Clip>,
    /// The language the step is explained in (hers, or Norwegian).
    pub voice_lang: String,
    #[ts(type = "number")]
    pub timer_s: i64,
}

/// A change to one step.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct StepEdit {
    pub id: String,
    pub text: Option<String>,
    pub photo: Option<PhotoRef>,
    pub voice: Option<Clip>,
    pub voice_lang: Option<String>,
    #[ts(type = "number | null")]
    pub timer_s: Option<i64>,
}

/// The recipe book's cards as last made, with what they were made for: her language, the
/// working language and the book's version then.
pub(crate) struct KeptRecipes {
    key: (String, String, i64),
    cards: Arc<Vec<RecipeCard>>,
}

/// Everything a recipe view is made of for one reader: the words in her two languages,
/// the ingredients' allergens as they count now, and the messages.
pub(crate) struct Kitchen<'a> {
    pub(crate) shelf: Arc<Shelf>,
    pub(crate) pack: &'static RecipePack,
    pub(crate) work: String,
    pub(crate) home: String,
    pub(crate) facts: HashMap<String, IngredientFacts>,
    pub(crate) localizer: &'a Localizer,
    /// Names already formatted (an allergen, a mark, a country): a book of 300 recipes
    /// names the same few hundreds of times.
    names: RefCell<HashMap<String, Bilingual>>,
}

impl Kitchen<'_> {
    pub(crate) fn both(&self, id: &str, args: &[(&str, FluentArg)]) -> Bilingual {
        if args.is_empty() {
            if let Some(known) = self.names.borrow().get(id) {
                return known.clone();
            }
        }
        let both = Bilingual { work: self.localizer.format(&self.work, id, args), home: self.localizer.format(&self.home, id, args) };
        if args.is_empty() {
            self.names.borrow_mut().insert(id.to_string(), both.clone());
        }
        both
    }

    pub(crate) fn allergen_views(&self, allergens: &[(Allergen, Vec<&'static str>)]) -> Vec<AllergenView> {
        allergens
            .iter()
            .map(|(allergen, kinds)| {
                let key = format!("{}:{}", allergen.as_str(), kinds.join(","));
                if let Some(name) = self.names.borrow().get(&key) {
                    return AllergenView { allergen: *allergen, kinds: kinds.iter().map(|k| k.to_string()).collect(), name: name.clone() };
                }
                let name = |lang: &str| {
                    let base = self.localizer.format(lang, &allergen.message_id(), &[]);
                    if kinds.is_empty() {
                        return base;
                    }
                    let kinds: Vec<String> =
                        kinds.iter().map(|k| self.localizer.format(lang, &format!("allergen-kind-{k}"), &[])).collect();
                    format!("{base} ({})", kinds.join(crate::i18n::format::list_separator(lang)))
                };
                let name = Bilingual { work: name(&self.work), home: name(&self.home) };
                self.names.borrow_mut().insert(key, name.clone());
                AllergenView { allergen: *allergen, kinds: kinds.iter().map(|k| k.to_string()).collect(), name }
            })
            .collect()
    }

    fn diet_views(&self, kinds: impl IntoIterator<Item = FoodKind>) -> Vec<DietView> {
        diet_marks(kinds).into_iter().map(|mark| DietView { mark, name: self.both(&mark.message_id(), &[]) }).collect()
    }

    /// An ingredient's name in both languages, from its word.
    fn ingredient_name(&self, facts: Option<&IngredientFacts>) -> (Bilingual, Option<String>, Option<String>) {
        match facts.and_then(|f| self.shelf.word(&f.word_id)) {
            Some(word) => (
                // "egg", not "et egg": after an amount ("5 stk egg") the article is wrong.
                Bilingual { work: word.work.bare.clone(), home: word.home.bare.clone() },
                word.picture.clone(),
                word.photo_thumb.clone(),
            ),
            None => (self.both("recipe-unknown-ingredient", &[]), None, None),
        }
    }

    fn line(&self, id: &str, ingredient_id: &str, quantity: Quantity, step_id: &str) -> IngredientLine {
        let facts = self.facts.get(ingredient_id);
        let (name, picture, photo_thumb) = self.ingredient_name(facts);
        let measured = quantity.measured();
        let amount = |lang: &str| {
            let unit = self.localizer.format(lang, &measured.unit.message_id(), &[]);
            match measured.number(lang) {
                n if n.is_empty() => unit,
                n => format!("{n} {unit}"),
            }
        };
        IngredientLine {
            id: id.to_string(),
            ingredient_id: ingredient_id.to_string(),
            word_id: facts.map(|f| f.word_id.clone()).unwrap_or_default(),
            name,
            picture,
            photo_thumb,
            amount: AmountView { work: amount(&self.work), home: amount(&self.home) },
            amount_milli: quantity.to_milli(),
            unit: quantity.unit,
            step_id: step_id.to_string(),
            allergens: facts.map(|f| f.allergens.0.iter().map(|m| m.allergen).collect()).unwrap_or_default(),
            checked: facts.is_some_and(|f| f.checked),
        }
    }

    /// A card from the recipe's parts: its ingredients decide allergens and marks.
    #[allow(clippy::too_many_arguments)]
    fn card(
        &self,
        id: &str,
        title: Bilingual,
        cook: &str,
        country: &str,
        picture: Option<String>,
        photo_thumb: Option<String>,
        ingredient_ids: &[&str],
    ) -> RecipeCard {
        let facts: Vec<&IngredientFacts> = ingredient_ids.iter().filter_map(|i| self.facts.get(*i)).collect();
        let allergens = derive_allergens(facts.iter().map(|f| &f.allergens));
        let unchecked = facts.len() < ingredient_ids.len() || facts.iter().any(|f| !f.checked);
        let proud = |lang: &str, title: &str| {
            // "Fatimas linsesuppe" stays as she named it.
            if cook.is_empty() || title.contains(cook) {
                title.to_string()
            } else {
                self.localizer.format(
                    lang,
                    "recipe-proud-title",
                    &[("cook", FluentArg::from(cook.to_string())), ("title", FluentArg::from(title.to_string()))],
                )
            }
        };
        let country_name = if country.is_empty() {
            Bilingual { work: String::new(), home: String::new() }
        } else {
            self.both(&country_message(country), &[])
        };
        RecipeCard {
            id: id.to_string(),
            proud_title: Bilingual { work: proud(&self.work, &title.work), home: proud(&self.home, &title.home) },
            title,
            picture,
            photo_thumb,
            country: country.to_string(),
            country_name,
            cook: cook.to_string(),
            allergens: self.allergen_views(&allergens),
            diet: self.diet_views(facts.iter().map(|f| f.kind)),
            from_pack: id.starts_with("pack:"),
            unchecked,
        }
    }

    fn pack_title(&self, recipe: &PackRecipe) -> Bilingual {
        let work =
            recipe.text(&self.work, 0).or_else(|| recipe.text(crate::i18n::locales::REFERENCE, 0)).unwrap_or(&recipe.key).to_string();
        let home = recipe.text(&self.home, 0).map_or_else(|| work.clone(), str::to_string);
        Bilingual { work, home }
    }

    pub(crate) fn pack_card(&self, recipe: &PackRecipe) -> RecipeCard {
        let ids: Vec<String> = recipe.lines.iter().map(|l| pack_id(&l.ingredient)).collect();
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        self.card(&pack_id(&recipe.key), self.pack_title(recipe), "", &recipe.origin, Some(recipe.picture.clone()), None, &ids)
    }

    fn own_title(&self, row: &RecipeRow) -> Bilingual {
        let work = if row.title.is_empty() { self.localizer.format(&self.work, "recipe-untitled", &[]) } else { row.title.clone() };
        let home = if row.title.is_empty() { self.localizer.format(&self.home, "recipe-untitled", &[]) } else { row.title.clone() };
        Bilingual { work, home }
    }

    pub(crate) fn own_card(&self, row: &RecipeRow, ingredient_ids: &[&str]) -> RecipeCard {
        let picture = row.photo_thumb.is_none().then(|| "cooking".to_string());
        self.card(&row.id, self.own_title(row), &row.cook, &row.country, picture, row.photo_thumb.clone(), ingredient_ids)
    }

    fn pack_view(&self, recipe: &PackRecipe, portions: u32) -> RecipeView {
        let base = recipe.portions;
        let step_id = |n: u32| format!("{}/{n}", pack_id(&recipe.key));
        let lines: Vec<IngredientLine> = recipe
            .lines
            .iter()
            .map(|l| self.line("", &pack_id(&l.ingredient), Quantity::of(l.amount, l.unit).scaled(base, portions), &step_id(l.step)))
            .collect();
        let steps = recipe
            .steps
            .iter()
            .enumerate()
            .map(|(at, step)| {
                let n = at + 1;
                let work =
                    recipe.text(&self.work, n).or_else(|| recipe.text(crate::i18n::locales::REFERENCE, n)).unwrap_or_default().to_string();
                let home = recipe.text(&self.home, n).map_or_else(|| work.clone(), str::to_string);
                let id = step_id(n as u32);
                StepView {
                    ingredients: lines.iter().filter(|l| l.step_id == id).cloned().collect(),
                    id,
                    number: n as u32,
                    text: Bilingual { work, home },
                    picture: step.picture.clone(),
                    photo: None,
                    photo_thumb: None,
                    voice: None,
                    voice_ms: 0,
                    voice_lang: String::new(),
                    timer_s: step.timer_s,
                }
            })
            .collect();
        RecipeView {
            card: self.pack_card(recipe),
            work_lang: self.work.clone(),
            home_lang: self.home.clone(),
            portions: base,
            shown_portions: portions,
            photo: None,
            title_voice: None,
            ingredients: lines,
            steps,
        }
    }

    fn own_view(&self, row: &RecipeRow, steps: &[RecipeStepRow], rows: &[RecipeIngredientRow], portions: u32) -> RecipeView {
        let base = row.portions.clamp(1, i64::from(MAX_PORTIONS)) as u32;
        let lines: Vec<IngredientLine> = rows
            .iter()
            .map(|l| self.line(&l.id, &l.ingredient_id, Quantity::from_milli(l.amount_milli, l.unit).scaled(base, portions), &l.step_id))
            .collect();
        let steps = steps
            .iter()
            .enumerate()
            .map(|(at, s)| StepView {
                id: s.id.clone(),
                number: at as u32 + 1,
                text: Bilingual { work: s.text.clone(), home: s.text.clone() },
                picture: None,
                photo: s.photo.clone(),
                photo_thumb: s.photo_thumb.clone(),
                voice: s.voice.clone(),
                voice_ms: s.voice_ms,
                voice_lang: s.voice_lang.clone(),
                timer_s: s.timer_s,
                ingredients: lines.iter().filter(|l| l.step_id == s.id).cloned().collect(),
            })
            .collect();
        let ids: Vec<&str> = rows.iter().map(|l| l.ingredient_id.as_str()).collect();
        RecipeView {
            card: self.own_card(row, &ids),
            work_lang: self.work.clone(),
            home_lang: self.home.clone(),
            portions: base,
            shown_portions: portions,
            photo: row.photo.clone(),
            title_voice: row.title_voice.clone(),
            ingredients: lines,
            steps,
        }
    }
}

/// The Fluent message with a country's name.
pub fn country_message(code: &str) -> String {
    format!("country-{}", code.to_ascii_lowercase())
}

/// The countries a recipe can come from (ISO 3166 codes with a name in every locale).
pub const COUNTRIES: [&str; 13] = ["NO", "SE", "ER", "ET", "SO", "SY", "AF", "UA", "IQ", "IR", "SD", "PS", "TR"];

fn checked_country(code: &str) -> Result<String> {
    let code = code.trim().to_ascii_uppercase();
    if code.is_empty() || COUNTRIES.contains(&code.as_str()) {
        Ok(code)
    } else {
        Err(Error::invalid(format!("no country {code}")))
    }
}

fn checked_portions(portions: u32) -> Result<u32> {
    if (1..=MAX_PORTIONS).contains(&portions) {
        Ok(portions)
    } else {
        Err(Error::invalid(format!("portions must be 1 to {MAX_PORTIONS}")))
    }
}

fn checked_timer(timer_s: i64) -> Result<i64> {
    if (0..=MAX_TIMER_S).contains(&timer_s) {
        Ok(timer_s)
    } else {
        Err(Error::invalid("a timer runs from 0 seconds to one day"))
    }
}

/// Allergen codes as picked on the screen (`gluten:wheat`, `milk`).
pub(crate) fn parse_allergens(codes: &[String]) -> Result<AllergenSet> {
    codes
        .iter()
        .map(|c| AllergenMark::parse(c).ok_or_else(|| Error::invalid(format!("no allergen {c}"))))
        .collect::<Result<_>>()
        .map(AllergenSet)
}

impl Mestre {
    /// The ingredients as they count now: the pack's, corrected by the café, and the café's own.
    pub(crate) fn ingredient_facts(&self) -> Result<HashMap<String, IngredientFacts>> {
        let pack = RecipePack::shipped();
        let mut facts: HashMap<String, IngredientFacts> = pack
            .ingredients
            .iter()
            .map(|i| {
                let facts = IngredientFacts {
                    word_id: crate::words::pack_word_id(&i.word),
                    allergens: i.allergens.clone(),
                    kind: i.kind,
                    checked: true,
                    source: i.source.clone(),
                };
                (pack_id(&i.key), facts)
            })
            .collect();
        for row in self.store().ingredient_rows()? {
            let entry = facts.entry(row.id.clone()).or_insert_with(|| IngredientFacts {
                word_id: row.word_id.clone(),
                allergens: row.allergens.clone(),
                kind: row.kind,
                checked: false,
                source: String::new(),
            });
            if !row.pack_key.is_empty() && row.checked_allergens.is_none() {
                // A correction of a starter ingredient counts once a mentor checked it.
                continue;
            }
            if let Some(checked) = &row.checked_allergens {
                entry.allergens = checked.clone();
                entry.kind = row.checked_kind.unwrap_or(row.kind);
                entry.checked = true;
                entry.source = row.checked_by.clone();
            }
        }
        Ok(facts)
    }

    pub(crate) fn kitchen(&self, home_lang: &str) -> Result<Kitchen<'_>> {
        Ok(Kitchen {
            shelf: self.shelf_in(home_lang)?,
            pack: RecipePack::shipped(),
            work: self.work_language()?.to_string(),
            home: home_lang.to_string(),
            facts: self.ingredient_facts()?,
            localizer: self.localizer(),
            names: RefCell::default(),
        })
    }

    fn my_kitchen(&self) -> Result<Kitchen<'_>> {
        let home = self.require_signed_in()?.person.home_lang.clone();
        self.kitchen(&home)
    }

    /// Every recipe as a card: the café's own first (newest first), then the starter recipes.
    /// Made once and kept until a recipe, an ingredient line or an ingredient changes
    /// (here or by a sync), or another language reads them.
    pub fn recipes(&self) -> Result<Vec<RecipeCard>> {
        let home = self.require_signed_in()?.person.home_lang.clone();
        let key = (home.clone(), self.work_language()?.to_string(), self.store().recipe_book_version()?);
        let mut kept = self.recipe_shelf.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(k) = kept.as_ref().filter(|k| k.key == key) {
            return Ok(k.cards.as_ref().clone());
        }
        let kitchen = self.kitchen(&home)?;
        let mut by_recipe: HashMap<String, Vec<String>> = HashMap::new();
        for (recipe, ingredient) in self.store().all_recipe_ingredients()? {
            by_recipe.entry(recipe).or_default().push(ingredient);
        }
        let mut cards: Vec<RecipeCard> = self
            .store()
            .recipe_rows()?
            .iter()
            .map(|row| {
                let ids: Vec<&str> = by_recipe.get(&row.id).map(|v| v.iter().map(String::as_str).collect()).unwrap_or_default();
                kitchen.own_card(row, &ids)
            })
            .collect();
        cards.extend(kitchen.pack.recipes.iter().map(|r| kitchen.pack_card(r)));
        *kept = Some(KeptRecipes { key, cards: Arc::new(cards.clone()) });
        Ok(cards)
    }

    /// Whether a recipe of the pack or the café's own (not removed) has this id.
    pub(crate) fn recipe_exists(&self, id: &str) -> Result<bool> {
        match id.strip_prefix("pack:") {
            Some(key) => Ok(RecipePack::shipped().recipe(key).is_some()),
            None => Ok(self.store().recipe_row(id)?.is_some()),
        }
    }

    /// Whether a step of a recipe has this id: `pack:<key>/<n>` for the pack's, a row's id
    /// for the café's own.
    pub(crate) fn recipe_step_exists(&self, id: &str) -> Result<bool> {
        if let Some(step) = id.strip_prefix("pack:") {
            let Some((key, n)) = step.rsplit_once('/') else { return Ok(false) };
            let n: usize = n.parse().unwrap_or(0);
            return Ok(RecipePack::shipped().recipe(key).is_some_and(|r| n >= 1 && n <= r.steps.len()));
        }
        Ok(self.store().recipe_step(id)?.is_some())
    }

    /// One recipe for `portions` (its own number when none).
    pub fn recipe(&self, id: &str, portions: Option<u32>) -> Result<RecipeView> {
        let kitchen = self.my_kitchen()?;
        self.recipe_for(&kitchen, id, portions)
    }

    pub(crate) fn recipe_for(&self, kitchen: &Kitchen<'_>, id: &str, portions: Option<u32>) -> Result<RecipeView> {
        if let Some(key) = id.strip_prefix("pack:") {
            let recipe = kitchen.pack.recipe(key).ok_or_else(|| Error::new(ErrorKind::NotFound, "no such recipe"))?;
            let portions = checked_portions(portions.unwrap_or(recipe.portions))?;
            return Ok(kitchen.pack_view(recipe, portions));
        }
        let store = self.store();
        let row = store.recipe_row(id)?.ok_or_else(|| Error::new(ErrorKind::NotFound, "no such recipe"))?;
        let portions = checked_portions(portions.unwrap_or(row.portions.clamp(1, i64::from(MAX_PORTIONS)) as u32))?;
        Ok(kitchen.own_view(&row, &store.recipe_steps(id)?, &store.recipe_lines(id)?, portions))
    }

    /// The ingredient catalogue: the starter ingredients and the café's, then every other
    /// food word of the bank (picked, it becomes an ingredient whose allergens a mentor checks).
    pub fn ingredients(&self) -> Result<Vec<IngredientView>> {
        let kitchen = self.my_kitchen()?;
        let mut views: Vec<IngredientView> = Vec::new();
        let mut words_used = std::collections::HashSet::new();
        let mut ids: Vec<&String> = kitchen.facts.keys().collect();
        ids.sort_by_key(|id| (!id.starts_with("pack:"), id.to_string()));
        for id in ids {
            let facts = &kitchen.facts[id];
            words_used.insert(facts.word_id.clone());
            let (name, picture, photo_thumb) = kitchen.ingredient_name(Some(facts));
            views.push(IngredientView {
                id: id.clone(),
                word_id: facts.word_id.clone(),
                name,
                picture,
                photo_thumb,
                allergens: facts.allergens.0.iter().map(|m| m.allergen).collect(),
                allergen_codes: facts.allergens.0.iter().map(|m| m.to_string()).collect(),
                kind: facts.kind,
                checked: facts.checked,
                source: facts.source.clone(),
            });
        }
        views.sort_by_key(|a| a.name.work.to_lowercase());
        for word in kitchen.shelf.words.iter().filter(|w| w.category == crate::words::Category::Ingredients) {
            if words_used.insert(word.id.clone()) {
                views.push(IngredientView {
                    id: ingredient_id(&word.id),
                    word_id: word.id.clone(),
                    name: Bilingual { work: word.work.text.clone(), home: word.home.text.clone() },
                    picture: word.picture.clone(),
                    photo_thumb: word.photo_thumb.clone(),
                    allergens: Vec::new(),
                    allergen_codes: Vec::new(),
                    kind: FoodKind::Plant,
                    checked: false,
                    source: String::new(),
                });
            }
        }
        Ok(views)
    }

    /// Make a word of the bank an ingredient, with the allergens whoever adds it thinks it
    /// has (a mentor checks them). Nothing happens if it is an ingredient already.
    pub fn add_ingredient(&mut self, word_id: &str, allergens: Vec<String>, kind: FoodKind) -> Result<IngredientView> {
        let me = self.require_signed_in()?.person.id.clone();
        self.shelf()?.word(word_id).ok_or_else(|| Error::new(ErrorKind::NotFound, "no such word"))?;
        let id = ingredient_id(word_id);
        if !self.ingredient_facts()?.contains_key(&id) {
            let draft = IngredientDraft::new(&id, &me).word_id(word_id).allergens(parse_allergens(&allergens)?).kind(kind);
            self.record(vec![draft.into()])?;
        }
        self.ingredient(&id)
    }

    /// A mentor checks (or corrects) an ingredient's allergens and kind.
    pub fn check_ingredient(&mut self, id: &str, allergens: Vec<String>, kind: FoodKind) -> Result<IngredientView> {
        let mentor = self.require_mentor()?.person.clone();
        let allergens = parse_allergens(&allergens)?;
        let facts = self.ingredient_facts()?;
        let current = facts.get(id).ok_or_else(|| Error::new(ErrorKind::NotFound, "no such ingredient"))?;
        let mut draft = match id.strip_prefix("pack:") {
            Some(key) => IngredientDraft::new(id, crate::words::PACK_OWNER).pack_key(key),
            None => {
                let owner = self.store().ingredient_row(id)?.map(|r| r.owner).unwrap_or(mentor.id.clone());
                IngredientDraft::new(id, owner)
            }
        };
        draft = draft
            .word_id(current.word_id.clone())
            .allergens(allergens.clone())
            .kind(kind)
            .checked_allergens(Some(allergens))
            .checked_kind(Some(kind))
            .checked_by(mentor.name.clone());
        self.record(vec![draft.into()])?;
        self.ingredient(id)
    }

    fn ingredient(&self, id: &str) -> Result<IngredientView> {
        self.ingredients()?.into_iter().find(|i| i.id == id).ok_or_else(|| Error::new(ErrorKind::NotFound, "no such ingredient"))
    }

    /// A mentor or trainee starts a recipe; everything but its portions may come later.
    pub fn add_recipe(&mut self, recipe: NewRecipe) -> Result<RecipeView> {
        let me = self.require_signed_in()?.person.clone();
        self.check_media(recipe.photo.as_ref(), [recipe.title_voice.as_ref()])?;
        let id = crate::new_id();
        let cook = if recipe.cook.trim().is_empty() { me.name.clone() } else { clean_text(&recipe.cook, 100, "name")? };
        let draft = RecipeDraft::new(&id, &me.id)
            .title(clean_text(&recipe.title, MAX_TITLE_CHARS, "title")?)
            .country(checked_country(&recipe.country)?)
            .cook(cook)
            .portions(i64::from(checked_portions(if recipe.portions == 0 { 4 } else { recipe.portions })?))
            .photo(recipe.photo.as_ref().map(|p| p.photo.clone()))
            .photo_thumb(recipe.photo.as_ref().map(|p| p.thumb.clone()))
            .title_voice(recipe.title_voice.as_ref().map(|c| c.voice.clone()))
            .title_voice_ms(recipe.title_voice.as_ref().map_or(0, |c| c.duration_ms))
            .created_ms(self.now_ms());
        self.record(vec![draft.into()])?;
        self.recipe(&id, None)
    }

    /// Change a recipe's title, origin, cook, portions, photo or spoken title.
    pub fn edit_recipe(&mut self, edit: RecipeEdit) -> Result<RecipeView> {
        self.require_signed_in()?;
        let row = self.own_recipe(&edit.id)?;
        self.check_media(edit.photo.as_ref(), [edit.title_voice.as_ref()])?;
        let mut draft = RecipeDraft::new(&row.id, &row.owner);
        if let Some(title) = &edit.title {
            draft = draft.title(clean_text(title, MAX_TITLE_CHARS, "title")?);
        }
        if let Some(country) = &edit.country {
            draft = draft.country(checked_country(country)?);
        }
        if let Some(cook) = &edit.cook {
            draft = draft.cook(clean_text(cook, 100, "name")?);
        }
        if let Some(portions) = edit.portions {
            draft = draft.portions(i64::from(checked_portions(portions)?));
        }
        if let Some(photo) = &edit.photo {
            draft = draft.photo(Some(photo.photo.clone())).photo_thumb(Some(photo.thumb.clone()));
        }
        if let Some(clip) = &edit.title_voice {
            draft = draft.title_voice(Some(clip.voice.clone())).title_voice_ms(clip.duration_ms);
        }
        self.record(vec![draft.into()])?;
        self.recipe(&row.id, None)
    }

    /// A mentor removes a recipe of the café (menus that had it show it as removed).
    pub fn remove_recipe(&mut self, id: &str) -> Result<()> {
        self.require_mentor()?;
        let row = self.own_recipe(id)?;
        self.record(vec![RecipeDraft::new(&row.id, &row.owner).deleted(true).into()])?;
        Ok(())
    }

    /// Make a starter recipe the café's own, to change it: a copy with its steps and
    /// ingredients as rows, in the working language.
    pub fn copy_recipe(&mut self, id: &str) -> Result<RecipeView> {
        let me = self.require_signed_in()?.person.id.clone();
        let key = id.strip_prefix("pack:").ok_or_else(|| Error::invalid("only a starter recipe is copied"))?;
        let kitchen = self.my_kitchen()?;
        let recipe = kitchen.pack.recipe(key).ok_or_else(|| Error::new(ErrorKind::NotFound, "no such recipe"))?;
        let view = kitchen.pack_view(recipe, recipe.portions);
        // The kitchen borrows the localizer; recording needs `self` to itself.
        drop(kitchen);
        let new_id = crate::new_id();
        let mut drafts: Vec<Draft> = vec![RecipeDraft::new(&new_id, &me)
            .title(view.card.title.work.clone())
            .country(recipe.origin.clone())
            .portions(i64::from(recipe.portions))
            .based_on(key)
            .created_ms(self.now_ms())
            .into()];
        let mut step_ids = HashMap::new();
        for (at, step) in view.steps.iter().enumerate() {
            let step_id = crate::new_id();
            step_ids.insert(step.id.clone(), step_id.clone());
            drafts.push(
                RecipeStepDraft::new(&step_id, &me)
                    .recipe_id(new_id.clone())
                    .position((at as i64 + 1) * POSITION_GAP)
                    .text(step.text.work.clone())
                    .timer_s(step.timer_s)
                    .into(),
            );
        }
        for (at, line) in view.ingredients.iter().enumerate() {
            drafts.push(
                RecipeIngredientDraft::new(crate::new_id(), &me)
                    .recipe_id(new_id.clone())
                    .ingredient_id(line.ingredient_id.clone())
                    .step_id(step_ids.get(&line.step_id).cloned().unwrap_or_default())
                    .amount_milli(line.amount_milli)
                    .unit(line.unit)
                    .position((at as i64 + 1) * POSITION_GAP)
                    .into(),
            );
        }
        self.record(drafts)?;
        self.recipe(&new_id, None)
    }

    /// A step at the end of a recipe: a photo, her voice explaining it, text, a timer.
    pub fn add_step(&mut self, step: NewStep) -> Result<RecipeView> {
        let me = self.require_signed_in()?.person.clone();
        let recipe = self.own_recipe(&step.recipe_id)?;
        self.check_media(step.photo.as_ref(), [step.voice.as_ref()])?;
        let text = clean_text(&step.text, MAX_STEP_CHARS, "step")?;
        if text.is_empty() && step.photo.is_none() && step.voice.is_none() {
            return Err(Error::invalid("a step needs a photo, a recording or text"));
        }
        let voice_lang = if step.voice.is_some() {
            crate::people::checked_lang(if step.voice_lang.is_empty() { &me.home_lang } else { &step.voice_lang })?
        } else {
            String::new()
        };
        let last = self.store().recipe_steps(&recipe.id)?.last().map_or(0, |s| s.position);
        let draft = RecipeStepDraft::new(crate::new_id(), &recipe.owner)
            .recipe_id(recipe.id.clone())
            .position(last.saturating_add(POSITION_GAP))
            .text(text)
            .photo(step.photo.as_ref().map(|p| p.photo.clone()))
            .photo_thumb(step.photo.as_ref().map(|p| p.thumb.clone()))
            .voice(step.voice.as_ref().map(|c| c.voice.clone()))
            .voice_ms(step.voice.as_ref().map_or(0, |c| c.duration_ms))
            .voice_lang(voice_lang)
            .timer_s(checked_timer(step.timer_s)?);
        self.record(vec![draft.into()])?;
        self.recipe(&recipe.id, None)
    }

    /// Change one step's text, photo, recording or timer.
    pub fn edit_step(&mut self, edit: StepEdit) -> Result<RecipeView> {
        self.require_signed_in()?;
        let step = self.store().recipe_step(&edit.id)?.ok_or_else(|| Error::new(ErrorKind::NotFound, "no such step"))?;
        self.check_media(edit.photo.as_ref(), [edit.voice.as_ref()])?;
        let mut draft = RecipeStepDraft::new(&step.id, &step.owner);
        if let Some(text) = &edit.text {
            draft = draft.text(clean_text(text, MAX_STEP_CHARS, "step")?);
        }
        if let Some(photo) = &edit.photo {
            draft = draft.photo(Some(photo.photo.clone())).photo_thumb(Some(photo.thumb.clone()));
        }
        if let Some(clip) = &edit.voice {
            let lang = edit.voice_lang.clone().unwrap_or_else(|| step.voice_lang.clone());
            let lang = if lang.is_empty() { self.require_signed_in()?.person.home_lang.clone() } else { lang };
            draft = draft.voice(Some(clip.voice.clone())).voice_ms(clip.duration_ms).voice_lang(crate::people::checked_lang(&lang)?);
        }
        if let Some(timer_s) = edit.timer_s {
            draft = draft.timer_s(checked_timer(timer_s)?);
        }
        self.record(vec![draft.into()])?;
        self.recipe(&step.recipe_id, None)
    }

    /// Move a step to place `to` (from 0) of its recipe. Only the moved step is written,
    /// so someone else's change to another step merges with it.
    pub fn move_step(&mut self, id: &str, to: u32) -> Result<RecipeView> {
        self.require_signed_in()?;
        let step = self.store().recipe_step(id)?.ok_or_else(|| Error::new(ErrorKind::NotFound, "no such step"))?;
        let others: Vec<RecipeStepRow> = self.store().recipe_steps(&step.recipe_id)?.into_iter().filter(|s| s.id != id).collect();
        let to = (to as usize).min(others.len());
        let before = if to == 0 { None } else { Some(others[to - 1].position) };
        let after = others.get(to).map(|s| s.position);
        let mut drafts: Vec<Draft> = Vec::new();
        let position = match (before, after) {
            (None, None) => POSITION_GAP,
            (Some(b), None) => b.saturating_add(POSITION_GAP),
            (None, Some(a)) => a - POSITION_GAP,
            (Some(b), Some(a)) if a - b >= 2 => b + (a - b) / 2,
            // No room left between the two: space every step out again (rare; many moves
            // to one place).
            _ => {
                for (at, other) in others.iter().enumerate() {
                    let slot = if at < to { at } else { at + 1 };
                    drafts.push(RecipeStepDraft::new(&other.id, &other.owner).position((slot as i64 + 1) * POSITION_GAP).into());
                }
                (to as i64 + 1) * POSITION_GAP
            }
        };
        drafts.push(RecipeStepDraft::new(&step.id, &step.owner).position(position).into());
        self.record(drafts)?;
        self.recipe(&step.recipe_id, None)
    }

    /// Remove a step (and the ingredient lines that belonged to it stay with the recipe).
    pub fn remove_step(&mut self, id: &str) -> Result<RecipeView> {
        self.require_signed_in()?;
        let step = self.store().recipe_step(id)?.ok_or_else(|| Error::new(ErrorKind::NotFound, "no such step"))?;
        let mut drafts: Vec<Draft> = vec![RecipeStepDraft::new(&step.id, &step.owner).deleted(true).into()];
        for line in self.store().recipe_lines(&step.recipe_id)?.into_iter().filter(|l| l.step_id == step.id) {
            drafts.push(RecipeIngredientDraft::new(&line.id, &line.owner).step_id(String::new()).into());
        }
        self.record(drafts)?;
        self.recipe(&step.recipe_id, None)
    }

    /// Add an ingredient to a recipe (or to one of its steps), with how much of it.
    pub fn add_recipe_ingredient(
        &mut self,
        recipe_id: &str,
        ingredient_id: &str,
        amount: f64,
        unit: Unit,
        step_id: Option<String>,
    ) -> Result<RecipeView> {
        let me = self.require_signed_in()?.person.id.clone();
        let recipe = self.own_recipe(recipe_id)?;
        let mut drafts: Vec<Draft> = Vec::new();
        if !self.ingredient_facts()?.contains_key(ingredient_id) {
            // A food word picked by its picture becomes an ingredient, for a mentor to check.
            let word_id = ingredient_id.strip_prefix("ing:").filter(|w| self.shelf().is_ok_and(|s| s.word(w).is_some()));
            let word_id = word_id.ok_or_else(|| Error::new(ErrorKind::NotFound, "no such ingredient"))?;
            drafts.push(
                IngredientDraft::new(ingredient_id, &me).word_id(word_id).allergens(AllergenSet::default()).kind(FoodKind::Plant).into(),
            );
        }
        if !amount.is_finite() || !(0.0..=100_000.0).contains(&amount) {
            return Err(Error::invalid("the amount is not a kitchen amount"));
        }
        let step_id = step_id.unwrap_or_default();
        if !step_id.is_empty() && self.store().recipe_step(&step_id)?.is_none_or(|s| s.recipe_id != recipe.id) {
            return Err(Error::new(ErrorKind::NotFound, "no such step"));
        }
        let last = self.store().recipe_lines(&recipe.id)?.last().map_or(0, |l| l.position);
        let draft = RecipeIngredientDraft::new(crate::new_id(), &recipe.owner)
            .recipe_id(recipe.id.clone())
            .ingredient_id(ingredient_id)
            .step_id(step_id)
            .amount_milli(Quantity::of(amount, unit).to_milli())
            .unit(unit)
            .position(last.saturating_add(POSITION_GAP));
        drafts.push(draft.into());
        self.record(drafts)?;
        self.recipe(&recipe.id, None)
    }

    /// Take an ingredient line out of a recipe.
    pub fn remove_recipe_ingredient(&mut self, id: &str) -> Result<RecipeView> {
        self.require_signed_in()?;
        let line = self.store().recipe_line(id)?.ok_or_else(|| Error::new(ErrorKind::NotFound, "no such ingredient line"))?;
        self.record(vec![RecipeIngredientDraft::new(&line.id, &line.owner).deleted(true).into()])?;
        self.recipe(&line.recipe_id, None)
    }

    /// A recipe of the café's own (a starter recipe is copied before it is changed).
    fn own_recipe(&self, id: &str) -> Result<RecipeRow> {
        if id.starts_with("pack:") {
            return Err(Error::invalid("a starter recipe is copied before it is changed"));
        }
        self.store().recipe_row(id)?.ok_or_else(|| Error::new(ErrorKind::NotFound, "no such recipe"))
    }
}
