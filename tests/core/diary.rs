//! The little book: a trainee's day, found again tomorrow; her mentor's comments with the
//! "new" badge; who may read what; recorded prompts; and a day that syncs.

use mestre::diary::{ItemKind, Mood};
use mestre::speech::SpeechRequest;
use mestre::ErrorKind;

use crate::audio::spoken_fixture;
use crate::support::{cafe_with_trainee, jpeg, MENTOR_PASSWORD, PIN};

fn voice_wav() -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = spoken_fixture(dir.path(), 0.5, 1.0);
    std::fs::read(path).unwrap()
}

fn sign_in_amina(h: &mut crate::support::Harness, amina: &mestre::people::Person) {
    h.mestre.logout();
    h.mestre.login_with_pin(&amina.id, &PIN).unwrap();
}

#[test]
fn a_trainee_records_her_day_and_finds_it_again_tomorrow() {
    let (mut h, _, amina) = cafe_with_trainee();
    sign_in_amina(&mut h, &amina);
    assert!(h.mestre.my_day().unwrap().tasks.is_empty(), "a fresh page");
    h.mestre.set_my_tasks(&["cut-vegetables".into(), "wash-hands".into(), "cut-vegetables".into()]).unwrap();
    h.mestre.set_my_mood(Mood::Good).unwrap();
    h.mestre.add_my_photo(&jpeg(800, 600)).unwrap();
    let clip = h.mestre.import_recording(&voice_wav()).unwrap();
    assert!(clip.duration_ms > 1000 && clip.duration_ms < 6000, "{clip:?}");
    h.mestre.add_my_voice_note(&clip).unwrap();
    let word = h.mestre.import_recording(&voice_wav()).unwrap();
    let picture = h.mestre.import_my_photo(&jpeg(300, 300)).unwrap();
    let today = h.mestre.add_my_word(Some(&picture), &word).unwrap();
    assert_eq!(today.tasks, vec!["cut-vegetables", "wash-hands"]);
    assert_eq!(today.mood, Some(Mood::Good));
    let kinds: Vec<_> = today.items.iter().map(|i| i.kind).collect();
    assert_eq!(kinds, vec![ItemKind::Photo, ItemKind::Voice, ItemKind::Word]);
    let (ogg, mime) = h.mestre.media_bytes(today.items[1].voice.as_ref().unwrap()).unwrap();
    assert_eq!(mime, "audio/ogg");
    assert!(mestre::media::audio::decode_ogg_opus(&ogg).unwrap().seconds() > 1.0, "real sound was kept");

    // Tomorrow: a new page, and yesterday in the timeline with its photo.
    h.clock.advance_minutes(24 * 60);
    assert!(h.mestre.my_day().unwrap().items.is_empty());
    let timeline = h.mestre.diary_days(&amina.id).unwrap();
    assert_eq!(timeline.len(), 1);
    assert_eq!(timeline[0].id, today.id);
    assert_eq!(timeline[0].items, 3);
    assert_eq!(timeline[0].photo_thumb, today.items[0].photo_thumb);
    assert_eq!(h.mestre.diary_day(&today.id).unwrap(), today);
}

#[test]
fn unknown_tasks_and_silent_recordings_are_refused_and_the_day_is_unchanged() {
    let (mut h, _, amina) = cafe_with_trainee();
    sign_in_amina(&mut h, &amina);
    h.mestre.set_my_tasks(&["bake-bread".into()]).unwrap();
    assert_eq!(h.mestre.set_my_tasks(&["juggle-knives".into()]).unwrap_err().kind, ErrorKind::InvalidInput);
    let silence = {
        let mut out = Vec::new();
        let spec = hound::WavSpec { channels: 1, sample_rate: 16_000, bits_per_sample: 16, sample_format: hound::SampleFormat::Int };
        let mut w = hound::WavWriter::new(std::io::Cursor::new(&mut out), spec).unwrap();
        for _ in 0..16_000 {
            w.write_sample(0i16).unwrap();
        }
        w.finalize().unwrap();
        out
    };
    let err = h.mestre.import_recording(&silence).unwrap_err();
    assert_eq!(err.kind, ErrorKind::RecordingEmpty);
    assert!(h.mestre.error_payload(&err).message.contains("تسجيل"), "told in Arabic: {}", h.mestre.error_payload(&err).message);
    assert_eq!(h.mestre.import_recording(b"not audio").unwrap_err().kind, ErrorKind::AudioUnreadable);
    let day = h.mestre.my_day().unwrap();
    assert_eq!(day.tasks, vec!["bake-bread"]);
    assert!(day.items.is_empty());
}

#[test]
fn a_mentors_voice_comment_shows_as_new_until_she_has_seen_it() {
    let (mut h, mentor, amina) = cafe_with_trainee();
    sign_in_amina(&mut h, &amina);
    let day = h.mestre.set_my_tasks(&["serve-customer".into()]).unwrap();
    h.mestre.logout();
    h.mestre.login_with_password(&mentor.id, MENTOR_PASSWORD).unwrap();
    h.clock.advance_minutes(60);
    let voice = h.mestre.import_recording(&voice_wav()).unwrap();
    h.mestre.add_comment(&day.id, "Flott jobbet i kassa!", Some(&voice)).unwrap();
    assert_eq!(h.mestre.add_comment(&day.id, "   ", None).unwrap_err().kind, ErrorKind::InvalidInput);

    sign_in_amina(&mut h, &amina);
    h.clock.advance_minutes(1);
    let seen = h.mestre.diary_day(&day.id).unwrap();
    assert_eq!(seen.comments.len(), 1);
    assert!(seen.comments[0].is_new);
    assert_eq!(seen.comments[0].author, "Ingrid");
    assert!(seen.comments[0].voice.is_some());
    assert_eq!(h.mestre.diary_days(&amina.id).unwrap()[0].new_comments, 1);
    h.mestre.mark_comments_seen(&day.id).unwrap();
    assert_eq!(h.mestre.diary_days(&amina.id).unwrap()[0].new_comments, 0);
    assert!(!h.mestre.diary_day(&day.id).unwrap().comments[0].is_new);
}

#[test]
fn a_trainee_reads_only_her_own_diary_and_cannot_comment() {
    let (mut h, _, amina) = cafe_with_trainee();
    h.mestre
        .add_trainee(mestre::people::NewTrainee {
            name: "Hodan".into(),
            photo: None,
            ui_lang: "so".into(),
            home_lang: "so".into(),
            pin: PIN.to_vec(),
        })
        .unwrap();
    let hodan = h.mestre.people().unwrap().into_iter().find(|p| p.name == "Hodan").unwrap();
    sign_in_amina(&mut h, &amina);
    let day = h.mestre.set_my_tasks(&["make-soup".into()]).unwrap();
    h.mestre.logout();
    h.mestre.login_with_pin(&hodan.id, &PIN).unwrap();
    assert_eq!(h.mestre.diary_day(&day.id).unwrap_err().kind, ErrorKind::NotAllowed);
    assert_eq!(h.mestre.diary_days(&amina.id).unwrap_err().kind, ErrorKind::NotAllowed);
    assert_eq!(h.mestre.add_comment(&day.id, "hei", None).unwrap_err().kind, ErrorKind::NotAllowed);
    assert_eq!(h.mestre.mark_comments_seen(&day.id).unwrap_err().kind, ErrorKind::NotAllowed);
}

#[test]
fn a_mentor_writes_the_spelling_of_a_new_word() {
    let (mut h, mentor, amina) = cafe_with_trainee();
    sign_in_amina(&mut h, &amina);
    let clip = h.mestre.import_recording(&voice_wav()).unwrap();
    let day = h.mestre.add_my_word(None, &clip).unwrap();
    let word = day.items[0].id.clone();
    assert_eq!(h.mestre.set_word_text(&word, "gulrot").unwrap_err().kind, ErrorKind::NotAllowed);
    h.mestre.logout();
    h.mestre.login_with_password(&mentor.id, MENTOR_PASSWORD).unwrap();
    h.mestre.set_word_text(&word, " gulrot ").unwrap();
    assert_eq!(h.mestre.diary_day(&day.id).unwrap().items[0].text, "gulrot");
}

#[test]
fn a_prompt_recorded_in_the_app_is_what_the_speaker_plays() {
    let (mut h, _, _) = cafe_with_trainee();
    let clip = h.mestre.import_recording(&voice_wav()).unwrap();
    h.mestre.save_prompt_clip("so", "wall-title", &clip).unwrap();
    assert_eq!(h.mestre.save_prompt_clip("so", "no-such-prompt", &clip).unwrap_err().kind, ErrorKind::InvalidInput);
    assert_eq!(h.mestre.recorded_prompts("so").unwrap(), vec!["wall-title"]);
    let speech = h.mestre.speak(&SpeechRequest { id: "wall-title".into(), lang: "so".into(), args: vec![] });
    assert_eq!(speech.mime, "audio/ogg");
    assert_eq!(speech.spoken_lang.as_deref(), Some("so"), "Somali now has a voice for this prompt");
    assert_eq!(speech.text, "Yaad tahay?");
}

#[test]
fn a_full_disk_refuses_the_new_photo_with_a_clear_message_and_keeps_the_day() {
    let (mut h, _, amina) = cafe_with_trainee();
    sign_in_amina(&mut h, &amina);
    h.mestre.set_my_tasks(&["make-coffee".into()]).unwrap();
    let before = h.mestre.my_day().unwrap();
    // No room for one more page in the database.
    h.mestre.store().limit_pages(1).unwrap(); // SQLite keeps the current size as the floor
                                              // The free room left in the last pages fills up within a few photos.
    let mut saved = 0;
    let err = loop {
        match h.mestre.add_my_photo(&jpeg(64 + saved, 48)) {
            Ok(_) => saved += 1,
            Err(e) => break e,
        }
        assert!(saved < 200, "the database never filled up");
    };
    assert_eq!(err.kind, ErrorKind::Storage, "{err:?}");
    let kept = h.mestre.my_day().unwrap();
    assert_eq!(kept.items.len(), saved as usize, "every photo saved before the disk filled is still there");
    assert!(h.mestre.error_payload(&err).message.len() > 10, "a sentence to show and speak");
    h.mestre.store().limit_pages(1_000_000).unwrap();
    assert_eq!(h.mestre.my_day().unwrap().tasks, before.tasks, "what was saved is still there");
    assert!(h.mestre.add_my_photo(&jpeg(640, 480)).is_ok(), "with room again it works");
}
