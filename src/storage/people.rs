//! Reads of the café, its people and their credentials, and the device-local login
//! guard. Writes to synced tables go through the change log only.

use rusqlite::{params, OptionalExtension};

use super::Store;
use crate::cafe::CafeRow;
use crate::error::Result;
use crate::people::{CredentialRow, PersonRow, Role};

/// Wrong-PIN counting for one person on this device (never synced).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LoginGuardRow {
    pub failures: i64,
    pub lockouts: i64,
    pub locked_until_ms: i64,
}

impl Store {
    /// The café (the first one made, should two devices ever have set one up).
    pub fn cafe(&self) -> Result<Option<CafeRow>> {
        self.select_one("WHERE deleted = 0 ORDER BY hlc LIMIT 1", [])
    }

    /// Everyone who is not deleted, mentors first, then by name.
    pub fn people(&self) -> Result<Vec<PersonRow>> {
        self.select("WHERE deleted = 0 ORDER BY role = 'trainee', display_name COLLATE NOCASE, id", [])
    }

    pub fn person(&self, id: &str) -> Result<Option<PersonRow>> {
        self.get(id)
    }

    pub fn count_people(&self, role: Role) -> Result<i64> {
        Ok(self.conn().query_row("SELECT COUNT(*) FROM person WHERE role = ?1 AND deleted = 0", [role.as_str()], |r| r.get(0))?)
    }

    /// A person's credential (its id is the person's).
    pub fn credential(&self, person_id: &str) -> Result<Option<CredentialRow>> {
        self.get(person_id)
    }

    pub fn login_guard(&self, person_id: &str) -> Result<LoginGuardRow> {
        Ok(self
            .conn()
            .query_row("SELECT failures, lockouts, locked_until_ms FROM login_guard WHERE person_id = ?1", [person_id], |r| {
                Ok(LoginGuardRow { failures: r.get(0)?, lockouts: r.get(1)?, locked_until_ms: r.get(2)? })
            })
            .optional()?
            .unwrap_or_default())
    }

    pub fn set_login_guard(&mut self, person_id: &str, guard: LoginGuardRow) -> Result<()> {
        self.conn().execute(
            "INSERT INTO login_guard (person_id, failures, lockouts, locked_until_ms) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (person_id) DO UPDATE SET failures = ?2, lockouts = ?3, locked_until_ms = ?4",
            params![person_id, guard.failures, guard.lockouts, guard.locked_until_ms],
        )?;
        Ok(())
    }
}
