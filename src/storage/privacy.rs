//! Everything stored about one person: read for her export, purged for her erasure.
//!
//! A row is "about her" when any of its text columns holds her id: her own rows (owner),
//! rows whose id names her (`day:<her>:…`, `plan:<her>:…`), and mentors' rows about her
//! (a comment on her day, a mark on her aim, what a mentor saw of her). Ids are UUIDs, so
//! finding one inside a text cannot hit anyone else. The same test picks the rows of her
//! export and the rows her erasure deletes, so the two never disagree.

use std::collections::{BTreeSet, HashSet};

use rusqlite::types::ValueRef;
use rusqlite::{params, Connection, Transaction};

use super::Store;
use crate::changes::{SyncedTable, ALL_TABLES};
use crate::error::Result;

/// Tables an erasure never deletes from: the erasure itself, the change log (stripped of
/// values instead, so every device's log stays gapless), and this device's own
/// identity, keys and peers, which are never about a trainee.
const NOT_PURGED: &[&str] =
    &["erasure", "change_log", "log_head", "device", "device_identity", "device_key", "trust_root", "peer", "mentor_key", "device_intro"];

/// The status of a change whose values were purged by an erasure: kept in the log (its
/// place and signatures), never applied, never shown.
pub(crate) const ERASED: &str = "erased";

/// One table's rows about a person, as JSON objects (column → value).
#[derive(Debug, Clone)]
pub struct RowsAbout {
    pub table: SyncedTable,
    pub rows: Vec<serde_json::Map<String, serde_json::Value>>,
}

/// What an erasure removed on this device.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Purged {
    /// Rows deleted, in every table.
    pub rows: u64,
    /// Changes whose values were purged from the log.
    pub changes: u64,
    /// Media files no row may point to any more: their files are deleted next.
    pub media: Vec<String>,
}

/// The TEXT columns of `table` (id and owner among them).
fn text_columns(conn: &Connection, table: &str) -> Result<Vec<String>> {
    let mut stmt = conn.prepare("SELECT name, type FROM pragma_table_info(?1)")?;
    let cols = stmt.query_map([table], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?.collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(cols.into_iter().filter(|(_, ty)| ty.eq_ignore_ascii_case("TEXT") || ty.is_empty()).map(|(name, _)| name).collect())
}

/// `WHERE` text that is true for a row about `?1`.
fn about_clause(columns: &[String]) -> String {
    if columns.is_empty() {
        return "0".into();
    }
    columns.iter().map(|c| format!("instr(\"{c}\", ?1) > 0")).collect::<Vec<_>>().join(" OR ")
}

fn json_of(value: ValueRef) -> serde_json::Value {
    match value {
        ValueRef::Null => serde_json::Value::Null,
        ValueRef::Integer(i) => i.into(),
        ValueRef::Real(f) => serde_json::Number::from_f64(f).map_or(serde_json::Value::Null, serde_json::Value::Number),
        ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned().into(),
        ValueRef::Blob(b) => crate::media::sha256_hex(b).into(),
    }
}

/// Every media hash the media columns of the matching rows of `table` point at.
fn media_in(conn: &Connection, table: SyncedTable, clause: &str, person: &str) -> Result<BTreeSet<String>> {
    let mut out = BTreeSet::new();
    if table.def().id_is_media {
        let sql = format!("SELECT id FROM {} WHERE {clause}", table.sql_name());
        for hash in conn.prepare(&sql)?.query_map([person], |r| r.get::<_, String>(0))? {
            out.insert(hash?);
        }
    }
    for column in table.media_columns() {
        let sql = format!("SELECT \"{}\" FROM {} WHERE ({clause}) AND \"{0}\" IS NOT NULL", column.name, table.sql_name());
        for value in conn.prepare(&sql)?.query_map([person], |r| r.get::<_, String>(0))? {
            let value = value?;
            // A list of hashes is stored as JSON; a single hash as itself.
            match serde_json::from_str::<Vec<String>>(&value) {
                Ok(list) => out.extend(list),
                Err(_) if !value.is_empty() => {
                    out.insert(value);
                }
                Err(_) => {}
            }
        }
    }
    Ok(out)
}

/// Media hashes the rows that are *not* about `person` still point at: those stay.
fn media_kept(conn: &Connection, person: &str) -> Result<HashSet<String>> {
    let mut kept = HashSet::new();
    for table in ALL_TABLES.iter().copied().filter(|t| !t.def().id_is_media) {
        let columns = text_columns(conn, table.sql_name())?;
        let clause = format!("NOT ({})", about_clause(&columns));
        kept.extend(media_in(conn, table, &clause, person)?);
    }
    Ok(kept)
}

impl Store {
    /// Every synced row about `person`, table by table (tables with none left out).
    pub fn rows_about(&self, person: &str) -> Result<Vec<RowsAbout>> {
        let conn = self.conn();
        let mut out = Vec::new();
        for table in ALL_TABLES.iter().copied().filter(|t| !NOT_PURGED.contains(&t.sql_name())) {
            let columns = text_columns(conn, table.sql_name())?;
            let sql = format!("SELECT * FROM {} WHERE {} ORDER BY hlc, id", table.sql_name(), about_clause(&columns));
            let mut stmt = conn.prepare(&sql)?;
            let names: Vec<String> = stmt.column_names().into_iter().map(str::to_string).collect();
            let rows = stmt
                .query_map([person], |r| {
                    let mut row = serde_json::Map::new();
                    for (i, name) in names.iter().enumerate() {
                        row.insert(name.clone(), json_of(r.get_ref(i)?));
                    }
                    Ok(row)
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            if !rows.is_empty() {
                out.push(RowsAbout { table, rows });
            }
        }
        Ok(out)
    }

    /// The media files that belong to `person` alone: hers, and those rows about her
    /// point at (a mentor's spoken comment on her day), unless another row needs them.
    pub fn media_about(&self, person: &str) -> Result<Vec<String>> {
        media_about(self.conn(), person)
    }

    /// Whether `person` was erased here.
    pub fn is_erased(&self, person: &str) -> Result<bool> {
        Ok(self.conn().prepare_cached("SELECT 1 FROM erasure WHERE person = ?1")?.exists([person])?)
    }

    /// Give the space of purged rows back and leave no copy of them in any file: the
    /// database is rebuilt (`VACUUM`) and the write-ahead log emptied. Deleted cells are
    /// zeroed as they go (`secure_delete`); this also clears free pages and old copies.
    pub fn compact(&self) -> Result<()> {
        self.conn().execute_batch("VACUUM")?;
        // Readers on other connections may hold the log a moment; the busy timeout waits.
        // One that holds it longer leaves the log to the next checkpoint: say so.
        let busy: i64 = self.conn().query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))?;
        if busy != 0 {
            log::warn!("after an erasure the write-ahead log could not be emptied yet (a reader held it); the next checkpoint empties it");
        }
        Ok(())
    }
}

fn media_about(conn: &Connection, person: &str) -> Result<Vec<String>> {
    let mut about = BTreeSet::new();
    for table in ALL_TABLES.iter().copied().filter(|t| !NOT_PURGED.contains(&t.sql_name())) {
        let columns = text_columns(conn, table.sql_name())?;
        about.extend(media_in(conn, table, &about_clause(&columns), person)?);
    }
    let kept = media_kept(conn, person)?;
    Ok(about.into_iter().filter(|h| !kept.contains(h)).collect())
}

/// Erase `person` from this database: delete every row about her in every table (synced
/// or local), the rows of `media` (and any other file only she needed), and strip the
/// values of every change about her from the log. Runs inside the transaction that
/// applies the erasure, so a device holds either all of her or none.
pub(super) fn purge_person(tx: &Transaction, person: &str, media: &[String]) -> Result<Purged> {
    let mut purged = Purged::default();
    let mut hashes: BTreeSet<String> = media.iter().cloned().collect();
    hashes.extend(media_about(tx, person)?);

    // Rows of synced tables about her, remembered so their stamps and changes go too.
    let mut rows: BTreeSet<(String, String)> = BTreeSet::new();
    for table in ALL_TABLES.iter().copied().filter(|t| !NOT_PURGED.contains(&t.sql_name())) {
        let columns = text_columns(tx, table.sql_name())?;
        let sql = format!("SELECT id FROM {} WHERE {}", table.sql_name(), about_clause(&columns));
        for id in tx.prepare(&sql)?.query_map([person], |r| r.get::<_, String>(0))? {
            rows.insert((table.sql_name().to_string(), id?));
        }
    }
    for hash in &hashes {
        rows.insert(("media".to_string(), hash.clone()));
    }

    // Every table, local ones too (her practice cards, her sign-in guard, …).
    let tables: Vec<String> = tx
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for table in tables.iter().filter(|t| !NOT_PURGED.contains(&t.as_str())) {
        let columns = text_columns(tx, table)?;
        if columns.is_empty() {
            continue;
        }
        let sql = format!("DELETE FROM \"{table}\" WHERE {}", about_clause(&columns));
        purged.rows += tx.execute(&sql, [person])? as u64;
    }
    for (table, id) in &rows {
        if table == "media" {
            purged.rows += tx.execute("DELETE FROM media WHERE id = ?1", [id])? as u64;
            tx.execute("DELETE FROM media_file WHERE hash = ?1", [id])?;
            tx.execute("DELETE FROM media_missing WHERE hash = ?1", [id])?;
        }
        tx.prepare_cached("DELETE FROM field_stamp WHERE tbl = ?1 AND row_id = ?2")?.execute(params![table, id])?;
    }

    // The log keeps each change's place and signatures, not its values.
    let mut about: BTreeSet<(String, i64)> = BTreeSet::new();
    {
        let mut stmt = tx.prepare(
            "SELECT origin, seq FROM change_log WHERE tbl <> 'erasure' AND status <> 'erased'
             AND (owner = ?1 OR author = ?1 OR instr(row_id, ?1) > 0 OR instr(fields, ?1) > 0 OR instr(detail, ?1) > 0)",
        )?;
        for key in stmt.query_map([person], |r| Ok((r.get(0)?, r.get(1)?)))? {
            about.insert(key?);
        }
        let mut by_row = tx.prepare_cached("SELECT origin, seq FROM change_log WHERE tbl = ?1 AND row_id = ?2 AND status <> 'erased'")?;
        for (table, id) in &rows {
            for key in by_row.query_map(params![table, id], |r| Ok((r.get(0)?, r.get(1)?)))? {
                about.insert(key?);
            }
        }
    }
    let mut read = tx.prepare_cached("SELECT fields, dropped FROM change_log WHERE origin = ?1 AND seq = ?2")?;
    let mut strip = tx.prepare_cached(
        "UPDATE change_log SET fields = '{}', dropped = ?3, status = 'erased', reason = NULL, detail = NULL WHERE origin = ?1 AND seq = ?2",
    )?;
    for (origin, seq) in &about {
        let (fields, dropped): (String, Option<String>) = read.query_row(params![origin, seq], |r| Ok((r.get(0)?, r.get(1)?)))?;
        let digest = match dropped {
            Some(d) => d,
            None => {
                let values: std::collections::BTreeMap<String, serde_json::Value> = serde_json::from_str(&fields)?;
                crate::changes::fields_digest_of(&values)
            }
        };
        strip.execute(params![origin, seq, digest])?;
        purged.changes += 1;
    }
    purged.media = hashes.into_iter().collect();
    Ok(purged)
}
