//! The network: one TCP port per device. The first byte says what follows — `P` a
//! pairing (SPAKE2 over plain TCP), `S` a sync (mutual TLS with pinned certificates).
//!
//! A stranger on the café network must not be able to wear the server down, so:
//! - nothing opens the database before the other side has proved itself (a pinned
//!   certificate, or the pairing code): the TLS handshake checks peers against one
//!   shared connection, opened once;
//! - connections that have not proved themselves yet are few ([`MAX_PENDING`]; the
//!   oldest is dropped for a newer one) and have one deadline for the whole handshake
//!   ([`HANDSHAKE_DEADLINE`]), however slowly they drip bytes;
//! - proved sessions are capped too ([`MAX_SESSIONS`]) and dropped when idle;
//! - every connection is a thread that ends, with its handles, when its connection does.

use std::collections::{HashSet, VecDeque};
use std::io::{Read, Write};
use std::net::{IpAddr, Shutdown, SocketAddr, TcpListener, TcpStream, ToSocketAddrs};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use rustls::{ClientConnection, ServerConnection, StreamOwned};

use super::identity::cert_hash;
use super::pairing::{self, Me, PairingDesk, PairingOffer};
use super::replica::Replica;
use super::session::{self, Progress, SyncReport};
use super::tls;
use super::wire::Message;
use crate::changes::MentorSigner;
use crate::clock::Clock;
use crate::error::{Error, ErrorKind, Result};
use crate::storage::{IdentityRow, PeerRow, Store};

const PAIR: u8 = b'P';
const SYNC: u8 = b'S';
/// A session that says nothing for this long is dropped.
pub const IDLE_TIMEOUT: Duration = Duration::from_secs(30);
/// From connecting to a finished TLS handshake (or pairing exchange), at most this.
pub const HANDSHAKE_DEADLINE: Duration = Duration::from_secs(10);
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// Connections still proving themselves, at most; a newer one pushes out the oldest.
pub const MAX_PENDING: usize = 64;
/// Syncs served at once, at most (a café has a handful of tablets).
pub const MAX_SESSIONS: usize = 8;
/// The port Mestre listens on unless told otherwise.
pub const DEFAULT_PORT: u16 = 47474;

/// Something a server noticed, for the log and for tests.
#[derive(Debug, Clone)]
pub enum ServerEvent {
    Message(Message),
    Paired(String),
    Synced { peer: String, rows_received: u64, rows_refused: u64, rows_sent: u64 },
    Rejected(String),
}

/// What every connection of one server shares.
struct Shared {
    data_dir: PathBuf,
    clock: Arc<dyn Clock>,
    events: EventSink,
    identity: IdentityRow,
    name: String,
    log_id: String,
    /// One connection, opened at start, for checking certificates before any session
    /// opens its own.
    peers: Mutex<Store>,
    desk: Mutex<PairingDesk>,
    /// Connections still proving themselves: id, a handle to cut them, since when.
    pending: Mutex<VecDeque<(u64, TcpStream)>>,
    sessions: AtomicUsize,
}

/// A running server; stops when dropped.
pub struct SyncServer {
    pub address: SocketAddr,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
    shared: Arc<Shared>,
}

impl SyncServer {
    /// Open "Connect a tablet": a new code, valid for a few minutes; the device that
    /// joins with it is introduced under `mentor`'s signature.
    pub fn open_pairing(&self, now_ms: i64, mentor: MentorSigner, cafe_id: String) -> PairingOffer {
        let offer = PairingOffer::new(now_ms, mentor, cafe_id);
        self.shared.desk.lock().unwrap_or_else(|p| p.into_inner()).offer = Some(offer.clone());
        offer
    }

    pub fn close_pairing(&self) {
        self.shared.desk.lock().unwrap_or_else(|p| p.into_inner()).offer = None;
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
    // The identity exists before anyone connects; files left half-sent for long go.
    let replica = Replica::open(&data_dir, clock.now_ms())?;
    replica.media.expire_partials(crate::media::PARTIAL_MAX_AGE);
    let shared = Arc::new(Shared {
        peers: Mutex::new(crate::storage::open(&data_dir.join(crate::storage::DATABASE_FILE))?),
        identity: replica.identity.clone(),
        name: replica.name.clone(),
        log_id: replica.log_id.0.clone(),
        data_dir,
        clock,
        events,
        desk: Mutex::new(PairingDesk::default()),
        pending: Mutex::new(VecDeque::new()),
        sessions: AtomicUsize::new(0),
    });
    drop(replica);
    let stop = Arc::new(AtomicBool::new(false));
    let thread = {
        let (stop, shared) = (stop.clone(), shared.clone());
        std::thread::spawn(move || {
            let next_id = AtomicU64::new(0);
            for conn in listener.incoming() {
                if stop.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(conn) = conn else { continue };
                let id = next_id.fetch_add(1, Ordering::Relaxed);
                if !admit(&shared, id, &conn) {
                    continue;
                }
                let shared = shared.clone();
                let spawned = std::thread::Builder::new().name("mestre-conn".into()).spawn({
                    let shared = shared.clone();
                    move || {
                        let from = conn.peer_addr().map(|a| a.ip()).unwrap_or(IpAddr::from([0, 0, 0, 0]));
                        if let Err(e) = handle(conn, id, from, &shared) {
                            (shared.events)(ServerEvent::Rejected(format!("{:?}: {}", e.kind, e.detail)));
                        }
                        proved(&shared, id);
                    }
                });
                if spawned.is_err() {
                    proved(&shared, id);
                }
            }
        })
    };
    Ok(SyncServer { address, stop, thread: Some(thread), shared })
}

/// Count a new connection among those proving themselves, pushing out the oldest if
/// there are too many.
fn admit(shared: &Shared, id: u64, conn: &TcpStream) -> bool {
    let Ok(handle) = conn.try_clone() else { return false };
    let mut pending = shared.pending.lock().unwrap_or_else(|p| p.into_inner());
    while pending.len() >= MAX_PENDING {
        if let Some((_, oldest)) = pending.pop_front() {
            let _ = oldest.shutdown(Shutdown::Both);
        }
    }
    pending.push_back((id, handle));
    true
}

/// The connection has proved itself (or ended): it no longer counts as pending.
fn proved(shared: &Shared, id: u64) {
    shared.pending.lock().unwrap_or_else(|p| p.into_inner()).retain(|(i, _)| *i != id);
}

/// A stream whose reads all end by one deadline: a peer that drips a byte at a time
/// cannot stretch a handshake past it.
struct Deadline<S> {
    inner: S,
    until: Instant,
}

impl Read for Deadline<&TcpStream> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let left = self.until.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(std::io::Error::new(std::io::ErrorKind::TimedOut, "handshake deadline passed"));
        }
        self.inner.set_read_timeout(Some(left))?;
        self.inner.read(buf)
    }
}

impl Write for Deadline<&TcpStream> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.inner.write(buf)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// The certificates of the devices paired with this one, now.
fn paired_certificates(shared: &Shared) -> Result<HashSet<String>> {
    let store = shared.peers.lock().unwrap_or_else(|p| p.into_inner());
    Ok(store.peers()?.into_iter().filter(|p| p.revoked_ms.is_none()).map(|p| p.cert_hash).collect())
}

/// Takes a session slot; gives it back when dropped.
struct Slot<'a>(&'a AtomicUsize);

impl<'a> Slot<'a> {
    fn take(count: &'a AtomicUsize) -> Option<Self> {
        count.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| (n < MAX_SESSIONS).then_some(n + 1)).ok().map(|_| Slot(count))
    }
}

impl Drop for Slot<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

fn handle(conn: TcpStream, id: u64, from: IpAddr, shared: &Shared) -> Result<()> {
    conn.set_write_timeout(Some(IDLE_TIMEOUT))?;
    conn.set_nodelay(true)?;
    let mut gate = Deadline { inner: &conn, until: Instant::now() + HANDSHAKE_DEADLINE };
    let mut kind = [0u8; 1];
    if gate.read_exact(&mut kind).is_err() {
        return Ok(()); // a wake-up, a port scan or a silent stranger: nothing to say
    }
    match kind[0] {
        PAIR => {
            let me = Me { cert_der: &shared.identity.cert_der, name: &shared.name, log_id: &shared.log_id };
            let now = shared.clock.now_ms();
            let mut open = || Replica::open(&shared.data_dir, now);
            let peer = pairing::host(&mut gate, &me, &shared.desk, from, now, &mut open)?;
            (shared.events)(ServerEvent::Paired(peer.name));
            Ok(())
        }
        SYNC => {
            let config = tls::server_config(&shared.identity, paired_certificates(shared)?)?;
            let tls_conn = ServerConnection::new(config).map_err(|e| Error::new(ErrorKind::SyncRefused, e.to_string()))?;
            let mut stream = StreamOwned::new(tls_conn, gate);
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
            proved(shared, id);
            let Some(_slot) = Slot::take(&shared.sessions) else {
                return Err(Error::new(ErrorKind::SyncRefused, "too many syncs at once"));
            };
            // From here on, reads wait at most the idle time, each.
            conn.set_read_timeout(Some(IDLE_TIMEOUT))?;
            let mut stream = StreamOwned::new(stream.conn, Idle(&conn));
            let now = shared.clock.now_ms();
            let mut replica = Replica::open(&shared.data_dir, now)?;
            let report =
                session::serve(&mut stream, &mut replica, now, &peer_hash, &mut |m| (shared.events)(ServerEvent::Message(m.clone())))?;
            replica.store.note_synced(&peer_hash, shared.clock.now_ms(), None)?;
            (shared.events)(ServerEvent::Synced {
                peer: report.peer_log_id,
                rows_received: report.rows_received,
                rows_refused: report.rows_refused,
                rows_sent: report.rows_sent,
            });
            Ok(())
        }
        _ => Err(Error::new(ErrorKind::SyncRefused, "unknown connection kind")),
    }
}

/// A proved session's stream: plain reads, each limited by the idle timeout.
struct Idle<'a>(&'a TcpStream);

impl Read for Idle<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        (&*self.0).read(buf)
    }
}

impl Write for Idle<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        (&*self.0).write(buf)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        (&*self.0).flush()
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
    let report = session::run_client(&mut stream, replica, now_ms, peer_hash, progress)?;
    replica.store.note_synced(peer_hash, now_ms, Some(address))?;
    Ok(report)
}
