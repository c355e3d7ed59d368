//! One entry of a device's change log: field values for one row of a synced table.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{Hlc, SyncedTable};

/// The id of a device's change log: a UUIDv7 made at its first start.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct DeviceId(pub String);

/// A write, as recorded in the change log and as it travels between devices.
/// A delete is `deleted: true` among the fields (a tombstone), so it syncs like any edit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    /// The device that made the write.
    pub origin: DeviceId,
    /// Position in the origin device's change log, 1, 2, 3… without gaps.
    pub seq: i64,
    pub hlc: Hlc,
    pub table: SyncedTable,
    pub row_id: String,
    /// The person (or café) the row belongs to; decides who may write owned rows.
    pub owner: String,
    pub fields: BTreeMap<String, serde_json::Value>,
}

/// A write before it has a place in the log: what the domain code hands to storage.
/// Domain code never builds one by hand: each table's typed draft (`PersonDraft`,
/// `DiaryDayDraft`, …, made by [`synced_table!`](crate::synced_table)) turns into one.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub table: SyncedTable,
    pub row_id: String,
    pub owner: String,
    pub fields: BTreeMap<String, serde_json::Value>,
}

impl Draft {
    pub fn new(table: SyncedTable, row_id: impl Into<String>, owner: impl Into<String>) -> Self {
        Draft { table, row_id: row_id.into(), owner: owner.into(), fields: BTreeMap::new() }
    }

    /// Set a field by name, unchecked. The typed drafts call this with their own column
    /// names; tests call it to forge what a hostile peer could send.
    pub fn set_raw(mut self, field: &str, value: serde_json::Value) -> Self {
        self.fields.insert(field.to_string(), value);
        self
    }
}
