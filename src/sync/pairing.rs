//! Pairing once, by a six-digit code: SPAKE2 over the code gives both sides the same key
//! only if they typed the same digits; each then proves it with an HMAC over its own
//! certificate, and both pin the other's certificate for every later sync. A wrong code
//! costs one of three tries; the code lapses after a few minutes.

use std::io::{Read, Write};
use std::sync::Mutex;

use base64::Engine;
use hmac::{Hmac, Mac};
use rand::Rng;
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use spake2::{Ed25519Group, Identity, Password, Spake2};

use super::identity::cert_hash;
use super::replica::Replica;
use super::wire::{self, WireError};
use crate::error::{Error, ErrorKind, Result};
use crate::storage::PeerRow;

/// How long a code shown on the laptop stays valid.
pub const CODE_MINUTES: i64 = 5;
/// Wrong codes allowed before the code is withdrawn.
pub const CODE_TRIES: u8 = 3;

const JOINER: &[u8] = b"mestre-joiner";
const HOST: &[u8] = b"mestre-host";

/// The code the laptop shows while "Connect a tablet" is open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairingOffer {
    pub code: String,
    pub expires_ms: i64,
    pub tries_left: u8,
}

impl PairingOffer {
    pub fn new(now_ms: i64) -> Self {
        let code = format!("{:06}", rand::thread_rng().gen_range(0..1_000_000));
        PairingOffer { code, expires_ms: now_ms + CODE_MINUTES * 60_000, tries_left: CODE_TRIES }
    }
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum PairMessage {
    Pake { message: String },
    Confirm { cert: String, name: String, log_id: String, mac: String },
    Refuse { reason: String },
}

const B64: base64::engine::GeneralPurpose = base64::engine::general_purpose::STANDARD;

fn io(e: WireError) -> Error {
    match e {
        WireError::Io(e) => Error::new(ErrorKind::SyncInterrupted, e.to_string()),
        WireError::Malformed(why) => Error::new(ErrorKind::SyncRefused, why),
    }
}

fn decode(s: &str) -> Result<Vec<u8>> {
    B64.decode(s).map_err(|_| Error::new(ErrorKind::SyncRefused, "bad base64 in pairing"))
}

/// HMAC over length-prefixed parts, keyed with the PAKE's shared key.
fn keyed(key: &[u8], label: &[u8], cert: &[u8], name: &str, log_id: &str) -> Hmac<Sha256> {
    let mut m = <Hmac<Sha256> as Mac>::new_from_slice(key).expect("HMAC takes any key length");
    for part in [label, cert, name.as_bytes(), log_id.as_bytes()] {
        m.update(&(part.len() as u32).to_be_bytes());
        m.update(part);
    }
    m
}

fn mac(key: &[u8], label: &[u8], cert: &[u8], name: &str, log_id: &str) -> Vec<u8> {
    keyed(key, label, cert, name, log_id).finalize().into_bytes().to_vec()
}

fn verify_mac(key: &[u8], label: &[u8], cert: &[u8], name: &str, log_id: &str, tag: &[u8]) -> bool {
    keyed(key, label, cert, name, log_id).verify_slice(tag).is_ok()
}

fn confirm(r: &Replica, key: &[u8], label: &[u8]) -> PairMessage {
    PairMessage::Confirm {
        cert: B64.encode(&r.identity.cert_der),
        name: r.name.clone(),
        log_id: r.log_id.0.clone(),
        mac: B64.encode(mac(key, label, &r.identity.cert_der, &r.name, &r.log_id.0)),
    }
}

/// Check the other side's confirmation; on success, the peer to pin.
fn peer_from(message: PairMessage, key: &[u8], label: &[u8], now_ms: i64, address: Option<String>) -> Result<PeerRow> {
    let PairMessage::Confirm { cert, name, log_id, mac } = message else {
        return Err(Error::new(ErrorKind::SyncRefused, "expected confirmation"));
    };
    let cert = decode(&cert)?;
    if cert.len() > 16 * 1024 || name.chars().count() > 100 || log_id.len() > 64 {
        return Err(Error::new(ErrorKind::SyncRefused, "oversized pairing fields"));
    }
    if !verify_mac(key, label, &cert, &name, &log_id, &decode(&mac)?) {
        return Err(Error::new(ErrorKind::PairingWrongCode, "confirmation did not match: different codes"));
    }
    Ok(PeerRow {
        cert_hash: cert_hash(&cert),
        cert_der: cert,
        name,
        log_id,
        paired_ms: now_ms,
        revoked_ms: None,
        last_sync_ms: None,
        last_address: address,
    })
}

/// The tablet's side: join the laptop at `address` with the code its mentor shows.
pub fn join<S: Read + Write>(s: &mut S, r: &mut Replica, code: &str, address: Option<String>, now_ms: i64) -> Result<PeerRow> {
    let (state, outbound) =
        Spake2::<Ed25519Group>::start_a(&Password::new(code.trim().as_bytes()), &Identity::new(JOINER), &Identity::new(HOST));
    wire::send(s, &PairMessage::Pake { message: B64.encode(outbound) }).map_err(io)?;
    let inbound = match wire::recv(s).map_err(io)? {
        PairMessage::Pake { message } => decode(&message)?,
        PairMessage::Refuse { reason } => return Err(refusal(&reason)),
        _ => return Err(Error::new(ErrorKind::SyncRefused, "unexpected pairing message")),
    };
    let key = state.finish(&inbound).map_err(|_| Error::new(ErrorKind::SyncRefused, "bad PAKE message"))?;
    wire::send(s, &confirm(r, &key, JOINER)).map_err(io)?;
    let reply: PairMessage = wire::recv(s).map_err(io)?;
    if let PairMessage::Refuse { reason } = &reply {
        return Err(refusal(reason));
    }
    let peer = peer_from(reply, &key, HOST, now_ms, address)?;
    r.store.save_peer(&peer)?;
    Ok(peer)
}

fn refusal(reason: &str) -> Error {
    match reason {
        "wrong-code" => Error::new(ErrorKind::PairingWrongCode, "the other device says the code was wrong"),
        _ => Error::new(ErrorKind::PairingClosed, format!("pairing refused: {reason}")),
    }
}

/// The laptop's side: answer one joiner while `offer` is open.
pub fn host<S: Read + Write>(s: &mut S, r: &mut Replica, offer: &Mutex<Option<PairingOffer>>, now_ms: i64) -> Result<PeerRow> {
    let PairMessage::Pake { message } = wire::recv(s).map_err(io)? else {
        return Err(Error::new(ErrorKind::SyncRefused, "expected a PAKE message"));
    };
    let code = {
        let mut guard = offer.lock().unwrap_or_else(|p| p.into_inner());
        match guard.as_ref() {
            Some(o) if o.expires_ms > now_ms && o.tries_left > 0 => o.code.clone(),
            _ => {
                *guard = None;
                drop(guard);
                let _ = wire::send(s, &PairMessage::Refuse { reason: "closed".into() });
                return Err(Error::new(ErrorKind::PairingClosed, "no open pairing code"));
            }
        }
    };
    let (state, outbound) = Spake2::<Ed25519Group>::start_b(&Password::new(code.as_bytes()), &Identity::new(JOINER), &Identity::new(HOST));
    wire::send(s, &PairMessage::Pake { message: B64.encode(outbound) }).map_err(io)?;
    let key = state.finish(&decode(&message)?).map_err(|_| Error::new(ErrorKind::SyncRefused, "bad PAKE message"))?;
    let joiner = wire::recv(s).map_err(io)?;
    match peer_from(joiner, &key, JOINER, now_ms, None) {
        Ok(peer) => {
            *offer.lock().unwrap_or_else(|p| p.into_inner()) = None; // one device per code
            r.store.save_peer(&peer)?;
            wire::send(s, &confirm(r, &key, HOST)).map_err(io)?;
            Ok(peer)
        }
        Err(e) => {
            if e.kind == ErrorKind::PairingWrongCode {
                let mut guard = offer.lock().unwrap_or_else(|p| p.into_inner());
                if let Some(o) = guard.as_mut() {
                    o.tries_left = o.tries_left.saturating_sub(1);
                    if o.tries_left == 0 {
                        *guard = None;
                    }
                }
                let _ = wire::send(s, &PairMessage::Refuse { reason: "wrong-code".into() });
            }
            Err(e)
        }
    }
}
