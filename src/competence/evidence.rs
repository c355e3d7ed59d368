//! Evidence: her own work linked to an aim — a diary day whose tasks belong to it, a
//! photo or voice note of such a day, a round of a fridge game for the aim, a day of
//! word practice. The app suggests what matches (by the aim's diary tasks, the fridge
//! games' aims, and whether words count for it); she or her mentor links it. Unlinked
//! evidence keeps its row (`linked` false), so her work is never deleted from here.

use std::collections::HashMap;

use super::pack::Aim;
use super::plan::Standing;
use super::{evidence_id, AimDetail, CompetenceEvidenceDraft, CompetenceEvidenceRow, EvidenceKind, EvidenceView, RatingView};
use crate::api::Mestre;
use crate::diary::{DiaryDayRow, DiaryItemRow, ItemKind};
use crate::error::{Error, ErrorKind, Result};
use crate::fridge::FridgePracticeRow;
use crate::i18n::FluentArg;
use crate::people::Role;
use crate::recipes::Bilingual;

/// How many suggestions an aim's page offers (newest first).
pub const MAX_SUGGESTIONS: usize = 12;
/// How far back suggestions look: her newest days, photos and rounds.
const LOOK_BACK: usize = 200;

/// Her work, read once for an aim's page.
struct Work {
    days: Vec<DiaryDayRow>,
    items: Vec<DiaryItemRow>,
    fridge: Vec<FridgePracticeRow>,
    /// (day, words practised, answered right) per day, newest first.
    words: Vec<(String, i64, i64)>,
}

/// The date in a day id (`day:<person>:<YYYY-MM-DD>`).
fn date_of_day_id(day_id: &str) -> &str {
    day_id.rsplit(':').next().unwrap_or("")
}

impl Standing<'_> {
    fn day_view(&self, aim: &Aim, day: &DiaryDayRow, items: &[&DiaryItemRow]) -> (Bilingual, Option<String>) {
        let tasks: Vec<&String> = day.tasks.iter().filter(|t| aim.tasks.contains(t)).collect();
        let names = |lang: &str| {
            let names: Vec<String> = tasks.iter().map(|t| self.task_names.name(self.localizer, t, lang)).collect();
            names.join(crate::i18n::format::list_separator(lang))
        };
        let one = |lang: &str| {
            let date = self.localizer.date(lang, &day.day);
            self.localizer.format(
                lang,
                "competence-summary-day",
                &[("date", FluentArg::from(date)), ("tasks", FluentArg::from(names(lang)))],
            )
        };
        let thumb = items.iter().find_map(|i| i.photo_thumb.clone());
        (Bilingual { work: one(&self.work), home: one(&self.home) }, thumb)
    }

    fn dated(&self, id: &str, day: &str, args: &[(&str, FluentArg)]) -> Bilingual {
        let one = |lang: &str| {
            let mut all = vec![("date", FluentArg::from(self.localizer.date(lang, day)))];
            all.extend(args.iter().cloned());
            self.localizer.format(lang, id, &all)
        };
        Bilingual { work: one(&self.work), home: one(&self.home) }
    }

    fn fridge_summary(&self, row: &FridgePracticeRow) -> Bilingual {
        let one = |lang: &str| {
            let game = self.localizer.format(lang, &format!("fridge-game-{}", row.game.as_str()), &[]);
            self.localizer.format(
                lang,
                "competence-summary-fridge",
                &[
                    ("game", FluentArg::from(game)),
                    ("right", FluentArg::from(row.points as f64)),
                    ("total", FluentArg::from(row.total as f64)),
                    ("date", FluentArg::from(self.localizer.date(lang, &row.day))),
                ],
            )
        };
        Bilingual { work: one(&self.work), home: one(&self.home) }
    }

    fn view(&self, aim: &Aim, kind: EvidenceKind, ref_id: &str, day: String, summary: Bilingual) -> EvidenceView {
        let id = evidence_id(&self.person.id, &aim.id, kind, ref_id);
        let linked = self.evidence.iter().find(|e| e.id == id && e.linked);
        EvidenceView {
            id,
            kind,
            ref_id: ref_id.to_string(),
            day,
            summary,
            photo_thumb: None,
            voice: None,
            linked: linked.is_some(),
            linked_by_name: linked.and_then(|e| self.names.get(&e.linked_by)).cloned().unwrap_or_default(),
        }
    }

    fn item_view(&self, aim: &Aim, item: &DiaryItemRow) -> Option<EvidenceView> {
        let day = date_of_day_id(&item.day_id).to_string();
        let (kind, id) = match item.kind {
            ItemKind::Photo => (EvidenceKind::Photo, "competence-summary-photo"),
            ItemKind::Voice => (EvidenceKind::VoiceNote, "competence-summary-voice"),
            ItemKind::Word => return None,
        };
        let summary = self.dated(id, &day, &[]);
        let mut view = self.view(aim, kind, &item.id, day, summary);
        view.photo_thumb = item.photo_thumb.clone();
        view.voice = item.voice.clone();
        Some(view)
    }

    fn words_view(&self, aim: &Aim, day: &str, count: i64, right: i64) -> EvidenceView {
        let summary = self.dated(
            "competence-summary-words",
            day,
            &[("count", FluentArg::from(count as f64)), ("right", FluentArg::from(right as f64))],
        );
        self.view(aim, EvidenceKind::WordPractice, day, day.to_string(), summary)
    }
}

impl Mestre {
    fn her_work(&self, person_id: &str, aim: &Aim) -> Result<Work> {
        let store = self.store();
        Ok(Work {
            days: if aim.tasks.is_empty() { vec![] } else { store.diary_days_of(person_id, LOOK_BACK)? },
            items: if aim.tasks.is_empty() { vec![] } else { store.diary_media_items_of(person_id, LOOK_BACK)? },
            fridge: if aim.fridge { store.fridge_practice_of(person_id)?.into_iter().take(LOOK_BACK).collect() } else { vec![] },
            words: if aim.words { store.word_practice_days(person_id, 60)? } else { vec![] },
        })
    }

    /// One linked piece of evidence as shown (her work read one row at a time: a page
    /// links a handful).
    fn linked_view(&self, standing: &Standing<'_>, aim: &Aim, row: &CompetenceEvidenceRow) -> Result<Option<EvidenceView>> {
        let store = self.store();
        let view = match row.kind {
            EvidenceKind::DiaryDay => match store.diary_day(&row.ref_id)? {
                Some(day) => {
                    let items = store.diary_items(&day.id)?;
                    let refs: Vec<&DiaryItemRow> = items.iter().collect();
                    let (summary, thumb) = standing.day_view(aim, &day, &refs);
                    let mut view = standing.view(aim, row.kind, &row.ref_id, day.day.clone(), summary);
                    view.photo_thumb = thumb;
                    Some(view)
                }
                None => None,
            },
            EvidenceKind::Photo | EvidenceKind::VoiceNote => store.diary_item(&row.ref_id)?.and_then(|item| standing.item_view(aim, &item)),
            EvidenceKind::FridgePractice => store
                .get::<FridgePracticeRow>(&row.ref_id)?
                .map(|r| standing.view(aim, row.kind, &r.id, r.day.clone(), standing.fridge_summary(&r))),
            EvidenceKind::WordPractice => {
                let (count, right) = store.word_practice_on(&standing.person.id, &row.ref_id)?;
                (count > 0).then(|| standing.words_view(aim, &row.ref_id, count, right))
            }
        };
        Ok(view)
    }

    /// What matches an aim and is not linked yet, newest first.
    fn suggestions(&self, standing: &Standing<'_>, aim: &Aim, work: &Work) -> Vec<EvidenceView> {
        let mut out = Vec::new();
        let items_of: HashMap<&str, Vec<&DiaryItemRow>> = work.items.iter().fold(HashMap::new(), |mut by, item| {
            by.entry(item.day_id.as_str()).or_default().push(item);
            by
        });
        for day in work.days.iter().filter(|d| d.tasks.iter().any(|t| aim.tasks.contains(t))) {
            let items = items_of.get(day.id.as_str()).cloned().unwrap_or_default();
            let (summary, thumb) = standing.day_view(aim, day, &items);
            let mut view = standing.view(aim, EvidenceKind::DiaryDay, &day.id, day.day.clone(), summary);
            view.photo_thumb = thumb;
            out.push(view);
            out.extend(items.iter().filter_map(|item| standing.item_view(aim, item)));
        }
        // The games name the pack's aims; an own aim that counts fridge practice takes any round.
        for round in work.fridge.iter().filter(|r| r.aim == aim.id || aim.is_own()) {
            out.push(standing.view(aim, EvidenceKind::FridgePractice, &round.id, round.day.clone(), standing.fridge_summary(round)));
        }
        for (day, count, right) in &work.words {
            out.push(standing.words_view(aim, day, *count, *right));
        }
        out.retain(|v| !v.linked);
        // Newest first; on one day, the day itself before its photos and notes.
        out.sort_by(|a, b| b.day.cmp(&a.day).then_with(|| (a.kind != EvidenceKind::DiaryDay).cmp(&(b.kind != EvidenceKind::DiaryDay))));
        out.truncate(MAX_SUGGESTIONS);
        out
    }

    /// One aim of a trainee's in full (she and her mentors): its marks (each signature
    /// checked), her ratings, the evidence linked, suggestions, and the marks the
    /// signed-in mentor may set now.
    pub fn competence_aim(&self, person_id: &str, aim_id: &str) -> Result<AimDetail> {
        let mut standing = self.standing(person_id)?;
        standing.aim(aim_id)?;
        // This aim's marks are shown with their signatures: check each.
        let mut signatures = std::collections::HashMap::new();
        for mark in standing.marks.iter().filter(|m| m.aim == aim_id) {
            signatures.insert(mark.id.clone(), self.mark_signature_valid(&mark.id)?);
        }
        standing.signatures = signatures;
        let aim = standing.aim(aim_id)?;
        let work = self.her_work(person_id, aim)?;
        let mut evidence = Vec::new();
        for row in standing.linked(aim_id) {
            if let Some(view) = self.linked_view(&standing, aim, row)? {
                evidence.push(view);
            }
        }
        evidence.sort_by(|a, b| b.day.cmp(&a.day));
        let is_mentor = self.require_signed_in()?.person.role == Role::Mentor;
        let next_marks = if is_mentor && standing.plan.contains(aim_id) {
            super::signoff::allowed_marks(standing.mark(aim_id).map(|m| m.mark), evidence.len())
        } else {
            vec![]
        };
        let area = standing.pack.area_of(aim).map(|a| standing.pack_text(&a.message_id(&aim.curriculum))).unwrap_or_default();
        let curriculum = standing.pack_text(&format!("curriculum-{}", aim.curriculum.to_lowercase()));
        Ok(AimDetail {
            person_id: standing.person.id.clone(),
            person_name: standing.person.name.clone(),
            home_lang: standing.home.clone(),
            work_lang: standing.work.clone(),
            aim: standing.aim_view(aim),
            area,
            curriculum,
            marks: standing.marks.iter().filter(|m| m.aim == aim_id).map(|m| standing.mark_view(m)).collect(),
            ratings: standing
                .ratings
                .iter()
                .filter(|r| r.aim == aim_id)
                .map(|r| RatingView { day: r.day.clone(), level: r.level, name: standing.both(&r.level.message_id(), &[]) })
                .collect(),
            suggestions: self.suggestions(&standing, aim, &work),
            evidence,
            next_marks,
        })
    }

    /// Link a piece of her work to an aim of her plan (she herself, or a mentor with her key).
    pub fn link_evidence(&mut self, person_id: &str, aim_id: &str, kind: EvidenceKind, ref_id: &str) -> Result<AimDetail> {
        self.may_write_evidence_of(person_id)?;
        let standing = self.standing(person_id)?;
        standing.aim(aim_id)?;
        if !standing.plan.contains(aim_id) {
            return Err(Error::new(ErrorKind::AimNotInPlan, format!("{aim_id} is not in her plan")));
        }
        let store = self.store();
        let hers = match kind {
            EvidenceKind::DiaryDay => store.diary_day(ref_id)?.is_some_and(|d| d.owner == person_id),
            EvidenceKind::Photo => store.diary_item(ref_id)?.is_some_and(|i| i.owner == person_id && i.kind == ItemKind::Photo),
            EvidenceKind::VoiceNote => store.diary_item(ref_id)?.is_some_and(|i| i.owner == person_id && i.kind == ItemKind::Voice),
            EvidenceKind::FridgePractice => store.get::<FridgePracticeRow>(ref_id)?.is_some_and(|r| r.owner == person_id),
            EvidenceKind::WordPractice => store.word_practice_on(person_id, ref_id)?.0 > 0,
        };
        if !hers {
            return Err(Error::new(ErrorKind::NotFound, format!("no {} {ref_id} of hers", kind.as_str())));
        }
        let me = self.require_signed_in()?.person.id.clone();
        self.record(vec![CompetenceEvidenceDraft::new(evidence_id(person_id, aim_id, kind, ref_id), person_id)
            .aim(aim_id)
            .kind(kind)
            .ref_id(ref_id)
            .linked(true)
            .linked_by(me)
            .linked_ms(self.now_ms())
            .into()])?;
        self.competence_aim(person_id, aim_id)
    }

    /// Take a piece of evidence off its aim (her work itself stays in her book).
    pub fn unlink_evidence(&mut self, evidence_id: &str) -> Result<AimDetail> {
        let row =
            self.store().get::<CompetenceEvidenceRow>(evidence_id)?.ok_or_else(|| Error::new(ErrorKind::NotFound, "no such evidence"))?;
        self.may_write_evidence_of(&row.owner)?;
        if row.linked {
            let me = self.require_signed_in()?.person.id.clone();
            self.record(vec![CompetenceEvidenceDraft::new(&row.id, &row.owner)
                .linked(false)
                .linked_by(me)
                .linked_ms(self.now_ms())
                .into()])?;
        }
        self.competence_aim(&row.owner, &row.aim)
    }

    /// She links her own evidence; a mentor links anyone's, signed with her key.
    fn may_write_evidence_of(&self, person_id: &str) -> Result<()> {
        let me = self.require_signed_in()?;
        if me.person.role == Role::Mentor {
            self.require_mentor_key().map(|_| ())
        } else if me.person.id == person_id {
            Ok(())
        } else {
            Err(Error::new(ErrorKind::NotAllowed, "only she and her mentors link her evidence"))
        }
    }
}
