//! Languages: the locales Mestre ships, Fluent bundles with a fallback chain
//! (her language → nb → en, never a raw id), and locale-aware numbers and dates
//! (ICU4X) for the Fluent `NUMBER` and `DATETIME` functions that fluent-rs lacks.

pub mod format;
pub mod locales;
mod localizer;

pub use locales::{LocaleInfo, LOCALES};
pub use localizer::{FluentArg, Localizer, MESSAGE_IDS, MESSAGE_VARIABLES};
