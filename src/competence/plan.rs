//! Her training plan and where she stands on each aim: a mentor chooses the aims of a
//! trainee's plan; the competence screens show every aim (mentors) or the aims of her
//! plan (the trainee herself), each with her newest rating, her mentor's newest mark
//! and how much evidence is linked.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use super::pack::{Aim, CurriculumPack};
use super::{
    plan_id, AimView, AreaView, CompetenceEvidenceRow, CompetenceMarkRow, CompetencePlanDraft, CompetenceRatingRow, Competences,
    CurriculumView, MarkView, Totals,
};
use crate::api::Mestre;
use crate::diary::cards::TaskNames;
use crate::error::{Error, ErrorKind, Result};
use crate::i18n::{FluentArg, Localizer};
use crate::people::{Person, Role};
use crate::recipes::Bilingual;

/// Everything about one trainee's competences, read at once: her plan, her ratings and
/// her mentors' marks (oldest first), the evidence linked, and her two languages.
pub(crate) struct Standing<'a> {
    /// The curricula as the café has them (its own aims too).
    pub(crate) pack: Cow<'static, CurriculumPack>,
    pub(crate) person: Person,
    pub(crate) work: String,
    pub(crate) home: String,
    pub(crate) localizer: &'a Localizer,
    pub(crate) plan: HashSet<String>,
    pub(crate) ratings: Vec<CompetenceRatingRow>,
    pub(crate) marks: Vec<CompetenceMarkRow>,
    pub(crate) evidence: Vec<CompetenceEvidenceRow>,
    pub(crate) names: HashMap<String, String>,
    /// Marks whose mentor signature was checked here: id → valid (the others are shown
    /// as not checked).
    pub(crate) signatures: HashMap<String, bool>,
    /// The task cards' names (her days' tasks are named in evidence).
    pub(crate) task_names: TaskNames,
}

impl Standing<'_> {
    /// A message in both languages.
    pub(crate) fn both(&self, id: &str, args: &[(&str, FluentArg)]) -> Bilingual {
        Bilingual { work: self.localizer.format(&self.work, id, args), home: self.localizer.format(&self.home, id, args) }
    }

    /// A text of the curriculum pack in both languages.
    pub(crate) fn pack_text(&self, id: &str) -> Bilingual {
        Bilingual { work: self.pack.text(id, &self.work), home: self.pack.text(id, &self.home) }
    }

    /// A date (YYYY-MM-DD) as each language writes it.
    pub(crate) fn date(&self, day: &str) -> Bilingual {
        Bilingual { work: self.localizer.date(&self.work, day), home: self.localizer.date(&self.home, day) }
    }

    pub(crate) fn aim(&self, id: &str) -> Result<&Aim> {
        self.pack.aim(id).ok_or_else(|| Error::new(ErrorKind::NotFound, format!("no aim {id}")))
    }

    /// Her newest rating of an aim.
    pub(crate) fn level(&self, aim: &str) -> Option<&CompetenceRatingRow> {
        self.ratings.iter().rev().find(|r| r.aim == aim)
    }

    /// The newest mark on an aim.
    pub(crate) fn mark(&self, aim: &str) -> Option<&CompetenceMarkRow> {
        self.marks.iter().rev().find(|m| m.aim == aim)
    }

    /// The evidence linked to an aim.
    pub(crate) fn linked(&self, aim: &str) -> impl Iterator<Item = &CompetenceEvidenceRow> {
        let aim = aim.to_string();
        self.evidence.iter().filter(move |e| e.aim == aim && e.linked)
    }

    /// How many pieces of each kind of evidence are linked to an aim (kinds with none left
    /// out), in the order of [`EvidenceKind::ALL`]: what a certificate and a badge summarise.
    pub(crate) fn evidence_counts(&self, aim: &str) -> Vec<(super::EvidenceKind, usize)> {
        super::EvidenceKind::ALL
            .into_iter()
            .map(|kind| (kind, self.linked(aim).filter(|e| e.kind == kind).count()))
            .filter(|(_, count)| *count > 0)
            .collect()
    }

    pub(crate) fn mark_view(&self, row: &CompetenceMarkRow) -> MarkView {
        MarkView {
            id: row.id.clone(),
            mark: row.mark,
            letter: row.mark.letter().to_string(),
            name: self.both(&row.mark.message_id(), &[]),
            day: row.day.clone(),
            date: self.date(&row.day),
            mentor_id: row.owner.clone(),
            mentor_name: self.names.get(&row.owner).cloned().unwrap_or_default(),
            comment: row.comment.clone(),
            voice: row.voice.clone(),
            duration_ms: row.duration_ms,
            evidence_count: row.evidence.len() as u32,
            signature_valid: self.signatures.get(&row.id).copied(),
        }
    }

    pub(crate) fn aim_view(&self, aim: &Aim) -> AimView {
        let level = self.level(&aim.id);
        AimView {
            id: aim.id.clone(),
            code: aim.code.clone(),
            curriculum: aim.curriculum.clone(),
            picture: aim.picture.clone(),
            title: self.pack_text(&aim.message_id()),
            plain: self.pack_text(&aim.plain_id()),
            official: aim.official.clone(),
            in_plan: self.plan.contains(&aim.id),
            level: level.map(|r| r.level),
            level_day: level.map(|r| r.day.clone()),
            mark: self.mark(&aim.id).map(|m| self.mark_view(m)),
            evidence_count: self.linked(&aim.id).count() as u32,
        }
    }

    /// Her totals over the aims of her plan.
    pub(crate) fn totals(&self) -> Totals {
        totals(&self.plan, &self.marks, &self.ratings)
    }
}

/// Totals over the aims of a plan, from her marks and ratings (each oldest first).
pub(crate) fn totals(plan: &HashSet<String>, marks: &[CompetenceMarkRow], ratings: &[CompetenceRatingRow]) -> Totals {
    let mut totals = Totals { planned: plan.len() as u32, ..Totals::default() };
    for aim in plan {
        let mark = marks.iter().rev().find(|m| &m.aim == aim).map(|m| m.mark);
        let level = ratings.iter().rev().find(|r| &r.aim == aim).map(|r| r.level);
        totals.count(mark, level);
    }
    totals
}

impl Mestre {
    /// Whoever may see a trainee's competences (she and her mentors), and her record.
    /// Signatures are checked by the page that shows them ([`Standing::check_signatures`]).
    pub(crate) fn standing(&self, person_id: &str) -> Result<Standing<'_>> {
        self.may_read_diary_of(person_id)?;
        let person = self.person(person_id)?;
        if person.role != Role::Trainee {
            return Err(Error::new(ErrorKind::NotFound, "competences are a trainee's"));
        }
        let store = self.store();
        Ok(Standing {
            pack: self.curriculum()?,
            work: self.work_language()?.to_string(),
            home: person.home_lang.clone(),
            localizer: self.localizer(),
            plan: store.competence_plan_of(person_id)?.into_iter().map(|r| r.aim).collect(),
            ratings: store.competence_ratings_of(person_id)?,
            evidence: store.competence_evidence_of(person_id)?,
            names: self.names_by_id()?,
            marks: store.competence_marks_of(person_id)?,
            signatures: HashMap::new(),
            task_names: self.task_names()?,
            person,
        })
    }

    /// A trainee's competences: every aim for a mentor (those of her plan marked), only
    /// the aims of her plan for the trainee herself.
    pub fn competences(&self, person_id: &str) -> Result<Competences> {
        let standing = self.standing(person_id)?;
        let only_plan = self.require_signed_in()?.person.role == Role::Trainee;
        let mut curricula = Vec::new();
        for c in &standing.pack.curricula {
            let mut areas = Vec::new();
            for area in &c.areas {
                let aims: Vec<AimView> = area
                    .aims
                    .iter()
                    .filter_map(|id| standing.pack.aim(id))
                    // A hidden own aim is offered no more, but a plan that has it keeps it.
                    .filter(|aim| if only_plan || aim.hidden { standing.plan.contains(&aim.id) } else { true })
                    .map(|aim| standing.aim_view(aim))
                    .collect();
                if !aims.is_empty() {
                    areas.push(AreaView { key: area.key.clone(), title: standing.pack_text(&area.message_id(&c.code)), aims });
                }
            }
            if !areas.is_empty() {
                curricula.push(CurriculumView { code: c.code.clone(), title: standing.pack_text(&c.message_id()), areas });
            }
        }
        Ok(Competences {
            person_id: standing.person.id.clone(),
            person_name: standing.person.name.clone(),
            home_lang: standing.home.clone(),
            work_lang: standing.work.clone(),
            totals: standing.totals(),
            curricula,
        })
    }

    /// The signed-in trainee's own competences (the aims of her plan).
    pub fn my_competences(&self) -> Result<Competences> {
        let me = self.require_trainee()?.person.id;
        self.competences(&me)
    }

    /// A mentor puts an aim in a trainee's plan, or takes it out. Signed with her key.
    /// An aim taken out keeps its marks, ratings and evidence: put back, it shows them again.
    pub fn set_plan(&mut self, person_id: &str, aim: &str, in_plan: bool) -> Result<Competences> {
        self.require_mentor_key()?;
        let person = self.person(person_id)?;
        if person.role != Role::Trainee {
            return Err(Error::new(ErrorKind::NotFound, "only a trainee has a training plan"));
        }
        match self.curriculum()?.aim(aim) {
            None => return Err(Error::new(ErrorKind::NotFound, format!("no aim {aim}"))),
            Some(found) if found.hidden && in_plan => return Err(Error::invalid(format!("the café no longer offers {aim}"))),
            Some(_) => {}
        }
        let already = self.store().competence_plan_of(person_id)?.iter().any(|r| r.aim == aim);
        if already != in_plan {
            let draft = CompetencePlanDraft::new(plan_id(person_id, aim), person_id);
            let draft = if in_plan { draft.aim(aim).added_ms(self.now_ms()).deleted(false) } else { draft.deleted(true) };
            self.record(vec![draft.into()])?;
        }
        self.competences(person_id)
    }

    /// The café's date today, YYYY-MM-DD (in its own time zone).
    pub(crate) fn cafe_today(&self) -> Result<String> {
        let country = self.cafe_country()?;
        Ok(crate::fridge::rules::iso(crate::fridge::rules::kitchen_date(self.now_ms(), country)))
    }
}
