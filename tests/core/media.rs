//! Importing photos: upright, bounded, and refusing what is not a safe picture.

use mestre::media::{image_import, MediaStore};
use mestre::ErrorKind;

use crate::support::{cafe_with_trainee, jpeg, jpeg_with_orientation};

#[test]
fn a_phone_photo_with_exif_rotation_is_stored_upright() {
    let (mut h, _, _) = cafe_with_trainee();
    let photo = h.mestre.import_photo(&jpeg_with_orientation(400, 200, 6)).unwrap();
    let row = h.mestre.store().media(&photo.photo).unwrap().unwrap();
    assert_eq!((row.width, row.height), (Some(200), Some(400)), "a landscape sensor image shown portrait");
    let thumb = h.mestre.store().media(&photo.thumb).unwrap().unwrap();
    assert_eq!((thumb.width, thumb.height), (Some(320), Some(320)));
    let (bytes, mime) = h.mestre.media_bytes(&photo.photo).unwrap();
    assert_eq!(mime, "image/jpeg");
    let decoded = image::load_from_memory(&bytes).unwrap();
    assert_eq!((decoded.width(), decoded.height()), (200, 400));
}

#[test]
fn a_large_photo_is_scaled_down_for_storage() {
    let imported = image_import::import_photo(&jpeg(4000, 3000)).unwrap();
    assert_eq!((imported.full.width, imported.full.height), (1600, 1200));
}

#[test]
fn a_damaged_file_is_refused_and_nothing_is_stored() {
    let (mut h, _, _) = cafe_with_trainee();
    let before = h.mestre.store().count_media().unwrap();
    let mut broken = jpeg(300, 300);
    broken.truncate(broken.len() / 3);
    for (bytes, expected) in [
        (broken, ErrorKind::ImageUnreadable),
        (b"this is a recipe, not a picture".to_vec(), ErrorKind::ImageUnreadable),
        (Vec::new(), ErrorKind::ImageUnreadable),
    ] {
        let err = h.mestre.import_photo(&bytes).unwrap_err();
        assert_eq!(err.kind, expected, "{}", err.detail);
        let payload = h.mestre.error_payload(&err);
        assert!(payload.message.contains("Bildet kan ikke åpnes"), "{}", payload.message);
    }
    assert_eq!(h.mestre.store().count_media().unwrap(), before);
}

/// A real PNG that promises `side`×`side` pixels but holds only its first row.
fn png_bomb(side: u32, depth: png::BitDepth) -> Vec<u8> {
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(std::io::Cursor::new(&mut out), side, side);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(depth);
    let bytes_per_pixel = if depth == png::BitDepth::Sixteen { 8 } else { 4 };
    let mut writer = encoder.write_header().unwrap();
    let mut stream = writer.stream_writer().unwrap();
    std::io::Write::write_all(&mut stream, &vec![0u8; side as usize * bytes_per_pixel]).unwrap();
    std::io::Write::flush(&mut stream).unwrap();
    std::mem::forget(stream); // leave the image unfinished: the bomb is all promise
    std::mem::forget(writer);
    out
}

#[test]
fn a_decompression_bomb_is_refused_before_it_is_decoded() {
    // Too many pixels on a side.
    let err = image_import::import_photo(&png_bomb(60_000, png::BitDepth::Eight)).unwrap_err();
    assert_eq!(err.kind, ErrorKind::ImageTooLarge);
    // Sides within bounds, but more memory than we allow (11 000² × 8 bytes ≈ 1 GB).
    let err = image_import::import_photo(&png_bomb(11_000, png::BitDepth::Sixteen)).unwrap_err();
    assert_eq!(err.kind, ErrorKind::ImageTooLarge, "{}", err.detail);
}

#[test]
fn a_huge_file_is_refused_without_reading_it_as_a_picture() {
    let huge = vec![0u8; mestre::media::MAX_IMPORT_BYTES + 1];
    assert_eq!(image_import::import_photo(&huge).unwrap_err().kind, ErrorKind::ImageTooLarge);
}

#[test]
fn media_files_are_named_by_their_hash_and_damage_is_noticed() {
    let dir = tempfile::tempdir().unwrap();
    let store = MediaStore::new(dir.path());
    let hash = store.put(b"bytes of a photo").unwrap();
    assert_eq!(hash, mestre::media::sha256_hex(b"bytes of a photo"));
    assert_eq!(store.put(b"bytes of a photo").unwrap(), hash, "same bytes, same file");
    assert_eq!(store.get(&hash).unwrap(), b"bytes of a photo");
    std::fs::write(dir.path().join(&hash[..2]).join(&hash), b"tampered").unwrap();
    assert_eq!(store.get(&hash).unwrap_err().kind, ErrorKind::Storage);
    assert_eq!(store.get("../../etc/passwd").unwrap_err().kind, ErrorKind::NotFound);
}

#[test]
fn only_a_mentor_can_import_a_photo() {
    let (mut h, _, _) = cafe_with_trainee();
    h.mestre.logout();
    assert_eq!(h.mestre.import_photo(&jpeg(10, 10)).unwrap_err().kind, ErrorKind::NotAllowed);
}

#[test]
fn a_trainee_added_with_a_photo_shows_it() {
    let (mut h, _, _) = cafe_with_trainee();
    let photo = h.mestre.import_photo(&jpeg(640, 480)).unwrap();
    let hodan = h
        .mestre
        .add_trainee(mestre::people::NewTrainee {
            name: "Hodan".into(),
            photo: Some(photo.clone()),
            ui_lang: "so".into(),
            home_lang: "so".into(),
            pin: crate::support::PIN.to_vec(),
        })
        .unwrap();
    assert_eq!(hodan.photo.as_deref(), Some(photo.photo.as_str()));
    assert_eq!(hodan.photo_thumb.as_deref(), Some(photo.thumb.as_str()));
    let forged = mestre::media::PhotoRef { photo: "a".repeat(64), thumb: "b".repeat(64) };
    let err = h
        .mestre
        .add_trainee(mestre::people::NewTrainee {
            name: "Selam".into(),
            photo: Some(forged),
            ui_lang: "ti".into(),
            home_lang: "ti".into(),
            pin: crate::support::PIN.to_vec(),
        })
        .unwrap_err();
    assert_eq!(err.kind, ErrorKind::NotFound);
}

#[test]
fn files_in_transit_left_for_a_week_are_dropped_and_fresh_ones_kept() {
    let dir = tempfile::tempdir().unwrap();
    let store = mestre::media::MediaStore::new(dir.path());
    let (old, fresh) = (mestre::media::sha256_hex(b"old"), mestre::media::sha256_hex(b"fresh"));
    store.append_partial(&old, 0, &[1u8; 1000]).unwrap();
    store.append_partial(&fresh, 0, &[2u8; 500]).unwrap();
    assert_eq!(store.partial_bytes(), 1500);
    // The first was last written to eight days ago.
    let eight_days = std::time::Duration::from_secs(8 * 86_400);
    let file = std::fs::File::options().write(true).open(dir.path().join(".partial").join(&old)).unwrap();
    file.set_modified(std::time::SystemTime::now() - eight_days).unwrap();
    assert_eq!(store.expire_partials(mestre::media::PARTIAL_MAX_AGE), 1);
    assert_eq!((store.partial_len(&old), store.partial_len(&fresh)), (0, 500));
}
