//! Languages: the locales Mestre ships, Fluent bundles with a fallback chain (her
//! language → nb → en, never a raw id), locale-aware numbers (ICU4X) for the Fluent
//! `NUMBER` function, each locale's date order, and [`Captions`]: her language beside
//! Norwegian.

mod captions;
pub mod format;
pub mod locales;
mod localizer;

pub use captions::{CaptionLine, Captions};
pub use locales::{LocaleInfo, LOCALES};
pub use localizer::{FluentArg, Localizer, MESSAGE_IDS, MESSAGE_VARIABLES};
