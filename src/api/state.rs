//! What the UI asks for on start, and what `mestre info` prints.

use std::path::PathBuf;

use serde::Serialize;
use ts_rs::TS;

use super::{Mestre, DATABASE_FILE};
use crate::cafe::{Cafe, Country};
use crate::error::Result;
use crate::i18n::{LocaleInfo, LOCALES};
use crate::people::{PictureId, Session};

/// Everything the first screen needs in one call.
#[derive(Debug, Clone, Serialize, TS)]
pub struct AppState {
    /// No café yet: the UI runs the first-run setup.
    pub setup_needed: bool,
    pub cafe: Option<Cafe>,
    /// The language of the shared screens on this device.
    pub device_lang: String,
    /// Whether someone has chosen a language on this device yet.
    pub language_chosen: bool,
    pub locales: Vec<LocaleInfo>,
    pub pictures: Vec<PictureId>,
    pub session: Option<Session>,
}

/// Facts about a data directory, for `mestre info`.
#[derive(Debug, Clone, Serialize)]
pub struct Info {
    pub data_dir: Option<PathBuf>,
    pub database: Option<PathBuf>,
    pub schema_version: i64,
    pub device_id: String,
    pub cafe: Option<String>,
    pub trainees: i64,
    pub mentors: i64,
    pub media: i64,
    pub changes: i64,
}

impl Mestre {
    pub fn app_state(&self) -> Result<AppState> {
        let cafe = self.cafe()?;
        Ok(AppState {
            setup_needed: cafe.is_none(),
            cafe,
            device_lang: self.device_lang(),
            language_chosen: self.store.setting(super::DEVICE_LANG_KEY)?.is_some(),
            locales: LOCALES.to_vec(),
            pictures: PictureId::ALL.to_vec(),
            session: self.session.clone(),
        })
    }

    pub fn cafe(&self) -> Result<Option<Cafe>> {
        Ok(self.store.cafe()?.map(|row| Cafe {
            country: Country::parse(&row.country).unwrap_or(Country::Norway),
            id: row.id,
            name: row.name,
        }))
    }

    pub fn info(&self) -> Result<Info> {
        let stats = self.store.change_log_stats()?;
        Ok(Info {
            data_dir: self.data_dir.clone(),
            database: self.data_dir.as_ref().map(|d| d.join(DATABASE_FILE)),
            schema_version: self.store.schema_version()?,
            device_id: self.device.0.clone(),
            cafe: self.store.cafe()?.map(|c| c.name),
            trainees: self.store.count_people("trainee")?,
            mentors: self.store.count_people("mentor")?,
            media: self.store.count_media()?,
            changes: stats.changes,
        })
    }
}
