//! This device's TLS identity and the devices it is paired with (device-local tables,
//! never synced).

use rusqlite::{params, OptionalExtension};

use super::Store;
use crate::error::Result;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdentityRow {
    pub cert_der: Vec<u8>,
    pub key_der: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeerRow {
    pub cert_hash: String,
    pub cert_der: Vec<u8>,
    pub name: String,
    pub log_id: String,
    pub paired_ms: i64,
    pub revoked_ms: Option<i64>,
    pub last_sync_ms: Option<i64>,
    pub last_address: Option<String>,
}

impl Store {
    pub fn identity(&self) -> Result<Option<IdentityRow>> {
        Ok(self
            .conn()
            .query_row("SELECT cert_der, key_der FROM device_identity WHERE singleton = 1", [], |r| {
                Ok(IdentityRow { cert_der: r.get(0)?, key_der: r.get(1)? })
            })
            .optional()?)
    }

    /// Store the identity unless one exists; returns the one in force.
    pub fn save_identity(&mut self, identity: &IdentityRow, now_ms: i64) -> Result<IdentityRow> {
        self.conn().execute(
            "INSERT OR IGNORE INTO device_identity (singleton, cert_der, key_der, created_ms) VALUES (1, ?1, ?2, ?3)",
            params![identity.cert_der, identity.key_der, now_ms],
        )?;
        Ok(self.identity()?.expect("just inserted"))
    }

    pub fn peers(&self) -> Result<Vec<PeerRow>> {
        let mut stmt = self.conn().prepare(
            "SELECT cert_hash, cert_der, name, log_id, paired_ms, revoked_ms, last_sync_ms, last_address
             FROM peer ORDER BY paired_ms",
        )?;
        let rows = stmt
            .query_map([], |r| {
                Ok(PeerRow {
                    cert_hash: r.get(0)?,
                    cert_der: r.get(1)?,
                    name: r.get(2)?,
                    log_id: r.get(3)?,
                    paired_ms: r.get(4)?,
                    revoked_ms: r.get(5)?,
                    last_sync_ms: r.get(6)?,
                    last_address: r.get(7)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// Pair (or pair again) with a device.
    pub fn save_peer(&mut self, peer: &PeerRow) -> Result<()> {
        self.conn().execute(
            "INSERT INTO peer (cert_hash, cert_der, name, log_id, paired_ms, revoked_ms, last_address)
             VALUES (?1, ?2, ?3, ?4, ?5, NULL, ?6)
             ON CONFLICT (cert_hash) DO UPDATE SET name = ?3, log_id = ?4, paired_ms = ?5, revoked_ms = NULL,
                 last_address = COALESCE(?6, last_address)",
            params![peer.cert_hash, peer.cert_der, peer.name, peer.log_id, peer.paired_ms, peer.last_address],
        )?;
        Ok(())
    }

    pub fn revoke_peer(&mut self, cert_hash: &str, now_ms: i64) -> Result<bool> {
        Ok(self
            .conn()
            .execute("UPDATE peer SET revoked_ms = ?2 WHERE cert_hash = ?1 AND revoked_ms IS NULL", params![cert_hash, now_ms])?
            > 0)
    }

    pub fn note_synced(&mut self, cert_hash: &str, now_ms: i64, address: Option<&str>) -> Result<()> {
        self.conn().execute(
            "UPDATE peer SET last_sync_ms = ?2, last_address = COALESCE(?3, last_address) WHERE cert_hash = ?1",
            params![cert_hash, now_ms, address],
        )?;
        Ok(())
    }
}
