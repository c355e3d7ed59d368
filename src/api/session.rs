//! Who is signed in on this device, and the permission checks every façade method makes
//! before it acts. A trainee acts on her own records; a mentor on the café's. The
//! `mestre` command line acts as the machine's console: whoever can run it can read the
//! database file anyway, so it may manage devices (pair, unpair, serve) — never act as a
//! person.

use super::Mestre;
use crate::changes::MentorSigner;
use crate::error::{Error, ErrorKind, Result};
use crate::people::{Role, Session};

impl Mestre {
    /// The person signed in on this device, if anyone.
    pub fn session(&self) -> Option<&Session> {
        self.session.as_ref()
    }

    /// Sign `person_id` in (her secret was checked by the caller), or refresh her
    /// session after she changed something about herself.
    pub(crate) fn start_session(&mut self, person_id: &str) -> Result<Session> {
        let session = Session { person: self.person(person_id)? };
        if self.session.as_ref().is_some_and(|s| s.person.id != person_id) {
            self.end_session();
        }
        self.session = Some(session.clone());
        Ok(session)
    }

    /// Sign out: nothing of her session stays, not her key, not a recording left
    /// running, not a game half played.
    pub(crate) fn end_session(&mut self) {
        self.session = None;
        self.signer = None;
        *self.fridge_round.lock().unwrap_or_else(|e| e.into_inner()) = None;
        if let Some(recording) = self.recording.take() {
            let _ = recording.stop();
        }
    }

    /// The signed-in mentor's unlocked key (for pairing: it introduces the new device).
    pub fn mentor_signer(&self) -> Option<MentorSigner> {
        self.signer.clone()
    }

    pub(crate) fn set_signer(&mut self, signer: Option<MentorSigner>) {
        self.signer = signer;
    }

    /// A signed-in mentor whose key is unlocked: what only mentors may do is signed by it.
    pub(crate) fn require_mentor_key(&self) -> Result<MentorSigner> {
        self.require_mentor()?;
        self.signer.clone().ok_or_else(|| Error::new(ErrorKind::MentorKeyMissing, "the mentor's key is not unlocked on this device"))
    }

    /// The `mestre` command line: act as this machine's console (device management only).
    pub fn act_as_console(&mut self) {
        self.console = true;
    }

    /// Whether this is the machine's console (`mestre` on the command line).
    pub(crate) fn is_console(&self) -> bool {
        self.console
    }

    pub(crate) fn require_signed_in(&self) -> Result<&Session> {
        self.session.as_ref().ok_or_else(|| Error::new(ErrorKind::NotAllowed, "nobody is signed in"))
    }

    pub(crate) fn require_mentor(&self) -> Result<&Session> {
        match &self.session {
            Some(s) if s.person.role == Role::Mentor => Ok(s),
            _ => Err(Error::new(ErrorKind::NotAllowed, "a mentor must be signed in")),
        }
    }

    pub(crate) fn require_trainee(&self) -> Result<Session> {
        match &self.session {
            Some(s) if s.person.role == Role::Trainee => Ok(s.clone()),
            _ => Err(Error::new(ErrorKind::NotAllowed, "a trainee must be signed in")),
        }
    }

    /// Pairing and unpairing devices: a signed-in mentor, or the machine's console.
    pub(crate) fn require_device_admin(&self) -> Result<()> {
        if self.console {
            return Ok(());
        }
        self.require_mentor().map(|_| ())
    }

    /// Only she and her mentors read her diary.
    pub(crate) fn may_read_diary_of(&self, owner: &str) -> Result<()> {
        match &self.session {
            Some(s) if s.person.role == Role::Mentor || s.person.id == owner => Ok(()),
            _ => Err(Error::new(ErrorKind::NotAllowed, "only she and her mentors read her diary")),
        }
    }
}
