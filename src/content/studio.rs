//! The café's content in the recording studio: for one language, every task card of the
//! café's own, every food, aim and recipe (name and steps), whether it has a recording
//! there and — for the café's own items — whether it is written there. Those missing
//! come first, the café's own before Mestre's, so a volunteer who speaks Somali fills in
//! one after another. Each kind is
//! listed on its own (a café of 300 recipes has some 2 000 steps); every kind's progress
//! comes with it, counted from ids alone.

use std::borrow::Cow;
use std::collections::HashSet;

use serde::Serialize;
use ts_rs::TS;

use super::{item_key, ContentKind, OwnTexts, OWN_PREFIX};
use crate::api::Mestre;
use crate::competence::CurriculumPack;
use crate::error::Result;
use crate::fridge::pack::FoodPack;
use crate::recipes::pack::RecipePack;

/// A content item as the studio lists it in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct StudioItem {
    /// `task:cafe-…`, `food:cooked-rice`, `step:pack:fiskesuppe/2`, …
    pub item: String,
    /// Its text in the studio's language ("" when nobody has written it there).
    pub text: String,
    /// Its text in the working language: what the one recording says, when hers is empty.
    pub work_text: String,
    /// One of Mestre's pictures of its kind (a task, food, aim or recipe picture).
    pub picture: Option<String>,
    pub photo_thumb: Option<String>,
    pub recorded: bool,
    /// The café writes its text here (its own items, in a language besides the working one).
    pub writable: bool,
}

/// One kind of content in the studio, and how much of it has a voice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct StudioGroup {
    pub kind: ContentKind,
    pub recorded: u32,
    pub total: u32,
    /// The kind asked for: missing first, then in the order the café shows them (the
    /// other kinds: empty, their counts only).
    pub items: Vec<StudioItem>,
}

/// The café's content in one language: every kind's progress, one kind's items.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct StudioContent {
    pub lang: String,
    pub groups: Vec<StudioGroup>,
}

/// What the studio lists items with, read once a call.
struct Listing<'a> {
    lang: &'a str,
    work: &'a str,
    recorded: HashSet<String>,
    written: OwnTexts,
    /// The café's foods and curricula, its own among them.
    foods: Cow<'static, FoodPack>,
    curriculum: Cow<'static, CurriculumPack>,
}

impl Listing<'_> {
    fn other(&self) -> bool {
        self.lang != self.work
    }

    /// An own item's text here: its row's in the working language, else what the café wrote.
    fn own_text(&self, kind: ContentKind, id: &str, work_text: &str) -> String {
        if self.other() {
            self.written.or(&item_key(kind, id), "").to_string()
        } else {
            work_text.to_string()
        }
    }

    fn item(
        &self,
        kind: ContentKind,
        id: &str,
        text: String,
        work_text: String,
        picture: Option<String>,
        photo: Option<String>,
    ) -> StudioItem {
        let key = item_key(kind, id);
        StudioItem {
            recorded: self.recorded.contains(&key),
            writable: self.other() && kind.is_written_by_cafe() && id.starts_with(OWN_PREFIX),
            item: key,
            text,
            work_text,
            picture,
            photo_thumb: photo,
        }
    }
}

impl Mestre {
    /// The café's content in `lang` (mentors): every kind's progress, and the items of
    /// `kind`, missing first.
    pub fn studio_content(&self, lang: &str, kind: ContentKind) -> Result<StudioContent> {
        self.require_mentor()?;
        let lang = crate::people::checked_lang(lang)?;
        let work = self.work_language()?;
        let listing = Listing {
            lang: &lang,
            work,
            recorded: self.store().content_voices(&lang)?.into_iter().map(|r| r.item).collect(),
            written: if lang == work { OwnTexts::default() } else { self.own_texts(&lang)? },
            foods: self.food_pack()?,
            curriculum: self.curriculum()?,
        };
        let mut groups = Vec::new();
        for k in ContentKind::ALL {
            let (total, recorded, mut items) = if k == kind {
                let items = self.studio_items(&listing, k)?;
                (items.len(), items.iter().filter(|i| i.recorded).count(), items)
            } else {
                let ids = self.content_ids(&listing, k)?;
                (ids.len(), ids.iter().filter(|id| listing.recorded.contains(&item_key(k, id))).count(), Vec::new())
            };
            // Stable: missing first, the café's own before Mestre's (they have no voice but
            // the café's), each part in the order the café shows it.
            items.sort_by_key(|i| (i.recorded, super::is_starter_item(&i.item)));
            groups.push(StudioGroup { kind: k, recorded: recorded as u32, total: total as u32, items });
        }
        Ok(StudioContent { lang, groups })
    }

    /// The ids of every item of a kind the studio lists (counting needs no texts).
    fn content_ids(&self, listing: &Listing<'_>, kind: ContentKind) -> Result<Vec<String>> {
        let pack = RecipePack::shipped();
        Ok(match kind {
            ContentKind::Task => {
                self.store().task_cards()?.into_iter().filter(|c| c.id.starts_with(OWN_PREFIX) && !c.hidden).map(|c| c.id).collect()
            }
            ContentKind::Food => listing.foods.items.iter().filter(|f| !f.hidden).map(|f| f.key.clone()).collect(),
            ContentKind::Aim | ContentKind::AimPlain => {
                listing.curriculum.aims.iter().filter(|a| !a.hidden).map(|a| a.id.clone()).collect()
            }
            ContentKind::Recipe => {
                let mut ids = self.store().recipe_ids()?;
                ids.extend(pack.recipes.iter().map(|r| crate::recipes::pack_id(&r.key)));
                ids
            }
            ContentKind::Step => {
                let mut ids = self.store().live_recipe_step_ids()?;
                ids.extend(pack_step_ids(pack).map(|(id, _, _)| id));
                ids
            }
        })
    }

    /// Every item of a kind, with its texts and pictures.
    fn studio_items(&self, listing: &Listing<'_>, kind: ContentKind) -> Result<Vec<StudioItem>> {
        let (lang, work) = (listing.lang, listing.work);
        let mut items = Vec::new();
        match kind {
            ContentKind::Task => {
                for card in self.store().task_cards()?.into_iter().filter(|c| c.id.starts_with(OWN_PREFIX) && !c.hidden) {
                    let text = listing.own_text(kind, &card.id, &card.text);
                    let picture = card.photo_thumb.is_none().then(|| card.picture.clone());
                    items.push(listing.item(kind, &card.id, text, card.text.clone(), picture, card.photo_thumb.clone()));
                }
            }
            ContentKind::Food => {
                let foods = &listing.foods;
                for food in foods.items.iter().filter(|f| !f.hidden) {
                    let work_text = foods.name(&food.key, work);
                    let text = if food.key.starts_with(OWN_PREFIX) {
                        listing.own_text(kind, &food.key, &work_text)
                    } else {
                        foods.name(&food.key, lang)
                    };
                    items.push(listing.item(kind, &food.key, text, work_text, Some(food.picture.clone()), None));
                }
            }
            ContentKind::Aim | ContentKind::AimPlain => {
                let curriculum = &listing.curriculum;
                for aim in curriculum.aims.iter().filter(|a| !a.hidden) {
                    let message = if kind == ContentKind::Aim { aim.message_id() } else { aim.plain_id() };
                    let work_text = curriculum.text(&message, work);
                    let text = if aim.is_own() { listing.own_text(kind, &aim.id, &work_text) } else { curriculum.text(&message, lang) };
                    items.push(listing.item(kind, &aim.id, text, work_text, Some(aim.picture.clone()), None));
                }
            }
            ContentKind::Recipe => {
                // The café's own recipes are named in the working language; another
                // language has their recording alone.
                for row in self.store().recipe_rows()? {
                    let text = if listing.other() { String::new() } else { row.title.clone() };
                    items.push(listing.item(kind, &row.id, text, row.title.clone(), None, row.photo_thumb.clone()));
                }
                for recipe in &RecipePack::shipped().recipes {
                    let id = crate::recipes::pack_id(&recipe.key);
                    let text = recipe.text(lang, 0).unwrap_or_default().to_string();
                    let work_text = recipe.text(work, 0).unwrap_or_default().to_string();
                    items.push(listing.item(kind, &id, text, work_text, Some(recipe.picture.clone()), None));
                }
            }
            ContentKind::Step => {
                for step in self.store().live_recipe_steps()? {
                    let text = if listing.other() { String::new() } else { step.text.clone() };
                    items.push(listing.item(kind, &step.id, text, step.text, None, step.photo_thumb));
                }
                let pack = RecipePack::shipped();
                for (id, recipe, n) in pack_step_ids(pack) {
                    let step = &recipe.steps[n - 1];
                    let text = recipe.text(lang, n).unwrap_or_default().to_string();
                    let work_text = recipe.text(work, n).unwrap_or_default().to_string();
                    let picture = step.picture.clone().or_else(|| Some(recipe.picture.clone()));
                    items.push(listing.item(kind, &id, text, work_text, picture, None));
                }
            }
        }
        Ok(items)
    }
}

/// Every step of the starter recipes: its id (`pack:<key>/<n>`), its recipe and number.
fn pack_step_ids(pack: &RecipePack) -> impl Iterator<Item = (String, &crate::recipes::pack::PackRecipe, usize)> {
    pack.recipes.iter().flat_map(|r| (1..=r.steps.len()).map(move |n| (format!("{}/{n}", crate::recipes::pack_id(&r.key)), r, n)))
}
