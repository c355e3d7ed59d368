//! The façade: the one surface the Tauri shell and the `mestre` CLI call. A [`Mestre`]
//! is one open data directory and who is signed in on this device. The things a person
//! does are methods on it, written beside their nouns (`diary/` holds `set_my_mood`,
//! `people/` holds `login_with_pin`, …); this folder keeps only what is the door's own:
//! opening, sessions and permission checks ([`session`]), the first screen's state,
//! the network, and the list of commands the UI may call ([`commands`]).

pub mod commands;
mod network;
mod session;
mod state;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::changes::{Change, DeviceId, Draft, MentorSigner};
use crate::clock::{Clock, SystemClock};
use crate::error::{Error, ErrorKind, ErrorPayload, Result};
use crate::i18n::{locales, FluentArg, Localizer};
use crate::media::{recorder::Recording, MediaStore};
use crate::people::Session;
use crate::speech::Speaker;
use crate::storage::{self, Store, DATABASE_FILE, MEDIA_DIR};
use crate::sync::Replica;

pub use crate::media::PhotoRef;
pub use network::{pairing_qr_pixels, pairing_uri, PairingView, PeerView, SyncStatus};
pub use state::{AppState, Info};

/// Device setting: the language of the shared screens before anyone signs in.
const DEVICE_LANG_KEY: &str = "device_lang";

/// An open Mestre: one database, its media, and who is signed in on this device.
pub struct Mestre {
    /// The database, media, clock and identity this device syncs with.
    replica: Replica,
    clock: Arc<dyn Clock>,
    localizer: Localizer,
    speaker: Speaker,
    session: Option<Session>,
    /// The signed-in mentor's key, unlocked by her password; gone when she signs out.
    signer: Option<MentorSigner>,
    /// Set by the `mestre` command line: the operator of this machine (see [`session`]).
    console: bool,
    data_dir: Option<PathBuf>,
    network: Option<network::Network>,
    pub(crate) recording: Option<Recording>,
    /// The word bank as last read (see `words::bank`).
    pub(crate) word_shelf: std::sync::Mutex<Option<crate::words::bank::KeptWords>>,
    /// The recipe book's cards as last made (see `recipes::book`).
    pub(crate) recipe_shelf: std::sync::Mutex<Option<crate::recipes::book::KeptRecipes>>,
    /// The fridge game being played on this device (see `fridge::practice`).
    pub(crate) fridge_round: std::sync::Mutex<Option<crate::fridge::practice::RoundInPlay>>,
}

/// Where Mestre keeps its data on this machine unless told otherwise.
pub fn default_data_dir() -> PathBuf {
    directories::ProjectDirs::from("no", "Mestre", "Mestre")
        .map(|d| d.data_dir().to_path_buf())
        .unwrap_or_else(|| PathBuf::from("mestre-data"))
}

impl Mestre {
    /// Open (or create) the Mestre in `data_dir` with the real clock and speech.
    pub fn open(data_dir: &Path) -> Result<Self> {
        Self::open_with_clock(data_dir, Arc::new(SystemClock))
    }

    /// Open the Mestre in `data_dir` on a given clock (tests of what is printed on a day).
    pub fn open_with_clock(data_dir: &Path, clock: Arc<dyn Clock>) -> Result<Self> {
        std::fs::create_dir_all(data_dir)?;
        let store = storage::open(&data_dir.join(DATABASE_FILE))?;
        let mut me = Self::with_parts(store, MediaStore::new(data_dir.join(MEDIA_DIR)), clock, Speaker::detect())?;
        me.data_dir = Some(data_dir.to_path_buf());
        Ok(me)
    }

    /// Assemble from parts: tests use an in-memory store, a temp media dir and a fixed clock.
    pub fn with_parts(store: Store, media: MediaStore, clock: Arc<dyn Clock>, speaker: Speaker) -> Result<Self> {
        let replica = Replica::from_store(store, media, clock.now_ms())?;
        Ok(Mestre {
            replica,
            clock,
            localizer: Localizer::new(),
            speaker,
            session: None,
            signer: None,
            console: false,
            data_dir: None,
            network: None,
            recording: None,
            word_shelf: std::sync::Mutex::new(None),
            recipe_shelf: std::sync::Mutex::new(None),
            fridge_round: std::sync::Mutex::new(None),
        })
    }

    /// This device's change-log id.
    pub fn device_id(&self) -> &DeviceId {
        &self.replica.log_id
    }

    pub fn store(&self) -> &Store {
        &self.replica.store
    }

    pub(crate) fn store_mut(&mut self) -> &mut Store {
        &mut self.replica.store
    }

    pub(crate) fn replica(&self) -> &Replica {
        &self.replica
    }

    pub(crate) fn replica_mut(&mut self) -> &mut Replica {
        &mut self.replica
    }

    pub(crate) fn media(&self) -> &MediaStore {
        &self.replica.media
    }

    pub(crate) fn localizer(&self) -> &Localizer {
        &self.localizer
    }

    pub(crate) fn speaker(&self) -> &Speaker {
        &self.speaker
    }

    /// The data directory, for a Mestre opened on one.
    pub(crate) fn data_dir(&self) -> Option<&Path> {
        self.data_dir.as_deref()
    }

    pub(crate) fn now_ms(&self) -> i64 {
        self.clock.now_ms()
    }

    /// The language the UI speaks now: the signed-in person's, else this device's.
    pub fn current_lang(&self) -> String {
        match &self.session {
            Some(s) => s.person.ui_lang.clone(),
            None => self.device_lang(),
        }
    }

    /// The language of the shared screens on this device (Norwegian until one is chosen).
    pub fn device_lang(&self) -> String {
        match self.store().setting(DEVICE_LANG_KEY) {
            Ok(Some(tag)) if locales::is_supported(&tag) => tag,
            Ok(_) => locales::REFERENCE.to_string(),
            Err(e) => {
                // The screens must still speak: Norwegian, and the reason in the log.
                log::warn!("reading the device language: {e}");
                locales::REFERENCE.to_string()
            }
        }
    }

    /// Choose the language of the shared screens (the first screen of the app).
    pub fn set_device_language(&mut self, tag: &str) -> Result<()> {
        if !locales::is_supported(tag) {
            return Err(Error::invalid(format!("unsupported language {tag}")));
        }
        self.store_mut().set_setting(DEVICE_LANG_KEY, tag)
    }

    /// An error as the UI shows it, in the current language.
    pub fn error_payload(&self, error: &Error) -> ErrorPayload {
        let id = error.kind.message_id();
        let args: Vec<(&str, FluentArg)> = error.minutes.map(|m| vec![("minutes", FluentArg::from(m))]).unwrap_or_default();
        ErrorPayload {
            code: error.kind,
            message: self.localizer.format(&self.current_lang(), &id, &args),
            message_id: id,
            minutes: error.minutes,
            seconds: error.seconds,
        }
    }

    /// Bytes and MIME type of a stored photo or recording, for the media protocol.
    pub fn media_bytes(&self, hash: &str) -> Result<(Vec<u8>, String)> {
        let row = self.store().media(hash)?.ok_or_else(|| Error::new(ErrorKind::NotFound, "no such media"))?;
        match self.media().get(hash) {
            Ok(bytes) => Ok((bytes, row.mime)),
            Err(e) => {
                // Lost or damaged on this device: counted as missing, so the next sync
                // fetches it again from a device that has it.
                self.store().forget_media_file(hash)?;
                Err(e)
            }
        }
    }

    /// Write drafts through the change log as the signed-in person (signed by this
    /// device, and by her key if she is a mentor), in one transaction. The same rules as
    /// for a peer's change apply: what she may not do is refused and nothing is written.
    pub(crate) fn record(&mut self, drafts: Vec<Draft>) -> Result<Vec<Change>> {
        let now = self.clock.now_ms();
        let author = match (&self.session, &self.signer) {
            (Some(s), _) => s.person.id.clone(),
            (None, Some(signer)) => signer.person_id.clone(),
            (None, None) => return Err(Error::new(ErrorKind::NotAllowed, "nobody is signed in")),
        };
        let signer = self.signer.clone();
        let without_key = signer.is_none() && self.session.as_ref().is_some_and(|s| s.person.role == crate::people::Role::Mentor);
        match self.replica.record_as(&author, signer.as_ref(), now, drafts) {
            // A mentor whose key is not on this device: say so, not just "not allowed".
            Err(e) if without_key && e.kind == ErrorKind::NotAllowed => Err(Error::new(ErrorKind::MentorKeyMissing, e.detail)),
            other => other,
        }
    }

    /// Write drafts as they are (tools and tests): the signed-in person writes them, and
    /// every device judges them like any other change.
    pub fn record_drafts(&mut self, drafts: Vec<Draft>) -> Result<Vec<Change>> {
        self.record(drafts)
    }
}
