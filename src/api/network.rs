//! Connecting devices: the laptop's "Connect a tablet" (a code and a QR code), the
//! tablet's joining, the list of paired devices, unpairing, and syncing — now, here, or
//! as a job the shell runs in the background (outside the app's lock, since a first sync
//! can take a while). The `mestre` CLI's hub, pair, sync, peers and unpair come here too.

use std::net::SocketAddr;
use std::sync::Arc;

use serde::Serialize;
use ts_rs::TS;

use super::Mestre;
use crate::error::{Error, ErrorKind, Result};
use crate::storage::PeerRow;
use crate::sync::auto::{self, AutoSync, SyncEvent, SyncJob};
use crate::sync::discovery::{self, Announcer};
use crate::sync::net::{self, EventSink, ServerEvent, SyncServer};
use crate::sync::session::{Progress, SyncReport};

/// The network side of a running app or hub: its server, its announcement, and (in the
/// app) its auto-sync.
pub(super) struct Network {
    server: SyncServer,
    _announcer: Option<Announcer>,
    _auto: Option<AutoSync>,
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
    /// When it was unpaired (it is refused from then on); none while paired.
    #[ts(type = "number | null")]
    pub unpaired_ms: Option<i64>,
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

impl From<PeerRow> for PeerView {
    fn from(p: PeerRow) -> Self {
        PeerView {
            id: p.cert_hash,
            name: p.name,
            paired_ms: p.paired_ms,
            last_sync_ms: p.last_sync_ms,
            last_address: p.last_address,
            unpaired_ms: p.revoked_ms,
        }
    }
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

/// The one rule for which paired device to sync with: the one named by `peer_id`; else
/// the one last reached at `address`; else the one synced with (or paired) most recently.
fn choose_peer(mut peers: Vec<PeerRow>, peer_id: Option<&str>, address: Option<&str>) -> Option<PeerRow> {
    peers.retain(|p| p.revoked_ms.is_none());
    peers.sort_by_key(|p| std::cmp::Reverse(p.last_sync_ms.unwrap_or(p.paired_ms)));
    if let Some(id) = peer_id {
        return peers.into_iter().find(|p| p.cert_hash == id);
    }
    if let Some(at) = address.and_then(|a| peers.iter().position(|p| p.last_address.as_deref() == Some(a))) {
        return Some(peers.swap_remove(at));
    }
    peers.into_iter().next()
}

impl Mestre {
    fn data_dir_or_err(&self) -> Result<std::path::PathBuf> {
        self.data_dir.clone().ok_or_else(|| Error::new(ErrorKind::Storage, "this Mestre has no data directory to sync"))
    }

    /// Listen for pairings and syncs and announce this device; `auto_sync` also syncs by
    /// itself with paired devices as they appear, telling `on_event` of every sync.
    fn serve(
        &mut self,
        listen: SocketAddr,
        events: EventSink,
        auto_sync: Option<Arc<dyn Fn(SyncEvent) + Send + Sync>>,
    ) -> Result<SocketAddr> {
        let dir = self.data_dir_or_err()?;
        let server = net::start(dir.clone(), listen, self.clock.clone(), events)?;
        let address = server.address;
        let scope = discovery::Scope::from_env();
        let announcer = discovery::announce(&self.replica.cert_hash(), address.port(), scope)
            .inspect_err(|e| log::info!("not announced on the network ({e}); typed addresses still work"))
            .ok();
        let auto = auto_sync.map(|on_event| auto::start(dir, self.clock.clone(), scope, on_event));
        self.network = Some(Network { server, _announcer: announcer, _auto: auto });
        Ok(address)
    }

    /// The app: listen, announce, and sync by itself with paired devices. `on_event`
    /// hears every sync.
    pub fn start_network(&mut self, listen: SocketAddr, on_event: Arc<dyn Fn(SyncEvent) + Send + Sync>) -> Result<SocketAddr> {
        // Refused connections are logged with their reason; everything else is routine.
        let log = Arc::new(|event: ServerEvent| {
            if let ServerEvent::Rejected(why) = event {
                log::warn!("sync: refused a connection: {why}");
            }
        });
        self.serve(listen, log, Some(on_event))
    }

    /// An always-on hub without a window (`mestre hub`): listen and announce; every
    /// pairing, sync and refusal goes to `events`. Only the machine's console or a mentor.
    pub fn start_hub(&mut self, listen: SocketAddr, events: EventSink) -> Result<SocketAddr> {
        self.require_device_admin()?;
        self.serve(listen, events, None)
    }

    /// This device's name, where it listens, and the devices paired with it.
    pub fn sync_status(&self) -> Result<SyncStatus> {
        Ok(SyncStatus {
            device_name: self.replica.name.clone(),
            listening: self.network.as_ref().map(|n| n.server.address.to_string()),
            peers: self.devices(false)?,
        })
    }

    /// The devices paired with this one, oldest first; with those unpaired if asked.
    pub fn devices(&self, include_unpaired: bool) -> Result<Vec<PeerView>> {
        Ok(self.store().peers()?.into_iter().filter(|p| include_unpaired || p.revoked_ms.is_none()).map(PeerView::from).collect())
    }

    /// The id other devices pin for this one.
    pub fn device_cert_hash(&self) -> String {
        self.replica.cert_hash()
    }

    /// "Connect a tablet": a fresh six-digit code, valid a few minutes.
    /// The device that joins is introduced to the café under the signed-in mentor's key.
    pub fn open_pairing(&mut self) -> Result<PairingView> {
        let mentor = self.require_mentor_key()?;
        let cafe = self.store().cafe()?.ok_or_else(|| Error::new(ErrorKind::SetupState, "no café to pair with yet"))?;
        let network = self.network.as_ref().ok_or_else(|| Error::new(ErrorKind::PeerUnreachable, "not listening"))?;
        let offer = network.server.open_pairing(self.clock.now_ms(), mentor, cafe.id);
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
    /// yet) anyone holding it may; once it has a café, only a mentor (or the console).
    pub fn pair_with(&mut self, address: &str, code: &str) -> Result<PeerView> {
        if self.store().cafe()?.is_some() {
            self.require_device_admin()?;
        }
        let code: String = code.chars().filter(|c| c.is_ascii_digit()).collect();
        if code.len() != 6 {
            return Err(Error::new(ErrorKind::PairingWrongCode, "a code has six digits"));
        }
        let now = self.clock.now_ms();
        Ok(net::pair_with(&mut self.replica, address.trim(), &code, now)?.into())
    }

    /// Unpair a device (a lost tablet): this device refuses it from then on, and — with
    /// a mentor signed in — it is retired from the café under her signature, so every
    /// device refuses whatever it makes after the changes held here now.
    pub fn unpair(&mut self, peer_id: &str) -> Result<()> {
        self.require_device_admin()?;
        let now = self.clock.now_ms();
        let peer = self.store().peers()?.into_iter().find(|p| p.cert_hash == peer_id);
        if !self.store_mut().revoke_peer(peer_id, now)? {
            return Err(Error::new(ErrorKind::NotFound, "no such paired device"));
        }
        if let (Some(peer), Some(_)) = (peer, self.mentor_signer()) {
            self.retire_device(&peer.log_id)?;
        }
        Ok(())
    }

    /// Which device to sync with and where (see [`choose_peer`]): the address given, or
    /// the one it was last reached at.
    pub fn sync_job(&self, peer_id: Option<&str>, address: Option<&str>) -> Result<SyncJob> {
        let peer =
            choose_peer(self.store().peers()?, peer_id, address).ok_or_else(|| Error::new(ErrorKind::NotPaired, "no paired device"))?;
        let address = address
            .map(str::to_string)
            .or(peer.last_address.clone())
            .ok_or_else(|| Error::new(ErrorKind::PeerUnreachable, "no known address"))?;
        Ok(SyncJob { data_dir: self.data_dir_or_err()?, address, peer_hash: peer.cert_hash, peer_name: peer.name })
    }

    /// Sync now, in this thread, through this Mestre's own database (the command line).
    pub fn sync_here(&mut self, job: &SyncJob, progress: &mut dyn FnMut(Progress)) -> Result<SyncReport> {
        let now = self.clock.now_ms();
        net::sync_with(&mut self.replica, &job.address, &job.peer_hash, now, progress)
    }
}
