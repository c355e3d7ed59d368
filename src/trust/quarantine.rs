//! What a mentor sees of the changes that were refused: held in quarantine (really made
//! on the device they name, but not allowed) or set aside (not shown to come from the
//! device they name). Who, what, when and why, in her language, newest first.

use serde::Serialize;
use ts_rs::TS;

use crate::api::Mestre;
use crate::changes::authorize::Refusal;
use crate::error::Result;

/// How many refused changes the list shows at most (the count is always the full one).
pub const QUARANTINE_LIST_LIMIT: usize = 200;

/// One refused change, as the mentor's list shows it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct QuarantineEntry {
    /// Who it says made it: a person's name, or the id it named if she is not known here.
    pub who: String,
    /// The device it came from: its name if it was introduced, else its log id.
    pub device: String,
    /// What it tried to change, in her language ("A person", "A comment").
    pub what: String,
    /// When it was made, by its own stamp (for one set aside, whose stamp may be
    /// anything: when it arrived).
    #[ts(type = "number")]
    pub when_ms: i64,
    /// Why it was refused, in her language.
    pub why: String,
    pub reason: Refusal,
    /// The exact reason, for whoever looks into it.
    pub detail: String,
    /// Not kept in the change log (it could not be shown to be its device's).
    pub set_aside: bool,
}

/// The quarantine, for the mentor's home page.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Quarantine {
    #[ts(type = "number")]
    pub count: i64,
    pub entries: Vec<QuarantineEntry>,
}

/// The message that names a synced table for people.
fn table_message(table: &str) -> String {
    format!("record-{}", table.replace('_', "-"))
}

/// The message that says why a change was refused.
pub fn refusal_message(refusal: &Refusal) -> String {
    format!("refusal-{}", refusal.code())
}

impl Mestre {
    /// The refused changes, newest first. Mentors only.
    pub fn quarantine(&self) -> Result<Quarantine> {
        self.require_mentor()?;
        let lang = self.current_lang();
        let l = self.localizer();
        let people = self.store().people()?;
        let name_of = |id: &str| people.iter().find(|p| p.id == id).map_or_else(|| id.to_string(), |p| p.display_name.clone());
        let device_of = |origin: &str| -> Result<String> {
            Ok(match self.store().device_intro(origin)? {
                Some(intro) if !intro.name.is_empty() => intro.name,
                _ => origin.to_string(),
            })
        };
        let mut entries = Vec::new();
        for r in self.store().refused(QUARANTINE_LIST_LIMIT)? {
            let reason = Refusal::parse(&r.reason).unwrap_or(Refusal::Invalid);
            entries.push(QuarantineEntry {
                who: name_of(&r.author),
                device: device_of(&r.origin)?,
                what: l.format(&lang, &table_message(&r.table), &[]),
                when_ms: r.when_ms,
                why: l.format(&lang, &refusal_message(&reason), &[]),
                reason,
                detail: r.detail,
                set_aside: r.set_aside,
            });
        }
        Ok(Quarantine { count: self.store().count_refused()?, entries })
    }
}
