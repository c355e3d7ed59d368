//! A fridge prep label, drawn at the label's exact media size (62 × 40 mm from a
//! continuous roll, or 57 × 32 mm die-cut) so a printer prints it without scaling: the
//! product's picture and name, made (opened, thawed) and use-by dates, the allergens as
//! pictograms and words, where it is kept and who made it. In the working language: the
//! label is read by whoever opens the fridge.

use super::layout::{Sheet, TextStyle, ACCENT, BLACK, GREY, PT_PER_MM};
use super::pieces::{allergen_picture, food_picture};
use crate::api::Mestre;
use crate::error::Result;
use crate::fridge::labels::LabelPreview;
use crate::fridge::LabelSize;

/// The largest text scale tried, and the steps down while a label does not fit.
const FIT_SCALES: [f32; 6] = [1.0, 0.9, 0.8, 0.72, 0.65, 0.58];

impl Mestre {
    /// A label as a PDF of one page, the size of the label. Everything is laid out at the
    /// largest scale that fits the media: a long name or many allergens make the text
    /// smaller, never cut off.
    pub(crate) fn label_pdf(&self, label: &LabelPreview) -> Result<Vec<u8>> {
        let lang = self.work_language()?;
        let (_, h_mm) = label.size.millimetres();
        // The small label has the same parts, smaller.
        let base = if label.size == LabelSize::Label57x32 { 0.85 } else { 1.0 };
        let mut chosen = None;
        for scale in FIT_SCALES {
            let (sheet, bottom) = self.label_sheet(label, lang, base * scale);
            let fits = bottom <= h_mm * PT_PER_MM - 2.0 * PT_PER_MM;
            chosen = Some(sheet);
            if fits {
                break;
            }
        }
        let sheet = chosen.expect("at least one scale is tried");
        let use_by =
            format!("{} {}", self.localizer().format(lang, "fridge-label-use-by", &[]), self.localizer().date(lang, &label.use_by_day));
        sheet.finish(&format!("{} — {use_by}", label.product.work), lang)
    }

    /// The label laid out with its text at scale `k`, and how far down it reaches.
    fn label_sheet(&self, label: &LabelPreview, lang: &str, k: f32) -> (Sheet, f32) {
        let say = |id: &str| self.localizer().format(lang, id, &[]);
        let date = |iso: &str| self.localizer().date(lang, iso);
        let (w_mm, h_mm) = label.size.millimetres();
        let margin = 2.5 * PT_PER_MM;
        let mut sheet = Sheet::new(w_mm * PT_PER_MM, h_mm * PT_PER_MM, margin);
        let width = sheet.content_width();
        let side = 12.0 * PT_PER_MM * k;
        let mut y = margin;

        // The product, with its picture.
        if let Some(svg) = food_picture(&label.picture) {
            sheet.svg_at(svg, margin, y, side, side);
        }
        let text_x = margin + side + 1.5 * PT_PER_MM;
        let text_w = width - side - 1.5 * PT_PER_MM;
        let name_h = sheet.text_at(&label.product.work, TextStyle::new(12.0 * k).bold(), text_x, y, text_w);
        let made = format!("{} {}", label.event_name.work, date(&label.made_day));
        let made_h = sheet.text_at(&made, TextStyle::new(8.5 * k).color(GREY), text_x, y + name_h, text_w);
        y += (name_h + made_h).max(side) + 0.8 * PT_PER_MM;

        // The use-by date, the biggest thing on the label, on one line: smaller when the
        // words of a language are longer ("Används senast").
        let use_by = format!("{} {}", say("fridge-label-use-by"), date(&label.use_by_day));
        let size = 13.5 * k;
        let natural = sheet.measure(&use_by, TextStyle::new(size).bold(), f32::MAX).0.full_width();
        let size = if natural > width { size * width / natural * 0.98 } else { size };
        y += sheet.text_at(&use_by, TextStyle::new(size).bold().color(ACCENT), margin, y, width);

        // Allergens: a row of pictograms, then their names.
        let icon = 5.0 * PT_PER_MM * k;
        let mut x = margin;
        for allergen in &label.allergens {
            if let Some(svg) = allergen_picture(allergen.allergen.as_str()) {
                if x + icon > margin + width {
                    break;
                }
                sheet.svg_at(svg, x, y + 0.3 * PT_PER_MM, icon, icon);
                x += icon + 0.8 * PT_PER_MM;
            }
        }
        if x > margin {
            y += icon + 0.8 * PT_PER_MM;
        }
        let names: Vec<&str> = label.allergens.iter().map(|a| a.name.work.as_str()).collect();
        let allergens = if names.is_empty() {
            say("fridge-label-no-allergens")
        } else {
            format!("{}: {}", say("fridge-label-allergens"), names.join(crate::i18n::format::list_separator(lang)))
        };
        y += sheet.text_at(&allergens, TextStyle::new(7.5 * k).bold(), margin, y, width);

        // Where it is kept, and who made it.
        let made_by = self.localizer().format(lang, "fridge-label-made-by", &[("initials", label.initials.clone().into())]);
        let footer = format!("{}  ·  {made_by}", label.keep.work);
        y += 0.5 * PT_PER_MM;
        y += sheet.text_at(&footer, TextStyle::new(7.5 * k).color(BLACK), margin, y, width);
        (sheet, y)
    }
}
