//! Setting up the café, signing in and out, adding trainees and their photos.

use super::Mestre;
use crate::media::PhotoRef;
use crate::cafe::CafeSetup;
use crate::error::{Error, ErrorKind, Result};
use crate::i18n::locales;
use crate::media::image_import;
use crate::people::{clean_name, login_guard, secret, NewTrainee, Person, PictureId, PicturePin, Role, Session, MIN_PASSWORD_CHARS};
use crate::storage::PersonRow;
use crate::sync::{Draft, SyncedTable};

const KIND_PICTURE_PIN: &str = "picture-pin";
const KIND_PASSWORD: &str = "password";

fn person_from_row(row: PersonRow) -> Person {
    Person {
        role: Role::parse(&row.role).unwrap_or(Role::Trainee),
        id: row.id,
        name: row.display_name,
        photo: row.photo,
        photo_thumb: row.photo_thumb,
        ui_lang: row.ui_lang,
        home_lang: row.home_lang,
    }
}

fn checked_lang(tag: &str) -> Result<String> {
    if locales::is_supported(tag) {
        Ok(tag.to_string())
    } else {
        Err(Error::invalid(format!("unsupported language {tag}")))
    }
}

fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

impl Mestre {
    /// First run: create the café and its first mentor, and sign the mentor in.
    pub fn setup_cafe(&mut self, setup: CafeSetup) -> Result<Session> {
        if self.store.cafe()?.is_some() {
            return Err(Error::new(ErrorKind::SetupState, "the café is already set up"));
        }
        let cafe_name = clean_name(&setup.cafe_name)?;
        let mentor_name = clean_name(&setup.mentor.name)?;
        if setup.mentor.password.chars().count() < MIN_PASSWORD_CHARS {
            return Err(Error::invalid("password too short"));
        }
        let ui_lang = checked_lang(&setup.mentor.ui_lang)?;
        let cafe_id = new_id();
        let mentor_id = new_id();
        let now = self.clock.now_ms();
        let hash = secret::hash(&setup.mentor.password)?;
        self.record(vec![
            Draft::new(SyncedTable::Cafe, &cafe_id, &cafe_id).set("name", cafe_name).set("country", setup.country.code()),
            Draft::new(SyncedTable::Person, &mentor_id, &mentor_id)
                .set("display_name", mentor_name)
                .set("role", Role::Mentor.as_str())
                .set("ui_lang", ui_lang.clone())
                .set("home_lang", ui_lang)
                .set("created_ms", now),
            Draft::new(SyncedTable::Credential, &mentor_id, &mentor_id).set("kind", KIND_PASSWORD).set("secret_hash", hash),
        ])?;
        let person = self.person(&mentor_id)?;
        let session = Session { person };
        self.session = Some(session.clone());
        Ok(session)
    }

    /// Everyone on the wall of faces: mentors first, then trainees by name.
    pub fn people(&self) -> Result<Vec<Person>> {
        Ok(self.store.people()?.into_iter().map(person_from_row).collect())
    }

    pub fn person(&self, id: &str) -> Result<Person> {
        self.store
            .person(id)?
            .map(person_from_row)
            .ok_or_else(|| Error::new(ErrorKind::NotFound, "no such person"))
    }

    /// A trainee signs in with her three pictures.
    pub fn login_with_pin(&mut self, person_id: &str, pictures: &[PictureId]) -> Result<Session> {
        let pin = PicturePin::new(pictures).map_err(|_| Error::new(ErrorKind::LoginFailed, "wrong number of pictures"))?;
        self.login(person_id, Role::Trainee, KIND_PICTURE_PIN, &pin.secret_text())
    }

    /// A mentor signs in with her password.
    pub fn login_with_password(&mut self, person_id: &str, password: &str) -> Result<Session> {
        self.login(person_id, Role::Mentor, KIND_PASSWORD, password)
    }

    /// The one sign-in path. Every failure — no such person, wrong kind of person, no
    /// secret, wrong secret — costs the same work and gives the same answer, so nothing
    /// tells whether a person exists; repeated failures lock the login for a while.
    fn login(&mut self, person_id: &str, role: Role, kind: &str, secret_text: &str) -> Result<Session> {
        let now = self.clock.now_ms();
        // Only ids shaped like ours get a guard row: random input cannot grow the table.
        let guardable = uuid::Uuid::parse_str(person_id).is_ok();
        let guard = if guardable { self.store.login_guard(person_id)? } else { Default::default() };
        if let Some(minutes) = login_guard::minutes_locked(&guard, now) {
            return Err(Error::locked(minutes));
        }
        let person = if guardable { self.store.person(person_id)? } else { None };
        let credential = if guardable { self.store.credential(person_id)? } else { None };
        let ok = match (&person, &credential) {
            (Some(p), Some(c)) if p.role == role.as_str() && c.kind == kind => secret::verify(secret_text, &c.secret_hash),
            _ => {
                secret::verify_against_nothing(secret_text);
                false
            }
        };
        if ok {
            self.store.set_login_guard(person_id, login_guard::after_success())?;
            let session = Session { person: person_from_row(person.expect("matched Some above")) };
            self.session = Some(session.clone());
            return Ok(session);
        }
        if guardable {
            let next = login_guard::after_failure(guard, now);
            self.store.set_login_guard(person_id, next)?;
            if let Some(minutes) = login_guard::minutes_locked(&next, now) {
                return Err(Error::locked(minutes));
            }
        }
        Err(Error::new(ErrorKind::LoginFailed, "wrong secret or no such person"))
    }

    /// The signed-in person chooses the language the app speaks to her.
    pub fn set_my_language(&mut self, tag: &str) -> Result<Session> {
        let tag = checked_lang(tag)?;
        let id = self.session.as_ref().ok_or_else(|| Error::new(ErrorKind::NotAllowed, "nobody is signed in"))?.person.id.clone();
        self.record(vec![Draft::new(SyncedTable::Person, &id, &id).set("ui_lang", tag)])?;
        let session = Session { person: self.person(&id)? };
        self.session = Some(session.clone());
        Ok(session)
    }

    /// Sign a person in without her secret: for the demo café only (crate-internal).
    pub(crate) fn sign_in_for_demo(&mut self, person_id: &str) -> Result<()> {
        self.session = Some(Session { person: self.person(person_id)? });
        Ok(())
    }

    pub fn logout(&mut self) {
        self.session = None;
    }

    /// Import a photo (from a file or the camera) for a person's picture. Mentors only.
    pub fn import_photo(&mut self, bytes: &[u8]) -> Result<PhotoRef> {
        let owner = self.require_mentor()?.person.id.clone();
        self.store_photo(&owner, bytes)
    }

    /// Check, orient, shrink and store a photo and its thumbnail, owned by `owner`.
    pub(super) fn store_photo(&mut self, owner: &str, bytes: &[u8]) -> Result<PhotoRef> {
        let imported = image_import::import_photo(bytes)?;
        let photo = self.media.put(&imported.full.bytes)?;
        let thumb = self.media.put(&imported.thumb.bytes)?;
        let mut drafts = Vec::new();
        for (hash, img) in [(&photo, &imported.full), (&thumb, &imported.thumb)] {
            if self.store.media(hash)?.is_none() {
                drafts.push(
                    Draft::new(SyncedTable::Media, hash.as_str(), owner)
                        .set("mime", "image/jpeg")
                        .set("byte_len", img.bytes.len() as i64)
                        .set("width", img.width)
                        .set("height", img.height),
                );
            }
        }
        self.record(drafts)?;
        Ok(PhotoRef { photo, thumb })
    }

    /// Add a trainee with her languages, photo and picture PIN. Mentors only.
    pub fn add_trainee(&mut self, trainee: NewTrainee) -> Result<Person> {
        self.require_mentor()?;
        let name = clean_name(&trainee.name)?;
        let ui_lang = checked_lang(&trainee.ui_lang)?;
        let home_lang = checked_lang(&trainee.home_lang)?;
        let pin = PicturePin::new(&trainee.pin)?;
        let (photo, thumb) = match &trainee.photo {
            Some(p) if self.store.media(&p.photo)?.is_some() && self.store.media(&p.thumb)?.is_some() => {
                (Some(p.photo.clone()), Some(p.thumb.clone()))
            }
            Some(_) => return Err(Error::new(ErrorKind::NotFound, "photo not imported")),
            None => (None, None),
        };
        let id = new_id();
        let now = self.clock.now_ms();
        let hash = secret::hash(&pin.secret_text())?;
        self.record(vec![
            Draft::new(SyncedTable::Person, &id, &id)
                .set("display_name", name)
                .set("role", Role::Trainee.as_str())
                .set("photo", photo)
                .set("photo_thumb", thumb)
                .set("ui_lang", ui_lang)
                .set("home_lang", home_lang)
                .set("created_ms", now),
            Draft::new(SyncedTable::Credential, &id, &id).set("kind", KIND_PICTURE_PIN).set("secret_hash", hash),
        ])?;
        self.person(&id)
    }

    /// Give a trainee a new picture PIN (she forgot it). Mentors only.
    pub fn set_picture_pin(&mut self, person_id: &str, pictures: &[PictureId]) -> Result<()> {
        self.require_mentor()?;
        let person = self.person(person_id)?;
        if person.role != Role::Trainee {
            return Err(Error::invalid("only trainees have a picture PIN"));
        }
        let pin = PicturePin::new(pictures)?;
        let hash = secret::hash(&pin.secret_text())?;
        self.record(vec![Draft::new(SyncedTable::Credential, person_id, person_id).set("kind", KIND_PICTURE_PIN).set("secret_hash", hash)])?;
        self.store.set_login_guard(person_id, login_guard::after_success())?;
        Ok(())
    }
}
