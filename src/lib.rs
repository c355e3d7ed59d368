//! Mestre core: the trainee's "little book" without any GUI.
//!
//! Everything that is not drawing pixels lives here and is tested without a window.
//! The one surface the Tauri shell and the `mestre` CLI call is [`api`]; the domain
//! folders (`people`, `cafe`, `media`, `i18n`, `speech`) hold the rules, `storage` holds
//! every line of SQL, and `sync` holds the data model that makes every write syncable
//! (hybrid logical clocks, the change log, the pure per-field merge).

pub mod api;
pub mod cafe;
pub mod clock;
pub mod demo;
pub mod diary;
pub mod error;
pub mod i18n;
pub mod media;
pub mod people;
pub mod speech;
pub mod storage;
pub mod sync;
pub mod types;

pub use error::{Error, ErrorKind, Result};
