//! Erasing a trainee: a mentor's signed erasure, carried out here at once and on every
//! other device when it syncs (see `storage::privacy` and `storage::apply`).

use super::{erasure_id, ErasureDone, ErasureDraft};
use crate::api::Mestre;
use crate::error::{Error, ErrorKind, Result};
use crate::people::Role;

/// Media hashes per erasure row: a row stays well under the size any change may have.
const MEDIA_PER_ROW: usize = 400;

impl Mestre {
    /// Erase a trainee from this café: her rows, her files, and every change about her,
    /// here now and on every paired device at its next sync. Mentors with their key only.
    pub fn erase_trainee(&mut self, person_id: &str) -> Result<ErasureDone> {
        let signer = self.require_mentor_key()?;
        let person = self.store().person(person_id)?.ok_or_else(|| Error::new(ErrorKind::NotFound, "no such person"))?;
        if person.role != Role::Trainee {
            return Err(Error::new(ErrorKind::NotAllowed, "only a trainee is erased"));
        }
        let media = self.store().media_about(person_id)?;
        let now = self.now_ms();
        let chunks: Vec<&[String]> = if media.is_empty() { vec![&[]] } else { media.chunks(MEDIA_PER_ROW).collect() };
        let drafts = chunks
            .into_iter()
            .enumerate()
            .map(|(n, chunk)| {
                ErasureDraft::new(erasure_id(person_id, n), &signer.person_id).person(person_id).media(chunk.to_vec()).erased_ms(now).into()
            })
            .collect();
        self.record(drafts)?;
        Ok(ErasureDone { name: person.display_name, files: media.len() as u64 })
    }
}
