//! Changes: what makes every write syncable, with no knowledge of networks or SQL files.
//!
//! Every synced table is declared once, in its domain's folder, with [`synced_table!`]:
//! its columns with their Rust types, which of them point at media, and its
//! [`Ownership`] class. From that one declaration come the typed row the domain reads,
//! the typed draft it writes (`DiaryDayDraft::new(id, owner).mood(Mood::Good)`), the
//! column check on every incoming change, and the list of media a row references.
//!
//! Every write becomes a [`Change`]: field values for one row, stamped with a hybrid
//! logical clock ([`Hlc`]) and the device it was made on, and numbered in that device's
//! append-only change log. Applying a change — our own or a peer's — goes through the
//! same pure per-field merge ([`merge`]), so local writes and sync never disagree.
//! `storage` keeps the log and applies changes; `sync` carries them between devices.
//! Neither imports the other: both meet here.

mod all;
pub mod authorize;
pub mod change;
mod column;
mod hlc;
pub mod merge;
pub mod signing;
mod table;

pub use all::ALL_TABLES;
pub use authorize::{judge, Authority, Refusal, Verdict};
pub use change::{fields_digest_of, Change, DeviceId, Draft};
pub use column::{ColumnType, SqlType};
pub use hlc::{Hlc, HlcClock};
pub use merge::{winning_fields, Stamp};
pub use signing::{MentorSigner, SigningKey};
pub use table::{read_column, AlsoWrittenBy, ColumnDef, Ownership, Record, SyncedTable, TableDef, BOOKKEEPING_COLUMNS};
