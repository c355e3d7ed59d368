//! What the UI is generated from, so nothing is copied by hand: the TypeScript
//! declarations of every type that crosses to the UI (ts-rs), the Fluent message ids with
//! their variables, the `Commands` interface and its Tauri client (from
//! [`crate::api::commands`]), and the constants the screens share with the core (task
//! cards, moods, locales, pictures, the lock-out schedule). The files in
//! `ui/src/generated/` are checked in; a test fails when they drift from this.

use serde::Serialize;
use ts_rs::TS;

use crate::diary::{Mood, TASKS};
use crate::i18n::LOCALES;
use crate::people::{login_guard, PictureId};

macro_rules! declarations {
    ($($t:ty),* $(,)?) => {
        vec![$(format!("export {}", <$t as TS>::decl())),*]
    };
}

const HEADER: &str = "// Generated from the Rust core by `cargo test` (MESTRE_BLESS=1 rewrites it). Do not edit.\n\n";

/// `ui/src/generated/types.ts`.
pub fn typescript() -> String {
    let mut out = String::from(HEADER);
    let decls = declarations![
        crate::api::AppState,
        crate::cafe::Cafe,
        crate::cafe::CafeSetup,
        crate::cafe::Country,
        crate::error::ErrorKind,
        crate::error::ErrorPayload,
        crate::i18n::LocaleInfo,
        crate::media::PhotoRef,
        crate::media::Clip,
        crate::people::NewMentor,
        crate::people::NewTrainee,
        crate::people::Person,
        crate::people::PictureId,
        crate::people::Role,
        crate::people::Session,
        crate::speech::Speech,
        crate::speech::SpeechRequest,
        crate::speech::PromptStatus,
        crate::api::PairingView,
        crate::api::PeerView,
        crate::api::SyncStatus,
        crate::sync::auto::SyncEvent,
        crate::sync::session::Phase,
        crate::sync::session::Progress,
        crate::sync::session::SyncReport,
        crate::diary::Area,
        crate::diary::CommentView,
        crate::diary::DaySummary,
        crate::diary::DayView,
        crate::diary::ItemKind,
        crate::diary::ItemView,
        crate::diary::Mood,
        crate::diary::Task,
    ];
    for d in decls {
        out.push_str(&d);
        out.push_str("\n\n");
    }
    out.push_str("/// Every Fluent message id, with the variables it takes.\nexport interface MessageArgs {\n");
    for (id, vars) in crate::i18n::MESSAGE_VARIABLES {
        let fields: Vec<String> = vars.iter().map(|v| format!("{v}: string | number")).collect();
        out.push_str(&format!("  {id:?}: {{ {} }};\n", fields.join("; ")));
    }
    out.push_str("}\n\nexport type MessageId = keyof MessageArgs;\n\n");
    out.push_str(&crate::api::commands::typescript_interface());
    out
}

/// `ui/src/generated/commands.ts`.
pub fn typescript_commands() -> String {
    crate::api::commands::typescript_client()
}

/// `ui/src/generated/constants.ts`: the core's constants the screens use.
pub fn typescript_constants() -> String {
    let rtl: Vec<&str> = LOCALES.iter().filter(|l| l.rtl).map(|l| l.tag).collect();
    let voiceless: Vec<&str> = LOCALES.iter().filter(|l| l.speech_voice.is_none()).map(|l| l.tag).collect();
    let lockout: Vec<i64> = (1..=4).map(login_guard::lock_minutes).collect();
    let mut out = String::from(HEADER);
    out.push_str("import type { LocaleInfo, Mood, PictureId, Task } from './types';\n\n");
    out.push_str(&format!("/** The locales Mestre ships, in the order of the language screen. */\nexport const LOCALES: readonly LocaleInfo[] = {};\n\n", list(LOCALES)));
    out.push_str(&format!("/** Locales written right to left. */\nexport const RTL_LOCALES: readonly string[] = {};\n\n", list(&rtl)));
    out.push_str(&format!(
        "/** Locales no synthetic voice can read: Norwegian speaks until someone records them. */\nexport const LOCALES_WITHOUT_VOICE: readonly string[] = {};\n\n",
        list(&voiceless)
    ));
    out.push_str(&format!("/** The twelve pictures of the picture PIN, in grid order. */\nexport const PICTURES: readonly PictureId[] = {};\n\n", list(&PictureId::ALL)));
    out.push_str(&format!("/** The task cards of \"my day\". */\nexport const TASKS: readonly Task[] = {};\n\n", list(TASKS)));
    out.push_str(&format!("/** How the day felt, as faces. */\nexport const MOODS: readonly Mood[] = {};\n\n", list(&Mood::ALL)));
    out.push_str(&format!(
        "/** Wrong tries before a lock-out, and the minutes of the 1st, 2nd, 3rd and later lock-outs. */\nexport const LOCKOUT = {{ triesBeforeLock: {}, minutes: {} }} as const;\n",
        login_guard::TRIES_BEFORE_LOCK,
        list(&lockout)
    ));
    out
}

/// A JSON array, one item a line when the items are objects.
fn list<T: Serialize>(items: &[T]) -> String {
    let items: Vec<String> = items.iter().map(|i| serde_json::to_string(i).expect("constants serialize")).collect();
    if items.iter().any(|i| i.starts_with('{')) {
        format!("[\n  {},\n]", items.join(",\n  "))
    } else {
        format!("[{}]", items.join(", "))
    }
}
