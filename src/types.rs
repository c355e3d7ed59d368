//! The TypeScript declarations of every type that crosses to the UI, generated from the
//! Rust types with ts-rs, plus the Fluent message ids with their variables. The file
//! `ui/src/generated/types.ts` is checked in; a test fails when it drifts from this.

use ts_rs::TS;

macro_rules! declarations {
    ($($t:ty),* $(,)?) => {
        vec![$(format!("export {}", <$t as TS>::decl())),*]
    };
}

/// The whole generated TypeScript file.
pub fn typescript() -> String {
    let mut out = String::from(
        "// Generated from the Rust core by `cargo test` (MESTRE_BLESS=1 rewrites it). Do not edit.\n\n",
    );
    let decls = declarations![
        crate::api::AppState,
        crate::cafe::Cafe,
        crate::cafe::CafeSetup,
        crate::cafe::Country,
        crate::error::ErrorKind,
        crate::error::ErrorPayload,
        crate::i18n::LocaleInfo,
        crate::media::PhotoRef,
        crate::people::NewMentor,
        crate::people::NewTrainee,
        crate::people::Person,
        crate::people::PictureId,
        crate::people::Role,
        crate::people::Session,
        crate::speech::Speech,
        crate::speech::SpeechRequest,
        crate::api::PairingView,
        crate::api::PeerView,
        crate::api::SyncStatus,
        crate::sync::auto::SyncEvent,
        crate::sync::session::Phase,
        crate::sync::session::Progress,
        crate::sync::session::SyncReport,
        crate::diary::Area,
        crate::diary::Clip,
        crate::diary::CommentView,
        crate::diary::DaySummary,
        crate::diary::DayView,
        crate::diary::ItemKind,
        crate::diary::ItemView,
        crate::diary::Mood,
        crate::diary::Task,
        crate::diary::PromptStatus,
    ];
    for d in decls {
        out.push_str(&d);
        out.push_str("\n\n");
    }
    out.push_str("/// Every Fluent message id, with the variables it takes.\nexport interface MessageArgs {\n");
    for (id, vars) in crate::i18n::localizer_message_variables() {
        let fields: Vec<String> = vars.iter().map(|v| format!("{v}: string | number")).collect();
        out.push_str(&format!("  {id:?}: {{ {} }};\n", fields.join("; ")));
    }
    out.push_str("}\n\nexport type MessageId = keyof MessageArgs;\n");
    out
}
