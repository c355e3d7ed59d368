//! A device's long-term identity: a key pair and a self-signed certificate made once,
//! on first use. Peers pin the SHA-256 of the certificate (the Syncthing model), so no
//! certificate authority and no internet are involved.

use rcgen::{CertificateParams, DistinguishedName, DnType, KeyPair};

use crate::error::{Error, ErrorKind, Result};
use crate::media::sha256_hex;
use crate::storage::IdentityRow;

/// The name every Mestre certificate carries; peers are told apart by their hash.
pub const CERT_NAME: &str = "mestre.local";

pub fn generate(device_name: &str) -> Result<IdentityRow> {
    let fail = |e: rcgen::Error| Error::new(ErrorKind::Storage, format!("certificate: {e}"));
    let key = KeyPair::generate().map_err(fail)?;
    let mut params = CertificateParams::new(vec![CERT_NAME.to_string()]).map_err(fail)?;
    let mut dn = DistinguishedName::new();
    dn.push(DnType::CommonName, device_name);
    params.distinguished_name = dn;
    let cert = params.self_signed(&key).map_err(fail)?;
    Ok(IdentityRow { cert_der: cert.der().to_vec(), key_der: key.serialize_der() })
}

/// The id peers know a device by: SHA-256 of its certificate, hex.
pub fn cert_hash(cert_der: &[u8]) -> String {
    sha256_hex(cert_der)
}
