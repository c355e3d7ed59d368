//! One device's side of a sync: its database and media, its clock, its change-log id
//! and its TLS identity. The app holds one (through `api::Mestre`); a sync running in
//! the background or a server answering a peer opens its own, beside the app's lock.

use std::path::Path;

use super::identity;
use crate::changes::{Change, DeviceId, Draft, HlcClock};
use crate::error::Result;
use crate::media::MediaStore;
use crate::storage::{self, IdentityRow, Store};

/// Setting that names this device for its peers ("Kitchen tablet", "Kari's laptop").
pub const DEVICE_NAME_KEY: &str = "device_name";

pub struct Replica {
    pub store: Store,
    pub media: MediaStore,
    pub clock: HlcClock,
    pub log_id: DeviceId,
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
        Ok(Replica { store, media, clock: HlcClock::resume(state.hlc_last), log_id: state.id, identity, name })
    }

    /// The id peers pin for this device.
    pub fn cert_hash(&self) -> String {
        identity::cert_hash(&self.identity.cert_der)
    }

    /// Write drafts made on this device through its change log, in one transaction.
    pub fn record(&mut self, now_ms: i64, drafts: Vec<Draft>) -> Result<Vec<Change>> {
        self.store.record(&self.log_id, &mut self.clock, now_ms, drafts)
    }
}
