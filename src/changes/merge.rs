//! The merge, as a pure function: given what a row's fields were last written with and
//! an incoming change, which fields does the change win? Per-field last-writer-wins by
//! HLC, ties broken by device id — deterministic, commutative and idempotent, so devices
//! that have seen the same changes hold the same data whatever the order.

use std::collections::BTreeMap;

use super::{Change, DeviceId, Hlc};

/// Who last wrote a field, and when.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Stamp {
    pub hlc: Hlc,
    pub origin: DeviceId,
}

/// The fields of `change` that are newer than the stamps already on the row.
pub fn winning_fields<'c>(current: &BTreeMap<String, Stamp>, change: &'c Change) -> Vec<(&'c str, &'c serde_json::Value)> {
    let incoming = Stamp { hlc: change.hlc, origin: change.origin.clone() };
    change
        .fields
        .iter()
        .filter(|(field, _)| current.get(field.as_str()).is_none_or(|old| incoming > *old))
        .map(|(field, value)| (field.as_str(), value))
        .collect()
}
