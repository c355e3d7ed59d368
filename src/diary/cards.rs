//! Task cards: the café's everyday work as picture cards she chooses on "my day". The
//! starter cards ([`TASKS`]) are Mestre's, named in every language by their messages
//! (`task-<id>`); a mentor adds the café's own — a photo or one of Mestre's pictures, its
//! name in the working language and in her trainees' languages — and hides the cards
//! the café has no use for. A hidden card is off her choices, but a day that chose it
//! still shows it: nothing she wrote changes.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{is_starter_task, Area, TaskCardDraft, TASKS};
use crate::api::Mestre;
use crate::content::{clean_text, new_own_id, ContentKind, LangText, OWN_PREFIX};
use crate::error::{Error, ErrorKind, Result};
use crate::i18n::Localizer;
use crate::media::PhotoRef;
use crate::recipes::Bilingual;

/// The longest name a card may have.
pub const MAX_TASK_CHARS: usize = 120;

/// A task card as the screens show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct TaskCard {
    pub id: String,
    pub area: Area,
    /// The café's own card's name, in the working language and the reader's (a starter
    /// card's words are the message `task-<id>`).
    pub name: Option<Bilingual>,
    /// One of Mestre's pictures (`task-wash-hands`, `kitchen`), when it has no photo.
    pub picture: Option<String>,
    pub photo: Option<String>,
    pub photo_thumb: Option<String>,
    /// One of the café's own.
    pub own: bool,
    /// Off the cards she chooses from.
    pub hidden: bool,
    /// An own card's name in other languages, as written (for the mentor's form).
    pub texts: Vec<LangText>,
}

/// A task card a mentor adds (no `id`) or changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TaskCardInput {
    pub id: Option<String>,
    pub area: Area,
    /// Its name in the working language.
    pub text: String,
    /// One of Mestre's pictures, when there is no photo.
    pub picture: Option<String>,
    pub photo: Option<PhotoRef>,
    /// Its name in other languages (an empty text: not written).
    pub texts: Vec<LangText>,
}

/// The pictures an own card may show: the starter cards' and the areas'.
pub fn own_task_pictures() -> Vec<String> {
    TASKS.iter().map(|t| format!("task-{}", t.id)).chain(Area::ALL.iter().map(|a| a.as_str().to_string())).collect()
}

/// Every card's name in any language: the starter cards' messages and the café's own
/// texts. Read once for a page that names many days' tasks.
pub(crate) struct TaskNames {
    /// Own cards: the working language's text, and the texts in other languages.
    own: HashMap<String, (String, HashMap<String, String>)>,
}

impl TaskNames {
    /// A card's name in `lang` (an own card without a text there: the working language's).
    pub(crate) fn name(&self, localizer: &Localizer, id: &str, lang: &str) -> String {
        match self.own.get(id) {
            Some((work, texts)) => texts.get(lang).cloned().unwrap_or_else(|| work.clone()),
            None => localizer.format(lang, &format!("task-{id}"), &[]),
        }
    }
}

impl Mestre {
    /// Every task card — the starter cards, then the café's own — with the café's
    /// choices (hidden or not), named in the reader's two languages. "My day" offers
    /// those not hidden; her days show any of them.
    pub fn diary_tasks(&self) -> Result<Vec<TaskCard>> {
        let home = self.require_signed_in()?.person.home_lang.clone();
        let work = self.work_language()?;
        let rows = self.store().task_cards()?;
        let mut texts = self.own_texts_of(ContentKind::Task)?;
        let hidden = |id: &str| rows.iter().any(|r| r.id == id && r.hidden);
        let mut cards: Vec<TaskCard> = TASKS
            .iter()
            .map(|t| TaskCard {
                id: t.id.to_string(),
                area: t.area,
                name: None,
                picture: Some(format!("task-{}", t.id)),
                photo: None,
                photo_thumb: None,
                own: false,
                hidden: hidden(t.id),
                texts: vec![],
            })
            .collect();
        for row in rows.into_iter().filter(|r| r.id.starts_with(OWN_PREFIX)) {
            let mine = texts.remove(&row.id).unwrap_or_default();
            let home_text = if home == work { None } else { mine.get(&home).cloned() };
            let mut written: Vec<LangText> = mine.into_iter().map(|(lang, text)| LangText { lang, text }).collect();
            written.sort_by(|a, b| a.lang.cmp(&b.lang));
            cards.push(TaskCard {
                name: Some(Bilingual { home: home_text.unwrap_or_else(|| row.text.clone()), work: row.text }),
                picture: row.photo_thumb.is_none().then_some(row.picture),
                photo: row.photo,
                photo_thumb: row.photo_thumb,
                id: row.id,
                area: row.area,
                own: true,
                hidden: row.hidden,
                texts: written,
            });
        }
        Ok(cards)
    }

    /// Every card's name, for pages that name her tasks in a sentence.
    pub(crate) fn task_names(&self) -> Result<TaskNames> {
        let mut texts = self.own_texts_of(ContentKind::Task)?;
        let own = self
            .store()
            .task_cards()?
            .into_iter()
            .filter(|r| r.id.starts_with(OWN_PREFIX))
            .map(|r| {
                let mine = texts.remove(&r.id).unwrap_or_default();
                (r.id, (r.text, mine))
            })
            .collect();
        Ok(TaskNames { own })
    }

    /// Whether `id` is a card of this café (hidden or not): one she may have done.
    pub(crate) fn is_task(&self, id: &str) -> Result<bool> {
        Ok(is_starter_task(id) || (id.starts_with(OWN_PREFIX) && self.store().task_card(id)?.is_some()))
    }

    /// A mentor adds one of the café's own cards, or changes one. Returns every card.
    pub fn save_task_card(&mut self, input: TaskCardInput) -> Result<Vec<TaskCard>> {
        self.require_mentor_key()?;
        let text = clean_text(&input.text, MAX_TASK_CHARS, "task card")?;
        if text.is_empty() {
            return Err(Error::invalid("a task card needs its name"));
        }
        let picture = match (&input.photo, input.picture.as_deref()) {
            (Some(_), _) => String::new(),
            (None, Some(p)) if own_task_pictures().iter().any(|o| o == p) => p.to_string(),
            (None, _) => return Err(Error::invalid("a task card needs a photo or one of Mestre's pictures")),
        };
        self.check_media(input.photo.as_ref(), [])?;
        let cafe = self.cafe_owner()?;
        let id = match &input.id {
            None => new_own_id(),
            Some(id) if id.starts_with(OWN_PREFIX) && self.store().task_card(id)?.is_some() => id.clone(),
            Some(id) => return Err(Error::new(ErrorKind::NotFound, format!("no own task card {id}"))),
        };
        let mut card = TaskCardDraft::new(&id, &cafe)
            .area(input.area)
            .text(text)
            .picture(picture)
            .photo(input.photo.as_ref().map(|p| p.photo.clone()))
            .photo_thumb(input.photo.as_ref().map(|p| p.thumb.clone()))
            .deleted(false);
        if input.id.is_none() {
            card = card.hidden(false).created_ms(self.now_ms());
        }
        let mut drafts = vec![card.into()];
        drafts.extend(self.own_text_drafts(ContentKind::Task, &id, &input.texts)?);
        self.record(drafts)?;
        self.diary_tasks()
    }

    /// A mentor takes a card off the cards she chooses from, or puts it back. Returns
    /// every card.
    pub fn set_task_card_hidden(&mut self, id: &str, hidden: bool) -> Result<Vec<TaskCard>> {
        self.require_mentor_key()?;
        let cafe = self.cafe_owner()?;
        let draft = if let Some(starter) = TASKS.iter().find(|t| t.id == id) {
            TaskCardDraft::new(id, &cafe).area(starter.area).hidden(hidden).deleted(false)
        } else if id.starts_with(OWN_PREFIX) && self.store().task_card(id)?.is_some() {
            TaskCardDraft::new(id, &cafe).hidden(hidden)
        } else {
            return Err(Error::new(ErrorKind::NotFound, format!("no task card {id}")));
        };
        self.record(vec![draft.into()])?;
        self.diary_tasks()
    }
}
