//! Applying changes to the synced tables: every change — made here or received — is
//! judged by `changes::judge` over what this device knows ([`TxAuthority`]), then either
//! applied (logged and merged into its row), quarantined (logged, passed on, never
//! merged) or set aside (not logged at all, so it cannot take the place of the real
//! change of the device it names).
//!
//! Applying stays a deterministic function of the set of changes held, whatever order
//! they came in: a row whose owner is decided by a change that arrived late is rebuilt
//! in stamp order, changes waiting for a person or a key are judged again when one
//! arrives, and the changes of a retired device or a revoked key made after that point
//! are taken back. Every field name that reaches SQL here was checked against its
//! table's declaration.
//!
//! Signatures are checked once per run of linked changes (each names the one before it
//! by hash), not once per change: a batch of a thousand changes from one tablet costs
//! one signature check.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};

use rusqlite::{params, OptionalExtension, Transaction};

use super::changes::{logged_change, next_seq, save_hlc, LOGGED_CHANGE};
use super::privacy::{purge_person, ERASED};
use super::{Origin, Store};
use crate::changes::authorize::{device_key_for, stamp_in_range, KnownDevice, KnownMentorKey};
use crate::changes::signing::verify;
use crate::changes::{judge, winning_fields, Authority, Change, DeviceId, Hlc, HlcClock, Ownership, Refusal, Stamp, SyncedTable, Verdict};
use crate::error::{Error, ErrorKind, Result};

/// What applying a batch from a peer did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ApplyReport {
    /// Changes new to the log (applied or quarantined).
    pub logged: u64,
    pub quarantined: u64,
    /// Changes set aside, and the highest sequence number of each origin they stopped:
    /// the rest of that origin's changes in the batch wait for a later sync.
    pub set_aside: u64,
    pub held_back: BTreeMap<String, i64>,
    /// When the batch held an erasure: the media files it left without rows (to delete
    /// from disk).
    pub purged_media: Option<Vec<String>>,
}

/// The status of a logged change.
pub(super) const APPLIED: &str = "applied";
pub(super) const QUARANTINED: &str = "quarantined";
pub(super) const LEGACY: &str = "legacy";
/// The table whose rows erase a person (see `crate::privacy`).
const ERASURE_TABLE: &str = "erasure";

/// What this device knows, read inside the transaction that applies the changes.
pub(super) struct TxAuthority<'t> {
    tx: &'t Transaction<'t>,
    own: (String, String),
    root: Option<(String, String)>,
    legacy: BTreeMap<String, i64>,
    now_ms: i64,
    /// What was looked up already in this transaction, until authority changes.
    devices: RefCell<HashMap<String, Option<KnownDevice>>>,
    people: RefCell<HashMap<String, bool>>,
    /// The people erased here and their media, read when first needed.
    erased: RefCell<Option<Erased>>,
}

/// Who was erased on this device, and the media their erasures named.
#[derive(Default)]
struct Erased {
    people: Vec<String>,
    media: HashSet<String>,
}

impl<'t> TxAuthority<'t> {
    pub(super) fn new(tx: &'t Transaction<'t>, own: &Origin, now_ms: i64) -> Result<Self> {
        let root: Option<(String, String, String)> = tx
            .query_row("SELECT founder, public_key, legacy FROM trust_root WHERE singleton = 1", [], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .optional()?;
        Ok(TxAuthority {
            tx,
            own: (own.id.0.clone(), own.key.public_hex()),
            legacy: root.as_ref().and_then(|r| serde_json::from_str(&r.2).ok()).unwrap_or_default(),
            root: root.map(|(f, k, _)| (f, k)),
            now_ms,
            devices: RefCell::default(),
            people: RefCell::default(),
            erased: RefCell::default(),
        })
    }

    fn load_erased(&self) -> Result<()> {
        if self.erased.borrow().is_some() {
            return Ok(());
        }
        let mut erased = Erased::default();
        let rows = self
            .tx
            .prepare_cached("SELECT person, media FROM erasure")?
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        for (person, media) in rows {
            if !erased.people.contains(&person) {
                erased.people.push(person);
            }
            erased.media.extend(serde_json::from_str::<Vec<String>>(&media).unwrap_or_default());
        }
        *self.erased.borrow_mut() = Some(erased);
        Ok(())
    }

    /// Whether `change` is about someone erased here (her rows, a row naming her, a
    /// file of hers): it is kept in the log without its values and never applied.
    fn is_about_erased(&self, change: &Change) -> Result<bool> {
        if change.table.sql_name() == ERASURE_TABLE {
            return Ok(false);
        }
        self.load_erased()?;
        let erased = self.erased.borrow();
        let Some(erased) = erased.as_ref() else { return Ok(false) };
        if erased.people.is_empty() {
            return Ok(false);
        }
        if change.table.def().id_is_media && erased.media.contains(&change.row_id) {
            return Ok(true);
        }
        // Values are scalars or lists of them: the text ones are looked into, without
        // writing the change out (every change of every sync passes here).
        fn mentions(value: &serde_json::Value, p: &str) -> bool {
            match value {
                serde_json::Value::String(s) => s.contains(p),
                serde_json::Value::Array(items) => items.iter().any(|v| mentions(v, p)),
                _ => false,
            }
        }
        let names_her = |p: &String| {
            change.owner == *p
                || change.author == *p
                || change.row_id.contains(p.as_str())
                || change.fields.values().any(|v| mentions(v, p))
        };
        if erased.people.iter().any(names_her) {
            return Ok(true);
        }
        Ok(change
            .table
            .media_columns()
            .any(|c| change.fields.get(c.name).and_then(|v| v.as_str()).is_some_and(|h| erased.media.contains(h))))
    }

    /// An erasure was applied in this transaction: later changes are judged with it.
    fn note_erased(&self, person: &str, media: &[String]) {
        let mut erased = self.erased.borrow_mut();
        let erased = erased.get_or_insert_with(Erased::default);
        if !erased.people.iter().any(|p| p == person) {
            erased.people.push(person.to_string());
        }
        erased.media.extend(media.iter().cloned());
    }

    /// A change to who is who was applied: look everything up again.
    fn forget(&self) {
        self.devices.borrow_mut().clear();
        self.people.borrow_mut().clear();
    }
}

impl Authority for TxAuthority<'_> {
    fn device(&self, origin: &str) -> Option<KnownDevice> {
        if origin == self.own.0 {
            return Some(KnownDevice { sign_key: self.own.1.clone(), retired_after_seq: None });
        }
        if let Some(known) = self.devices.borrow().get(origin) {
            return known.clone();
        }
        let found = self
            .tx
            .prepare_cached("SELECT sign_key, retired_after_seq FROM device_intro WHERE id = ?1 AND deleted = 0")
            .and_then(|mut s| s.query_row([origin], |r| Ok(KnownDevice { sign_key: r.get(0)?, retired_after_seq: r.get(1)? })).optional())
            .ok()
            .flatten()
            .filter(|d| !d.sign_key.is_empty());
        self.devices.borrow_mut().insert(origin.to_string(), found.clone());
        found
    }

    fn mentor_key(&self, key_id: &str) -> Option<KnownMentorKey> {
        self.tx
            .prepare_cached("SELECT owner, public_key, revoked_hlc FROM mentor_key WHERE id = ?1 AND deleted = 0")
            .and_then(|mut s| {
                s.query_row([key_id], |r| {
                    Ok(KnownMentorKey {
                        owner: r.get(0)?,
                        public_key: r.get(1)?,
                        revoked_hlc: r.get::<_, Option<i64>>(2)?.map(Hlc::from_i64),
                    })
                })
                .optional()
            })
            .ok()
            .flatten()
    }

    fn root(&self) -> Option<(String, String)> {
        self.root.clone()
    }

    fn legacy_seq(&self, origin: &str) -> i64 {
        self.legacy.get(origin).copied().unwrap_or(0)
    }

    fn person_exists(&self, id: &str) -> bool {
        if let Some(&known) = self.people.borrow().get(id) {
            return known;
        }
        let exists =
            self.tx.prepare_cached("SELECT 1 FROM person WHERE id = ?1 AND deleted = 0").and_then(|mut s| s.exists([id])).unwrap_or(false);
        self.people.borrow_mut().insert(id.to_string(), exists);
        exists
    }

    fn row_owner(&self, change: &Change) -> Option<String> {
        // The table name comes from the declaration the change was parsed against.
        let sql = format!("SELECT owner FROM {} WHERE id = ?1", change.table.sql_name());
        self.tx.prepare_cached(&sql).and_then(|mut s| s.query_row([&change.row_id], |r| r.get(0)).optional()).ok().flatten()
    }

    fn now_ms(&self) -> i64 {
        self.now_ms
    }
}

/// Put a new change in the log with what was decided about it. Returns false if the log
/// already held it.
fn log_change(tx: &Transaction, change: &Change, link: &str, status: &str, refusal: Option<(&Refusal, &str)>) -> Result<bool> {
    let inserted = tx
        .prepare_cached(
            "INSERT OR IGNORE INTO change_log (origin, seq, hlc, tbl, row_id, owner, author, fields, mentor_key, mentor_sig, sig, status,
                                               reason, detail, dropped, prev, link)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
        )?
        .execute(params![
            change.origin.0,
            change.seq,
            change.hlc.as_i64(),
            change.table.sql_name(),
            change.row_id,
            change.owner,
            change.author,
            serde_json::to_string(&change.fields)?,
            change.mentor_key,
            change.mentor_sig,
            change.sig,
            status,
            refusal.map(|r| r.0.code()),
            refusal.map(|r| r.1),
            change.dropped,
            change.prev,
            link,
        ])?;
    if inserted == 0 {
        return Ok(false);
    }
    tx.prepare_cached(
        "INSERT INTO log_head (origin, max_seq) VALUES (?1, ?2) ON CONFLICT (origin) DO UPDATE SET max_seq = MAX(max_seq, ?2)",
    )?
    .execute(params![change.origin.0, change.seq])?;
    Ok(true)
}

fn set_status(tx: &Transaction, change: &Change, status: &str, refusal: Option<(&Refusal, &str)>) -> Result<()> {
    tx.prepare_cached("UPDATE change_log SET status = ?3, reason = ?4, detail = ?5 WHERE origin = ?1 AND seq = ?2")?.execute(params![
        change.origin.0,
        change.seq,
        status,
        refusal.map(|r| r.0.code()),
        refusal.map(|r| r.1)
    ])?;
    Ok(())
}

/// Merge the fields `change` wins into its row (creating the row if needed).
fn merge_into_row(tx: &Transaction, change: &Change) -> Result<()> {
    let table = change.table;
    let name = table.sql_name();
    let mut stamps = BTreeMap::new();
    {
        let mut stmt = tx.prepare_cached("SELECT field, hlc, origin FROM field_stamp WHERE tbl = ?1 AND row_id = ?2")?;
        let rows = stmt.query_map(params![name, change.row_id], |r| {
            Ok((r.get::<_, String>(0)?, Stamp { hlc: Hlc::from_i64(r.get(1)?), origin: DeviceId(r.get(2)?) }))
        })?;
        for row in rows {
            let (field, stamp) = row?;
            stamps.insert(field, stamp);
        }
    }
    let wins = winning_fields(&stamps, change);
    for (field, _) in &wins {
        if !table.is_writable(field) {
            return Err(Error::new(ErrorKind::InvalidInput, format!("{name} has no field {field}")));
        }
    }
    if stamps.is_empty() && insert_whole(tx, change, &wins)? {
        return Ok(());
    }
    tx.prepare_cached(&format!("INSERT INTO {name} (id, owner, hlc, origin) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (id) DO NOTHING"))?
        .execute(params![change.row_id, change.owner, change.hlc.as_i64(), change.origin.0])?;
    if table.ownership() == Ownership::Author {
        // The same file stored by two people: the row belongs to one of them, the same one
        // on every device whatever the order the changes came in.
        tx.prepare_cached(&format!("UPDATE {name} SET owner = ?1 WHERE id = ?2 AND owner > ?1"))?
            .execute(params![change.owner, change.row_id])?;
    }
    for (field, value) in &wins {
        // `field` is a declared column of the table, checked at the top: safe in SQL text.
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
    Ok(())
}

/// A row this device has never seen written: insert it with all its fields in one
/// statement (most of a first sync). False if the row is there after all.
fn insert_whole(tx: &Transaction, change: &Change, wins: &[(&str, &serde_json::Value)]) -> Result<bool> {
    let name = change.table.sql_name();
    // Every field was checked against the declaration above: safe in SQL text.
    let columns: String = wins.iter().map(|(f, _)| format!(", {f}")).collect();
    let marks: String = (0..wins.len()).map(|i| format!(", ?{}", i + 5)).collect();
    let sql = format!("INSERT INTO {name} (id, owner, hlc, origin{columns}) VALUES (?1, ?2, ?3, ?4{marks}) ON CONFLICT (id) DO NOTHING");
    let mut values: Vec<rusqlite::types::Value> =
        vec![change.row_id.clone().into(), change.owner.clone().into(), change.hlc.as_i64().into(), change.origin.0.clone().into()];
    for (_, value) in wins {
        values.push(json_to_sql(value)?);
    }
    if tx.prepare_cached(&sql)?.execute(rusqlite::params_from_iter(values))? == 0 {
        return Ok(false);
    }
    let mut stamp = tx.prepare_cached("INSERT INTO field_stamp (tbl, row_id, field, hlc, origin) VALUES (?1, ?2, ?3, ?4, ?5)")?;
    for (field, _) in wins {
        stamp.execute(params![name, change.row_id, field, change.hlc.as_i64(), change.origin.0])?;
    }
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

/// Tables whose rows decide what other changes may do.
fn is_authority_table(table: SyncedTable) -> bool {
    matches!(table.sql_name(), "person" | "mentor_key" | "device_intro")
}

/// The stamp of the oldest change that shaped a row, if any did.
fn first_stamp(tx: &Transaction, table: SyncedTable, row_id: &str) -> Result<Option<Stamp>> {
    Ok(tx
        .prepare_cached(
            "SELECT hlc, origin FROM change_log WHERE tbl = ?1 AND row_id = ?2 AND status IN ('applied', 'legacy') ORDER BY hlc, origin LIMIT 1",
        )?
        .query_row(params![table.sql_name(), row_id], |r| Ok(Stamp { hlc: Hlc::from_i64(r.get(0)?), origin: DeviceId(r.get(1)?) }))
        .optional()?)
}

/// Follow-up work a batch leaves: rows to rebuild, and whether authority changed.
#[derive(Default)]
pub(super) struct Aftermath {
    rebuild: BTreeSet<(String, String)>,
    authority_changed: bool,
    revocations: Vec<Revocation>,
    /// When an erasure was carried out: the media files it left without rows.
    pub(super) purged_media: Option<Vec<String>>,
}

enum Revocation {
    Device { origin: String, after_seq: i64 },
    MentorKey { key: String, from_hlc: i64 },
}

impl Aftermath {
    pub(super) fn note(&mut self, change: &Change) {
        if !is_authority_table(change.table) {
            return;
        }
        self.authority_changed = true;
        let from = |field: &str| change.fields.get(field).and_then(|v| v.as_i64());
        match change.table.sql_name() {
            "device_intro" => {
                if let Some(after_seq) = from("retired_after_seq") {
                    self.revocations.push(Revocation::Device { origin: change.row_id.clone(), after_seq });
                }
            }
            "mentor_key" => {
                if let Some(from_hlc) = from("revoked_hlc") {
                    self.revocations.push(Revocation::MentorKey { key: change.row_id.clone(), from_hlc });
                }
            }
            _ => {}
        }
    }
}

/// Store what was decided about `change` — `new` if it is not in the log yet — and, if
/// it may be applied, merge it into its row. Returns whether it was applied. A change
/// refused because it would give a row another owner, yet stamped before every change
/// that shaped the row, came late but was first: the row is rebuilt in stamp order.
/// `link` is the change's link if it is known already (it is worked out otherwise).
pub(super) fn settle(
    tx: &Transaction,
    authority: &TxAuthority,
    change: &Change,
    link: Option<String>,
    verdict: Verdict,
    new: bool,
    after: &mut Aftermath,
) -> Result<bool> {
    if new && authority.is_about_erased(change)? {
        // Her data does not come back: only the change's place in its log is kept.
        let link = link.unwrap_or_else(|| change.link());
        log_change(tx, &change.clone().stripped(), &link, ERASED, None)?;
        return Ok(false);
    }
    let (status, refusal) = match &verdict {
        Verdict::Apply => (APPLIED, None),
        Verdict::Legacy => (LEGACY, None),
        Verdict::Refuse(refusal, detail) => (QUARANTINED, Some((refusal, detail.as_str()))),
    };
    if new {
        let link = link.unwrap_or_else(|| change.link());
        if !log_change(tx, change, &link, status, refusal)? {
            return Ok(false);
        }
    } else {
        set_status(tx, change, status, refusal)?;
    }
    match verdict {
        Verdict::Apply | Verdict::Legacy => {
            merge_into_row(tx, change)?;
            if change.table.sql_name() == ERASURE_TABLE {
                erase(tx, authority, change, after)?;
            }
            after.note(change);
            if is_authority_table(change.table) {
                authority.forget();
            }
            Ok(true)
        }
        Verdict::Refuse(Refusal::OwnerChanged, _) if new => {
            let incoming = Stamp { hlc: change.hlc, origin: change.origin.clone() };
            if first_stamp(tx, change.table, &change.row_id)?.is_some_and(|first| incoming < first) {
                after.rebuild.insert((change.table.sql_name().to_string(), change.row_id.clone()));
            }
            Ok(false)
        }
        Verdict::Refuse(..) => Ok(false),
    }
}

/// Carry out an erasure that was just applied: purge the person it names here.
fn erase(tx: &Transaction, authority: &TxAuthority, change: &Change, after: &mut Aftermath) -> Result<()> {
    let (person, media): (String, String) =
        tx.query_row("SELECT person, media FROM erasure WHERE id = ?1", [&change.row_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    let media: Vec<String> = serde_json::from_str(&media).unwrap_or_default();
    if person.is_empty() {
        return Ok(());
    }
    authority.note_erased(&person, &media);
    let purged = purge_person(tx, &person, &media)?;
    log::info!("erased {person}: {} rows, {} changes, {} files", purged.rows, purged.changes, purged.media.len());
    after.purged_media.get_or_insert_with(Vec::new).extend(purged.media);
    authority.forget();
    Ok(())
}

/// Judge again a change that is in the log: its device signature was checked when it
/// was logged, everything else is checked anew.
fn rejudge(change: &Change, authority: &TxAuthority, legacy: bool) -> Verdict {
    if legacy {
        return Verdict::Legacy;
    }
    let key = device_key_for(change, authority);
    judge(change, authority, key.as_deref())
}

/// Rebuild one row from the changes held for it, in stamp order, judging each again.
fn rebuild_row(tx: &Transaction, authority: &TxAuthority, table: &str, row_id: &str, after: &mut Aftermath) -> Result<()> {
    let Some(synced) = SyncedTable::from_sql_name(table) else { return Ok(()) };
    let sql = format!(
        "SELECT {LOGGED_CHANGE} FROM change_log WHERE tbl = ?1 AND row_id = ?2
         AND (status IN ('applied', 'legacy') OR reason IN ('owner-changed', 'not-owner', 'device-retired', 'mentor-key-revoked', 'unknown-author', 'unknown-mentor-key'))
         ORDER BY hlc, origin"
    );
    let rows = tx.prepare(&sql)?.query_map(params![table, row_id], logged_change)?.collect::<rusqlite::Result<Vec<_>>>()?;
    tx.prepare_cached(&format!("DELETE FROM {} WHERE id = ?1", synced.sql_name()))?.execute([row_id])?;
    tx.prepare_cached("DELETE FROM field_stamp WHERE tbl = ?1 AND row_id = ?2")?.execute(params![table, row_id])?;
    for row in rows {
        let legacy = row.status == LEGACY;
        if let Some(change) = row.into_change()? {
            let verdict = rejudge(&change, authority, legacy);
            settle(tx, authority, &change, None, verdict, false, after)?;
        }
    }
    Ok(())
}

/// Finish a batch: rebuild rows a late first change or a revocation touched, and judge
/// again the changes that waited for a person, a key or a device — until nothing more
/// changes.
fn follow_up(tx: &Transaction, authority: &TxAuthority, mut after: Aftermath) -> Result<()> {
    for _round in 0..8 {
        let mut next = Aftermath::default();
        for revocation in std::mem::take(&mut after.revocations) {
            let (sql, key, from) = match &revocation {
                Revocation::Device { origin, after_seq } => {
                    ("SELECT DISTINCT tbl, row_id FROM change_log WHERE origin = ?1 AND seq > ?2 AND status = 'applied'", origin, after_seq)
                }
                Revocation::MentorKey { key, from_hlc } => (
                    "SELECT DISTINCT tbl, row_id FROM change_log WHERE mentor_key = ?1 AND hlc >= ?2 AND status = 'applied'",
                    key,
                    from_hlc,
                ),
            };
            let rows =
                tx.prepare(sql)?.query_map(params![key, from], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<Vec<_>>>()?;
            after.rebuild.extend(rows);
        }
        for (table, row_id) in std::mem::take(&mut after.rebuild) {
            rebuild_row(tx, authority, &table, &row_id, &mut next)?;
        }
        if after.authority_changed {
            let sql = format!(
                "SELECT {LOGGED_CHANGE} FROM change_log WHERE status = 'quarantined'
                 AND reason IN ('unknown-author', 'unknown-mentor-key', 'device-retired') ORDER BY hlc, origin"
            );
            let waiting = tx.prepare(&sql)?.query_map([], logged_change)?.collect::<rusqlite::Result<Vec<_>>>()?;
            for row in waiting {
                if let Some(change) = row.into_change()? {
                    let verdict = rejudge(&change, authority, false);
                    if !matches!(verdict, Verdict::Refuse(..)) {
                        settle(tx, authority, &change, None, verdict, false, &mut next)?;
                    }
                }
            }
        }
        if next.rebuild.is_empty() && next.revocations.is_empty() && !next.authority_changed {
            return Ok(());
        }
        after = next;
    }
    log::warn!("applying a batch: authority kept changing after eight rounds; the rest waits for the next batch");
    Ok(())
}

/// Keep a change that was set aside where a mentor can see it (once).
/// Set-aside changes kept at most (the oldest go first): a peer sending forgeries cannot
/// fill the disk with them.
const SET_ASIDE_KEPT: i64 = 10_000;

/// The first `n` characters of `text`: what a list shows of a value a peer chose.
fn cut(text: &str, n: usize) -> String {
    text.chars().take(n).collect()
}

fn remember_set_aside(tx: &Transaction, change: &Change, refusal: &Refusal, detail: &str, from_peer: &str, now_ms: i64) -> Result<()> {
    let json = serde_json::to_string(change)?;
    let digest = crate::media::sha256_hex(json.as_bytes());
    tx.prepare_cached(
        "INSERT OR IGNORE INTO set_aside (digest, origin, seq, hlc, tbl, row_id, author, fields, reason, detail, from_peer, seen_ms)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?
    .execute(params![
        digest,
        cut(&change.origin.0, 200),
        change.seq,
        change.hlc.as_i64(),
        change.table.sql_name(),
        cut(&change.row_id, 200),
        cut(&change.author, 200),
        cut(&serde_json::to_string(&change.fields)?, 2000),
        refusal.code(),
        cut(detail, 500),
        cut(from_peer, 200),
        now_ms
    ])?;
    Ok(())
}

/// Forget the oldest set-aside changes beyond what is kept.
fn trim_set_aside(tx: &Transaction) -> Result<()> {
    tx.execute(
        "DELETE FROM set_aside WHERE digest IN (SELECT digest FROM set_aside ORDER BY seen_ms DESC, digest LIMIT -1 OFFSET ?1)",
        [SET_ASIDE_KEPT],
    )?;
    Ok(())
}

/// One origin's changes in a batch, and how far its signatures are known good.
struct Queue<'c> {
    /// The place in its log that must come next here.
    expected: i64,
    changes: VecDeque<&'c Change>,
    /// Changes up to this place were found signed with `key` (by their run).
    verified_until: i64,
    key: Option<String>,
    /// Runs were looked at up to here (so a bad run is not walked again per change).
    walked_until: i64,
    /// The links worked out while walking, by place in the log.
    links: HashMap<i64, String>,
}

impl Queue<'_> {
    /// Check the signature of the longest run of linked changes from the front: valid,
    /// it vouches for every change of the run.
    fn verify_run(&mut self, authority: &TxAuthority) {
        let Some(front) = self.changes.front() else { return };
        if front.seq <= self.walked_until {
            return;
        }
        let Some(key) = device_key_for(front, authority) else { return };
        let mut last = *front;
        let mut link = last.link();
        self.links.insert(last.seq, link.clone());
        for next in self.changes.iter().skip(1) {
            if next.seq != last.seq + 1 || next.prev != link {
                break;
            }
            last = next;
            link = last.link();
            self.links.insert(last.seq, link.clone());
        }
        self.walked_until = last.seq;
        if verify(&key, &last.device_bytes(), &last.sig) {
            self.verified_until = last.seq;
            self.key = Some(key);
        }
    }

    /// The key the front change's signature is known good with, if it is.
    fn checked_with(&self) -> Option<&str> {
        let front = self.changes.front()?;
        (front.seq <= self.verified_until).then_some(self.key.as_deref()).flatten()
    }
}

impl Store {
    /// Apply changes that came from a peer (`from_peer` names it for the record), in one
    /// transaction. Each origin's changes must continue what is held of its log; one that
    /// is set aside holds back the rest of its origin's changes in the batch.
    pub fn apply(
        &mut self,
        origin: Origin,
        clock: &mut HlcClock,
        now_ms: i64,
        from_peer: &str,
        changes: Vec<Change>,
    ) -> Result<ApplyReport> {
        let changes: Vec<Change> = changes.into_iter().map(Change::without_oversized_fields).collect();
        let mut next_clock = *clock;
        let report = self.write(|tx| {
            let authority = TxAuthority::new(tx, &origin, now_ms)?;
            let mut report = ApplyReport::default();
            let mut after = Aftermath::default();
            let mut queues: BTreeMap<&str, Queue> = BTreeMap::new();
            for change in &changes {
                let id = change.origin.0.as_str();
                if !queues.contains_key(id) {
                    let expected = next_seq(tx, &change.origin)?;
                    queues.insert(
                        id,
                        Queue { expected, changes: VecDeque::new(), verified_until: 0, key: None, walked_until: 0, links: HashMap::new() },
                    );
                }
                queues.get_mut(id).expect("inserted just above").changes.push_back(change);
            }
            // Rounds: a device introduced by one origin's changes may let another's through.
            loop {
                let mut progress = false;
                for queue in queues.values_mut() {
                    while let Some(&change) = queue.changes.front() {
                        if change.seq < queue.expected {
                            queue.changes.pop_front(); // held already
                            continue;
                        }
                        if change.seq > queue.expected {
                            // A gap: this log continues only from where it stops here.
                            let held = queue.changes.iter().map(|c| c.seq).max().unwrap_or(change.seq);
                            report.held_back.insert(change.origin.0.clone(), held);
                            queue.changes.clear();
                            break;
                        }
                        queue.verify_run(&authority);
                        match judge(change, &authority, queue.checked_with()) {
                            Verdict::Refuse(Refusal::UnknownDevice, _) => break, // perhaps introduced later in this batch
                            Verdict::Refuse(refusal, detail) if refusal.sets_aside() => {
                                remember_set_aside(tx, change, &refusal, &detail, from_peer, now_ms)?;
                                report.set_aside += 1;
                                let held = queue.changes.iter().map(|c| c.seq).max().unwrap_or(change.seq);
                                report.held_back.insert(change.origin.0.clone(), held);
                                queue.changes.clear();
                            }
                            verdict => {
                                let refused = matches!(verdict, Verdict::Refuse(..));
                                // Only a stamp that was accepted (and is not far ahead) moves the clock.
                                if !refused && stamp_in_range(change, now_ms) {
                                    next_clock.observe(change.hlc);
                                }
                                let link = queue.links.remove(&change.seq);
                                settle(tx, &authority, change, link, verdict, true, &mut after)?;
                                report.logged += 1;
                                report.quarantined += u64::from(refused);
                                queue.expected = change.seq + 1;
                                queue.changes.pop_front();
                                progress = true;
                            }
                        }
                    }
                }
                if !progress {
                    break;
                }
            }
            for queue in queues.values() {
                if let Some(first) = queue.changes.front() {
                    remember_set_aside(tx, first, &Refusal::UnknownDevice, "the device is not introduced here", from_peer, now_ms)?;
                    report.set_aside += 1;
                    report.held_back.insert(first.origin.0.clone(), queue.changes.iter().map(|c| c.seq).max().unwrap_or(first.seq));
                }
            }
            if report.set_aside > 0 {
                trim_set_aside(tx)?;
            }
            report.purged_media = std::mem::take(&mut after.purged_media);
            follow_up(tx, &authority, after)?;
            save_hlc(tx, next_clock.last())?;
            Ok(report)
        })?;
        if let Some(media) = &report.purged_media {
            self.purged_media.get_or_insert_with(Vec::new).extend(media.iter().cloned());
        }
        *clock = next_clock;
        Ok(report)
    }
}

/// Finish a write made on this device: rows to rebuild, waiting changes to judge again.
pub(super) fn finish_local(tx: &Transaction, authority: &TxAuthority, after: Aftermath) -> Result<()> {
    follow_up(tx, authority, after)
}
