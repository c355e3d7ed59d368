//! The Rust types a synced column may have, and how each is written into a change
//! (JSON) and read back from a row (SQLite). Domain enums stored as text (`Mood`,
//! `Role`, …) join with [`text_column!`](crate::text_column).

use rusqlite::types::ValueRef;

/// How SQLite stores a column: what `PRAGMA table_info` reports as its type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SqlType {
    Text,
    Integer,
}

impl SqlType {
    pub fn as_sql(self) -> &'static str {
        match self {
            SqlType::Text => "TEXT",
            SqlType::Integer => "INTEGER",
        }
    }
}

/// A Rust type that can be a column of a synced table.
pub trait ColumnType: Sized {
    const SQL_TYPE: SqlType;
    /// Whether the column may hold NULL (only `Option<T>` does).
    const NULLABLE: bool = false;
    /// What a stored value this version cannot read shows as, if anything. Without
    /// one, such a value makes the read fail (a row is never shown half-right).
    const FALLBACK: Option<Self> = None;
    /// The value as it travels in a change.
    fn to_json(&self) -> serde_json::Value;
    /// The value as read from a stored row.
    fn from_sql(value: ValueRef<'_>) -> Result<Self, String>;
    /// Whether a value that arrived in a change has this type (sizes are checked apart).
    fn accepts(value: &serde_json::Value) -> bool;
}

fn wrong(expected: &str, found: ValueRef<'_>) -> String {
    format!("expected {expected}, found {:?}", found.data_type())
}

impl ColumnType for String {
    const SQL_TYPE: SqlType = SqlType::Text;
    fn accepts(value: &serde_json::Value) -> bool {
        value.is_string()
    }
    fn to_json(&self) -> serde_json::Value {
        serde_json::Value::String(self.clone())
    }
    fn from_sql(value: ValueRef<'_>) -> Result<Self, String> {
        match value {
            ValueRef::Text(t) => String::from_utf8(t.to_vec()).map_err(|e| e.to_string()),
            other => Err(wrong("text", other)),
        }
    }
}

impl ColumnType for i64 {
    const SQL_TYPE: SqlType = SqlType::Integer;
    fn accepts(value: &serde_json::Value) -> bool {
        value.is_i64()
    }
    fn to_json(&self) -> serde_json::Value {
        serde_json::Value::from(*self)
    }
    fn from_sql(value: ValueRef<'_>) -> Result<Self, String> {
        match value {
            ValueRef::Integer(i) => Ok(i),
            other => Err(wrong("an integer", other)),
        }
    }
}

impl ColumnType for bool {
    const SQL_TYPE: SqlType = SqlType::Integer;
    fn accepts(value: &serde_json::Value) -> bool {
        value.is_boolean() || matches!(value.as_i64(), Some(0 | 1))
    }
    fn to_json(&self) -> serde_json::Value {
        serde_json::Value::Bool(*self)
    }
    fn from_sql(value: ValueRef<'_>) -> Result<Self, String> {
        match value {
            ValueRef::Integer(i) => Ok(i != 0),
            other => Err(wrong("0 or 1", other)),
        }
    }
}

impl<T: ColumnType> ColumnType for Option<T> {
    const SQL_TYPE: SqlType = T::SQL_TYPE;
    const NULLABLE: bool = true;
    fn accepts(value: &serde_json::Value) -> bool {
        value.is_null() || T::accepts(value)
    }
    fn to_json(&self) -> serde_json::Value {
        self.as_ref().map_or(serde_json::Value::Null, T::to_json)
    }
    /// An optional value this version cannot read shows as absent, rather than hiding
    /// the whole row (a mood a newer Mestre knows, say).
    fn from_sql(value: ValueRef<'_>) -> Result<Self, String> {
        match value {
            ValueRef::Null => Ok(None),
            other => Ok(T::from_sql(other).ok()),
        }
    }
}

/// A list of short names (a day's task ids), stored as JSON text. A list that cannot be
/// read shows as empty rather than hiding the whole day.
impl ColumnType for Vec<String> {
    const SQL_TYPE: SqlType = SqlType::Text;
    fn accepts(value: &serde_json::Value) -> bool {
        value.as_str().is_some_and(|text| serde_json::from_str::<Vec<String>>(text).is_ok())
    }
    fn to_json(&self) -> serde_json::Value {
        serde_json::Value::String(serde_json::to_string(self).expect("a list of strings always serializes"))
    }
    fn from_sql(value: ValueRef<'_>) -> Result<Self, String> {
        let text = String::from_sql(value)?;
        Ok(serde_json::from_str(&text).unwrap_or_default())
    }
}

/// Makes a fieldless enum with `as_str` and `parse` a text column:
/// `text_column!(Mood);` or, with what an unknown stored value reads as,
/// `text_column!(Role, fallback Role::Trainee);`.
#[macro_export]
macro_rules! text_column {
    ($enum:ident $(, fallback $fallback:expr)?) => {
        impl $crate::changes::ColumnType for $enum {
            const SQL_TYPE: $crate::changes::SqlType = $crate::changes::SqlType::Text;
            $(const FALLBACK: Option<Self> = Some($fallback);)?
            fn to_json(&self) -> serde_json::Value {
                serde_json::Value::String(self.as_str().to_string())
            }
            fn accepts(value: &serde_json::Value) -> bool {
                value.as_str().is_some_and(|text| <$enum>::parse(text).is_some())
            }
            fn from_sql(value: rusqlite::types::ValueRef<'_>) -> Result<Self, String> {
                let text = <String as $crate::changes::ColumnType>::from_sql(value)?;
                <$enum>::parse(&text).or(Self::FALLBACK).ok_or_else(|| format!("no {} {text:?}", stringify!($enum)))
            }
        }
    };
}
