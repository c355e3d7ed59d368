//! Reads of the café, its people, their credentials and media metadata, and the
//! device-local login guard. Writes to synced tables go through `apply_change` only.

use rusqlite::{params, OptionalExtension, Row};

use super::Store;
use crate::error::Result;

#[derive(Debug, Clone, PartialEq)]
pub struct CafeRow {
    pub id: String,
    pub name: String,
    pub country: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PersonRow {
    pub id: String,
    pub display_name: String,
    pub role: String,
    pub photo: Option<String>,
    pub photo_thumb: Option<String>,
    pub ui_lang: String,
    pub home_lang: String,
    pub created_ms: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CredentialRow {
    pub person_id: String,
    pub kind: String,
    pub secret_hash: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MediaRow {
    pub hash: String,
    pub mime: String,
    pub byte_len: i64,
    pub width: Option<i64>,
    pub height: Option<i64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LoginGuardRow {
    pub failures: i64,
    pub lockouts: i64,
    pub locked_until_ms: i64,
}

const PERSON_COLUMNS: &str = "id, display_name, role, photo, photo_thumb, ui_lang, home_lang, created_ms";

fn person_from_row(r: &Row) -> rusqlite::Result<PersonRow> {
    Ok(PersonRow {
        id: r.get(0)?,
        display_name: r.get(1)?,
        role: r.get(2)?,
        photo: r.get(3)?,
        photo_thumb: r.get(4)?,
        ui_lang: r.get(5)?,
        home_lang: r.get(6)?,
        created_ms: r.get(7)?,
    })
}

impl Store {
    pub fn cafe(&self) -> Result<Option<CafeRow>> {
        Ok(self
            .conn()
            .query_row("SELECT id, name, country FROM cafe WHERE deleted = 0 ORDER BY hlc LIMIT 1", [], |r| {
                Ok(CafeRow { id: r.get(0)?, name: r.get(1)?, country: r.get(2)? })
            })
            .optional()?)
    }

    /// Everyone who is not deleted, mentors first, then by name.
    pub fn people(&self) -> Result<Vec<PersonRow>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT {PERSON_COLUMNS} FROM person WHERE deleted = 0
             ORDER BY role = 'trainee', display_name COLLATE NOCASE, id"
        ))?;
        let rows = stmt.query_map([], person_from_row)?.collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    pub fn person(&self, id: &str) -> Result<Option<PersonRow>> {
        let mut stmt = self
            .conn()
            .prepare_cached(&format!("SELECT {PERSON_COLUMNS} FROM person WHERE id = ?1 AND deleted = 0"))?;
        Ok(stmt.query_row([id], person_from_row).optional()?)
    }

    pub fn count_people(&self, role: &str) -> Result<i64> {
        Ok(self
            .conn()
            .query_row("SELECT COUNT(*) FROM person WHERE role = ?1 AND deleted = 0", [role], |r| r.get(0))?)
    }

    pub fn credential(&self, person_id: &str) -> Result<Option<CredentialRow>> {
        Ok(self
            .conn()
            .query_row(
                "SELECT id, kind, secret_hash FROM credential WHERE id = ?1 AND deleted = 0",
                [person_id],
                |r| Ok(CredentialRow { person_id: r.get(0)?, kind: r.get(1)?, secret_hash: r.get(2)? }),
            )
            .optional()?)
    }

    pub fn media(&self, hash: &str) -> Result<Option<MediaRow>> {
        Ok(self
            .conn()
            .query_row(
                "SELECT id, mime, byte_len, width, height FROM media WHERE id = ?1 AND deleted = 0",
                [hash],
                |r| Ok(MediaRow { hash: r.get(0)?, mime: r.get(1)?, byte_len: r.get(2)?, width: r.get(3)?, height: r.get(4)? }),
            )
            .optional()?)
    }

    pub fn count_media(&self) -> Result<i64> {
        Ok(self.conn().query_row("SELECT COUNT(*) FROM media WHERE deleted = 0", [], |r| r.get(0))?)
    }

    pub fn login_guard(&self, person_id: &str) -> Result<LoginGuardRow> {
        Ok(self
            .conn()
            .query_row(
                "SELECT failures, lockouts, locked_until_ms FROM login_guard WHERE person_id = ?1",
                [person_id],
                |r| Ok(LoginGuardRow { failures: r.get(0)?, lockouts: r.get(1)?, locked_until_ms: r.get(2)? }),
            )
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
