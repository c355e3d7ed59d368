//! Pairing once, by a six-digit code: SPAKE2 over the code gives both sides the same key
//! only if they typed the same digits; each then proves it with an HMAC over what it
//! says about itself — its certificate, name and change-log id, the joiner's signing key,
//! the host's trust root — and both pin the other's certificate for every later sync.
//! The host's mentor introduces the joiner to the café under her signature; the joiner
//! pins the café's trust root.
//!
//! The code is guarded at the door ([`PairingDesk`]): one pairing at a time, a try is
//! taken when an attempt starts (not when it ends), three tries per code, a few attempts
//! per address per minute, and the offer is checked again before the peer is saved.

use std::collections::{HashMap, VecDeque};
use std::io::{Read, Write};
use std::net::IpAddr;
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
use crate::changes::{DeviceId, MentorSigner};
use crate::error::{Error, ErrorKind, Result};
use crate::storage::PeerRow;
use crate::trust::TrustRoot;

/// How long a code shown on the laptop stays valid.
pub const CODE_MINUTES: i64 = 5;
/// Tries a code allows, right or wrong.
pub const CODE_TRIES: u8 = 3;
/// Pairing attempts one address may start per minute.
pub const ATTEMPTS_PER_MINUTE: usize = 6;

const JOINER: &[u8] = b"mestre-joiner";
const HOST: &[u8] = b"mestre-host";

/// The code the laptop shows while "Connect a tablet" is open, and the mentor whose
/// signature will introduce the device that joins with it.
#[derive(Debug, Clone)]
pub struct PairingOffer {
    pub code: String,
    pub expires_ms: i64,
    pub tries_left: u8,
    pub mentor: MentorSigner,
    pub cafe_id: String,
}

impl PairingOffer {
    pub fn new(now_ms: i64, mentor: MentorSigner, cafe_id: String) -> Self {
        let code = format!("{:06}", rand::thread_rng().gen_range(0..1_000_000));
        PairingOffer { code, expires_ms: now_ms + CODE_MINUTES * 60_000, tries_left: CODE_TRIES, mentor, cafe_id }
    }
}

/// The host's pairing state, behind one lock.
#[derive(Debug, Default)]
pub struct PairingDesk {
    pub offer: Option<PairingOffer>,
    /// A pairing is under way: others wait their turn.
    busy: bool,
    /// When each address started its recent attempts.
    attempts: HashMap<IpAddr, VecDeque<i64>>,
}

/// One attempt's claim on the offer.
struct Ticket {
    code: String,
    expires_ms: i64,
    mentor: MentorSigner,
    cafe_id: String,
}

impl PairingDesk {
    /// Start an attempt from `from`: count it, take one try, mark the desk busy.
    fn take_try(&mut self, from: IpAddr, now_ms: i64) -> std::result::Result<Ticket, &'static str> {
        let recent = self.attempts.entry(from).or_default();
        while recent.front().is_some_and(|&t| t <= now_ms - 60_000) {
            recent.pop_front();
        }
        if recent.len() >= ATTEMPTS_PER_MINUTE {
            return Err("busy");
        }
        recent.push_back(now_ms);
        if self.attempts.len() > 1024 {
            self.attempts.retain(|_, times| times.back().is_some_and(|&t| t > now_ms - 60_000));
        }
        let open = self.offer.as_ref().is_some_and(|o| o.expires_ms > now_ms && o.tries_left > 0);
        if !open {
            self.offer = None;
            return Err("closed");
        }
        if self.busy {
            return Err("busy");
        }
        let offer = self.offer.as_mut().expect("checked just above");
        offer.tries_left -= 1;
        self.busy = true;
        Ok(Ticket { code: offer.code.clone(), expires_ms: offer.expires_ms, mentor: offer.mentor.clone(), cafe_id: offer.cafe_id.clone() })
    }

    /// Whether the offer `ticket` was taken from is still the one open.
    fn still_open(&self, ticket: &Ticket, now_ms: i64) -> bool {
        self.offer.as_ref().is_some_and(|o| o.code == ticket.code && o.expires_ms == ticket.expires_ms && o.expires_ms > now_ms)
    }
}

/// Frees the desk when an attempt ends, however it ends.
struct Busy<'a>(&'a Mutex<PairingDesk>);

impl Drop for Busy<'_> {
    fn drop(&mut self) {
        let mut desk = self.0.lock().unwrap_or_else(|p| p.into_inner());
        desk.busy = false;
        if desk.offer.as_ref().is_some_and(|o| o.tries_left == 0) {
            desk.offer = None;
        }
    }
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum PairMessage {
    Pake {
        message: String,
    },
    Confirm {
        cert: String,
        name: String,
        log_id: String,
        /// The joiner's change-signing key (hex).
        #[serde(default)]
        sign_key: Option<String>,
        /// The host's café trust root.
        #[serde(default)]
        root: Option<TrustRoot>,
        mac: String,
    },
    Refuse {
        reason: String,
    },
}

/// What a device says about itself in its confirmation.
pub struct Me<'a> {
    pub cert_der: &'a [u8],
    pub name: &'a str,
    pub log_id: &'a str,
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
fn keyed(key: &[u8], parts: &[&[u8]]) -> Hmac<Sha256> {
    let mut m = <Hmac<Sha256> as Mac>::new_from_slice(key).expect("HMAC takes any key length");
    for part in parts {
        m.update(&(part.len() as u32).to_be_bytes());
        m.update(part);
    }
    m
}

/// The parts a confirmation's MAC covers.
fn covered(label: &[u8], cert: &[u8], name: &str, log_id: &str, sign_key: &Option<String>, root: &Option<TrustRoot>) -> Vec<Vec<u8>> {
    let root = root.as_ref().map(|r| serde_json::to_string(r).unwrap_or_default()).unwrap_or_default();
    vec![
        label.to_vec(),
        cert.to_vec(),
        name.as_bytes().to_vec(),
        log_id.as_bytes().to_vec(),
        sign_key.clone().unwrap_or_default().into_bytes(),
        root.into_bytes(),
    ]
}

fn confirm(me: &Me, key: &[u8], label: &[u8], sign_key: Option<String>, root: Option<TrustRoot>) -> PairMessage {
    let parts = covered(label, me.cert_der, me.name, me.log_id, &sign_key, &root);
    let refs: Vec<&[u8]> = parts.iter().map(Vec::as_slice).collect();
    PairMessage::Confirm {
        cert: B64.encode(me.cert_der),
        name: me.name.to_string(),
        log_id: me.log_id.to_string(),
        mac: B64.encode(keyed(key, &refs).finalize().into_bytes()),
        sign_key,
        root,
    }
}

/// What the other side proved about itself.
struct Confirmed {
    peer: PeerRow,
    sign_key: Option<String>,
    root: Option<TrustRoot>,
}

/// Check the other side's confirmation.
fn confirmed(message: PairMessage, key: &[u8], label: &[u8], now_ms: i64, address: Option<String>) -> Result<Confirmed> {
    let PairMessage::Confirm { cert, name, log_id, sign_key, root, mac } = message else {
        return Err(Error::new(ErrorKind::SyncRefused, "expected confirmation"));
    };
    let cert = decode(&cert)?;
    if cert.len() > 16 * 1024 || name.chars().count() > 100 || log_id.is_empty() || log_id.len() > 64 {
        return Err(Error::new(ErrorKind::SyncRefused, "oversized pairing fields"));
    }
    if sign_key.as_ref().is_some_and(|k| k.len() != 64 || hex::decode(k).is_err()) {
        return Err(Error::new(ErrorKind::SyncRefused, "not a signing key"));
    }
    let parts = covered(label, &cert, &name, &log_id, &sign_key, &root);
    let refs: Vec<&[u8]> = parts.iter().map(Vec::as_slice).collect();
    if keyed(key, &refs).verify_slice(&decode(&mac)?).is_err() {
        return Err(Error::new(ErrorKind::PairingWrongCode, "confirmation did not match: different codes"));
    }
    let peer = PeerRow {
        cert_hash: cert_hash(&cert),
        cert_der: cert,
        name,
        log_id,
        paired_ms: now_ms,
        revoked_ms: None,
        last_sync_ms: None,
        last_address: address,
    };
    Ok(Confirmed { peer, sign_key, root })
}

fn refusal(reason: &str) -> Error {
    match reason {
        "wrong-code" => Error::new(ErrorKind::PairingWrongCode, "the other device says the code was wrong"),
        "busy" => Error::new(ErrorKind::PairingBusy, "the other device is pairing with another, or was asked too often"),
        "other-cafe" => Error::new(ErrorKind::OtherCafe, "the other device belongs to another café"),
        _ => Error::new(ErrorKind::PairingClosed, format!("pairing refused: {reason}")),
    }
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
    let me = Me { cert_der: &r.identity.cert_der, name: &r.name, log_id: &r.log_id.0 };
    wire::send(s, &confirm(&me, &key, JOINER, Some(r.device_key.public_hex()), None)).map_err(io)?;
    let reply: PairMessage = wire::recv(s).map_err(io)?;
    if let PairMessage::Refuse { reason } = &reply {
        return Err(refusal(reason));
    }
    let host = confirmed(reply, &key, HOST, now_ms, address)?;
    let root = host.root.ok_or_else(|| Error::new(ErrorKind::SyncRefused, "the other device sent no trust root"))?;
    r.store.pin_trust_root(&root, now_ms)?;
    r.store.save_peer(&host.peer)?;
    Ok(host.peer)
}

/// The laptop's side: answer one joiner from `from` while an offer is open. `open`
/// opens this device's database — only once the joiner has proved the code.
pub fn host<S: Read + Write>(
    s: &mut S,
    me: &Me,
    desk: &Mutex<PairingDesk>,
    from: IpAddr,
    now_ms: i64,
    open: &mut dyn FnMut() -> Result<Replica>,
) -> Result<PeerRow> {
    let PairMessage::Pake { message } = wire::recv(s).map_err(io)? else {
        return Err(Error::new(ErrorKind::SyncRefused, "expected a PAKE message"));
    };
    let taken = desk.lock().unwrap_or_else(|p| p.into_inner()).take_try(from, now_ms);
    let ticket = match taken {
        Ok(ticket) => ticket,
        Err(reason) => {
            let _ = wire::send(s, &PairMessage::Refuse { reason: reason.into() });
            return Err(refusal(reason));
        }
    };
    let _busy = Busy(desk);
    let (state, outbound) =
        Spake2::<Ed25519Group>::start_b(&Password::new(ticket.code.as_bytes()), &Identity::new(JOINER), &Identity::new(HOST));
    wire::send(s, &PairMessage::Pake { message: B64.encode(outbound) }).map_err(io)?;
    let key = state.finish(&decode(&message)?).map_err(|_| Error::new(ErrorKind::SyncRefused, "bad PAKE message"))?;
    let joiner = match confirmed(wire::recv(s).map_err(io)?, &key, JOINER, now_ms, None) {
        Ok(joiner) => joiner,
        Err(e) => {
            if e.kind == ErrorKind::PairingWrongCode {
                let _ = wire::send(s, &PairMessage::Refuse { reason: "wrong-code".into() });
            }
            return Err(e);
        }
    };
    {
        let mut guard = desk.lock().unwrap_or_else(|p| p.into_inner());
        if !guard.still_open(&ticket, now_ms) {
            drop(guard);
            let _ = wire::send(s, &PairMessage::Refuse { reason: "closed".into() });
            return Err(refusal("closed"));
        }
        guard.offer = None; // one device per code
    }
    let sign_key = joiner.sign_key.ok_or_else(|| Error::new(ErrorKind::SyncRefused, "the joiner sent no signing key"))?;
    let mut r = open()?;
    let root = r.store.trust_root()?.ok_or_else(|| Error::new(ErrorKind::PairingClosed, "this device has no café trust root"))?;
    let peer = joiner.peer;
    // The log id names the device for good: never a second device under one id.
    if let Some(known) = r.store.device_intro(&peer.log_id)? {
        if known.sign_key != sign_key && known.retired_after_seq.is_none() {
            let _ = wire::send(s, &PairMessage::Refuse { reason: "closed".into() });
            return Err(Error::new(ErrorKind::SyncRefused, "another device is introduced under that id"));
        }
    }
    let introduction = crate::trust::introduction(&DeviceId(peer.log_id.clone()), &ticket.cafe_id, &peer.name, &sign_key);
    r.record_as(&ticket.mentor.person_id, Some(&ticket.mentor), now_ms, vec![introduction])?;
    r.store.save_peer(&peer)?;
    wire::send(s, &confirm(me, &key, HOST, None, Some(root))).map_err(io)?;
    Ok(peer)
}
