//! A recipe card (A4): the dish's photo or picture, who cooks it and where it comes from,
//! the ingredients with amounts for the portions chosen, the numbered steps, and the
//! allergens with their pictograms — in the working language, with a second language
//! under each line when the mentor wants one.

use super::layout::{Sheet, TextStyle, A4, ACCENT, GREY};
use super::pieces::{allergen_picture, dish_picture, lines};
use crate::api::Mestre;
use crate::error::Result;
use crate::i18n::FluentArg;
use crate::recipes::book::Kitchen;
use crate::recipes::{Bilingual, RecipeView};

/// A recipe card as a PDF.
pub(crate) fn recipe_card_pdf(me: &Mestre, kitchen: &Kitchen<'_>, recipe: &RecipeView, second: bool) -> Result<Vec<u8>> {
    let mut sheet = Sheet::new(A4.0, A4.1, 40.0);
    let margin = sheet.margin();
    let width = sheet.content_width();
    let side = 120.0;
    let top = sheet.cursor;
    dish_picture(me, &mut sheet, &recipe.card, margin + width - side, top, side);
    let text_w = width - side - 16.0;
    let mut y = top;
    let (title, other) = lines(&recipe.card.proud_title, second);
    y += sheet.text_at(&title, TextStyle::new(24.0).bold().color(ACCENT), margin, y, text_w);
    if let Some(other) = other {
        y += sheet.text_at(&other, TextStyle::new(16.0).color(GREY), margin, y, text_w);
    }
    let portions = kitchen.both("print-portions", &[("portions", FluentArg::from(recipe.shown_portions as f64))]);
    let origin = if recipe.card.country_name.work.is_empty() {
        portions
    } else {
        Bilingual {
            work: format!("{} · {}", recipe.card.country_name.work, portions.work),
            home: format!("{} · {}", recipe.card.country_name.home, portions.home),
        }
    };
    let (work, other) = lines(&origin, second);
    y += 6.0 + sheet.text_at(&work, TextStyle::new(12.0), margin, y + 6.0, text_w);
    if let Some(other) = other {
        y += sheet.text_at(&other, TextStyle::new(11.0).color(GREY), margin, y, text_w);
    }
    sheet.cursor = y.max(top + side) + 14.0;

    heading(&mut sheet, &kitchen.both("print-ingredients", &[]), second);
    for line in &recipe.ingredients {
        let text = match lines(&line.name, second) {
            (work, Some(other)) => format!("{}  {work} — {other}", line.amount.work),
            (work, None) => format!("{}  {work}", line.amount.work),
        };
        sheet.paragraph(&text, TextStyle::new(11.5));
    }
    sheet.gap(10.0);
    heading(&mut sheet, &kitchen.both("print-steps", &[]), second);
    for step in &recipe.steps {
        let (work, other) = lines(&step.text, second);
        sheet.keep(40.0);
        sheet.paragraph(&format!("{}. {work}", step.number), TextStyle::new(12.0));
        if let Some(other) = other {
            sheet.paragraph(&other, TextStyle::new(11.0).color(GREY));
        }
        sheet.gap(4.0);
    }
    sheet.gap(8.0);
    heading(&mut sheet, &kitchen.both("print-allergens", &[]), second);
    if recipe.card.allergens.is_empty() {
        let (work, other) = lines(&kitchen.both("print-no-allergens", &[]), second);
        sheet.paragraph(&work, TextStyle::new(11.5));
        if let Some(other) = other {
            sheet.paragraph(&other, TextStyle::new(11.0).color(GREY));
        }
    }
    let icon = 24.0;
    for allergen in &recipe.card.allergens {
        sheet.keep(icon + 4.0);
        let top = sheet.cursor;
        if let Some(svg) = allergen_picture(allergen.allergen.picture()) {
            sheet.svg_at(svg, margin, top, icon, icon);
        }
        let text = match lines(&allergen.name, second) {
            (work, Some(other)) => format!("{work} — {other}"),
            (work, None) => work,
        };
        let h = sheet.text_at(&text, TextStyle::new(11.5), margin + icon + 6.0, top + 3.0, width - icon - 6.0);
        sheet.cursor = top + h.max(icon) + 4.0;
    }
    if !recipe.card.diet.is_empty() {
        sheet.gap(6.0);
        let marks: Vec<String> = recipe.card.diet.iter().map(|d| d.name.work.clone()).collect();
        sheet.paragraph(&marks.join(" · "), TextStyle::new(11.0).bold().color(ACCENT));
    }
    sheet.finish(&recipe.card.title.work, &recipe.work_lang)
}

fn heading(sheet: &mut Sheet, text: &Bilingual, second: bool) {
    sheet.keep(50.0);
    let (work, other) = lines(text, second);
    let title = match other {
        Some(other) => format!("{work} · {other}"),
        None => work,
    };
    sheet.paragraph(&title, TextStyle::new(14.0).bold());
    sheet.gap(4.0);
}
