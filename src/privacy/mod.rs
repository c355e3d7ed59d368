//! A trainee's rights over her data: everything about her as one file she can take
//! ([`export`]), and her erasure from every device of the café ([`erase`]).
//!
//! An erasure is a row of the mentor's signed log (`erasure`): every device that holds
//! it deletes her rows in every table, strips the values of every change about her from
//! its change log (keeping each change's place and signatures, so logs stay gapless),
//! deletes her files, and rebuilds its database so no page keeps a copy. A change about
//! her that arrives later is logged the same way, without its values, and never applied.

mod erase;
pub mod export;

use serde::Serialize;
use ts_rs::TS;

use crate::changes::Ownership;

pub use export::{ExportSummary, EXPORT_FORMAT_VERSION};

crate::synced_table! {
    /// A trainee erased by a mentor (id `erasure:<trainee>:<n>`; a trainee with many
    /// files has several rows, each naming a few hundred of them). Her log, signed with
    /// her key and written once: an erasure is never taken back.
    pub table "erasure" (Ownership::MentorLog) => ErasureRow, ErasureDraft {
        person: String [max 100],
        /// The hashes of her files (and of files only rows about her pointed at).
        media: Vec<String> [max 40000],
        erased_ms: i64,
    }
}

/// The id of the `n`th row of a trainee's erasure.
pub fn erasure_id(person: &str, n: usize) -> String {
    format!("erasure:{person}:{n}")
}

/// Whether an erasure row's id names the person it erases (a forged row cannot erase
/// one trainee under another's id).
pub fn erasure_names(row_id: &str, person: &str) -> bool {
    row_id.strip_prefix("erasure:").and_then(|rest| rest.rsplit_once(':')).is_some_and(|(p, n)| p == person && n.parse::<u32>().is_ok())
}

/// What an erasure did here, as the mentor is told.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ErasureDone {
    pub name: String,
    /// Her photos and recordings deleted from this device.
    #[ts(type = "number")]
    pub files: u64,
}

/// How far a long job (an export) has come.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct JobProgress {
    #[ts(type = "number")]
    pub done: u64,
    #[ts(type = "number")]
    pub total: u64,
}
