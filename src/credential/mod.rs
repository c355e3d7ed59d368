//! Verifiable credentials she can carry away: an Open Badges 3.0 `OpenBadgeCredential`
//! for an aim her mentor checked (K), signed offline with an embedded
//! `DataIntegrityProof` of the `eddsa-rdfc-2022` cryptosuite, its issuer a `did:key` of
//! the mentor's own Ed25519 key — so anyone can check it without Mestre, without the
//! café, and without a network.
//!
//! [`canonical_nquads`] turns a JSON-LD document into canonical N-Quads (RDFC-1.0), with
//! the two contexts a credential uses vendored in `assets/credential/` (never fetched);
//! [`proof`] signs and verifies; [`did_key`] writes and reads `did:key` ids; [`baked`]
//! puts a credential into a badge PNG (`openbadgecredential` iTXt chunk) and takes it out.

pub mod baked;
pub mod did_key;
pub mod proof;

use std::sync::Arc;

use json_syntax::Parse;
use locspan::{Location, Meta};
use sophia_api::prelude::*;
use sophia_inmem::dataset::LightDataset;
use sophia_jsonld::loader::StaticLoader;
use sophia_jsonld::vocabulary::ArcIri;
use sophia_jsonld::{JsonLdOptions, JsonLdParser};

use crate::error::{Error, ErrorKind, Result};

/// The W3C Verifiable Credentials 2.0 context.
pub const CREDENTIALS_V2: &str = "https://www.w3.org/ns/credentials/v2";
/// The Open Badges 3.0 context, version 3.0.3.
pub const OPEN_BADGES_V3: &str = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

/// The contexts a Mestre credential uses, as published (vendored so nothing is fetched).
pub static CONTEXTS: [(&str, &str); 2] = [
    (CREDENTIALS_V2, include_str!("../../assets/credential/credentials-v2.jsonld")),
    (OPEN_BADGES_V3, include_str!("../../assets/credential/ob-context-3.0.3.json")),
];

fn invalid(what: impl std::fmt::Display) -> Error {
    Error::new(ErrorKind::CredentialInvalid, what.to_string())
}

type JsonDoc = Meta<json_syntax::Value<Location<ArcIri>>, Location<ArcIri>>;

fn json_doc(url: &str, text: &str) -> Result<JsonDoc> {
    let iri = ArcIri::new_unchecked(Arc::from(url));
    json_syntax::Value::parse_str(text, |span| Location::new(iri.clone(), span)).map_err(|e| invalid(format!("{url}: {e:?}")))
}

/// `document` (JSON-LD) as canonical N-Quads (RDFC-1.0), knowing the shipped contexts
/// and `extra` ones (url, text). A context not known is an error: nothing is fetched.
pub fn canonical_nquads(document: &str, extra: &[(&str, &str)]) -> Result<String> {
    let mut known: Vec<(String, JsonDoc)> = Vec::new();
    for (url, text) in CONTEXTS.iter().chain(extra) {
        known.push((url.to_string(), json_doc(url, text)?));
    }
    let document = document.to_string();
    // The parser runs its own small async runtime; on a thread of its own it never
    // meets the runtime of whoever called (the app's shell has one).
    let worker = std::thread::spawn(move || -> std::result::Result<String, String> {
        let options = JsonLdOptions::new().with_document_loader_closure(move || {
            known
                .iter()
                .fold(StaticLoader::new(), |loader, (url, doc)| loader.with(ArcIri::new_unchecked(Arc::from(url.as_str())), doc.clone()))
        });
        let parser = JsonLdParser::new_with_options(options);
        let dataset: LightDataset = parser.parse_str(&document).collect_quads().map_err(|e| format!("{e}"))?;
        let mut out = Vec::new();
        sophia_c14n::rdfc10::normalize(&dataset, &mut out).map_err(|e| format!("{e}"))?;
        String::from_utf8(out).map_err(|e| format!("{e}"))
    });
    worker.join().map_err(|_| invalid("the JSON-LD parser failed"))?.map_err(invalid)
}
