//! The façade: the one surface the Tauri shell and the `mestre` CLI call. Each method is
//! one thing a person does (set up the café, sign in, add a trainee, hear a prompt);
//! it checks who may do it, runs the domain rules, and writes through the change log.

mod diary;
mod people;
mod state;
mod sync;

use std::path::{Path, PathBuf};
use std::sync::Arc;


use crate::clock::{Clock, SystemClock};
use crate::error::{Error, ErrorKind, ErrorPayload, Result};
use crate::i18n::{locales, FluentArg, Localizer};
use crate::media::MediaStore;
use crate::people::{Role, Session};
use crate::speech::{Speaker, Speech, SpeechRequest};
use crate::storage::{self, Store};
use crate::sync::{Change, DeviceId, Draft, HlcClock};

pub use crate::media::PhotoRef;
pub use state::{AppState, Info};
pub use sync::{pairing_qr_pixels, pairing_uri, PairingView, PeerView, SyncStatus};

/// File name of the database inside the data directory.
pub const DATABASE_FILE: &str = "mestre.sqlite";
/// Folder of the content-addressed media inside the data directory.
pub const MEDIA_DIR: &str = "media";
/// Device setting: the language of the shared screens before anyone signs in.
pub(crate) const DEVICE_LANG_KEY: &str = "device_lang";

/// An open Mestre: one database, its media, and who is signed in on this device.
pub struct Mestre {
    store: Store,
    media: MediaStore,
    clock: Arc<dyn Clock>,
    device: DeviceId,
    hlc: HlcClock,
    localizer: Localizer,
    speaker: Speaker,
    session: Option<Session>,
    data_dir: Option<PathBuf>,
    network: Option<sync::Network>,
    recording: Option<crate::media::recorder::Recording>,
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
        std::fs::create_dir_all(data_dir)?;
        let store = storage::open(&data_dir.join(DATABASE_FILE))?;
        let mut me = Self::with_parts(store, MediaStore::new(data_dir.join(MEDIA_DIR)), Arc::new(SystemClock), Speaker::detect())?;
        me.data_dir = Some(data_dir.to_path_buf());
        Ok(me)
    }

    /// Assemble from parts: tests use an in-memory store, a temp media dir and a fixed clock.
    pub fn with_parts(mut store: Store, media: MediaStore, clock: Arc<dyn Clock>, speaker: Speaker) -> Result<Self> {
        let now = clock.now_ms();
        let state = store.device_state(|| uuid::Uuid::now_v7().to_string(), now)?;
        Ok(Mestre {
            store,
            media,
            clock,
            device: state.id,
            hlc: HlcClock::resume(state.hlc_last),
            localizer: Localizer::new(),
            speaker,
            session: None,
            data_dir: None,
            network: None,
            recording: None,
        })
    }

    pub fn device_id(&self) -> &DeviceId {
        &self.device
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    pub fn session(&self) -> Option<&Session> {
        self.session.as_ref()
    }

    /// The language the UI speaks now: the signed-in person's, else this device's.
    pub fn current_lang(&self) -> String {
        match &self.session {
            Some(s) => s.person.ui_lang.clone(),
            None => self.device_lang(),
        }
    }

    pub fn device_lang(&self) -> String {
        self.store
            .setting(DEVICE_LANG_KEY)
            .ok()
            .flatten()
            .filter(|t| locales::is_supported(t))
            .unwrap_or_else(|| locales::REFERENCE.to_string())
    }

    /// Choose the language of the shared screens (the first screen of the app).
    pub fn set_device_language(&mut self, tag: &str) -> Result<()> {
        if !locales::is_supported(tag) {
            return Err(Error::invalid(format!("unsupported language {tag}")));
        }
        self.store.set_setting(DEVICE_LANG_KEY, tag)
    }

    /// Say message `request.id`: a clip recorded in the app comes first, then the
    /// order of [`Speaker`] (shipped clip, text-to-speech, Norwegian, a visible hint).
    pub fn speak(&self, request: &SpeechRequest) -> Speech {
        if request.args.is_empty() {
            if let Some(ogg) = self.recorded_prompt(&request.lang, &request.id) {
                use base64::Engine;
                let text = self.localizer.format(&request.lang, &request.id, &[]).replace(['\u{2068}', '\u{2069}'], "");
                return Speech {
                    text,
                    spoken_lang: Some(request.lang.clone()),
                    audio_base64: Some(base64::engine::general_purpose::STANDARD.encode(ogg)),
                    mime: "audio/ogg".into(),
                };
            }
        }
        self.speaker.speak(&self.localizer, request)
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
        }
    }

    /// Bytes and MIME type of a stored photo, for the media protocol.
    pub fn media_bytes(&self, hash: &str) -> Result<(Vec<u8>, String)> {
        let row = self.store.media(hash)?.ok_or_else(|| Error::new(ErrorKind::NotFound, "no such media"))?;
        Ok((self.media.get(hash)?, row.mime))
    }

    /// Write drafts through the change log, in one transaction.
    fn record(&mut self, drafts: Vec<Draft>) -> Result<Vec<Change>> {
        let now = self.clock.now_ms();
        self.store.record(&self.device, &mut self.hlc, now, drafts)
    }

    fn require_mentor(&self) -> Result<&Session> {
        match &self.session {
            Some(s) if s.person.role == Role::Mentor => Ok(s),
            _ => Err(Error::new(ErrorKind::NotAllowed, "a mentor must be signed in")),
        }
    }
}

