//! The `eddsa-rdfc-2022` Data Integrity proof (W3C Data Integrity EdDSA Cryptosuites
//! v1.0): the proof's options (with the document's `@context`) and the document without
//! its proof are each canonicalised (RDFC-1.0) and hashed with SHA-256; the Ed25519
//! signature is over the proof's hash followed by the document's, written as multibase
//! base58btc (`z…`) in `proofValue`.

use ring::signature::{UnparsedPublicKey, ED25519};
use serde_json::{json, Map, Value};

use super::{canonical_nquads, did_key, invalid};
use crate::error::Result;

pub const CRYPTOSUITE: &str = "eddsa-rdfc-2022";

/// What is signed: SHA-256(canonical proof options) ‖ SHA-256(canonical document).
pub fn hash_data(document: &Value, options: &Value, extra: &[(&str, &str)]) -> Result<Vec<u8>> {
    let mut unsigned = document.clone();
    if let Some(object) = unsigned.as_object_mut() {
        object.remove("proof");
    }
    let mut config = options.clone();
    let object = config.as_object_mut().ok_or_else(|| invalid("the proof is not an object"))?;
    object.remove("proofValue");
    object.insert("@context".into(), document.get("@context").cloned().unwrap_or(Value::Null));
    let sha = |text: String| ring::digest::digest(&ring::digest::SHA256, text.as_bytes()).as_ref().to_vec();
    let mut data = sha(canonical_nquads(&config.to_string(), extra)?);
    data.extend(sha(canonical_nquads(&unsigned.to_string(), extra)?));
    Ok(data)
}

/// The proof options a credential is signed with.
pub fn options(verification_method: &str, created: &str) -> Value {
    json!({
        "type": "DataIntegrityProof",
        "cryptosuite": CRYPTOSUITE,
        "created": created,
        "verificationMethod": verification_method,
        "proofPurpose": "assertionMethod",
    })
}

/// `document` with a proof: `options` and the `proofValue` that `sign` (an Ed25519
/// signature of the bytes given) makes. The proof is kept as a one-element array, as
/// the Open Badges 3.0 schema has it.
pub fn attach(document: &Value, options: Value, sign: impl Fn(&[u8]) -> Vec<u8>) -> Result<Value> {
    let data = hash_data(document, &options, &[])?;
    let value = format!("z{}", bs58::encode(sign(&data)).into_string());
    let mut proof = options;
    proof.as_object_mut().ok_or_else(|| invalid("the proof is not an object"))?.insert("proofValue".into(), value.into());
    let mut signed = document.clone();
    signed.as_object_mut().ok_or_else(|| invalid("the credential is not an object"))?.insert("proof".into(), Value::Array(vec![proof]));
    Ok(signed)
}

/// What a verified credential says about who signed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    /// The issuer's id: the did:key whose key made the proof.
    pub issuer: String,
    pub issuer_name: String,
    pub created: String,
}

/// Check a credential's `eddsa-rdfc-2022` proof, and that its key is the issuer's. Every
/// proof it carries must hold (it carries one). `extra` contexts beside the shipped ones.
pub fn verify(credential: &Value, extra: &[(&str, &str)]) -> Result<Verified> {
    let proofs: Vec<&Map<String, Value>> = match credential.get("proof") {
        Some(Value::Array(all)) => all.iter().filter_map(Value::as_object).collect(),
        Some(Value::Object(one)) => vec![one],
        _ => return Err(invalid("no proof")),
    };
    if proofs.is_empty() {
        return Err(invalid("no proof"));
    }
    let issuer = match credential.get("issuer") {
        Some(Value::String(id)) => id.clone(),
        Some(Value::Object(profile)) => profile.get("id").and_then(Value::as_str).unwrap_or("").to_string(),
        _ => String::new(),
    };
    let issuer_name = credential.pointer("/issuer/name").and_then(Value::as_str).unwrap_or("").to_string();
    let mut created = String::new();
    for proof in proofs {
        let text = |key: &str| proof.get(key).and_then(Value::as_str).unwrap_or("");
        if text("type") != "DataIntegrityProof" || text("cryptosuite") != CRYPTOSUITE {
            return Err(invalid(format!("not an {CRYPTOSUITE} proof")));
        }
        let method = text("verificationMethod");
        if !issuer.starts_with("did:key:") || method.split('#').next() != Some(issuer.as_str()) {
            return Err(invalid("the proof's key is not the issuer's"));
        }
        let public = did_key::public_key(method)?;
        let signature = text("proofValue")
            .strip_prefix('z')
            .and_then(|v| bs58::decode(v).into_vec().ok())
            .ok_or_else(|| invalid("proofValue is not base58btc multibase"))?;
        let options = Value::Object(proof.clone());
        let data = hash_data(credential, &options, extra)?;
        UnparsedPublicKey::new(&ED25519, public).verify(&data, &signature).map_err(|_| invalid("the signature does not match"))?;
        created = text("created").to_string();
    }
    Ok(Verified { issuer, issuer_name, created })
}
