//! The tables that sync, and the columns a change may write in each. Storage builds its
//! SQL only from these names, never from text that arrived in a change.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SyncedTable {
    Cafe,
    Person,
    Credential,
    Media,
    DiaryDay,
    DiaryItem,
    DiaryComment,
    PromptClip,
}

impl SyncedTable {
    pub const ALL: [SyncedTable; 8] = [
        SyncedTable::Cafe,
        SyncedTable::Person,
        SyncedTable::Credential,
        SyncedTable::Media,
        SyncedTable::DiaryDay,
        SyncedTable::DiaryItem,
        SyncedTable::DiaryComment,
        SyncedTable::PromptClip,
    ];

    pub fn sql_name(self) -> &'static str {
        match self {
            SyncedTable::Cafe => "cafe",
            SyncedTable::Person => "person",
            SyncedTable::Credential => "credential",
            SyncedTable::Media => "media",
            SyncedTable::DiaryDay => "diary_day",
            SyncedTable::DiaryItem => "diary_item",
            SyncedTable::DiaryComment => "diary_comment",
            SyncedTable::PromptClip => "prompt_clip",
        }
    }

    pub fn from_sql_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.sql_name() == name)
    }

    /// Writable columns besides the bookkeeping ones (id, owner, hlc, origin).
    pub fn columns(self) -> &'static [&'static str] {
        match self {
            SyncedTable::Cafe => &["name", "country", "deleted"],
            SyncedTable::Person => &["display_name", "role", "photo", "photo_thumb", "ui_lang", "home_lang", "created_ms", "deleted"],
            SyncedTable::Credential => &["kind", "secret_hash", "deleted"],
            SyncedTable::Media => &["mime", "byte_len", "width", "height", "deleted"],
            SyncedTable::DiaryDay => &["day", "tasks", "mood", "comments_seen_ms", "created_ms", "deleted"],
            SyncedTable::DiaryItem => &["day_id", "kind", "photo", "photo_thumb", "voice", "duration_ms", "text", "created_ms", "deleted"],
            SyncedTable::DiaryComment => &["day_id", "text", "voice", "duration_ms", "created_ms", "deleted"],
            SyncedTable::PromptClip => &["voice", "duration_ms", "deleted"],
        }
    }
}
