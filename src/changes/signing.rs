//! Who made a change, provably. Every change is signed by the device that made it (an
//! Ed25519 key made on first start, introduced to the café at pairing); changes only a
//! mentor may make also carry her own signature, made with a key only her password
//! unlocks. A signature covers every byte that matters — where the change sits in its
//! device's log, its stamp, its row, its owner and author, its values — so a change can
//! be neither moved to another device's log nor altered on the way.

use std::sync::Arc;

use base64::Engine;
use ring::rand::SystemRandom;
use ring::signature::{Ed25519KeyPair, KeyPair, UnparsedPublicKey, ED25519};

use super::Change;
use crate::error::{Error, ErrorKind, Result};

const B64: base64::engine::GeneralPurpose = base64::engine::general_purpose::STANDARD;

/// Append one length-prefixed part (so "ab"+"c" and "a"+"bc" sign differently).
fn put(out: &mut Vec<u8>, part: &[u8]) {
    out.extend_from_slice(&(part.len() as u32).to_be_bytes());
    out.extend_from_slice(part);
}

impl Change {
    /// What a mentor signs: the whole change but the signatures.
    pub fn mentor_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(256);
        put(&mut out, b"mestre/mentor/1");
        self.put_content(&mut out);
        put(&mut out, self.mentor_key.as_deref().unwrap_or("").as_bytes());
        out
    }

    /// What the device signs: the whole change including the mentor's signature and the
    /// link to the change before it.
    pub fn device_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(384);
        put(&mut out, b"mestre/device/1");
        self.put_content(&mut out);
        put(&mut out, self.mentor_key.as_deref().unwrap_or("").as_bytes());
        put(&mut out, self.mentor_sig.as_deref().unwrap_or("").as_bytes());
        put(&mut out, self.prev.as_bytes());
        out
    }

    /// The SHA-256 of what the device signs: what the next change of its log names as
    /// `prev`.
    pub fn link(&self) -> String {
        hex::encode(ring::digest::digest(&ring::digest::SHA256, &self.device_bytes()))
    }

    fn put_content(&self, out: &mut Vec<u8>) {
        put(out, self.origin.0.as_bytes());
        put(out, &self.seq.to_be_bytes());
        put(out, &self.hlc.0.to_be_bytes());
        put(out, self.table.sql_name().as_bytes());
        put(out, self.row_id.as_bytes());
        put(out, self.owner.as_bytes());
        put(out, self.author.as_bytes());
        put(out, self.fields_digest().as_bytes());
    }
}

/// The id of a public key: its SHA-256, hex.
pub fn key_id(public_hex: &str) -> String {
    hex::encode(ring::digest::digest(&ring::digest::SHA256, public_hex.as_bytes()))
}

/// Whether `sig_b64` is `public_hex`'s Ed25519 signature of `msg`. Anything malformed is
/// simply not a valid signature.
pub fn verify(public_hex: &str, msg: &[u8], sig_b64: &str) -> bool {
    let (Ok(public), Ok(sig)) = (hex::decode(public_hex), B64.decode(sig_b64)) else { return false };
    public.len() == 32 && UnparsedPublicKey::new(&ED25519, public).verify(msg, &sig).is_ok()
}

fn key_error(e: impl std::fmt::Display) -> Error {
    Error::new(ErrorKind::Storage, format!("signing key: {e}"))
}

/// An Ed25519 key pair, kept as its PKCS#8 bytes (what is stored or sealed).
#[derive(Clone)]
pub struct SigningKey {
    pair: Arc<Ed25519KeyPair>,
    pkcs8: Arc<Vec<u8>>,
}

impl std::fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SigningKey({})", self.public_hex())
    }
}

impl SigningKey {
    pub fn generate() -> Result<Self> {
        let pkcs8 = Ed25519KeyPair::generate_pkcs8(&SystemRandom::new()).map_err(key_error)?;
        Self::from_pkcs8(pkcs8.as_ref())
    }

    pub fn from_pkcs8(pkcs8: &[u8]) -> Result<Self> {
        let pair = Ed25519KeyPair::from_pkcs8(pkcs8).map_err(key_error)?;
        Ok(SigningKey { pair: Arc::new(pair), pkcs8: Arc::new(pkcs8.to_vec()) })
    }

    pub fn pkcs8(&self) -> &[u8] {
        &self.pkcs8
    }

    /// The public half, hex: what others verify with.
    pub fn public_hex(&self) -> String {
        hex::encode(self.pair.public_key().as_ref())
    }

    pub fn sign(&self, msg: &[u8]) -> String {
        B64.encode(self.sign_raw(msg))
    }

    /// The 64-byte Ed25519 signature of `msg` (a credential's proof writes it its own way).
    pub fn sign_raw(&self, msg: &[u8]) -> Vec<u8> {
        self.pair.sign(msg).as_ref().to_vec()
    }
}

/// A mentor's key, unlocked by her password while she is signed in.
#[derive(Debug, Clone)]
pub struct MentorSigner {
    pub person_id: String,
    pub key: SigningKey,
}

impl MentorSigner {
    pub fn key_id(&self) -> String {
        key_id(&self.key.public_hex())
    }

    /// Sign `change` as this mentor (her key id and signature go into it).
    pub fn sign(&self, change: &mut Change) {
        change.mentor_key = Some(self.key_id());
        change.mentor_sig = Some(self.key.sign(&change.mentor_bytes()));
    }
}

/// Sign `change` as the device that made it (last: it covers the mentor's signature).
pub fn sign_as_device(device: &SigningKey, change: &mut Change) {
    change.sig = device.sign(&change.device_bytes());
}
