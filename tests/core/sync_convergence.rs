//! Property: three replicas, random edits of shared and owned records, random deletes,
//! syncs between random pairs (so some are cut off from others for a while) — after a
//! final all-pairs sync every replica holds the same data.

use proptest::prelude::*;

use mestre::changes::Draft;
use mestre::people::{PersonDraft, Role};
use mestre::sync::session::apply_batch;
use mestre::sync::Replica;

use crate::support::T0;

#[derive(Debug, Clone)]
enum Op {
    /// Replica `at` creates or edits a person's name.
    Name { at: usize, person: u8, name: u8 },
    /// Replica `at` edits a person's language.
    Lang { at: usize, person: u8, lang: u8 },
    /// Replica `at` deletes a person (a tombstone).
    Delete { at: usize, person: u8 },
    /// Two replicas sync.
    Sync { a: usize, b: usize },
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0..3usize, 0..5u8, 0..20u8).prop_map(|(at, person, name)| Op::Name { at, person, name }),
        (0..3usize, 0..5u8, 0..4u8).prop_map(|(at, person, lang)| Op::Lang { at, person, lang }),
        (0..3usize, 0..5u8).prop_map(|(at, person)| Op::Delete { at, person }),
        (0..3usize, 0..3usize).prop_map(|(a, b)| Op::Sync { a, b }),
    ]
}

fn write(r: &mut Replica, now: i64, draft: impl Into<Draft>) {
    r.record(now, vec![draft.into()]).unwrap();
}

/// The same exchange the network does: each side receives what it lacks.
fn exchange(replicas: &mut [Replica], a: usize, b: usize) {
    if a == b {
        return;
    }
    for (to, from) in [(a, b), (b, a)] {
        let vector = replicas[to].store.version_vector().unwrap();
        let changes = replicas[from].store.changes_after(&vector, usize::MAX).unwrap();
        apply_batch(&mut replicas[to], changes).unwrap();
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn three_replicas_converge_after_syncing_all_pairs(ops in prop::collection::vec(op(), 1..60), skew in prop::array::uniform3(-5_000i64..5_000)) {
        let dirs: Vec<_> = (0..3).map(|_| tempfile::tempdir().unwrap()).collect();
        let mut replicas: Vec<Replica> = dirs.iter().map(|d| Replica::open(d.path(), T0).unwrap()).collect();
        const LANGS: [&str; 4] = ["ar", "so", "ti", "uk"];
        for (step, op) in ops.iter().enumerate() {
            let now = |at: usize| T0 + step as i64 * 10 + skew[at]; // clocks that disagree
            match *op {
                Op::Name { at, person, name } => write(&mut replicas[at], now(at), PersonDraft::new(format!("p{person}"), format!("p{person}")).display_name(format!("Name {name}")).role(Role::Trainee)),
                Op::Lang { at, person, lang } => write(&mut replicas[at], now(at), PersonDraft::new(format!("p{person}"), format!("p{person}")).ui_lang(LANGS[lang as usize])),
                Op::Delete { at, person } => write(&mut replicas[at], now(at), PersonDraft::new(format!("p{person}"), format!("p{person}")).deleted(true)),
                Op::Sync { a, b } => exchange(&mut replicas, a, b),
            }
        }
        for (a, b) in [(0, 1), (1, 2), (0, 2), (0, 1)] {
            exchange(&mut replicas, a, b);
        }
        let people: Vec<_> = replicas.iter().map(|r| r.store.people().unwrap()).collect();
        let vectors: Vec<_> = replicas.iter().map(|r| r.store.version_vector().unwrap()).collect();
        prop_assert_eq!(&people[0], &people[1]);
        prop_assert_eq!(&people[1], &people[2]);
        prop_assert_eq!(&vectors[0], &vectors[1]);
        prop_assert_eq!(&vectors[1], &vectors[2]);
    }
}
