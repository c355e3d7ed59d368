//! How much of an ingredient: kept exactly in a base unit (grams, millilitres, pieces)
//! in thousandths, scaled to any number of portions, and shown the way a kitchen
//! measures it — 1 250 g becomes "1,3 kg", 3 dl of 40 portions becomes "3 l", two
//! tablespoons stay spoons while they are few.
//!
//! Scaling never rounds what is stored; only what is shown is rounded, so scaling up and
//! back down shows the same amounts again (a property test holds it to that).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The unit an amount was written in (named as stored and sent: "g", "dl", "tbsp"): it says what the amount measures (weight, volume,
/// spoons, pieces) and how a cook would like to read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
pub enum Unit {
    #[serde(rename = "g")]
    Gram,
    #[serde(rename = "kg")]
    Kilogram,
    #[serde(rename = "ml")]
    Millilitre,
    #[serde(rename = "dl")]
    Decilitre,
    #[serde(rename = "l")]
    Litre,
    #[serde(rename = "tsp")]
    Teaspoon,
    #[serde(rename = "tbsp")]
    Tablespoon,
    #[serde(rename = "piece")]
    Piece,
    #[serde(rename = "pinch")]
    Pinch,
    /// No amount: "salt to taste".
    #[serde(rename = "to-taste")]
    ToTaste,
}

/// Millilitres in the Norwegian and Swedish kitchen spoons.
const TEASPOON_ML: f64 = 5.0;
const TABLESPOON_ML: f64 = 15.0;

impl Unit {
    pub const ALL: [Unit; 10] = [
        Unit::Gram,
        Unit::Kilogram,
        Unit::Millilitre,
        Unit::Decilitre,
        Unit::Litre,
        Unit::Teaspoon,
        Unit::Tablespoon,
        Unit::Piece,
        Unit::Pinch,
        Unit::ToTaste,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Unit::Gram => "g",
            Unit::Kilogram => "kg",
            Unit::Millilitre => "ml",
            Unit::Decilitre => "dl",
            Unit::Litre => "l",
            Unit::Teaspoon => "tsp",
            Unit::Tablespoon => "tbsp",
            Unit::Piece => "piece",
            Unit::Pinch => "pinch",
            Unit::ToTaste => "to-taste",
        }
    }

    pub fn parse(s: &str) -> Option<Unit> {
        Unit::ALL.into_iter().find(|u| u.as_str() == s)
    }

    /// How many base units (g, ml, pieces) one of this unit is.
    fn base_per_unit(self) -> f64 {
        match self {
            Unit::Gram | Unit::Millilitre | Unit::Piece | Unit::Pinch | Unit::ToTaste => 1.0,
            Unit::Kilogram | Unit::Litre => 1000.0,
            Unit::Decilitre => 100.0,
            Unit::Teaspoon => TEASPOON_ML,
            Unit::Tablespoon => TABLESPOON_ML,
        }
    }

    /// The Fluent message naming the unit after a number ("kg", "ss", "stk").
    pub fn message_id(self) -> String {
        format!("recipe-unit-{}", self.as_str())
    }
}

crate::text_column!(Unit);

/// An amount in base units (grams, millilitres or pieces) with the unit it was written in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Quantity {
    pub base: f64,
    pub unit: Unit,
}

/// What a cook reads: a rounded number and the unit to say it in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Measured {
    pub value: f64,
    pub unit: Unit,
}

impl Quantity {
    /// `amount` of `unit` ("2 dl" is `Quantity::of(2.0, Unit::Decilitre)`).
    pub fn of(amount: f64, unit: Unit) -> Quantity {
        Quantity { base: amount * unit.base_per_unit(), unit }
    }

    /// As stored: thousandths of the base unit.
    pub fn from_milli(milli: i64, unit: Unit) -> Quantity {
        Quantity { base: milli as f64 / 1000.0, unit }
    }

    pub fn to_milli(self) -> i64 {
        (self.base * 1000.0).round() as i64
    }

    /// The amount for `to` portions of a recipe written for `from`.
    pub fn scaled(self, from: u32, to: u32) -> Quantity {
        if from == 0 || self.unit == Unit::ToTaste {
            return self;
        }
        Quantity { base: self.base * f64::from(to) / f64::from(from), unit: self.unit }
    }

    /// Rounded to what a kitchen measures, in the unit a cook would use for that much.
    pub fn measured(self) -> Measured {
        // Scaling by a ratio and back can leave the last binary digit off; that must not
        // tip a value that sits exactly between two kitchen steps.
        let base = (self.base.max(0.0) * 1e6).round() / 1e6;
        match self.unit {
            Unit::ToTaste => Measured { value: 0.0, unit: Unit::ToTaste },
            Unit::Gram | Unit::Kilogram => weight(base),
            Unit::Teaspoon | Unit::Tablespoon if base <= 4.0 * TABLESPOON_ML => spoons(base),
            Unit::Millilitre | Unit::Decilitre | Unit::Litre | Unit::Teaspoon | Unit::Tablespoon => volume(base),
            Unit::Piece => Measured { value: pieces(base), unit: Unit::Piece },
            Unit::Pinch => Measured { value: step(base, 1.0).max(1.0), unit: Unit::Pinch },
        }
    }
}

/// `value` rounded to the nearest multiple of `step`.
fn step(value: f64, step: f64) -> f64 {
    if step < 1.0 {
        // Multiply by 10 rather than divide by 0.1: 1.25 / 0.1 is not quite 12.5 in binary.
        let per_unit = (1.0 / step).round();
        (value * per_unit).round() / per_unit
    } else {
        (value / step).round() * step
    }
}

fn weight(grams: f64) -> Measured {
    match grams {
        g if g < 10.0 => Measured { value: step(g, 1.0).max(1.0), unit: Unit::Gram },
        g if g < 100.0 => Measured { value: step(g, 5.0), unit: Unit::Gram },
        g if g < 995.0 => Measured { value: step(g, 10.0), unit: Unit::Gram },
        g if g < 10_000.0 => Measured { value: step(g / 1000.0, 0.1), unit: Unit::Kilogram },
        g => Measured { value: step(g / 1000.0, 0.5), unit: Unit::Kilogram },
    }
}

fn spoons(ml: f64) -> Measured {
    if ml < TABLESPOON_ML - 2.5 {
        Measured { value: step(ml / TEASPOON_ML, 0.5).max(0.5), unit: Unit::Teaspoon }
    } else {
        Measured { value: step(ml / TABLESPOON_ML, 0.5), unit: Unit::Tablespoon }
    }
}

fn volume(ml: f64) -> Measured {
    match ml {
        ml if ml < 47.5 => Measured { value: step(ml, 5.0).max(5.0), unit: Unit::Millilitre },
        ml if ml < 975.0 => Measured { value: step(ml / 100.0, 0.5), unit: Unit::Decilitre },
        ml if ml < 10_000.0 => Measured { value: step(ml / 1000.0, 0.1), unit: Unit::Litre },
        ml => Measured { value: step(ml / 1000.0, 0.5), unit: Unit::Litre },
    }
}

/// Eggs and onions: halves while there are few, whole ones after.
fn pieces(n: f64) -> f64 {
    if n < 3.0 {
        step(n, 0.5).max(0.5)
    } else {
        step(n, 1.0)
    }
}

impl Measured {
    /// The number as people write it in `lang` ("1,5" in Norwegian, "1.5" in English);
    /// empty for "to taste".
    pub fn number(&self, lang: &str) -> String {
        if self.unit == Unit::ToTaste {
            return String::new();
        }
        crate::i18n::format::number(lang, self.value, 0, 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(amount: f64, unit: Unit, from: u32, to: u32) -> (f64, Unit) {
        let m = Quantity::of(amount, unit).scaled(from, to).measured();
        ((m.value * 100.0).round() / 100.0, m.unit)
    }

    #[test]
    fn grams_become_kilograms_and_decilitres_become_litres_for_a_big_kitchen() {
        assert_eq!(shown(500.0, Unit::Gram, 4, 40), (5.0, Unit::Kilogram));
        assert_eq!(shown(125.0, Unit::Gram, 4, 40), (1.3, Unit::Kilogram));
        assert_eq!(shown(3.0, Unit::Decilitre, 4, 40), (3.0, Unit::Litre));
        assert_eq!(shown(2.5, Unit::Decilitre, 4, 10), (6.5, Unit::Decilitre), "6.25 dl: half a decilitre up");
    }

    #[test]
    fn spoons_stay_spoons_while_few_and_become_decilitres_when_many() {
        assert_eq!(shown(1.0, Unit::Tablespoon, 4, 8), (2.0, Unit::Tablespoon));
        assert_eq!(shown(1.0, Unit::Teaspoon, 4, 2), (0.5, Unit::Teaspoon));
        assert_eq!(shown(2.0, Unit::Tablespoon, 4, 40), (3.0, Unit::Decilitre));
        assert_eq!(shown(1.0, Unit::Teaspoon, 4, 12), (1.0, Unit::Tablespoon));
    }

    #[test]
    fn pieces_round_to_halves_then_whole_ones() {
        assert_eq!(shown(1.0, Unit::Piece, 4, 6), (1.5, Unit::Piece));
        assert_eq!(shown(3.0, Unit::Piece, 4, 10), (8.0, Unit::Piece));
        assert_eq!(shown(1.0, Unit::Piece, 4, 1), (0.5, Unit::Piece));
    }

    #[test]
    fn to_taste_is_never_scaled_and_has_no_number() {
        let m = Quantity::of(0.0, Unit::ToTaste).scaled(4, 40).measured();
        assert_eq!(m.unit, Unit::ToTaste);
        assert_eq!(m.number("nb"), "");
    }

    #[test]
    fn units_are_sent_by_the_names_they_are_stored_under() {
        for unit in Unit::ALL {
            assert_eq!(serde_json::to_value(unit).unwrap(), serde_json::json!(unit.as_str()));
        }
    }

    #[test]
    fn numbers_use_the_readers_decimal_mark() {
        let m = Quantity::of(1250.0, Unit::Gram).measured();
        assert_eq!(m.number("nb"), "1,3");
        assert_eq!(m.number("en"), "1.3");
    }
}
