//! A mentor's sign-off: P (started), F (completed), K (checked), with the day, her name,
//! a comment in words or a voice note, and the evidence she saw. Each mark is a change
//! signed with her own key (her password unlocks it), kept in her log and never changed:
//! a tablet cannot forge one, and an altered one no longer verifies.
//!
//! The order is the training book's: P, then F, then K, one step at a time; K only with
//! evidence linked. A mark may go back (a K signed by mistake), but only with a comment
//! that says why — the earlier marks stay in the log.

use super::{AimDetail, CompetenceMarkDraft, CompetenceMarkRow, Mark, MarkRequest};
use crate::api::Mestre;
use crate::changes::signing::{key_id, verify};
use crate::error::{Error, ErrorKind, Result};
use crate::people::Role;
use crate::storage::Store;
use crate::trust::MentorKeyRow;

/// The longest comment on a mark, in characters.
pub const MAX_COMMENT_CHARS: usize = 2000;

/// Whether `next` may follow `current` on an aim with `evidence` pieces linked, and if
/// not, why. `has_comment`: a step back needs one.
pub fn check_transition(current: Option<Mark>, next: Mark, evidence: usize, has_comment: bool) -> Result<()> {
    let forward = match current {
        None => Some(Mark::Started),
        Some(mark) => mark.next(),
    };
    if Some(next) == forward {
        if next == Mark::Checked && evidence == 0 {
            return Err(Error::new(ErrorKind::EvidenceMissing, "K needs evidence"));
        }
        return Ok(());
    }
    match current {
        Some(mark) if next < mark => {
            if has_comment {
                Ok(())
            } else {
                Err(Error::new(ErrorKind::CommentMissing, "a step back needs a comment"))
            }
        }
        _ => Err(Error::new(ErrorKind::MarkOutOfOrder, format!("{:?} cannot follow {current:?}", next))),
    }
}

/// A stored mark's values as its change carries them.
fn stored_fields(row: &CompetenceMarkRow) -> std::collections::BTreeMap<String, serde_json::Value> {
    let draft: crate::changes::Draft = CompetenceMarkDraft::new(&row.id, &row.owner)
        .trainee(row.trainee.as_str())
        .aim(row.aim.as_str())
        .mark(row.mark)
        .day(row.day.as_str())
        .comment(row.comment.as_str())
        .voice(row.voice.clone())
        .duration_ms(row.duration_ms)
        .evidence(row.evidence.clone())
        .signed_ms(row.signed_ms)
        .into();
    draft.fields
}

/// The marks a mentor may set now: the next step (K only with evidence), and any step back.
pub fn allowed_marks(current: Option<Mark>, evidence: usize) -> Vec<Mark> {
    Mark::ALL.into_iter().filter(|&m| check_transition(current, m, evidence, true).is_ok()).collect()
}

impl Mestre {
    /// A mentor marks an aim of a trainee's plan: P, F or K. Signed with her key.
    pub fn mark_aim(&mut self, request: MarkRequest) -> Result<AimDetail> {
        self.require_mentor_key()?;
        let mentor = self.require_mentor()?.person.id.clone();
        let person = self.person(&request.person_id)?;
        if person.role != Role::Trainee {
            return Err(Error::new(ErrorKind::NotFound, "only a trainee's aims are marked"));
        }
        if self.curriculum()?.aim(&request.aim).is_none() {
            return Err(Error::new(ErrorKind::NotFound, format!("no aim {}", request.aim)));
        }
        let comment = request.comment.trim();
        if comment.chars().count() > MAX_COMMENT_CHARS {
            return Err(Error::invalid("comment too long"));
        }
        if let Some(clip) = &request.voice {
            if self.store().media(&clip.voice)?.is_none() {
                return Err(Error::new(ErrorKind::NotFound, "recording not stored"));
            }
        }
        let standing = self.standing(&person.id)?;
        if !standing.plan.contains(&request.aim) {
            return Err(Error::new(ErrorKind::AimNotInPlan, format!("{} is not in her plan", request.aim)));
        }
        let evidence: Vec<String> = standing.linked(&request.aim).map(|e| e.id.clone()).collect();
        let current = standing.mark(&request.aim).map(|m| m.mark);
        check_transition(current, request.mark, evidence.len(), !comment.is_empty() || request.voice.is_some())?;
        let day = self.cafe_today()?;
        self.record(vec![CompetenceMarkDraft::new(crate::new_id(), &mentor)
            .trainee(&person.id)
            .aim(&request.aim)
            .mark(request.mark)
            .day(day)
            .comment(comment)
            .voice(request.voice.as_ref().map(|c| c.voice.clone()))
            .duration_ms(request.voice.as_ref().map_or(0, |c| c.duration_ms))
            .evidence(evidence)
            .signed_ms(self.now_ms())
            .into()])?;
        self.competence_aim(&person.id, &request.aim)
    }

    /// Whether the mark `id` is as its mentor signed it (see [`verify_mark`]).
    pub fn mark_signature_valid(&self, id: &str) -> Result<bool> {
        verify_mark(self.store(), id)
    }
}

/// Whether the mark `id` in `store` is as its mentor signed it: the applied change that
/// wrote it carries her signature, made with a key of hers this café knows, over exactly
/// the values stored. A changed byte anywhere — in the log or in the row — makes it false;
/// a forged change about it that was refused does not (it is not what wrote the row).
pub fn verify_mark(store: &Store, id: &str) -> Result<bool> {
    let Some(row) = store.get::<CompetenceMarkRow>(id)? else { return Ok(false) };
    let changes = store.applied_changes_for_row(CompetenceMarkRow::TABLE, id)?;
    // A mentor's log is written once: exactly one applied change, and the row is its values.
    let [change] = changes.as_slice() else { return Ok(false) };
    let mut written = change.fields.clone();
    written.remove("deleted");
    if change.author != row.owner || change.owner != row.owner || written != stored_fields(&row) {
        return Ok(false);
    }
    let (Some(key), Some(sig)) = (&change.mentor_key, &change.mentor_sig) else { return Ok(false) };
    let public = match store.get::<MentorKeyRow>(key)? {
        Some(k) if k.owner == change.author => k.public_key,
        Some(_) => return Ok(false),
        None => match store.trust_root()? {
            Some(root) if root.founder == change.author && key_id(&root.public_key) == *key => root.public_key,
            _ => return Ok(false),
        },
    };
    Ok(key_id(&public) == *key && verify(&public, &change.mentor_bytes(), sig))
}
