//! Sync: moving the change log between paired devices without internet. What a change
//! is, and the pure merge that applies it, live in [`crate::changes`]; this module only
//! carries changes and media. Same shape as Atuin's record store: diff (version
//! vectors) → operations (changes) → apply.
//!
//! Moving changes: [`pairing`] (once, by a six-digit code and SPAKE2), [`tls`] (mutual
//! TLS with pinned certificates), [`session`] (the conversation: rows, then media),
//! [`wire`] (bounded frames), [`net`] (the TCP server and client).

pub mod auto;
pub mod discovery;
pub mod identity;
pub mod net;
pub mod pairing;
pub mod replica;
pub mod session;
pub mod tls;
pub mod wire;

pub use replica::Replica;
