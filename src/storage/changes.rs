//! The change log, applying changes to the synced tables, and the changes a peer lacks.
//! Every field name that reaches SQL here was checked against its table's declaration.

use std::collections::BTreeMap;

use rusqlite::{params, OptionalExtension, Transaction};

use super::Store;
use crate::changes::{winning_fields, Change, DeviceId, Draft, Hlc, HlcClock, Stamp, SyncedTable};
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
    /// Highest sequence number seen per origin device: the version vector.
    pub version_vector: BTreeMap<String, i64>,
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
        Ok(ChangeLogStats { changes, version_vector: version_vector(conn)? })
    }

    /// Every change about one row, oldest first (history, and tests of the log).
    pub fn changes_for_row(&self, table: SyncedTable, row_id: &str) -> Result<Vec<Change>> {
        let mut stmt = self
            .conn()
            .prepare("SELECT origin, seq, hlc, owner, fields FROM change_log WHERE tbl = ?1 AND row_id = ?2 ORDER BY hlc, origin")?;
        let rows = stmt.query_map(params![table.sql_name(), row_id], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?, r.get::<_, i64>(2)?, r.get::<_, String>(3)?, r.get::<_, String>(4)?))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (origin, seq, hlc, owner, fields) = row?;
            out.push(Change {
                origin: DeviceId(origin),
                seq,
                hlc: Hlc::from_i64(hlc),
                table,
                row_id: row_id.to_string(),
                owner,
                fields: serde_json::from_str(&fields)?,
            });
        }
        Ok(out)
    }
}

/// The next sequence number in `origin`'s log.
pub(crate) fn next_seq(tx: &Transaction, origin: &DeviceId) -> Result<i64> {
    let max: Option<i64> = tx.query_row("SELECT MAX(seq) FROM change_log WHERE origin = ?1", [&origin.0], |r| r.get(0))?;
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

/// Record `change` in the log and apply the fields it wins to its row. Returns false if
/// the log already held it (applying twice changes nothing).
pub(crate) fn apply_change(tx: &Transaction, change: &Change) -> Result<bool> {
    let table = change.table;
    if let Some(bad) = change.fields.keys().find(|f| !table.is_writable(f)) {
        return Err(Error::new(ErrorKind::InvalidInput, format!("{} has no field {bad}", table.sql_name())));
    }
    let fields_json = serde_json::to_string(&change.fields)?;
    // Statements are cached per SQL text: a sync applies thousands of changes per batch.
    let inserted = tx
        .prepare_cached(
            "INSERT OR IGNORE INTO change_log (origin, seq, hlc, tbl, row_id, owner, fields) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?
        .execute(params![change.origin.0, change.seq, change.hlc.as_i64(), table.sql_name(), change.row_id, change.owner, fields_json])?;
    if inserted == 0 {
        return Ok(false);
    }
    tx.prepare_cached(
        "INSERT INTO log_head (origin, max_seq) VALUES (?1, ?2) ON CONFLICT (origin) DO UPDATE SET max_seq = MAX(max_seq, ?2)",
    )?
    .execute(params![change.origin.0, change.seq])?;

    let mut stamps = BTreeMap::new();
    {
        let mut stmt = tx.prepare_cached("SELECT field, hlc, origin FROM field_stamp WHERE tbl = ?1 AND row_id = ?2")?;
        let rows = stmt.query_map(params![table.sql_name(), change.row_id], |r| {
            Ok((r.get::<_, String>(0)?, Stamp { hlc: Hlc::from_i64(r.get(1)?), origin: DeviceId(r.get(2)?) }))
        })?;
        for row in rows {
            let (field, stamp) = row?;
            stamps.insert(field, stamp);
        }
    }
    let wins = winning_fields(&stamps, change);

    let name = table.sql_name();
    tx.prepare_cached(&format!("INSERT INTO {name} (id, owner, hlc, origin) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (id) DO NOTHING"))?
        .execute(params![change.row_id, change.owner, change.hlc.as_i64(), change.origin.0])?;
    for (field, value) in &wins {
        // `field` is a declared column of the table, checked above: safe to put in SQL text.
        tx.prepare_cached(&format!("UPDATE {name} SET {field} = ?1 WHERE id = ?2"))?
            .execute(params![json_to_sql(value)?, change.row_id])?;
        tx.prepare_cached(
            "INSERT INTO field_stamp (tbl, row_id, field, hlc, origin) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (tbl, row_id, field) DO UPDATE SET hlc = excluded.hlc, origin = excluded.origin",
        )?
        .execute(params![name, change.row_id, field, change.hlc.as_i64(), change.origin.0])?;
    }
    // The row's own stamp is the newest change that touched it.
    tx.prepare_cached(&format!("UPDATE {name} SET hlc = ?1, origin = ?2 WHERE id = ?3 AND hlc < ?1"))?.execute(params![
        change.hlc.as_i64(),
        change.origin.0,
        change.row_id
    ])?;
    Ok(true)
}

fn json_to_sql(value: &serde_json::Value) -> Result<rusqlite::types::Value> {
    use rusqlite::types::Value as V;
    Ok(match value {
        serde_json::Value::Null => V::Null,
        serde_json::Value::Bool(b) => V::Integer(*b as i64),
        serde_json::Value::Number(n) => match n.as_i64() {
            Some(i) => V::Integer(i),
            None => V::Real(n.as_f64().unwrap_or(0.0)),
        },
        serde_json::Value::String(s) => V::Text(s.clone()),
        other => return Err(Error::invalid(format!("field value must be a scalar, got {other}"))),
    })
}

impl Store {
    /// Turn drafts into numbered, stamped changes from this device and apply them, all in
    /// one transaction. The clock only moves if the transaction commits.
    pub fn record(&mut self, origin: &DeviceId, clock: &mut HlcClock, now_ms: i64, drafts: Vec<Draft>) -> Result<Vec<Change>> {
        let mut next_clock = *clock;
        let changes = self.write(|tx| {
            // Another connection (a sync in the background) may have seen newer stamps.
            let stored: Option<i64> = tx.query_row("SELECT hlc_last FROM device WHERE singleton = 1", [], |r| r.get(0)).optional()?;
            next_clock.observe(Hlc::from_i64(stored.unwrap_or(0)));
            let first = next_seq(tx, origin)?;
            let mut out = Vec::with_capacity(drafts.len());
            for (seq, draft) in (first..).zip(drafts) {
                let change = Change {
                    origin: origin.clone(),
                    seq,
                    hlc: next_clock.tick(now_ms),
                    table: draft.table,
                    row_id: draft.row_id,
                    owner: draft.owner,
                    fields: draft.fields,
                };
                apply_change(tx, &change)?;
                out.push(change);
            }
            save_hlc(tx, next_clock.last())?;
            Ok(out)
        })?;
        *clock = next_clock;
        Ok(changes)
    }

    /// Apply changes that came from elsewhere (a peer, a backup), in one transaction.
    /// Returns how many were new.
    pub fn apply(&mut self, clock: &mut HlcClock, changes: &[Change]) -> Result<usize> {
        let mut next_clock = *clock;
        let applied = self.write(|tx| {
            let mut applied = 0;
            for change in changes {
                if apply_change(tx, change)? {
                    applied += 1;
                }
                next_clock.observe(change.hlc);
            }
            save_hlc(tx, next_clock.last())?;
            Ok(applied)
        })?;
        *clock = next_clock;
        Ok(applied)
    }
}

impl Store {
    /// Highest sequence number held per origin: what this device has seen.
    pub fn version_vector(&self) -> Result<BTreeMap<String, i64>> {
        version_vector(self.conn())
    }

    /// Up to `limit` changes the holder of `vector` lacks, ordered by origin then sequence
    /// so that every device always holds a gapless prefix of every origin's log.
    pub fn changes_after(&self, vector: &BTreeMap<String, i64>, limit: usize) -> Result<Vec<Change>> {
        let mut out = Vec::new();
        let mut stmt = self.conn().prepare_cached(
            "SELECT origin, seq, hlc, tbl, row_id, owner, fields FROM change_log
             WHERE origin = ?1 AND seq > ?2 ORDER BY seq LIMIT ?3",
        )?;
        for (origin, _) in self.version_vector()? {
            if out.len() >= limit {
                break;
            }
            let after = vector.get(&origin).copied().unwrap_or(0);
            let rows = stmt.query_map(params![origin, after, (limit - out.len()) as i64], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, i64>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, String>(5)?,
                    r.get::<_, String>(6)?,
                ))
            })?;
            for row in rows {
                let (origin, seq, hlc, tbl, row_id, owner, fields) = row?;
                // The log only ever holds declared tables (apply checks); skip rather than stall.
                let Some(table) = SyncedTable::from_sql_name(&tbl) else {
                    log::warn!("change {origin}#{seq} names unknown table {tbl}; not sent");
                    continue;
                };
                out.push(Change {
                    origin: DeviceId(origin),
                    seq,
                    hlc: Hlc::from_i64(hlc),
                    table,
                    row_id,
                    owner,
                    fields: serde_json::from_str(&fields)?,
                });
            }
        }
        Ok(out)
    }
}
