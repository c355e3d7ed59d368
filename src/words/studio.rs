//! The words in the recording studio: every word of the bank with whether the café has
//! recorded it in a language, those without a recording first, so a volunteer who
//! speaks Tigrinya can fill in what is missing one word after another.

use serde::Serialize;
use ts_rs::TS;

use crate::api::Mestre;
use crate::error::Result;

/// A word as the studio lists it in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct StudioWord {
    pub id: String,
    /// The word in the studio's language (empty when nobody has written it yet).
    pub text: String,
    /// The Norwegian, so the one recording knows which word it is.
    pub work_text: String,
    pub picture: Option<String>,
    pub photo_thumb: Option<String>,
    pub recorded: bool,
}

/// The words of one language in the studio, and how many are recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct StudioWords {
    pub lang: String,
    pub recorded: u32,
    pub total: u32,
    /// Missing first, then in the bank's order.
    pub words: Vec<StudioWord>,
}

impl Mestre {
    /// Every word and whether it is recorded in `lang` (mentors).
    pub fn studio_words(&self, lang: &str) -> Result<StudioWords> {
        self.require_mentor()?;
        let lang = crate::people::checked_lang(lang)?;
        let work = self.work_language()?.to_string();
        let shelf = self.shelf_in(&lang)?;
        let mut words: Vec<StudioWord> = shelf
            .words
            .iter()
            .map(|w| {
                let side = if lang == work { &w.work } else { &w.home };
                StudioWord {
                    id: w.id.clone(),
                    text: side.text.clone(),
                    work_text: w.work.text.clone(),
                    picture: w.picture.clone(),
                    photo_thumb: w.photo_thumb.clone(),
                    recorded: side.voice.is_some(),
                }
            })
            .collect();
        let recorded = words.iter().filter(|w| w.recorded).count() as u32;
        words.sort_by_key(|w| w.recorded);
        Ok(StudioWords { lang, recorded, total: words.len() as u32, words })
    }
}
