//! Mestre core: the trainee's "little book" without any GUI.
//!
//! Everything that is not drawing pixels lives here and is tested without a window.
//! The domains are rooms, each a folder holding its types, its synced tables and its
//! verbs: `cafe`, `people`, `diary`, `media`, `speech` (and `i18n` for languages).
//! [`api`] is the door in front of them: the one surface the Tauri shell and the
//! `mestre` CLI call, with sessions and permission checks. Underneath, [`changes`]
//! defines what every synced write is (declared tables, HLC, signatures, the rules for
//! who may write what, the pure merge), [`trust`] keeps the keys that vouch for people
//! and devices, [`storage`] holds every line of SQL, and [`sync`] carries changes
//! between devices.

pub mod api;
pub mod cafe;
pub mod changes;
pub mod clock;
pub mod competence;
pub mod content;
pub mod credential;
pub mod demo;
pub mod diary;
pub mod error;
pub mod fridge;
pub mod i18n;
pub mod media;
pub mod people;
pub mod privacy;
pub mod recipes;
pub mod reports;
pub mod review;
pub mod speech;
pub mod storage;
pub mod sync;
pub mod trust;
pub mod types;
pub mod words;

pub use error::{Error, ErrorKind, Result};

/// A new row id: a UUIDv7, so ids sort by the time they were made.
pub(crate) fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}
