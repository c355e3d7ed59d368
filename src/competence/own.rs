//! The café's own curriculum aims. A café teaches more than the curricula say — its
//! espresso machine, its catering, its customers — and a mentor writes those aims
//! herself: a code, a short name and a plain explanation in the working language (and
//! in her trainees' languages), a picture, the diary cards whose days show it, and
//! whether fridge or word practice counts. They join the pack as one more curriculum
//! ([`OWN_CURRICULUM`]), so plans, self-assessment, evidence, marks, the certificate
//! and the monthly report treat them like any other aim. An aim the café stops
//! offering is hidden: plans that have it keep it, with all its marks.

use std::borrow::Cow;
use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::pack::{Aim, CurriculumPack, OwnAim, OWN_AREA, OWN_CURRICULUM};
use super::{CompetenceAimDraft, CompetenceAimRow};
use crate::api::Mestre;
use crate::content::{clean_text, new_own_id, ContentKind, LangText, OWN_PREFIX};
use crate::error::{Error, ErrorKind, Result};

/// One of the café's own aims as the mentor's form shows and sends it (no `id`: a new one).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OwnAimInput {
    pub id: Option<String>,
    /// "KAFE-1": what a training book writes.
    pub code: String,
    pub title: String,
    pub plain: String,
    pub official: String,
    /// One of [`own_aim_pictures`].
    pub picture: String,
    /// Diary task cards whose days show it.
    pub tasks: Vec<String>,
    pub fridge: bool,
    pub words: bool,
    /// Its short name in other languages (an empty text: not written).
    pub titles: Vec<LangText>,
    /// Its plain explanation in other languages.
    pub plains: Vec<LangText>,
    /// No longer offered for plans.
    pub hidden: bool,
}

/// The café's own aims, and the code a new one is offered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct OwnAims {
    pub aims: Vec<OwnAimInput>,
    /// "KAFE-<n>", one past the café's highest.
    pub next_code: String,
}

/// The pictures an own aim may have: those of the pack's aims, the task cards' and a medal.
pub fn own_aim_pictures() -> Vec<String> {
    let mut pictures: Vec<String> = CurriculumPack::shipped().aims.iter().map(|a| a.picture.clone()).collect();
    pictures.extend(crate::diary::TASKS.iter().map(|t| format!("task-{}", t.id)));
    pictures.push("aim-medal".into());
    pictures.push("aim-certificate".into());
    let mut seen = std::collections::HashSet::new();
    pictures.retain(|p| seen.insert(p.clone()));
    pictures
}

impl Aim {
    /// One of the café's own aims.
    pub fn is_own(&self) -> bool {
        self.id.starts_with(OWN_PREFIX)
    }
}

impl Mestre {
    /// The curricula as this café has them: the pack, and its own aims when it has any.
    pub(crate) fn curriculum(&self) -> Result<Cow<'static, CurriculumPack>> {
        let rows = self.store().competence_aims()?;
        let shipped = CurriculumPack::shipped();
        let rows: Vec<CompetenceAimRow> = rows.into_iter().filter(|r| r.id.starts_with(OWN_PREFIX)).collect();
        if rows.is_empty() {
            return Ok(Cow::Borrowed(shipped));
        }
        let mut titles = self.own_texts_of(ContentKind::Aim)?;
        let mut plains = self.own_texts_of(ContentKind::AimPlain)?;
        let own = rows
            .into_iter()
            .map(|r| OwnAim {
                titles: titles.remove(&r.id).unwrap_or_default(),
                plains: plains.remove(&r.id).unwrap_or_default(),
                title: r.title,
                plain: r.plain,
                aim: Aim {
                    code: if r.code.is_empty() { OWN_CURRICULUM.to_string() } else { r.code },
                    id: r.id,
                    curriculum: OWN_CURRICULUM.into(),
                    area: OWN_AREA.into(),
                    picture: r.picture,
                    tasks: r.tasks,
                    fridge: r.fridge,
                    words: r.words,
                    official: r.official,
                    hidden: r.hidden,
                },
            })
            .collect();
        let work = self.work_language()?;
        let localizer = self.localizer();
        Ok(Cow::Owned(shipped.with_own(own, work, |lang, what| {
            localizer.format(lang, if what == "curriculum" { "competence-own-curriculum" } else { "competence-own-area" }, &[])
        })))
    }

    /// The café's own aims as the mentor's form edits them, oldest first.
    pub fn own_aims(&self) -> Result<OwnAims> {
        self.require_mentor()?;
        let mut titles = self.own_texts_of(ContentKind::Aim)?;
        let mut plains = self.own_texts_of(ContentKind::AimPlain)?;
        let listed = |texts: Option<HashMap<String, String>>| {
            let mut out: Vec<LangText> = texts.unwrap_or_default().into_iter().map(|(lang, text)| LangText { lang, text }).collect();
            out.sort_by(|a, b| a.lang.cmp(&b.lang));
            out
        };
        let rows: Vec<CompetenceAimRow> = self.store().competence_aims()?.into_iter().filter(|r| r.id.starts_with(OWN_PREFIX)).collect();
        let highest = rows
            .iter()
            .filter_map(|r| r.code.strip_prefix(&format!("{OWN_CURRICULUM}-")).and_then(|n| n.parse::<u32>().ok()))
            .max()
            .unwrap_or(0);
        let aims = rows
            .into_iter()
            .map(|r| OwnAimInput {
                titles: listed(titles.remove(&r.id)),
                plains: listed(plains.remove(&r.id)),
                id: Some(r.id),
                code: r.code,
                title: r.title,
                plain: r.plain,
                official: r.official,
                picture: r.picture,
                tasks: r.tasks,
                fridge: r.fridge,
                words: r.words,
                hidden: r.hidden,
            })
            .collect();
        Ok(OwnAims { aims, next_code: format!("{OWN_CURRICULUM}-{}", highest + 1) })
    }

    /// A mentor adds one of the café's own aims, or changes one (signed with her key).
    /// Returns the café's own aims.
    pub fn save_own_aim(&mut self, input: OwnAimInput) -> Result<OwnAims> {
        self.require_mentor_key()?;
        let code = clean_text(&input.code, 20, "code")?;
        let title = clean_text(&input.title, 160, "name")?;
        let plain = clean_text(&input.plain, 600, "explanation")?;
        let official = clean_text(&input.official, 600, "curriculum text")?;
        if title.is_empty() || plain.is_empty() {
            return Err(Error::invalid("an aim needs its name and a plain explanation"));
        }
        if !own_aim_pictures().contains(&input.picture) {
            return Err(Error::invalid(format!("no picture {}", input.picture)));
        }
        let mut tasks: Vec<String> = Vec::new();
        for task in &input.tasks {
            if !self.is_task(task)? {
                return Err(Error::invalid(format!("no task {task}")));
            }
            if !tasks.contains(task) {
                tasks.push(task.clone());
            }
        }
        let id = match &input.id {
            None => new_own_id(),
            Some(id) if id.starts_with(OWN_PREFIX) && self.store().competence_aim(id)?.is_some() => id.clone(),
            Some(id) => return Err(Error::new(ErrorKind::NotFound, format!("no own aim {id}"))),
        };
        let cafe = self.cafe_owner()?;
        let mut aim = CompetenceAimDraft::new(&id, &cafe)
            .code(code)
            .title(title)
            .plain(plain)
            .official(official)
            .picture(input.picture.clone())
            .tasks(tasks)
            .fridge(input.fridge)
            .words(input.words)
            .hidden(input.hidden)
            .deleted(false);
        if input.id.is_none() {
            aim = aim.created_ms(self.now_ms());
        }
        let mut drafts = vec![aim.into()];
        drafts.extend(self.own_text_drafts(ContentKind::Aim, &id, &input.titles)?);
        drafts.extend(self.own_text_drafts(ContentKind::AimPlain, &id, &input.plains)?);
        self.record(drafts)?;
        self.own_aims()
    }
}
