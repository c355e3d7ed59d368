//! Voice notes: trimmed, evened out, capped and stored small, on fixtures spoken by
//! espeak-ng and padded with silence by sox at test time.

use std::path::{Path, PathBuf};
use std::process::Command;

use mestre::media::audio::{self, Pcm};
use mestre::ErrorKind;

fn tool(name: &str) -> bool {
    Command::new(name).arg("--version").output().is_ok()
}

/// `seconds` of silence, a Norwegian sentence, silence again; at `volume` (1.0 = as spoken).
pub fn spoken_fixture(dir: &Path, silence: f64, volume: f64) -> (PathBuf, f64) {
    assert!(tool("espeak-ng") && tool("sox"), "the test command installs espeak-ng and sox");
    let speech = dir.join("speech.wav");
    let status = Command::new("espeak-ng")
        .args(["-v", "nb", "-w"])
        .arg(&speech)
        .arg("Jeg kuttet grønnsaker og vasket hendene i dag.")
        .status()
        .unwrap();
    assert!(status.success());
    let out = dir.join(format!("fixture-{silence}-{volume}.wav"));
    let pad = format!("{silence}");
    let status = Command::new("sox").arg(&speech).arg(&out).args(["pad", &pad, &pad, "vol", &format!("{volume}")]).status().unwrap();
    assert!(status.success());
    let spoken = audio::decode_wav(&std::fs::read(&speech).unwrap()).unwrap().seconds();
    (out, spoken)
}

fn load(path: &Path) -> Pcm {
    audio::decode_wav(&std::fs::read(path).unwrap()).unwrap()
}

#[test]
fn silence_at_both_ends_is_trimmed_and_the_words_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let (path, spoken) = spoken_fixture(dir.path(), 1.5, 1.0);
    let raw = load(&path);
    assert!((raw.seconds() - (spoken + 3.0)).abs() < 0.05);
    let clean = audio::clean(&raw).unwrap();
    assert!(clean.seconds() < spoken + 0.4, "{} s left of {spoken} s speech", clean.seconds());
    assert!(clean.seconds() > spoken - 0.4, "no words cut: {} s of {spoken} s", clean.seconds());
}

#[test]
fn a_quiet_and_a_loud_recording_end_up_equally_loud() {
    let dir = tempfile::tempdir().unwrap();
    let (loud, _) = spoken_fixture(dir.path(), 0.3, 1.0);
    let (quiet, _) = spoken_fixture(dir.path(), 0.3, 0.05);
    let a = audio::clean(&load(&loud)).unwrap();
    let b = audio::clean(&load(&quiet)).unwrap();
    assert!(load(&quiet).rms_db() < load(&loud).rms_db() - 20.0, "the fixtures really differ");
    assert!((a.rms_db() - b.rms_db()).abs() < 1.5, "{} vs {} dBFS", a.rms_db(), b.rms_db());
    let peak = |p: &Pcm| p.samples.iter().fold(0f32, |m, s| m.max(s.abs()));
    assert!(peak(&a) <= audio::PEAK_LIMIT + 1e-3 && peak(&b) <= audio::PEAK_LIMIT + 1e-3, "no clipping");
}

#[test]
fn an_empty_or_silent_recording_is_refused() {
    let silent = Pcm { rate: 16_000, samples: vec![0.0; 16_000] };
    assert_eq!(audio::clean(&silent).unwrap_err().kind, ErrorKind::RecordingEmpty);
    let hum = Pcm { rate: 16_000, samples: (0..16_000).map(|i| 0.001 * ((i as f32) * 0.3).sin()).collect() };
    assert_eq!(audio::clean(&hum).unwrap_err().kind, ErrorKind::RecordingEmpty, "a faint hum is not speech");
    assert_eq!(audio::clean(&Pcm { rate: 44_100, samples: vec![] }).unwrap_err().kind, ErrorKind::RecordingEmpty);
    assert_eq!(audio::clean(&Pcm { rate: 0, samples: vec![0.5; 10] }).unwrap_err().kind, ErrorKind::RecordingEmpty);
}

#[test]
fn a_recording_longer_than_the_cap_is_cut_at_the_cap() {
    let rate = 8_000;
    let long = Pcm { rate, samples: (0..rate as usize * 200).map(|i| 0.3 * ((i as f32) * 0.05).sin()).collect() };
    let clean = audio::clean(&long).unwrap();
    assert!((clean.seconds() - audio::MAX_SECONDS).abs() < 0.01, "{}", clean.seconds());
}

#[test]
fn a_voice_note_is_stored_as_small_ogg_opus_and_plays_back_at_its_length() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = spoken_fixture(dir.path(), 0.5, 1.0);
    let wav = std::fs::read(&path).unwrap();
    let clean = audio::clean(&audio::decode_wav(&wav).unwrap()).unwrap();
    let ogg = audio::encode_ogg_opus(&clean).unwrap();
    assert!(ogg.starts_with(b"OggS"));
    assert!(ogg.len() * 8 < wav.len(), "{} bytes of Opus for {} bytes of WAV", ogg.len(), wav.len());
    let back = audio::decode_ogg_opus(&ogg).unwrap();
    assert!((back.seconds() - clean.seconds()).abs() < 0.03, "{} vs {}", back.seconds(), clean.seconds());
    assert!((back.rms_db() - clean.rms_db()).abs() < 3.0, "still the same voice: {} vs {} dBFS", back.rms_db(), clean.rms_db());
}

#[test]
fn a_file_that_is_not_a_recording_is_refused_not_panicked_on() {
    assert!(audio::decode_wav(b"RIFF but not really").is_err());
    assert!(audio::decode_ogg_opus(b"OggS garbage").is_err());
    assert!(audio::decode_ogg_opus(&[]).is_err());
}
