//! The sync-ready data model. Every write in Mestre becomes a [`Change`]: a set of
//! field values for one row, stamped with a hybrid logical clock and the device it was
//! made on, and numbered in that device's append-only change log. Applying a change —
//! our own or, later, a peer's — is the same pure merge ([`merge`]), so local writes and
//! sync can never disagree. Same shape as Atuin's record store: diff → operations → apply.

pub mod change;
pub mod hlc;
pub mod merge;
pub mod tables;

pub use change::{Change, DeviceId, Draft};
pub use hlc::{Hlc, HlcClock};
pub use merge::{winning_fields, Stamp};
pub use tables::SyncedTable;
