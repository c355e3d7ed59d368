//! One device's side of a sync: its database and media opened on their own connection
//! (a sync runs beside the app, not inside its lock), its clock and its identity.

use std::path::Path;

use super::{identity, DeviceId, HlcClock};
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
    pub fn open(data_dir: &Path, now_ms: i64) -> Result<Self> {
        let store = storage::open(&data_dir.join(crate::api::DATABASE_FILE))?;
        Self::from_store(store, MediaStore::new(data_dir.join(crate::api::MEDIA_DIR)), now_ms)
    }

    pub fn from_store(mut store: Store, media: MediaStore, now_ms: i64) -> Result<Self> {
        let state = store.device_state(|| uuid::Uuid::now_v7().to_string(), now_ms)?;
        let name = match store.setting(DEVICE_NAME_KEY)? {
            Some(n) => n,
            None => {
                // The machine's name is what a mentor recognises ("kari-laptop").
                let host = std::fs::read_to_string("/etc/hostname").ok().map(|h| h.trim().to_string()).filter(|h| !h.is_empty() && h.len() <= 40);
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
}
