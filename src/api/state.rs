//! What the UI asks for on start, and what `mestre info` prints.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Serialize;
use ts_rs::TS;

use super::{Mestre, DEVICE_LANG_KEY};
use crate::cafe::Cafe;
use crate::changes::ALL_TABLES;
use crate::error::{Error, Result};

/// Device setting: minutes without a touch before signing out by itself.
const IDLE_MINUTES_KEY: &str = "idle_sign_out_minutes";
/// A few minutes: long enough to fetch something from the fridge, short enough that the
/// next person does not find the last one's book open.
pub const DEFAULT_IDLE_MINUTES: u32 = 3;
const MAX_IDLE_MINUTES: u32 = 60;
use crate::i18n::{Captions, LocaleInfo, LOCALES};
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
    /// The languages of captions on shared screens (before anyone signs in): this device's
    /// language beside the working language.
    pub device_captions: Captions,
    pub locales: Vec<LocaleInfo>,
    /// Sign out by itself after this many minutes without a touch (0: never).
    pub idle_sign_out_minutes: u32,
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
    /// Changes held in quarantine and changes set aside (see `trust`).
    pub quarantined: i64,
    pub set_aside: i64,
    /// Live rows of every synced table, by table name.
    pub records: BTreeMap<&'static str, i64>,
}

impl Mestre {
    /// The UI has drawn its first screen and answers touches. Logged (target
    /// `mestre::startup`, level info) so start-up can be timed from outside the app: the
    /// benchmark starts the app and waits for this line.
    /// `page_ms` is how long the page took from its own start (the web view's share).
    pub fn first_screen_shown(&self, screen: &str, page_ms: f64) {
        log::info!(target: "mestre::startup", "first interactive screen: {screen} (page {page_ms:.0} ms)");
    }

    pub fn app_state(&self) -> Result<AppState> {
        let cafe = self.cafe()?;
        let locales = self.offered_locales(cafe.as_ref())?;
        Ok(AppState {
            setup_needed: cafe.is_none(),
            cafe,
            device_captions: Captions::new(&self.device_lang(), self.work_language()?, false),
            device_lang: self.device_lang(),
            language_chosen: self.store().setting(DEVICE_LANG_KEY)?.is_some(),
            locales,
            idle_sign_out_minutes: self.idle_sign_out_minutes(),
            pictures: PictureId::ALL.to_vec(),
            session: self.session.clone(),
        })
    }

    /// The languages to choose from: the café's (and its working language), or all.
    fn offered_locales(&self, cafe: Option<&crate::cafe::Cafe>) -> Result<Vec<LocaleInfo>> {
        let work = self.work_language()?;
        Ok(match cafe {
            Some(c) if !c.languages.is_empty() => {
                LOCALES.iter().filter(|l| l.tag == work || c.languages.iter().any(|t| t == l.tag)).cloned().collect()
            }
            _ => LOCALES.to_vec(),
        })
    }

    /// Minutes without a touch before this device signs out by itself (0: never). A
    /// shared tablet must not stay open on one person's little book.
    pub fn idle_sign_out_minutes(&self) -> u32 {
        match self.store().setting(IDLE_MINUTES_KEY) {
            Ok(Some(text)) => text.parse().unwrap_or(DEFAULT_IDLE_MINUTES),
            Ok(None) => DEFAULT_IDLE_MINUTES,
            Err(e) => {
                log::warn!("reading the sign-out setting: {e}");
                DEFAULT_IDLE_MINUTES
            }
        }
    }

    /// Set how long this device waits before it signs out by itself (0: never). Mentors only.
    pub fn set_idle_sign_out(&mut self, minutes: u32) -> Result<()> {
        self.require_mentor()?;
        if minutes > MAX_IDLE_MINUTES {
            return Err(Error::invalid(format!("{minutes} minutes is too long")));
        }
        self.store_mut().set_setting(IDLE_MINUTES_KEY, &minutes.to_string())
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
            quarantined: store.change_log_stats()?.quarantined,
            set_aside: store.count_refused()? - store.change_log_stats()?.quarantined,
            records,
        })
    }
}
