//! Syncing by itself: while the app runs it listens for paired devices on the network
//! (mDNS) and also tries the addresses it synced with before; whenever one is reachable
//! and the last sync is older than a minute, it syncs. One sync at a time, whether
//! started here or from the big "sync now" card.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use serde::Serialize;
use ts_rs::TS;

use super::discovery::{self, Browser};
use super::net;
use super::replica::Replica;
use super::session::{Progress, SyncReport};
use crate::clock::Clock;
use crate::error::{ErrorKind, Result};

/// At most one sync at a time on this device.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// How often paired devices are tried, and the least time between two syncs with one.
pub const ROUND: Duration = Duration::from_secs(60);
pub const MIN_GAP_MS: i64 = 60_000;

/// What the UI hears about syncs.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum SyncEvent {
    Started {
        peer: String,
    },
    Progress {
        peer: String,
        progress: Progress,
    },
    Done {
        peer: String,
        report: SyncReport,
        #[ts(type = "number")]
        at_ms: i64,
    },
    Failed {
        peer: String,
        code: ErrorKind,
        detail: String,
    },
}

/// What to sync with: found without holding the app's lock, run without it too.
#[derive(Debug, Clone)]
pub struct SyncJob {
    pub data_dir: PathBuf,
    pub address: String,
    pub peer_hash: String,
    pub peer_name: String,
}

/// Run one sync, reporting progress; waits for any other sync on this device to end.
pub fn run(job: &SyncJob, now_ms: i64, on_event: &dyn Fn(SyncEvent)) -> Result<SyncReport> {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|p| p.into_inner());
    let peer = job.peer_name.clone();
    on_event(SyncEvent::Started { peer: peer.clone() });
    let result = Replica::open(&job.data_dir, now_ms).and_then(|mut replica| {
        net::sync_with(&mut replica, &job.address, &job.peer_hash, now_ms, &mut |progress| {
            on_event(SyncEvent::Progress { peer: peer.clone(), progress })
        })
    });
    match &result {
        Ok(report) => on_event(SyncEvent::Done { peer, report: *report, at_ms: now_ms }),
        Err(e) => on_event(SyncEvent::Failed { peer, code: e.kind, detail: e.detail.clone() }),
    }
    result
}

/// The jobs due now: paired devices with a known address whose last sync is old enough.
pub fn due_jobs(data_dir: &Path, heard: &HashMap<String, String>, now_ms: i64) -> Result<Vec<SyncJob>> {
    let replica = Replica::open(data_dir, now_ms)?;
    Ok(replica
        .store
        .peers()?
        .into_iter()
        .filter(|p| p.revoked_ms.is_none())
        .filter(|p| p.last_sync_ms.is_none_or(|t| now_ms - t >= MIN_GAP_MS))
        .filter_map(|p| {
            let address = heard.get(&p.cert_hash).cloned().or(p.last_address.clone())?;
            Some(SyncJob { data_dir: data_dir.to_path_buf(), address, peer_hash: p.cert_hash, peer_name: p.name })
        })
        .collect())
}

/// The background syncer; stops when dropped.
pub struct AutoSync {
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
    _browser: Option<Browser>,
}

impl Drop for AutoSync {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(t) = self.thread.take() {
            t.thread().unpark();
            let _ = t.join();
        }
    }
}

pub fn start(
    data_dir: PathBuf,
    clock: Arc<dyn Clock>,
    scope: discovery::Scope,
    on_event: Arc<dyn Fn(SyncEvent) + Send + Sync>,
) -> AutoSync {
    let heard: Arc<Mutex<HashMap<String, String>>> = Arc::default();
    let stop = Arc::new(AtomicBool::new(false));
    let thread = {
        let (heard, stop) = (heard.clone(), stop.clone());
        std::thread::spawn(move || {
            while !stop.load(Ordering::SeqCst) {
                let snapshot = heard.lock().unwrap_or_else(|p| p.into_inner()).clone();
                if let Ok(jobs) = due_jobs(&data_dir, &snapshot, clock.now_ms()) {
                    for job in jobs {
                        let _ = run(&job, clock.now_ms(), on_event.as_ref());
                    }
                }
                std::thread::park_timeout(ROUND);
            }
        })
    };
    // Multicast may be blocked; then the remembered addresses still work.
    let browser = {
        let (heard, waker) = (heard.clone(), thread.thread().clone());
        discovery::browse(scope, move |found| {
            if let Some(addr) = found.addresses.iter().find(|a| a.is_ipv4()).or(found.addresses.first()) {
                heard.lock().unwrap_or_else(|p| p.into_inner()).insert(found.cert_hash, addr.to_string());
                waker.unpark(); // a paired device appeared: sync now rather than in a minute
            }
        })
        .ok()
    };
    AutoSync { stop, thread: Some(thread), _browser: browser }
}

/// The address others can reach this device at, for the pairing screen.
pub fn local_addresses(port: u16) -> Vec<String> {
    let mut out: Vec<String> = if_addrs::get_if_addrs()
        .unwrap_or_default()
        .into_iter()
        .filter(|i| !i.is_loopback() && i.ip().is_ipv4())
        .map(|i| format!("{}:{port}", i.ip()))
        .collect();
    if out.is_empty() {
        out.push(format!("127.0.0.1:{port}"));
    }
    out
}
