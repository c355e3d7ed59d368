//! A mentor suggests a word or a recipe for a trainee to practise next; the trainee
//! sees it, with its picture and speaker, on her home page.

use super::{PracticeSuggestionDraft, PracticeSuggestionRow, SuggestionKind, SuggestionView};
use crate::api::Mestre;
use crate::error::Result;
use crate::recipes::Bilingual;

/// Suggestions a trainee sees at most (the newest).
const SHOWN: usize = 3;

impl Mestre {
    /// Suggest a word or a recipe to a trainee (mentors). Returns her suggestions.
    pub fn suggest_practice(&mut self, person_id: &str, kind: SuggestionKind, ref_id: &str) -> Result<Vec<SuggestionView>> {
        let mentor = self.require_mentor()?.person.id.clone();
        self.trainee_for_review(person_id)?;
        // What is suggested must exist (a removed word is refused here, not shown empty).
        match kind {
            SuggestionKind::Word => drop(self.word(ref_id)?),
            SuggestionKind::Recipe => drop(self.recipe(ref_id, None)?),
        }
        let now = self.now_ms();
        self.record(vec![PracticeSuggestionDraft::new(crate::new_id(), &mentor)
            .trainee(person_id)
            .kind(kind)
            .ref_id(ref_id)
            .suggested_ms(now)
            .into()])?;
        self.suggestions_for(person_id)
    }

    /// What her mentors suggest the signed-in trainee practises, newest first.
    pub fn my_suggestions(&self) -> Result<Vec<SuggestionView>> {
        let me = self.require_trainee()?;
        self.suggestions_for(&me.person.id)
    }

    pub(crate) fn suggestions_for(&self, person_id: &str) -> Result<Vec<SuggestionView>> {
        let names = self.names_by_id()?;
        let mut out = Vec::new();
        for row in self.store().suggestions_for(person_id, SHOWN * 4)? {
            if out.len() == SHOWN {
                break;
            }
            if let Some(view) = self.suggestion_view(&row, &names)? {
                out.push(view);
            }
        }
        Ok(out)
    }

    /// A suggestion as shown; none if what it points at was removed since.
    fn suggestion_view(
        &self,
        row: &PracticeSuggestionRow,
        names: &std::collections::HashMap<String, String>,
    ) -> Result<Option<SuggestionView>> {
        let (title, picture, photo_thumb) = match row.kind {
            SuggestionKind::Word => match self.word(&row.ref_id) {
                Ok(w) => (Bilingual { work: w.work.text, home: w.home.text }, w.picture, w.photo_thumb),
                Err(e) if e.kind == crate::error::ErrorKind::NotFound => return Ok(None),
                Err(e) => return Err(e),
            },
            SuggestionKind::Recipe => match self.recipe(&row.ref_id, None) {
                Ok(r) => (r.card.title, r.card.picture, r.card.photo_thumb),
                Err(e) if e.kind == crate::error::ErrorKind::NotFound => return Ok(None),
                Err(e) => return Err(e),
            },
        };
        Ok(Some(SuggestionView {
            id: row.id.clone(),
            kind: row.kind,
            ref_id: row.ref_id.clone(),
            title,
            picture,
            photo_thumb,
            mentor: names.get(&row.owner).cloned().unwrap_or_default(),
            suggested_ms: row.suggested_ms,
        }))
    }
}
