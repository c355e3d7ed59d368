//! Hashing and checking PINs and passwords with Argon2id (PHC strings with their own salt).

use std::sync::OnceLock;

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;

use crate::error::{Error, ErrorKind, Result};

pub fn hash(secret: &str) -> Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(secret.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| Error::new(ErrorKind::Storage, format!("argon2: {e}")))
}

/// True when `secret` matches `phc`. A malformed stored hash counts as no match.
pub fn verify(secret: &str, phc: &str) -> bool {
    match PasswordHash::new(phc) {
        Ok(parsed) => Argon2::default().verify_password(secret.as_bytes(), &parsed).is_ok(),
        Err(_) => false,
    }
}

/// Spend the same work as a real check, for people who do not exist or have no secret,
/// so the time taken does not tell whether a person exists.
pub fn verify_against_nothing(secret: &str) {
    static DUMMY: OnceLock<String> = OnceLock::new();
    let phc = DUMMY.get_or_init(|| hash("no such person").unwrap_or_default());
    let _ = verify(secret, phc);
}
