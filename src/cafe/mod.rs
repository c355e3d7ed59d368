//! The café: its name and country. The country decides which rules apply later
//! (fridge temperatures, the Swedish or Norwegian curriculum, the report to NAV).
//! Setting up a new café (and its first mentor) is in [`setup`].

mod setup;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::changes::Ownership;
use crate::people::NewMentor;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub enum Country {
    #[serde(rename = "NO")]
    Norway,
    #[serde(rename = "SE")]
    Sweden,
}

impl Country {
    /// The ISO 3166 code, as stored.
    pub fn as_str(self) -> &'static str {
        match self {
            Country::Norway => "NO",
            Country::Sweden => "SE",
        }
    }
    pub fn parse(code: &str) -> Option<Country> {
        match code {
            "NO" => Some(Country::Norway),
            "SE" => Some(Country::Sweden),
            _ => None,
        }
    }
    /// The language of work in this country: what trainees learn beside their own.
    pub fn work_language(self) -> &'static str {
        match self {
            Country::Norway => "nb",
            Country::Sweden => "sv",
        }
    }
}

crate::text_column!(Country, fallback Country::Norway);

crate::synced_table! {
    /// The café this database belongs to (one row).
    pub table "cafe" (Ownership::Admin) => CafeRow, CafeDraft {
        name: String [max 80],
        country: Country,
        /// The languages the café offers (its trainees' and its mentors'); empty: all.
        languages: Vec<String> [max 400],
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Cafe {
    pub id: String,
    pub name: String,
    pub country: Country,
    /// The languages the café offers; empty: every language Mestre has.
    pub languages: Vec<String>,
}

/// The first-run setup: the café and its first mentor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CafeSetup {
    pub cafe_name: String,
    pub country: Country,
    pub mentor: NewMentor,
}
