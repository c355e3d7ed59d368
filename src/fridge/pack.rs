//! The food catalogue and the country rule packs every café begins with.
//!
//! `assets/fridge/pack.json` lists each item (its picture, zone, class of food, what its
//! days count from, its allergens) and, per country, the rules: the warmest each zone
//! may be, hot holding and cooling, and for each class of food how cold it must be kept
//! and how many days it keeps — every rule with a note of where it comes from.
//! `assets/fridge/<tag>.ftl` holds the items' names in every shipped language (the build
//! fails when one lacks a name of `nb`). Parsing fails when an item names a class or zone
//! a rule pack lacks, so no item is ever without a rule.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;

use super::{FoodEvent, Zone};
use crate::cafe::Country;
use crate::recipes::allergens::AllergenSet;

include!(concat!(env!("OUT_DIR"), "/fridge_pack_sources.rs"));

/// An item of the catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoodItem {
    pub key: String,
    pub picture: String,
    pub zone: Zone,
    /// Its class of food: the rule packs give each class its limit and days.
    pub class: String,
    pub after: FoodEvent,
    pub allergens: AllergenSet,
    /// The café hides it: off the games and the labels to choose (printed labels keep it).
    pub hidden: bool,
}

/// One of the café's own foods, before it joins the pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnFood {
    pub item: FoodItem,
    /// Its name in the working language, and in the other languages the café wrote it in.
    pub name: String,
    pub names: HashMap<String, String>,
}

/// How one class of food is kept in one country.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassRule {
    /// The warmest it may be, in °C (none: the zone's limit, or none in the dry store).
    pub max_c: Option<i32>,
    pub keeps_days: u32,
    pub source: String,
}

/// One country's rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RulePack {
    pub country: Country,
    pub source: String,
    /// The warmest each zone may be, in °C, and the rule's source.
    pub zones: HashMap<Zone, (i32, String)>,
    pub hot_holding_min_c: i32,
    pub hot_holding_source: String,
    pub cooling_to_c: i32,
    pub cooling_within_h: u32,
    pub cooling_source: String,
    pub classes: HashMap<String, ClassRule>,
    /// Class names in the order of pack.json (for lists).
    pub class_order: Vec<String>,
}

impl RulePack {
    /// The warmest a zone may be, in °C.
    pub fn zone_max_c(&self, zone: Zone) -> i32 {
        self.zones.get(&zone).map_or(0, |(max, _)| *max)
    }

    pub fn class(&self, class: &str) -> &ClassRule {
        // Parsing made sure every item's class is in every pack.
        &self.classes[class]
    }

    /// The warmest an item may be kept, in °C (none for the dry store).
    pub fn max_c(&self, item: &FoodItem) -> Option<i32> {
        match item.zone {
            Zone::Dry => None,
            zone => Some(self.class(&item.class).max_c.unwrap_or_else(|| self.zone_max_c(zone))),
        }
    }
}

/// The whole pack, read once from the embedded files.
#[derive(Debug, Clone)]
pub struct FoodPack {
    pub items: Vec<FoodItem>,
    pub rules: Vec<RulePack>,
    /// Names by language: `names[lang][item key]`.
    pub names: HashMap<String, HashMap<String, String>>,
    item_at: HashMap<String, usize>,
}

#[derive(Deserialize)]
struct Listing {
    rules: Vec<ListedRules>,
    items: Vec<ListedItem>,
}

#[derive(Deserialize)]
struct ListedRules {
    country: String,
    source: String,
    zones: Vec<ListedZone>,
    hot_holding_min_c: i32,
    hot_holding_source: String,
    cooling_to_c: i32,
    cooling_within_h: u32,
    cooling_source: String,
    classes: Vec<ListedClass>,
}

#[derive(Deserialize)]
struct ListedZone {
    zone: String,
    max_c: i32,
    source: String,
}

#[derive(Deserialize)]
struct ListedClass {
    class: String,
    max_c: Option<i32>,
    keeps_days: u32,
    source: String,
}

#[derive(Deserialize)]
struct ListedItem {
    key: String,
    picture: String,
    zone: String,
    class: String,
    after: String,
    #[serde(default)]
    allergens: String,
}

impl FoodPack {
    /// The pack shipped in this binary.
    pub fn shipped() -> &'static FoodPack {
        static PACK: OnceLock<FoodPack> = OnceLock::new();
        PACK.get_or_init(|| FoodPack::parse(FRIDGE_PACK_LISTING, FRIDGE_PACK_TEXTS).expect("assets/fridge was checked by build.rs"))
    }

    /// Read a pack from its listing (JSON) and its names (per locale, Fluent syntax).
    pub fn parse(listing: &str, texts: &[(&str, &str)]) -> Result<FoodPack, String> {
        let listing: Listing = serde_json::from_str(listing).map_err(|e| format!("pack.json: {e}"))?;
        let mut rules = Vec::new();
        for r in listing.rules {
            let country = Country::parse(&r.country).ok_or_else(|| format!("rules: country {:?}", r.country))?;
            let mut zones = HashMap::new();
            for z in r.zones {
                let zone = Zone::parse(&z.zone).ok_or_else(|| format!("{}: zone {:?}", r.country, z.zone))?;
                zones.insert(zone, (z.max_c, z.source));
            }
            if let Some(missing) = Zone::ALL.iter().find(|z| !zones.contains_key(z)) {
                return Err(format!("{}: no rule for the {}", r.country, missing.as_str()));
            }
            let class_order = r.classes.iter().map(|c| c.class.clone()).collect();
            let classes = r
                .classes
                .into_iter()
                .map(|c| (c.class, ClassRule { max_c: c.max_c, keeps_days: c.keeps_days, source: c.source }))
                .collect();
            rules.push(RulePack {
                country,
                source: r.source,
                zones,
                hot_holding_min_c: r.hot_holding_min_c,
                hot_holding_source: r.hot_holding_source,
                cooling_to_c: r.cooling_to_c,
                cooling_within_h: r.cooling_within_h,
                cooling_source: r.cooling_source,
                classes,
                class_order,
            });
        }
        let mut items = Vec::new();
        let mut item_at = HashMap::new();
        for i in listing.items {
            let zone = Zone::parse(&i.zone).ok_or_else(|| format!("{}: zone {:?}", i.key, i.zone))?;
            let after = FoodEvent::parse(&i.after).ok_or_else(|| format!("{}: after {:?}", i.key, i.after))?;
            let allergens = AllergenSet::parse(&i.allergens).ok_or_else(|| format!("{}: allergens {:?}", i.key, i.allergens))?;
            if let Some(pack) = rules.iter().find(|p| !p.classes.contains_key(&i.class)) {
                return Err(format!("{}: class {} has no rule in {}", i.key, i.class, pack.country.as_str()));
            }
            if item_at.insert(i.key.clone(), items.len()).is_some() {
                return Err(format!("item {} is listed twice", i.key));
            }
            items.push(FoodItem { key: i.key, picture: i.picture, zone, class: i.class, after, allergens, hidden: false });
        }
        let mut names: HashMap<String, HashMap<String, String>> = HashMap::new();
        for (tag, source) in texts {
            for (key, text) in crate::words::pack::parse_texts(source).map_err(|e| format!("{tag}.ftl: {e}"))? {
                if !item_at.contains_key(&key) {
                    return Err(format!("{tag}.ftl: {key} is not an item of pack.json"));
                }
                names.entry(tag.to_string()).or_default().insert(key, text);
            }
        }
        Ok(FoodPack { items, rules, names, item_at })
    }

    /// The pack as a café has it: the starter foods it hides marked, its own foods added
    /// with their names in every language of the pack (a language the café did not write
    /// one in reads the working language's). An own food of a class no rule pack knows is
    /// left out (it could not be dated).
    pub fn with_own(&self, own: Vec<OwnFood>, hidden: &[String], work: &str) -> FoodPack {
        let mut pack = self.clone();
        for key in hidden {
            if let Some(&at) = pack.item_at.get(key) {
                pack.items[at].hidden = true;
            }
        }
        let langs: Vec<String> = pack.names.keys().cloned().collect();
        for food in own {
            if pack.class_zone(&food.item.class).is_none() || pack.item_at.contains_key(&food.item.key) {
                log::warn!("own food {} left out: class {:?}", food.item.key, food.item.class);
                continue;
            }
            for lang in &langs {
                let name =
                    if lang == work { food.name.clone() } else { food.names.get(lang).cloned().unwrap_or_else(|| food.name.clone()) };
                pack.names.entry(lang.clone()).or_default().insert(food.item.key.clone(), name);
            }
            pack.item_at.insert(food.item.key.clone(), pack.items.len());
            pack.items.push(food.item);
        }
        pack
    }

    /// Where a class of food is kept: the zone of the pack's foods of that class (every
    /// class has some), or none for a class the pack does not know.
    pub fn class_zone(&self, class: &str) -> Option<Zone> {
        self.items.iter().find(|i| i.class == class && !i.key.starts_with(crate::content::OWN_PREFIX)).map(|i| i.zone)
    }

    pub fn item(&self, key: &str) -> Option<&FoodItem> {
        self.item_at.get(key).map(|&at| &self.items[at])
    }

    /// The rules of a country (every shipped country has a pack: a test checks).
    pub fn rules(&self, country: Country) -> &RulePack {
        self.rules.iter().find(|r| r.country == country).unwrap_or(&self.rules[0])
    }

    /// What an item's picture looks like (two pictures may be the same drawing).
    pub fn look(picture: &str) -> &str {
        FOOD_PICTURE_LOOKS.iter().find(|(name, _)| *name == picture).map_or(picture, |(_, look)| look)
    }

    /// An item's name in `lang`, or in Norwegian when that language lacks it.
    pub fn name(&self, key: &str, lang: &str) -> String {
        let named = |lang: &str| self.names.get(lang).and_then(|n| n.get(key)).cloned();
        named(lang).or_else(|| named(crate::i18n::locales::REFERENCE)).unwrap_or_else(|| key.to_string())
    }
}
