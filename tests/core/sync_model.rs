//! The sync-ready data model: HLC stamps, the change log, and the pure per-field merge.

use std::collections::BTreeMap;

use mestre::cafe::CafeDraft;
use mestre::changes::{winning_fields, Change, DeviceId, Draft, Hlc, HlcClock, Stamp};
use mestre::people::{PersonDraft, PersonRow, Role};
use mestre::ErrorKind;

use crate::support::{cafe_with_trainee, T0};

#[test]
fn the_clock_never_goes_backwards_even_when_the_tablet_clock_does() {
    let mut clock = HlcClock::default();
    let a = clock.tick(T0);
    let b = clock.tick(T0);
    let c = clock.tick(T0 - 60_000);
    assert!(a < b && b < c);
    assert_eq!(c.ms(), T0 as u64);
    clock.observe(Hlc::new(T0 as u64 + 5_000, 3));
    assert!(clock.tick(T0) > Hlc::new(T0 as u64 + 5_000, 3));
}

fn change(origin: &str, ms: u64, fields: &[(&str, &str)]) -> Change {
    Change {
        origin: DeviceId(origin.into()),
        seq: 1,
        hlc: Hlc::new(ms, 0),
        table: PersonRow::TABLE,
        row_id: "p1".into(),
        owner: "p1".into(),
        fields: fields.iter().map(|(k, v)| (k.to_string(), serde_json::json!(v))).collect(),
    }
}

fn stamps(entries: &[(&str, &str, u64)]) -> BTreeMap<String, Stamp> {
    entries.iter().map(|(f, o, ms)| (f.to_string(), Stamp { hlc: Hlc::new(*ms, 0), origin: DeviceId(o.to_string()) })).collect()
}

#[test]
fn the_merge_keeps_the_newest_write_of_each_field() {
    struct Case {
        name: &'static str,
        current: Vec<(&'static str, &'static str, u64)>,
        incoming: Change,
        wins: Vec<&'static str>,
    }
    let cases = [
        Case {
            name: "new row: every field wins",
            current: vec![],
            incoming: change("tab", 10, &[("display_name", "A"), ("ui_lang", "ar")]),
            wins: vec!["display_name", "ui_lang"],
        },
        Case {
            name: "newer write wins",
            current: vec![("display_name", "lap", 5)],
            incoming: change("tab", 10, &[("display_name", "A")]),
            wins: vec!["display_name"],
        },
        Case {
            name: "older write loses",
            current: vec![("display_name", "lap", 20)],
            incoming: change("tab", 10, &[("display_name", "A")]),
            wins: vec![],
        },
        Case {
            name: "same time: higher device id wins",
            current: vec![("display_name", "aaa", 10)],
            incoming: change("bbb", 10, &[("display_name", "A")]),
            wins: vec!["display_name"],
        },
        Case {
            name: "same time: lower device id loses",
            current: vec![("display_name", "ccc", 10)],
            incoming: change("bbb", 10, &[("display_name", "A")]),
            wins: vec![],
        },
        Case {
            name: "fields are independent",
            current: vec![("display_name", "lap", 20), ("ui_lang", "lap", 5)],
            incoming: change("tab", 10, &[("display_name", "A"), ("ui_lang", "ti")]),
            wins: vec!["ui_lang"],
        },
        Case {
            name: "the same change again wins nothing",
            current: vec![("display_name", "tab", 10)],
            incoming: change("tab", 10, &[("display_name", "A")]),
            wins: vec![],
        },
    ];
    for case in cases {
        let current = stamps(&case.current);
        let won: Vec<&str> = winning_fields(&current, &case.incoming).into_iter().map(|(f, _)| f).collect();
        assert_eq!(won, case.wins, "{}", case.name);
    }
}

#[test]
fn every_write_is_in_the_change_log_with_gapless_sequence_numbers() {
    let (h, _, amina) = cafe_with_trainee();
    let stats = h.mestre.store().change_log_stats().unwrap();
    let device = h.mestre.device_id().0.clone();
    // café + mentor + mentor's password + Amina + her PIN
    assert_eq!(stats.changes, 5);
    assert_eq!(stats.version_vector.get(&device), Some(&5));
    let history = h.mestre.store().changes_for_row(PersonRow::TABLE, &amina.id).unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].fields["display_name"], serde_json::json!("Amina"));
    assert_eq!(history[0].origin.0, device);
}

#[test]
fn applying_the_same_changes_in_any_order_gives_the_same_data() {
    let (h, _, amina) = cafe_with_trainee();
    let mut log = h.mestre.store().changes_for_row(PersonRow::TABLE, &amina.id).unwrap();
    // Two later edits from two other devices, one of them older than the other.
    let edit = |origin: &str, ms: i64, lang: &str| Change {
        origin: DeviceId(origin.into()),
        seq: 1,
        hlc: Hlc::new((T0 + ms) as u64, 0),
        table: PersonRow::TABLE,
        row_id: amina.id.clone(),
        owner: amina.id.clone(),
        fields: [("ui_lang".to_string(), serde_json::json!(lang))].into(),
    };
    log.push(edit("laptop", 2_000, "so"));
    log.push(edit("tablet-2", 1_000, "ti"));
    let mut results = Vec::new();
    for order in [vec![0, 1, 2], vec![2, 1, 0], vec![1, 0, 2, 1, 2]] {
        let mut store = mestre::storage::open_in_memory().unwrap();
        let mut clock = HlcClock::default();
        for i in order {
            store.apply(&mut clock, std::slice::from_ref(&log[i])).unwrap();
        }
        results.push(store.person(&amina.id).unwrap().unwrap());
    }
    assert_eq!(results[0].ui_lang, "so", "the newest edit wins");
    assert!(results.iter().all(|p| *p == results[0]), "{results:#?}");
}

#[test]
fn a_change_naming_an_unknown_field_is_refused_and_nothing_is_written() {
    let mut store = mestre::storage::open_in_memory().unwrap();
    let mut clock = HlcClock::default();
    let device = DeviceId("tab".into());
    let good = CafeDraft::new("c1", "c1").name("Kafé Nordvest").into();
    let bad = Draft::new(PersonRow::TABLE, "p1", "p1").set_raw("display_name = 'x'; --", serde_json::json!("boom"));
    let err = store.record(&device, &mut clock, T0, vec![good, bad]).unwrap_err();
    assert_eq!(err.kind, ErrorKind::InvalidInput);
    assert!(store.cafe().unwrap().is_none(), "the whole transaction rolled back");
    assert_eq!(store.change_log_stats().unwrap().changes, 0);
    assert_eq!(clock.last(), Hlc::default(), "the clock did not move for a failed write");
}

#[test]
fn a_deleted_person_is_a_tombstone_that_leaves_the_wall() {
    let mut store = mestre::storage::open_in_memory().unwrap();
    let mut clock = HlcClock::default();
    let device = DeviceId("tab".into());
    store.record(&device, &mut clock, T0, vec![PersonDraft::new("p1", "p1").display_name("Nasra").role(Role::Trainee).into()]).unwrap();
    assert_eq!(store.people().unwrap().len(), 1);
    store.record(&device, &mut clock, T0, vec![PersonDraft::new("p1", "p1").deleted(true).into()]).unwrap();
    assert!(store.people().unwrap().is_empty());
    assert_eq!(store.change_log_stats().unwrap().changes, 2, "the delete is itself a change that can sync");
}
