//! Helpers shared by the core tests: a Mestre on a fixed clock with an in-memory
//! database, a set-up café, and pictures made on the spot.

use std::sync::Arc;

use mestre::api::Mestre;
use mestre::cafe::{CafeSetup, Country};
use mestre::clock::FixedClock;
use mestre::media::MediaStore;
use mestre::people::{NewMentor, NewTrainee, Person, PictureId};
use mestre::speech::Speaker;

/// 22 November 2026, 10:00 UTC.
pub const T0: i64 = 1_795_341_600_000;

pub const MENTOR_PASSWORD: &str = "kaffe-og-kake";
pub const PIN: [PictureId; 3] = [PictureId::Cat, PictureId::Bread, PictureId::Star];

pub struct Harness {
    pub mestre: Mestre,
    pub clock: FixedClock,
    /// Holds the media directory for as long as the test runs.
    pub _dir: tempfile::TempDir,
}

pub fn fresh() -> Harness {
    let dir = tempfile::tempdir().unwrap();
    let clock = FixedClock::at_ms(T0);
    let store = mestre::storage::open_in_memory().unwrap();
    let mestre =
        Mestre::with_parts(store, MediaStore::new(dir.path().join("media")), Arc::new(clock.clone()), Speaker::clips_only()).unwrap();
    Harness { mestre, clock, _dir: dir }
}

pub fn setup(mestre: &mut Mestre) -> Person {
    mestre
        .setup_cafe(CafeSetup {
            cafe_name: "Kafe KIME".into(),
            country: Country::Norway,
            mentor: NewMentor { name: "Ingrid".into(), password: MENTOR_PASSWORD.into(), ui_lang: "nb".into() },
        })
        .unwrap()
        .person
}

/// A café with a mentor (signed in) and one trainee, Amina, whose PIN is [`PIN`].
pub fn cafe_with_trainee() -> (Harness, Person, Person) {
    let mut h = fresh();
    let mentor = setup(&mut h.mestre);
    let amina = h
        .mestre
        .add_trainee(NewTrainee { name: "Amina".into(), photo: None, ui_lang: "ar".into(), home_lang: "ar".into(), pin: PIN.to_vec() })
        .unwrap();
    (h, mentor, amina)
}

pub fn jpeg(width: u32, height: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(width, height, |x, y| image::Rgb([(x * 7) as u8, (y * 5) as u8, 128]));
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90).encode_image(&img).unwrap();
    out
}

/// A JPEG whose EXIF says "rotate 90° clockwise to show" (orientation 6), as phones write.
pub fn jpeg_with_orientation(width: u32, height: u32, orientation: u16) -> Vec<u8> {
    let plain = jpeg(width, height);
    // Minimal little-endian TIFF with one IFD entry: Orientation (0x0112), SHORT, 1 value.
    let mut tiff = vec![b'I', b'I', 42, 0, 8, 0, 0, 0, 1, 0];
    tiff.extend_from_slice(&0x0112u16.to_le_bytes());
    tiff.extend_from_slice(&3u16.to_le_bytes());
    tiff.extend_from_slice(&1u32.to_le_bytes());
    tiff.extend_from_slice(&orientation.to_le_bytes());
    tiff.extend_from_slice(&[0, 0, 0, 0, 0, 0]);
    let mut app1 = b"Exif\0\0".to_vec();
    app1.extend_from_slice(&tiff);
    let mut out = plain[..2].to_vec(); // SOI
    out.extend_from_slice(&[0xFF, 0xE1]);
    out.extend_from_slice(&((app1.len() + 2) as u16).to_be_bytes());
    out.extend_from_slice(&app1);
    out.extend_from_slice(&plain[2..]);
    out
}
