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
    /// The person who made the change (signed in when it was made).
    #[serde(default)]
    pub author: String,
    pub fields: BTreeMap<String, serde_json::Value>,
    /// Set when the values were too large to keep: then `fields` is empty and this is the
    /// SHA-256 of what they were, so the signatures can still be checked and the change
    /// can travel (as a refused one) without its weight.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dropped: Option<String>,
    /// The id of the mentor key that signed it, for changes only a mentor may make.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mentor_key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mentor_sig: Option<String>,
    /// The [`link`](Change::link) of the change before it in its origin's log ("" for
    /// the first, and after changes made before signing): each change commits to the
    /// one before, so one valid signature at the end of a run of changes vouches for the
    /// whole run, and a batch needs one signature check per device, not one per change.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub prev: String,
    /// The origin device's signature over all of the above; empty for a change made
    /// before changes were signed (a legacy change).
    #[serde(default)]
    pub sig: String,
}

/// The SHA-256 of a change's values, as signed.
pub fn fields_digest_of(fields: &BTreeMap<String, serde_json::Value>) -> String {
    // A BTreeMap of JSON scalars serializes the same way on every device.
    crate::media::sha256_hex(serde_json::to_string(fields).unwrap_or_default().as_bytes())
}

impl Change {
    /// `draft` as change `seq` of `origin`'s log, stamped `hlc`, made by `author`; not
    /// signed yet (the log signs what it records; tests forge what a peer could send).
    pub fn from_draft(origin: DeviceId, seq: i64, hlc: Hlc, author: impl Into<String>, draft: Draft) -> Self {
        Change {
            origin,
            seq,
            hlc,
            table: draft.table,
            row_id: draft.row_id,
            owner: draft.owner,
            author: author.into(),
            fields: draft.fields,
            dropped: None,
            mentor_key: None,
            mentor_sig: None,
            prev: String::new(),
            sig: String::new(),
        }
    }

    /// A change made before changes were signed.
    pub fn is_legacy(&self) -> bool {
        self.sig.is_empty()
    }

    /// The SHA-256 of the values, as signed: what they were if they were dropped.
    pub fn fields_digest(&self) -> String {
        match &self.dropped {
            Some(digest) => digest.clone(),
            None => fields_digest_of(&self.fields),
        }
    }

    /// The change without its values, as an erasure leaves it: its place in its log,
    /// its stamp and its signatures (which sign the values' digest) stay valid.
    pub fn stripped(mut self) -> Self {
        if self.dropped.is_none() {
            self.dropped = Some(self.fields_digest());
        }
        self.fields.clear();
        self
    }

    /// The change without its values if they are larger than anyone may write: a change
    /// that size is refused anyway, and keeping it whole would make every batch that
    /// carries it too big to send.
    pub fn without_oversized_fields(mut self) -> Self {
        if self.dropped.is_none() && self.fields_bytes() > MAX_FIELDS_BYTES {
            self.dropped = Some(self.fields_digest());
            self.fields.clear();
        }
        self
    }

    /// How many bytes the values take as JSON.
    pub fn fields_bytes(&self) -> usize {
        self.fields.iter().map(|(k, v)| k.len() + 4 + v.as_str().map_or_else(|| v.to_string().len(), |s| s.len() + 2)).sum()
    }
}

/// The most the values of one change may take; the largest honest change (a row with
/// every text column full) is far smaller.
pub const MAX_FIELDS_BYTES: usize = 64 * 1024;

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
