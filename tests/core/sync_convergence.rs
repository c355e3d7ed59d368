//! Property: three devices of one café, random edits of people (by the mentor) and of a
//! trainee's own language (by her), random deletes, forged changes mixed in (a tablet
//! whose log was edited by hand: a trainee making someone a mentor, a value too large,
//! a stamp at the end of time, a change claiming another device's place), syncs between
//! random pairs — after a final all-pairs sync every device holds the same data, the
//! same log and the same quarantine, and no forgery took effect.

use proptest::prelude::*;

use mestre::changes::signing::sign_as_device;
use mestre::changes::{Change, Draft, Hlc};
use mestre::people::{PersonDraft, PersonRow, Role};
use mestre::sync::Replica;

use crate::support::T0;
use crate::support_cafe::{TestCafe, AMINA, FOUNDER, HODAN};

#[derive(Debug, Clone)]
enum Op {
    /// On device `at` the mentor creates or renames a person.
    Name { at: usize, person: u8, name: u8 },
    /// On device `at` Amina chooses her language.
    Lang { at: usize, lang: u8 },
    /// On device `at` the mentor deletes a person (a tombstone).
    Delete { at: usize, person: u8 },
    /// Device `at`'s log gets a forged change of kind `kind`.
    Forge { at: usize, kind: u8 },
    /// Two devices sync.
    Sync { a: usize, b: usize },
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0..3usize, 0..5u8, 0..20u8).prop_map(|(at, person, name)| Op::Name { at, person, name }),
        (0..3usize, 0..4u8).prop_map(|(at, lang)| Op::Lang { at, lang }),
        (0..3usize, 0..5u8).prop_map(|(at, person)| Op::Delete { at, person }),
        (0..3usize, 0..5u8).prop_map(|(at, kind)| Op::Forge { at, kind }),
        (0..3usize, 0..3usize).prop_map(|(a, b)| Op::Sync { a, b }),
    ]
}

/// A change as a hand-edited log on device `r` would hold it: signed by the device (its
/// key is on it), next in its log, but not something its author may do.
fn forged(r: &Replica, now: i64, draft: Draft, author: &str) -> Change {
    let seq = r.store.version_vector().unwrap().get(&r.log_id.0).copied().unwrap_or(0) + 1;
    let mut change = Change::from_draft(r.log_id.clone(), seq, Hlc::new(now as u64, 7), author, draft);
    sign_as_device(&r.device_key, &mut change);
    change
}

fn forge(cafe: &mut TestCafe, at: usize, kind: u8, now: i64) {
    let other = (at + 1) % 3;
    let r = &cafe.replicas[at];
    let change = match kind {
        // Amina makes Hodan a mentor.
        0 => forged(r, now, PersonDraft::new(HODAN, HODAN).role(Role::Mentor).into(), AMINA),
        // Amina makes herself a mentor.
        1 => forged(r, now, PersonDraft::new(AMINA, AMINA).role(Role::Mentor).into(), AMINA),
        // A name of two megabytes.
        2 => forged(r, now, PersonDraft::new(AMINA, AMINA).ui_lang("x".repeat(2_000_000)).into(), AMINA),
        // A stamp at the end of time.
        3 => {
            let mut c = forged(r, now, PersonDraft::new(AMINA, AMINA).ui_lang("uk").into(), AMINA);
            c.hlc = Hlc(i64::MAX as u64);
            sign_as_device(&r.device_key, &mut c);
            c
        }
        // The next place in another device's log, signed with this one's key.
        _ => {
            let mut c = forged(r, now, PersonDraft::new(AMINA, AMINA).ui_lang("uk").into(), AMINA);
            c.origin = cafe.log_id(other);
            c.seq = cafe.replicas[other].store.version_vector().unwrap().get(&c.origin.0).copied().unwrap_or(0) + 1;
            sign_as_device(&cafe.replicas[at].device_key, &mut c);
            c
        }
    };
    cafe.replicas[at].apply(now, "hand-edited", vec![change]).unwrap();
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn three_devices_converge_with_forged_changes_mixed_in(ops in prop::collection::vec(op(), 1..50), skew in prop::array::uniform3(-5_000i64..5_000)) {
        let mut cafe = TestCafe::new(3);
        let founder = cafe.founder.clone();
        const LANGS: [&str; 4] = ["ar", "so", "ti", "uk"];
        for (step, op) in ops.iter().enumerate() {
            let now = |at: usize| T0 + 10_000 + step as i64 * 10 + skew[at]; // clocks that disagree
            match *op {
                Op::Name { at, person, name } => {
                    let id = format!("p{person}");
                    let draft = PersonDraft::new(&id, &id).display_name(format!("Name {name}")).role(Role::Trainee);
                    cafe.replicas[at].record_as(FOUNDER, Some(&founder), now(at), vec![draft.into()]).unwrap();
                }
                Op::Lang { at, lang } => {
                    let draft = PersonDraft::new(AMINA, AMINA).ui_lang(LANGS[lang as usize]);
                    cafe.replicas[at].record_as(AMINA, None, now(at), vec![draft.into()]).unwrap();
                }
                Op::Delete { at, person } => {
                    let id = format!("p{person}");
                    cafe.replicas[at].record_as(FOUNDER, Some(&founder), now(at), vec![PersonDraft::new(&id, &id).deleted(true).into()]).unwrap();
                }
                Op::Forge { at, kind } => forge(&mut cafe, at, kind, now(at)),
                Op::Sync { a, b } => cafe.exchange(a, b),
            }
        }
        for (a, b) in [(0, 1), (1, 2), (0, 2), (0, 1)] {
            cafe.exchange(a, b);
        }
        let people: Vec<Vec<PersonRow>> = cafe.replicas.iter().map(|r| r.store.people().unwrap()).collect();
        let stats: Vec<_> = cafe.replicas.iter().map(|r| r.store.change_log_stats().unwrap()).collect();
        prop_assert_eq!(&people[0], &people[1]);
        prop_assert_eq!(&people[1], &people[2]);
        for s in &stats[1..] {
            prop_assert_eq!(&s.version_vector, &stats[0].version_vector);
            prop_assert_eq!(s.quarantined, stats[0].quarantined, "every device refuses the same changes");
        }
        for p in &people[0] {
            prop_assert!(p.id == FOUNDER || p.role == Role::Trainee, "no forgery made a mentor: {:?}", p);
            prop_assert!(p.ui_lang.len() <= 16, "no oversized value was stored");
        }
        for r in &cafe.replicas {
            prop_assert!(r.clock.last().is_valid() && r.clock.last().ms() < (T0 + 86_400_000) as u64, "no clock was poisoned");
        }
    }
}
