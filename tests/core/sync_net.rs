//! Sync between real servers on 127.0.0.1:0 with temp-dir databases: pairing, two and
//! three devices, photos, unpairing, hostile peers, cut connections, a killed process and
//! a full disk. Every test asserts what a mentor or trainee would notice: the same café
//! on every device, and nothing lost.

use std::io::{Read, Write};
use std::os::unix::net::UnixStream;
use std::path::Path;
use std::sync::{Arc, Mutex};

use mestre::api::Mestre;
use mestre::changes::MentorSigner;
use mestre::clock::FixedClock;
use mestre::media::MediaDraft;
use mestre::people::{NewTrainee, Person};
use mestre::people::{PersonDraft, Role};
use mestre::sync::net::{self, ServerEvent, SyncServer};
use mestre::sync::pairing::PairingOffer;
use mestre::sync::session::{self, SyncReport};
use mestre::sync::wire::{self, Message};
use mestre::sync::Replica;
use mestre::ErrorKind;

use crate::support::{jpeg, MENTOR_PASSWORD, PIN, T0};

pub struct Device {
    pub dir: tempfile::TempDir,
}

impl Device {
    pub fn new() -> Self {
        Device { dir: tempfile::tempdir().unwrap() }
    }
    pub fn path(&self) -> &Path {
        self.dir.path()
    }
    pub fn mestre(&self) -> Mestre {
        Mestre::open(self.path()).unwrap()
    }
    pub fn replica(&self) -> Replica {
        Replica::open(self.path(), T0).unwrap()
    }
    pub fn serve(&self, clock: &FixedClock) -> (SyncServer, Arc<Mutex<Vec<ServerEvent>>>) {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let sink = seen.clone();
        let server = net::start(
            self.path().to_path_buf(),
            "127.0.0.1:0".parse().unwrap(),
            Arc::new(clock.clone()),
            Arc::new(move |e| sink.lock().unwrap().push(e)),
        )
        .unwrap();
        (server, seen)
    }
    /// The café's mentor signed in here: her unlocked key, and the café's id.
    pub fn mentor(&self) -> (MentorSigner, String) {
        let mut m = self.mestre();
        let kari = mentor_id(&m);
        m.login_with_password(&kari, MENTOR_PASSWORD).unwrap();
        (m.mentor_signer().expect("her key opens with her password"), m.cafe().unwrap().unwrap().id)
    }
    /// Everything a person would see: the café, everyone on the wall, and their photos.
    pub fn snapshot(&self) -> (Option<String>, Vec<Person>, Vec<Vec<u8>>) {
        let m = self.mestre();
        let people = m.people().unwrap();
        let photos =
            people.iter().filter_map(|p| p.photo_thumb.as_ref()).map(|h| m.media_bytes(h).map(|b| b.0).unwrap_or_default()).collect();
        (m.cafe().unwrap().map(|c| c.name), people, photos)
    }
}

/// A laptop with a café, its mentor and a trainee with a photo.
pub fn laptop_with_cafe() -> Device {
    let laptop = Device::new();
    let mut m = laptop.mestre();
    crate::support::setup(&mut m);
    let photo = m.import_photo(&jpeg(500, 400)).unwrap();
    m.add_trainee(NewTrainee { name: "Amina".into(), photo: Some(photo), ui_lang: "ar".into(), home_lang: "ar".into(), pin: PIN.to_vec() })
        .unwrap();
    laptop
}

/// "Connect a tablet" on `host`, whose mentor is signed in.
pub fn offer(host: &Device, server: &SyncServer) -> PairingOffer {
    let (mentor, cafe_id) = host.mentor();
    server.open_pairing(T0, mentor, cafe_id)
}

pub fn pair(host: &Device, server: &SyncServer, joiner: &Device) -> String {
    let offer = offer(host, server);
    let peer = net::pair_with(&mut joiner.replica(), &server.address.to_string(), &offer.code, T0).unwrap();
    peer.cert_hash
}

pub fn sync(device: &Device, server: &SyncServer, peer_hash: &str) -> SyncReport {
    net::sync_with(&mut device.replica(), &server.address.to_string(), peer_hash, T0, &mut |_| {}).unwrap()
}

pub fn mentor_id(m: &Mestre) -> String {
    m.people().unwrap().into_iter().find(|p| p.role == mestre::people::Role::Mentor).unwrap().id
}

#[test]
fn a_tablet_pairs_by_code_and_both_sides_sync_photos_and_edits_both_ways() {
    let clock = FixedClock::at_ms(T0);
    let laptop = laptop_with_cafe();
    let tablet = Device::new();
    let (server, _) = laptop.serve(&clock);
    let laptop_id = pair(&laptop, &server, &tablet);

    let first = sync(&tablet, &server, &laptop_id);
    assert!(first.rows_received >= 6 && first.media_received == 2, "{first:?}");
    assert_eq!(tablet.snapshot(), laptop.snapshot(), "the tablet shows the same café, people and photos");

    // On the tablet the mentor (her password came with the sync) adds a trainee with a photo…
    let mut on_tablet = tablet.mestre();
    let kari = mentor_id(&on_tablet);
    on_tablet.login_with_password(&kari, MENTOR_PASSWORD).unwrap();
    let photo = on_tablet.import_photo(&jpeg(300, 300)).unwrap();
    on_tablet
        .add_trainee(NewTrainee {
            name: "Hodan".into(),
            photo: Some(photo),
            ui_lang: "so".into(),
            home_lang: "so".into(),
            pin: PIN.to_vec(),
        })
        .unwrap();
    // …while on the laptop Amina changes her language.
    let mut on_laptop = laptop.mestre();
    let amina = on_laptop.people().unwrap().into_iter().find(|p| p.name == "Amina").unwrap();
    on_laptop.login_with_pin(&amina.id, &PIN).unwrap();
    on_laptop.set_my_language("nb").unwrap();
    drop((on_tablet, on_laptop));

    let second = sync(&tablet, &server, &laptop_id);
    assert_eq!((second.rows_sent > 0, second.rows_received > 0, second.media_sent), (true, true, 2), "{second:?}");
    let (cafe, people, photos) = laptop.snapshot();
    assert_eq!((cafe, people.clone(), photos), tablet.snapshot());
    assert!(people.iter().any(|p| p.name == "Hodan"));
    assert_eq!(people.iter().find(|p| p.name == "Amina").unwrap().ui_lang, "nb");
    // A trainee added on the tablet can sign in on the laptop with her pictures.
    let hodan = people.iter().find(|p| p.name == "Hodan").unwrap();
    assert!(laptop.mestre().login_with_pin(&hodan.id, &PIN).is_ok());

    let again = sync(&tablet, &server, &laptop_id);
    assert_eq!(again, SyncReport::default(), "nothing left to do");
}

#[test]
fn a_photo_lost_on_a_tablet_is_fetched_again_at_the_next_sync_after_the_app_fails_to_show_it() {
    let clock = FixedClock::at_ms(T0);
    let laptop = laptop_with_cafe();
    let tablet = Device::new();
    let (server, _) = laptop.serve(&clock);
    let laptop_id = pair(&laptop, &server, &tablet);
    sync(&tablet, &server, &laptop_id);
    assert!(tablet.replica().store.missing_media().unwrap().is_empty(), "every file arrived and is counted");
    // Someone clears files on the tablet by hand.
    let thumb = tablet.mestre().people().unwrap().into_iter().find_map(|p| p.photo_thumb).unwrap();
    std::fs::remove_file(tablet.path().join("media").join(&thumb[..2]).join(&thumb)).unwrap();
    let err = tablet.mestre().media_bytes(&thumb).unwrap_err();
    assert_eq!(err.kind, ErrorKind::NotFound);
    let report = sync(&tablet, &server, &laptop_id);
    assert_eq!(report.media_received, 1, "{report:?}");
    assert!(tablet.mestre().media_bytes(&thumb).is_ok(), "the photo shows again");
}

#[test]
fn a_data_directory_from_before_files_were_counted_counts_them_once_and_asks_only_for_what_it_lacks() {
    let clock = FixedClock::at_ms(T0);
    let laptop = laptop_with_cafe();
    let tablet = Device::new();
    let (server, _) = laptop.serve(&clock);
    let laptop_id = pair(&laptop, &server, &tablet);
    sync(&tablet, &server, &laptop_id);
    // As a schema-v5 directory is after its upgrade: files on disk, none counted yet.
    let db = tablet.path().join(mestre::storage::DATABASE_FILE);
    rusqlite::Connection::open(&db)
        .unwrap()
        .execute_batch("DELETE FROM media_file; DELETE FROM setting WHERE key = 'media_files_counted';")
        .unwrap();
    assert_eq!(mestre::storage::open(&db).unwrap().missing_media().unwrap().len(), 2, "both files count as missing until counted");
    assert!(tablet.replica().store.missing_media().unwrap().is_empty(), "opening the directory counts the files it holds");
    assert_eq!(sync(&tablet, &server, &laptop_id), SyncReport::default(), "nothing is fetched again");
}

#[test]
fn three_devices_converge_and_a_trainee_reaches_the_other_tablet_through_the_laptop() {
    let clock = FixedClock::at_ms(T0);
    let laptop = laptop_with_cafe();
    let (server, _) = laptop.serve(&clock);
    let (a, b) = (Device::new(), Device::new());
    let ida = pair(&laptop, &server, &a);
    let idb = pair(&laptop, &server, &b);
    sync(&a, &server, &ida);
    let mut on_a = a.mestre();
    let kari = mentor_id(&on_a);
    on_a.login_with_password(&kari, MENTOR_PASSWORD).unwrap();
    on_a.add_trainee(NewTrainee { name: "Selam".into(), photo: None, ui_lang: "ti".into(), home_lang: "ti".into(), pin: PIN.to_vec() })
        .unwrap();
    drop(on_a);
    sync(&a, &server, &ida);
    sync(&b, &server, &idb);
    assert_eq!(a.snapshot(), b.snapshot());
    assert_eq!(b.snapshot(), laptop.snapshot());
    assert!(b.snapshot().1.iter().any(|p| p.name == "Selam"));
}

#[test]
fn a_wrong_code_fails_cleanly_can_be_retried_and_three_wrong_codes_close_pairing() {
    let clock = FixedClock::at_ms(T0);
    let laptop = laptop_with_cafe();
    let tablet = Device::new();
    let (server, _) = laptop.serve(&clock);
    let first = offer(&laptop, &server);
    let wrong = if first.code == "000000" { "111111" } else { "000000" };
    let addr = server.address.to_string();
    let err = net::pair_with(&mut tablet.replica(), &addr, wrong, T0).unwrap_err();
    assert_eq!(err.kind, ErrorKind::PairingWrongCode);
    assert!(tablet.replica().store.peers().unwrap().is_empty());
    assert!(net::pair_with(&mut tablet.replica(), &addr, &first.code, T0).is_ok(), "the right code still works");

    let second = offer(&laptop, &server);
    for _ in 0..3 {
        assert_eq!(net::pair_with(&mut Device::new().replica(), &addr, wrong, T0).unwrap_err().kind, ErrorKind::PairingWrongCode);
    }
    let closed = net::pair_with(&mut Device::new().replica(), &addr, &second.code, T0).unwrap_err();
    assert_eq!(closed.kind, ErrorKind::PairingClosed, "after three wrong codes even the right one is refused");
}

#[test]
fn a_pairing_code_expires_after_five_minutes() {
    let clock = FixedClock::at_ms(T0);
    let laptop = laptop_with_cafe();
    let (server, _) = laptop.serve(&clock);
    let open = offer(&laptop, &server);
    clock.advance_minutes(6);
    let err = net::pair_with(&mut Device::new().replica(), &server.address.to_string(), &open.code, clock_now(&clock)).unwrap_err();
    assert_eq!(err.kind, ErrorKind::PairingClosed);
}

fn clock_now(clock: &FixedClock) -> i64 {
    use mestre::clock::Clock;
    clock.now_ms()
}

#[test]
fn an_unpaired_device_receives_nothing_not_even_a_hello() {
    let clock = FixedClock::at_ms(T0);
    let laptop = laptop_with_cafe();
    let (server, events) = laptop.serve(&clock);
    let laptop_id = laptop.replica().cert_hash();
    let stranger = Device::new();
    let err = net::sync_with(&mut stranger.replica(), &server.address.to_string(), &laptop_id, T0, &mut |_| {}).unwrap_err();
    assert!(matches!(err.kind, ErrorKind::NotPaired | ErrorKind::SyncInterrupted | ErrorKind::SyncRefused), "{err:?}");
    drop(server); // joins the accept loop; handler threads have reported by now or will not speak
    let seen = events.lock().unwrap();
    assert!(!seen.iter().any(|e| matches!(e, ServerEvent::Message(_) | ServerEvent::Synced { .. })), "{seen:?}");
    assert!(stranger.snapshot().1.is_empty(), "the stranger has no people");
}

#[test]
fn a_server_whose_certificate_is_not_the_pinned_one_is_refused() {
    let clock = FixedClock::at_ms(T0);
    let laptop = laptop_with_cafe();
    let impostor = laptop_with_cafe();
    let (real, _) = laptop.serve(&clock);
    let (fake, _) = impostor.serve(&clock);
    let tablet = Device::new();
    let laptop_id = pair(&laptop, &real, &tablet);
    let err = net::sync_with(&mut tablet.replica(), &fake.address.to_string(), &laptop_id, T0, &mut |_| {}).unwrap_err();
    assert_eq!(err.kind, ErrorKind::NotPaired, "{err:?}");
    assert!(tablet.snapshot().1.is_empty(), "nothing came from the impostor");
}

#[test]
fn an_unpaired_tablet_is_refused_from_then_on() {
    let clock = FixedClock::at_ms(T0);
    let laptop = laptop_with_cafe();
    let tablet = Device::new();
    let (server, _) = laptop.serve(&clock);
    let laptop_id = pair(&laptop, &server, &tablet);
    sync(&tablet, &server, &laptop_id);
    assert!(laptop.replica().store.revoke_peer(&tablet.replica().cert_hash(), T0).unwrap());
    let err = net::sync_with(&mut tablet.replica(), &server.address.to_string(), &laptop_id, T0, &mut |_| {}).unwrap_err();
    assert!(matches!(err.kind, ErrorKind::SyncInterrupted | ErrorKind::SyncRefused | ErrorKind::NotPaired), "{err:?}");
}

/// A server thread answering one conversation over a Unix socket pair, for raw messages.
fn raw_server(device: &Device) -> (UnixStream, std::thread::JoinHandle<mestre::Result<session::ServeReport>>) {
    let (client, mut server_end) = UnixStream::pair().unwrap();
    let dir = device.path().to_path_buf();
    let handle =
        std::thread::spawn(move || session::serve(&mut server_end, &mut Replica::open(&dir, T0).unwrap(), T0, "client", &mut |_| {}));
    (client, handle)
}

fn hello(replica: &Replica, schema: i64) -> Message {
    Message::Hello {
        protocol: wire::PROTOCOL,
        schema,
        log_id: replica.log_id.0.clone(),
        name: "test".into(),
        root: replica.store.trust_root().unwrap(),
    }
}

/// A tablet paired with `laptop` and synced, on which Amina then changed her language.
fn tablet_with_a_change(laptop: &Device) -> Device {
    let clock = FixedClock::at_ms(T0);
    let (server, _) = laptop.serve(&clock);
    let tablet = Device::new();
    let id = pair(laptop, &server, &tablet);
    sync(&tablet, &server, &id);
    let mut m = tablet.mestre();
    let amina = m.people().unwrap().into_iter().find(|p| p.name == "Amina").unwrap();
    m.login_with_pin(&amina.id, &PIN).unwrap();
    m.set_my_language("so").unwrap();
    tablet
}

/// Changes `device` holds that `other` lacks.
fn lacking(device: &Device, other: &Device) -> Vec<mestre::changes::Change> {
    let vector = other.replica().store.version_vector().unwrap();
    device.replica().store.changes_after(&vector, 100, usize::MAX).unwrap()
}

#[test]
fn a_replayed_batch_is_applied_once() {
    let laptop = laptop_with_cafe();
    let tablet = tablet_with_a_change(&laptop);
    let changes = lacking(&tablet, &laptop);
    assert!(!changes.is_empty());
    let (mut s, handle) = raw_server(&laptop);
    wire::send(&mut s, &hello(&tablet.replica(), mestre::storage::SCHEMA_VERSION)).unwrap();
    let _: Message = wire::recv(&mut s).unwrap();
    wire::send(&mut s, &Message::Push { changes: changes.clone() }).unwrap();
    assert_eq!(wire::recv::<Message>(&mut s).unwrap(), Message::Ack { applied: changes.len() as u64, refused: 0 });
    wire::send(&mut s, &Message::Push { changes }).unwrap();
    assert_eq!(wire::recv::<Message>(&mut s).unwrap(), Message::Ack { applied: 0, refused: 0 });
    wire::send(&mut s, &Message::Bye).unwrap();
    handle.join().unwrap().unwrap();
    assert_eq!(laptop.snapshot().1.iter().find(|p| p.name == "Amina").unwrap().ui_lang, "so");
}

#[test]
fn malformed_messages_end_the_conversation_without_harm() {
    let laptop = laptop_with_cafe();
    let before = laptop.snapshot();
    let good = lacking(&tablet_with_a_change(&laptop), &laptop);
    let mut wrong_table = serde_json::to_value(&good[0]).unwrap();
    wrong_table["table"] = serde_json::json!("login_guard");

    type Attack = Box<dyn Fn(&mut UnixStream)>;
    let attacks: Vec<(&str, Attack)> = vec![
        ("an absurd frame length", Box::new(|s| s.write_all(&u32::MAX.to_be_bytes()).unwrap())),
        ("a truncated frame", Box::new(|s| s.write_all(&[0, 0, 0, 50, b'{']).unwrap())),
        ("not JSON", Box::new(|s| wire::write_frame(s, b"\xff\xfe garbage").unwrap())),
        ("the wrong first message", Box::new(|s| wire::send(s, &Message::Bye).unwrap())),
        (
            "a table that does not sync",
            Box::new(move |s| {
                greet(s);
                let m = serde_json::json!({"type": "push", "changes": [wrong_table.clone()]});
                wire::write_frame(s, m.to_string().as_bytes()).unwrap()
            }),
        ),
        (
            "a media path escape",
            Box::new(|s| {
                greet(s);
                wire::send(s, &Message::GetMedia { hash: "../../mestre.sqlite".into(), offset: 0 }).unwrap()
            }),
        ),
        (
            "a media chunk beyond its size",
            Box::new(|s| {
                greet(s);
                wire::send(s, &Message::MediaChunk { hash: "a".repeat(64), offset: 10, total: 5, len: 100 }).unwrap()
            }),
        ),
        (
            "a missing-media question far too long",
            Box::new(|s| {
                greet(s);
                wire::send(s, &Message::Which { hashes: vec!["a".repeat(64); 5_000] }).unwrap()
            }),
        ),
    ];
    for (name, attack) in attacks {
        let (mut s, handle) = raw_server(&laptop);
        attack(&mut s);
        drop(s);
        let outcome = handle.join().expect("the server thread must not panic");
        assert!(outcome.is_err(), "{name}: refused");
        assert_eq!(laptop.snapshot(), before, "{name}: nothing changed");
    }
    assert_eq!(laptop.replica().store.integrity_check().unwrap(), "ok");
}

#[test]
fn changes_that_may_not_be_applied_are_refused_one_by_one_and_the_conversation_goes_on() {
    let laptop = laptop_with_cafe();
    let before = laptop.snapshot();
    let tablet = tablet_with_a_change(&laptop);
    let honest = lacking(&tablet, &laptop);
    let other_cafe = lacking(&laptop_with_cafe(), &Device::new());
    let mut gap = honest.clone();
    gap[0].seq += 5;
    let mut bad_field = honest.clone();
    bad_field[0].fields.insert("secret_hash; DROP TABLE person".into(), serde_json::json!("x"));

    let (mut s, handle) = raw_server(&laptop);
    wire::send(&mut s, &hello(&tablet.replica(), mestre::storage::SCHEMA_VERSION)).unwrap();
    let _: Message = wire::recv(&mut s).unwrap();
    for (name, batch, refused) in [("another café's log", other_cafe, 1), ("a gap in a log", gap, 0), ("an unknown field", bad_field, 1)] {
        wire::send(&mut s, &Message::Push { changes: batch }).unwrap();
        let Message::Ack { applied: 0, refused: got } = wire::recv::<Message>(&mut s).unwrap() else { panic!("{name}: nothing applied") };
        assert_eq!(got, refused, "{name}");
        assert_eq!(laptop.snapshot(), before, "{name}: nothing changed");
    }
    wire::send(&mut s, &Message::Push { changes: honest.clone() }).unwrap();
    assert_eq!(
        wire::recv::<Message>(&mut s).unwrap(),
        Message::Ack { applied: honest.len() as u64, refused: 0 },
        "the honest change still goes"
    );
    wire::send(&mut s, &Message::Bye).unwrap();
    handle.join().unwrap().unwrap();
    assert_eq!(laptop.replica().store.integrity_check().unwrap(), "ok");
}

fn greet(s: &mut UnixStream) {
    let r = Device::new().replica();
    wire::send(s, &hello(&r, mestre::storage::SCHEMA_VERSION)).unwrap();
    let _: Message = wire::recv(s).unwrap();
}

#[test]
fn a_peer_with_a_newer_schema_is_told_so_and_nothing_is_applied() {
    let laptop = laptop_with_cafe();
    let before = laptop.snapshot();
    let (mut s, handle) = raw_server(&laptop);
    wire::send(&mut s, &hello(&Device::new().replica(), mestre::storage::SCHEMA_VERSION + 1)).unwrap();
    assert_eq!(wire::recv::<Message>(&mut s).unwrap(), Message::Refuse { reason: "schema".into() });
    assert_eq!(handle.join().unwrap().unwrap_err().kind, ErrorKind::SchemaMismatch);
    assert_eq!(laptop.snapshot(), before);
}

/// A stream that breaks after `budget` bytes have been read through it.
struct Cut<S> {
    inner: S,
    budget: usize,
}

impl<S: Read> Read for Cut<S> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.budget == 0 {
            return Err(std::io::Error::new(std::io::ErrorKind::ConnectionReset, "cable pulled"));
        }
        let n = buf.len().min(self.budget);
        let got = self.inner.read(&mut buf[..n])?;
        self.budget -= got;
        Ok(got)
    }
}

impl<S: Write> Write for Cut<S> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.inner.write(buf)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// A café with many rows (`people` trainees without PINs) and one big photo.
fn big_cafe(people: usize, photo_bytes: usize) -> Device {
    let d = laptop_with_cafe();
    let mut r = d.replica();
    let mut drafts = Vec::new();
    for i in 0..people {
        drafts
            .push(PersonDraft::new(format!("p{i:05}"), format!("p{i:05}")).display_name(format!("Trainee {i}")).role(Role::Trainee).into());
    }
    let (mentor, _) = d.mentor();
    r.record_as(&mentor.person_id, Some(&mentor), T0, drafts).unwrap();
    let big: Vec<u8> = (0..photo_bytes).map(|i| (i * 31 % 251) as u8).collect();
    let hash = r.media.put(&big).unwrap();
    let media = MediaDraft::new(&hash, &mentor.person_id).mime("image/jpeg").byte_len(big.len() as i64);
    r.record_as(&mentor.person_id, Some(&mentor), T0, vec![media.into()]).unwrap();
    d
}

fn client_over(device: &Device, server: &Device, budget: usize) -> mestre::Result<SyncReport> {
    let (client, handle) = raw_server(server);
    let mut cut = Cut { inner: client, budget };
    let result = session::run_client(&mut cut, &mut device.replica(), T0, "laptop", &mut |_| {});
    drop(cut);
    let _ = handle.join().expect("no panic on the server side");
    result
}

fn same_rows(a: &Device, b: &Device) -> bool {
    a.replica().store.version_vector().unwrap() == b.replica().store.version_vector().unwrap() && a.snapshot().1 == b.snapshot().1
}

#[test]
fn a_connection_cut_mid_rows_or_mid_media_loses_nothing_and_the_next_sync_completes() {
    let laptop = big_cafe(2_500, 3_000_000);
    let tablet = Device::new();
    // Cut while the second batch of rows is arriving.
    let err = client_over(&tablet, &laptop, 1_000_000).unwrap_err();
    assert_eq!(err.kind, ErrorKind::SyncInterrupted);
    let partial = tablet.replica().store.change_log_stats().unwrap().changes;
    assert!(partial > 0 && partial < 2_500, "whole batches arrived, the cut one did not: {partial}");
    assert_eq!(tablet.replica().store.integrity_check().unwrap(), "ok");
    // Cut in the middle of the big photo.
    let err = client_over(&tablet, &laptop, 3_000_000).unwrap_err();
    assert_eq!(err.kind, ErrorKind::SyncInterrupted);
    let hash = mestre::media::sha256_hex(&(0..3_000_000usize).map(|i| (i * 31 % 251) as u8).collect::<Vec<_>>());
    let arrived = tablet.replica().media.partial_len(&hash);
    assert!(arrived > 0 && !tablet.replica().media.contains(&hash), "half a photo is kept aside, not shown");
    // The next sync resumes and completes.
    let report = client_over(&tablet, &laptop, usize::MAX).unwrap();
    assert!(report.media_bytes < 3_000_000, "the photo resumed where it stopped ({} bytes sent)", report.media_bytes);
    assert!(tablet.replica().media.contains(&hash));
    assert!(same_rows(&tablet, &laptop));
}

#[test]
fn a_full_disk_on_the_receiving_side_loses_nothing_and_the_next_sync_completes() {
    let laptop = big_cafe(1_500, 10);
    let tablet = Device::new();
    let replica = tablet.replica();
    let pages: i64 = 40;
    replica.store.limit_pages(pages).unwrap();
    let (client, handle) = raw_server(&laptop);
    let mut client = client;
    let mut r = replica;
    let err = session::run_client(&mut client, &mut r, T0, "laptop", &mut |_| {}).unwrap_err();
    drop(client);
    let _ = handle.join();
    assert_eq!(err.kind, ErrorKind::Storage, "{err:?}");
    assert_eq!(r.store.integrity_check().unwrap(), "ok");
    drop(r);
    // Space again (a fresh connection has no cap): the sync completes.
    client_over(&tablet, &laptop, usize::MAX).unwrap();
    assert!(same_rows(&tablet, &laptop));
}

#[test]
fn a_sync_process_killed_mid_apply_leaves_a_valid_database_and_the_next_sync_completes() {
    use std::process::{Command, Stdio};
    let clock = FixedClock::at_ms(T0);
    let laptop = big_cafe(4_000, 10);
    let tablet = Device::new();
    let (server, events) = laptop.serve(&clock);
    let laptop_id = pair(&laptop, &server, &tablet);
    let mut child = Command::new(env!("CARGO_BIN_EXE_mestre"))
        .args(["--data", tablet.path().to_str().unwrap(), "sync", "--peer", &server.address.to_string(), "--peer-id", &laptop_id])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Kill it as soon as the server has answered its second request for rows.
    loop {
        let pulls = events.lock().unwrap().iter().filter(|e| matches!(e, ServerEvent::Message(Message::Pull { .. }))).count();
        if pulls >= 2 {
            break;
        }
        if let Ok(Some(_)) = child.try_wait() {
            break; // it finished before we could kill it: still a valid test of the rest
        }
        std::thread::yield_now();
    }
    let _ = child.kill(); // SIGKILL
    let status = child.wait().unwrap();
    let arrived = tablet.replica().store.change_log_stats().unwrap().changes;
    eprintln!("sync child ended with {status:?} after {arrived} changes arrived");
    assert_eq!(tablet.replica().store.integrity_check().unwrap(), "ok");
    sync(&tablet, &server, &laptop_id);
    assert!(same_rows(&tablet, &laptop));
}

#[test]
fn a_paired_laptop_announced_on_the_network_is_found_by_its_certificate_hash() {
    use mestre::sync::discovery;
    let laptop = laptop_with_cafe();
    let hash = laptop.replica().cert_hash();
    let _announcer = discovery::announce(&hash, 47_123, discovery::Scope::Loopback).unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    let _browser = discovery::browse(discovery::Scope::Loopback, move |found| {
        let _ = tx.send(found);
    })
    .unwrap();
    // mDNS answers arrive asynchronously; wait for ours (bounded), ignoring other devices.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    let found = loop {
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        let f = rx.recv_timeout(left).expect("the announcement was heard on this machine");
        if f.cert_hash == hash {
            break f;
        }
    };
    assert!(found.addresses.iter().any(|a| a.port() == 47_123), "{found:?}");
}

#[test]
fn a_trainees_day_with_a_voice_note_reaches_the_laptop_and_the_mentors_voice_comment_comes_back() {
    let clock = FixedClock::at_ms(T0);
    let laptop = laptop_with_cafe();
    let tablet = Device::new();
    let (server, _) = laptop.serve(&clock);
    let id = pair(&laptop, &server, &tablet);
    sync(&tablet, &server, &id);
    let wav = {
        let dir = tempfile::tempdir().unwrap();
        std::fs::read(crate::audio::spoken_fixture(dir.path(), 0.3, 1.0).0).unwrap()
    };
    // On the tablet Amina records her day.
    let day = {
        let mut m = tablet.mestre();
        let amina = m.people().unwrap().into_iter().find(|p| p.name == "Amina").unwrap();
        m.login_with_pin(&amina.id, &PIN).unwrap();
        m.set_my_tasks(&["bake-cakes".into()]).unwrap();
        let clip = m.import_recording(&wav).unwrap();
        m.add_my_voice_note(&clip).unwrap()
    };
    sync(&tablet, &server, &id);
    // On the laptop the mentor hears it and answers with her voice.
    {
        let mut m = laptop.mestre();
        let kari = mentor_id(&m);
        m.login_with_password(&kari, MENTOR_PASSWORD).unwrap();
        let seen = m.diary_day(&day.id).unwrap();
        assert_eq!(seen.tasks, vec!["bake-cakes"]);
        let (ogg, _) = m.media_bytes(seen.items[0].voice.as_ref().unwrap()).unwrap();
        assert!(mestre::media::audio::decode_ogg_opus(&ogg).unwrap().seconds() > 1.0, "her voice arrived whole");
        let reply = m.import_recording(&wav).unwrap();
        m.add_comment(&day.id, "Så fint!", Some(&reply)).unwrap();
    }
    sync(&tablet, &server, &id);
    let mut m = tablet.mestre();
    let amina = m.people().unwrap().into_iter().find(|p| p.name == "Amina").unwrap();
    m.login_with_pin(&amina.id, &PIN).unwrap();
    let back = m.diary_day(&day.id).unwrap();
    assert_eq!(back.comments.len(), 1);
    assert!(back.comments[0].is_new);
    assert!(m.media_bytes(back.comments[0].voice.as_ref().unwrap()).is_ok(), "the mentor's voice is on the tablet");
}

#[test]
fn media_for_a_hash_no_row_describes_is_read_and_dropped_and_the_conversation_goes_on() {
    let laptop = laptop_with_cafe();
    let tablet = tablet_with_a_change(&laptop);
    let (mut s, handle) = raw_server(&laptop);
    wire::send(&mut s, &hello(&tablet.replica(), mestre::storage::SCHEMA_VERSION)).unwrap();
    let _: Message = wire::recv(&mut s).unwrap();
    // Three megabytes in three chunks, for a file no row on the laptop describes.
    let junk: Vec<u8> = (0..3 * wire::MEDIA_CHUNK).map(|i| (i % 251) as u8).collect();
    let hash = mestre::media::sha256_hex(&junk);
    for (n, chunk) in junk.chunks(wire::MEDIA_CHUNK).enumerate() {
        let offset = (n * wire::MEDIA_CHUNK) as u64;
        wire::send(&mut s, &Message::MediaChunk { hash: hash.clone(), offset, total: junk.len() as u64, len: chunk.len() as u64 }).unwrap();
        wire::write_frame(&mut s, chunk).unwrap();
    }
    assert_eq!(wire::recv::<Message>(&mut s).unwrap(), Message::MediaDone { hash: hash.clone(), ok: false });
    // The same conversation still answers.
    wire::send(&mut s, &Message::GetVector).unwrap();
    assert!(matches!(wire::recv::<Message>(&mut s).unwrap(), Message::Vector { .. }));
    wire::send(&mut s, &Message::Bye).unwrap();
    handle.join().unwrap().unwrap();
    let r = laptop.replica();
    assert!(!r.media.contains(&hash) && r.media.partial_len(&hash) == 0 && r.media.partial_bytes() == 0, "not a byte was kept");
}
