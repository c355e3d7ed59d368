//! The sync-ready data model: HLC stamps, the change log, and the pure per-field merge.

use std::collections::BTreeMap;

use mestre::cafe::CafeDraft;
use mestre::changes::{winning_fields, Change, DeviceId, Draft, Hlc, HlcClock, Stamp};
use mestre::people::{PersonDraft, PersonRow, Role};
use mestre::ErrorKind;

use crate::support::{cafe_with_trainee, T0};
use crate::support_cafe::{TestCafe, AMINA, FOUNDER};

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
        author: "p1".into(),
        fields: fields.iter().map(|(k, v)| (k.to_string(), serde_json::json!(v))).collect(),
        dropped: None,
        mentor_key: None,
        mentor_sig: None,
        prev: String::new(),
        sig: String::new(),
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
    // this device's introduction + the mentor's key + café + mentor + her password
    // + Amina + her PIN
    assert_eq!(stats.changes, 7);
    assert_eq!(stats.version_vector.get(&device), Some(&7));
    let history = h.mestre.store().changes_for_row(PersonRow::TABLE, &amina.id).unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].fields["display_name"], serde_json::json!("Amina"));
    assert_eq!(history[0].origin.0, device);
}

#[test]
fn applying_the_same_changes_in_any_order_gives_the_same_data() {
    let mut cafe = TestCafe::new(5);
    // Amina changes her language on two tablets; the later change is made first in log order.
    cafe.replicas[1].record_as(AMINA, None, T0 + 2_000, vec![PersonDraft::new(AMINA, AMINA).ui_lang("so").into()]).unwrap();
    cafe.replicas[2].record_as(AMINA, None, T0 + 1_000, vec![PersonDraft::new(AMINA, AMINA).ui_lang("ti").into()]).unwrap();
    let (from_1, from_2) = (cafe.missing(3, 1), cafe.missing(3, 2));
    cafe.replicas[3].apply(T0, "1", from_1.clone()).unwrap();
    cafe.replicas[3].apply(T0, "2", from_2.clone()).unwrap();
    cafe.replicas[4].apply(T0, "2", from_2.clone()).unwrap();
    cafe.replicas[4].apply(T0, "1", from_1.clone()).unwrap();
    cafe.replicas[0].apply(T0, "both", [from_2, from_1].concat()).unwrap();
    let results: Vec<_> = [0, 3, 4].iter().map(|&i| cafe.replicas[i].store.person(AMINA).unwrap().unwrap()).collect();
    assert_eq!(results[0].ui_lang, "so", "the newest edit wins");
    assert!(results.iter().all(|p| *p == results[0]), "{results:#?}");
}

#[test]
fn a_change_naming_an_unknown_field_is_refused_and_nothing_is_written() {
    let mut cafe = TestCafe::new(1);
    let before = cafe.replicas[0].store.change_log_stats().unwrap().changes;
    let clock_before = cafe.replicas[0].clock.last();
    let good = CafeDraft::new("c2", "c2").name("Kafé Nordvest").into();
    let bad = Draft::new(PersonRow::TABLE, "p1", "p1").set_raw("display_name = 'x'; --", serde_json::json!("boom"));
    let founder = cafe.founder.clone();
    let err = cafe.write(0, FOUNDER, Some(&founder), vec![good, bad]).unwrap_err();
    assert_eq!(err.kind, ErrorKind::InvalidInput);
    assert_eq!(cafe.replicas[0].store.cafe().unwrap().unwrap().name, "Kafe KIME", "the whole transaction rolled back");
    assert_eq!(cafe.replicas[0].store.change_log_stats().unwrap().changes, before);
    assert_eq!(cafe.replicas[0].clock.last(), clock_before, "the clock did not move for a failed write");
}

#[test]
fn a_deleted_person_is_a_tombstone_that_leaves_the_wall() {
    let mut cafe = TestCafe::new(1);
    let founder = cafe.founder.clone();
    let before = cafe.replicas[0].store.change_log_stats().unwrap().changes;
    cafe.write(0, FOUNDER, Some(&founder), vec![PersonDraft::new("p1", "p1").display_name("Nasra").role(Role::Trainee).into()]).unwrap();
    assert_eq!(cafe.replicas[0].store.people().unwrap().len(), 4);
    cafe.write(0, FOUNDER, Some(&founder), vec![PersonDraft::new("p1", "p1").deleted(true).into()]).unwrap();
    assert_eq!(cafe.replicas[0].store.people().unwrap().len(), 3);
    assert_eq!(cafe.replicas[0].store.change_log_stats().unwrap().changes, before + 2, "the delete is itself a change that can sync");
}

#[test]
fn a_clock_that_saw_the_end_of_time_never_wraps_around() {
    let mut clock = HlcClock::default();
    clock.observe(Hlc(u64::MAX));
    assert_eq!(clock.last(), Hlc::default(), "a stamp no clock can give is not observed");
    clock.observe(Hlc::new(u64::MAX, u64::MAX));
    let mut last = clock.last();
    for _ in 0..20 {
        let next = clock.tick(T0);
        assert!(next >= last && next.is_valid() && next.as_i64() > 0, "{next:?}");
        last = next;
    }
}
