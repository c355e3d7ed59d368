//! The sync conversation over any byte stream (TLS in the app, plain pipes in tests).
//! The client drives: hello → pull rows → push rows → pull media → push media → bye.
//! Rows come first and in per-origin order, each batch applied in one transaction, so a
//! cut at any point leaves both sides valid and the next sync carries on.
//!
//! Nothing a peer sends is trusted for being sent: every change is judged on arrival
//! (`Store::apply`), refused ones are kept or set aside without stopping the rest, and
//! every list and file is bounded — batches by count and bytes, missing-media lists by
//! page, media chunks to files a row here references and this device lacks.

use std::collections::BTreeMap;
use std::io::{Read, Write};

use super::replica::Replica;
use super::wire::{self, Message, WireError, BATCH, BATCH_BYTES, MEDIA_CHUNK, MEDIA_PAGE, PROTOCOL};
use crate::changes::Change;
use crate::error::{Error, ErrorKind, Result};
use crate::media::is_media_hash;
use crate::storage::SCHEMA_VERSION;
use crate::trust::TrustRoot;

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
    /// Changes received that were refused here (quarantined or set aside).
    #[ts(type = "number")]
    pub rows_refused: u64,
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

fn hello(r: &Replica) -> Result<Message> {
    Ok(Message::Hello {
        protocol: PROTOCOL,
        schema: SCHEMA_VERSION,
        log_id: r.log_id.0.clone(),
        name: r.name.clone(),
        root: r.store.trust_root()?,
    })
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

/// Both devices must trust the same café root. A device without one (a café that used
/// Mestre before changes were signed) takes its paired peer's.
fn agree_on_root(r: &mut Replica, theirs: Option<TrustRoot>, now_ms: i64) -> Result<()> {
    match (r.store.trust_root()?, theirs) {
        (Some(ours), Some(theirs)) if ours.public_key != theirs.public_key => {
            Err(Error::new(ErrorKind::OtherCafe, "the other device trusts another café's root"))
        }
        (None, Some(theirs)) => r.store.pin_trust_root(&theirs, now_ms),
        _ => Ok(()),
    }
}

/// Apply changes that came from `peer`, judging each (see `Store::apply`); one
/// transaction. Returns (new to the log, refused). The same path the network uses, for
/// tests and tools.
pub fn apply_batch(r: &mut Replica, now_ms: i64, peer: &str, changes: Vec<Change>) -> Result<(u64, u64)> {
    let report = r.apply(now_ms, peer, changes)?;
    Ok((report.logged, report.quarantined + report.set_aside))
}

fn remaining_after(r: &Replica, vector: &BTreeMap<String, i64>) -> Result<u64> {
    Ok(r.store.version_vector()?.iter().map(|(origin, max)| (max - vector.get(origin).copied().unwrap_or(0)).max(0) as u64).sum())
}

/// Media that rows point to and describe, but whose files are not here, with how much
/// has arrived, sorted by hash (so it can be paged).
fn missing_media(r: &Replica) -> Result<Vec<(String, u64)>> {
    let mut missing = Vec::new();
    for (hash, byte_len) in r.store.missing_media()? {
        if !is_media_hash(&hash) {
            continue;
        }
        if r.media.contains(&hash) {
            // Stored by a way that did not note it (by hand, an older build): note it now.
            r.store.note_media_file(&hash, byte_len.max(0) as u64)?;
            continue;
        }
        let have = r.media.partial_len(&hash);
        missing.push((hash, have));
    }
    Ok(missing)
}

/// One page of `missing` after hash `after`.
fn missing_page(missing: &[(String, u64)], after: Option<&str>) -> (Vec<(String, u64)>, bool) {
    let start = after.map_or(0, |a| missing.partition_point(|(h, _)| h.as_str() <= a));
    let page: Vec<_> = missing[start..].iter().take(MEDIA_PAGE).cloned().collect();
    let more = start + page.len() < missing.len();
    (page, more)
}

/// Send a stored file from `offset`, chunk by chunk.
fn send_media(s: &mut (impl Read + Write), r: &Replica, hash: &str, offset: u64) -> Result<u64> {
    if !r.media.contains(hash) {
        // Not here after all (removed by hand?): counted as missing, so it is fetched.
        r.store.forget_media_file(hash)?;
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

/// What happened to one received chunk.
#[derive(Debug, PartialEq, Eq)]
enum Chunk {
    /// More of the file is to come.
    Partial,
    /// The file is here, complete and verified (perhaps it already was: then the chunks
    /// were read and dropped).
    Done,
    /// The last chunk of a file not wanted here: no row describes it, or not with this
    /// size. Read and dropped, never written.
    Refused,
}

/// Receive one announced chunk. Only a file a row here describes (with that size) and
/// that is not here yet is written; partial files stay within their declared size.
fn receive_chunk(
    s: &mut impl Read,
    r: &Replica,
    hash: &str,
    (offset, total, len): (u64, u64, u64),
    landing: Option<&mut Landing>,
) -> Result<Chunk> {
    if !is_media_hash(hash) || total > MAX_MEDIA_BYTES || len > MEDIA_CHUNK as u64 || offset.saturating_add(len) > total {
        return Err(violation(format!("media chunk {hash} {offset}+{len}/{total}")));
    }
    let bytes = wire::read_frame(s).map_err(wire_error)?;
    if bytes.len() as u64 != len {
        return Err(violation("media chunk length differs from its announcement"));
    }
    let last = offset + len == total;
    if r.media.contains(hash) {
        if last {
            r.store.note_media_file(hash, total)?;
        }
        return Ok(if last { Chunk::Done } else { Chunk::Partial });
    }
    if r.store.media(hash)?.is_none_or(|row| row.byte_len != total as i64) {
        log::warn!("dropped a chunk of media {hash} ({total} bytes) that no row here describes");
        return Ok(if last { Chunk::Refused } else { Chunk::Partial });
    }
    if offset == 0 && r.media.partial_bytes() > crate::media::MAX_PARTIAL_BYTES {
        r.media.expire_partials(std::time::Duration::ZERO);
    }
    r.media.append_partial(hash, offset, &bytes)?;
    if !last {
        return Ok(Chunk::Partial);
    }
    match landing {
        Some(landing) => {
            r.media.finish_partial_unsynced(hash)?;
            landing.landed(r, hash, total)?;
        }
        None => {
            r.media.finish_partial(hash)?;
            r.store.note_media_file(hash, total)?;
        }
    }
    Ok(Chunk::Done)
}

/// Files a sync received whole, made durable and noted together: one filesystem sync
/// and one transaction per group instead of two fsyncs and a commit per file.
#[derive(Default)]
struct Landing {
    pending: Vec<(String, u64)>,
}

impl Landing {
    /// Files per group: what a crash could make the next sync fetch again.
    const GROUP: usize = 64;

    fn landed(&mut self, r: &Replica, hash: &str, byte_len: u64) -> Result<()> {
        self.pending.push((hash.to_string(), byte_len));
        if self.pending.len() >= Self::GROUP {
            self.flush(r)?;
        }
        Ok(())
    }

    fn flush(&mut self, r: &Replica) -> Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        r.media.sync_filesystem()?;
        r.store.note_media_files(&self.pending)?;
        self.pending.clear();
        Ok(())
    }
}

/// Sync as the client: everything the server has that we lack comes here, and the other way.
pub fn run_client<S: Read + Write>(
    s: &mut S,
    r: &mut Replica,
    now_ms: i64,
    peer: &str,
    progress: &mut dyn FnMut(Progress),
) -> Result<SyncReport> {
    let mut report = SyncReport::default();
    r.store.sync_without_waiting_for_disk()?;
    send(s, &hello(r)?)?;
    match recv(s)? {
        Message::Hello { protocol, schema, root, .. } => {
            let agreed = check_peer_version(protocol, schema).and_then(|_| agree_on_root(r, root, now_ms));
            if let Err(e) = agreed {
                let _ = send(s, &Message::Bye);
                return Err(e);
            }
        }
        Message::Refuse { reason } if reason == "schema" => {
            return Err(Error::new(ErrorKind::SchemaMismatch, "the other device refused our version"))
        }
        Message::Refuse { reason } if reason == "other-cafe" => {
            return Err(Error::new(ErrorKind::OtherCafe, "the other device belongs to another café"))
        }
        Message::Refuse { reason } => return Err(Error::new(ErrorKind::SyncRefused, reason)),
        other => return Err(violation(format!("expected hello, got {other:?}"))),
    }

    // Rows from the server. `asked` is what this session asked for: a change that must
    // wait (its device is introduced by a change not here yet) is not asked for again
    // within this pass; a second pass, from what is held, catches what became possible.
    let mut total = 0;
    for _pass in 0..2 {
        let mut asked = r.store.version_vector()?;
        let mut waited = false;
        loop {
            send(s, &Message::Pull { vector: asked.clone() })?;
            let Message::Changes { changes, remaining } = recv(s)? else { return Err(violation("expected changes")) };
            let got = changes.len() as u64;
            if total == 0 {
                total = got + remaining;
            }
            for c in &changes {
                let at = asked.entry(c.origin.0.clone()).or_insert(0);
                *at = (*at).max(c.seq);
            }
            let applied = r.apply(now_ms, peer, changes)?;
            waited |= !applied.held_back.is_empty();
            report.rows_received += applied.logged;
            report.rows_refused += applied.quarantined + applied.set_aside;
            progress(Progress { phase: Phase::Rows, done: report.rows_received, total: total.max(report.rows_received) });
            if remaining == 0 || got == 0 {
                break;
            }
        }
        if !waited {
            break;
        }
    }

    // Rows to the server.
    send(s, &Message::GetVector)?;
    let Message::Vector { mut vector } = recv(s)? else { return Err(violation("expected vector")) };
    loop {
        let batch = r.store.changes_after(&vector, BATCH, BATCH_BYTES)?;
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

    // Media the new rows point to, from the server: first which it has, a page at a time.
    let wanted = missing_media(r)?;
    let mut available = Vec::new();
    for page in wanted.chunks(MEDIA_PAGE) {
        send(s, &Message::Which { hashes: page.iter().map(|(h, _)| h.clone()).collect() })?;
        let Message::Have { hashes } = recv(s)? else { return Err(violation("expected have")) };
        available.extend(page.iter().filter(|(h, _)| hashes.contains(h)).cloned());
    }
    let media_total = available.len() as u64;
    // Ask for a few files ahead, so the server never waits for the next question: the
    // questions are small and the answers come in order.
    const AHEAD: usize = 8;
    let mut asked = 0;
    let mut landing = Landing::default();
    for i in 0..available.len() {
        while asked < available.len() && asked < i + AHEAD {
            let (hash, have) = &available[asked];
            send(s, &Message::GetMedia { hash: hash.clone(), offset: *have })?;
            asked += 1;
        }
        let hash = &available[i].0;
        loop {
            match recv(s)? {
                Message::NoMedia { .. } => break,
                Message::MediaChunk { hash: h, offset, total, len } if &h == hash => {
                    report.media_bytes += len;
                    match receive_chunk(s, r, hash, (offset, total, len), Some(&mut landing))? {
                        Chunk::Partial => {}
                        Chunk::Done => {
                            report.media_received += 1;
                            break;
                        }
                        Chunk::Refused => break,
                    }
                }
                other => return Err(violation(format!("expected media, got {other:?}"))),
            }
        }
        progress(Progress { phase: Phase::Media, done: i as u64 + 1, total: media_total });
    }
    landing.flush(r)?;

    // Media the server lacks, from us, a page of its list at a time.
    let mut after = None;
    loop {
        send(s, &Message::WhatMissing { after: after.clone() })?;
        let Message::Missing { media, more } = recv(s)? else { return Err(violation("expected missing")) };
        if media.len() > MEDIA_PAGE {
            return Err(violation("missing-media page too long"));
        }
        after = media.last().map(|(h, _)| h.clone());
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
        if !more || after.is_none() {
            break;
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
    pub rows_refused: u64,
    pub rows_sent: u64,
}

/// Answer one client (`peer` names it in what is set aside) until it says bye.
/// `on_message` sees every message (logs, tests).
pub fn serve<S: Read + Write>(
    s: &mut S,
    r: &mut Replica,
    now_ms: i64,
    peer: &str,
    on_message: &mut dyn FnMut(&Message),
) -> Result<ServeReport> {
    let mut report = ServeReport::default();
    r.store.sync_without_waiting_for_disk()?;
    let first = recv(s)?;
    on_message(&first);
    match first {
        Message::Hello { protocol, schema, log_id, root, .. } => {
            if check_peer_version(protocol, schema).is_err() {
                send(s, &Message::Refuse { reason: "schema".into() })?;
                return Err(Error::new(ErrorKind::SchemaMismatch, format!("client schema {schema}")));
            }
            if let Err(e) = agree_on_root(r, root, now_ms) {
                send(s, &Message::Refuse { reason: e.kind.code().into() })?;
                return Err(e);
            }
            report.peer_log_id = log_id;
            send(s, &hello(r)?)?;
        }
        other => return Err(violation(format!("expected hello, got {other:?}"))),
    }
    // Computed on the first question and paged from then on.
    let mut missing: Option<Vec<(String, u64)>> = None;
    loop {
        let message = recv(s)?;
        on_message(&message);
        match message {
            Message::Pull { vector } => {
                let changes = r.store.changes_after(&vector, BATCH, BATCH_BYTES)?;
                let remaining = remaining_after(r, &vector)?.saturating_sub(changes.len() as u64);
                report.rows_sent += changes.len() as u64;
                send(s, &Message::Changes { changes, remaining })?;
            }
            Message::GetVector => send(s, &Message::Vector { vector: r.store.version_vector()? })?,
            Message::Push { changes } => {
                if changes.len() > BATCH {
                    return Err(violation("batch too large"));
                }
                let (applied, refused) = apply_batch(r, now_ms, peer, changes)?;
                report.rows_received += applied;
                report.rows_refused += refused;
                send(s, &Message::Ack { applied, refused })?;
            }
            Message::Which { hashes } => {
                if hashes.len() > MEDIA_PAGE {
                    return Err(violation("media question too long"));
                }
                let hashes = hashes.into_iter().filter(|h| is_media_hash(h) && r.media.contains(h)).collect();
                send(s, &Message::Have { hashes })?;
            }
            Message::GetMedia { hash, offset } => {
                if !is_media_hash(&hash) {
                    return Err(violation("not a media hash"));
                }
                send_media(s, r, &hash, offset)?;
            }
            Message::WhatMissing { after } => {
                let list = match &mut missing {
                    Some(list) => list,
                    None => missing.insert(missing_media(r)?),
                };
                let (media, more) = missing_page(list, after.as_deref());
                send(s, &Message::Missing { media, more })?;
            }
            Message::MediaChunk { hash, offset, total, len } => match receive_chunk(s, r, &hash, (offset, total, len), None) {
                Ok(Chunk::Done) => send(s, &Message::MediaDone { hash, ok: true })?,
                Ok(Chunk::Refused) => send(s, &Message::MediaDone { hash, ok: false })?,
                Ok(Chunk::Partial) => {}
                Err(e) if e.kind == ErrorKind::Storage => send(s, &Message::MediaDone { hash, ok: false })?,
                Err(e) => return Err(e),
            },
            Message::Bye => return Ok(report),
            other => return Err(violation(format!("unexpected {other:?}"))),
        }
    }
}
