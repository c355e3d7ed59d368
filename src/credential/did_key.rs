//! `did:key` for Ed25519 keys: `did:key:z` + base58btc of the multicodec prefix
//! `0xed 0x01` and the 32-byte public key; its verification method is the same id with
//! `#` and the key part again.

use super::invalid;
use crate::error::Result;

const ED25519_PUB: [u8; 2] = [0xed, 0x01];

/// The `z6Mk…` multibase of an Ed25519 public key.
pub fn multibase(public: &[u8; 32]) -> String {
    let mut bytes = ED25519_PUB.to_vec();
    bytes.extend_from_slice(public);
    format!("z{}", bs58::encode(bytes).into_string())
}

/// `did:key:z6Mk…` of an Ed25519 public key.
pub fn did(public: &[u8; 32]) -> String {
    format!("did:key:{}", multibase(public))
}

/// The verification method of that key: `did:key:z6Mk…#z6Mk…`.
pub fn verification_method(public: &[u8; 32]) -> String {
    let key = multibase(public);
    format!("did:key:{key}#{key}")
}

/// The Ed25519 public key a `did:key` (or its verification method) names.
pub fn public_key(did_or_method: &str) -> Result<[u8; 32]> {
    let did = did_or_method.split('#').next().unwrap_or("");
    let key = did.strip_prefix("did:key:z").ok_or_else(|| invalid(format!("not an Ed25519 did:key: {did_or_method}")))?;
    let bytes = bs58::decode(key).into_vec().map_err(|e| invalid(format!("did:key: {e}")))?;
    match bytes.split_at_checked(2) {
        Some((prefix, public)) if prefix == ED25519_PUB && public.len() == 32 => {
            let mut out = [0u8; 32];
            out.copy_from_slice(public);
            Ok(out)
        }
        _ => Err(invalid("did:key is not an Ed25519 public key")),
    }
}
