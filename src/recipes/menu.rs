//! The café's week menu: recipes as picture cards on each day, and its print for the
//! café wall (A4, Norwegian with the allergens of every dish, as the law asks for food
//! that is not prepacked, and a second language if the mentor wants one).

use chrono::{Datelike, Duration, NaiveDate};
use serde::Serialize;
use ts_rs::TS;

use super::book::Kitchen;
use super::*;
use crate::api::Mestre;
use crate::error::{Error, ErrorKind, Result};

/// Most dishes on one day.
const MAX_DISHES_PER_DAY: usize = 12;

/// A dish on the menu: the menu row and its recipe's card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct MenuDish {
    pub id: String,
    pub recipe: RecipeCard,
}

/// One day of the week menu.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct MenuDay {
    /// YYYY-MM-DD
    pub day: String,
    /// "mandag" / her language.
    pub weekday: Bilingual,
    /// The date as people write it in each language.
    pub date: Bilingual,
    pub dishes: Vec<MenuDish>,
}

/// Monday to Sunday of one week.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct MenuWeek {
    pub monday: String,
    /// The ISO week number ("uke 48").
    pub week: u32,
    pub days: Vec<MenuDay>,
    /// Every allergen of the week's dishes.
    pub allergens: Vec<AllergenView>,
}

const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

fn parse_day(day: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(day, "%Y-%m-%d").map_err(|_| Error::invalid(format!("not a date: {day}")))
}

/// The Monday of the week `day` is in.
pub fn monday_of(day: NaiveDate) -> NaiveDate {
    day - Duration::days(i64::from(day.weekday().num_days_from_monday()))
}

impl Mestre {
    /// The week menu of the week `day` is in (this week when `day` is empty).
    pub fn menu_week(&self, day: &str) -> Result<MenuWeek> {
        let home = self.require_signed_in()?.person.home_lang.clone();
        let kitchen = self.kitchen(&home)?;
        self.menu_week_for(&kitchen, day)
    }

    pub(crate) fn menu_week_for(&self, kitchen: &Kitchen<'_>, day: &str) -> Result<MenuWeek> {
        let day = if day.is_empty() { self.today() } else { day.to_string() };
        let monday = monday_of(parse_day(&day)?);
        let sunday = monday + Duration::days(6);
        let iso = |d: NaiveDate| d.format("%Y-%m-%d").to_string();
        let rows = self.store().menu_dishes(&iso(monday), &iso(sunday))?;
        let mut cards: std::collections::HashMap<String, Option<RecipeCard>> = std::collections::HashMap::new();
        let mut days = Vec::new();
        let mut all_allergens: Vec<(allergens::Allergen, Vec<&'static str>)> = Vec::new();
        for (at, name) in WEEKDAYS.iter().enumerate() {
            let date = iso(monday + Duration::days(at as i64));
            let mut dishes = Vec::new();
            for row in rows.iter().filter(|r| r.day == date) {
                let card = match cards.get(&row.recipe_id) {
                    Some(card) => card.clone(),
                    None => {
                        // A recipe removed since it was put on the menu is left off.
                        let card = self.recipe_for(kitchen, &row.recipe_id, None).ok().map(|v| v.card);
                        cards.insert(row.recipe_id.clone(), card.clone());
                        card
                    }
                };
                if let Some(recipe) = card {
                    for a in &recipe.allergens {
                        let kinds: Vec<&'static str> =
                            a.kinds.iter().filter_map(|k| a.allergen.kinds().iter().find(|x| *x == k).copied()).collect();
                        match all_allergens.iter_mut().find(|(x, _)| *x == a.allergen) {
                            Some((_, have)) => have.extend(kinds.into_iter().filter(|k| !have.contains(k)).collect::<Vec<_>>()),
                            None => all_allergens.push((a.allergen, kinds)),
                        }
                    }
                    dishes.push(MenuDish { id: row.id.clone(), recipe });
                }
            }
            days.push(MenuDay {
                weekday: kitchen.both(&format!("weekday-{name}"), &[]),
                date: Bilingual { work: kitchen.localizer.date(&kitchen.work, &date), home: kitchen.localizer.date(&kitchen.home, &date) },
                day: date,
                dishes,
            });
        }
        all_allergens.sort_by_key(|(a, _)| *a);
        Ok(MenuWeek { monday: iso(monday), week: monday.iso_week().week(), days, allergens: kitchen.allergen_views(&all_allergens) })
    }

    /// Put a recipe on the menu on `day`, after the dishes already there.
    pub fn add_to_menu(&mut self, day: &str, recipe_id: &str) -> Result<MenuWeek> {
        let me = self.require_signed_in()?.person.id.clone();
        let date = parse_day(day)?.format("%Y-%m-%d").to_string();
        self.recipe(recipe_id, None)?;
        let first_of_day = self.store().menu_dishes(&date, &date)?;
        if first_of_day.len() >= MAX_DISHES_PER_DAY {
            return Err(Error::invalid("that day's menu is full"));
        }
        let position = first_of_day.last().map_or(0, |d| d.position) + 1;
        let draft = MenuDishDraft::new(crate::new_id(), &me).day(date.clone()).recipe_id(recipe_id).position(position);
        self.record(vec![draft.into()])?;
        self.menu_week(&date)
    }

    /// Take a dish off the menu.
    pub fn remove_from_menu(&mut self, dish_id: &str) -> Result<MenuWeek> {
        self.require_signed_in()?;
        let dish = self.store().menu_dish(dish_id)?.ok_or_else(|| Error::new(ErrorKind::NotFound, "no such dish on the menu"))?;
        self.record(vec![MenuDishDraft::new(&dish.id, &dish.owner).deleted(true).into()])?;
        self.menu_week(&dish.day)
    }
}
