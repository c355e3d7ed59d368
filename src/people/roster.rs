//! Everyone on the wall of faces; a mentor adds trainees (with a photo, her languages
//! and a picture PIN) and gives a trainee who forgot hers a new PIN.

use super::{
    checked_lang, clean_name, login_guard, secret, CredentialDraft, CredentialKind, NewTrainee, Person, PersonDraft, PictureId, PicturePin,
    Role,
};
use crate::api::Mestre;
use crate::error::{Error, ErrorKind, Result};

impl Mestre {
    /// Everyone on the wall of faces: mentors first, then trainees by name.
    pub fn people(&self) -> Result<Vec<Person>> {
        let work_lang = self.work_language()?;
        Ok(self.store().people()?.into_iter().map(|row| Person::from_row(row, work_lang)).collect())
    }

    /// Everyone's name by id, read once for a list (not once per row).
    pub(crate) fn names_by_id(&self) -> Result<std::collections::HashMap<String, String>> {
        Ok(self.store().people()?.into_iter().map(|p| (p.id, p.display_name)).collect())
    }

    pub fn person(&self, id: &str) -> Result<Person> {
        let work_lang = self.work_language()?;
        self.store()
            .person(id)?
            .map(|row| Person::from_row(row, work_lang))
            .ok_or_else(|| Error::new(ErrorKind::NotFound, "no such person"))
    }

    /// Add a trainee with her languages, photo and picture PIN. Mentors only.
    pub fn add_trainee(&mut self, trainee: NewTrainee) -> Result<Person> {
        self.require_mentor()?;
        let name = clean_name(&trainee.name)?;
        let ui_lang = checked_lang(&trainee.ui_lang)?;
        let home_lang = checked_lang(&trainee.home_lang)?;
        let pin = PicturePin::new(&trainee.pin)?;
        let (photo, thumb) = match &trainee.photo {
            Some(p) if self.store().media(&p.photo)?.is_some() && self.store().media(&p.thumb)?.is_some() => {
                (Some(p.photo.clone()), Some(p.thumb.clone()))
            }
            Some(_) => return Err(Error::new(ErrorKind::NotFound, "photo not imported")),
            None => (None, None),
        };
        let id = crate::new_id();
        let now = self.now_ms();
        let hash = secret::hash(&pin.secret_text())?;
        self.record(vec![
            PersonDraft::new(&id, &id)
                .display_name(name)
                .role(Role::Trainee)
                .photo(photo)
                .photo_thumb(thumb)
                .ui_lang(ui_lang)
                .home_lang(home_lang)
                .created_ms(now)
                .into(),
            CredentialDraft::new(&id, &id).kind(CredentialKind::PicturePin).secret_hash(hash).into(),
        ])?;
        self.person(&id)
    }

    /// Which language her captions show first: hers, or the working language once she
    /// reads it better. Mentors only.
    pub fn set_caption_order(&mut self, person_id: &str, work_language_first: bool) -> Result<Person> {
        self.require_mentor()?;
        self.person(person_id)?;
        self.record(vec![PersonDraft::new(person_id, person_id).work_language_first(work_language_first).into()])?;
        self.person(person_id)
    }

    /// Archive a trainee who left (or bring her back): her little book is kept, she is
    /// off the wall and the dashboard. Mentors only.
    pub fn set_archived(&mut self, person_id: &str, archived: bool) -> Result<Person> {
        self.require_mentor()?;
        if self.person(person_id)?.role != Role::Trainee {
            return Err(Error::invalid("only trainees are archived"));
        }
        self.record(vec![PersonDraft::new(person_id, person_id).archived(archived).into()])?;
        self.person(person_id)
    }

    /// Give a trainee a new picture PIN (she forgot it); lifts any lock-out. Mentors only.
    pub fn set_picture_pin(&mut self, person_id: &str, pictures: &[PictureId]) -> Result<()> {
        self.require_mentor()?;
        let person = self.person(person_id)?;
        if person.role != Role::Trainee {
            return Err(Error::invalid("only trainees have a picture PIN"));
        }
        let pin = PicturePin::new(pictures)?;
        let hash = secret::hash(&pin.secret_text())?;
        self.record(vec![CredentialDraft::new(person_id, person_id).kind(CredentialKind::PicturePin).secret_hash(hash).into()])?;
        self.store_mut().set_login_guard(person_id, login_guard::after_success())?;
        Ok(())
    }
}
