//! The certificate of competence (kompetansebevis, A4): her photo and name, the café,
//! and every aim her mentors checked (K) — each with its curriculum code, its name and
//! plain explanation, the day it was checked and by whom, and a summary of its evidence
//! — in Norwegian and in her language side by side, signed by the mentor who prints it.
//! Something she can hand to an employer; the marks behind it are signed changes.

use super::layout::{Sheet, TextStyle, A4, ACCENT, GREY, LIGHT};
use super::pieces::ui_picture;
use crate::api::Mestre;
use crate::competence::plan::Standing;
use crate::competence::Mark;
use crate::error::Result;
use crate::i18n::FluentArg;
use crate::recipes::Bilingual;

/// One checked aim as the certificate prints it.
struct CheckedAim {
    code: String,
    picture: String,
    title: Bilingual,
    plain: Bilingual,
    official: String,
    checked: Bilingual,
    evidence: Bilingual,
}

fn checked_aims(standing: &Standing<'_>) -> Vec<CheckedAim> {
    let mut out = Vec::new();
    for aim in &standing.pack.aims {
        let Some(mark) = standing.mark(&aim.id).filter(|m| m.mark == Mark::Checked) else { continue };
        let mentor = standing.names.get(&mark.owner).cloned().unwrap_or_default();
        let checked = |lang: &str| {
            let on = standing.localizer.format(
                lang,
                "certificate-checked-on",
                &[("date", FluentArg::from(standing.localizer.date(lang, &mark.day)))],
            );
            format!("{on} · {mentor}")
        };
        let counts = standing.evidence_counts(&aim.id);
        let evidence = |lang: &str| {
            let items: Vec<String> = counts
                .iter()
                .map(|(kind, count)| {
                    let name = standing.localizer.format(lang, &kind.message_id(), &[]);
                    standing.localizer.format(
                        lang,
                        "certificate-evidence-item",
                        &[("kind", FluentArg::from(name)), ("count", FluentArg::from(*count as f64))],
                    )
                })
                .collect();
            let list = items.join(crate::i18n::format::list_separator(lang));
            standing.localizer.format(lang, "certificate-evidence", &[("list", FluentArg::from(list))])
        };
        out.push(CheckedAim {
            code: aim.code.clone(),
            picture: aim.picture.clone(),
            title: standing.pack_text(&aim.message_id()),
            plain: standing.pack_text(&aim.plain_id()),
            official: aim.official.clone(),
            checked: Bilingual { work: checked(&standing.work), home: checked(&standing.home) },
            evidence: Bilingual { work: evidence(&standing.work), home: evidence(&standing.home) },
        });
    }
    out
}

/// Two paragraphs side by side: the working language on the left, hers on the right
/// (hers alone across the page when it is the same language). Returns the height.
fn side_by_side(sheet: &mut Sheet, text: &Bilingual, style: TextStyle, x: f32, width: f32) -> f32 {
    let y = sheet.cursor;
    if text.home == text.work || text.home.is_empty() {
        return sheet.text_at(&text.work, style, x, y, width);
    }
    let column = (width - 16.0) / 2.0;
    let left = sheet.text_at(&text.work, style, x, y, column);
    let right = sheet.text_at(&text.home, style, x + column + 16.0, y, column);
    left.max(right)
}

/// The height [`side_by_side`] would take.
fn measure_side(sheet: &mut Sheet, text: &Bilingual, style: TextStyle, width: f32) -> f32 {
    if text.home == text.work || text.home.is_empty() {
        return sheet.measure(&text.work, style, width).1;
    }
    let column = (width - 16.0) / 2.0;
    sheet.measure(&text.work, style, column).1.max(sheet.measure(&text.home, style, column).1)
}

/// The certificate as a PDF, signed by `mentor` (her name and her key's id).
pub(crate) fn certificate_pdf(
    me: &Mestre,
    standing: &Standing<'_>,
    cafe: &str,
    mentor: &str,
    key_id: &str,
    today: &str,
) -> Result<Vec<u8>> {
    let mut sheet = Sheet::new(A4.0, A4.1, 42.0);
    let margin = sheet.margin();
    let width = sheet.content_width();
    let both = |id: &str, args: &[(&str, FluentArg)]| standing.both(id, args);

    // Her photo, her name, the café.
    let side = 96.0;
    let top = sheet.cursor;
    let photo = standing.person.photo_thumb.as_ref().and_then(|hash| me.media().get(hash).ok());
    let placed = photo.is_some_and(|jpeg| sheet.jpeg_at(jpeg, margin, top, side, side).is_ok());
    if !placed {
        if let Some(svg) = ui_picture("trainee") {
            sheet.svg_at(svg, margin, top, side, side);
        }
    }
    let text_x = margin + side + 18.0;
    let text_w = width - side - 18.0;
    let title = both("certificate-title", &[]);
    let mut y = top;
    y += sheet.text_at(&title.work, TextStyle::new(24.0).bold().color(ACCENT), text_x, y, text_w);
    if title.home != title.work {
        y += sheet.text_at(&title.home, TextStyle::new(18.0).color(ACCENT), text_x, y, text_w);
    }
    y += 6.0 + sheet.text_at(&standing.person.name, TextStyle::new(20.0).bold(), text_x, y + 6.0, text_w);
    y += sheet.text_at(cafe, TextStyle::new(12.0).color(GREY), text_x, y, text_w);
    sheet.cursor = y.max(top + side) + 16.0;

    let intro =
        both("certificate-intro", &[("name", FluentArg::from(standing.person.name.clone())), ("cafe", FluentArg::from(cafe.to_string()))]);
    let h = side_by_side(&mut sheet, &intro, TextStyle::new(12.0), margin, width);
    sheet.gap(h + 12.0);
    sheet.rule();
    sheet.gap(10.0);

    let aims = checked_aims(standing);
    if aims.is_empty() {
        let none = both("certificate-none", &[]);
        let h = side_by_side(&mut sheet, &none, TextStyle::new(12.0), margin, width);
        sheet.gap(h + 10.0);
    }
    let icon = 30.0;
    for aim in &aims {
        // Measured first, so a row is never split across pages.
        let w = width - icon - 12.0;
        let height = measure_side(&mut sheet, &aim.title, TextStyle::new(13.0).bold(), w)
            + measure_side(&mut sheet, &aim.plain, TextStyle::new(10.5), w)
            + sheet.measure(&aim.official, TextStyle::new(8.5), (w - 16.0) / 2.0).1
            + measure_side(&mut sheet, &aim.checked, TextStyle::new(10.0).bold(), w)
            + measure_side(&mut sheet, &aim.evidence, TextStyle::new(9.5), w)
            + 30.0;
        sheet.keep(height);
        let top = sheet.cursor;
        if let Some(svg) = ui_picture(&aim.picture) {
            sheet.svg_at(svg, margin, top, icon, icon);
        }
        let x = margin + icon + 12.0;
        let title = Bilingual { work: format!("{}  {}", aim.code, aim.title.work), home: aim.title.home.clone() };
        let h = side_by_side(&mut sheet, &title, TextStyle::new(13.0).bold(), x, w);
        sheet.gap(h + 2.0);
        let h = side_by_side(&mut sheet, &aim.plain, TextStyle::new(10.5), x, w);
        sheet.gap(h + 2.0);
        let h = sheet.text_at(&aim.official, TextStyle::new(8.5).color(GREY), x, sheet.cursor, (w - 16.0) / 2.0);
        sheet.gap(h + 3.0);
        let h = side_by_side(&mut sheet, &aim.checked, TextStyle::new(10.0).bold().color(ACCENT), x, w);
        sheet.gap(h + 1.0);
        let h = side_by_side(&mut sheet, &aim.evidence, TextStyle::new(9.5).color(GREY), x, w);
        sheet.gap(h + 8.0);
        let bottom = sheet.cursor.max(top + icon);
        sheet.cursor = bottom;
        sheet.box_at(margin, bottom - 4.0, width, 0.6, Some(LIGHT), None);
        sheet.gap(6.0);
    }

    // The mentor's signature.
    sheet.keep(110.0);
    sheet.gap(18.0);
    let signed_in = |lang: &str| {
        let date = standing.localizer.date(lang, today);
        standing.localizer.format(
            lang,
            "certificate-signed",
            &[("mentor", FluentArg::from(mentor.to_string())), ("date", FluentArg::from(date))],
        )
    };
    let signed = Bilingual { work: signed_in(&standing.work), home: signed_in(&standing.home) };
    let line_y = sheet.cursor + 30.0;
    sheet.box_at(margin, line_y, 200.0, 0.8, Some(GREY), None);
    sheet.cursor = line_y + 6.0;
    let h = side_by_side(&mut sheet, &signed, TextStyle::new(11.0), margin, width);
    sheet.gap(h + 6.0);
    let key = both("certificate-key", &[("key", FluentArg::from(key_id.chars().take(16).collect::<String>()))]);
    let h = side_by_side(&mut sheet, &key, TextStyle::new(8.5).color(GREY), margin, width);
    sheet.gap(h);
    let title = format!("{} – {}", title.work, standing.person.name);
    sheet.finish(&title, &standing.work)
}
