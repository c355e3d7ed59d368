//! The café's content in the recording studio: for one language, every task card of the
//! café's own, every food, aim and recipe (name and steps), whether it has a recording
//! there and — for the café's own items — whether it is written there. Those missing
//! come first in each group, so a volunteer who speaks Somali fills in one after another.

use std::collections::HashSet;

use serde::Serialize;
use ts_rs::TS;

use super::{item_key, ContentKind, OWN_PREFIX};
use crate::api::Mestre;
use crate::error::Result;
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
    /// Missing first, then in the order the café shows them.
    pub items: Vec<StudioItem>,
}

/// The café's content in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct StudioContent {
    pub lang: String,
    pub groups: Vec<StudioGroup>,
}

impl Mestre {
    /// Every content item in `lang`: written or not, recorded or not (mentors).
    pub fn studio_content(&self, lang: &str) -> Result<StudioContent> {
        self.require_mentor()?;
        let lang = crate::people::checked_lang(lang)?;
        let work = self.work_language()?.to_string();
        let other = lang != work;
        let recorded: HashSet<String> = self.store().content_voices(&lang)?.into_iter().map(|r| r.item).collect();
        let written = self.own_texts(&lang)?;
        // An own item's text here: its row's in the working language, else what the café wrote.
        let own_text = |kind: ContentKind, id: &str, work_text: &str| -> String {
            if other {
                written.or(&item_key(kind, id), "").to_string()
            } else {
                work_text.to_string()
            }
        };
        let mut groups: Vec<(ContentKind, Vec<StudioItem>)> = ContentKind::ALL.iter().map(|k| (*k, Vec::new())).collect();
        let mut push = |kind: ContentKind, item: StudioItem| {
            if let Some((_, items)) = groups.iter_mut().find(|(k, _)| *k == kind) {
                items.push(item);
            }
        };
        let item = |kind: ContentKind, id: &str, text: String, work_text: String, picture: Option<String>, photo: Option<String>| {
            let key = item_key(kind, id);
            StudioItem {
                recorded: recorded.contains(&key),
                writable: other && kind.is_written_by_cafe() && id.starts_with(OWN_PREFIX),
                item: key,
                text,
                work_text,
                picture,
                photo_thumb: photo,
            }
        };

        for card in self.store().task_cards()?.into_iter().filter(|c| c.id.starts_with(OWN_PREFIX) && !c.hidden) {
            let text = own_text(ContentKind::Task, &card.id, &card.text);
            let picture = card.photo_thumb.is_none().then(|| card.picture.clone());
            push(ContentKind::Task, item(ContentKind::Task, &card.id, text, card.text.clone(), picture, card.photo_thumb.clone()));
        }

        let foods = self.food_pack()?;
        for food in foods.items.iter().filter(|f| !f.hidden) {
            let work_text = foods.name(&food.key, &work);
            let text = if food.key.starts_with(OWN_PREFIX) {
                own_text(ContentKind::Food, &food.key, &work_text)
            } else {
                foods.name(&food.key, &lang)
            };
            push(ContentKind::Food, item(ContentKind::Food, &food.key, text, work_text, Some(food.picture.clone()), None));
        }

        let curriculum = self.curriculum()?;
        for aim in curriculum.aims.iter().filter(|a| !a.hidden) {
            for (kind, message) in [(ContentKind::Aim, aim.message_id()), (ContentKind::AimPlain, aim.plain_id())] {
                let work_text = curriculum.text(&message, &work);
                let text = if aim.is_own() { own_text(kind, &aim.id, &work_text) } else { curriculum.text(&message, &lang) };
                push(kind, item(kind, &aim.id, text, work_text, Some(aim.picture.clone()), None));
            }
        }

        let recipes = self.store().recipe_rows()?;
        for row in &recipes {
            let text = if other { String::new() } else { row.title.clone() };
            push(ContentKind::Recipe, item(ContentKind::Recipe, &row.id, text, row.title.clone(), None, row.photo_thumb.clone()));
        }
        let pack = RecipePack::shipped();
        let in_lang =
            |recipe: &crate::recipes::pack::PackRecipe, n: usize, lang: &str| recipe.text(lang, n).unwrap_or_default().to_string();
        for recipe in &pack.recipes {
            let id = crate::recipes::pack_id(&recipe.key);
            push(
                ContentKind::Recipe,
                item(ContentKind::Recipe, &id, in_lang(recipe, 0, &lang), in_lang(recipe, 0, &work), Some(recipe.picture.clone()), None),
            );
        }
        let live: HashSet<&str> = recipes.iter().map(|r| r.id.as_str()).collect();
        for step in self.store().all_recipe_steps()?.into_iter().filter(|s| live.contains(s.recipe_id.as_str())) {
            let text = if other { String::new() } else { step.text.clone() };
            push(ContentKind::Step, item(ContentKind::Step, &step.id, text, step.text.clone(), None, step.photo_thumb.clone()));
        }
        for recipe in &pack.recipes {
            for (at, step) in recipe.steps.iter().enumerate() {
                let id = format!("{}/{}", crate::recipes::pack_id(&recipe.key), at + 1);
                let picture = step.picture.clone().or_else(|| Some(recipe.picture.clone()));
                push(
                    ContentKind::Step,
                    item(ContentKind::Step, &id, in_lang(recipe, at + 1, &lang), in_lang(recipe, at + 1, &work), picture, None),
                );
            }
        }

        let groups = groups
            .into_iter()
            .map(|(kind, mut items)| {
                // Stable: missing first, each part in the order the café shows it.
                items.sort_by_key(|i| i.recorded);
                StudioGroup { kind, recorded: items.iter().filter(|i| i.recorded).count() as u32, total: items.len() as u32, items }
            })
            .collect();
        Ok(StudioContent { lang, groups })
    }
}
