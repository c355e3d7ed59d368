//! Media: photos and recordings stored as files named by the SHA-256 of their bytes, so
//! the same picture is stored once, a file can be verified on arrival, and a row can
//! point at media before it has arrived. Rows in the `media` table describe them.
//! Importing photos is in [`photos`], recording and importing voice in [`recording`].

pub mod audio;
pub mod image_import;
mod photos;
pub mod recorder;
mod recording;

use std::io::Write;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::changes::Ownership;
use crate::error::{Error, ErrorKind, Result};

crate::synced_table! {
    /// A stored file: a photo, its thumbnail, or a recording.
    pub table "media" (Ownership::Author, id media) => MediaRow, MediaDraft {
        mime: String [max 64],
        byte_len: i64,
        width: Option<i64>,
        height: Option<i64>,
    }
}

/// A stored recording: its media hash and length.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Clip {
    pub voice: String,
    #[ts(type = "number")]
    pub duration_ms: i64,
}

/// A photo after import: the full-size picture and its square thumbnail, by content hash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PhotoRef {
    pub photo: String,
    pub thumb: String,
}

/// Largest file we agree to read into memory as a photo.
pub const MAX_IMPORT_BYTES: usize = 40 * 1024 * 1024;
/// Most bytes of files in transit kept at once; past it, they are dropped and fetched
/// again (a peer cannot fill the disk with files that never finish).
pub const MAX_PARTIAL_BYTES: u64 = 1024 * 1024 * 1024;
/// Files in transit untouched for this long are dropped.
pub const PARTIAL_MAX_AGE: std::time::Duration = std::time::Duration::from_secs(7 * 86_400);

/// Make a rename in `dir` durable: a crash right after cannot bring the old name back.
fn sync_dir(dir: &std::path::Path) -> Result<()> {
    std::fs::File::open(dir)?.sync_all()?;
    Ok(())
}

/// The content-addressed store under one directory: `<root>/ab/abcdef…`.
#[derive(Debug, Clone)]
pub struct MediaStore {
    root: PathBuf,
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    // ring's SHA-256 uses the CPU's SHA instructions where present: media are hashed on
    // every import and every arrival.
    hex::encode(ring::digest::digest(&ring::digest::SHA256, bytes))
}

/// True for a 64-character lowercase hex string; anything else never reaches a path.
pub fn is_media_hash(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

impl MediaStore {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        MediaStore { root: root.into() }
    }

    fn path_of(&self, hash: &str) -> Result<PathBuf> {
        if !is_media_hash(hash) {
            return Err(Error::new(ErrorKind::NotFound, "not a media hash"));
        }
        Ok(self.root.join(&hash[..2]).join(hash))
    }

    /// Store bytes durably (temp file, fsync, rename) and return their hash.
    pub fn put(&self, bytes: &[u8]) -> Result<String> {
        self.store(bytes, true)
    }

    /// Store bytes without waiting for the disk, for generating data in bulk (the demo
    /// and benchmark cafés): [`MediaStore::sync_all`] once at the end makes them durable.
    pub fn put_unsynced(&self, bytes: &[u8]) -> Result<String> {
        self.store(bytes, false)
    }

    fn store(&self, bytes: &[u8], durable: bool) -> Result<String> {
        let hash = sha256_hex(bytes);
        let path = self.path_of(&hash)?;
        if path.exists() {
            return Ok(hash);
        }
        let dir = path.parent().expect("media path has a parent");
        std::fs::create_dir_all(dir)?;
        let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
        tmp.write_all(bytes)?;
        if durable {
            tmp.as_file().sync_all()?;
        }
        tmp.persist(&path).map_err(|e| Error::from(e.error))?;
        if durable {
            sync_dir(dir)?;
        }
        Ok(hash)
    }

    /// Delete a stored file (and any part of it in transit); a file not here is fine.
    pub fn remove(&self, hash: &str) -> Result<()> {
        for path in [self.path_of(hash)?, self.partial_path(hash)?] {
            match std::fs::remove_file(&path) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(e.into()),
            }
        }
        Ok(())
    }

    /// Make every stored file durable: each file and each folder synced to disk.
    pub fn sync_all(&self) -> Result<()> {
        for (path, _) in self.files()? {
            std::fs::File::open(&path)?.sync_all()?;
        }
        if let Ok(dirs) = std::fs::read_dir(&self.root) {
            for dir in dirs.flatten() {
                sync_dir(&dir.path())?;
            }
        }
        Ok(())
    }

    /// How many files are stored and their bytes.
    pub fn count(&self) -> Result<(usize, u64)> {
        let files = self.files()?;
        Ok((files.len(), files.iter().map(|(_, len)| len).sum()))
    }

    /// Every stored file (not files in transit) by hash, with its length.
    pub fn list(&self) -> Result<Vec<(String, u64)>> {
        Ok(self.files()?.into_iter().filter_map(|(path, len)| Some((path.file_name()?.to_string_lossy().into_owned(), len))).collect())
    }

    /// Every stored file (not files in transit) and its length.
    fn files(&self) -> Result<Vec<(PathBuf, u64)>> {
        let mut out = Vec::new();
        let Ok(dirs) = std::fs::read_dir(&self.root) else { return Ok(out) };
        for dir in dirs.flatten() {
            if !dir.file_type().is_ok_and(|t| t.is_dir()) {
                continue;
            }
            for file in std::fs::read_dir(dir.path())?.flatten() {
                let name = file.file_name();
                if is_media_hash(&name.to_string_lossy()) {
                    out.push((file.path(), file.metadata()?.len()));
                }
            }
        }
        Ok(out)
    }

    /// The bytes of a stored file, checked against their name.
    pub fn get(&self, hash: &str) -> Result<Vec<u8>> {
        let path = self.path_of(hash)?;
        let bytes = std::fs::read(&path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => Error::new(ErrorKind::NotFound, format!("media {hash} missing")),
            _ => Error::from(e),
        })?;
        if sha256_hex(&bytes) != hash {
            return Err(Error::new(ErrorKind::Storage, format!("media {hash} is damaged")));
        }
        Ok(bytes)
    }

    pub fn contains(&self, hash: &str) -> bool {
        self.path_of(hash).map(|p| p.exists()).unwrap_or(false)
    }

    /// Size of a stored file.
    pub fn len_of(&self, hash: &str) -> Result<u64> {
        Ok(std::fs::metadata(self.path_of(hash)?)?.len())
    }

    /// Read up to `max` bytes of a stored file from `offset`.
    pub fn read_chunk(&self, hash: &str, offset: u64, max: usize) -> Result<Vec<u8>> {
        use std::io::{Read, Seek, SeekFrom};
        let mut file = std::fs::File::open(self.path_of(hash)?)?;
        file.seek(SeekFrom::Start(offset))?;
        let mut buf = Vec::with_capacity(max);
        file.take(max as u64).read_to_end(&mut buf)?;
        Ok(buf)
    }

    fn partial_path(&self, hash: &str) -> Result<PathBuf> {
        self.path_of(hash)?;
        Ok(self.root.join(".partial").join(hash))
    }

    /// How much of a file in transit has arrived (0 if none): where to resume.
    pub fn partial_len(&self, hash: &str) -> u64 {
        self.partial_path(hash).ok().and_then(|p| std::fs::metadata(p).ok()).map(|m| m.len()).unwrap_or(0)
    }

    /// Append a chunk of a file in transit. `offset` must be where the partial file ends.
    pub fn append_partial(&self, hash: &str, offset: u64, bytes: &[u8]) -> Result<()> {
        let path = self.partial_path(hash)?;
        std::fs::create_dir_all(path.parent().expect("partial dir"))?;
        let have = self.partial_len(hash);
        if have != offset {
            return Err(Error::new(ErrorKind::InvalidInput, format!("chunk at {offset}, but {have} bytes are here")));
        }
        let mut file = std::fs::OpenOptions::new().create(true).append(true).open(&path)?;
        file.write_all(bytes)?;
        // No fsync per chunk: a chunk lost in a crash is simply fetched again on resume,
        // and the finished file is synced once before it becomes visible.
        Ok(())
    }

    /// Check a fully arrived file against its name and make it visible, durably. A
    /// damaged file is dropped so the next sync fetches it again.
    pub fn finish_partial(&self, hash: &str) -> Result<()> {
        self.finish(hash, true)
    }

    /// As [`MediaStore::finish_partial`], without waiting for the disk: a sync receiving
    /// many files makes them durable together with [`MediaStore::sync_filesystem`]. A
    /// file a crash damages before that is found by its hash when read, and fetched again.
    pub fn finish_partial_unsynced(&self, hash: &str) -> Result<()> {
        self.finish(hash, false)
    }

    fn finish(&self, hash: &str, durable: bool) -> Result<()> {
        let partial = self.partial_path(hash)?;
        let bytes = std::fs::read(&partial)?;
        if sha256_hex(&bytes) != hash {
            let _ = std::fs::remove_file(&partial);
            return Err(Error::new(ErrorKind::Storage, format!("media {hash} arrived damaged")));
        }
        if durable {
            std::fs::File::open(&partial)?.sync_all()?;
        }
        let target = self.path_of(hash)?;
        std::fs::create_dir_all(target.parent().expect("media path has a parent"))?;
        std::fs::rename(&partial, &target)?;
        if durable {
            sync_dir(target.parent().expect("media path has a parent"))?;
        }
        Ok(())
    }

    /// Write everything written under the media folder (and the rest of its
    /// filesystem) to disk: one `syncfs` for a group of files instead of two fsyncs each.
    pub fn sync_filesystem(&self) -> Result<()> {
        use std::os::fd::AsRawFd;
        let root = std::fs::File::open(&self.root)?;
        // SAFETY: syncfs only reads the descriptor, which `root` keeps open.
        if unsafe { libc::syncfs(root.as_raw_fd()) } != 0 {
            return Err(std::io::Error::last_os_error().into());
        }
        Ok(())
    }

    fn partials(&self) -> Vec<(PathBuf, std::fs::Metadata)> {
        let Ok(entries) = std::fs::read_dir(self.root.join(".partial")) else { return Vec::new() };
        entries.filter_map(|e| e.ok()).filter_map(|e| Some((e.path(), e.metadata().ok()?))).filter(|(_, m)| m.is_file()).collect()
    }

    /// How many bytes of files in transit are kept.
    pub fn partial_bytes(&self) -> u64 {
        self.partials().iter().map(|(_, m)| m.len()).sum()
    }

    /// Drop files in transit not written to for `max_age` (all of them for zero).
    /// Returns how many were dropped.
    pub fn expire_partials(&self, max_age: std::time::Duration) -> usize {
        let now = std::time::SystemTime::now();
        let mut dropped = 0;
        for (path, meta) in self.partials() {
            let age = meta.modified().ok().and_then(|m| now.duration_since(m).ok()).unwrap_or_default();
            if age >= max_age && std::fs::remove_file(&path).is_ok() {
                dropped += 1;
            }
        }
        dropped
    }
}
