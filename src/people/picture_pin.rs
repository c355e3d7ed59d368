//! The picture PIN: three pictures chosen in order from a grid of twelve, as Kolibri
//! does for learners who do not read yet. 12³ = 1 728 combinations is weak on its own,
//! which is why wrong tries lock the login (see `login_guard`) and PINs are hashed.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};

/// The twelve pictures of the grid. Every one is a common, easily named thing that
/// looks different from the others even when small; the names are also Fluent ids
/// (`picture-<id>`) so the speaker can say them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum PictureId {
    Apple,
    Fish,
    Sun,
    Cat,
    Car,
    Flower,
    House,
    Star,
    Cup,
    Tree,
    Bread,
    Heart,
}

impl PictureId {
    pub const ALL: [PictureId; 12] = [
        PictureId::Apple,
        PictureId::Fish,
        PictureId::Sun,
        PictureId::Cat,
        PictureId::Car,
        PictureId::Flower,
        PictureId::House,
        PictureId::Star,
        PictureId::Cup,
        PictureId::Tree,
        PictureId::Bread,
        PictureId::Heart,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            PictureId::Apple => "apple",
            PictureId::Fish => "fish",
            PictureId::Sun => "sun",
            PictureId::Cat => "cat",
            PictureId::Car => "car",
            PictureId::Flower => "flower",
            PictureId::House => "house",
            PictureId::Star => "star",
            PictureId::Cup => "cup",
            PictureId::Tree => "tree",
            PictureId::Bread => "bread",
            PictureId::Heart => "heart",
        }
    }
}

/// How many pictures make a PIN.
pub const PIN_LENGTH: usize = 3;

/// A checked picture PIN.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PicturePin(Vec<PictureId>);

impl PicturePin {
    pub fn new(pictures: &[PictureId]) -> Result<Self> {
        if pictures.len() != PIN_LENGTH {
            return Err(Error::invalid(format!("a picture PIN has {PIN_LENGTH} pictures, got {}", pictures.len())));
        }
        Ok(PicturePin(pictures.to_vec()))
    }

    /// The text that is hashed: stable across versions, e.g. `pin:apple-fish-sun`.
    pub fn secret_text(&self) -> String {
        let names: Vec<&str> = self.0.iter().map(|p| p.as_str()).collect();
        format!("pin:{}", names.join("-"))
    }
}
