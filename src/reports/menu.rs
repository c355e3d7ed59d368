//! The week menu for the café wall: A4, in the working language with an optional second
//! language under each line, every dish with its picture, its allergens named (as the
//! law asks for food that is not prepacked) and its dietary marks, and the week's
//! allergens with their pictograms at the end.

use super::layout::{Align, Sheet, TextStyle, A4, ACCENT, GREY, LIGHT};
use super::pieces::{allergen_picture, dish_picture, lines};
use crate::api::Mestre;
use crate::error::Result;
use crate::recipes::{Bilingual, MenuWeek};

/// The week menu as a PDF.
pub(crate) fn week_menu_pdf(me: &Mestre, week: &MenuWeek, second: bool, cafe_name: &str, titles: &MenuTitles) -> Result<Vec<u8>> {
    let mut sheet = Sheet::new(A4.0, A4.1, 40.0);
    let width = sheet.content_width();
    let margin = sheet.margin();
    sheet.paragraph(cafe_name, TextStyle::new(12.0).color(GREY));
    sheet.paragraph(&titles.title.work, TextStyle::new(26.0).bold().color(ACCENT));
    if let (_, Some(other)) = lines(&titles.title, second) {
        sheet.paragraph(&other, TextStyle::new(16.0).color(GREY));
    }
    sheet.gap(10.0);
    let side = 46.0;
    for day in week.days.iter().filter(|d| !d.dishes.is_empty()) {
        // A day's heading stays with (at least) its first dish.
        sheet.keep(28.0 + side + 70.0);
        let y = sheet.cursor;
        sheet.box_at(margin, y, width, 22.0, Some(LIGHT), None);
        let heading = match lines(&day.weekday, second) {
            (work, Some(other)) => format!("{work} {} · {other}", day.date.work),
            (work, None) => format!("{work} {}", day.date.work),
        };
        sheet.text_at(&heading, TextStyle::new(13.0).bold(), margin + 6.0, y + 3.0, width - 12.0);
        sheet.gap(28.0);
        for dish in &day.dishes {
            let card = &dish.recipe;
            let text_x = margin + side + 12.0;
            let text_w = width - side - 12.0;
            let mut block: Vec<(String, TextStyle)> = Vec::new();
            let (title, other) = lines(&card.proud_title, second);
            block.push((title, TextStyle::new(14.0).bold()));
            if let Some(other) = other {
                block.push((other, TextStyle::new(12.0).color(GREY)));
            }
            let allergens: Vec<&Bilingual> = card.allergens.iter().map(|a| &a.name).collect();
            let names = |pick: fn(&Bilingual) -> &String, lang: &str| {
                allergens.iter().map(|b| pick(b).as_str()).collect::<Vec<_>>().join(crate::i18n::format::list_separator(lang))
            };
            let contains = if allergens.is_empty() {
                titles.no_allergens.clone()
            } else {
                Bilingual { work: names(|b| &b.work, &titles.lang), home: names(|b| &b.home, &titles.home_lang) }
            };
            let (work, other) = lines(&contains, second);
            block.push((format!("{}: {work}", titles.allergens.work), TextStyle::new(10.5)));
            if let Some(other) = other {
                block.push((format!("{}: {other}", titles.allergens.home), TextStyle::new(10.0).color(GREY)));
            }
            if !card.diet.is_empty() {
                let marks: Vec<String> = card
                    .diet
                    .iter()
                    .map(|d| {
                        if second && d.name.home != d.name.work {
                            format!("{} / {}", d.name.work, d.name.home)
                        } else {
                            d.name.work.clone()
                        }
                    })
                    .collect();
                block.push((marks.join(" · "), TextStyle::new(10.0).color(ACCENT)));
            }
            let mut height = 0.0;
            let mut measured = Vec::new();
            for (text, style) in &block {
                let (_, h) = sheet.measure(text, *style, text_w);
                height += h;
                measured.push(h);
            }
            sheet.keep(height.max(side) + 10.0);
            let top = sheet.cursor;
            dish_picture(me, &mut sheet, card, margin, top, side);
            let mut y = top;
            for ((text, style), h) in block.iter().zip(measured) {
                sheet.text_at(text, *style, text_x, y, text_w);
                y += h;
            }
            sheet.cursor = top + height.max(side) + 10.0;
        }
        sheet.gap(4.0);
    }
    if week.days.iter().all(|d| d.dishes.is_empty()) {
        sheet.paragraph(&titles.empty.work, TextStyle::new(14.0));
    }
    // The week's allergens with their pictograms, and where to ask.
    sheet.gap(8.0);
    sheet.keep(60.0);
    sheet.rule();
    sheet.gap(6.0);
    let (work, other) = lines(&titles.week_allergens, second);
    sheet.paragraph(&work, TextStyle::new(13.0).bold());
    if let Some(other) = other {
        sheet.paragraph(&other, TextStyle::new(11.0).color(GREY));
    }
    sheet.gap(4.0);
    let icon = 26.0;
    let column = width / 3.0;
    for row in week.allergens.chunks(3) {
        sheet.keep(icon + 6.0);
        let top = sheet.cursor;
        let mut tallest: f32 = icon;
        for (at, allergen) in row.iter().enumerate() {
            let x = margin + column * at as f32;
            if let Some(svg) = allergen_picture(allergen.allergen.picture()) {
                sheet.svg_at(svg, x, top, icon, icon);
            }
            let (work, other) = lines(&allergen.name, second);
            let text = match other {
                Some(other) => format!("{work}\n{other}"),
                None => work,
            };
            tallest = tallest.max(sheet.text_at(&text, TextStyle::new(10.0), x + icon + 4.0, top, column - icon - 8.0));
        }
        sheet.cursor = top + tallest + 6.0;
    }
    sheet.gap(8.0);
    let (work, other) = lines(&titles.ask, second);
    sheet.paragraph(&work, TextStyle::new(11.0).bold().align(Align::Start));
    if let Some(other) = other {
        sheet.paragraph(&other, TextStyle::new(10.5).color(GREY));
    }
    sheet.finish(&titles.title.work, &titles.lang)
}

/// The menu's fixed texts, in both languages.
pub struct MenuTitles {
    /// The working language, and the second language (the same when there is none).
    pub lang: String,
    pub home_lang: String,
    pub title: Bilingual,
    pub allergens: Bilingual,
    pub no_allergens: Bilingual,
    pub week_allergens: Bilingual,
    pub ask: Bilingual,
    pub empty: Bilingual,
}
