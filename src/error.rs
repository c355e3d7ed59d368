//! One error type for the whole core. Every [`ErrorKind`] maps to a Fluent message id,
//! so a trainee hears a sentence in her language and a mentor reads a precise one; the
//! shell sends errors across as `{code, message}` (see [`ErrorPayload`]).

use serde::Serialize;
use ts_rs::TS;

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What went wrong, in terms a person can act on. The `code` of an error is the
/// kebab-case name of its kind and also the Fluent id `error-<code>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorKind {
    /// Wrong picture PIN or password, or no such person: deliberately the same answer.
    LoginFailed,
    /// Too many wrong tries; the login is locked for a while.
    LoginLocked,
    /// The action needs a signed-in mentor.
    NotAllowed,
    /// Something a person typed or picked is not acceptable (empty name, short password…).
    InvalidInput,
    /// The file is not a picture we can read, or it is damaged.
    ImageUnreadable,
    /// The picture is too large to open safely (file size or pixel count).
    ImageTooLarge,
    /// The database was written by a newer Mestre.
    DatabaseTooNew,
    /// The database file cannot be opened or is damaged.
    DatabaseUnavailable,
    /// A person, picture or other record that was asked for does not exist.
    NotFound,
    /// The café has not been set up yet, or has been set up already.
    SetupState,
    /// Disk, permissions or another outside cause.
    Storage,
    /// The other device could not be reached on the network.
    PeerUnreachable,
    /// The other device does not know this one (not paired, or unpaired).
    NotPaired,
    /// The connection broke during a sync; what arrived is kept, the next sync goes on.
    SyncInterrupted,
    /// The other device sent something we will not accept, or said no.
    SyncRefused,
    /// The two devices run different versions of Mestre's data.
    SchemaMismatch,
    /// The pairing code typed was not the one shown.
    PairingWrongCode,
    /// No pairing code is open on the other device (expired, used, or too many tries).
    PairingClosed,
    /// The recording is empty or only silence.
    RecordingEmpty,
    /// The file is not a recording we can read, or it is damaged.
    AudioUnreadable,
    /// No microphone was found.
    MicrophoneMissing,
    /// The microphone is in use by another program, or could not be opened.
    MicrophoneBusy,
    /// The file is not a voice pack from Mestre, or it is damaged.
    VoicePackUnreadable,
    /// The other device belongs to another café.
    OtherCafe,
    /// The other device is busy pairing with someone else, or asked too often.
    PairingBusy,
    /// The signed-in mentor's key is not on this device (yet), so what only mentors may
    /// do cannot be signed here.
    MentorKeyMissing,
    /// No printer took the PDF (no CUPS, no printer, or it said no); the PDF is saved.
    PrinterUnavailable,
    /// A thermometer reading no fridge or freezer can show (a typing slip).
    ReadingOutOfRange,
    /// The aim is not in the trainee's plan (a mentor adds it first).
    AimNotInPlan,
    /// A mark out of the training book's order: P, then F, then K.
    MarkOutOfOrder,
    /// K (checked) needs evidence linked to the aim first.
    EvidenceMissing,
    /// A mark that goes back needs a comment that says why.
    CommentMissing,
    /// A credential is issued for an aim she holds at K, not before.
    AimNotChecked,
    /// A credential that is damaged, was changed after it was signed, or is not one.
    CredentialInvalid,
}

impl ErrorKind {
    /// The stable code sent to the UI, e.g. `login-locked`.
    pub fn code(self) -> &'static str {
        match self {
            ErrorKind::LoginFailed => "login-failed",
            ErrorKind::LoginLocked => "login-locked",
            ErrorKind::NotAllowed => "not-allowed",
            ErrorKind::InvalidInput => "invalid-input",
            ErrorKind::ImageUnreadable => "image-unreadable",
            ErrorKind::ImageTooLarge => "image-too-large",
            ErrorKind::DatabaseTooNew => "database-too-new",
            ErrorKind::DatabaseUnavailable => "database-unavailable",
            ErrorKind::NotFound => "not-found",
            ErrorKind::SetupState => "setup-state",
            ErrorKind::Storage => "storage",
            ErrorKind::PeerUnreachable => "peer-unreachable",
            ErrorKind::NotPaired => "not-paired",
            ErrorKind::SyncInterrupted => "sync-interrupted",
            ErrorKind::SyncRefused => "sync-refused",
            ErrorKind::SchemaMismatch => "schema-mismatch",
            ErrorKind::PairingWrongCode => "pairing-wrong-code",
            ErrorKind::PairingClosed => "pairing-closed",
            ErrorKind::RecordingEmpty => "recording-empty",
            ErrorKind::AudioUnreadable => "audio-unreadable",
            ErrorKind::MicrophoneMissing => "microphone-missing",
            ErrorKind::MicrophoneBusy => "microphone-busy",
            ErrorKind::VoicePackUnreadable => "voice-pack-unreadable",
            ErrorKind::OtherCafe => "other-cafe",
            ErrorKind::PairingBusy => "pairing-busy",
            ErrorKind::MentorKeyMissing => "mentor-key-missing",
            ErrorKind::PrinterUnavailable => "printer-unavailable",
            ErrorKind::ReadingOutOfRange => "reading-out-of-range",
            ErrorKind::AimNotInPlan => "aim-not-in-plan",
            ErrorKind::MarkOutOfOrder => "mark-out-of-order",
            ErrorKind::EvidenceMissing => "evidence-missing",
            ErrorKind::CommentMissing => "comment-missing",
            ErrorKind::CredentialInvalid => "credential-invalid",
            ErrorKind::AimNotChecked => "aim-not-checked",
        }
    }

    /// The Fluent message that explains this kind to a person.
    pub fn message_id(self) -> String {
        format!("error-{}", self.code())
    }
}

/// An error with its kind, Fluent arguments for the message, and a technical detail
/// for logs (never shown to a trainee).
#[derive(Debug, Clone, thiserror::Error)]
#[error("{kind:?}: {detail}")]
pub struct Error {
    pub kind: ErrorKind,
    pub detail: String,
    /// Extra numbers for the message, e.g. minutes left of a lock-out.
    pub minutes: Option<i64>,
    /// Seconds left of a lock-out, for a countdown.
    pub seconds: Option<i64>,
}

impl Error {
    pub fn new(kind: ErrorKind, detail: impl Into<String>) -> Self {
        Error { kind, detail: detail.into(), minutes: None, seconds: None }
    }

    /// A lock-out with `ms_left` to go: whole minutes (rounded up) for the sentence,
    /// seconds for the countdown.
    pub fn locked(ms_left: i64) -> Self {
        let minutes = (ms_left + 59_999) / 60_000;
        Error {
            kind: ErrorKind::LoginLocked,
            detail: format!("locked for {minutes} min"),
            minutes: Some(minutes),
            seconds: Some((ms_left + 999) / 1000),
        }
    }

    pub fn invalid(detail: impl Into<String>) -> Self {
        Error::new(ErrorKind::InvalidInput, detail)
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        match e {
            rusqlite::Error::QueryReturnedNoRows => Error::new(ErrorKind::NotFound, "no such row"),
            rusqlite::Error::SqliteFailure(ref f, _)
                if matches!(
                    f.code,
                    rusqlite::ErrorCode::NotADatabase | rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::CannotOpen
                ) =>
            {
                Error::new(ErrorKind::DatabaseUnavailable, e.to_string())
            }
            other => Error::new(ErrorKind::Storage, other.to_string()),
        }
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::new(ErrorKind::Storage, e.to_string())
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        Error::new(ErrorKind::Storage, format!("json: {e}"))
    }
}

/// What crosses to the UI: a stable code, the localized sentence, and the Fluent id
/// so the UI can speak it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ErrorPayload {
    pub code: ErrorKind,
    pub message: String,
    pub message_id: String,
    #[ts(type = "number | null")]
    pub minutes: Option<i64>,
    /// Seconds left of a lock-out, for the countdown on the picture PIN.
    #[ts(type = "number | null")]
    pub seconds: Option<i64>,
}
