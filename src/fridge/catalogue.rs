//! The food catalogue as picture cards, the rule pack in force, and the café's own
//! routines: a mentor sets how many days an item keeps in this kitchen (IK-mat), and
//! every label, game and card counts with that from then on.

use std::borrow::Cow;
use std::collections::HashMap;

use chrono::NaiveDate;

use super::pack::{FoodItem, FoodPack, RulePack};
use super::{routine_id, FoodClassView, FoodItemView, FridgeRoutineDraft, RulesView, Zone};
use crate::api::Mestre;
use crate::cafe::Country;
use crate::content::LangText;
use crate::error::{Error, ErrorKind, Result};
use crate::i18n::{FluentArg, Localizer};
use crate::recipes::allergens::derive_allergens;
use crate::recipes::book::Kitchen;
use crate::recipes::Bilingual;

/// The most days a routine may say an item keeps (two years, for the freezer).
pub const MAX_KEEPS_DAYS: u32 = 730;

/// Everything the fridge screens are made of for one reader: the pack as the café has
/// it (its own foods too), the country's rules, the café's routines, and her two languages.
pub(crate) struct Larder<'a> {
    pub(crate) pack: Cow<'static, FoodPack>,
    pub(crate) rules: &'static RulePack,
    pub(crate) country: Country,
    /// The café's own days, by item key: (days, note).
    pub(crate) routines: HashMap<String, (u32, String)>,
    pub(crate) kitchen: Kitchen<'a>,
}

impl Larder<'_> {
    pub(crate) fn work(&self) -> &str {
        &self.kitchen.work
    }

    pub(crate) fn home(&self) -> &str {
        &self.kitchen.home
    }

    pub(crate) fn localizer(&self) -> &Localizer {
        self.kitchen.localizer
    }

    /// A message in both languages.
    pub(crate) fn both(&self, id: &str, args: &[(&str, FluentArg)]) -> Bilingual {
        self.kitchen.both(id, args)
    }

    /// A food of the pack or of the café's own, hidden or not.
    pub(crate) fn item(&self, key: &str) -> Result<&FoodItem> {
        self.pack.item(key).ok_or_else(|| Error::new(ErrorKind::NotFound, format!("no food item {key}")))
    }

    /// The foods the café uses (not hidden): what games and labels offer.
    pub(crate) fn offered(&self) -> impl Iterator<Item = &FoodItem> {
        self.pack.items.iter().filter(|i| !i.hidden)
    }

    /// An item's name in both languages.
    pub(crate) fn name(&self, item: &FoodItem) -> Bilingual {
        Bilingual { work: self.pack.name(&item.key, self.work()), home: self.pack.name(&item.key, self.home()) }
    }

    /// How many days an item keeps here: the café's routine, else the rule pack's.
    pub(crate) fn keeps_days(&self, item: &FoodItem) -> u32 {
        self.routines.get(&item.key).map_or_else(|| self.rules.class(&item.class).keeps_days, |(days, _)| *days)
    }

    /// The last day an item made (opened, thawed) on `made` may be used.
    pub(crate) fn use_by(&self, item: &FoodItem, made: NaiveDate) -> NaiveDate {
        super::rules::use_by(made, self.keeps_days(item))
    }

    /// A date as the kitchen writes it, in `lang`.
    pub(crate) fn date(&self, lang: &str, day: NaiveDate) -> String {
        self.localizer().date(lang, &super::rules::iso(day))
    }

    /// A message in both languages, with arguments each language writes its own way
    /// (a food's name, a date, a temperature): `args` is asked once per language.
    pub(crate) fn say(&self, id: &str, args: impl Fn(&str) -> Vec<(&'static str, FluentArg)>) -> Bilingual {
        let one = |lang: &str| self.localizer().format(lang, id, &args(lang));
        Bilingual { work: one(self.work()), home: one(self.home()) }
    }

    /// A temperature in whole or tenths of degrees, in both languages' number format.
    pub(crate) fn temperature(&self, lang: &str, tenths: i32) -> String {
        self.localizer().format_temperature(lang, f64::from(tenths) / 10.0)
    }

    pub(crate) fn zone_name(&self, zone: Zone) -> Bilingual {
        self.both(&zone.message_id(), &[])
    }

    pub(crate) fn view(&self, item: &FoodItem) -> FoodItemView {
        let own = self.routines.get(&item.key);
        FoodItemView {
            key: item.key.clone(),
            name: self.name(item),
            picture: item.picture.clone(),
            zone: item.zone,
            zone_name: self.zone_name(item.zone),
            max_c: self.rules.max_c(item),
            keeps_days: self.keeps_days(item),
            after: item.after,
            after_name: self.both(&item.after.message_id(), &[]),
            allergens: self.kitchen.allergen_views(&derive_allergens([&item.allergens])),
            source: own.map_or_else(|| self.rules.class(&item.class).source.clone(), |(_, note)| note.clone()),
            own_routine: own.is_some(),
            class: item.class.clone(),
            own: item.key.starts_with(crate::content::OWN_PREFIX),
            hidden: item.hidden,
            texts: vec![],
        }
    }
}

impl Mestre {
    /// The café's country (Norway until a café is set up).
    pub(crate) fn cafe_country(&self) -> Result<Country> {
        Ok(self.store().cafe()?.map_or(Country::Norway, |c| c.country))
    }

    /// What the fridge screens are made of, for a reader of `home_lang`.
    pub(crate) fn larder(&self, home_lang: &str) -> Result<Larder<'_>> {
        let country = self.cafe_country()?;
        let pack = self.food_pack()?;
        let routines = self
            .store()
            .fridge_routines()?
            .into_iter()
            .filter(|r| pack.item(&r.item).is_some())
            .map(|r| (r.item, (u32::try_from(r.keeps_days).unwrap_or(0).min(MAX_KEEPS_DAYS), r.note)))
            .collect();
        let rules = FoodPack::shipped().rules(country);
        Ok(Larder { pack, rules, country, routines, kitchen: self.kitchen(home_lang)? })
    }

    /// The larder for whoever is signed in.
    pub(crate) fn my_larder(&self) -> Result<Larder<'_>> {
        let home = self.require_signed_in()?.person.home_lang.clone();
        self.larder(&home)
    }

    /// Every item of the catalogue as a picture card, fridge first, then freezer, then
    /// the dry store: those the café uses, and for a mentor the hidden ones too.
    pub fn fridge_items(&self) -> Result<Vec<FoodItemView>> {
        let larder = self.my_larder()?;
        let mentor = self.require_mentor().is_ok();
        let mut items: Vec<FoodItemView> = larder.pack.items.iter().filter(|i| mentor || !i.hidden).map(|i| larder.view(i)).collect();
        if mentor {
            // Her form shows what the café wrote for its own foods in other languages.
            let mut texts = self.own_texts_of(crate::content::ContentKind::Food)?;
            for item in items.iter_mut().filter(|i| i.own) {
                let mut written: Vec<LangText> =
                    texts.remove(&item.key).unwrap_or_default().into_iter().map(|(lang, text)| LangText { lang, text }).collect();
                written.sort_by(|a, b| a.lang.cmp(&b.lang));
                item.texts = written;
            }
        }
        items.sort_by_key(|i| i.zone);
        Ok(items)
    }

    /// The rule pack of the café's country, with every rule's source.
    pub fn fridge_rules(&self) -> Result<RulesView> {
        let larder = self.my_larder()?;
        let rules = larder.rules;
        let mut notes: Vec<(String, String)> = Zone::ALL.iter().map(|z| (larder.zone_name(*z).work, rules.zones[z].1.clone())).collect();
        notes.push((larder.both("fridge-hot-holding", &[]).work, rules.hot_holding_source.clone()));
        notes.push((larder.both("fridge-cooling", &[]).work, rules.cooling_source.clone()));
        // A class of food is named by its foods, in the working language ("Rå kylling, Kyllingfilet").
        let class_foods = |class: &str| {
            let names: Vec<String> = larder
                .pack
                .items
                .iter()
                .filter(|i| i.class == class && !i.key.starts_with(crate::content::OWN_PREFIX))
                .map(|i| larder.pack.name(&i.key, larder.work()))
                .collect();
            if names.is_empty() {
                class.to_string()
            } else {
                names.join(", ")
            }
        };
        notes.extend(rules.class_order.iter().map(|c| (class_foods(c), rules.classes[c].source.clone())));
        let classes = rules
            .class_order
            .iter()
            .filter_map(|c| {
                let zone = larder.pack.class_zone(c)?;
                let rule = rules.class(c);
                let max_c = match zone {
                    Zone::Dry => None,
                    zone => Some(rule.max_c.unwrap_or_else(|| rules.zone_max_c(zone))),
                };
                Some(FoodClassView { class: c.clone(), zone, foods: class_foods(c), keeps_days: rule.keeps_days, max_c })
            })
            .collect();
        Ok(RulesView {
            country: rules.country.as_str().to_string(),
            source: rules.source.clone(),
            fridge_max_c: rules.zone_max_c(Zone::Fridge),
            freezer_max_c: rules.zone_max_c(Zone::Freezer),
            hot_holding_min_c: rules.hot_holding_min_c,
            cooling_to_c: rules.cooling_to_c,
            cooling_within_h: rules.cooling_within_h,
            notes,
            classes,
        })
    }

    /// A mentor sets how many days an item keeps in this café (`None`: back to the rule
    /// pack's).
    pub fn set_fridge_routine(&mut self, item: &str, keeps_days: Option<u32>, note: &str) -> Result<super::FoodItemView> {
        self.require_mentor_key()?;
        let mentor = self.require_mentor()?.person.id.clone();
        let cafe = self.store().cafe()?.map(|c| c.id).unwrap_or(mentor);
        if self.food_pack()?.item(item).is_none() {
            return Err(Error::new(ErrorKind::NotFound, format!("no food item {item}")));
        }
        let note = note.trim();
        if note.chars().count() > 300 {
            return Err(Error::new(ErrorKind::InvalidInput, "the note is longer than 300 characters"));
        }
        let draft = match keeps_days {
            Some(days) if days > MAX_KEEPS_DAYS => return Err(Error::new(ErrorKind::InvalidInput, "an item keeps at most two years")),
            Some(days) => FridgeRoutineDraft::new(routine_id(item), &cafe).item(item).keeps_days(i64::from(days)).note(note).deleted(false),
            None => FridgeRoutineDraft::new(routine_id(item), &cafe).deleted(true),
        };
        self.record(vec![draft.into()])?;
        let larder = self.my_larder()?;
        Ok(larder.view(larder.item(item)?))
    }
}
