//! Sync on a reference café between two instances on loopback: the laptop is a real
//! `mestre hub` process (its peak memory is read from the kernel), the tablet joins in
//! this process. First full sync, one day's work, nothing to do; then the media figure
//! beside a raw TCP copy and a TLS 1.3 copy of the same bytes with the app's own rustls
//! configuration.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Instant;

use mestre::api::Mestre;
use mestre::people::Role;
use mestre::sync::session::{Phase, SyncReport};
use mestre::sync::{net, Replica};

use crate::report::{Budget, Report};

pub struct Hub {
    pub child: Child,
    pub address: String,
    code: String,
}

impl Hub {
    pub fn start(cli: &Path, dir: &Path) -> Hub {
        let mut child = Command::new(cli)
            .args(["--data", dir.to_str().unwrap(), "--mentor", mestre::demo::DEMO_MENTOR, "hub", "--listen", "127.0.0.1:0", "--pair"])
            .env("MESTRE_MENTOR_PASSWORD", mestre::demo::DEMO_PASSWORD)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("starting mestre hub");
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let first = lines.next().unwrap().unwrap();
        let address = first.split("listening on ").nth(1).unwrap().split(' ').next().unwrap().to_string();
        let second = lines.next().unwrap().unwrap();
        let code = second.split("pairing code: ").nth(1).unwrap()[..6].to_string();
        std::thread::spawn(move || lines.for_each(drop));
        Hub { child, address, code }
    }

    pub fn peak_rss_mb(&self) -> f64 {
        crate::procs::peak_rss_mb(self.child.id())
    }
}

impl Drop for Hub {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn now() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

/// What one sync took: all of it, and the media part.
pub struct Timed {
    pub seconds: f64,
    pub media_seconds: f64,
    pub report: SyncReport,
}

pub fn sync(tablet: &Path, hub: &Hub, peer: &str) -> Timed {
    let mut r = Replica::open(tablet, now()).unwrap();
    let started = Instant::now();
    let mut media_started: Option<Instant> = None;
    let report = net::sync_with(&mut r, &hub.address, peer, now(), &mut |p| {
        if p.phase == Phase::Media && media_started.is_none() {
            media_started = Some(Instant::now());
        }
    })
    .unwrap();
    let seconds = started.elapsed().as_secs_f64();
    // The first media progress comes after the first file: count from the end of rows as
    // well as we can see it, i.e. subtract one file's share.
    let media_seconds = media_started.map_or(0.0, |t| {
        let after_first = t.elapsed().as_secs_f64();
        if report.media_received > 1 {
            after_first * report.media_received as f64 / (report.media_received - 1) as f64
        } else {
            after_first
        }
    });
    Timed { seconds, media_seconds, report }
}

/// Sync figures for one café; returns the first full sync's media throughput in MB/s.
pub fn measure(report: &mut Report, section: &str, cli: &Path, hub_dir: &Path, tablet: &Path, noop_runs: usize) -> f64 {
    let hub = Hub::start(cli, hub_dir);
    let peer = net::pair_with(&mut Replica::open(tablet, now()).unwrap(), &hub.address, &hub.code, now()).unwrap().cert_hash;
    let rss_before = crate::procs::memory_mb(hub.child.id());
    let sampler = crate::procs::Sampler::start(hub.child.id());
    let full = sync(tablet, &hub, &peer);
    let (peak_rss, peak_heap) = sampler.stop();
    let rows_seconds = full.seconds - full.media_seconds;
    let r = &full.report;
    report.add(
        section,
        "first full sync",
        "s",
        &[full.seconds],
        None,
        format!("{} rows, {} files, {:.0} MB", r.rows_received, r.media_received, r.media_bytes as f64 / 1e6),
    );
    let rows_per_s = r.rows_received as f64 / rows_seconds;
    report.add(section, "first full sync: rows", "rows/s", &[rows_per_s], None, format!("{rows_seconds:.1} s for the rows"));
    report.add(section, "100 000 changed rows, at the full sync's rate", "s", &[100_000.0 / rows_per_s], Some(Budget::AtMost(2.0)), "");
    let media_mb_s = r.media_bytes as f64 / 1e6 / full.media_seconds.max(1e-9);
    report.add(section, "first full sync: media", "MB/s", &[media_mb_s], None, format!("{:.1} s for the files", full.media_seconds));
    report.add(
        section,
        "mestre hub peak RSS during the first full sync",
        "MB",
        &[peak_rss],
        None,
        format!(
            "{:.0} MB before it; its heap at most {peak_heap:.0} MB; {:.0} MB peak since it started (password hashing at sign-in)",
            rss_before.0,
            hub.peak_rss_mb()
        ),
    );

    // One day's work: every trainee of the café signs in on the laptop and keeps her day.
    let mut incremental = Vec::new();
    let mut rows = 0;
    for round in 0..3 {
        rows = one_days_work(hub_dir, round);
        incremental.push(sync(tablet, &hub, &peer).seconds * 1000.0);
    }
    report.add(section, "one day's work, incremental sync", "ms", &incremental, None, format!("{rows} rows written per round"));

    let noop: Vec<f64> = (0..noop_runs).map(|_| sync(tablet, &hub, &peer).seconds * 1000.0).collect();
    report.add(section, "sync with nothing to do", "ms", &noop, Some(Budget::AtMost(50.0)), "");
    media_mb_s
}

/// Every trainee's day on the laptop: tasks and mood, and a photo from every fifth.
fn one_days_work(dir: &Path, round: usize) -> usize {
    let mut m = Mestre::open(dir).unwrap();
    let trainees: Vec<String> = m.people().unwrap().into_iter().filter(|p| p.role == Role::Trainee).map(|p| p.id).collect();
    let tasks: Vec<String> = mestre::diary::TASKS.iter().skip(round).step_by(4).take(3).map(|t| t.id.to_string()).collect();
    let before: i64 = m.store().version_vector().unwrap().values().sum();
    for (i, t) in trainees.iter().enumerate() {
        m.login_with_pin(t, &mestre::demo::DEMO_PIN).unwrap();
        m.set_my_tasks(&tasks).unwrap();
        m.set_my_mood(mestre::diary::Mood::ALL[(i + round) % 5]).unwrap();
        if i % 5 == round % 5 {
            m.add_my_photo(&mestre::demo::food_jpeg(i * 7 + round)).unwrap();
        }
        m.logout();
    }
    (m.store().version_vector().unwrap().values().sum::<i64>() - before) as usize
}

/// Media throughput of the sync beside copies of the same files over loopback: raw TCP
/// and TLS 1.3 with the app's own configuration (mutual certificates, pinned), each
/// once into memory (the link alone) and once into files made durable as the app makes
/// them (a filesystem sync per 64 files).
pub fn link_limits(report: &mut Report, files: &[PathBuf], media_mb_s: f64) {
    let bytes: u64 = files.iter().map(|f| f.metadata().unwrap().len()).sum();
    let mb = bytes as f64 / 1e6;
    let what = format!("{} files, {mb:.0} MB read from disk", files.len());
    let tcp = mb / copy_over(files, false, false);
    report.add("media link", "raw TCP copy over loopback, into memory", "MB/s", &[tcp], None, what);
    let tls = mb / copy_over(files, true, false);
    report.add("media link", "TLS 1.3 copy (the app's rustls config), into memory", "MB/s", &[tls], None, "the encrypted link alone");
    let tcp_files = mb / copy_over(files, false, true);
    report.add("media link", "raw TCP copy, into files made durable", "MB/s", &[tcp_files], None, "syncfs per 64 files, as the app");
    let tls_files = mb / copy_over(files, true, true);
    report.add("media link", "TLS 1.3 copy, into files made durable", "MB/s", &[tls_files], None, "");
    report.add(
        "media link",
        "sync media ÷ TLS copy into durable files",
        "%",
        &[100.0 * media_mb_s / tls_files],
        Some(Budget::AtLeast(80.0)),
        format!(
            "{:.0} % of the TLS link into memory, {:.0} % of raw TCP into durable files",
            100.0 * media_mb_s / tls,
            100.0 * media_mb_s / tcp_files
        ),
    );
}

/// Copy files one after another over a loopback connection; the receiver keeps each
/// in memory or writes it into a file (synced to disk 64 files at a time). Returns the
/// seconds from connect to the last byte kept.
fn copy_over(files: &[PathBuf], tls: bool, into_files: bool) -> f64 {
    let out = tempfile::tempdir_in(files[0].parent().unwrap().parent().unwrap().parent().unwrap()).unwrap();
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    let server_id = mestre::sync::identity::generate("bench-server").unwrap();
    let client_id = mestre::sync::identity::generate("bench-client").unwrap();
    let server_hash = mestre::sync::identity::cert_hash(&server_id.cert_der);
    let client_hash = mestre::sync::identity::cert_hash(&client_id.cert_der);
    let list: Vec<PathBuf> = files.to_vec();
    let sender = std::thread::spawn(move || {
        let (conn, _) = listener.accept().unwrap();
        conn.set_nodelay(true).unwrap();
        let mut stream: Box<dyn Write> = if tls {
            let config = mestre::sync::tls::server_config(&server_id, [client_hash].into()).unwrap();
            Box::new(rustls::StreamOwned::new(rustls::ServerConnection::new(config).unwrap(), conn))
        } else {
            Box::new(conn)
        };
        for f in &list {
            let bytes = std::fs::read(f).unwrap();
            stream.write_all(&(bytes.len() as u64).to_le_bytes()).unwrap();
            stream.write_all(&bytes).unwrap();
        }
        stream.flush().unwrap();
    });
    let started = Instant::now();
    let conn = TcpStream::connect(address).unwrap();
    conn.set_nodelay(true).unwrap();
    let mut stream: Box<dyn Read> = if tls {
        let config = mestre::sync::tls::client_config(&client_id, &server_hash).unwrap();
        Box::new(rustls::StreamOwned::new(rustls::ClientConnection::new(config, mestre::sync::tls::server_name()).unwrap(), conn))
    } else {
        Box::new(conn)
    };
    let mut buf = Vec::new();
    for i in 0..files.len() {
        let mut len = [0u8; 8];
        stream.read_exact(&mut len).unwrap();
        buf.resize(u64::from_le_bytes(len) as usize, 0);
        stream.read_exact(&mut buf).unwrap();
        if into_files {
            std::fs::write(out.path().join(i.to_string()), &buf).unwrap();
            if i % 64 == 63 {
                mestre::media::MediaStore::new(out.path()).sync_filesystem().unwrap();
            }
        }
    }
    if into_files {
        mestre::media::MediaStore::new(out.path()).sync_filesystem().unwrap();
    }
    let seconds = started.elapsed().as_secs_f64();
    sender.join().unwrap();
    seconds
}
