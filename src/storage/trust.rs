//! SQL for trust: this device's signing key, the café's pinned trust root, mentor keys
//! and device introductions, and what is held in quarantine or was set aside.

use rusqlite::{params, OptionalExtension};

use super::Store;
use crate::changes::SigningKey;
use crate::error::{Error, ErrorKind, Result};
use crate::trust::{DeviceIntroRow, MentorKeyRow, TrustRoot};

/// A change refused here: held in quarantine (logged, passed on, never applied) or set
/// aside (not shown to be from the device it names, so not logged).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefusedRecord {
    pub origin: String,
    pub table: String,
    pub author: String,
    pub reason: String,
    pub detail: String,
    /// When it was made by its own stamp; for one set aside (whose stamp may be
    /// anything), when it arrived.
    pub when_ms: i64,
    pub set_aside: bool,
}

impl Store {
    /// This device's signing key, made on first use.
    pub fn device_key(&mut self, now_ms: i64) -> Result<SigningKey> {
        self.write(|tx| {
            let found: Option<Vec<u8>> = tx.query_row("SELECT pkcs8 FROM device_key WHERE singleton = 1", [], |r| r.get(0)).optional()?;
            if let Some(pkcs8) = found {
                return SigningKey::from_pkcs8(&pkcs8);
            }
            let key = SigningKey::generate()?;
            tx.execute("INSERT INTO device_key (singleton, pkcs8, created_ms) VALUES (1, ?1, ?2)", params![key.pkcs8(), now_ms])?;
            Ok(key)
        })
    }

    pub fn trust_root(&self) -> Result<Option<TrustRoot>> {
        Ok(self
            .conn()
            .query_row("SELECT founder, public_key, legacy FROM trust_root WHERE singleton = 1", [], |r| {
                let legacy: String = r.get(2)?;
                Ok(TrustRoot { founder: r.get(0)?, public_key: r.get(1)?, legacy: serde_json::from_str(&legacy).unwrap_or_default() })
            })
            .optional()?)
    }

    /// Pin the café's trust root; a device that already trusts another root refuses (it
    /// belongs to another café).
    pub fn pin_trust_root(&mut self, root: &TrustRoot, now_ms: i64) -> Result<()> {
        match self.trust_root()? {
            Some(pinned) if pinned.public_key == root.public_key => Ok(()),
            Some(_) => Err(Error::new(ErrorKind::OtherCafe, "this device already belongs to another café")),
            None => {
                self.conn().execute(
                    "INSERT INTO trust_root (singleton, founder, public_key, legacy, pinned_ms) VALUES (1, ?1, ?2, ?3, ?4)",
                    params![root.founder, root.public_key, serde_json::to_string(&root.legacy)?, now_ms],
                )?;
                Ok(())
            }
        }
    }

    /// A mentor's keys, newest first.
    pub fn mentor_keys_of(&self, person_id: &str) -> Result<Vec<MentorKeyRow>> {
        self.select("WHERE owner = ?1 AND deleted = 0 ORDER BY hlc DESC", [person_id])
    }

    pub fn device_intro(&self, log_id: &str) -> Result<Option<DeviceIntroRow>> {
        self.get(log_id)
    }

    /// Changes refused here, quarantined and set aside, newest first.
    pub fn refused(&self, limit: usize) -> Result<Vec<RefusedRecord>> {
        // A stamp's milliseconds are its high 48 bits (see `Hlc`).
        let mut stmt = self.conn().prepare(
            "SELECT origin, tbl, author, COALESCE(reason, ''), COALESCE(detail, ''), hlc >> 16 AS when_ms, 0 FROM change_log WHERE status = 'quarantined'
             UNION ALL
             SELECT origin, tbl, author, reason, detail, seen_ms, 1 FROM set_aside
             ORDER BY when_ms DESC LIMIT ?1",
        )?;
        let rows = stmt
            .query_map([limit as i64], |r| {
                Ok(RefusedRecord {
                    origin: r.get(0)?,
                    table: r.get(1)?,
                    author: r.get(2)?,
                    reason: r.get(3)?,
                    detail: r.get(4)?,
                    when_ms: r.get(5)?,
                    set_aside: r.get(6)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// How many changes are held in quarantine or were set aside.
    pub fn count_refused(&self) -> Result<i64> {
        let quarantined: i64 = self.conn().query_row("SELECT COUNT(*) FROM change_log WHERE status = 'quarantined'", [], |r| r.get(0))?;
        let set_aside: i64 = self.conn().query_row("SELECT COUNT(*) FROM set_aside", [], |r| r.get(0))?;
        Ok(quarantined + set_aside)
    }
}

impl Store {
    /// The device whose change made a row first (the café's: the device it was set up on).
    pub fn first_origin_of(&self, table: crate::changes::SyncedTable, row_id: &str) -> Result<Option<String>> {
        Ok(self
            .conn()
            .query_row(
                "SELECT origin FROM change_log WHERE tbl = ?1 AND row_id = ?2 ORDER BY hlc, origin LIMIT 1",
                params![table.sql_name(), row_id],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Forget a trust root pinned a moment ago whose founding write then failed (so the
    /// next sign-in can found it again).
    pub fn unpin_trust_root(&mut self) -> Result<()> {
        self.conn().execute("DELETE FROM trust_root", [])?;
        Ok(())
    }
}
