//! The café's own foods. The catalogue's 72 foods are the common ones; a café also keeps
//! its injera batter, its own spice mix, the supplier's hummus. A mentor adds such a food
//! with its name (in the working language and her trainees'), a food picture, the class
//! of food it is kept as (which decides its zone, its limit and its days, by the
//! country's rule pack), what its days count from and its allergens. Games, labels and
//! the catalogue then treat it like any other food. A food the café never uses, of the
//! pack or its own, is hidden: off the games and the labels to choose; the labels
//! already printed keep it.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::pack::{FoodItem, FoodPack, OwnFood};
use super::{FoodEvent, FoodItemView, FridgeFoodDraft};
use crate::api::Mestre;
use crate::content::{clean_text, new_own_id, ContentKind, LangText, OWN_PREFIX};
use crate::error::{Error, ErrorKind, Result};
use crate::recipes::book::parse_allergens;

/// The longest name a food may have.
pub const MAX_FOOD_CHARS: usize = 120;

/// One of the café's own foods as a mentor adds it (no `id`) or changes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FoodInput {
    pub id: Option<String>,
    /// Its name in the working language.
    pub name: String,
    /// A food picture (see `OWN_FOOD_PICTURES`).
    pub picture: String,
    /// Its class of food (see the rules' `classes`).
    pub class: String,
    pub after: FoodEvent,
    /// Allergen codes (`milk`, `gluten:wheat`).
    pub allergens: Vec<String>,
    /// Its name in other languages (an empty text: not written).
    pub names: Vec<LangText>,
}

/// The pictures an own food may have: the catalogue's and the word bank's foods.
pub fn own_food_pictures() -> Vec<String> {
    let mut pictures: Vec<String> = FoodPack::shipped().items.iter().map(|i| i.picture.clone()).collect();
    pictures.extend(crate::reports::pieces::food_picture_names().map(str::to_string));
    let mut seen = std::collections::HashSet::new();
    pictures.retain(|p| crate::reports::pieces::food_picture(p).is_some() && seen.insert(p.clone()));
    pictures
}

impl Mestre {
    /// The food catalogue as this café has it: the pack with the foods it hides marked
    /// and its own foods added (the pack itself while it has neither).
    pub(crate) fn food_pack(&self) -> Result<Cow<'static, FoodPack>> {
        let rows = self.store().fridge_foods()?;
        let shipped = FoodPack::shipped();
        if rows.is_empty() {
            return Ok(Cow::Borrowed(shipped));
        }
        let hidden: Vec<String> = rows.iter().filter(|r| r.hidden && !r.id.starts_with(OWN_PREFIX)).map(|r| r.id.clone()).collect();
        let mut texts = self.own_texts_of(ContentKind::Food)?;
        let own = rows
            .into_iter()
            .filter(|r| r.id.starts_with(OWN_PREFIX))
            .filter_map(|r| {
                let zone = shipped.class_zone(&r.class)?;
                Some(OwnFood {
                    names: texts.remove(&r.id).unwrap_or_default(),
                    name: r.name,
                    item: FoodItem {
                        key: r.id,
                        picture: r.picture,
                        zone,
                        class: r.class,
                        after: r.after,
                        allergens: r.allergens,
                        hidden: r.hidden,
                    },
                })
            })
            .collect();
        Ok(Cow::Owned(shipped.with_own(own, &hidden, self.work_language()?)))
    }

    /// A mentor adds one of the café's own foods, or changes one (signed with her key).
    /// Returns the food as the catalogue shows it.
    pub fn save_own_food(&mut self, input: FoodInput) -> Result<FoodItemView> {
        self.require_mentor_key()?;
        let name = clean_text(&input.name, MAX_FOOD_CHARS, "food's name")?;
        if name.is_empty() {
            return Err(Error::invalid("a food needs its name"));
        }
        if !own_food_pictures().contains(&input.picture) {
            return Err(Error::invalid(format!("no food picture {}", input.picture)));
        }
        if FoodPack::shipped().class_zone(&input.class).is_none() {
            return Err(Error::invalid(format!("no class of food {}", input.class)));
        }
        let allergens = parse_allergens(&input.allergens)?;
        let id = match &input.id {
            None => new_own_id(),
            Some(id) if id.starts_with(OWN_PREFIX) && self.store().fridge_food(id)?.is_some() => id.clone(),
            Some(id) => return Err(Error::new(ErrorKind::NotFound, format!("no own food {id}"))),
        };
        let cafe = self.cafe_owner()?;
        let mut food = FridgeFoodDraft::new(&id, &cafe)
            .name(name)
            .picture(input.picture.clone())
            .class(input.class.clone())
            .after(input.after)
            .allergens(allergens)
            .deleted(false);
        if input.id.is_none() {
            food = food.hidden(false).created_ms(self.now_ms());
        }
        let mut drafts = vec![food.into()];
        drafts.extend(self.own_text_drafts(ContentKind::Food, &id, &input.names)?);
        self.record(drafts)?;
        self.food_view(&id)
    }

    /// A mentor hides a food the café never uses (of the pack or its own), or brings it
    /// back. Returns it as the catalogue shows it.
    pub fn set_food_hidden(&mut self, key: &str, hidden: bool) -> Result<FoodItemView> {
        self.require_mentor_key()?;
        let cafe = self.cafe_owner()?;
        let draft = if let Some(item) = FoodPack::shipped().item(key) {
            // A starter food's row holds only whether it is hidden; its class keeps the row valid.
            FridgeFoodDraft::new(key, &cafe).class(item.class.clone()).after(item.after).hidden(hidden).deleted(false)
        } else if key.starts_with(OWN_PREFIX) && self.store().fridge_food(key)?.is_some() {
            FridgeFoodDraft::new(key, &cafe).hidden(hidden)
        } else {
            return Err(Error::new(ErrorKind::NotFound, format!("no food item {key}")));
        };
        self.record(vec![draft.into()])?;
        self.food_view(key)
    }

    fn food_view(&self, key: &str) -> Result<FoodItemView> {
        self.fridge_items()?
            .into_iter()
            .find(|i| i.key == key)
            .ok_or_else(|| Error::new(ErrorKind::NotFound, format!("no food item {key}")))
    }
}
