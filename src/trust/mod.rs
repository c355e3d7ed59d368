//! Trust: who vouches for what, so that a paired device that lies cannot make any other
//! device accept a change it is not entitled to.
//!
//! - The café's **trust root** is its founding mentor's first key, pinned on every device
//!   (at setup, and at pairing through the code-authenticated channel).
//! - **Mentor keys** ([`MentorKeyRow`]): an Ed25519 key per mentor, the private half
//!   sealed under her password (Argon2id → ChaCha20-Poly1305), so it exists in memory
//!   only while she is signed in, on whichever device. Mentors introduce and revoke keys;
//!   revoked keys stay, so what they signed before stays valid ([`keys`]).
//! - **Devices** ([`DeviceIntroRow`]): a device's changes count once a mentor has
//!   introduced its signing key (at pairing); a mentor retires it ([`devices`]).
//! - What may not be applied is kept in **quarantine** for mentors to see ([`quarantine`]).
//!
//! The rules themselves are one pure function, `changes::judge`. Trainees have no
//! password: their changes are as trustworthy as the device that carries them.

mod devices;
mod keys;
mod quarantine;

use base64::Engine;
use ring::aead::{Aad, LessSafeKey, Nonce, UnboundKey, CHACHA20_POLY1305, NONCE_LEN};
use ring::rand::{SecureRandom, SystemRandom};
use serde::Serialize;
use ts_rs::TS;

use crate::changes::{Ownership, SigningKey};
use crate::error::{Error, ErrorKind, Result};

pub use devices::introduction;
pub use keys::new_mentor_key;
pub use quarantine::{refusal_message, Quarantine, QuarantineEntry, QUARANTINE_LIST_LIMIT};

crate::synced_table! {
    /// A device introduced to the café by a mentor, or retired by one. The id is the
    /// device's change-log id; its key checks every change the device makes.
    pub table "device_intro" (Ownership::Admin) => DeviceIntroRow, DeviceIntroDraft {
        name: String [max 100],
        /// Ed25519 public key, hex.
        sign_key: String [max 64],
        /// Retired: its changes after this place in its log are refused.
        retired_after_seq: Option<i64>,
    }
}

crate::synced_table! {
    /// A mentor's key: the public half, and the private half sealed under her password.
    /// The id is the SHA-256 of the public key; the owner is the mentor.
    pub table "mentor_key" (Ownership::Admin) => MentorKeyRow, MentorKeyDraft {
        /// Ed25519 public key, hex.
        public_key: String [max 64],
        /// Nonce and sealed PKCS#8, base64.
        sealed_key: String [max 400],
        /// Argon2id salt, base64.
        key_salt: String [max 64],
        /// Signatures stamped at or after this are refused (a reset, a retired mentor).
        revoked_hlc: Option<i64>,
    }
}

/// The café's trust root as pinned on this device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, TS)]
pub struct TrustRoot {
    /// The founding mentor.
    pub founder: String,
    /// Her first public key, hex.
    pub public_key: String,
    /// How much of each device's log was made before changes were signed (in a café
    /// that used Mestre before this version; empty for a new café).
    #[ts(type = "Record<string, number>")]
    pub legacy: std::collections::BTreeMap<String, i64>,
}

const B64: base64::engine::GeneralPurpose = base64::engine::general_purpose::STANDARD;

fn sealing_error(e: impl std::fmt::Display) -> Error {
    Error::new(ErrorKind::Storage, format!("sealing a key: {e}"))
}

/// The 32-byte key a password gives with this salt (Argon2id, the password hash's cost).
fn password_key(password: &str, salt: &[u8]) -> Result<LessSafeKey> {
    let mut key = [0u8; 32];
    argon2::Argon2::default().hash_password_into(password.as_bytes(), salt, &mut key).map_err(sealing_error)?;
    Ok(LessSafeKey::new(UnboundKey::new(&CHACHA20_POLY1305, &key).map_err(sealing_error)?))
}

/// Seal a key under a password: (sealed, salt), both base64.
pub fn seal(key: &SigningKey, password: &str) -> Result<(String, String)> {
    let rng = SystemRandom::new();
    let mut salt = [0u8; 16];
    let mut nonce = [0u8; NONCE_LEN];
    rng.fill(&mut salt).map_err(sealing_error)?;
    rng.fill(&mut nonce).map_err(sealing_error)?;
    let mut sealed = key.pkcs8().to_vec();
    password_key(password, &salt)?
        .seal_in_place_append_tag(Nonce::assume_unique_for_key(nonce), Aad::empty(), &mut sealed)
        .map_err(sealing_error)?;
    let mut out = nonce.to_vec();
    out.extend_from_slice(&sealed);
    Ok((B64.encode(out), B64.encode(salt)))
}

/// Open a sealed key with a password; None if the password (or the seal) is wrong.
pub fn unseal(sealed: &str, salt: &str, password: &str) -> Option<SigningKey> {
    let (sealed, salt) = (B64.decode(sealed).ok()?, B64.decode(salt).ok()?);
    if sealed.len() <= NONCE_LEN {
        return None;
    }
    let (nonce, body) = sealed.split_at(NONCE_LEN);
    let mut body = body.to_vec();
    let nonce = Nonce::try_assume_unique_for_key(nonce).ok()?;
    let opened = password_key(password, &salt).ok()?.open_in_place(nonce, Aad::empty(), &mut body).ok()?;
    SigningKey::from_pkcs8(opened).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_key_opens_with_its_password_only() {
        let key = SigningKey::generate().unwrap();
        let (sealed, salt) = seal(&key, "kanelbolle").unwrap();
        assert_eq!(unseal(&sealed, &salt, "kanelbolle").unwrap().public_hex(), key.public_hex());
        assert!(unseal(&sealed, &salt, "kanelbolla").is_none());
        assert!(unseal("not base64!", &salt, "kanelbolle").is_none());
    }
}
