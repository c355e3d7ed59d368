//! What a mentor prints, as the façade offers it: a document made in the working
//! language (and a second one if she asks), saved in the data folder's `prints/` and
//! sent to the printer when she wants.

use super::menu::{week_menu_pdf, MenuTitles};
use super::output::{self, PrintedPdf};
use super::recipe_card::recipe_card_pdf;
use crate::api::Mestre;
use crate::error::{Error, ErrorKind, Result};
use crate::fridge::LabelSize;
use crate::i18n::FluentArg;
use crate::recipes::book::Kitchen;

impl Mestre {
    /// The second language of a print, or the working language alone.
    fn print_kitchen(&self, second_lang: Option<&str>) -> Result<Kitchen<'_>> {
        self.require_mentor()?;
        let work = self.work_language()?;
        let lang = match second_lang.filter(|l| !l.is_empty()) {
            Some(lang) => crate::people::checked_lang(lang)?,
            None => work.to_string(),
        };
        self.kitchen(&lang)
    }

    /// The week menu of the week `day` is in, as a PDF (mentors).
    pub fn week_menu_pdf(&self, day: &str, second_lang: Option<&str>) -> Result<Vec<u8>> {
        Ok(self.week_menu_document(day, second_lang)?.0)
    }

    /// The week menu as a PDF, and the name to save it under ("meny-uke-48-2026-11-23").
    fn week_menu_document(&self, day: &str, second_lang: Option<&str>) -> Result<(Vec<u8>, String)> {
        let kitchen = self.print_kitchen(second_lang)?;
        let week = self.menu_week_for(&kitchen, day)?;
        let second = kitchen.home != kitchen.work;
        let cafe = self.cafe()?.map(|c| c.name).unwrap_or_default();
        let titles = MenuTitles {
            lang: kitchen.work.clone(),
            home_lang: kitchen.home.clone(),
            title: kitchen.both("print-menu-title", &[("week", FluentArg::from(f64::from(week.week)))]),
            allergens: kitchen.both("print-allergens", &[]),
            no_allergens: kitchen.both("print-no-allergens", &[]),
            week_allergens: kitchen.both("print-week-allergens", &[]),
            ask: kitchen.both("print-ask-staff", &[]),
            empty: kitchen.both("print-menu-empty", &[]),
        };
        let file = self.localizer().format(&kitchen.work, "print-menu-file", &[("week", FluentArg::from(f64::from(week.week)))]);
        Ok((week_menu_pdf(self, &week, second, &cafe, &titles)?, format!("{file}-{}", week.monday)))
    }

    /// A recipe card for `portions`, as a PDF (mentors).
    pub fn recipe_card_pdf(&self, id: &str, portions: Option<u32>, second_lang: Option<&str>) -> Result<Vec<u8>> {
        Ok(self.recipe_card_document(id, portions, second_lang)?.0)
    }

    /// A recipe card as a PDF, and the name to save it under (the dish's name).
    fn recipe_card_document(&self, id: &str, portions: Option<u32>, second_lang: Option<&str>) -> Result<(Vec<u8>, String)> {
        let kitchen = self.print_kitchen(second_lang)?;
        let recipe = self.recipe_for(&kitchen, id, portions)?;
        let pdf = recipe_card_pdf(self, &kitchen, &recipe, kitchen.home != kitchen.work)?;
        Ok((pdf, recipe.card.title.work))
    }

    /// Save the week menu as a PDF, and print it when asked.
    pub fn print_week_menu(&self, day: &str, second_lang: Option<&str>, send: bool) -> Result<PrintedPdf> {
        let (pdf, name) = self.week_menu_document(day, second_lang)?;
        self.save_and_print(&name, &pdf, send)
    }

    /// Save a recipe card as a PDF, and print it when asked.
    pub fn print_recipe_card(&self, id: &str, portions: Option<u32>, second_lang: Option<&str>, send: bool) -> Result<PrintedPdf> {
        let (pdf, name) = self.recipe_card_document(id, portions, second_lang)?;
        self.save_and_print(&name, &pdf, send)
    }

    /// A trainee's certificate of competence as a PDF, signed by the mentor who prints it
    /// (mentors, with their key: its id is printed under the signature).
    pub fn certificate_pdf(&self, person_id: &str) -> Result<Vec<u8>> {
        Ok(self.certificate_document(person_id)?.0)
    }

    fn certificate_document(&self, person_id: &str) -> Result<(Vec<u8>, String)> {
        let signer = self.require_mentor_key()?;
        let mentor = self.require_mentor()?.person.name.clone();
        let standing = self.standing(person_id)?;
        let cafe = self.cafe()?.map(|c| c.name).unwrap_or_default();
        let today = self.cafe_today()?;
        let pdf = super::certificate::certificate_pdf(self, &standing, &cafe, &mentor, &signer.key_id(), &today)?;
        let file = self.localizer().format(&standing.work, "certificate-file", &[]);
        Ok((pdf, format!("{file}-{}", standing.person.name)))
    }

    /// Save a trainee's certificate of competence, and print it when asked.
    pub fn print_certificate(&self, person_id: &str, send: bool) -> Result<PrintedPdf> {
        let (pdf, name) = self.certificate_document(person_id)?;
        self.save_and_print(&name, &pdf, send)
    }

    /// The monthly report to NAV for `month` ("YYYY-MM"), of one trainee or the whole
    /// group, saved as a PDF and a CSV in `prints/` (mentors).
    pub fn monthly_report(&self, month: &str, person_id: Option<&str>) -> Result<output::SavedReport> {
        let (pdf, figures) = self.month_document(month, person_id)?;
        let lang = self.work_language()?;
        let csv = super::monthly::month_csv(month, &figures)?;
        let file = self.localizer().format(lang, "report-file", &[]);
        let name = match (person_id, figures.first()) {
            (Some(_), Some(one)) => format!("{file}-{month}-{}", one.name),
            _ => format!("{file}-{month}"),
        };
        let dir = self.data_dir().ok_or_else(|| Error::new(ErrorKind::Storage, "no data folder to save the report in"))?;
        let pdf_path = output::save(dir, &name, &pdf)?;
        let csv_path = output::save_file(dir, &name, "csv", &csv)?;
        Ok(output::SavedReport { pdf: pdf_path.display().to_string(), csv: csv_path.display().to_string(), trainees: figures.len() as u32 })
    }

    /// One trainee's monthly report as a PDF (mentors).
    pub fn month_pdf(&self, month: &str, person_id: &str) -> Result<Vec<u8>> {
        Ok(self.month_document(month, Some(person_id))?.0)
    }

    fn month_document(&self, month: &str, person_id: Option<&str>) -> Result<(Vec<u8>, Vec<crate::competence::monthly::MonthFigures>)> {
        let mentor = self.require_mentor()?.person.name.clone();
        let figures = self.month_figures(month, person_id)?;
        let lang = self.work_language()?;
        let cafe = self.cafe()?.map(|c| c.name).unwrap_or_default();
        let today = self.cafe_today()?;
        let head = super::monthly::ReportHead { lang, month, cafe: &cafe, mentor: &mentor, today: &today };
        let pdf = super::monthly::month_pdf(self.localizer(), &head, &figures)?;
        Ok((pdf, figures))
    }

    fn save_and_print(&self, name: &str, pdf: &[u8], send: bool) -> Result<PrintedPdf> {
        self.save_and_print_as(name, pdf, send, None)
    }

    /// Save a PDF in the data folder's `prints/`, and send it to the printer when asked:
    /// a label on its own media size, unscaled.
    pub(crate) fn save_and_print_as(&self, name: &str, pdf: &[u8], send: bool, label: Option<LabelSize>) -> Result<PrintedPdf> {
        let dir = self.data_dir().ok_or_else(|| Error::new(ErrorKind::Storage, "no data folder to save the PDF in"))?;
        let path = output::save(dir, name, pdf)?;
        let mut printed = PrintedPdf { path: path.display().to_string(), sent: false, problem: String::new() };
        if send {
            match output::send_to_printer(&path, label.map(LabelSize::millimetres)) {
                Ok(()) => printed.sent = true,
                Err(e) => printed.problem = self.localizer().format(&self.current_lang(), &e.kind.message_id(), &[]),
            }
        }
        Ok(printed)
    }
}
