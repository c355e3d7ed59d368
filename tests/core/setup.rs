//! First run, the demo café, speech, and the `mestre` command line.

use std::process::Command;

use mestre::cafe::{CafeSetup, Country};
use mestre::people::NewMentor;
use mestre::speech::{recorded_clip, Speaker, SpeechRequest};
use mestre::ErrorKind;

use crate::support::{fresh, setup};

#[test]
fn the_first_run_asks_for_setup_and_setup_signs_the_mentor_in() {
    let mut h = fresh();
    let state = h.mestre.app_state().unwrap();
    assert!(state.setup_needed && !state.language_chosen);
    let mentor = setup(&mut h.mestre);
    assert_eq!(h.mestre.session().unwrap().person, mentor);
    let state = h.mestre.app_state().unwrap();
    assert!(!state.setup_needed);
    assert_eq!(state.cafe.unwrap().country, Country::Norway);
    assert_eq!(state.pictures.len(), 12);
}

#[test]
fn setup_refuses_bad_input_and_a_second_run_without_writing_anything() {
    let mut h = fresh();
    let bad = |cafe: &str, name: &str, password: &str| CafeSetup {
        cafe_name: cafe.into(),
        country: Country::Sweden,
        mentor: NewMentor { name: name.into(), password: password.into(), ui_lang: "sv".into() },
    };
    for input in [bad("  ", "Ingrid", "long enough"), bad("Återfika", "", "long enough"), bad("Återfika", "Ingrid", "short")] {
        assert_eq!(h.mestre.setup_cafe(input).unwrap_err().kind, ErrorKind::InvalidInput);
    }
    assert!(h.mestre.app_state().unwrap().setup_needed);
    assert_eq!(h.mestre.store().change_log_stats().unwrap().changes, 0);
    h.mestre.setup_cafe(bad("Återfika", "Ingrid", "long enough")).unwrap();
    assert_eq!(h.mestre.setup_cafe(bad("Other", "Eva", "long enough")).unwrap_err().kind, ErrorKind::SetupState);
    assert_eq!(h.mestre.cafe().unwrap().unwrap().name, "Återfika");
}

#[test]
fn every_language_card_can_say_its_own_name() {
    for locale in mestre::i18n::LOCALES {
        let clip = recorded_clip(locale.tag, "language-name").unwrap_or_else(|| panic!("{} has no name clip", locale.tag));
        assert!(clip.starts_with(b"RIFF") && clip.len() > 8_000, "{}: a real WAV of speech", locale.tag);
        let mut h = fresh();
        let speech = h.mestre.speak(&SpeechRequest { id: "language-name".into(), lang: locale.tag.into(), args: vec![] });
        assert_eq!(speech.spoken_lang.as_deref(), Some(locale.tag));
        assert_eq!(speech.text, locale.native_name);
    }
}

#[test]
fn a_language_without_a_voice_hears_norwegian_and_sees_its_own_words() {
    let mut h = fresh();
    let speech = h.mestre.speak(&SpeechRequest { id: "wall-title".into(), lang: "so".into(), args: vec![] });
    assert_eq!(speech.spoken_lang.as_deref(), Some("nb"), "the shipped Norwegian clip");
    assert_eq!(speech.text, "Yaad tahay?");
}

#[test]
fn with_no_voice_at_all_the_prompt_comes_back_as_text_to_show() {
    let mut h = fresh();
    let args = vec![("name".to_string(), "Hodan".to_string())];
    let speech = h.mestre.speak(&SpeechRequest { id: "home-greeting".into(), lang: "so".into(), args });
    assert_eq!(speech.audio_base64, None, "no clip for a sentence with her name, and no synthesizer here");
    assert_eq!(speech.text, "Haye, Hodan! Waan ku faraxsanahay inaan ku arko.");
}

#[test]
fn a_language_without_a_voice_is_spoken_in_norwegian_when_a_synthesizer_exists() {
    let speaker = Speaker::detect();
    if !speaker.has_synthesizer() {
        eprintln!("espeak-ng is not installed; the test command installs it");
        return;
    }
    let l = mestre::i18n::Localizer::new();
    let request = SpeechRequest { id: "home-greeting".into(), lang: "ti".into(), args: vec![("name".into(), "Selam".into())] };
    let speech = speaker.speak(&l, &request, "nb");
    assert_eq!(speech.spoken_lang.as_deref(), Some("nb"), "no Tigrinya voice: Norwegian audio");
    assert!(speech.text.contains("Selam") && speech.text.contains("ሰላም"), "her own words to show: {}", speech.text);
    let ar = speaker.speak(&l, &SpeechRequest { id: "wall-title".into(), lang: "ar".into(), args: vec![] }, "nb");
    assert_eq!(ar.spoken_lang.as_deref(), Some("ar"));
    assert!(ar.audio_base64.unwrap().len() > 4_000);
}

#[test]
fn the_demo_cafe_has_trainees_who_can_sign_in_with_the_demo_pin() {
    let dir = tempfile::tempdir().unwrap();
    let store = mestre::storage::open(&dir.path().join("mestre.sqlite")).unwrap();
    let media = mestre::media::MediaStore::new(dir.path().join("media"));
    mestre::demo::populate(store, media, crate::support::T0, mestre::demo::DemoOptions { trainees: 3, days: 10 }).unwrap();
    let mut m = mestre::api::Mestre::open(dir.path()).unwrap();
    let people = m.people().unwrap();
    let trainees: Vec<_> = people.iter().filter(|p| p.role == mestre::people::Role::Trainee).collect();
    assert_eq!(trainees.len(), 3);
    assert!(trainees.iter().all(|p| p.photo_thumb.is_some()));
    let first = trainees[0].id.clone();
    assert!(m.login_with_pin(&first, &mestre::demo::DEMO_PIN).is_ok());
}

#[test]
fn the_command_line_makes_a_demo_cafe_and_reports_on_it() {
    let exe = env!("CARGO_BIN_EXE_mestre");
    let dir = tempfile::tempdir().unwrap();
    let help = Command::new(exe).arg("--help").output().unwrap();
    let help = String::from_utf8_lossy(&help.stdout);
    assert!(help.contains("demo-data") && help.contains("info"), "{help}");
    let made =
        Command::new(exe).args(["--data", dir.path().to_str().unwrap(), "demo-data", "--trainees", "2", "--days", "5"]).output().unwrap();
    assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
    let again = Command::new(exe).args(["--data", dir.path().to_str().unwrap(), "demo-data"]).output().unwrap();
    assert!(!again.status.success(), "a second demo over a real café is refused");
    assert!(String::from_utf8_lossy(&again.stderr).contains("already set up"));
    let info = Command::new(exe).args(["--data", dir.path().to_str().unwrap(), "info"]).output().unwrap();
    let info: serde_json::Value = serde_json::from_slice(&info.stdout).unwrap();
    assert_eq!(info["trainees"], 2);
    assert_eq!(info["schema_version"], mestre::storage::SCHEMA_VERSION);
    // Every synced record type is counted, named as its table is declared.
    for table in mestre::changes::ALL_TABLES {
        assert!(info["records"][table.sql_name()].is_i64(), "info counts {}: {info}", table.sql_name());
    }
    assert_eq!(info["records"]["person"], 3, "the mentor and two trainees");
    assert_eq!(info["records"]["cafe"], 1);
    assert!(info["records"]["diary_day"].as_i64().unwrap() > 0, "five days of the little book: {info}");
}

#[test]
fn a_fresh_install_speaks_every_norwegian_prompt_without_a_synthesizer() {
    let mut h = fresh();
    let l = mestre::i18n::Localizer::without_isolation();
    let mut silent = Vec::new();
    for (id, vars) in mestre::i18n::MESSAGE_VARIABLES {
        if !vars.is_empty() || id.starts_with("format-") || *id == "app-name" {
            continue;
        }
        let speech = h.mestre.speak(&SpeechRequest { id: id.to_string(), lang: "nb".into(), args: vec![] });
        if speech.audio_base64.is_none() {
            silent.push(*id);
        }
        assert_eq!(speech.text, l.format("nb", id, &[]));
    }
    assert!(silent.is_empty(), "no shipped Norwegian clip for {silent:?}: run scripts/make-speech-clips.sh");
}
