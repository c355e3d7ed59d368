//! Photos from a file or the camera: checked, turned upright, shrunk, stored with a
//! thumbnail, and described by media rows that sync.

use super::{image_import, MediaDraft, PhotoRef};
use crate::api::Mestre;
use crate::changes::Draft;
use crate::error::Result;

impl Mestre {
    /// Import a photo for a person's picture. Mentors only.
    pub fn import_photo(&mut self, bytes: &[u8]) -> Result<PhotoRef> {
        let owner = self.require_mentor()?.person.id.clone();
        self.store_photo(&owner, bytes)
    }

    /// Store a photo of hers without adding it to her day yet (the picture of a new word).
    pub fn import_my_photo(&mut self, bytes: &[u8]) -> Result<PhotoRef> {
        let me = self.require_trainee()?;
        self.store_photo(&me.person.id, bytes)
    }

    /// Check, orient, shrink and store a photo and its thumbnail, owned by `owner`.
    pub(crate) fn store_photo(&mut self, owner: &str, bytes: &[u8]) -> Result<PhotoRef> {
        let imported = image_import::import_photo(bytes)?;
        let photo = self.replica().keep_file(&imported.full.bytes)?;
        let thumb = self.replica().keep_file(&imported.thumb.bytes)?;
        let mut drafts: Vec<Draft> = Vec::new();
        for (hash, img) in [(&photo, &imported.full), (&thumb, &imported.thumb)] {
            if self.store().media(hash)?.is_none() {
                drafts.push(
                    MediaDraft::new(hash.as_str(), owner)
                        .mime("image/jpeg")
                        .byte_len(img.bytes.len() as i64)
                        .width(i64::from(img.width))
                        .height(i64::from(img.height))
                        .into(),
                );
            }
        }
        self.record(drafts)?;
        Ok(PhotoRef { photo, thumb })
    }
}
