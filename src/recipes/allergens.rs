//! The 14 allergens of EU regulation 1169/2011, Annex II, and the dietary marks (halal,
//! pork, vegetarian, vegan). An ingredient carries its allergens and what kind of food it
//! is; a recipe's allergens and marks are derived from its ingredients, never typed.

use std::collections::BTreeSet;
use std::fmt;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One of the 14 allergens a café must declare for food that is not prepacked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Allergen {
    /// Cereals containing gluten (with their kind: wheat, rye, barley, oats, spelt, kamut).
    Gluten,
    Crustaceans,
    Eggs,
    Fish,
    Peanuts,
    Soy,
    Milk,
    /// Tree nuts (with their kind: almond, hazelnut, walnut, …).
    Nuts,
    Celery,
    Mustard,
    Sesame,
    /// Sulphur dioxide and sulphites above 10 mg/kg.
    Sulphites,
    Lupin,
    Molluscs,
}

impl Allergen {
    /// In the order of Annex II.
    pub const ALL: [Allergen; 14] = [
        Allergen::Gluten,
        Allergen::Crustaceans,
        Allergen::Eggs,
        Allergen::Fish,
        Allergen::Peanuts,
        Allergen::Soy,
        Allergen::Milk,
        Allergen::Nuts,
        Allergen::Celery,
        Allergen::Mustard,
        Allergen::Sesame,
        Allergen::Sulphites,
        Allergen::Lupin,
        Allergen::Molluscs,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Allergen::Gluten => "gluten",
            Allergen::Crustaceans => "crustaceans",
            Allergen::Eggs => "eggs",
            Allergen::Fish => "fish",
            Allergen::Peanuts => "peanuts",
            Allergen::Soy => "soy",
            Allergen::Milk => "milk",
            Allergen::Nuts => "nuts",
            Allergen::Celery => "celery",
            Allergen::Mustard => "mustard",
            Allergen::Sesame => "sesame",
            Allergen::Sulphites => "sulphites",
            Allergen::Lupin => "lupin",
            Allergen::Molluscs => "molluscs",
        }
    }

    pub fn parse(s: &str) -> Option<Allergen> {
        Allergen::ALL.into_iter().find(|a| a.as_str() == s)
    }

    /// The kinds the law asks to name for this allergen ("gluten (wheat)"), if any.
    pub fn kinds(self) -> &'static [&'static str] {
        match self {
            Allergen::Gluten => &GLUTEN_KINDS,
            Allergen::Nuts => &NUT_KINDS,
            _ => &[],
        }
    }

    /// The Fluent message with its name.
    pub fn message_id(self) -> String {
        format!("allergen-{}", self.as_str())
    }

    /// Its pictogram, `assets/recipes/allergens/<name>.svg`.
    pub fn picture(self) -> &'static str {
        self.as_str()
    }
}

/// The cereals of Annex II, point 1.
pub const GLUTEN_KINDS: [&str; 6] = ["wheat", "rye", "barley", "oats", "spelt", "kamut"];
/// The nuts of Annex II, point 8.
pub const NUT_KINDS: [&str; 8] = ["almond", "hazelnut", "walnut", "cashew", "pecan", "brazil-nut", "pistachio", "macadamia"];

/// An allergen with its kind, when it has one: `gluten:wheat`, `nuts:almond`, `milk`.
/// Ordered as the regulation lists them (gluten before milk, wheat before oats).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct AllergenMark {
    pub allergen: Allergen,
    pub kind: Option<&'static str>,
}

impl Ord for AllergenMark {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.rank().cmp(&other.rank())
    }
}

impl PartialOrd for AllergenMark {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl AllergenMark {
    /// Where it stands in Annex II: the allergen, then its kind's place in the list.
    fn rank(&self) -> (Allergen, Option<usize>) {
        (self.allergen, self.kind.and_then(|k| self.allergen.kinds().iter().position(|x| *x == k)))
    }

    pub fn parse(code: &str) -> Option<AllergenMark> {
        let (name, kind) = match code.split_once(':') {
            Some((name, kind)) => (name, Some(kind)),
            None => (code, None),
        };
        let allergen = Allergen::parse(name)?;
        let kind = match kind {
            None => None,
            Some(kind) => Some(*allergen.kinds().iter().find(|k| **k == kind)?),
        };
        Some(AllergenMark { allergen, kind })
    }
}

impl fmt::Display for AllergenMark {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            Some(kind) => write!(f, "{}:{kind}", self.allergen.as_str()),
            None => f.write_str(self.allergen.as_str()),
        }
    }
}

/// The allergens of one ingredient, stored as their codes separated by spaces
/// (`gluten:wheat milk`). A change that names anything else is refused at the door.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AllergenSet(pub BTreeSet<AllergenMark>);

impl AllergenSet {
    pub fn parse(text: &str) -> Option<AllergenSet> {
        text.split_whitespace().map(AllergenMark::parse).collect::<Option<BTreeSet<_>>>().map(AllergenSet)
    }

    pub fn codes(&self) -> String {
        self.0.iter().map(|m| m.to_string()).collect::<Vec<_>>().join(" ")
    }

    pub fn contains(&self, allergen: Allergen) -> bool {
        self.0.iter().any(|m| m.allergen == allergen)
    }
}

impl crate::changes::ColumnType for AllergenSet {
    const SQL_TYPE: crate::changes::SqlType = crate::changes::SqlType::Text;
    fn to_json(&self) -> serde_json::Value {
        serde_json::Value::String(self.codes())
    }
    fn accepts(value: &serde_json::Value) -> bool {
        value.as_str().is_some_and(|text| text.len() <= 400 && AllergenSet::parse(text).is_some())
    }
    fn from_sql(value: rusqlite::types::ValueRef<'_>) -> Result<Self, String> {
        let text = <String as crate::changes::ColumnType>::from_sql(value)?;
        AllergenSet::parse(&text).ok_or_else(|| format!("not allergens: {text:?}"))
    }
}

/// What kind of food an ingredient is, for the dietary marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum FoodKind {
    Plant,
    Dairy,
    Egg,
    Fish,
    Shellfish,
    /// Meat not known to be halal.
    Meat,
    HalalMeat,
    Pork,
    Alcohol,
    /// Honey, gelatine of unknown origin, …
    OtherAnimal,
}

impl FoodKind {
    pub const ALL: [FoodKind; 10] = [
        FoodKind::Plant,
        FoodKind::Dairy,
        FoodKind::Egg,
        FoodKind::Fish,
        FoodKind::Shellfish,
        FoodKind::Meat,
        FoodKind::HalalMeat,
        FoodKind::Pork,
        FoodKind::Alcohol,
        FoodKind::OtherAnimal,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            FoodKind::Plant => "plant",
            FoodKind::Dairy => "dairy",
            FoodKind::Egg => "egg",
            FoodKind::Fish => "fish",
            FoodKind::Shellfish => "shellfish",
            FoodKind::Meat => "meat",
            FoodKind::HalalMeat => "halal-meat",
            FoodKind::Pork => "pork",
            FoodKind::Alcohol => "alcohol",
            FoodKind::OtherAnimal => "other-animal",
        }
    }

    pub fn parse(s: &str) -> Option<FoodKind> {
        FoodKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    fn is_meat_or_fish(self) -> bool {
        matches!(self, FoodKind::Fish | FoodKind::Shellfish | FoodKind::Meat | FoodKind::HalalMeat | FoodKind::Pork)
    }
}

crate::text_column!(FoodKind);

/// A dietary mark shown on a recipe and on the menu.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum DietMark {
    Vegan,
    Vegetarian,
    /// No pork, no alcohol, and any meat in it is halal.
    Halal,
    /// Contains pork: said plainly, because many guests and cooks need to know.
    Pork,
}

impl DietMark {
    pub fn as_str(self) -> &'static str {
        match self {
            DietMark::Vegan => "vegan",
            DietMark::Vegetarian => "vegetarian",
            DietMark::Halal => "halal",
            DietMark::Pork => "pork",
        }
    }

    pub fn message_id(self) -> String {
        format!("diet-{}", self.as_str())
    }
}

/// The marks of food made of ingredients of these kinds. Vegan food is not also marked
/// vegetarian (one picture says it); food without meat that is vegetarian is also halal
/// when it has no alcohol.
pub fn diet_marks(kinds: impl IntoIterator<Item = FoodKind>) -> Vec<DietMark> {
    let kinds: Vec<FoodKind> = kinds.into_iter().collect();
    let has = |k: FoodKind| kinds.contains(&k);
    let mut marks = Vec::new();
    let vegetarian = !kinds.iter().any(|k| k.is_meat_or_fish());
    if vegetarian && !has(FoodKind::Dairy) && !has(FoodKind::Egg) && !has(FoodKind::OtherAnimal) {
        marks.push(DietMark::Vegan);
    } else if vegetarian {
        marks.push(DietMark::Vegetarian);
    }
    if !has(FoodKind::Pork) && !has(FoodKind::Alcohol) && !has(FoodKind::Meat) {
        marks.push(DietMark::Halal);
    }
    if has(FoodKind::Pork) {
        marks.push(DietMark::Pork);
    }
    marks
}

/// A recipe's allergens: every allergen of every ingredient, each kind named once, in the
/// order of Annex II.
pub fn derive_allergens<'a>(sets: impl IntoIterator<Item = &'a AllergenSet>) -> Vec<(Allergen, Vec<&'static str>)> {
    let mut all: BTreeSet<&AllergenMark> = BTreeSet::new();
    for set in sets {
        all.extend(set.0.iter());
    }
    let mut out: Vec<(Allergen, Vec<&'static str>)> = Vec::new();
    for mark in all {
        match out.last_mut() {
            Some((allergen, kinds)) if *allergen == mark.allergen => kinds.extend(mark.kind),
            _ => out.push((mark.allergen, mark.kind.into_iter().collect())),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allergen_codes_read_back_and_unknown_ones_are_refused() {
        let set = AllergenSet::parse("milk gluten:wheat  gluten:oats").unwrap();
        assert_eq!(set.codes(), "gluten:wheat gluten:oats milk");
        assert!(AllergenSet::parse("gluten:maize").is_none());
        assert!(AllergenSet::parse("chocolate").is_none());
        assert_eq!(AllergenSet::parse("").unwrap(), AllergenSet::default());
    }

    #[test]
    fn a_recipe_has_each_allergen_once_with_all_its_kinds() {
        let flour = AllergenSet::parse("gluten:wheat").unwrap();
        let oats = AllergenSet::parse("gluten:oats").unwrap();
        let butter = AllergenSet::parse("milk").unwrap();
        let derived = derive_allergens([&butter, &flour, &oats, &flour]);
        assert_eq!(derived, vec![(Allergen::Gluten, vec!["wheat", "oats"]), (Allergen::Milk, vec![])]);
    }

    #[test]
    fn diet_marks_follow_the_ingredients() {
        use FoodKind::*;
        assert_eq!(diet_marks([Plant, Plant]), vec![DietMark::Vegan, DietMark::Halal]);
        assert_eq!(diet_marks([Plant, Dairy, Egg]), vec![DietMark::Vegetarian, DietMark::Halal]);
        assert_eq!(diet_marks([Plant, HalalMeat]), vec![DietMark::Halal]);
        assert_eq!(diet_marks([Plant, Meat]), Vec::<DietMark>::new());
        assert_eq!(diet_marks([Pork, Plant]), vec![DietMark::Pork]);
        assert_eq!(diet_marks([Fish, Plant]), vec![DietMark::Halal]);
        assert_eq!(diet_marks([Plant, Alcohol]), vec![DietMark::Vegan]);
    }
}
