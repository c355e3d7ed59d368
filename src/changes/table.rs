//! The declaration of a synced table, and the [`synced_table!`](crate::synced_table)
//! macro that turns one declaration into everything else: the typed row, the typed
//! draft, and the [`TableDef`] that storage builds its SQL from and that checks every
//! incoming change. Storage never builds SQL from text that arrived in a change: only
//! from the names declared here.

use serde::{Deserialize, Serialize};

use super::column::{ColumnType, SqlType};

/// Who may write the rows of a table. Checked when a change from another device is
/// applied; the façade checks the same rules before a local write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Ownership {
    /// A trainee's own records (her days and what she adds to them): only she writes
    /// them, and the owner never changes.
    Trainee,
    /// A mentor's own records (her comments, later her sign-offs): only she writes them.
    Mentor,
    /// Records of whoever made them, trainee or mentor (stored photos and recordings).
    Author,
    /// A trainee's own log (her practice answers): only she adds to it, and nothing
    /// she added changes afterwards.
    TraineeLog,
    /// A person's own log, trainee or mentor (a printed label, a thermometer reading):
    /// only she adds to it, and nothing she added changes afterwards — a record an
    /// inspector can trust.
    PersonLog,
    /// A mentor's own log (her sign-offs of a trainee's aims): only she adds to it,
    /// signed with her key, and nothing she added changes afterwards — a record an
    /// employer can trust. A correction is a new entry.
    MentorLog,
    /// Café content anyone of the café may edit (words, recipes, …): merged per field.
    Shared,
    /// Café administration (the café, people and their roles, credentials, recorded
    /// prompts): only mentors.
    Admin,
}

/// Who may write one column besides those its table's [`Ownership`] allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AlsoWrittenBy {
    Nobody,
    /// The person the row belongs to (a trainee chooses her own language).
    RowOwner,
    /// Any mentor (a mentor writes the spelling of a trainee's new word).
    Mentor,
}

/// The most characters a text column holds unless its declaration says otherwise.
pub const DEFAULT_MAX_CHARS: usize = 1000;

/// One declared column.
#[derive(Debug, Clone, Copy)]
pub struct ColumnDef {
    pub name: &'static str,
    pub sql_type: SqlType,
    pub nullable: bool,
    /// Holds the SHA-256 of a media file that must travel with the row.
    pub media: bool,
    /// The most characters a text value may have.
    pub max_chars: Option<usize>,
    pub also: AlsoWrittenBy,
    /// Only a mentor's signed change may write it, whatever the table's ownership (the
    /// allergens a mentor checked on a shared ingredient).
    pub mentor_only: bool,
    /// The smallest and largest number an integer column holds (a reading of −50 to
    /// 100 °C, a score of at most 100): a forged value outside is refused at the door.
    pub range: Option<(i64, i64)>,
    /// Whether a value that arrived in a change has the column's Rust type.
    pub accepts: fn(&serde_json::Value) -> bool,
}

impl PartialEq for ColumnDef {
    fn eq(&self, other: &Self) -> bool {
        (self.name, self.sql_type, self.nullable, self.media, self.max_chars, self.also, self.mentor_only, self.range)
            == (other.name, other.sql_type, other.nullable, other.media, other.max_chars, other.also, other.mentor_only, other.range)
    }
}
impl Eq for ColumnDef {}

impl ColumnDef {
    pub const fn of<T: ColumnType>(name: &'static str) -> Self {
        ColumnDef {
            name,
            sql_type: T::SQL_TYPE,
            nullable: T::NULLABLE,
            media: false,
            max_chars: None,
            also: AlsoWrittenBy::Nobody,
            mentor_only: false,
            range: None,
            accepts: T::accepts,
        }
    }

    /// Why `value` cannot be stored in this column, if it cannot: the wrong type, too
    /// long, out of its range, or (for a media column) not a media hash.
    pub fn refuse(&self, value: &serde_json::Value) -> Option<String> {
        if !(self.accepts)(value) {
            return Some(format!("{} cannot hold {}", self.name, short(value)));
        }
        if let (Some((low, high)), Some(n)) = (self.range, value.as_i64()) {
            if n < low || n > high {
                return Some(format!("{} must be from {low} to {high}, not {n}", self.name));
            }
        }
        if let Some(text) = value.as_str() {
            let max = self.max_chars.unwrap_or(DEFAULT_MAX_CHARS);
            if text.chars().count() > max {
                return Some(format!("{} is longer than {max} characters", self.name));
            }
            if self.media && !crate::media::is_media_hash(text) {
                return Some(format!("{} is not a media hash", self.name));
            }
        }
        None
    }
    pub const fn max_chars(self, max: usize) -> Self {
        ColumnDef { max_chars: Some(max), ..self }
    }
    pub const fn media(self) -> Self {
        ColumnDef { media: true, ..self }
    }
    pub const fn also(self, also: AlsoWrittenBy) -> Self {
        ColumnDef { also, ..self }
    }
    pub const fn mentor_only(self) -> Self {
        ColumnDef { mentor_only: true, ..self }
    }
    pub const fn range(self, low: i64, high: i64) -> Self {
        ColumnDef { range: Some((low, high)), ..self }
    }
}

/// A value, cut short for a message.
fn short(value: &serde_json::Value) -> String {
    let text = value.to_string();
    if text.chars().count() > 40 {
        format!("{}…", text.chars().take(40).collect::<String>())
    } else {
        text
    }
}

/// The columns every synced table has before its own: the row's id, who it belongs to,
/// the stamp and origin of its newest change, and the tombstone flag.
/// (name, SQL type, primary key)
pub const BOOKKEEPING_COLUMNS: [(&str, SqlType, bool); 5] = [
    ("id", SqlType::Text, true),
    ("owner", SqlType::Text, false),
    ("hlc", SqlType::Integer, false),
    ("origin", SqlType::Text, false),
    ("deleted", SqlType::Integer, false),
];

/// A synced table as declared by [`synced_table!`](crate::synced_table).
#[derive(Debug, PartialEq, Eq)]
pub struct TableDef {
    /// The SQL name, also the name changes carry on the wire.
    pub name: &'static str,
    pub ownership: Ownership,
    /// The row id is the SHA-256 of a media file (the `media` table).
    pub id_is_media: bool,
    /// Declared columns, after the bookkeeping ones.
    pub columns: &'static [ColumnDef],
}

/// A synced table, as a change names it. Compared, hashed and sent by its name.
#[derive(Clone, Copy)]
pub struct SyncedTable(&'static TableDef);

impl SyncedTable {
    pub const fn new(def: &'static TableDef) -> Self {
        SyncedTable(def)
    }

    pub fn def(self) -> &'static TableDef {
        self.0
    }

    pub fn sql_name(self) -> &'static str {
        self.0.name
    }

    pub fn ownership(self) -> Ownership {
        self.0.ownership
    }

    /// The table of this name, if it syncs.
    pub fn from_sql_name(name: &str) -> Option<Self> {
        super::ALL_TABLES.iter().copied().find(|t| t.sql_name() == name)
    }

    /// The declared column a change may write, or `deleted` (the tombstone).
    pub fn column(self, name: &str) -> Option<&'static ColumnDef> {
        self.0.columns.iter().find(|c| c.name == name)
    }

    /// Whether a change may name this field: a declared column or the tombstone flag.
    pub fn is_writable(self, name: &str) -> bool {
        name == "deleted" || self.column(name).is_some()
    }

    /// Columns that point at media files.
    pub fn media_columns(self) -> impl Iterator<Item = &'static ColumnDef> {
        self.0.columns.iter().filter(|c| c.media)
    }
}

impl PartialEq for SyncedTable {
    fn eq(&self, other: &Self) -> bool {
        self.0.name == other.0.name
    }
}
impl Eq for SyncedTable {}

impl std::hash::Hash for SyncedTable {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.name.hash(state)
    }
}

impl std::fmt::Debug for SyncedTable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0.name)
    }
}

impl Serialize for SyncedTable {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.0.name)
    }
}

impl<'de> Deserialize<'de> for SyncedTable {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let name = std::borrow::Cow::<str>::deserialize(d)?;
        SyncedTable::from_sql_name(&name).ok_or_else(|| serde::de::Error::custom(format!("{name} is not a synced table")))
    }
}

/// A typed row of a synced table (made by [`synced_table!`](crate::synced_table)).
pub trait Record: Sized {
    const TABLE: SyncedTable;
    /// The column list to SELECT, in the order [`Record::from_row`] reads.
    const SELECT: &'static str;
    fn from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Self>;
}

/// Read column `at` of a row as `T` (for the rows [`synced_table!`](crate::synced_table) makes).
pub fn read_column<T: ColumnType>(row: &rusqlite::Row<'_>, at: usize) -> rusqlite::Result<T> {
    let value = row.get_ref(at)?;
    T::from_sql(value).map_err(|why| rusqlite::Error::FromSqlConversionFailure(at, value.data_type(), why.into()))
}

/// Declares a synced table, once. For example:
///
/// ```ignore
/// synced_table! {
///     /// One day of a trainee's little book.
///     pub table "diary_day" (Ownership::Trainee) => DiaryDayRow, DiaryDayDraft {
///         /// The date, YYYY-MM-DD.
///         day: String [max 10],
///         mood: Option<Mood>,
///     }
/// }
/// ```
///
/// makes `DiaryDayRow { id, owner, day, mood }` (read by storage),
/// `DiaryDayDraft::new(id, owner).day(..).mood(..)` (written through the change log) and
/// `DiaryDayRow::TABLE`. Column options in brackets: `max N` (characters), `media` (holds
/// a media hash), `also owner` / `also mentor` (who else may write it), `mentor only`
/// (only a mentor's signed change writes it, in any table), `range(low, high)` (the
/// numbers an integer column accepts). `(…, id media)`
/// after the ownership says the row id is itself a media hash. The table also needs a
/// migration creating it and a line in [`ALL_TABLES`](crate::changes::ALL_TABLES); a
/// test compares every declaration with the migrated schema.
#[macro_export]
macro_rules! synced_table {
    (
        $(#[$meta:meta])*
        pub table $sql:literal ($ownership:expr $(, id $id_kind:ident)?) => $row:ident, $draft:ident {
            $( $(#[$col_meta:meta])* $col:ident : $ty:ty $([ $($opt:tt)* ])? ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq)]
        pub struct $row {
            pub id: String,
            /// The person (or café) the row belongs to.
            pub owner: String,
            $( $(#[$col_meta])* pub $col: $ty, )*
        }

        impl $row {
            pub const TABLE: $crate::changes::SyncedTable = $crate::changes::SyncedTable::new(&$crate::changes::TableDef {
                name: $sql,
                ownership: $ownership,
                id_is_media: $crate::synced_table!(@id_is_media $($id_kind)?),
                columns: &[ $( $crate::synced_table!(@column $col $ty $([ $($opt)* ])?) ),* ],
            });
        }

        impl $crate::changes::Record for $row {
            const TABLE: $crate::changes::SyncedTable = $row::TABLE;
            const SELECT: &'static str = concat!("id, owner" $(, ", ", stringify!($col))*);
            #[allow(unused_assignments, unused_mut, unused_variables)]
            fn from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
                let mut at = 1usize;
                Ok($row {
                    id: row.get(0)?,
                    owner: row.get(1)?,
                    $( $col: { at += 1; $crate::changes::read_column::<$ty>(row, at)? }, )*
                })
            }
        }

        #[doc = concat!("A write to `", $sql, "`: set the fields that change, then record it.")]
        #[derive(Debug, Clone, PartialEq)]
        #[must_use = "a draft is only written when it is recorded"]
        pub struct $draft($crate::changes::Draft);

        impl $draft {
            pub fn new(id: impl Into<String>, owner: impl Into<String>) -> Self {
                $draft($crate::changes::Draft::new($row::TABLE, id, owner))
            }
            $(
                $(#[$col_meta])*
                pub fn $col(self, value: impl Into<$ty>) -> Self {
                    let value: $ty = value.into();
                    $draft(self.0.set_raw(stringify!($col), $crate::changes::ColumnType::to_json(&value)))
                }
            )*
            /// Delete (or bring back) the row: a tombstone that syncs like any edit.
            pub fn deleted(self, deleted: bool) -> Self {
                $draft(self.0.set_raw("deleted", serde_json::Value::Bool(deleted)))
            }
        }

        impl From<$draft> for $crate::changes::Draft {
            fn from(draft: $draft) -> Self {
                draft.0
            }
        }
    };

    (@id_is_media) => { false };
    (@id_is_media media) => { true };

    (@column $col:ident $ty:ty) => { $crate::changes::ColumnDef::of::<$ty>(stringify!($col)) };
    (@column $col:ident $ty:ty [ $($opt:tt)* ]) => {
        $crate::synced_table!(@opts ($crate::changes::ColumnDef::of::<$ty>(stringify!($col))) $($opt)*)
    };

    (@opts ($($c:tt)*)) => { $($c)* };
    (@opts ($($c:tt)*) , $($rest:tt)*) => { $crate::synced_table!(@opts ($($c)*) $($rest)*) };
    (@opts ($($c:tt)*) max $n:literal $($rest:tt)*) => { $crate::synced_table!(@opts ($($c)*.max_chars($n)) $($rest)*) };
    (@opts ($($c:tt)*) media $($rest:tt)*) => { $crate::synced_table!(@opts ($($c)*.media()) $($rest)*) };
    (@opts ($($c:tt)*) range($low:expr, $high:expr) $($rest:tt)*) => {
        $crate::synced_table!(@opts ($($c)*.range($low, $high)) $($rest)*)
    };
    (@opts ($($c:tt)*) mentor only $($rest:tt)*) => { $crate::synced_table!(@opts ($($c)*.mentor_only()) $($rest)*) };
    (@opts ($($c:tt)*) also owner $($rest:tt)*) => {
        $crate::synced_table!(@opts ($($c)*.also($crate::changes::AlsoWrittenBy::RowOwner)) $($rest)*)
    };
    (@opts ($($c:tt)*) also mentor $($rest:tt)*) => {
        $crate::synced_table!(@opts ($($c)*.also($crate::changes::AlsoWrittenBy::Mentor)) $($rest)*)
    };
}
