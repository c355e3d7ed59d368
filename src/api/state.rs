//! What the UI asks for on start, and what `mestre info` prints.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Serialize;
use ts_rs::TS;

use super::{Mestre, DEVICE_LANG_KEY};
use crate::cafe::Cafe;
use crate::changes::ALL_TABLES;
use crate::error::Result;
use crate::i18n::{LocaleInfo, LOCALES};
use crate::people::{PictureId, Role, Session};
use crate::storage::DATABASE_FILE;

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
    /// Live rows of every synced table, by table name.
    pub records: BTreeMap<&'static str, i64>,
}

impl Mestre {
    pub fn app_state(&self) -> Result<AppState> {
        let cafe = self.cafe()?;
        Ok(AppState {
            setup_needed: cafe.is_none(),
            cafe,
            device_lang: self.device_lang(),
            language_chosen: self.store().setting(DEVICE_LANG_KEY)?.is_some(),
            locales: LOCALES.to_vec(),
            pictures: PictureId::ALL.to_vec(),
            session: self.session.clone(),
        })
    }

    pub fn info(&self) -> Result<Info> {
        let store = self.store();
        let mut records = BTreeMap::new();
        for table in ALL_TABLES {
            records.insert(table.sql_name(), store.count_rows(*table)?);
        }
        Ok(Info {
            data_dir: self.data_dir.clone(),
            database: self.data_dir.as_ref().map(|d| d.join(DATABASE_FILE)),
            schema_version: store.schema_version()?,
            device_id: self.device_id().0.clone(),
            cafe: store.cafe()?.map(|c| c.name),
            trainees: store.count_people(Role::Trainee)?,
            mentors: store.count_people(Role::Mentor)?,
            media: store.count_media()?,
            changes: store.change_log_stats()?.changes,
            records,
        })
    }
}
