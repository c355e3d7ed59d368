//! The database: schema versions, refusing what it cannot safely open, surviving restarts.

use std::path::{Path, PathBuf};

use mestre::api::Mestre;
use mestre::changes::{ALL_TABLES, BOOKKEEPING_COLUMNS};
use mestre::storage::DATABASE_FILE;
use mestre::storage::{self, SchemaColumn, Store, SCHEMA_VERSION};
use mestre::ErrorKind;

use crate::support::PIN;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/db")
}

fn copy_fixture(name: &str, into: &Path) -> PathBuf {
    let target = into.join(name);
    std::fs::copy(fixtures().join(name), &target).unwrap();
    target
}

#[test]
fn a_fresh_database_is_at_the_current_schema_version() {
    let store = storage::open_in_memory().unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
}

#[test]
fn every_schema_version_ever_shipped_has_a_fixture_that_opens_and_upgrades() {
    let dir = tempfile::tempdir().unwrap();
    for version in 1..=SCHEMA_VERSION {
        let name = format!("v{version}.sqlite");
        assert!(fixtures().join(&name).exists(), "add tests/fixtures/db/{name} (a demo café at schema {version})");
        let path = copy_fixture(&name, dir.path());
        let store = storage::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
        assert_eq!(store.cafe().unwrap().unwrap().name, "Cafe Vintage");
        assert!(store.count_people(mestre::people::Role::Trainee).unwrap() >= 3, "{name} kept its trainees");
    }
}

#[test]
fn a_database_from_a_newer_mestre_is_refused_and_left_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_fixture("v1.sqlite", dir.path());
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 7).unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let err = storage::open(&path).err().expect("a newer database must be refused");
    assert_eq!(err.kind, ErrorKind::DatabaseTooNew);
    assert_eq!(std::fs::read(&path).unwrap(), before, "not a byte changed");
    let message = mestre::i18n::Localizer::without_isolation().format("nb", &err.kind.message_id(), &[]);
    assert_eq!(message, "Dataene er laget av en nyere Mestre. Oppdater appen.");
}

#[test]
fn a_file_that_is_not_a_database_is_refused_with_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DATABASE_FILE);
    std::fs::write(&path, vec![0x42u8; 8192]).unwrap();
    let err = storage::open(&path).err().expect("garbage must be refused");
    assert_eq!(err.kind, ErrorKind::DatabaseUnavailable);
    assert_eq!(std::fs::read(&path).unwrap(), vec![0x42u8; 8192]);
}

#[test]
fn everything_survives_closing_the_app_and_opening_it_again() {
    let dir = tempfile::tempdir().unwrap();
    let (amina_id, photo) = {
        let mut m = Mestre::open(dir.path()).unwrap();
        crate::support::setup(&mut m);
        let photo = m.import_photo(&crate::support::jpeg(300, 400)).unwrap();
        let amina = m
            .add_trainee(mestre::people::NewTrainee {
                name: "Amina".into(),
                photo: Some(photo.clone()),
                ui_lang: "ar".into(),
                home_lang: "ar".into(),
                pin: PIN.to_vec(),
            })
            .unwrap();
        m.set_device_language("ar").unwrap();
        (amina.id, photo)
    };
    let mut m = Mestre::open(dir.path()).unwrap();
    assert!(m.session().is_none(), "nobody stays signed in across a restart");
    assert_eq!(m.device_lang(), "ar");
    assert_eq!(m.app_state().unwrap().cafe.unwrap().name, "Kafe KIME");
    let session = m.login_with_pin(&amina_id, &PIN).unwrap();
    assert_eq!(session.person.photo_thumb.as_deref(), Some(photo.thumb.as_str()));
    assert!(!m.media_bytes(&photo.thumb).unwrap().0.is_empty());
}

/// Every way the migrated schema differs from the table declarations, as sentences.
fn schema_differences(store: &Store) -> Vec<String> {
    let mut out = Vec::new();
    let declared: Vec<String> = ALL_TABLES.iter().map(|t| t.sql_name().to_string()).collect();
    for table in store.tables_with_sync_columns().unwrap() {
        if !declared.contains(&table) {
            out.push(format!("table {table} has sync columns but no declaration in ALL_TABLES"));
        }
    }
    for table in ALL_TABLES {
        let mut expected: Vec<SchemaColumn> = BOOKKEEPING_COLUMNS
            .iter()
            .map(|(name, ty, pk)| SchemaColumn { name: name.to_string(), sql_type: ty.as_sql().into(), not_null: !pk, primary_key: *pk })
            .collect();
        for c in table.def().columns {
            expected.push(SchemaColumn {
                name: c.name.into(),
                sql_type: c.sql_type.as_sql().into(),
                not_null: !c.nullable,
                primary_key: false,
            });
        }
        expected.sort();
        let found = store.schema_columns(table.sql_name()).unwrap();
        for c in expected.iter().filter(|c| !found.contains(c)) {
            out.push(format!("{}: declared {c:?}, not so in the schema", table.sql_name()));
        }
        for c in found.iter().filter(|c| !expected.contains(c)) {
            out.push(format!("{}: the schema has {c:?}, not declared", table.sql_name()));
        }
    }
    out
}

#[test]
fn every_synced_table_is_declared_exactly_as_the_migrations_make_it() {
    assert_eq!(schema_differences(&storage::open_in_memory().unwrap()), Vec::<String>::new());
    let dir = tempfile::tempdir().unwrap();
    for version in 1..=SCHEMA_VERSION {
        let upgraded = storage::open(&copy_fixture(&format!("v{version}.sqlite"), dir.path())).unwrap();
        assert_eq!(schema_differences(&upgraded), Vec::<String>::new(), "fixture v{version}");
    }
}

#[test]
fn a_column_the_declarations_do_not_know_is_found_by_the_schema_check() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DATABASE_FILE);
    drop(storage::open(&path).unwrap());
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch("ALTER TABLE diary_day ADD COLUMN weather TEXT; CREATE TABLE recipe_note (id TEXT PRIMARY KEY, owner TEXT, hlc INTEGER, origin TEXT, deleted INTEGER);").unwrap();
    }
    let differences = schema_differences(&storage::open(&path).unwrap());
    assert!(differences.iter().any(|d| d.contains("diary_day") && d.contains("weather")), "{differences:?}");
    assert!(differences.iter().any(|d| d.contains("table recipe_note")), "{differences:?}");
}
