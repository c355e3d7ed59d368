//! Media: photos (and later recordings) stored as files named by the SHA-256 of their
//! bytes, so the same picture is stored once, a file can be verified on arrival, and a
//! row can point at media before it has arrived. Rows in the `media` table describe them.

pub mod image_import;

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

use crate::error::{Error, ErrorKind, Result};

/// A photo after import: the full-size picture and its square thumbnail, by content hash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PhotoRef {
    pub photo: String,
    pub thumb: String,
}

/// Largest file we agree to read into memory as a photo.
pub const MAX_IMPORT_BYTES: usize = 40 * 1024 * 1024;

/// The content-addressed store under one directory: `<root>/ab/abcdef…`.
#[derive(Debug, Clone)]
pub struct MediaStore {
    root: PathBuf,
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// True for a 64-character lowercase hex string; anything else never reaches a path.
pub fn is_media_hash(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

impl MediaStore {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        MediaStore { root: root.into() }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    fn path_of(&self, hash: &str) -> Result<PathBuf> {
        if !is_media_hash(hash) {
            return Err(Error::new(ErrorKind::NotFound, "not a media hash"));
        }
        Ok(self.root.join(&hash[..2]).join(hash))
    }

    /// Store bytes durably (temp file, fsync, rename) and return their hash.
    pub fn put(&self, bytes: &[u8]) -> Result<String> {
        let hash = sha256_hex(bytes);
        let path = self.path_of(&hash)?;
        if path.exists() {
            return Ok(hash);
        }
        let dir = path.parent().expect("media path has a parent");
        std::fs::create_dir_all(dir)?;
        let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
        tmp.write_all(bytes)?;
        tmp.as_file().sync_all()?;
        tmp.persist(&path).map_err(|e| Error::from(e.error))?;
        Ok(hash)
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
}
