//! Sync: the data model that makes every write syncable, and the machinery that moves
//! it between paired devices without internet.
//!
//! Every write in Mestre becomes a [`Change`]: a set of field values for one row,
//! stamped with a hybrid logical clock and the device it was made on, and numbered in
//! that device's append-only change log. Applying a change — our own or a peer's — is
//! the same pure merge ([`merge`]), so local writes and sync can never disagree. Same
//! shape as Atuin's record store: diff (version vectors) → operations (changes) → apply.
//!
//! Moving changes: [`pairing`] (once, by a six-digit code and SPAKE2), [`tls`] (mutual
//! TLS with pinned certificates), [`session`] (the conversation: rows, then media),
//! [`wire`] (bounded frames), [`net`] (the TCP server and client).

pub mod auto;
pub mod change;
pub mod discovery;
pub mod hlc;
pub mod identity;
pub mod merge;
pub mod net;
pub mod pairing;
pub mod replica;
pub mod session;
pub mod tables;
pub mod tls;
pub mod wire;

pub use change::{Change, DeviceId, Draft};
pub use hlc::{Hlc, HlcClock};
pub use merge::{winning_fields, Stamp};
pub use replica::Replica;
pub use tables::SyncedTable;
