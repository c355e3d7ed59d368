//! Real prep labels: she chooses the item (and, if she likes, the café's recipe it was
//! made from), and the label fills itself — the product, the day it was made (opened,
//! thawed), the use-by day from the rules and the café's routines, the allergens (the
//! recipe's, derived from its ingredients, or the item's) and her initials. Every
//! printed label is a row of the log (who, what, when), and any of them can be printed
//! again: a reprint is a new row that names the first.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::catalogue::Larder;
use super::practice::initials;
use super::rules::{iso, kitchen_date, parse_day};
use super::{FoodEvent, FridgeLabelDraft, FridgeLabelRow, LabelSize, LabelView};
use crate::api::Mestre;
use crate::error::{Error, ErrorKind, Result};
use crate::recipes::allergens::{derive_allergens, AllergenMark, AllergenSet};
use crate::recipes::{AllergenView, Bilingual};
use crate::reports::PrintedPdf;

/// How far back a label may be dated: something made longer ago is not labelled now.
pub const MAX_DAYS_BACK: i64 = 30;
/// Labels the log shows.
pub const LOG_LENGTH: usize = 50;

/// What to print.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LabelRequest {
    pub item: String,
    /// The café's (or a starter) recipe it was made from.
    pub recipe_id: Option<String>,
    /// Made, opened, thawed, delivered (the item's own when none).
    pub event: Option<FoodEvent>,
    /// The day (YYYY-MM-DD; today when none).
    pub made_day: Option<String>,
    pub size: LabelSize,
}

/// A label before it is printed, as the screen shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct LabelPreview {
    pub item: String,
    pub picture: String,
    pub product: Bilingual,
    pub event: FoodEvent,
    pub event_name: Bilingual,
    pub made_day: String,
    pub use_by_day: String,
    pub keeps_days: u32,
    pub allergens: Vec<AllergenView>,
    pub initials: String,
    pub size: LabelSize,
    /// "Kjøleskap, høyst 4,0 °C", in both languages.
    pub keep: Bilingual,
}

/// A label printed (or saved): the log entry and the PDF.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PrintedLabel {
    pub label: LabelView,
    pub pdf: PrintedPdf,
}

/// Everything a label says, in the working language (what is printed) and hers.
pub(crate) struct LabelContent {
    pub(crate) preview: LabelPreview,
    pub(crate) allergen_set: AllergenSet,
    pub(crate) recipe_id: String,
}

impl Larder<'_> {
    /// "Kjøleskap, høyst 4,0 °C" / "Tørrlager".
    fn keep_text(&self, item: &super::pack::FoodItem) -> Bilingual {
        match self.rules.max_c(item) {
            Some(max) => {
                self.say("fridge-label-keep", |l| vec![("zone", item.zone.as_str().into()), ("max", self.temperature(l, max * 10).into())])
            }
            None => self.zone_name(item.zone),
        }
    }
}

impl Mestre {
    /// What a label will say, before it is printed.
    pub fn preview_fridge_label(&self, request: &LabelRequest) -> Result<LabelPreview> {
        Ok(self.label_content(request)?.preview)
    }

    pub(crate) fn label_content(&self, request: &LabelRequest) -> Result<LabelContent> {
        let me = self.require_signed_in()?.person.clone();
        let larder = self.larder(&me.home_lang)?;
        let item = larder.item(&request.item)?;
        let today = kitchen_date(self.now_ms(), larder.country);
        let made = match request.made_day.as_deref().filter(|d| !d.is_empty()) {
            None => today,
            Some(day) => parse_day(day).ok_or_else(|| Error::invalid(format!("not a date: {day}")))?,
        };
        if made > today || (today - made).num_days() > MAX_DAYS_BACK {
            return Err(Error::new(ErrorKind::InvalidInput, "a label is dated today or in the last 30 days"));
        }
        let (product, allergen_set, recipe_id) = match request.recipe_id.as_deref().filter(|r| !r.is_empty()) {
            Some(recipe) => {
                let view = self.recipe_for(&larder.kitchen, recipe, None)?;
                let set = allergen_set(&view.card.allergens);
                (view.card.title, set, recipe.to_string())
            }
            None => (larder.name(item), item.allergens.clone(), String::new()),
        };
        let event = request.event.unwrap_or(item.after);
        let preview = LabelPreview {
            item: item.key.clone(),
            picture: item.picture.clone(),
            product,
            event,
            event_name: larder.both(&event.message_id(), &[]),
            made_day: iso(made),
            use_by_day: iso(larder.use_by(item, made)),
            keeps_days: larder.keeps_days(item),
            allergens: larder.kitchen.allergen_views(&derive_allergens([&allergen_set])),
            initials: initials(&me.name),
            size: request.size,
            keep: larder.keep_text(item),
        };
        Ok(LabelContent { preview, allergen_set, recipe_id })
    }

    /// Print a label: logged, saved as a PDF at the label's own size, and sent to the
    /// printer when asked.
    pub fn print_fridge_label(&mut self, request: &LabelRequest, send: bool) -> Result<PrintedLabel> {
        let content = self.label_content(request)?;
        self.print_label(content, String::new(), send)
    }

    /// Print a logged label again (the same dates and text, today's print).
    pub fn reprint_fridge_label(&mut self, id: &str, send: bool) -> Result<PrintedLabel> {
        self.require_signed_in()?;
        let row = self.store().fridge_label(id)?.ok_or_else(|| Error::new(ErrorKind::NotFound, "no such label"))?;
        let mut content = self.label_content(&LabelRequest {
            item: row.item.clone(),
            // The label as it was, even if its recipe is gone since: its text is in the row.
            recipe_id: None,
            event: Some(row.event),
            made_day: None,
            size: row.size,
        })?;
        // The label as it was: its dates, product, allergens and maker, not today's.
        let larder = self.my_larder()?;
        let p = &mut content.preview;
        p.made_day = row.made_day.clone();
        p.use_by_day = row.use_by_day.clone();
        p.product.work = row.product.clone();
        p.initials = row.initials.clone();
        p.allergens = larder.kitchen.allergen_views(&derive_allergens([&row.allergens]));
        content.allergen_set = row.allergens.clone();
        content.recipe_id = row.recipe_id.clone();
        drop(larder);
        let first = if row.reprint_of.is_empty() { row.id } else { row.reprint_of };
        self.print_label(content, first, send)
    }

    fn print_label(&mut self, content: LabelContent, reprint_of: String, send: bool) -> Result<PrintedLabel> {
        let me = self.require_signed_in()?.person.clone();
        let pdf = self.label_pdf(&content.preview)?;
        let id = crate::new_id();
        let p = &content.preview;
        // The PDF is saved (and printed) first: a logged label always has its file.
        let name = format!("{}-{}-{}", p.product.work, p.made_day, &id[id.len().saturating_sub(6)..]);
        let printed = self.save_and_print_as(&name, &pdf, send, Some(p.size))?;
        self.record(vec![FridgeLabelDraft::new(&id, &me.id)
            .item(p.item.clone())
            .recipe_id(content.recipe_id.clone())
            .product(p.product.work.clone())
            .event(p.event)
            .made_day(p.made_day.clone())
            .use_by_day(p.use_by_day.clone())
            .allergens(content.allergen_set.clone())
            .initials(p.initials.clone())
            .size(p.size)
            .printed_ms(self.now_ms())
            .reprint_of(reprint_of)
            .into()])?;
        let row = self.store().fridge_label(&id)?.ok_or_else(|| Error::new(ErrorKind::Storage, "the label was not logged"))?;
        Ok(PrintedLabel { label: self.label_view(&self.my_larder()?, &self.names_by_id()?, row), pdf: printed })
    }

    /// The labels printed here and on the café's other devices, newest first.
    pub fn fridge_labels(&self) -> Result<Vec<LabelView>> {
        let larder = self.my_larder()?;
        let names = self.names_by_id()?;
        Ok(self.store().fridge_labels(LOG_LENGTH)?.into_iter().map(|row| self.label_view(&larder, &names, row)).collect())
    }

    fn label_view(&self, larder: &Larder<'_>, names: &std::collections::HashMap<String, String>, row: FridgeLabelRow) -> LabelView {
        let item = larder.pack.item(&row.item);
        let home = match (item, row.recipe_id.is_empty()) {
            (Some(item), true) => larder.name(item).home,
            _ => row.product.clone(),
        };
        let mut allergens: Vec<_> = row.allergens.0.iter().map(|m| m.allergen).collect();
        allergens.dedup();
        let made_by = names.get(&row.owner).cloned().unwrap_or_default();
        LabelView {
            id: row.id,
            picture: item.map(|i| i.picture.clone()).unwrap_or_default(),
            item: row.item,
            product: Bilingual { work: row.product, home },
            event: row.event,
            event_name: larder.both(&row.event.message_id(), &[]),
            made_day: row.made_day,
            use_by_day: row.use_by_day,
            allergens,
            initials: row.initials,
            made_by,
            size: row.size,
            printed_ms: row.printed_ms,
            reprint: !row.reprint_of.is_empty(),
        }
    }
}

/// The allergens (with their kinds) a recipe card names, as a set to store.
fn allergen_set(views: &[AllergenView]) -> AllergenSet {
    let mut set = std::collections::BTreeSet::new();
    for view in views {
        let name = view.allergen.as_str();
        if view.kinds.is_empty() {
            set.extend(AllergenMark::parse(name));
        }
        set.extend(view.kinds.iter().filter_map(|kind| AllergenMark::parse(&format!("{name}:{kind}"))));
    }
    AllergenSet(set)
}
