//! Connecting devices: the laptop's "Connect a tablet" (a code and a QR code), the
//! tablet's joining, the list of paired devices, unpairing, and the sync jobs the shell
//! runs in the background (outside the app's lock, since a first sync can take a while).

use std::net::SocketAddr;
use std::sync::Arc;

use serde::Serialize;
use ts_rs::TS;

use super::Mestre;
use crate::error::{Error, ErrorKind, Result};
use crate::sync::auto::{self, AutoSync, SyncEvent, SyncJob};
use crate::sync::discovery::{self, Announcer};
use crate::sync::net::{self, SyncServer};
use crate::sync::Replica;

/// The network side of a running app: its server, its announcement, its auto-sync.
pub struct Network {
    server: SyncServer,
    _announcer: Option<Announcer>,
    _auto: AutoSync,
}

/// A paired device as the mentor sees it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PeerView {
    pub id: String,
    pub name: String,
    #[ts(type = "number")]
    pub paired_ms: i64,
    #[ts(type = "number | null")]
    pub last_sync_ms: Option<i64>,
    pub last_address: Option<String>,
}

/// What "Connect a tablet" shows.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PairingView {
    pub code: String,
    #[ts(type = "number")]
    pub expires_ms: i64,
    pub addresses: Vec<String>,
    /// The QR code (an SVG) a tablet can scan instead of typing.
    pub qr_svg: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct SyncStatus {
    pub device_name: String,
    /// Where this device listens, if it does.
    pub listening: Option<String>,
    pub peers: Vec<PeerView>,
}

fn peer_view(p: crate::storage::PeerRow) -> PeerView {
    PeerView { id: p.cert_hash, name: p.name, paired_ms: p.paired_ms, last_sync_ms: p.last_sync_ms, last_address: p.last_address }
}

/// The text inside the pairing QR code.
pub fn pairing_uri(code: &str, address: &str) -> String {
    format!("mestre://pair?code={code}&addr={address}")
}

/// The pairing QR code as grey pixels (4 px a module), for tests of the tablet's scanner.
pub fn pairing_qr_pixels(code: &str, address: &str) -> Option<image::GrayImage> {
    let qr = qrcode::QrCode::new(pairing_uri(code, address).as_bytes()).ok()?;
    Some(qr.render::<image::Luma<u8>>().module_dimensions(4, 4).build())
}

impl Mestre {
    fn data_dir_or_err(&self) -> Result<std::path::PathBuf> {
        self.data_dir.clone().ok_or_else(|| Error::new(ErrorKind::Storage, "this Mestre has no data directory to sync"))
    }

    fn replica(&self) -> Result<Replica> {
        Replica::open(&self.data_dir_or_err()?, self.clock.now_ms())
    }

    /// Listen for pairings and syncs, announce this device, and sync by itself with
    /// paired devices as they appear. `on_event` hears every sync.
    pub fn start_network(&mut self, listen: SocketAddr, on_event: Arc<dyn Fn(SyncEvent) + Send + Sync>) -> Result<SocketAddr> {
        let dir = self.data_dir_or_err()?;
        // Refused connections are logged with their reason; everything else is routine.
        let log = Arc::new(|event: net::ServerEvent| {
            if let net::ServerEvent::Rejected(why) = event {
                eprintln!("mestre sync: refused a connection: {why}");
            }
        });
        let server = net::start(dir.clone(), listen, self.clock.clone(), log)?;
        let address = server.address;
        let scope = discovery::Scope::from_env();
        let announcer = discovery::announce(&self.replica()?.cert_hash(), address.port(), scope).ok();
        let auto = auto::start(dir, self.clock.clone(), scope, on_event);
        self.network = Some(Network { server, _announcer: announcer, _auto: auto });
        Ok(address)
    }

    pub fn sync_status(&self) -> Result<SyncStatus> {
        let replica = self.replica()?;
        Ok(SyncStatus {
            device_name: replica.name.clone(),
            listening: self.network.as_ref().map(|n| n.server.address.to_string()),
            peers: replica.store.peers()?.into_iter().filter(|p| p.revoked_ms.is_none()).map(peer_view).collect(),
        })
    }

    /// "Connect a tablet": a fresh six-digit code, valid a few minutes. Mentors only.
    pub fn open_pairing(&mut self) -> Result<PairingView> {
        self.require_mentor()?;
        let network = self.network.as_ref().ok_or_else(|| Error::new(ErrorKind::PeerUnreachable, "not listening"))?;
        let offer = network.server.open_pairing(self.clock.now_ms());
        let addresses = auto::local_addresses(network.server.address.port());
        let qr_svg = qrcode::QrCode::new(pairing_uri(&offer.code, &addresses[0]).as_bytes())
            .map(|qr| qr.render::<qrcode::render::svg::Color>().min_dimensions(240, 240).build())
            .unwrap_or_default();
        Ok(PairingView { code: offer.code, expires_ms: offer.expires_ms, addresses, qr_svg })
    }

    pub fn close_pairing(&mut self) {
        if let Some(n) = &self.network {
            n.server.close_pairing();
        }
    }

    /// Join the device at `address` with the code it shows. On a fresh device (no café
    /// yet) anyone holding it may; once it has a café, only a signed-in mentor.
    pub fn pair_with(&mut self, address: &str, code: &str) -> Result<PeerView> {
        if self.store.cafe()?.is_some() {
            self.require_mentor()?;
        }
        let code: String = code.chars().filter(|c| c.is_ascii_digit()).collect();
        if code.len() != 6 {
            return Err(Error::new(ErrorKind::PairingWrongCode, "a code has six digits"));
        }
        let mut replica = self.replica()?;
        Ok(peer_view(net::pair_with(&mut replica, address.trim(), &code, self.clock.now_ms())?))
    }

    /// Unpair a device (a lost tablet): it is refused from then on. Mentors only.
    pub fn unpair(&mut self, peer_id: &str) -> Result<()> {
        self.require_mentor()?;
        if !self.replica()?.store.revoke_peer(peer_id, self.clock.now_ms())? {
            return Err(Error::new(ErrorKind::NotFound, "no such paired device"));
        }
        Ok(())
    }

    /// What "sync now" should do: the given peer, or the one synced with most recently.
    pub fn sync_job(&self, peer_id: Option<&str>) -> Result<SyncJob> {
        let replica = self.replica()?;
        let mut peers: Vec<_> = replica.store.peers()?.into_iter().filter(|p| p.revoked_ms.is_none()).collect();
        peers.sort_by_key(|p| std::cmp::Reverse(p.last_sync_ms.unwrap_or(p.paired_ms)));
        let peer = match peer_id {
            Some(id) => peers.into_iter().find(|p| p.cert_hash == id),
            None => peers.into_iter().next(),
        }
        .ok_or_else(|| Error::new(ErrorKind::NotPaired, "no paired device"))?;
        let address = peer.last_address.clone().ok_or_else(|| Error::new(ErrorKind::PeerUnreachable, "no known address"))?;
        Ok(SyncJob { data_dir: self.data_dir_or_err()?, address, peer_hash: peer.cert_hash, peer_name: peer.name })
    }

}
