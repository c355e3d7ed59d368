//! The TypeScript types the UI uses are generated from the Rust types.

use std::path::PathBuf;

fn generated_file() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("ui/src/generated/types.ts")
}

#[test]
fn the_checked_in_typescript_types_match_the_rust_types() {
    let expected = mestre::types::typescript();
    let path = generated_file();
    if std::env::var_os("MESTRE_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &expected).unwrap();
    }
    let found = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        found == expected,
        "ui/src/generated/types.ts is out of date: run `MESTRE_BLESS=1 cargo test --test core types` and commit it"
    );
}

/// The tablet's QR scanner (jsQR, in the UI's unit tests) reads this fixture: the pairing
/// QR code exactly as the laptop draws it, as raw RGBA with a width/height header.
#[test]
fn the_pairing_qr_fixture_for_the_ui_scanner_is_current() {
    let img = mestre::api::pairing_qr_pixels("482913", "192.168.1.20:47474").unwrap();
    let mut expected = Vec::new();
    expected.extend_from_slice(&img.width().to_le_bytes());
    expected.extend_from_slice(&img.height().to_le_bytes());
    for p in img.pixels() {
        expected.extend_from_slice(&[p.0[0], p.0[0], p.0[0], 255]);
    }
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("ui/tests/fixtures/pairing-qr.rgba");
    if std::env::var_os("MESTRE_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &expected).unwrap();
    }
    assert!(std::fs::read(&path).unwrap_or_default() == expected, "run MESTRE_BLESS=1 cargo test --test core types");
}
