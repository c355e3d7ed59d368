//! One device's side of a sync: its database and media, its clock, its change-log id
//! and its TLS identity. The app holds one (through `api::Mestre`); a sync running in
//! the background or a server answering a peer opens its own, beside the app's lock.

use std::path::Path;

use super::identity;
use crate::changes::{Change, DeviceId, Draft, HlcClock, MentorSigner, SigningKey};
use crate::error::Result;
use crate::media::MediaStore;
use crate::storage::{self, ApplyReport, IdentityRow, Origin, Store, Writer};

/// Setting that names this device for its peers ("Kitchen tablet", "Kari's laptop").
pub const DEVICE_NAME_KEY: &str = "device_name";

pub struct Replica {
    pub store: Store,
    pub media: MediaStore,
    pub clock: HlcClock,
    pub log_id: DeviceId,
    /// Signs every change this device makes.
    pub device_key: SigningKey,
    pub identity: IdentityRow,
    pub name: String,
}

impl Replica {
    /// Open the database and media of a data directory on a connection of its own.
    pub fn open(data_dir: &Path, now_ms: i64) -> Result<Self> {
        let store = storage::open(&data_dir.join(storage::DATABASE_FILE))?;
        Self::from_store(store, MediaStore::new(data_dir.join(storage::MEDIA_DIR)), now_ms)
    }

    pub fn from_store(mut store: Store, media: MediaStore, now_ms: i64) -> Result<Self> {
        let state = store.device_state(|| uuid::Uuid::now_v7().to_string(), now_ms)?;
        let name = match store.setting(DEVICE_NAME_KEY)? {
            Some(n) => n,
            None => {
                // The machine's name is what a mentor recognises ("kari-laptop").
                let host =
                    std::fs::read_to_string("/etc/hostname").ok().map(|h| h.trim().to_string()).filter(|h| !h.is_empty() && h.len() <= 40);
                let short = &state.id.0[state.id.0.len() - 4..];
                let n = match host {
                    Some(h) => format!("{h} ({short})"),
                    None => format!("Mestre {short}"),
                };
                store.set_setting(DEVICE_NAME_KEY, &n)?;
                n
            }
        };
        let identity = match store.identity()? {
            Some(id) => id,
            None => store.save_identity(&identity::generate(&name)?, now_ms)?,
        };
        if !store.media_files_counted()? {
            // A data directory from before schema v6: count the files it already holds.
            store.count_media_files(&media.list()?)?;
        }
        let device_key = store.device_key(now_ms)?;
        // Changes made here before changes were signed get this device's signature now.
        let signed = store.sign_own_legacy_changes(&Origin { id: &state.id, key: &device_key })?;
        if signed > 0 {
            log::info!("signed {signed} changes made here before changes were signed");
        }
        Ok(Replica { store, media, clock: HlcClock::resume(state.hlc_last), log_id: state.id, device_key, identity, name })
    }

    /// Store a file durably and note that it is here.
    pub fn keep_file(&self, bytes: &[u8]) -> Result<String> {
        let hash = self.media.put(bytes)?;
        self.store.note_media_file(&hash, bytes.len() as u64)?;
        Ok(hash)
    }

    /// Store a file without waiting for the disk (generating data in bulk; the caller
    /// calls `media.sync_all()` at the end) and note that it is here.
    pub fn keep_file_unsynced(&self, bytes: &[u8]) -> Result<String> {
        let hash = self.media.put_unsynced(bytes)?;
        self.store.note_media_file(&hash, bytes.len() as u64)?;
        Ok(hash)
    }

    /// The id peers pin for this device.
    pub fn cert_hash(&self) -> String {
        identity::cert_hash(&self.identity.cert_der)
    }

    /// This device as the writer of its log.
    pub fn origin(&self) -> Origin<'_> {
        Origin { id: &self.log_id, key: &self.device_key }
    }

    /// Write drafts made on this device by `author` (a mentor with her key) through its
    /// change log, in one transaction; refused as a whole if any is not allowed.
    pub fn record_as(&mut self, author: &str, mentor: Option<&MentorSigner>, now_ms: i64, drafts: Vec<Draft>) -> Result<Vec<Change>> {
        let origin = Origin { id: &self.log_id, key: &self.device_key };
        let changes = self.store.record(origin, Writer { author, mentor }, &mut self.clock, now_ms, drafts)?;
        self.finish_erasures()?;
        Ok(changes)
    }

    /// After an erasure was written or applied: delete the files it left without rows,
    /// and rebuild the database so no page of it (or of its write-ahead log) still holds
    /// what was erased.
    fn finish_erasures(&mut self) -> Result<()> {
        let Some(purged) = self.store.take_purged_media() else { return Ok(()) };
        for hash in &purged {
            self.media.remove(hash)?;
        }
        self.store.compact()
    }

    /// Apply changes received from `peer` (see `Store::apply`).
    pub fn apply(&mut self, now_ms: i64, peer: &str, changes: Vec<Change>) -> Result<ApplyReport> {
        let origin = Origin { id: &self.log_id, key: &self.device_key };
        let report = self.store.apply(origin, &mut self.clock, now_ms, peer, changes)?;
        self.finish_erasures()?;
        Ok(report)
    }
}
