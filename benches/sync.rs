//! Sync benchmark: prints numbers, asserts nothing. Run with `scripts/bench.sh`.
//! - a first sync of the demo café (rows and photos) over loopback mutual TLS;
//! - 100 000 changed rows synced (budget ≤ 2 s);
//! - an incremental sync with nothing to do (budget ≤ 50 ms);
//! - media throughput against a plain copy of the same bytes (budget ≥ 80 %).

use std::sync::Arc;
use std::time::Instant;

use mestre::api::Mestre;
use mestre::cafe::{CafeSetup, Country};
use mestre::changes::{Change, MentorSigner};
use mestre::clock::SystemClock;
use mestre::diary::{day_id, DiaryDayDraft, Mood};
use mestre::media::MediaDraft;
use mestre::people::{NewMentor, PersonDraft, Role};
use mestre::sync::{net, Replica};

fn now() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

const PASSWORD: &str = "bench-bench";

/// A café in `dir`: its mentor's unlocked key and the café's id.
fn cafe(dir: &std::path::Path) -> (MentorSigner, String) {
    let mut m = Mestre::open(dir).unwrap();
    if m.cafe().unwrap().is_none() {
        m.setup_cafe(CafeSetup {
            cafe_name: "Bench".into(),
            country: Country::Norway,
            mentor: NewMentor { name: "Kari".into(), password: PASSWORD.into(), ui_lang: "nb".into() },
        })
        .unwrap();
    } else {
        let mentor = m.people().unwrap().into_iter().find(|p| p.role == Role::Mentor).unwrap();
        let password = if m.cafe().unwrap().unwrap().name == "Bench" { PASSWORD } else { mestre::demo::DEMO_PASSWORD };
        m.login_with_password(&mentor.id, password).unwrap();
    }
    (m.mentor_signer().unwrap(), m.cafe().unwrap().unwrap().id)
}

fn pair_and_serve(host: &std::path::Path, joiner: &std::path::Path) -> (net::SyncServer, String) {
    let (mentor, cafe_id) = cafe(host);
    let server = net::start(host.to_path_buf(), "127.0.0.1:0".parse().unwrap(), Arc::new(SystemClock), Arc::new(|_| {})).unwrap();
    let offer = server.open_pairing(now(), mentor, cafe_id);
    let peer = net::pair_with(&mut Replica::open(joiner, now()).unwrap(), &server.address.to_string(), &offer.code, now()).unwrap();
    (server, peer.cert_hash)
}

fn sync(joiner: &std::path::Path, server: &net::SyncServer, id: &str) -> (f64, mestre::sync::session::SyncReport) {
    let mut r = Replica::open(joiner, now()).unwrap();
    let t = Instant::now();
    let report = net::sync_with(&mut r, &server.address.to_string(), id, now(), &mut |_| {}).unwrap();
    (t.elapsed().as_secs_f64(), report)
}

fn main() {
    // 1. The demo café, first sync.
    let (hub, tablet) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let store = mestre::storage::open(&hub.path().join("mestre.sqlite")).unwrap();
    mestre::demo::populate(
        store,
        mestre::media::MediaStore::new(hub.path().join("media")),
        now(),
        mestre::demo::DemoOptions { trainees: 8, days: 30 },
    )
    .unwrap();
    let (server, id) = pair_and_serve(hub.path(), tablet.path());
    let (secs, report) = sync(tablet.path(), &server, &id);
    println!(
        "demo café first sync: {:.3} s, {} rows, {} photos, {} media bytes",
        secs, report.rows_received, report.media_received, report.media_bytes
    );
    let (secs, _) = sync(tablet.path(), &server, &id);
    println!("incremental sync with nothing to do: {:.1} ms (budget 50 ms)", secs * 1000.0);

    // 1b. The mentor's list of refused changes, with a thousand of them: a tablet whose
    //     log was edited by hand (each change signed by it, none allowed) syncs them over.
    {
        let mut r = Replica::open(tablet.path(), now()).unwrap();
        let trainee = r.store.people().unwrap().into_iter().find(|p| p.role == Role::Trainee).unwrap().id;
        let mut seq = r.store.version_vector().unwrap().get(&r.log_id.0).copied().unwrap_or(0);
        let forged: Vec<Change> = (0..1_000)
            .map(|i| {
                seq += 1;
                let draft: mestre::changes::Draft =
                    PersonDraft::new(&trainee, &trainee).role(Role::Mentor).display_name(format!("Sjef {i}")).into();
                let mut c = Change::from_draft(r.log_id.clone(), seq, mestre::changes::Hlc::new(now() as u64, i), trainee.clone(), draft);
                mestre::changes::signing::sign_as_device(&r.device_key, &mut c);
                c
            })
            .collect();
        r.apply(now(), "hand-edited", forged).unwrap();
    }
    sync(tablet.path(), &server, &id);
    drop(server);
    let mut m = Mestre::open(hub.path()).unwrap();
    let kari = m.people().unwrap().into_iter().find(|p| p.role == Role::Mentor).unwrap();
    m.login_with_password(&kari.id, mestre::demo::DEMO_PASSWORD).unwrap();
    let mut times: Vec<f64> = (0..100)
        .map(|_| {
            let t = Instant::now();
            let q = m.quarantine().unwrap();
            assert_eq!(q.count, 1_000);
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    println!("the mentor's list of 1 000 refused changes: p50 {:.2} ms, p99 {:.2} ms (budget 5 ms)", times[50], times[99]);

    // 2. 100 000 changed rows: fifty trainees' days, as tablets make them (each change
    //    signed by its device; a run of linked changes costs one signature check).
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    {
        let (mentor, _) = cafe(a.path());
        let mut r = Replica::open(a.path(), now()).unwrap();
        let trainees: Vec<String> = (0..50).map(|i| format!("trainee-{i}")).collect();
        let people = trainees.iter().map(|t| PersonDraft::new(t, t).display_name(t.clone()).role(Role::Trainee).into()).collect();
        r.record_as(&mentor.person_id, Some(&mentor), now(), people).unwrap();
        let first = chrono::NaiveDate::from_ymd_opt(2020, 1, 1).unwrap();
        for t in &trainees {
            let days = (0..2_000)
                .map(|n| {
                    let date = (first + chrono::Days::new(n)).format("%Y-%m-%d").to_string();
                    DiaryDayDraft::new(day_id(t, &date), t)
                        .day(date)
                        .tasks(vec!["bake-cakes".to_string(), "wash-dishes".to_string()])
                        .mood(Some(Mood::Good))
                        .created_ms(now())
                        .into()
                })
                .collect();
            r.record_as(t, None, now(), days).unwrap();
        }
    }
    let (server, id) = pair_and_serve(a.path(), b.path());
    let (secs, report) = sync(b.path(), &server, &id);
    println!("100 000 changed rows (trainees' days): {:.2} s for {} rows (budget 2 s)", secs, report.rows_received);
    drop(server);

    // 2b. 10 000 mentor-signed rows: each mentor signature is checked on its own.
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    {
        let (mentor, _) = cafe(a.path());
        let mut r = Replica::open(a.path(), now()).unwrap();
        let drafts = (0..10_000)
            .map(|i| PersonDraft::new(format!("p-{i}"), format!("p-{i}")).display_name(format!("Trainee {i}")).role(Role::Trainee).into())
            .collect();
        r.record_as(&mentor.person_id, Some(&mentor), now(), drafts).unwrap();
    }
    let (server, id) = pair_and_serve(a.path(), b.path());
    let (secs, report) = sync(b.path(), &server, &id);
    println!("10 000 mentor-signed rows: {:.2} s for {} rows", secs, report.rows_received);
    drop(server);

    // 3. Media throughput against a plain copy.
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let total: usize = 64 * 1024 * 1024;
    {
        let (mentor, _) = cafe(a.path());
        let mut r = Replica::open(a.path(), now()).unwrap();
        let mut drafts = Vec::new();
        for n in 0..8u8 {
            let bytes: Vec<u8> = (0..total / 8).map(|i| (i as u8).wrapping_mul(31).wrapping_add(n)).collect();
            let hash = r.media.put(&bytes).unwrap();
            drafts.push(MediaDraft::new(hash, &mentor.person_id).mime("image/jpeg").byte_len(bytes.len() as i64).into());
        }
        r.record_as(&mentor.person_id, Some(&mentor), now(), drafts).unwrap();
    }
    let t = Instant::now();
    let copy_dir = tempfile::tempdir().unwrap();
    for entry in walk(&a.path().join("media")) {
        std::fs::copy(&entry, copy_dir.path().join(entry.file_name().unwrap())).unwrap();
    }
    let copy = t.elapsed().as_secs_f64();
    let (server, id) = pair_and_serve(a.path(), b.path());
    let (secs, report) = sync(b.path(), &server, &id);
    let mbps = |s: f64| total as f64 / s / 1e6;
    println!(
        "media: {:.0} MB/s over sync ({} files) vs {:.0} MB/s plain copy = {:.0} % (budget ≥ 80 %)",
        mbps(secs),
        report.media_received,
        mbps(copy),
        100.0 * copy / secs
    );
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}
