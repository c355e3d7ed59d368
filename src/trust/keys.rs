//! Mentors' keys: made at setup for the founding mentor (whose first key becomes the
//! café's trust root), made by a mentor for a mentor she adds or whose password she
//! resets, unlocked by the mentor's password when she signs in, sealed again when she
//! changes it, revoked when she is retired or given a new one.

use super::{seal, unseal, MentorKeyDraft, TrustRoot};
use crate::api::Mestre;
use crate::changes::signing::key_id;
use crate::changes::{Draft, Hlc, MentorSigner, SigningKey};
use crate::error::{Error, ErrorKind, Result};
use crate::people::{clean_name, secret, CredentialDraft, CredentialKind, NewMentor, Person, PersonDraft, Role, MIN_PASSWORD_CHARS};

/// A new key for `person_id`, sealed under `password`, and the row that introduces it.
pub fn new_mentor_key(person_id: &str, password: &str) -> Result<(MentorSigner, MentorKeyDraft)> {
    let key = SigningKey::generate()?;
    let (sealed, salt) = seal(&key, password)?;
    let public = key.public_hex();
    let draft = MentorKeyDraft::new(key_id(&public), person_id).public_key(public).sealed_key(sealed).key_salt(salt);
    Ok((MentorSigner { person_id: person_id.to_string(), key }, draft))
}

fn checked_password(password: &str) -> Result<()> {
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(Error::invalid("password too short"));
    }
    Ok(())
}

impl Mestre {
    /// Found the café's trust: `founder`'s first key becomes the root pinned on this
    /// device, and this device introduces itself under her signature. `then` are written
    /// in the same transaction, signed by her. Used at setup, and once in a café that
    /// used Mestre before changes were signed (then the changes held here stay as they
    /// were: `legacy`).
    pub(crate) fn found_trust(&mut self, founder: &str, password: &str, cafe_id: &str, then: Vec<Draft>) -> Result<MentorSigner> {
        let (signer, key_row) = new_mentor_key(founder, password)?;
        let legacy = if self.store().cafe()?.is_some() { self.store().version_vector()? } else { Default::default() };
        let root = TrustRoot { founder: founder.to_string(), public_key: signer.key.public_hex(), legacy };
        let now = self.now_ms();
        self.store_mut().pin_trust_root(&root, now)?;
        let mut drafts = vec![self.introduce_this_device(cafe_id), key_row.into()];
        drafts.extend(then);
        let written = self.replica_mut().record_as(founder, Some(&signer), now, drafts);
        if let Err(e) = written {
            // Nothing was written under the new root: forget it, so it can be founded again.
            self.store_mut().unpin_trust_root()?;
            return Err(e);
        }
        Ok(signer)
    }

    /// After a mentor's password was checked: open her key with it, so what only mentors
    /// may do is signed by her while she is signed in. In a café from before changes were
    /// signed, the first mentor to sign in on the device the café was made on founds its
    /// trust. A mentor without a key here signs in all the same; mentor-only actions then
    /// say why they cannot be done.
    pub(crate) fn unlock_mentor_key(&mut self, person_id: &str, password: &str) -> Result<()> {
        let now = Hlc::new(self.now_ms().max(0) as u64, 0);
        for row in self.store().mentor_keys_of(person_id)? {
            if row.revoked_hlc.is_some_and(|revoked| Hlc::from_i64(revoked) <= now) {
                continue;
            }
            if let Some(key) = unseal(&row.sealed_key, &row.key_salt, password) {
                self.set_signer(Some(MentorSigner { person_id: person_id.to_string(), key }));
                return Ok(());
            }
        }
        if self.store().trust_root()?.is_none() {
            if let Some(cafe) = self.store().cafe()? {
                let made_here =
                    self.store().first_origin_of(crate::cafe::CafeRow::TABLE, &cafe.id)?.as_deref() == Some(&self.device_id().0);
                if made_here {
                    let signer = self.found_trust(person_id, password, &cafe.id, vec![])?;
                    log::info!("founded the café's trust with {person_id}'s new key");
                    self.set_signer(Some(signer));
                }
            }
        }
        Ok(())
    }

    /// A mentor adds another mentor, with a first password she will change. Her key is
    /// made now, sealed under that password, and introduced under the adding mentor's
    /// signature.
    pub fn add_mentor(&mut self, mentor: NewMentor) -> Result<Person> {
        self.require_mentor_key()?;
        let name = clean_name(&mentor.name)?;
        checked_password(&mentor.password)?;
        let ui_lang = crate::people::checked_lang(&mentor.ui_lang)?;
        let id = crate::new_id();
        let hash = secret::hash(&mentor.password)?;
        let (_, key_row) = new_mentor_key(&id, &mentor.password)?;
        let now = self.now_ms();
        self.record(vec![
            PersonDraft::new(&id, &id)
                .display_name(name)
                .role(Role::Mentor)
                .ui_lang(ui_lang.clone())
                .home_lang(ui_lang)
                .created_ms(now)
                .into(),
            CredentialDraft::new(&id, &id).kind(CredentialKind::Password).secret_hash(hash).into(),
            key_row.into(),
        ])?;
        self.person(&id)
    }

    /// The signed-in mentor changes her password: the same key, sealed again.
    pub fn change_my_password(&mut self, old: &str, new: &str) -> Result<()> {
        let signer = self.require_mentor_key()?;
        checked_password(new)?;
        let me = signer.person_id.clone();
        let credential = self.store().credential(&me)?.ok_or_else(|| Error::new(ErrorKind::NotFound, "no password"))?;
        if !secret::verify(old, &credential.secret_hash) {
            return Err(Error::new(ErrorKind::LoginFailed, "the old password is wrong"));
        }
        let (sealed, salt) = seal(&signer.key, new)?;
        let hash = secret::hash(new)?;
        self.record(vec![
            CredentialDraft::new(&me, &me).kind(CredentialKind::Password).secret_hash(hash).into(),
            MentorKeyDraft::new(signer.key_id(), &me).sealed_key(sealed).key_salt(salt).into(),
        ])?;
        Ok(())
    }

    /// Another mentor gives a mentor who forgot her password a new one. The old key
    /// cannot be opened without the old password, so she gets a new key; the old one is
    /// revoked from now on, and what she signed with it before stays valid.
    pub fn reset_mentor_password(&mut self, person_id: &str, new: &str) -> Result<()> {
        let me = self.require_mentor_key()?;
        if me.person_id == person_id {
            return Err(Error::new(ErrorKind::NotAllowed, "change your own password with your old one"));
        }
        checked_password(new)?;
        let person = self.person(person_id)?;
        if person.role != Role::Mentor {
            return Err(Error::invalid("only mentors have a password"));
        }
        let hash = secret::hash(new)?;
        let (_, key_row) = new_mentor_key(person_id, new)?;
        let mut drafts = self.revocations_of(person_id)?;
        drafts.push(CredentialDraft::new(person_id, person_id).kind(CredentialKind::Password).secret_hash(hash).into());
        drafts.push(key_row.into());
        self.record(drafts)?;
        Ok(())
    }

    /// A mentor leaves the café: she can no longer sign in, and her keys are revoked from
    /// now on (what she signed before stays valid). Never the last mentor, never oneself.
    pub fn retire_mentor(&mut self, person_id: &str) -> Result<()> {
        let me = self.require_mentor_key()?;
        if me.person_id == person_id {
            return Err(Error::new(ErrorKind::NotAllowed, "a mentor cannot retire herself"));
        }
        if self.person(person_id)?.role != Role::Mentor {
            return Err(Error::invalid("not a mentor"));
        }
        let mut drafts = self.revocations_of(person_id)?;
        drafts.push(CredentialDraft::new(person_id, person_id).deleted(true).into());
        drafts.push(PersonDraft::new(person_id, person_id).deleted(true).into());
        self.record(drafts)?;
        Ok(())
    }

    /// Revoke every key of `person_id` not yet revoked, from the next stamp on.
    fn revocations_of(&self, person_id: &str) -> Result<Vec<Draft>> {
        let from = Hlc::new(self.now_ms().max(0) as u64, 0).max(Hlc(self.replica().clock.last().0 + 1));
        Ok(self
            .store()
            .mentor_keys_of(person_id)?
            .into_iter()
            .filter(|k| k.revoked_hlc.is_none())
            .map(|k| MentorKeyDraft::new(k.id, person_id).revoked_hlc(Some(from.as_i64())).into())
            .collect())
    }
}
