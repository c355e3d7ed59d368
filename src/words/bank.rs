//! Browsing, finding, adding and editing words. A word as shown is the starter pack's
//! word with what the café changed about it laid over, or a word the café added; its
//! two sides are the café's working language and the reader's own.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::pack::{Pack, PackWord};
use super::search::{fold, score};
use super::{
    pack_word_id, translation_id, Category, CategoryView, WordDraft, WordRow, WordSide, WordTranslationDraft, WordTranslationRow, WordView,
    WordVoice, PACK_OWNER,
};
use crate::api::Mestre;
use crate::changes::Draft;
use crate::error::{Error, ErrorKind, Result};
use crate::media::{Clip, PhotoRef};

/// The longest word or phrase stored, in characters.
pub const MAX_WORD_CHARS: usize = 80;
/// The most words a search returns.
pub const MAX_FOUND: usize = 50;

/// What a mentor or trainee fills in to add a word. Every part but the category may be
/// left out at first: a photo and a recording are a word before anyone can spell it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct NewWord {
    pub category: Category,
    /// The word in the working language, with its article ("en kniv"), if known.
    pub text: String,
    pub photo: Option<PhotoRef>,
    /// How it sounds in the working language.
    pub voice: Option<Clip>,
    /// The word in another language (usually the trainee's), if known.
    pub other_lang: Option<String>,
    pub other_text: String,
    pub other_voice: Option<Clip>,
}

/// A change to one word: each part that is set replaces what is there.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct WordEdit {
    pub id: String,
    pub category: Option<Category>,
    pub text: Option<String>,
    pub photo: Option<PhotoRef>,
    pub voice: Option<Clip>,
    /// The language `other_text` and `other_voice` are in.
    pub other_lang: Option<String>,
    pub other_text: Option<String>,
    pub other_voice: Option<Clip>,
}

/// Every word as the screens show it with one second language: read from the pack and
/// the database once, and kept until its words change (see [`Mestre::shelf_in`]).
pub(crate) struct Shelf {
    /// In pack order, then the café's own words in the order they were added.
    pub(crate) words: Vec<WordView>,
    by_id: HashMap<String, usize>,
    /// Each word's texts as search compares them, folded at the first search.
    folded: std::sync::OnceLock<Vec<Vec<String>>>,
    /// Who owns each of the café's own words (translations of it are written as hers).
    owners: HashMap<String, String>,
}

impl Shelf {
    /// One word, if it exists and is not removed.
    pub(crate) fn word(&self, id: &str) -> Option<&WordView> {
        self.by_id.get(id).map(|&at| &self.words[at])
    }

    /// Words whose text in either language answers `query` (already folded), best first.
    pub(crate) fn find(&self, query: &str, limit: usize) -> Vec<WordView> {
        let folded = self.folded.get_or_init(|| {
            self.words
                .iter()
                .map(|w| [&w.work.text, &w.work.bare, &w.home.text, &w.home.bare].into_iter().map(|t| fold(t)).collect())
                .collect()
        });
        let mut found: Vec<(u32, usize)> = folded
            .iter()
            .enumerate()
            .filter_map(|(at, texts)| {
                let best = texts.iter().map(|t| score(t, query)).max()?;
                (best > 0).then_some((best, at))
            })
            .collect();
        // Stable: equally good words keep the shelf's order.
        found.sort_by_key(|f| std::cmp::Reverse(f.0));
        found.into_iter().take(limit).map(|(_, at)| self.words[at].clone()).collect()
    }
}

/// What a shelf is made from: the pack, the café's rows, and her language's translations.
/// Kept beside the shelf, so a change to a few words re-reads only those.
pub(crate) struct ShelfParts {
    pack: &'static Pack,
    work_lang: String,
    home_lang: String,
    /// Rows of the café: its own words and its changes to starter words, by id.
    rows: HashMap<String, WordRow>,
    removed_pack_keys: HashSet<String>,
    /// Translations into her language, by word id.
    home: HashMap<String, WordTranslationRow>,
}

/// The word bank as last read: the bank's version then, the parts and the shelf made of them.
pub(crate) struct KeptWords {
    version: i64,
    parts: ShelfParts,
    shelf: Arc<Shelf>,
}

/// More changed words than this since the last read: read the whole bank again.
const MAX_REREAD_WORDS: usize = 200;

impl ShelfParts {
    fn to_shelf(&self) -> Shelf {
        let mut words = Vec::with_capacity(self.pack.words.len() + self.rows.len());
        for word in &self.pack.words {
            if !self.removed_pack_keys.contains(&word.key) {
                words.push(self.pack_view(word));
            }
        }
        let mut own: Vec<&WordRow> = self.rows.values().filter(|r| r.pack_key.is_empty()).collect();
        own.sort_by(|a, b| (a.created_ms, &a.id).cmp(&(b.created_ms, &b.id)));
        words.extend(own.iter().map(|row| self.own_view(row)));
        let owners = own.iter().map(|r| (r.id.clone(), r.owner.clone())).collect();
        let by_id = words.iter().enumerate().map(|(at, w)| (w.id.clone(), at)).collect();
        Shelf { words, by_id, folded: std::sync::OnceLock::new(), owners }
    }

    fn pack_view(&self, word: &PackWord) -> WordView {
        let id = pack_word_id(&word.key);
        let changed = self.rows.get(&id);
        let text = changed
            .map(|r| r.text.clone())
            .filter(|t| !t.is_empty())
            .or_else(|| word.text(&self.work_lang).map(str::to_string))
            .unwrap_or_default();
        let work = WordSide::new(&self.work_lang, text, changed.and_then(|r| voice_of(&r.voice, r.voice_ms)));
        let home = self.home_side(&id, word.text(&self.home_lang), &work);
        WordView {
            category: changed.and_then(|r| r.category).unwrap_or(word.category),
            picture: Some(word.key.clone()),
            photo: changed.and_then(|r| r.photo.clone()),
            photo_thumb: changed.and_then(|r| r.photo_thumb.clone()),
            id,
            work,
            home,
            from_pack: true,
        }
    }

    fn own_view(&self, row: &WordRow) -> WordView {
        let work = WordSide::new(&self.work_lang, row.text.clone(), voice_of(&row.voice, row.voice_ms));
        let home = self.home_side(&row.id, None, &work);
        WordView {
            id: row.id.clone(),
            category: row.category.unwrap_or(Category::NewWords),
            picture: None,
            photo: row.photo.clone(),
            photo_thumb: row.photo_thumb.clone(),
            work,
            home,
            from_pack: false,
        }
    }

    /// Her side of a word: the café's translation over the pack's, or the working
    /// language itself when that is hers.
    fn home_side(&self, id: &str, from_pack: Option<&str>, work: &WordSide) -> WordSide {
        if self.home_lang == self.work_lang {
            return work.clone();
        }
        let row = self.home.get(id);
        let text = row.map(|r| r.text.clone()).filter(|t| !t.is_empty()).or_else(|| from_pack.map(str::to_string)).unwrap_or_default();
        WordSide::new(&self.home_lang, text, row.and_then(|r| voice_of(&r.voice, r.voice_ms)))
    }
}

fn voice_of(voice: &Option<String>, duration_ms: i64) -> Option<WordVoice> {
    voice.as_ref().map(|v| WordVoice { voice: v.clone(), duration_ms })
}

/// The text of a word as stored: trimmed, single-spaced, no control characters, not too long.
fn clean_word(raw: &str) -> Result<String> {
    let text: String = raw.split_whitespace().collect::<Vec<_>>().join(" ").chars().filter(|c| !c.is_control()).collect();
    if text.chars().count() > MAX_WORD_CHARS {
        return Err(Error::invalid("the word is too long"));
    }
    Ok(text)
}

impl Mestre {
    /// The words as the signed-in person reads them: the working language and hers.
    pub(crate) fn shelf(&self) -> Result<Arc<Shelf>> {
        let home_lang = self.require_signed_in()?.person.home_lang.clone();
        self.shelf_in(&home_lang)
    }

    /// The words with `home_lang` as the second language: the one kept from the last call
    /// while no word changed since (a screen of words asks many times a minute, each
    /// practice answer too; the café's words change a few times a day). When some did,
    /// only those are read again.
    pub(crate) fn shelf_in(&self, home_lang: &str) -> Result<Arc<Shelf>> {
        let store = self.store();
        let version = store.word_bank_version()?;
        let mut kept = self.word_shelf.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(k) = kept.as_mut().filter(|k| k.parts.home_lang == home_lang) {
            if k.version == version {
                return Ok(k.shelf.clone());
            }
            if let Some(changed) = store.words_changed_since(k.version)?.filter(|ids| ids.len() <= MAX_REREAD_WORDS) {
                for id in &changed {
                    self.reread_word(&mut k.parts, id)?;
                }
                k.version = version;
                k.shelf = Arc::new(k.parts.to_shelf());
                return Ok(k.shelf.clone());
            }
        }
        let parts = self.read_parts(home_lang)?;
        let shelf = Arc::new(parts.to_shelf());
        *kept = Some(KeptWords { version, parts, shelf: shelf.clone() });
        Ok(shelf)
    }

    /// Read one word of the kept bank again: its row (or that it was removed) and its
    /// translation into the kept language.
    fn reread_word(&self, parts: &mut ShelfParts, id: &str) -> Result<()> {
        let store = self.store();
        match store.word_row_any(id)? {
            Some((row, removed)) => {
                if !row.pack_key.is_empty() {
                    if removed {
                        parts.removed_pack_keys.insert(row.pack_key.clone());
                    } else {
                        parts.removed_pack_keys.remove(&row.pack_key);
                    }
                }
                if removed {
                    parts.rows.remove(id);
                } else {
                    parts.rows.insert(id.to_string(), row);
                }
            }
            None => {
                parts.rows.remove(id);
            }
        }
        if parts.home_lang != parts.work_lang {
            match store.word_translation(id, &parts.home_lang)? {
                Some(t) => parts.home.insert(id.to_string(), t),
                None => parts.home.remove(id),
            };
        }
        Ok(())
    }

    /// As if the last change to the words were new to the kept bank: the next screen
    /// re-reads that word and makes its shelf again (the benchmark measures that read,
    /// the first screen after a sync or an edit).
    pub fn pretend_words_changed(&self) {
        if let Some(k) = self.word_shelf.lock().unwrap_or_else(|e| e.into_inner()).as_mut() {
            k.version -= 1;
        }
    }

    fn read_parts(&self, home_lang: &str) -> Result<ShelfParts> {
        let work_lang = self.work_language()?.to_string();
        let store = self.store();
        let rows = store.word_rows()?.into_iter().map(|r| (r.id.clone(), r)).collect();
        let home = if home_lang == work_lang {
            HashMap::new()
        } else {
            store.word_translations_in(home_lang)?.into_iter().map(|t| (t.word_id.clone(), t)).collect()
        };
        Ok(ShelfParts {
            pack: Pack::shipped(),
            work_lang,
            home_lang: home_lang.to_string(),
            rows,
            removed_pack_keys: store.removed_pack_keys()?,
            home,
        })
    }

    /// The category cards, each with how many words it holds.
    pub fn word_categories(&self) -> Result<Vec<CategoryView>> {
        let shelf = self.shelf()?;
        let words = &shelf.words;
        Ok(Category::ALL
            .into_iter()
            .map(|category| CategoryView {
                category,
                picture: category.picture().to_string(),
                words: words.iter().filter(|w| w.category == category).count() as u32,
            })
            .filter(|c| c.words > 0 || c.category != Category::NewWords)
            .collect())
    }

    /// The words of one category, in the order the pack and the café gave them.
    pub fn words_in(&self, category: Category) -> Result<Vec<WordView>> {
        Ok(self.shelf()?.words.iter().filter(|w| w.category == category).cloned().collect())
    }

    /// One word.
    pub fn word(&self, id: &str) -> Result<WordView> {
        self.shelf()?.word(id).cloned().ok_or_else(|| Error::new(ErrorKind::NotFound, "no such word"))
    }

    /// One word with `lang` as its second language (a mentor editing a translation).
    pub fn word_in(&self, id: &str, lang: &str) -> Result<WordView> {
        self.require_signed_in()?;
        let lang = crate::people::checked_lang(lang)?;
        self.shelf_in(&lang)?.word(id).cloned().ok_or_else(|| Error::new(ErrorKind::NotFound, "no such word"))
    }

    /// Words whose text in either language answers what she typed, best first.
    pub fn find_words(&self, query: &str) -> Result<Vec<WordView>> {
        let query = fold(query);
        if query.is_empty() {
            return Ok(vec![]);
        }
        Ok(self.shelf()?.find(&query, MAX_FOUND))
    }

    /// A mentor or trainee adds a word (her own new word, or one for the café).
    pub fn add_word(&mut self, word: NewWord) -> Result<WordView> {
        let me = self.require_signed_in()?.person.id.clone();
        let text = clean_word(&word.text)?;
        let other_text = clean_word(&word.other_text)?;
        if text.is_empty() && word.photo.is_none() && word.voice.is_none() {
            return Err(Error::invalid("a word needs its text, a photo or a recording"));
        }
        self.check_media(word.photo.as_ref(), [word.voice.as_ref(), word.other_voice.as_ref()])?;
        let id = crate::new_id();
        let mut drafts: Vec<Draft> = vec![WordDraft::new(&id, &me)
            .category(Some(word.category))
            .text(text)
            .photo(word.photo.as_ref().map(|p| p.photo.clone()))
            .photo_thumb(word.photo.as_ref().map(|p| p.thumb.clone()))
            .voice(word.voice.as_ref().map(|c| c.voice.clone()))
            .voice_ms(word.voice.as_ref().map_or(0, |c| c.duration_ms))
            .created_ms(self.now_ms())
            .into()];
        if let Some(lang) = &word.other_lang {
            if !other_text.is_empty() || word.other_voice.is_some() {
                let lang = crate::people::checked_lang(lang)?;
                drafts.push(self.translation_draft(&id, &me, &lang, Some(other_text), word.other_voice.as_ref()));
            }
        }
        self.record(drafts)?;
        self.word(&id)
    }

    /// Change a word: its text, group, photo or recordings, in the working language or another.
    pub fn edit_word(&mut self, edit: WordEdit) -> Result<WordView> {
        self.require_signed_in()?;
        let (owner, pack_key) = self.word_owner(&edit.id)?;
        self.check_media(edit.photo.as_ref(), [edit.voice.as_ref(), edit.other_voice.as_ref()])?;
        let mut word = WordDraft::new(&edit.id, &owner);
        if let Some(key) = &pack_key {
            word = word.pack_key(key.clone());
        }
        let mut changed = false;
        if let Some(category) = edit.category {
            word = word.category(Some(category));
            changed = true;
        }
        if let Some(text) = &edit.text {
            word = word.text(clean_word(text)?);
            changed = true;
        }
        if let Some(photo) = &edit.photo {
            word = word.photo(Some(photo.photo.clone())).photo_thumb(Some(photo.thumb.clone()));
            changed = true;
        }
        if let Some(clip) = &edit.voice {
            word = word.voice(Some(clip.voice.clone())).voice_ms(clip.duration_ms);
            changed = true;
        }
        let mut drafts: Vec<Draft> = Vec::new();
        if changed {
            drafts.push(word.into());
        }
        if edit.other_text.is_some() || edit.other_voice.is_some() {
            let lang = crate::people::checked_lang(edit.other_lang.as_deref().unwrap_or_default())?;
            let text = edit.other_text.as_deref().map(clean_word).transpose()?;
            drafts.push(self.translation_draft(&edit.id, &owner, &lang, text, edit.other_voice.as_ref()));
        }
        if drafts.is_empty() {
            return Err(Error::invalid("nothing to change"));
        }
        self.record(drafts)?;
        self.word(&edit.id)
    }

    /// A mentor removes a word from the bank. Diary pages that show it keep what they
    /// hold; a starter word can be brought back by a new pack only if the café did not
    /// remove it.
    pub fn remove_word(&mut self, id: &str) -> Result<()> {
        self.require_mentor()?;
        let (owner, pack_key) = self.word_owner(id)?;
        let mut draft = WordDraft::new(id, &owner).deleted(true);
        if let Some(key) = pack_key {
            draft = draft.pack_key(key);
        }
        self.record(vec![draft.into()])?;
        Ok(())
    }

    /// Who owns word `id`'s row (the pack's owner for a starter word), and its pack key.
    fn word_owner(&self, id: &str) -> Result<(String, Option<String>)> {
        let shelf = self.shelf()?;
        if shelf.word(id).is_none() {
            return Err(Error::new(ErrorKind::NotFound, "no such word"));
        }
        match id.strip_prefix("pack:") {
            Some(key) => Ok((PACK_OWNER.to_string(), Some(key.to_string()))),
            None => Ok((shelf.owners.get(id).cloned().unwrap_or_default(), None)),
        }
    }

    fn translation_draft(&self, word_id: &str, owner: &str, lang: &str, text: Option<String>, voice: Option<&Clip>) -> Draft {
        let mut draft = WordTranslationDraft::new(translation_id(word_id, lang), owner).word_id(word_id).lang(lang);
        if let Some(text) = text {
            draft = draft.text(text);
        }
        if let Some(clip) = voice {
            draft = draft.voice(Some(clip.voice.clone())).voice_ms(clip.duration_ms);
        }
        draft.into()
    }

    /// Refuse photos and recordings that are not stored here (the UI stores them first).
    pub(crate) fn check_media<'a>(&self, photo: Option<&PhotoRef>, clips: impl IntoIterator<Item = Option<&'a Clip>>) -> Result<()> {
        let hashes = photo.into_iter().flat_map(|p| [&p.photo, &p.thumb]).chain(clips.into_iter().flatten().map(|c| &c.voice));
        for hash in hashes {
            if self.store().media(hash)?.is_none() {
                return Err(Error::new(ErrorKind::NotFound, "media not stored"));
            }
        }
        Ok(())
    }
}
