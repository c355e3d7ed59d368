//! First run: the café and its first mentor, who is signed in at once.

use super::{Cafe, CafeDraft, CafeSetup, Country};
use crate::api::Mestre;
use crate::error::{Error, ErrorKind, Result};
use crate::people::{self, clean_name, secret, CredentialDraft, CredentialKind, PersonDraft, Role, Session, MIN_PASSWORD_CHARS};

impl Mestre {
    /// Create the café and its first mentor, and sign the mentor in.
    pub fn setup_cafe(&mut self, setup: CafeSetup) -> Result<Session> {
        if self.store().cafe()?.is_some() {
            return Err(Error::new(ErrorKind::SetupState, "the café is already set up"));
        }
        let cafe_name = clean_name(&setup.cafe_name)?;
        let mentor_name = clean_name(&setup.mentor.name)?;
        if setup.mentor.password.chars().count() < MIN_PASSWORD_CHARS {
            return Err(Error::invalid("password too short"));
        }
        let ui_lang = people::checked_lang(&setup.mentor.ui_lang)?;
        let cafe_id = crate::new_id();
        let mentor_id = crate::new_id();
        let now = self.now_ms();
        let hash = secret::hash(&setup.mentor.password)?;
        // Her first key becomes the café's trust root; everything below is signed by it.
        let founding = vec![
            CafeDraft::new(&cafe_id, &cafe_id).name(cafe_name).country(setup.country).into(),
            PersonDraft::new(&mentor_id, &mentor_id)
                .display_name(mentor_name)
                .role(Role::Mentor)
                .ui_lang(ui_lang.clone())
                .home_lang(ui_lang)
                .created_ms(now)
                .into(),
            CredentialDraft::new(&mentor_id, &mentor_id).kind(CredentialKind::Password).secret_hash(hash).into(),
        ];
        let signer = self.found_trust(&mentor_id, &setup.mentor.password, &cafe_id, founding)?;
        let session = self.start_session(&mentor_id)?;
        self.set_signer(Some(signer));
        Ok(session)
    }

    /// The language of work here (Norwegian, or Swedish in a Swedish café): what every
    /// caption is said in beside her own language. Norwegian before a café exists.
    pub fn work_language(&self) -> Result<&'static str> {
        Ok(self.store().cafe()?.map_or(crate::i18n::locales::REFERENCE, |c| c.country.work_language()))
    }

    /// The café, once it is set up.
    pub fn cafe(&self) -> Result<Option<Cafe>> {
        Ok(self.store().cafe()?.map(|row| Cafe { id: row.id, name: row.name, country: row.country, languages: row.languages }))
    }

    /// A mentor sets the café's country (its fridge rules) and the languages it offers
    /// (none: all). The working language is always offered.
    pub fn set_cafe_settings(&mut self, country: Country, languages: Vec<String>) -> Result<Cafe> {
        self.require_mentor_key()?;
        let cafe = self.cafe()?.ok_or_else(|| Error::new(ErrorKind::SetupState, "no café yet"))?;
        let mut offered = Vec::new();
        for tag in languages {
            let tag = crate::people::checked_lang(&tag)?;
            if !offered.contains(&tag) {
                offered.push(tag);
            }
        }
        self.record(vec![CafeDraft::new(&cafe.id, &cafe.id).country(country).languages(offered).into()])?;
        self.cafe()?.ok_or_else(|| Error::new(ErrorKind::SetupState, "no café yet"))
    }
}
