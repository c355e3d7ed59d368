//! A voice for every language: the most heard prompts first in the studio, each
//! language's progress, voice packs that carry one café's recordings to another (checked,
//! deduplicated, never overwriting a café's own), and Norwegian — or Swedish in a Swedish
//! café — where her language has no voice.

use std::io::Write;

use mestre::cafe::{CafeSetup, Country};
use mestre::media::Clip;
use mestre::people::NewMentor;
use mestre::speech::SpeechRequest;
use mestre::ErrorKind;

use crate::support::{cafe_with_trainee, fresh, Harness};

/// One second of a sine tone: a clip that differs from another by its pitch.
fn tone_wav(hz: f32) -> Vec<u8> {
    let mut out = Vec::new();
    let spec = hound::WavSpec { channels: 1, sample_rate: 16_000, bits_per_sample: 16, sample_format: hound::SampleFormat::Int };
    let mut w = hound::WavWriter::new(std::io::Cursor::new(&mut out), spec).unwrap();
    for i in 0..16_000 {
        let t = i as f32 / 16_000.0;
        w.write_sample((8_000.0 * (t * hz * std::f32::consts::TAU).sin()) as i16).unwrap();
    }
    w.finalize().unwrap();
    out
}

fn record(h: &mut Harness, lang: &str, prompt: &str, hz: f32) -> Clip {
    let clip = h.mestre.import_recording(&tone_wav(hz)).unwrap();
    h.mestre.save_prompt_clip(lang, prompt, &clip).unwrap();
    clip
}

fn say(h: &mut Harness, lang: &str, id: &str) -> mestre::speech::Speech {
    h.mestre.speak(&SpeechRequest { id: id.into(), lang: lang.into(), args: vec![] })
}

/// A second café's laptop with its own mentor signed in.
fn other_cafe() -> Harness {
    let mut h = fresh();
    h.mestre
        .setup_cafe(CafeSetup {
            cafe_name: "Återfika".into(),
            country: Country::Norway,
            mentor: NewMentor { name: "Lena".into(), password: "kanelbulle".into(), ui_lang: "nb".into() },
        })
        .unwrap();
    h
}

#[test]
fn the_studio_offers_the_most_heard_prompts_first_and_counts_each_language() {
    let (mut h, _, _) = cafe_with_trainee();
    for _ in 0..3 {
        say(&mut h, "ti", "section-my-day");
    }
    say(&mut h, "so", "nav-home");
    let prompts = h.mestre.studio_prompts("ti").unwrap();
    assert_eq!((prompts[0].id.as_str(), prompts[0].heard), ("section-my-day", 3));
    assert_eq!((prompts[1].id.as_str(), prompts[1].heard), ("nav-home", 1));
    assert!(prompts.iter().all(|p| !p.recorded));
    assert!(
        !prompts.iter().any(|p| p.id == "home-greeting" || p.id.starts_with("format-")),
        "prompts with variables have no fixed recording"
    );

    record(&mut h, "ti", "section-my-day", 440.0);
    record(&mut h, "ti", "nav-home", 520.0);
    let progress = h.mestre.studio_progress().unwrap();
    let ti = progress.iter().find(|p| p.tag == "ti").unwrap();
    assert_eq!(ti.recorded, 2);
    assert_eq!(ti.total as usize, prompts.len());
    assert!(!ti.has_synthetic_voice);
    assert_eq!(progress.iter().find(|p| p.tag == "so").unwrap().recorded, 0);
    assert!(progress.iter().find(|p| p.tag == "ar").unwrap().has_synthetic_voice);
}

#[test]
fn a_voice_pack_carries_recorded_prompts_to_another_cafe_and_they_play_there() {
    let (mut here, _, _) = cafe_with_trainee();
    for (prompt, hz) in [("section-my-day", 440.0), ("nav-home", 520.0), ("wall-title", 600.0)] {
        record(&mut here, "ti", prompt, hz);
    }
    let dir = tempfile::tempdir().unwrap();
    let export = here.mestre.export_voice_pack_to("ti", dir.path()).unwrap();
    assert_eq!(export.clips, 3);
    assert!(export.path.ends_with(".zip") && export.path.contains("mestre-voices-ti"), "{}", export.path);
    let pack = std::fs::read(&export.path).unwrap();

    let mut there = other_cafe();
    assert_eq!(say(&mut there, "ti", "nav-home").spoken_lang.as_deref(), Some("nb"), "before: no Tigrinya voice");
    let report = there.mestre.import_voice_pack(&pack).unwrap();
    assert_eq!((report.lang.as_str(), report.added, report.already_here, report.kept_own, report.skipped), ("ti", 3, 0, 0, 0));
    let speech = say(&mut there, "ti", "nav-home");
    assert_eq!(speech.spoken_lang.as_deref(), Some("ti"), "the Tigrinya recording plays now");
    assert_eq!(speech.mime, "audio/ogg");

    let again = there.mestre.import_voice_pack(&pack).unwrap();
    assert_eq!((again.added, again.already_here), (0, 3), "importing twice stores nothing twice");
}

#[test]
fn a_voice_pack_carries_recordings_of_the_starter_content_but_not_of_the_cafes_own_items() {
    let (mut here, _, _) = cafe_with_trainee();
    let card = here
        .mestre
        .save_task_card(mestre::diary::cards::TaskCardInput {
            id: None,
            area: mestre::diary::Area::Kitchen,
            text: "Steke injera".into(),
            picture: Some("task-bake-bread".into()),
            photo: None,
            texts: vec![],
        })
        .unwrap()
        .into_iter()
        .find(|c| c.own)
        .unwrap();
    for (item, hz) in [("food:cooked-rice", 440.0), ("aim-plain:RMF1-01.9", 520.0), ("step:pack:fiskesuppe/2", 600.0)] {
        let clip = here.mestre.import_recording(&tone_wav(hz)).unwrap();
        here.mestre.save_content_clip("so", item, &clip).unwrap();
    }
    let own = here.mestre.import_recording(&tone_wav(660.0)).unwrap();
    here.mestre.save_content_clip("so", &format!("task:{}", card.id), &own).unwrap();
    let (pack, clips) = here.mestre.voice_pack("so").unwrap();
    assert_eq!(clips, 3, "the café's own card stays at home");

    let mut there = other_cafe();
    let theirs = there.mestre.import_recording(&tone_wav(880.0)).unwrap();
    there.mestre.save_content_clip("so", "food:cooked-rice", &theirs).unwrap();
    let report = there.mestre.import_voice_pack(&pack).unwrap();
    assert_eq!((report.added, report.kept_own, report.skipped), (2, 1, 0), "{report:?}");
    let rice = there.mestre.store().content_language("so/food:cooked-rice").unwrap().unwrap();
    assert_eq!(rice.voice, Some(theirs.voice), "their own recording stays");
    let said = there.mestre.speak_content("step:pack:fiskesuppe/2", "so", "…").unwrap();
    assert_eq!((said.spoken_lang.as_deref(), said.mime.as_str()), (Some("so"), "audio/ogg"), "the step speaks Somali there now");
}

#[test]
fn a_cafes_own_recording_is_kept_when_a_pack_brings_another() {
    let (mut here, _, _) = cafe_with_trainee();
    record(&mut here, "so", "nav-home", 440.0);
    record(&mut here, "so", "nav-back", 470.0);
    let (pack, _) = here.mestre.voice_pack("so").unwrap();

    let mut there = other_cafe();
    let own = record(&mut there, "so", "nav-home", 880.0);
    let report = there.mestre.import_voice_pack(&pack).unwrap();
    assert_eq!((report.added, report.kept_own), (1, 1));
    assert_eq!(there.mestre.store().prompt_clip("so/nav-home").unwrap(), Some(own.voice), "her own voice stays");
}

/// A pack with a manifest and clips as given, to tamper with.
fn pack_with(manifest: &str, clips: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    for (name, bytes) in clips {
        zip.start_file(*name, options).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.start_file("manifest.json", options).unwrap();
    zip.write_all(manifest.as_bytes()).unwrap();
    zip.finish().unwrap().into_inner()
}

#[test]
fn a_damaged_or_forged_voice_pack_is_refused_or_skipped_and_nothing_is_lost() {
    let (mut here, _, _) = cafe_with_trainee();
    let own = record(&mut here, "ar", "nav-home", 440.0);
    let ogg = here.mestre.media_bytes(&own.voice).unwrap().0;
    let hash = mestre::media::sha256_hex(&ogg);
    let before = here.mestre.recorded_prompts("ar").unwrap();

    let refused: Vec<(&str, Vec<u8>)> = vec![
        ("not a zip at all", b"PK\x03\x04 but not really".to_vec()),
        ("an empty file", Vec::new()),
        ("no manifest", {
            let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
            zip.start_file("clips/x.ogg", zip::write::SimpleFileOptions::default()).unwrap();
            zip.finish().unwrap().into_inner()
        }),
        ("a manifest that is not JSON", pack_with("{{{", &[])),
        ("another format", pack_with(r#"{"format":"something-else/9","lang":"ar","clips":[]}"#, &[])),
        ("a language Mestre does not ship", pack_with(r#"{"format":"mestre-voice-pack/1","lang":"xx","clips":[]}"#, &[])),
    ];
    for (what, bytes) in refused {
        let err = here.mestre.import_voice_pack(&bytes).unwrap_err();
        assert_eq!(err.kind, ErrorKind::VoicePackUnreadable, "{what}: {err:?}");
        assert!(here.mestre.error_payload(&err).message.contains("Mestre"), "{what}: a sentence a mentor understands");
    }

    // Clips that lie about themselves are skipped; the honest one is taken.
    let fake = b"OggS and then nothing an Opus decoder would accept";
    let fake_hash = mestre::media::sha256_hex(fake);
    let manifest = format!(
        r#"{{"format":"mestre-voice-pack/1","lang":"ar","clips":[
            {{"message_id":"nav-back","sha256":"{hash}","duration_ms":1000}},
            {{"message_id":"wall-title","sha256":"{}","duration_ms":1000}},
            {{"message_id":"section-my-day","sha256":"{fake_hash}","duration_ms":1000}},
            {{"message_id":"no-such-prompt","sha256":"{hash}","duration_ms":1000}},
            {{"message_id":"home-greeting","sha256":"{hash}","duration_ms":1000}},
            {{"message_id":"logout","sha256":"../../mestre.sqlite","duration_ms":1000}},
            {{"item":"food:unicorn","sha256":"{hash}","duration_ms":1000}},
            {{"item":"task:cafe-1","sha256":"{hash}","duration_ms":1000}}
        ]}}"#,
        "0".repeat(64)
    );
    let tampered = pack_with(&manifest, &[(&format!("clips/{hash}.ogg"), &ogg), (&format!("clips/{fake_hash}.ogg"), fake)]);
    let report = here.mestre.import_voice_pack(&tampered).unwrap();
    assert_eq!((report.added, report.skipped), (1, 7), "{report:?}");
    let mut after = before.clone();
    after.push("nav-back".into());
    after.sort();
    assert_eq!(here.mestre.recorded_prompts("ar").unwrap(), after);
    assert_eq!(here.mestre.store().integrity_check().unwrap(), "ok");
}

#[test]
fn only_a_mentor_moves_voice_packs() {
    let (mut h, _, amina) = cafe_with_trainee();
    record(&mut h, "ar", "nav-home", 440.0);
    let (pack, _) = h.mestre.voice_pack("ar").unwrap();
    h.mestre.logout();
    h.mestre.login_with_pin(&amina.id, &crate::support::PIN).unwrap();
    assert_eq!(h.mestre.voice_pack("ar").unwrap_err().kind, ErrorKind::NotAllowed);
    assert_eq!(h.mestre.import_voice_pack(&pack).unwrap_err().kind, ErrorKind::NotAllowed);
}

#[test]
fn where_her_language_has_no_voice_she_hears_the_cafes_working_language() {
    let mut h = fresh();
    h.mestre
        .setup_cafe(CafeSetup {
            cafe_name: "Återfika".into(),
            country: Country::Sweden,
            mentor: NewMentor { name: "Lena".into(), password: "kanelbulle".into(), ui_lang: "sv".into() },
        })
        .unwrap();
    // The test speaker has recorded clips only: Norwegian ones ship, Swedish ones do not,
    // so a Somali prompt in a Swedish café finds no voice rather than a Norwegian one.
    let speech = say(&mut h, "so", "nav-home");
    assert_ne!(speech.spoken_lang.as_deref(), Some("nb"), "not Norwegian in a Swedish café");
    assert_eq!(speech.text, "Bogga hore");
}

#[test]
fn a_written_comment_is_read_aloud_in_the_language_it_is_written_in() {
    let (h, _, _) = cafe_with_trainee();
    let speech = h.mestre.speak_text("nb", "Flott jobbet i dag!").unwrap();
    assert_eq!(speech.text, "Flott jobbet i dag!");
    assert_eq!(h.mestre.speak_text("xx", "hei").unwrap_err().kind, ErrorKind::InvalidInput);
    let long = "a".repeat(10_000);
    assert_eq!(h.mestre.speak_text("nb", &long).unwrap().text.chars().count(), 2000, "a long text is read in part");
}
