//! The café's people: trainees (who sign in with a picture PIN) and mentors (password).
//! How secrets are hashed and how wrong tries lock a login; signing in and out
//! ([`login`]); the wall of faces, adding trainees and new PINs ([`roster`]).

mod login;
pub mod login_guard;
pub mod picture_pin;
mod roster;
pub mod secret;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::changes::Ownership;
use crate::error::{Error, Result};
use crate::i18n::{locales, Captions};

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

crate::text_column!(Role, fallback Role::Trainee);

crate::synced_table! {
    /// A person of the café, trainee or mentor. The row's owner is the person herself.
    pub table "person" (Ownership::Admin) => PersonRow, PersonDraft {
        display_name: String [max 80],
        role: Role,
        photo: Option<String> [media],
        photo_thumb: Option<String> [media],
        /// The language the app speaks to her; she may choose it herself.
        ui_lang: String [max 16, also owner],
        /// The language shown beside Norwegian.
        home_lang: String [max 16],
        created_ms: i64,
        /// Her captions show the working language first (her mentor sets it as she learns).
        work_language_first: bool,
        /// She left: kept, but not on the wall or the dashboard.
        archived: bool,
    }
}

/// How a person signs in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CredentialKind {
    /// Three pictures (trainees).
    PicturePin,
    /// A password (mentors).
    Password,
}

impl CredentialKind {
    pub fn as_str(self) -> &'static str {
        match self {
            CredentialKind::PicturePin => "picture-pin",
            CredentialKind::Password => "password",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        [CredentialKind::PicturePin, CredentialKind::Password].into_iter().find(|k| k.as_str() == s)
    }
}

crate::text_column!(CredentialKind);

crate::synced_table! {
    /// A person's sign-in secret, hashed (Argon2id). One per person: the row id is hers.
    pub table "credential" (Ownership::Admin) => CredentialRow, CredentialDraft {
        kind: CredentialKind,
        secret_hash: String [max 256],
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
    /// Her captions show Norwegian (the working language) first.
    pub work_language_first: bool,
    /// The languages every caption she sees is in: hers and the working language.
    pub captions: Captions,
    /// She left the café: kept, but not on the wall or the dashboard.
    pub archived: bool,
}

impl Person {
    /// A person as the UI shows her, in a café whose working language is `work_lang`.
    pub fn from_row(row: PersonRow, work_lang: &str) -> Self {
        Person {
            captions: Captions::new(&row.ui_lang, work_lang, row.work_language_first),
            id: row.id,
            name: row.display_name,
            role: row.role,
            photo: row.photo,
            photo_thumb: row.photo_thumb,
            ui_lang: row.ui_lang,
            home_lang: row.home_lang,
            work_language_first: row.work_language_first,
            archived: row.archived,
        }
    }
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
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Session {
    pub person: Person,
}

/// The shortest password a mentor may choose.
pub const MIN_PASSWORD_CHARS: usize = 8;
/// The longest name we store; longer input is refused, not cut.
pub const MAX_NAME_CHARS: usize = 80;

/// A language tag Mestre ships, or an error.
pub fn checked_lang(tag: &str) -> Result<String> {
    if locales::is_supported(tag) {
        Ok(tag.to_string())
    } else {
        Err(Error::invalid(format!("unsupported language {tag}")))
    }
}

/// A name as stored: trimmed, not empty, not absurdly long, no control characters.
pub fn clean_name(raw: &str) -> Result<String> {
    let name: String = raw.trim().chars().filter(|c| !c.is_control()).collect();
    if name.is_empty() {
        return Err(Error::invalid("name is empty"));
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(Error::invalid("name is too long"));
    }
    Ok(name)
}
