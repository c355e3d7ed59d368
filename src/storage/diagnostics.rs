//! Explaining a slow read, for the benchmark: which statements a call ran, how long
//! each took inside SQLite, and SQLite's plan for each (`EXPLAIN QUERY PLAN`).

use std::sync::Mutex;

use rusqlite::trace::{TraceEvent, TraceEventCodes};

use super::Store;
use crate::error::Result;

/// One statement a call ran, with its parameters filled in, and its time in SQLite.
#[derive(Debug, Clone, serde::Serialize)]
pub struct TracedStatement {
    pub sql: String,
    pub micros: u64,
}

/// SQLite's trace hook takes a plain function, so what it sees is collected here; one
/// traced call at a time (the benchmark runs them one after another).
static TRACED: Mutex<Vec<TracedStatement>> = Mutex::new(Vec::new());

fn collect(event: TraceEvent<'_>) {
    if let TraceEvent::Profile(stmt, took) = event {
        let sql = stmt.expanded_sql().unwrap_or_else(|| stmt.sql().into_owned());
        if let Ok(mut traced) = TRACED.lock() {
            traced.push(TracedStatement { sql, micros: took.as_micros() as u64 });
        }
    }
}

impl Store {
    /// Run `call` and return what it returned with the statements it ran on this store.
    pub fn traced<T>(&self, call: impl FnOnce() -> T) -> (T, Vec<TracedStatement>) {
        TRACED.lock().map(|mut t| t.clear()).ok();
        self.conn.trace_v2(TraceEventCodes::SQLITE_TRACE_PROFILE, Some(collect));
        let out = call();
        self.conn.trace_v2(TraceEventCodes::empty(), None);
        let statements = TRACED.lock().map(|mut t| std::mem::take(&mut *t)).unwrap_or_default();
        (out, statements)
    }

    /// SQLite's plan for a statement, one line per step ("SEARCH diary_day USING INDEX …").
    pub fn query_plan(&self, sql: &str) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}"))?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(3))?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }
}
