//! Reads of the café's own content: its task cards, foods and aims, and every content
//! item's texts and recordings by language.

use super::Store;
use crate::competence::CompetenceAimRow;
use crate::content::ContentLanguageRow;
use crate::diary::TaskCardRow;
use crate::error::Result;
use crate::fridge::FridgeFoodRow;

impl Store {
    /// One item's row in one language (`<lang>/<item>`).
    pub fn content_language(&self, id: &str) -> Result<Option<ContentLanguageRow>> {
        self.get(id)
    }

    /// What the café wrote in `lang` for its own items.
    pub fn content_texts(&self, lang: &str) -> Result<Vec<ContentLanguageRow>> {
        self.select("WHERE lang = ?1 AND text <> '' AND deleted = 0", [lang])
    }

    /// What the café wrote in any language for its own items of one kind (`task`).
    pub fn content_texts_of(&self, kind: &str) -> Result<Vec<ContentLanguageRow>> {
        self.select("WHERE item LIKE ?1 AND text <> '' AND deleted = 0", [format!("{kind}:%")])
    }

    /// The items recorded in `lang`.
    pub fn content_voices(&self, lang: &str) -> Result<Vec<ContentLanguageRow>> {
        self.select("WHERE lang = ?1 AND voice IS NOT NULL AND deleted = 0", [lang])
    }

    /// The café's task cards: its own and the starter cards it hides.
    pub fn task_cards(&self) -> Result<Vec<TaskCardRow>> {
        self.select("WHERE deleted = 0 ORDER BY created_ms, id", [])
    }

    pub fn task_card(&self, id: &str) -> Result<Option<TaskCardRow>> {
        self.get(id)
    }

    /// The café's foods: its own and the starter foods it hides.
    pub fn fridge_foods(&self) -> Result<Vec<FridgeFoodRow>> {
        self.select("WHERE deleted = 0 ORDER BY created_ms, id", [])
    }

    pub fn fridge_food(&self, id: &str) -> Result<Option<FridgeFoodRow>> {
        self.get(id)
    }

    /// The café's own curriculum aims, oldest first.
    pub fn competence_aims(&self) -> Result<Vec<CompetenceAimRow>> {
        self.select("WHERE deleted = 0 ORDER BY created_ms, id", [])
    }

    pub fn competence_aim(&self, id: &str) -> Result<Option<CompetenceAimRow>> {
        self.get(id)
    }
}
