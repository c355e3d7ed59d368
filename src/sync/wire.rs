//! What travels between devices: length-prefixed frames, each either a JSON message or
//! the raw bytes of a media chunk that the message before it announced. Every length is
//! bounded before anything is allocated; anything malformed ends the conversation.

use std::collections::BTreeMap;
use std::io::{self, Read, Write};

use serde::{de::DeserializeOwned, Deserialize, Serialize};

use crate::changes::Change;
use crate::trust::TrustRoot;

/// Largest frame either side accepts (a batch of changes or one media chunk).
pub const MAX_FRAME: usize = 4 * 1024 * 1024;
/// Media travel in chunks of this size, so a cut transfer resumes where it stopped.
pub const MEDIA_CHUNK: usize = 1024 * 1024;
/// Changes per batch; each batch is applied in one transaction.
pub const BATCH: usize = 1000;
/// About the most bytes of changes one batch carries (one change alone may be larger,
/// up to what a change can hold: see `changes::MAX_FIELDS_BYTES`).
pub const BATCH_BYTES: usize = 1024 * 1024;
/// Media hashes per page of a missing-media list, and per "which do you have?" question.
pub const MEDIA_PAGE: usize = 500;
/// The version of this protocol; bumped on incompatible changes.
pub const PROTOCOL: u32 = 2;

/// Why a conversation ended early.
#[derive(Debug)]
pub enum WireError {
    /// The connection broke or closed.
    Io(io::Error),
    /// The peer sent something we will not read: too large, not JSON, wrong type.
    Malformed(String),
}

impl From<io::Error> for WireError {
    fn from(e: io::Error) -> Self {
        WireError::Io(e)
    }
}

impl std::fmt::Display for WireError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WireError::Io(e) => write!(f, "connection: {e}"),
            WireError::Malformed(why) => write!(f, "malformed message: {why}"),
        }
    }
}

pub fn write_frame(w: &mut impl Write, bytes: &[u8]) -> Result<(), WireError> {
    if bytes.len() > MAX_FRAME {
        return Err(WireError::Malformed(format!("refusing to send {} bytes in one frame", bytes.len())));
    }
    w.write_all(&(bytes.len() as u32).to_be_bytes())?;
    w.write_all(bytes)?;
    w.flush()?;
    Ok(())
}

pub fn read_frame(r: &mut impl Read) -> Result<Vec<u8>, WireError> {
    let mut len = [0u8; 4];
    r.read_exact(&mut len)?;
    let len = u32::from_be_bytes(len) as usize;
    if len > MAX_FRAME {
        return Err(WireError::Malformed(format!("frame of {len} bytes is over the limit")));
    }
    let mut buf = vec![0u8; len];
    r.read_exact(&mut buf)?;
    Ok(buf)
}

pub fn send<T: Serialize>(w: &mut impl Write, message: &T) -> Result<(), WireError> {
    let bytes = serde_json::to_vec(message).map_err(|e| WireError::Malformed(e.to_string()))?;
    write_frame(w, &bytes)
}

pub fn recv<T: DeserializeOwned>(r: &mut impl Read) -> Result<T, WireError> {
    let bytes = read_frame(r)?;
    serde_json::from_slice(&bytes).map_err(|e| WireError::Malformed(e.to_string()))
}

/// The sync conversation. The client asks, the server answers; see `session`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Message {
    /// First words of both sides, with the café's trust root each has pinned.
    Hello {
        protocol: u32,
        schema: i64,
        log_id: String,
        name: String,
        #[serde(default)]
        root: Option<TrustRoot>,
    },
    /// The server will not sync, and why (e.g. `peer-newer`).
    Refuse {
        reason: String,
    },
    /// Client: send me what I lack, given what I have.
    Pull {
        vector: BTreeMap<String, i64>,
    },
    /// Server: a batch of changes, and how many more there are after it.
    Changes {
        changes: Vec<Change>,
        remaining: u64,
    },
    /// Client: what do you have?
    GetVector,
    Vector {
        vector: BTreeMap<String, i64>,
    },
    /// Client: changes you lack; apply them as one batch.
    Push {
        changes: Vec<Change>,
    },
    /// Server: how many were new to its log, and how many of those it refused.
    Ack {
        applied: u64,
        #[serde(default)]
        refused: u64,
    },
    /// Client: send media `hash` from byte `offset` on.
    GetMedia {
        hash: String,
        offset: u64,
    },
    /// A chunk of media follows in the next frame (`len` bytes).
    MediaChunk {
        hash: String,
        offset: u64,
        total: u64,
        len: u64,
    },
    /// The sender does not have that file (yet).
    NoMedia {
        hash: String,
    },
    /// Client: which of these media do you have?
    Which {
        hashes: Vec<String>,
    },
    Have {
        hashes: Vec<String>,
    },
    /// Client: which media that rows point to are you missing, and how much of each has
    /// arrived? One page, after the hash `after`.
    WhatMissing {
        #[serde(default)]
        after: Option<String>,
    },
    Missing {
        media: Vec<(String, u64)>,
        /// Another page follows.
        #[serde(default)]
        more: bool,
    },
    /// Receiver: the file is complete and verified (or was damaged and dropped).
    MediaDone {
        hash: String,
        ok: bool,
    },
    Bye,
}
