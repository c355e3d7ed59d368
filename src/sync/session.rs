//! The sync conversation over any byte stream (TLS in the app, plain pipes in tests).
//! The client drives: hello → pull rows → push rows → pull media → push media → bye.
//! Rows come first and in per-origin order, each batch applied in one transaction, so a
//! cut at any point leaves both sides valid and the next sync carries on.

use std::collections::BTreeMap;
use std::io::{Read, Write};

use super::replica::Replica;
use super::wire::{self, Message, WireError, BATCH, MEDIA_CHUNK, PROTOCOL};
use crate::changes::Change;
use crate::error::{Error, ErrorKind, Result};
use crate::media::is_media_hash;
use crate::storage::SCHEMA_VERSION;

/// Largest media file that may be sent (a long recording or a big photo is far smaller).
pub const MAX_MEDIA_BYTES: u64 = 200 * 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Phase {
    Rows,
    Media,
}

/// Where a running sync is, for the progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
pub struct Progress {
    pub phase: Phase,
    #[ts(type = "number")]
    pub done: u64,
    #[ts(type = "number")]
    pub total: u64,
}

/// What one sync moved.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
pub struct SyncReport {
    #[ts(type = "number")]
    pub rows_received: u64,
    #[ts(type = "number")]
    pub rows_sent: u64,
    #[ts(type = "number")]
    pub media_received: u64,
    #[ts(type = "number")]
    pub media_sent: u64,
    #[ts(type = "number")]
    pub media_bytes: u64,
}

fn wire_error(e: WireError) -> Error {
    match e {
        WireError::Io(io) => Error::new(ErrorKind::SyncInterrupted, io.to_string()),
        WireError::Malformed(why) => Error::new(ErrorKind::SyncRefused, format!("malformed: {why}")),
    }
}

fn violation(why: impl Into<String>) -> Error {
    Error::new(ErrorKind::SyncRefused, format!("protocol violation: {}", why.into()))
}

fn send(s: &mut impl Write, m: &Message) -> Result<()> {
    wire::send(s, m).map_err(wire_error)
}

fn recv(s: &mut impl Read) -> Result<Message> {
    wire::recv(s).map_err(wire_error)
}

fn hello(r: &Replica) -> Message {
    Message::Hello { protocol: PROTOCOL, schema: SCHEMA_VERSION, log_id: r.log_id.0.clone(), name: r.name.clone() }
}

/// Refuse a peer whose data we could not read correctly.
fn check_peer_version(protocol: u32, schema: i64) -> Result<()> {
    if protocol != PROTOCOL || schema != SCHEMA_VERSION {
        return Err(Error::new(
            ErrorKind::SchemaMismatch,
            format!("peer speaks protocol {protocol} schema {schema}; we speak {PROTOCOL} schema {SCHEMA_VERSION}"),
        ));
    }
    Ok(())
}

/// Keep only changes we lack, and insist each origin's changes continue our prefix of its
/// log without gaps — otherwise version vectors would lie.
fn checked_batch(vector: &BTreeMap<String, i64>, changes: Vec<Change>) -> Result<Vec<Change>> {
    let mut next = vector.clone();
    let mut fresh = Vec::with_capacity(changes.len());
    for c in changes {
        let have = next.get(&c.origin.0).copied().unwrap_or(0);
        if c.seq <= have {
            continue; // a replay or an overlap: already applied
        }
        if c.seq != have + 1 {
            return Err(violation(format!("gap in {}'s log: {} after {have}", c.origin.0, c.seq)));
        }
        next.insert(c.origin.0.clone(), c.seq);
        fresh.push(c);
    }
    Ok(fresh)
}

/// Apply changes that came from a peer, keeping only those we lack and refusing gaps;
/// one transaction. The same path the network uses, for tests and tools.
pub fn apply_batch(r: &mut Replica, changes: Vec<Change>) -> Result<u64> {
    let vector = r.store.version_vector()?;
    let fresh = checked_batch(&vector, changes)?;
    Ok(r.store.apply(&mut r.clock, &fresh)? as u64)
}

fn remaining_after(r: &Replica, vector: &BTreeMap<String, i64>) -> Result<u64> {
    Ok(r.store.version_vector()?.iter().map(|(origin, max)| (max - vector.get(origin).copied().unwrap_or(0)).max(0) as u64).sum())
}

/// Media that rows point to but whose files are not here, with how much has arrived.
fn missing_media(r: &Replica) -> Result<Vec<(String, u64)>> {
    Ok(r.store
        .referenced_media()?
        .into_iter()
        .filter(|h| is_media_hash(h) && !r.media.contains(h))
        .map(|h| {
            let have = r.media.partial_len(&h);
            (h, have)
        })
        .collect())
}

/// Send a stored file from `offset`, chunk by chunk.
fn send_media(s: &mut (impl Read + Write), r: &Replica, hash: &str, offset: u64) -> Result<u64> {
    if !r.media.contains(hash) {
        send(s, &Message::NoMedia { hash: hash.into() })?;
        return Ok(0);
    }
    let total = r.media.len_of(hash)?;
    let mut at = offset.min(total);
    let mut sent = 0;
    loop {
        let chunk = r.media.read_chunk(hash, at, MEDIA_CHUNK)?;
        send(s, &Message::MediaChunk { hash: hash.into(), offset: at, total, len: chunk.len() as u64 })?;
        wire::write_frame(s, &chunk).map_err(wire_error)?;
        at += chunk.len() as u64;
        sent += chunk.len() as u64;
        if at >= total || chunk.is_empty() {
            return Ok(sent);
        }
    }
}

/// Receive one announced chunk; returns true when the file is complete and verified.
fn receive_chunk(s: &mut impl Read, r: &Replica, hash: &str, offset: u64, total: u64, len: u64) -> Result<bool> {
    if !is_media_hash(hash) || total > MAX_MEDIA_BYTES || len > MEDIA_CHUNK as u64 || offset + len > total {
        return Err(violation(format!("media chunk {hash} {offset}+{len}/{total}")));
    }
    let bytes = wire::read_frame(s).map_err(wire_error)?;
    if bytes.len() as u64 != len {
        return Err(violation("media chunk length differs from its announcement"));
    }
    r.media.append_partial(hash, offset, &bytes)?;
    if offset + len < total {
        return Ok(false);
    }
    r.media.finish_partial(hash)?;
    Ok(true)
}

/// Sync as the client: everything the server has that we lack comes here, and the other way.
pub fn run_client<S: Read + Write>(s: &mut S, r: &mut Replica, progress: &mut dyn FnMut(Progress)) -> Result<SyncReport> {
    let mut report = SyncReport::default();
    send(s, &hello(r))?;
    match recv(s)? {
        Message::Hello { protocol, schema, .. } => {
            if let Err(e) = check_peer_version(protocol, schema) {
                let _ = send(s, &Message::Bye);
                return Err(e);
            }
        }
        Message::Refuse { reason } if reason == "schema" => {
            return Err(Error::new(ErrorKind::SchemaMismatch, "the other device refused our version"))
        }
        Message::Refuse { reason } => return Err(Error::new(ErrorKind::SyncRefused, reason)),
        other => return Err(violation(format!("expected hello, got {other:?}"))),
    }

    // Rows from the server.
    let mut total = 0;
    loop {
        send(s, &Message::Pull { vector: r.store.version_vector()? })?;
        let Message::Changes { changes, remaining } = recv(s)? else { return Err(violation("expected changes")) };
        let got = changes.len() as u64;
        if total == 0 {
            total = got + remaining;
        }
        report.rows_received += apply_batch(r, changes)?;
        progress(Progress { phase: Phase::Rows, done: report.rows_received, total: total.max(report.rows_received) });
        if remaining == 0 || got == 0 {
            break;
        }
    }

    // Rows to the server.
    send(s, &Message::GetVector)?;
    let Message::Vector { mut vector } = recv(s)? else { return Err(violation("expected vector")) };
    loop {
        let batch = r.store.changes_after(&vector, BATCH)?;
        if batch.is_empty() {
            break;
        }
        for c in &batch {
            vector.insert(c.origin.0.clone(), c.seq);
        }
        let n = batch.len() as u64;
        send(s, &Message::Push { changes: batch })?;
        let Message::Ack { .. } = recv(s)? else { return Err(violation("expected ack")) };
        report.rows_sent += n;
    }

    // Media the new rows point to, from the server.
    let wanted = missing_media(r)?;
    let media_total = wanted.len() as u64;
    for (i, (hash, have)) in wanted.into_iter().enumerate() {
        send(s, &Message::GetMedia { hash: hash.clone(), offset: have })?;
        loop {
            match recv(s)? {
                Message::NoMedia { .. } => break,
                Message::MediaChunk { hash: h, offset, total, len } if h == hash => {
                    report.media_bytes += len;
                    if receive_chunk(s, r, &hash, offset, total, len)? {
                        report.media_received += 1;
                        break;
                    }
                }
                other => return Err(violation(format!("expected media, got {other:?}"))),
            }
        }
        progress(Progress { phase: Phase::Media, done: i as u64 + 1, total: media_total });
    }

    // Media the server lacks, from us.
    send(s, &Message::WhatMissing)?;
    let Message::Missing { media } = recv(s)? else { return Err(violation("expected missing")) };
    for (hash, have) in media {
        if !is_media_hash(&hash) || !r.media.contains(&hash) {
            continue;
        }
        report.media_bytes += send_media(s, r, &hash, have)?;
        match recv(s)? {
            Message::MediaDone { ok: true, .. } => report.media_sent += 1,
            Message::MediaDone { ok: false, .. } => {}
            other => return Err(violation(format!("expected media done, got {other:?}"))),
        }
    }
    send(s, &Message::Bye)?;
    Ok(report)
}

/// What the server saw of one client.
#[derive(Debug, Clone, Default)]
pub struct ServeReport {
    pub peer_log_id: String,
    pub rows_received: u64,
    pub rows_sent: u64,
}

/// Answer one client until it says bye. `on_message` sees every message (logs, tests).
pub fn serve<S: Read + Write>(s: &mut S, r: &mut Replica, on_message: &mut dyn FnMut(&Message)) -> Result<ServeReport> {
    let mut report = ServeReport::default();
    let first = recv(s)?;
    on_message(&first);
    match first {
        Message::Hello { protocol, schema, log_id, .. } => {
            if check_peer_version(protocol, schema).is_err() {
                send(s, &Message::Refuse { reason: "schema".into() })?;
                return Err(Error::new(ErrorKind::SchemaMismatch, format!("client schema {schema}")));
            }
            report.peer_log_id = log_id;
            send(s, &hello(r))?;
        }
        other => return Err(violation(format!("expected hello, got {other:?}"))),
    }
    loop {
        let message = recv(s)?;
        on_message(&message);
        match message {
            Message::Pull { vector } => {
                let changes = r.store.changes_after(&vector, BATCH)?;
                let remaining = remaining_after(r, &vector)?.saturating_sub(changes.len() as u64);
                report.rows_sent += changes.len() as u64;
                send(s, &Message::Changes { changes, remaining })?;
            }
            Message::GetVector => send(s, &Message::Vector { vector: r.store.version_vector()? })?,
            Message::Push { changes } => {
                if changes.len() > BATCH {
                    return Err(violation("batch too large"));
                }
                let applied = apply_batch(r, changes)?;
                report.rows_received += applied;
                send(s, &Message::Ack { applied })?;
            }
            Message::GetMedia { hash, offset } => {
                if !is_media_hash(&hash) {
                    return Err(violation("not a media hash"));
                }
                send_media(s, r, &hash, offset)?;
            }
            Message::WhatMissing => send(s, &Message::Missing { media: missing_media(r)? })?,
            Message::MediaChunk { hash, offset, total, len } => match receive_chunk(s, r, &hash, offset, total, len) {
                Ok(true) => send(s, &Message::MediaDone { hash, ok: true })?,
                Ok(false) => {}
                Err(e) if e.kind == ErrorKind::Storage => send(s, &Message::MediaDone { hash, ok: false })?,
                Err(e) => return Err(e),
            },
            Message::Bye => return Ok(report),
            other => return Err(violation(format!("unexpected {other:?}"))),
        }
    }
}
