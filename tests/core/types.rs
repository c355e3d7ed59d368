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
