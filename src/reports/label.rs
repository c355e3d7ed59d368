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

impl Mestre {
    /// A label as a PDF of one page, the size of the label.
    pub(crate) fn label_pdf(&self, label: &LabelPreview) -> Result<Vec<u8>> {
        let lang = self.work_language()?;
        let say = |id: &str| self.localizer().format(lang, id, &[]);
        let date = |iso: &str| self.localizer().date(lang, iso);
        let (w_mm, h_mm) = label.size.millimetres();
        // The small label has the same parts, smaller.
        let k = if label.size == LabelSize::Label57x32 { 0.82 } else { 1.0 };
        let margin = 2.5 * PT_PER_MM;
        let mut sheet = Sheet::new(w_mm * PT_PER_MM, h_mm * PT_PER_MM, margin);
        let width = sheet.content_width();
        let side = 11.0 * PT_PER_MM * k;
        let mut y = margin;

        // The product, with its picture.
        if let Some(svg) = food_picture(&label.picture) {
            sheet.svg_at(svg, margin, y, side, side);
        }
        let text_x = margin + side + 1.5 * PT_PER_MM;
        let text_w = width - side - 1.5 * PT_PER_MM;
        let name_h = sheet.text_at(&label.product.work, TextStyle::new(10.0 * k).bold(), text_x, y, text_w);
        let made = format!("{} {}", label.event_name.work, date(&label.made_day));
        let made_h = sheet.text_at(&made, TextStyle::new(7.5 * k).color(GREY), text_x, y + name_h, text_w);
        y += (name_h + made_h).max(side) + 1.0 * PT_PER_MM;

        // The use-by date, the biggest thing on the label.
        let use_by = format!("{}: {}", say("fridge-label-use-by"), date(&label.use_by_day));
        y += sheet.text_at(&use_by, TextStyle::new(11.5 * k).bold().color(ACCENT), margin, y, width);

        // Allergens: pictograms, then their names.
        let icon = 4.2 * PT_PER_MM * k;
        let mut x = margin;
        for allergen in &label.allergens {
            if let Some(svg) = allergen_picture(allergen.allergen.as_str()) {
                sheet.svg_at(svg, x, y + 0.3 * PT_PER_MM, icon, icon);
                x += icon + 0.8 * PT_PER_MM;
            }
        }
        let names: Vec<&str> = label.allergens.iter().map(|a| a.name.work.as_str()).collect();
        let allergens = if names.is_empty() {
            say("fridge-label-no-allergens")
        } else {
            format!("{}: {}", say("fridge-label-allergens"), names.join(crate::i18n::format::list_separator(lang)))
        };
        let after_icons = if x > margin { x - margin + 0.6 * PT_PER_MM } else { 0.0 };
        let allergens_h = sheet.text_at(&allergens, TextStyle::new(6.8 * k).bold(), margin + after_icons, y, width - after_icons);
        y += allergens_h.max(if x > margin { icon + 0.6 * PT_PER_MM } else { 0.0 });

        // Where it is kept, and who made it.
        let made_by = self.localizer().format(lang, "fridge-label-made-by", &[("initials", label.initials.clone().into())]);
        let footer = format!("{}  ·  {made_by}", label.keep.work);
        sheet.text_at(&footer, TextStyle::new(6.5 * k).color(BLACK), margin, y + 0.4 * PT_PER_MM, width);

        let title = format!("{} — {}", label.product.work, use_by);
        sheet.finish(&title, lang)
    }
}
