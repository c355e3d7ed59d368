//! Reading synced tables through their declarations: the column list and the row type
//! come from `synced_table!`, so no column name is spelled twice. The clauses around
//! them (`WHERE …`, `ORDER BY …`) are written in this folder only.

use rusqlite::{OptionalExtension, Params};

use super::Store;
use crate::changes::{Record, SyncedTable, BOOKKEEPING_COLUMNS};
use crate::error::Result;

/// One column as SQLite reports it (`PRAGMA table_info`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct SchemaColumn {
    pub name: String,
    /// The declared type, upper case ("TEXT", "INTEGER").
    pub sql_type: String,
    pub not_null: bool,
    pub primary_key: bool,
}

impl Store {
    /// Row `id` of `R`'s table, unless it is deleted.
    pub fn get<R: Record>(&self, id: &str) -> Result<Option<R>> {
        self.select_one("WHERE id = ?1 AND deleted = 0", [id])
    }

    /// Rows of `R`'s table matching `clause` (e.g. `WHERE owner = ?1 ORDER BY day`).
    pub(super) fn select<R: Record>(&self, clause: &str, params: impl Params) -> Result<Vec<R>> {
        let sql = format!("SELECT {} FROM {} {clause}", R::SELECT, R::TABLE.sql_name());
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map(params, R::from_row)?.collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// The first row of `R`'s table matching `clause`, if any.
    pub(super) fn select_one<R: Record>(&self, clause: &str, params: impl Params) -> Result<Option<R>> {
        let sql = format!("SELECT {} FROM {} {clause}", R::SELECT, R::TABLE.sql_name());
        Ok(self.conn().prepare_cached(&sql)?.query_row(params, R::from_row).optional()?)
    }

    /// How many rows of a synced table are not deleted (for `mestre info`).
    pub fn count_rows(&self, table: SyncedTable) -> Result<i64> {
        let sql = format!("SELECT COUNT(*) FROM {} WHERE deleted = 0", table.sql_name());
        Ok(self.conn().prepare_cached(&sql)?.query_row([], |r| r.get(0))?)
    }

    /// The columns of a table as the migrations made it, sorted by name.
    pub fn schema_columns(&self, table: &str) -> Result<Vec<SchemaColumn>> {
        let mut stmt = self.conn().prepare("SELECT name, type, \"notnull\", pk FROM pragma_table_info(?1)")?;
        let mut columns = stmt
            .query_map([table], |r| {
                Ok(SchemaColumn {
                    name: r.get(0)?,
                    sql_type: r.get::<_, String>(1)?.to_uppercase(),
                    not_null: r.get(2)?,
                    primary_key: r.get::<_, i64>(3)? > 0,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        columns.sort();
        Ok(columns)
    }

    /// Every table that carries the sync bookkeeping columns: what must be declared.
    pub fn tables_with_sync_columns(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn().prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")?;
        let names: Vec<String> = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        let mut out = Vec::new();
        for name in names {
            let columns = self.schema_columns(&name)?;
            if BOOKKEEPING_COLUMNS.iter().all(|(b, _, _)| columns.iter().any(|c| c.name == *b)) {
                out.push(name);
            }
        }
        Ok(out)
    }
}
