//! The monthly report to NAV, as a PDF (A4, in the working language) and a CSV: for the
//! whole group, a table of every trainee's month and two charts drawn as vector bars
//! (days in her book; her plan at the month's end by P, F and K); for one trainee, her
//! figures, the chart of her plan, and the aims marked that month by name.
//!
//! The CSV has stable column names (below), one row per trainee, UTF-8 with a byte-order
//! mark so spreadsheet programs read names in every script; numbers are plain integers.

use super::layout::{Sheet, TextStyle, A4, ACCENT, GREY, LIGHT};
use crate::competence::monthly::MonthFigures;
use crate::competence::Mark;
use crate::error::{Error, ErrorKind, Result};
use crate::i18n::{FluentArg, Localizer};

/// The CSV's columns, in order.
pub const CSV_COLUMNS: [&str; 21] = [
    "month",
    "trainee_id",
    "trainee",
    "diary_days",
    "photos",
    "voice_notes",
    "new_words",
    "word_answers",
    "word_right",
    "fridge_rounds",
    "fridge_points",
    "fridge_total",
    "self_ratings",
    "marked_p",
    "marked_f",
    "marked_k",
    "aims_marked",
    "plan_aims",
    "plan_p",
    "plan_f",
    "plan_k",
];

/// The month as CSV.
pub fn month_csv(month: &str, figures: &[MonthFigures]) -> Result<Vec<u8>> {
    let mut out = Vec::from("\u{feff}".as_bytes());
    {
        let mut writer = csv::Writer::from_writer(&mut out);
        let failed = |e: csv::Error| Error::new(ErrorKind::Storage, format!("writing the CSV: {e}"));
        writer.write_record(CSV_COLUMNS).map_err(failed)?;
        for f in figures {
            let numbers = [
                f.diary_days,
                f.photos,
                f.voice_notes,
                f.new_words,
                f.word_answers,
                f.word_right,
                f.fridge_rounds,
                f.fridge_points,
                f.fridge_total,
                f.ratings,
                f.marked_started,
                f.marked_completed,
                f.marked_checked,
            ];
            let mut row = vec![month.to_string(), f.person_id.clone(), f.name.clone()];
            row.extend(numbers.iter().map(u32::to_string));
            row.push(f.aims_marked.join(" "));
            let end = f.at_month_end;
            row.extend([end.planned, end.started, end.completed, end.checked].iter().map(u32::to_string));
            writer.write_record(&row).map_err(failed)?;
        }
        writer.flush().map_err(|e| Error::new(ErrorKind::Storage, format!("writing the CSV: {e}")))?;
    }
    Ok(out)
}

/// A row of a bar chart: its label, and the bar's parts (a count and its colour).
type BarRow = (String, Vec<(u32, (u8, u8, u8))>);

/// What the PDF is headed with.
pub(crate) struct ReportHead<'a> {
    pub lang: &'a str,
    pub month: &'a str,
    pub cafe: &'a str,
    pub mentor: &'a str,
    pub today: &'a str,
}

fn percent(part: u32, of: u32) -> String {
    if of == 0 {
        "–".into()
    } else {
        format!("{} %", (f64::from(part) * 100.0 / f64::from(of)).round())
    }
}

/// "11.2026", as dates are written in Norway and Sweden.
fn month_name(month: &str) -> String {
    format!("{}.{}", month.get(5..7).unwrap_or(""), month.get(0..4).unwrap_or(""))
}

/// The month as a PDF: the group's (several trainees) or one trainee's.
pub(crate) fn month_pdf(localizer: &Localizer, head: &ReportHead<'_>, figures: &[MonthFigures]) -> Result<Vec<u8>> {
    let say = |id: &str, args: &[(&str, FluentArg)]| crate::reports::layout::printable(&localizer.format(head.lang, id, args));
    let mut sheet = Sheet::new(A4.0, A4.1, 40.0);
    let margin = sheet.margin();
    let width = sheet.content_width();
    let title = say("report-title", &[("month", FluentArg::from(month_name(head.month)))]);
    sheet.paragraph(&title, TextStyle::new(20.0).bold().color(ACCENT));
    let date = localizer.date(head.lang, head.today);
    sheet.paragraph(
        &say(
            "report-made",
            &[
                ("date", FluentArg::from(date)),
                ("mentor", FluentArg::from(head.mentor.to_string())),
                ("cafe", FluentArg::from(head.cafe.to_string())),
            ],
        ),
        TextStyle::new(10.5).color(GREY),
    );
    sheet.gap(12.0);

    // The table: one row per trainee.
    let columns: [(&str, f32); 8] = [
        ("report-col-trainee", 0.15),
        ("report-col-days", 0.06),
        ("report-col-added", 0.16),
        ("report-col-word-practice", 0.13),
        ("report-col-fridge", 0.12),
        ("report-col-ratings", 0.15),
        ("report-col-marks", 0.13),
        ("report-col-plan", 0.10),
    ];
    let style = TextStyle::new(9.0);
    let row = |sheet: &mut Sheet, cells: &[String], bold: bool| {
        let heights: Vec<f32> = cells
            .iter()
            .zip(columns)
            .map(|(text, (_, share))| sheet.measure(text, if bold { style.bold() } else { style }, width * share - 6.0).1)
            .collect();
        let height = heights.iter().copied().fold(0.0, f32::max) + 6.0;
        sheet.keep(height);
        let y = sheet.cursor;
        if bold {
            sheet.box_at(margin, y, width, height, Some(LIGHT), None);
        }
        let mut x = margin;
        for (text, (_, share)) in cells.iter().zip(columns) {
            sheet.text_at(text, if bold { style.bold() } else { style }, x + 3.0, y + 3.0, width * share - 6.0);
            x += width * share;
        }
        sheet.cursor = y + height;
        sheet.box_at(margin, sheet.cursor - 0.5, width, 0.5, Some(GREY), None);
    };
    let header: Vec<String> = columns.iter().map(|(id, _)| say(id, &[])).collect();
    row(&mut sheet, &header, true);
    for f in figures {
        let added = say(
            "report-added",
            &[
                ("photos", FluentArg::from(f.photos as f64)),
                ("voice", FluentArg::from(f.voice_notes as f64)),
                ("words", FluentArg::from(f.new_words as f64)),
            ],
        );
        let words = say(
            "report-practice",
            &[("count", FluentArg::from(f.word_answers as f64)), ("right", FluentArg::from(percent(f.word_right, f.word_answers)))],
        );
        let fridge = say(
            "report-practice",
            &[("count", FluentArg::from(f.fridge_rounds as f64)), ("right", FluentArg::from(percent(f.fridge_points, f.fridge_total)))],
        );
        let marks = format!(
            "{} {} · {} {} · {} {}",
            Mark::Started.letter(),
            f.marked_started,
            Mark::Completed.letter(),
            f.marked_completed,
            Mark::Checked.letter(),
            f.marked_checked
        );
        let plan = say(
            "report-plan",
            &[("checked", FluentArg::from(f.at_month_end.checked as f64)), ("planned", FluentArg::from(f.at_month_end.planned as f64))],
        );
        let cells = [f.name.clone(), f.diary_days.to_string(), added, words, fridge, f.ratings.to_string(), marks, plan];
        row(&mut sheet, &cells, false);
    }
    sheet.gap(18.0);

    // The charts: bars drawn as vector rectangles, one row per trainee.
    let bar_chart = |sheet: &mut Sheet, title: &str, rows: &[BarRow], top: u32| {
        sheet.keep(40.0 + rows.len().min(6) as f32 * 16.0);
        sheet.paragraph(title, TextStyle::new(12.0).bold());
        sheet.gap(4.0);
        let label_w = width * 0.22;
        let bar_w = width - label_w - 40.0;
        for (name, parts) in rows {
            sheet.keep(16.0);
            let y = sheet.cursor;
            sheet.text_at(name, TextStyle::new(9.0), margin, y, label_w - 6.0);
            sheet.box_at(margin + label_w, y + 2.0, bar_w, 10.0, Some(LIGHT), None);
            let mut x = margin + label_w;
            let mut sum = 0;
            for (n, colour) in parts {
                let w = if top == 0 { 0.0 } else { bar_w * *n as f32 / top as f32 };
                if w > 0.0 {
                    sheet.box_at(x, y + 2.0, w, 10.0, Some(*colour), None);
                }
                x += w;
                sum += n;
            }
            sheet.text_at(&sum.to_string(), TextStyle::new(9.0), margin + label_w + bar_w + 6.0, y, 34.0);
            sheet.cursor = y + 16.0;
        }
        sheet.gap(10.0);
    };
    let (last_day, _) = crate::competence::monthly::month_days(head.month).map(|(_, last)| (last, ())).unwrap_or_default();
    let days_in_month: u32 = last_day.get(8..10).and_then(|d| d.parse().ok()).unwrap_or(31);
    let days: Vec<BarRow> = figures.iter().map(|f| (f.name.clone(), vec![(f.diary_days, ACCENT)])).collect();
    bar_chart(&mut sheet, &say("report-chart-days", &[]), &days, days_in_month);
    let top = figures.iter().map(|f| f.at_month_end.planned).max().unwrap_or(0);
    let plans: Vec<BarRow> = figures
        .iter()
        .map(|f| {
            let end = f.at_month_end;
            (f.name.clone(), vec![(end.checked, (47, 133, 90)), (end.completed, (43, 108, 176)), (end.started, (214, 158, 46))])
        })
        .collect();
    bar_chart(&mut sheet, &say("report-chart-plan", &[]), &plans, top);

    // One trainee: the aims marked this month, by name.
    if let [one] = figures {
        sheet.paragraph(&say("report-aims-marked", &[]), TextStyle::new(12.0).bold());
        sheet.gap(4.0);
        if one.aims_marked.is_empty() {
            sheet.paragraph(&say("report-none", &[]), TextStyle::new(10.0).color(GREY));
        }
        for (marked, name) in one.aims_marked.iter().zip(&one.aims_marked_names) {
            let (aim, letter) = marked.rsplit_once(' ').unwrap_or((marked.as_str(), ""));
            sheet.paragraph(&format!("{letter}  {aim}  {name}"), TextStyle::new(10.0));
        }
    }
    sheet.finish(&title, head.lang)
}
