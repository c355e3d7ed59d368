//! The café's content in every language. Starter content (recipes, foods, aims, task
//! cards) comes from Mestre's packs, written in every shipped language; the café's own
//! items are written by a mentor in its working language. Here a mentor — or a
//! volunteer beside her — writes one of the café's own items in another language, and
//! records how any item sounds in any language: a speaker plays that recording before
//! any synthetic voice ([`Mestre::speak_content`]). The recording studio lists, per
//! language, what still lacks a voice or a text ([`studio`]).
//!
//! An item is named by its kind and id (`task:cafe-…`, `food:cooked-rice`,
//! `aim:RMF1-01.9`, `aim-plain:RMF1-01.9`, `recipe:pack:fiskesuppe`,
//! `step:pack:fiskesuppe/2`); one row per item and language holds both its text and
//! its recording, merged per field, so a text and a recording made on two devices
//! both stay.

pub mod studio;

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::api::Mestre;
use crate::changes::Ownership;
use crate::error::{Error, ErrorKind, Result};
use crate::media::Clip;
use crate::speech::Speech;

crate::synced_table! {
    /// A content item in one language: what the café wrote for it there (its own items
    /// only; "" when nobody has) and a recording of it. Id `<lang>/<item>`.
    pub table "content_language" (Ownership::Admin) => ContentLanguageRow, ContentLanguageDraft {
        item: String [max 160],
        lang: String [max 20],
        text: String [max 600],
        voice: Option<String> [media],
        voice_ms: i64,
    }
}

/// What kind of content an item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ContentKind {
    /// A task card of the café's own (a starter card's words are a prompt).
    Task,
    /// A food of the fridge catalogue.
    Food,
    /// A curriculum aim's short name.
    Aim,
    /// A curriculum aim's plain explanation.
    AimPlain,
    /// A recipe's name.
    Recipe,
    /// One step of a recipe.
    Step,
}

impl ContentKind {
    /// In the order the studio shows them.
    pub const ALL: [ContentKind; 6] =
        [ContentKind::Task, ContentKind::Food, ContentKind::Aim, ContentKind::AimPlain, ContentKind::Recipe, ContentKind::Step];

    pub fn as_str(self) -> &'static str {
        match self {
            ContentKind::Task => "task",
            ContentKind::Food => "food",
            ContentKind::Aim => "aim",
            ContentKind::AimPlain => "aim-plain",
            ContentKind::Recipe => "recipe",
            ContentKind::Step => "step",
        }
    }

    pub fn parse(s: &str) -> Option<ContentKind> {
        ContentKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// The kinds whose text the café writes itself (for its own items).
    pub fn is_written_by_cafe(self) -> bool {
        matches!(self, ContentKind::Task | ContentKind::Food | ContentKind::Aim | ContentKind::AimPlain)
    }
}

/// The name of an item: `<kind>:<id>`.
pub fn item_key(kind: ContentKind, id: &str) -> String {
    format!("{}:{id}", kind.as_str())
}

/// An item's kind and id, if `item` names one.
pub fn parse_item(item: &str) -> Option<(ContentKind, &str)> {
    let (kind, id) = item.split_once(':')?;
    let kind = ContentKind::parse(kind)?;
    (!id.is_empty()).then_some((kind, id))
}

/// The id of an item's row in one language.
pub fn language_id(lang: &str, item: &str) -> String {
    format!("{lang}/{item}")
}

/// Whether a row's id names the language and item its values say (checked on every
/// change that arrives: a row cannot claim to be another item's).
pub fn id_names(row_id: &str, lang: Option<&str>, item: Option<&str>) -> bool {
    let Some((id_lang, id_item)) = row_id.split_once('/') else { return false };
    lang.is_none_or(|l| l == id_lang) && item.is_none_or(|i| i == id_item)
}

/// The prefix of the café's own items' ids (task cards, foods, aims).
pub const OWN_PREFIX: &str = "cafe-";

/// Whether `item` is of Mestre's starter content (every café has it), not the café's own:
/// what a voice pack carries to other cafés.
pub fn is_starter_item(item: &str) -> bool {
    match parse_item(item) {
        Some((ContentKind::Recipe | ContentKind::Step, id)) => id.starts_with("pack:"),
        Some((ContentKind::Task, _)) | None => false,
        Some((_, id)) => !id.starts_with(OWN_PREFIX),
    }
}

/// A new id for one of the café's own items: 37 characters, so it fits wherever an aim
/// or a food is named (a plan's aim, a label's item).
pub(crate) fn new_own_id() -> String {
    format!("{OWN_PREFIX}{}", uuid::Uuid::now_v7().simple())
}

/// A line of text as stored: whitespace runs made one space, no control characters, at
/// most `max` characters (longer is refused, never cut).
pub(crate) fn clean_text(raw: &str, max: usize, what: &str) -> Result<String> {
    let text: String = raw.split_whitespace().collect::<Vec<_>>().join(" ").chars().filter(|c| !c.is_control()).collect();
    if text.chars().count() > max {
        return Err(Error::invalid(format!("the {what} is too long")));
    }
    Ok(text)
}

/// A text of one of the café's own items in one more language, as a form sends it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LangText {
    pub lang: String,
    pub text: String,
}

/// What the café wrote for its own items in one language, by item.
#[derive(Debug, Clone, Default)]
pub(crate) struct OwnTexts(HashMap<String, String>);

impl OwnTexts {
    /// The text of `item`, else `fallback` (the working language's).
    pub(crate) fn or<'a>(&'a self, item: &str, fallback: &'a str) -> &'a str {
        self.0.get(item).map_or(fallback, String::as_str)
    }
}

/// What the café wrote for its own items of one kind: item id → language → text.
pub(crate) type TextsById = HashMap<String, HashMap<String, String>>;

impl Mestre {
    /// What the café wrote for its own items of `kind`, in every language.
    pub(crate) fn own_texts_of(&self, kind: ContentKind) -> Result<TextsById> {
        let prefix = format!("{}:", kind.as_str());
        let mut texts = TextsById::new();
        for row in self.store().content_texts_of(kind.as_str())? {
            if let Some(id) = row.item.strip_prefix(&prefix) {
                texts.entry(id.to_string()).or_default().insert(row.lang, row.text);
            }
        }
        Ok(texts)
    }

    /// What the café wrote for its own items in `lang`.
    pub(crate) fn own_texts(&self, lang: &str) -> Result<OwnTexts> {
        Ok(OwnTexts(self.store().content_texts(lang)?.into_iter().map(|r| (r.item, r.text)).collect()))
    }

    /// Drafts writing an own item's texts in other languages (the working language's
    /// text lives on the item's own row, so it is skipped here). An empty text clears it.
    pub(crate) fn own_text_drafts(&self, kind: ContentKind, id: &str, texts: &[LangText]) -> Result<Vec<crate::changes::Draft>> {
        let work = self.work_language()?;
        let cafe = self.cafe_owner()?;
        let item = item_key(kind, id);
        let mut drafts = Vec::new();
        for t in texts {
            let lang = crate::people::checked_lang(&t.lang)?;
            if lang == work {
                continue;
            }
            let text = clean_text(&t.text, 600, "text")?;
            drafts
                .push(ContentLanguageDraft::new(language_id(&lang, &item), &cafe).item(&item).lang(&lang).text(text).deleted(false).into());
        }
        Ok(drafts)
    }

    /// Who the café's administration rows belong to: the café (its founding mentor's id
    /// before a café exists, in tests).
    pub(crate) fn cafe_owner(&self) -> Result<String> {
        match self.store().cafe()? {
            Some(cafe) => Ok(cafe.id),
            None => Ok(self.require_signed_in()?.person.id.clone()),
        }
    }

    /// Say a content item in `lang`: the café's recording of it, else `text` read by the
    /// synthetic voice of `lang` (as [`Mestre::speak_text`]).
    pub fn speak_content(&self, item: &str, lang: &str, text: &str) -> Result<Speech> {
        let lang = crate::people::checked_lang(lang)?;
        if parse_item(item).is_none() {
            return Err(Error::invalid(format!("no content item {item}")));
        }
        if let Some(row) = self.store().content_language(&language_id(&lang, item))? {
            if let Some(ogg) = row.voice.as_deref().and_then(|hash| self.recorded_bytes(hash)) {
                return Ok(Speech::recorded(crate::speech::strip_isolation(text), &lang, &ogg));
            }
        }
        self.speak_text(&lang, text)
    }

    /// A mentor (or a volunteer with her) records how a content item sounds in a language.
    pub fn save_content_clip(&mut self, lang: &str, item: &str, clip: &Clip) -> Result<()> {
        self.require_mentor()?;
        let lang = crate::people::checked_lang(lang)?;
        let (kind, id) = parse_item(item).ok_or_else(|| Error::invalid(format!("no content item {item}")))?;
        self.require_content_item(kind, id)?;
        self.check_media(None, [Some(clip)])?;
        let cafe = self.cafe_owner()?;
        self.record(vec![ContentLanguageDraft::new(language_id(&lang, item), cafe)
            .item(item)
            .lang(&lang)
            .voice(Some(clip.voice.clone()))
            .voice_ms(clip.duration_ms)
            .deleted(false)
            .into()])?;
        Ok(())
    }

    /// A mentor writes one of the café's own items in another language (empty: not
    /// written). Starter items are written in their pack.
    pub fn set_content_text(&mut self, lang: &str, item: &str, text: &str) -> Result<()> {
        self.require_mentor()?;
        let (kind, id) = parse_item(item).ok_or_else(|| Error::invalid(format!("no content item {item}")))?;
        if !kind.is_written_by_cafe() || !id.starts_with(OWN_PREFIX) {
            return Err(Error::invalid("only the café's own items are written here"));
        }
        self.require_content_item(kind, id)?;
        let drafts = self.own_text_drafts(kind, id, &[LangText { lang: lang.to_string(), text: text.to_string() }])?;
        if drafts.is_empty() {
            return Err(Error::invalid("the working language's text is the item's own: edit the item"));
        }
        self.record(drafts)?;
        Ok(())
    }

    /// Whether `item` names an item of this café (a storage error counts as no).
    pub(crate) fn content_item_exists(&self, item: &str) -> bool {
        parse_item(item).is_some_and(|(kind, id)| self.require_content_item(kind, id).is_ok())
    }

    /// Refuse an item that does not exist (a removed recipe, a step of another book).
    fn require_content_item(&self, kind: ContentKind, id: &str) -> Result<()> {
        let found = match kind {
            // A starter card's words are a prompt: it is recorded in the prompts' list.
            ContentKind::Task => id.starts_with(OWN_PREFIX) && self.store().task_card(id)?.is_some(),
            ContentKind::Food => self.food_pack()?.item(id).is_some(),
            ContentKind::Aim | ContentKind::AimPlain => self.curriculum()?.aim(id).is_some(),
            ContentKind::Recipe => self.recipe_exists(id)?,
            ContentKind::Step => self.recipe_step_exists(id)?,
        };
        if found {
            Ok(())
        } else {
            Err(Error::new(ErrorKind::NotFound, format!("no {} {id}", kind.as_str())))
        }
    }
}
