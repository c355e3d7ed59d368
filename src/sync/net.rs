//! The network: one TCP port per device. The first byte says what follows — `P` a
//! pairing (SPAKE2 over plain TCP), `S` a sync (mutual TLS with pinned certificates).
//! A thread per connection with read timeouts, so a silent peer cannot hold it.

use std::collections::HashSet;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream, ToSocketAddrs};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use rustls::{ClientConnection, ServerConnection, StreamOwned};

use super::identity::cert_hash;
use super::pairing::{self, PairingOffer};
use super::replica::Replica;
use super::session::{self, Progress, SyncReport};
use super::tls;
use super::wire::Message;
use crate::clock::Clock;
use crate::error::{Error, ErrorKind, Result};
use crate::storage::PeerRow;

const PAIR: u8 = b'P';
const SYNC: u8 = b'S';
/// A peer that says nothing for this long is dropped.
pub const IDLE_TIMEOUT: Duration = Duration::from_secs(30);
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// The port Mestre listens on unless told otherwise.
pub const DEFAULT_PORT: u16 = 47474;

/// Something a server noticed, for the log and for tests.
#[derive(Debug, Clone)]
pub enum ServerEvent {
    Message(Message),
    Paired(String),
    Synced { peer: String, rows_received: u64, rows_sent: u64 },
    Rejected(String),
}

/// A running server; stops when dropped.
pub struct SyncServer {
    pub address: SocketAddr,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
    pub offer: Arc<Mutex<Option<PairingOffer>>>,
}

impl SyncServer {
    /// Open "Connect a tablet": a new code, valid for a few minutes.
    pub fn open_pairing(&self, now_ms: i64) -> PairingOffer {
        let offer = PairingOffer::new(now_ms);
        *self.offer.lock().unwrap_or_else(|p| p.into_inner()) = Some(offer.clone());
        offer
    }

    pub fn close_pairing(&self) {
        *self.offer.lock().unwrap_or_else(|p| p.into_inner()) = None;
    }
}

impl Drop for SyncServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect_timeout(&self.address, Duration::from_millis(200)); // wake accept()
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

pub type EventSink = Arc<dyn Fn(ServerEvent) + Send + Sync>;

/// Listen on `listen` for pairings and syncs of the Mestre in `data_dir`.
pub fn start(data_dir: PathBuf, listen: SocketAddr, clock: Arc<dyn Clock>, events: EventSink) -> Result<SyncServer> {
    let listener = TcpListener::bind(listen).map_err(|e| Error::new(ErrorKind::PeerUnreachable, format!("listen {listen}: {e}")))?;
    let address = listener.local_addr()?;
    // Make sure the identity exists before anyone connects.
    Replica::open(&data_dir, clock.now_ms())?;
    let stop = Arc::new(AtomicBool::new(false));
    let offer = Arc::new(Mutex::new(None));
    let thread = {
        let (stop, offer) = (stop.clone(), offer.clone());
        std::thread::spawn(move || {
            for conn in listener.incoming() {
                if stop.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(conn) = conn else { continue };
                let (dir, clock, offer, events) = (data_dir.clone(), clock.clone(), offer.clone(), events.clone());
                std::thread::spawn(move || {
                    if let Err(e) = handle(conn, &dir, clock.as_ref(), &offer, &events) {
                        events(ServerEvent::Rejected(format!("{:?}: {}", e.kind, e.detail)));
                    }
                });
            }
        })
    };
    Ok(SyncServer { address, stop, thread: Some(thread), offer })
}

fn handle(
    mut conn: TcpStream,
    dir: &std::path::Path,
    clock: &dyn Clock,
    offer: &Mutex<Option<PairingOffer>>,
    events: &EventSink,
) -> Result<()> {
    conn.set_read_timeout(Some(IDLE_TIMEOUT))?;
    conn.set_write_timeout(Some(IDLE_TIMEOUT))?;
    conn.set_nodelay(true)?;
    let mut kind = [0u8; 1];
    if conn.read_exact(&mut kind).is_err() {
        return Ok(()); // a wake-up or a port scan: nothing to say
    }
    let mut replica = Replica::open(dir, clock.now_ms())?;
    match kind[0] {
        PAIR => {
            let peer = pairing::host(&mut conn, &mut replica, offer, clock.now_ms())?;
            events(ServerEvent::Paired(peer.name));
            Ok(())
        }
        SYNC => {
            let paired: HashSet<String> =
                replica.store.peers()?.into_iter().filter(|p| p.revoked_ms.is_none()).map(|p| p.cert_hash).collect();
            let config = tls::server_config(&replica.identity, paired)?;
            let tls_conn = ServerConnection::new(config).map_err(|e| Error::new(ErrorKind::SyncRefused, e.to_string()))?;
            let mut stream = StreamOwned::new(tls_conn, conn);
            // Finish the handshake before anything else: an unpaired client stops here.
            while stream.conn.is_handshaking() {
                stream.conn.complete_io(&mut stream.sock).map_err(|e| Error::new(ErrorKind::SyncRefused, format!("handshake: {e}")))?;
            }
            let peer_hash = stream
                .conn
                .peer_certificates()
                .and_then(|c| c.first())
                .map(|c| cert_hash(c.as_ref()))
                .ok_or_else(|| Error::new(ErrorKind::SyncRefused, "no client certificate"))?;
            let report = session::serve(&mut stream, &mut replica, &mut |m| events(ServerEvent::Message(m.clone())))?;
            replica.store.note_synced(&peer_hash, clock.now_ms(), None)?;
            events(ServerEvent::Synced { peer: report.peer_log_id, rows_received: report.rows_received, rows_sent: report.rows_sent });
            Ok(())
        }
        _ => Err(Error::new(ErrorKind::SyncRefused, "unknown connection kind")),
    }
}

fn connect(address: &str) -> Result<TcpStream> {
    let unreachable = |e: String| Error::new(ErrorKind::PeerUnreachable, format!("{address}: {e}"));
    let addrs: Vec<SocketAddr> = address.to_socket_addrs().map_err(|e| unreachable(e.to_string()))?.collect();
    let mut last = String::from("no address");
    for addr in addrs {
        match TcpStream::connect_timeout(&addr, CONNECT_TIMEOUT) {
            Ok(s) => {
                s.set_read_timeout(Some(IDLE_TIMEOUT))?;
                s.set_write_timeout(Some(IDLE_TIMEOUT))?;
                s.set_nodelay(true)?;
                return Ok(s);
            }
            Err(e) => last = e.to_string(),
        }
    }
    Err(unreachable(last))
}

/// Pair with the device at `address` using the code shown on it.
pub fn pair_with(replica: &mut Replica, address: &str, code: &str, now_ms: i64) -> Result<PeerRow> {
    let mut conn = connect(address)?;
    conn.write_all(&[PAIR])?;
    pairing::join(&mut conn, replica, code, Some(address.to_string()), now_ms)
}

/// Sync with the paired device at `address` (its certificate must hash to `peer_hash`).
pub fn sync_with(
    replica: &mut Replica,
    address: &str,
    peer_hash: &str,
    now_ms: i64,
    progress: &mut dyn FnMut(Progress),
) -> Result<SyncReport> {
    let mut conn = connect(address)?;
    conn.write_all(&[SYNC])?;
    let config = tls::client_config(&replica.identity, peer_hash)?;
    let tls_conn = ClientConnection::new(config, tls::server_name()).map_err(|e| Error::new(ErrorKind::SyncRefused, e.to_string()))?;
    let mut stream = StreamOwned::new(tls_conn, conn);
    while stream.conn.is_handshaking() {
        stream.conn.complete_io(&mut stream.sock).map_err(|e| match e.kind() {
            std::io::ErrorKind::InvalidData => Error::new(ErrorKind::NotPaired, format!("handshake refused: {e}")),
            _ => Error::new(ErrorKind::SyncInterrupted, format!("handshake: {e}")),
        })?;
    }
    let report = session::run_client(&mut stream, replica, progress)?;
    replica.store.note_synced(peer_hash, now_ms, Some(address))?;
    Ok(report)
}
