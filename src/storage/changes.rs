//! The change log: this device's own writes turned into numbered, stamped, signed
//! changes ([`Store::record`]), what the log holds, and what a peer lacks
//! ([`Store::changes_after`]). Applying changes — ours and peers' — is in `apply`.

use std::collections::BTreeMap;

use rusqlite::{params, OptionalExtension, Transaction};

use super::apply::{finish_local, settle, Aftermath, TxAuthority};
use super::Store;
use crate::changes::change::MAX_FIELDS_BYTES;
use crate::changes::signing::sign_as_device;
use crate::changes::{judge, Change, DeviceId, Draft, Hlc, HlcClock, MentorSigner, Refusal, SigningKey, SyncedTable, Verdict};
use crate::error::{Error, ErrorKind, Result};

/// This device's identity and the last HLC it issued.
#[derive(Debug, Clone)]
pub struct DeviceState {
    pub id: DeviceId,
    pub hlc_last: Hlc,
}

/// Counts for `mestre info` and tests.
#[derive(Debug, Clone, Default)]
pub struct ChangeLogStats {
    pub changes: i64,
    /// Changes held but not applied.
    pub quarantined: i64,
    /// Highest sequence number seen per origin device: the version vector.
    pub version_vector: BTreeMap<String, i64>,
}

/// This device as the writer of its own log: its log id and signing key.
#[derive(Clone, Copy)]
pub struct Origin<'a> {
    pub id: &'a DeviceId,
    pub key: &'a SigningKey,
}

/// Who is writing: the signed-in person and, for a mentor, her unlocked key.
#[derive(Clone, Copy)]
pub struct Writer<'a> {
    pub author: &'a str,
    pub mentor: Option<&'a MentorSigner>,
}

impl Store {
    /// This device's identity, created on first call.
    pub fn device_state(&mut self, new_id: impl FnOnce() -> String, now_ms: i64) -> Result<DeviceState> {
        self.write(|tx| {
            let found = tx
                .query_row("SELECT id, hlc_last FROM device WHERE singleton = 1", [], |r| {
                    Ok(DeviceState { id: DeviceId(r.get(0)?), hlc_last: Hlc::from_i64(r.get(1)?) })
                })
                .optional()?;
            if let Some(state) = found {
                return Ok(state);
            }
            let id = new_id();
            tx.execute("INSERT INTO device (singleton, id, created_ms) VALUES (1, ?1, ?2)", params![id, now_ms])?;
            Ok(DeviceState { id: DeviceId(id), hlc_last: Hlc::default() })
        })
    }

    pub fn change_log_stats(&self) -> Result<ChangeLogStats> {
        let conn = self.conn();
        let changes = conn.query_row("SELECT COUNT(*) FROM change_log", [], |r| r.get(0))?;
        let quarantined = conn.query_row("SELECT COUNT(*) FROM change_log WHERE status = 'quarantined'", [], |r| r.get(0))?;
        Ok(ChangeLogStats { changes, quarantined, version_vector: version_vector(conn)? })
    }

    /// Every change about one row, oldest first (history, and tests of the log).
    pub fn changes_for_row(&self, table: SyncedTable, row_id: &str) -> Result<Vec<Change>> {
        let sql = format!("SELECT {LOGGED_CHANGE} FROM change_log WHERE tbl = ?1 AND row_id = ?2 ORDER BY hlc, origin");
        let mut stmt = self.conn().prepare(&sql)?;
        let rows = stmt.query_map(params![table.sql_name(), row_id], logged_change)?.collect::<rusqlite::Result<Vec<_>>>()?;
        rows.into_iter().filter_map(|row| row.into_change().transpose()).collect()
    }

    /// The changes about one row that were applied (not those refused), oldest first.
    pub fn applied_changes_for_row(&self, table: SyncedTable, row_id: &str) -> Result<Vec<Change>> {
        let sql = format!(
            "SELECT {LOGGED_CHANGE} FROM change_log WHERE tbl = ?1 AND row_id = ?2 AND status IN ('applied', 'legacy') ORDER BY hlc, origin"
        );
        let mut stmt = self.conn().prepare(&sql)?;
        let rows = stmt.query_map(params![table.sql_name(), row_id], logged_change)?.collect::<rusqlite::Result<Vec<_>>>()?;
        rows.into_iter().filter_map(|row| row.into_change().transpose()).collect()
    }

    /// Sign this device's own changes made before changes were signed. Those the café's
    /// trust root counts as made before signing stay as they always were; any made here
    /// and not yet passed on count as made by their row's owner (the only person an
    /// older Mestre let write on a tablet), and are judged like any change. Returns how
    /// many were signed.
    pub fn sign_own_legacy_changes(&mut self, origin: &Origin) -> Result<usize> {
        self.write(|tx| {
            // Through its own partial index (schema v6): the log itself may hold a million changes.
            let sql = format!(
                "SELECT {LOGGED_CHANGE} FROM change_log INDEXED BY change_log_unsigned WHERE origin = ?1 AND sig = '' ORDER BY seq"
            );
            let rows = tx.prepare(&sql)?.query_map([&origin.id.0], logged_change)?.collect::<rusqlite::Result<Vec<_>>>()?;
            let mut signed = 0;
            for row in rows {
                let Some(mut change) = row.into_change()? else { continue };
                if change.author.is_empty() {
                    change.author = change.owner.clone();
                }
                change.prev = link_of(tx, &origin.id.0, change.seq - 1)?;
                sign_as_device(origin.key, &mut change);
                tx.prepare_cached("UPDATE change_log SET author = ?3, prev = ?4, sig = ?5, link = ?6 WHERE origin = ?1 AND seq = ?2")?
                    .execute(params![change.origin.0, change.seq, change.author, change.prev, change.sig, change.link()])?;
                signed += 1;
            }
            Ok(signed)
        })
    }
}

/// The columns of a logged change, in the order [`logged_change`] reads.
pub(super) const LOGGED_CHANGE: &str =
    "origin, seq, hlc, tbl, row_id, owner, author, fields, mentor_key, mentor_sig, sig, status, dropped, prev";

/// One row of the change log, before its table name is checked.
pub(super) struct LoggedChange {
    origin: String,
    seq: i64,
    hlc: i64,
    tbl: String,
    row_id: String,
    owner: String,
    author: String,
    fields: String,
    mentor_key: Option<String>,
    mentor_sig: Option<String>,
    sig: String,
    pub(super) status: String,
    dropped: Option<String>,
    prev: String,
}

pub(super) fn logged_change(r: &rusqlite::Row) -> rusqlite::Result<LoggedChange> {
    Ok(LoggedChange {
        origin: r.get(0)?,
        seq: r.get(1)?,
        hlc: r.get(2)?,
        tbl: r.get(3)?,
        row_id: r.get(4)?,
        owner: r.get(5)?,
        author: r.get(6)?,
        fields: r.get(7)?,
        mentor_key: r.get(8)?,
        mentor_sig: r.get(9)?,
        sig: r.get(10)?,
        status: r.get(11)?,
        dropped: r.get(12)?,
        prev: r.get(13)?,
    })
}

impl LoggedChange {
    /// The change, unless its table is unknown to this version (then it is skipped).
    pub(super) fn into_change(self) -> Result<Option<Change>> {
        let Some(table) = SyncedTable::from_sql_name(&self.tbl) else {
            log::warn!("change {}#{} names unknown table {}", self.origin, self.seq, self.tbl);
            return Ok(None);
        };
        Ok(Some(Change {
            origin: DeviceId(self.origin),
            seq: self.seq,
            hlc: Hlc::from_i64(self.hlc),
            table,
            row_id: self.row_id,
            owner: self.owner,
            author: self.author,
            fields: serde_json::from_str(&self.fields)?,
            dropped: self.dropped,
            mentor_key: self.mentor_key,
            mentor_sig: self.mentor_sig,
            prev: self.prev,
            sig: self.sig,
        }))
    }
}

/// The next sequence number in `origin`'s log.
pub(crate) fn next_seq(tx: &Transaction, origin: &DeviceId) -> Result<i64> {
    let max: Option<i64> = tx.query_row("SELECT max_seq FROM log_head WHERE origin = ?1", [&origin.0], |r| r.get(0)).optional()?;
    Ok(max.unwrap_or(0) + 1)
}

/// The version vector: highest sequence number held per origin.
pub(crate) fn version_vector(conn: &rusqlite::Connection) -> Result<BTreeMap<String, i64>> {
    let mut stmt = conn.prepare_cached("SELECT origin, max_seq FROM log_head")?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn save_hlc(tx: &Transaction, hlc: Hlc) -> Result<()> {
    tx.execute("UPDATE device SET hlc_last = MAX(hlc_last, ?1) WHERE singleton = 1", [hlc.as_i64()])?;
    Ok(())
}

/// The link of change `seq` of `origin`'s log, "" if it is not held (or `seq` is 0).
fn link_of(tx: &Transaction, origin: &str, seq: i64) -> Result<String> {
    Ok(tx
        .prepare_cached("SELECT link FROM change_log WHERE origin = ?1 AND seq = ?2")?
        .query_row(params![origin, seq], |r| r.get(0))
        .optional()?
        .unwrap_or_default())
}

impl Store {
    /// Turn drafts into numbered, stamped, signed changes from this device and apply
    /// them, all in one transaction. Each is judged by the same rules as a peer's change:
    /// one this device may not make is refused here, and nothing of the batch is written.
    /// The clock only moves if the transaction commits.
    pub fn record(&mut self, origin: Origin, writer: Writer, clock: &mut HlcClock, now_ms: i64, drafts: Vec<Draft>) -> Result<Vec<Change>> {
        let mut next_clock = *clock;
        let own_key = origin.key.public_hex();
        let changes = self.write(|tx| {
            // Another connection (a sync in the background) may have seen newer stamps.
            let stored: Option<i64> = tx.query_row("SELECT hlc_last FROM device WHERE singleton = 1", [], |r| r.get(0)).optional()?;
            next_clock.observe(Hlc::from_i64(stored.unwrap_or(0)));
            let authority = TxAuthority::new(tx, &origin, now_ms)?;
            let first = next_seq(tx, origin.id)?;
            let mut prev = link_of(tx, &origin.id.0, first - 1)?;
            let mut after = Aftermath::default();
            let mut out = Vec::with_capacity(drafts.len());
            for (seq, draft) in (first..).zip(drafts) {
                let mut change = Change::from_draft(origin.id.clone(), seq, next_clock.tick(now_ms), writer.author, draft);
                change.prev = prev;
                if let Some(mentor) = writer.mentor {
                    mentor.sign(&mut change);
                }
                sign_as_device(origin.key, &mut change);
                let verdict = judge(&change, &authority, Some(&own_key));
                if let Verdict::Refuse(refusal, detail) = verdict {
                    let kind = match refusal {
                        Refusal::Invalid => ErrorKind::InvalidInput,
                        _ => ErrorKind::NotAllowed,
                    };
                    return Err(Error::new(kind, format!("{}: {detail}", refusal.code())));
                }
                prev = change.link();
                settle(tx, &authority, &change, Some(prev.clone()), verdict, true, &mut after)?;
                out.push(change);
            }
            let purged = std::mem::take(&mut after.purged_media);
            finish_local(tx, &authority, after)?;
            save_hlc(tx, next_clock.last())?;
            Ok((out, purged))
        })?;
        let (changes, purged) = changes;
        if let Some(media) = purged {
            self.purged_media.get_or_insert_with(Vec::new).extend(media);
        }
        *clock = next_clock;
        Ok(changes)
    }

    /// Up to `limit` changes (and about `max_bytes` of them) the holder of `vector` lacks,
    /// ordered by origin then sequence so that every device always holds a gapless prefix
    /// of every origin's log. Quarantined changes travel too: every device decides alike.
    pub fn changes_after(&self, vector: &BTreeMap<String, i64>, limit: usize, max_bytes: usize) -> Result<Vec<Change>> {
        let mut out = Vec::new();
        let mut bytes = 0;
        let sql = format!("SELECT {LOGGED_CHANGE} FROM change_log WHERE origin = ?1 AND seq > ?2 ORDER BY seq LIMIT ?3");
        let mut stmt = self.conn().prepare_cached(&sql)?;
        'origins: for (origin, _) in self.version_vector()? {
            if out.len() >= limit {
                break;
            }
            let after = vector.get(&origin).copied().unwrap_or(0);
            let rows = stmt.query_map(params![origin, after, (limit - out.len()) as i64], logged_change)?;
            for row in rows {
                let row = row?;
                let size = row.fields.len().min(MAX_FIELDS_BYTES) + row.row_id.len() + row.owner.len() + row.author.len() + 400;
                if !out.is_empty() && bytes + size > max_bytes {
                    break 'origins;
                }
                bytes += size;
                match row.into_change()? {
                    // A change too large for anyone to accept travels as its digest.
                    Some(change) => out.push(change.without_oversized_fields()),
                    // A table this version does not know: the rest of that log waits.
                    None => continue 'origins,
                }
            }
        }
        Ok(out)
    }

    /// Highest sequence number held per origin: what this device has seen.
    pub fn version_vector(&self) -> Result<BTreeMap<String, i64>> {
        version_vector(self.conn())
    }
}
