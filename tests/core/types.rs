//! What the UI is generated from the core: types, commands and shared constants.

use std::path::PathBuf;

/// Compare a checked-in generated file with what the core makes now (or rewrite it).
fn check_generated(name: &str, expected: String) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("ui/src/generated").join(name);
    if std::env::var_os("MESTRE_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &expected).unwrap();
    }
    let found = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(found == expected, "ui/src/generated/{name} is out of date: run `MESTRE_BLESS=1 cargo test --test core types` and commit it");
}

#[test]
fn the_checked_in_typescript_types_match_the_rust_types() {
    check_generated("types.ts", mestre::types::typescript());
}

#[test]
fn every_listed_command_is_in_the_ui_interface_and_its_tauri_client() {
    let interface = mestre::types::typescript();
    let client = mestre::types::typescript_commands();
    let signatures = mestre::api::commands::signatures();
    assert!(signatures.len() >= 37, "the list lost commands: {}", signatures.len());
    for command in signatures {
        let camel: String = command
            .name
            .split('_')
            .enumerate()
            .map(|(i, w)| if i == 0 { w.to_string() } else { w[..1].to_uppercase() + &w[1..] })
            .collect();
        assert!(
            client.contains(&format!("{camel}: (")) && client.contains(&format!("invoke('{}'", command.name)),
            "{} is not in the client",
            command.name
        );
        assert!(interface.contains(&format!("  {camel}(")), "{} is not in the Commands interface", command.name);
    }
    check_generated("commands.ts", client);
}

#[test]
fn the_ui_shares_the_cores_task_cards_moods_locales_and_lock_out_schedule() {
    let constants = mestre::types::typescript_constants();
    assert!(constants.contains(r#""tag":"ar","native_name":"العربية","english_name":"Arabic","rtl":true"#), "{constants}");
    assert!(constants.contains(r#"RTL_LOCALES: readonly string[] = ["ar", "prs", "fa", "ps"]"#), "{constants}");
    assert!(constants.contains(r#"LOCALES_WITHOUT_VOICE: readonly string[] = ["so", "ti", "ps"]"#), "{constants}");
    assert!(constants.contains("minutes: [1, 5, 15, 60]"), "{constants}");
    check_generated("constants.ts", constants);
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
