//! A trainee's rights over her data: everything about her exported as one ZIP that reads
//! back, and her erasure — rows, files and every change about her — on this device, on
//! a paired tablet at its next sync, and on a tablet that syncs only afterwards.

use std::io::Read;
use std::path::Path;

use mestre::api::Mestre;
use mestre::changes::Change;
use mestre::clock::FixedClock;
use mestre::diary::Mood;
use mestre::people::{NewTrainee, Person};
use mestre::privacy::{erasure_id, ErasureDraft};
use mestre::review::{PracticeSuggestionDraft, ReviewSeenDraft, SuggestionKind};
use mestre::ErrorKind;

use crate::support::{jpeg, MENTOR_PASSWORD, PIN, T0};
use crate::support_cafe::{TestCafe, AMINA, FOUNDER, HODAN};
use crate::sync_net::{laptop_with_cafe, mentor_id, pair, sync, Device};

/// Her family name: nobody else's, so finding its bytes anywhere means her data is there.
const SURNAME: &str = "Qorsheyare";

/// A recording; each `n` gives other bytes (the same recording twice is one file).
fn voice_wav(n: u32) -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = crate::audio::spoken_fixture(dir.path(), 0.3, 1.0 - f64::from(n) * 0.1);
    std::fs::read(path).unwrap()
}

fn as_mentor(m: &mut Mestre) {
    m.logout();
    let kari = mentor_id(m);
    m.login_with_password(&kari, MENTOR_PASSWORD).unwrap();
}

/// Zainab's work on the laptop: a photo of her, a day with a photo and a voice note, her
/// mentor's spoken comment naming her; and Amina's day with a comment, which must stay.
/// Returns Zainab and the hashes of her files.
fn zainab_with_a_week(laptop: &Device) -> (Person, Vec<String>) {
    let mut m = laptop.mestre();
    as_mentor(&mut m);
    let portrait = m.import_photo(&jpeg(320, 320)).unwrap();
    let zainab = m
        .add_trainee(NewTrainee {
            name: format!("Zainab {SURNAME}"),
            photo: Some(portrait.clone()),
            ui_lang: "so".into(),
            home_lang: "so".into(),
            pin: PIN.to_vec(),
        })
        .unwrap();
    let amina = m.people().unwrap().into_iter().find(|p| p.name == "Amina").unwrap();
    let mut files = vec![portrait.photo, portrait.thumb];
    for who in [&zainab, &amina] {
        m.logout();
        m.login_with_pin(&who.id, &PIN).unwrap();
        m.set_my_tasks(&["make-soup".to_string()]).unwrap();
        m.set_my_mood(Mood::Good).unwrap();
        if who.id == zainab.id {
            m.add_my_photo(&jpeg(640, 480)).unwrap();
            let clip = m.import_recording(&voice_wav(0)).unwrap();
            let day = m.add_my_voice_note(&clip).unwrap();
            files.extend(day.items.iter().flat_map(|i| [i.photo.clone(), i.photo_thumb.clone(), i.voice.clone()]).flatten());
        }
    }
    as_mentor(&mut m);
    for (n, who) in [&zainab, &amina].into_iter().enumerate() {
        let day = m.diary_days(&who.id).unwrap()[0].id.clone();
        let clip = m.import_recording(&voice_wav(1 + n as u32)).unwrap();
        m.add_comment(&day, &format!("Bra jobba, {}!", who.name), Some(&clip)).unwrap();
        if who.id == zainab.id {
            files.push(clip.voice);
        }
    }
    files.sort();
    files.dedup();
    (zainab, files)
}

/// Whether any byte of the database file (or its write-ahead log) still spells `text`.
fn database_holds(dir: &Path, text: &str) -> bool {
    ["mestre.sqlite", "mestre.sqlite-wal"]
        .iter()
        .any(|name| std::fs::read(dir.join(name)).is_ok_and(|bytes| bytes.windows(text.len()).any(|w| w == text.as_bytes())))
}

fn media_file(dir: &Path, hash: &str) -> std::path::PathBuf {
    dir.join("media").join(&hash[..2]).join(hash)
}

#[test]
fn an_erased_trainee_is_gone_from_every_device_rows_files_and_every_page_of_the_database() {
    let clock = FixedClock::at_ms(T0);
    let laptop = laptop_with_cafe();
    let (zainab, files) = zainab_with_a_week(&laptop);
    assert_eq!(files.len(), 6, "her portrait and its thumbnail, a photo and its thumbnail, her voice note and the comment's: {files:?}");
    let (server, _) = laptop.serve(&clock);
    let tablet = Device::new();
    let late_tablet = Device::new();
    let laptop_id = pair(&laptop, &server, &tablet);
    pair(&laptop, &server, &late_tablet);
    sync(&tablet, &server, &laptop_id);
    for f in &files {
        assert!(media_file(tablet.path(), f).exists(), "the tablet holds her file {f} before the erasure");
    }
    assert!(database_holds(tablet.path(), SURNAME));
    // On the tablet, not yet synced: she adds a word to her day (the laptop never saw it).
    {
        let mut on_tablet = tablet.mestre();
        on_tablet.login_with_pin(&zainab.id, &PIN).unwrap();
        on_tablet.set_my_mood(Mood::Tired).unwrap();
    }

    // A trainee is erased only by a mentor with her key.
    let mut m = laptop.mestre();
    m.login_with_pin(&zainab.id, &PIN).unwrap();
    assert_eq!(m.erase_trainee(&zainab.id).unwrap_err().kind, ErrorKind::NotAllowed);
    as_mentor(&mut m);
    let kari = mentor_id(&m);
    assert_eq!(m.erase_trainee(&kari).unwrap_err().kind, ErrorKind::NotAllowed, "a mentor is not erased as a trainee");
    let done = m.erase_trainee(&zainab.id).unwrap();
    assert_eq!((done.name.as_str(), done.files), (format!("Zainab {SURNAME}").as_str(), 6));
    assert!(m.people().unwrap().iter().all(|p| p.id != zainab.id));
    assert_eq!(m.person(&zainab.id).unwrap_err().kind, ErrorKind::NotFound);
    let amina = m.people().unwrap().into_iter().find(|p| p.name == "Amina").unwrap();
    let aminas_day = m.diary_day(&m.diary_days(&amina.id).unwrap()[0].id).unwrap();
    assert_eq!(aminas_day.comments.len(), 1, "Amina's day and its comment stay");
    assert!(aminas_day.comments[0].voice.is_some());
    drop(m);
    for f in &files {
        assert!(!media_file(laptop.path(), f).exists(), "her file {f} is deleted on the laptop");
    }
    assert!(!database_holds(laptop.path(), SURNAME), "no page of the laptop's database holds her name");

    // The tablet syncs: it sends what she did there (kept without its values) and purges her.
    sync(&tablet, &server, &laptop_id);
    let on_tablet = tablet.mestre();
    assert!(on_tablet.people().unwrap().iter().all(|p| p.id != zainab.id));
    assert!(on_tablet.people().unwrap().iter().any(|p| p.name == "Amina"));
    for f in &files {
        assert!(!media_file(tablet.path(), f).exists(), "her file {f} is gone from the tablet");
    }
    assert!(on_tablet.store().rows_about(&zainab.id).unwrap().is_empty());
    assert!(on_tablet.store().refused(100).unwrap().is_empty(), "nothing of hers waits in quarantine");
    drop(on_tablet);
    for dir in [laptop.path(), tablet.path()] {
        assert!(!database_holds(dir, SURNAME), "no page of {} holds her name", dir.display());
    }
    let on_laptop = laptop.mestre();
    assert!(on_laptop.store().rows_about(&zainab.id).unwrap().is_empty(), "what she did on the tablet is not applied on the laptop");
    assert!(on_laptop.store().is_erased(&zainab.id).unwrap());
    drop(on_laptop);

    // A tablet that syncs only now receives the erasure, none of her values, none of her files.
    let report = sync(&late_tablet, &server, &laptop_id);
    assert_eq!(report.media_received, 3, "the café's other files (Amina's portrait and the comment on her day): {report:?}");
    let late = late_tablet.mestre();
    assert!(late.store().is_erased(&zainab.id).unwrap());
    assert!(late.store().rows_about(&zainab.id).unwrap().is_empty());
    assert!(late.people().unwrap().iter().any(|p| p.name == "Amina"));
    drop(late);
    assert!(!database_holds(late_tablet.path(), SURNAME));
    for f in &files {
        assert!(!media_file(late_tablet.path(), f).exists());
    }
}

#[test]
fn an_export_holds_every_row_about_her_her_files_and_pdfs_and_reads_back() {
    let laptop = laptop_with_cafe();
    let (zainab, files) = zainab_with_a_week(&laptop);
    let mut m = laptop.mestre();
    as_mentor(&mut m);
    m.suggest_practice(&zainab.id, SuggestionKind::Word, "pack:kitchen-knife").unwrap();
    let out = laptop.path().join("zainab.zip");
    let mut steps = Vec::new();
    let summary = m.export_trainee(&zainab.id, &out, &mut |p| steps.push(p)).unwrap();
    assert_eq!(summary.files, 6);
    assert!(steps.windows(2).all(|w| w[0].done < w[1].done && w[0].total == w[1].total), "progress only goes forward: {steps:?}");
    assert_eq!(steps.last().map(|p| p.done), steps.last().map(|p| p.total));

    let mut zip = zip::ZipArchive::new(std::fs::File::open(&out).unwrap()).unwrap();
    let mut json = String::new();
    zip.by_name("mestre-export.json").unwrap().read_to_string(&mut json).unwrap();
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!((json["format"].as_str(), json["version"].as_u64()), (Some("mestre-export"), Some(1)));
    assert_eq!(json["person"]["name"], format!("Zainab {SURNAME}"));
    let tables = json["tables"].as_object().unwrap();
    assert_eq!(tables["person"][0]["display_name"], format!("Zainab {SURNAME}"));
    assert_eq!(tables["diary_day"].as_array().unwrap().len(), 1);
    assert_eq!(tables["diary_item"].as_array().unwrap().len(), 2, "her photo and her voice note");
    assert_eq!(tables["diary_comment"][0]["text"], format!("Bra jobba, Zainab {SURNAME}!"));
    assert_eq!(tables["practice_suggestion"][0]["ref_id"], "pack:kitchen-knife");
    assert!(!json.to_string().contains("Bra jobba, Amina"), "nothing about anyone else");
    // Every file named in the JSON is in the ZIP, and its name is the hash of its bytes.
    let media = json["media"].as_array().unwrap();
    assert_eq!(media.len(), files.len());
    for entry in media {
        let mut bytes = Vec::new();
        zip.by_name(entry["path"].as_str().unwrap()).unwrap().read_to_end(&mut bytes).unwrap();
        assert_eq!(mestre::media::sha256_hex(&bytes), entry["sha256"].as_str().unwrap());
        assert!(files.contains(&entry["sha256"].as_str().unwrap().to_string()));
    }
    for doc in json["documents"].as_array().unwrap() {
        let mut bytes = Vec::new();
        zip.by_name(doc.as_str().unwrap()).unwrap().read_to_end(&mut bytes).unwrap();
        assert!(bytes.starts_with(b"%PDF"), "{doc} is a PDF");
    }
    assert!(json["documents"].as_array().unwrap().iter().any(|d| d == "pdf/certificate.pdf"));
    let mut readme = String::new();
    zip.by_name("README.md").unwrap().read_to_string(&mut readme).unwrap();
    assert!(readme.contains("mestre-export.json"));

    // The café's hub exports from the command line the same way (without the signed PDFs).
    drop(m);
    let cli_out = laptop.path().join("cli.zip");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_mestre"))
        .args(["--data", laptop.path().to_str().unwrap(), "export", "--person", &zainab.id, "--out", cli_out.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(status.status.success(), "{}", String::from_utf8_lossy(&status.stderr));
    let mut cli_zip = zip::ZipArchive::new(std::fs::File::open(&cli_out).unwrap()).unwrap();
    let mut cli_json = String::new();
    cli_zip.by_name("mestre-export.json").unwrap().read_to_string(&mut cli_json).unwrap();
    let cli_json: serde_json::Value = serde_json::from_str(&cli_json).unwrap();
    assert_eq!(cli_json["tables"], json["tables"]);
    // Erasing from the command line needs a mentor's credentials.
    let refused = std::process::Command::new(env!("CARGO_BIN_EXE_mestre"))
        .args(["--data", laptop.path().to_str().unwrap(), "erase", "--person", &zainab.id])
        .output()
        .unwrap();
    assert!(!refused.status.success());
    let erased = std::process::Command::new(env!("CARGO_BIN_EXE_mestre"))
        .args(["--data", laptop.path().to_str().unwrap(), "--mentor", "Ingrid", "erase", "--person", &zainab.id])
        .env("MESTRE_MENTOR_PASSWORD", MENTOR_PASSWORD)
        .output()
        .unwrap();
    assert!(erased.status.success(), "{}", String::from_utf8_lossy(&erased.stderr));
    assert!(laptop.mestre().people().unwrap().iter().all(|p| p.id != zainab.id));
    assert!(!database_holds(laptop.path(), SURNAME));
}

#[test]
fn forged_erasures_seen_marks_and_suggestions_are_refused_and_nothing_is_purged() {
    let mut cafe = TestCafe::new(2);
    let founder = cafe.founder.clone();
    let tablet = &cafe.replicas[1];
    let erasure = |id: String, person: &str| ErasureDraft::new(id, FOUNDER).person(person).media(Vec::<String>::new()).erased_ms(T0);
    let signed = |nth: i64, draft: mestre::changes::Draft, edit: &dyn Fn(&mut Change)| cafe.signed_by_founder(1, nth, draft, edit);
    let forged = vec![
        // Amina's tablet erases Hodan, in its own name and in the mentor's (unsigned).
        crate::words::forged(tablet, 1, AMINA, ErasureDraft::new(erasure_id(HODAN, 0), AMINA).person(HODAN).into(), |_| {}),
        crate::words::forged(tablet, 2, FOUNDER, erasure(erasure_id(HODAN, 0), HODAN).into(), |_| {}),
        // A signed erasure of Amina, turned into Hodan's on the way.
        signed(3, erasure(erasure_id(AMINA, 0), AMINA).into(), &|c: &mut Change| {
            c.fields.insert("person".into(), serde_json::json!(HODAN));
        }),
        // A signed erasure whose id names Amina but whose values name Hodan.
        signed(4, erasure(erasure_id(AMINA, 1), HODAN).into(), &|_| {}),
        // What the mentor has seen, written by Amina; and in the mentor's name for another id.
        crate::words::forged(
            tablet,
            5,
            AMINA,
            ReviewSeenDraft::new(mestre::review::seen_id(AMINA, HODAN), AMINA).trainee(HODAN).seen_ms(T0).into(),
            |_| {},
        ),
        signed(6, ReviewSeenDraft::new(mestre::review::seen_id(FOUNDER, AMINA), FOUNDER).trainee(HODAN).seen_ms(T0).into(), &|_| {}),
        // A suggestion from a trainee's tablet.
        crate::words::forged(
            tablet,
            7,
            AMINA,
            PracticeSuggestionDraft::new("s-1", AMINA).trainee(HODAN).kind(SuggestionKind::Recipe).ref_id("pack:vafler").into(),
            |_| {},
        ),
        // A kind of suggestion that does not exist.
        signed(8, PracticeSuggestionDraft::new("s-2", FOUNDER).trainee(HODAN).ref_id("x").into(), &|c: &mut Change| {
            c.fields.insert("kind".into(), serde_json::json!("tattoo"));
        }),
    ];
    let report = cafe.replicas[0].apply(T0 + 10_000, "peer", forged).unwrap();
    assert_eq!(report.quarantined, 8, "{report:?}");
    assert_eq!(
        cafe.refusals(0),
        ["invalid", "invalid", "invalid", "invalid", "needs-mentor", "needs-mentor", "needs-mentor", "needs-mentor"],
    );
    let store = &cafe.replicas[0].store;
    for who in [AMINA, HODAN] {
        assert!(!store.is_erased(who).unwrap());
        assert!(store.person(who).unwrap().is_some(), "{who} is still here");
    }
    assert!(store.suggestions_for(HODAN, 10).unwrap().is_empty());
    assert!(store.seen_by(FOUNDER).unwrap().is_empty() && store.seen_by(AMINA).unwrap().is_empty());
    // An erasure is written once: a signed attempt to take it back is refused.
    cafe.write(0, FOUNDER, Some(&founder), vec![erasure(erasure_id(HODAN, 0), HODAN).into()]).unwrap();
    assert!(cafe.replicas[0].store.person(HODAN).unwrap().is_none());
    let undo = cafe.write(0, FOUNDER, Some(&founder), vec![ErasureDraft::new(erasure_id(HODAN, 0), FOUNDER).deleted(true).into()]);
    assert!(undo.is_err());
    cafe.exchange(0, 1);
    assert!(cafe.replicas[1].store.is_erased(HODAN).unwrap());
    assert!(cafe.replicas[1].store.person(HODAN).unwrap().is_none());
}
