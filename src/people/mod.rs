//! The café's people: trainees (who sign in with a picture PIN) and mentors (password).
//! Who may do what, how secrets are hashed, and how wrong tries lock a login.

pub mod login_guard;
pub mod picture_pin;
pub mod secret;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use picture_pin::{PictureId, PicturePin};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    Trainee,
    Mentor,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Trainee => "trainee",
            Role::Mentor => "mentor",
        }
    }
    pub fn parse(s: &str) -> Option<Role> {
        match s {
            "trainee" => Some(Role::Trainee),
            "mentor" => Some(Role::Mentor),
            _ => None,
        }
    }
}

/// A person as the UI shows them: on the wall, on the home board, in the mentor's list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Person {
    pub id: String,
    pub name: String,
    pub role: Role,
    /// Content hash of the photo (full size) and its thumbnail, if she has one.
    pub photo: Option<String>,
    pub photo_thumb: Option<String>,
    /// The language the app speaks to her.
    pub ui_lang: String,
    /// The language shown beside Norwegian in words and recipes.
    pub home_lang: String,
}

/// What a mentor fills in to add a trainee.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct NewTrainee {
    pub name: String,
    /// A photo imported earlier with `import_photo`.
    pub photo: Option<crate::media::PhotoRef>,
    pub ui_lang: String,
    pub home_lang: String,
    pub pin: Vec<PictureId>,
}

/// What the first-run setup asks for the first mentor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct NewMentor {
    pub name: String,
    pub password: String,
    pub ui_lang: String,
}

/// Who is signed in on this device.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Session {
    pub person: Person,
}

/// The shortest password a mentor may choose.
pub const MIN_PASSWORD_CHARS: usize = 8;
/// The longest name we store; longer input is refused, not cut.
pub const MAX_NAME_CHARS: usize = 80;

/// A name as stored: trimmed, not empty, not absurdly long, no control characters.
pub fn clean_name(raw: &str) -> crate::Result<String> {
    let name: String = raw.trim().chars().filter(|c| !c.is_control()).collect();
    if name.is_empty() {
        return Err(crate::Error::invalid("name is empty"));
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(crate::Error::invalid("name is too long"));
    }
    Ok(name)
}
