//! Signing in with a picture PIN or a password, and out again. Every failure costs the
//! same work and gives the same answer; repeated failures lock the login for a while.

use super::{checked_lang, login_guard, secret, CredentialKind, PersonDraft, PictureId, PicturePin, Role, Session};
use crate::api::Mestre;
use crate::changes::MentorSigner;
use crate::error::{Error, ErrorKind, Result};

impl Mestre {
    /// A trainee signs in with her three pictures.
    pub fn login_with_pin(&mut self, person_id: &str, pictures: &[PictureId]) -> Result<Session> {
        let pin = PicturePin::new(pictures).map_err(|_| Error::new(ErrorKind::LoginFailed, "wrong number of pictures"))?;
        self.login(person_id, Role::Trainee, CredentialKind::PicturePin, &pin.secret_text())
    }

    /// A mentor signs in with her password.
    pub fn login_with_password(&mut self, person_id: &str, password: &str) -> Result<Session> {
        self.login(person_id, Role::Mentor, CredentialKind::Password, password)
    }

    /// The one sign-in path. Every failure — no such person, wrong kind of person, no
    /// secret, wrong secret — costs the same work and gives the same answer, so nothing
    /// tells whether a person exists; repeated failures lock the login for a while.
    fn login(&mut self, person_id: &str, role: Role, kind: CredentialKind, secret_text: &str) -> Result<Session> {
        let now = self.now_ms();
        // Only ids shaped like ours get a guard row: random input cannot grow the table.
        let guardable = uuid::Uuid::parse_str(person_id).is_ok();
        let guard = if guardable { self.store().login_guard(person_id)? } else { Default::default() };
        if let Some(left) = login_guard::ms_locked(&guard, now) {
            return Err(Error::locked(left));
        }
        let person = if guardable { self.store().person(person_id)? } else { None };
        let credential = if guardable { self.store().credential(person_id)? } else { None };
        let ok = match (&person, &credential) {
            (Some(p), Some(c)) if p.role == role && c.kind == kind => secret::verify(secret_text, &c.secret_hash),
            _ => {
                secret::verify_against_nothing(secret_text);
                false
            }
        };
        if ok {
            self.store_mut().set_login_guard(person_id, login_guard::after_success())?;
            let session = self.start_session(person_id)?;
            if role == Role::Mentor {
                self.unlock_mentor_key(person_id, secret_text)?;
            }
            return Ok(session);
        }
        if guardable {
            let next = login_guard::after_failure(guard, now);
            self.store_mut().set_login_guard(person_id, next)?;
            if let Some(left) = login_guard::ms_locked(&next, now) {
                return Err(Error::locked(left));
            }
        }
        Err(Error::new(ErrorKind::LoginFailed, "wrong secret or no such person"))
    }

    /// The signed-in person chooses the language the app speaks to her.
    pub fn set_my_language(&mut self, tag: &str) -> Result<Session> {
        let tag = checked_lang(tag)?;
        let id = self.require_signed_in()?.person.id.clone();
        self.record(vec![PersonDraft::new(&id, &id).ui_lang(tag).into()])?;
        self.start_session(&id)
    }

    /// Sign a person in without her secret, a mentor with her key already unlocked: for
    /// the demo café only (crate-internal).
    pub(crate) fn sign_in_for_demo(&mut self, person_id: &str, mentor: Option<MentorSigner>) -> Result<()> {
        self.start_session(person_id)?;
        self.set_signer(mentor);
        Ok(())
    }

    pub fn logout(&mut self) {
        self.end_session();
    }
}
