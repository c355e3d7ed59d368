//! May this change be applied? One pure function, [`judge`], used for every change —
//! made here or received from a peer — over what this device knows ([`Authority`]):
//! which devices are introduced (and their keys), which mentor keys exist, who the
//! café's people are, and who owns the row. Its answer depends only on the change and on
//! those facts, so every device that knows the same facts decides the same way.
//!
//! Three answers: apply it; keep it in quarantine (it really is that device's change,
//! but it is not allowed — stored, counted and passed on, never applied); or set it aside
//! (it cannot even be shown to come from the device it names: not stored, so it cannot
//! take the place of that device's real change).

use serde::Serialize;
use ts_rs::TS;

use super::signing::{key_id, verify};
use super::{AlsoWrittenBy, Change, Hlc, Ownership};

/// Stamps from further ahead than this (by the receiver's clock) wait: a tablet whose
/// clock is a month wrong is fixed long before that matters; i64::MAX never passes.
pub const MAX_AHEAD_MS: i64 = 30 * 86_400_000;
/// Ids, owners and authors are short: UUIDs, hashes, `day:<person>:<date>`.
pub const MAX_ID_CHARS: usize = 200;

/// Why a change is not applied. The code is shown to mentors in the quarantine list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Refusal {
    /// No device signature, from a device that signs (set aside).
    Unsigned,
    /// The device named as its origin is not introduced here (yet) (set aside).
    UnknownDevice,
    /// The signature is not the origin device's: forged or damaged (set aside).
    BadSignature,
    /// Stamped too far in the future, or beyond what a stamp can be.
    StampOutOfRange,
    /// The origin device was retired before it made this change.
    DeviceRetired,
    /// A value of the wrong type or size, an unknown field, an id too long.
    Invalid,
    /// Made by someone who is not a person of this café (yet).
    UnknownAuthor,
    /// A row someone else owns.
    NotOwner,
    /// An attempt to give a row another owner.
    OwnerChanged,
    /// Something only a mentor may do, without a mentor's signature.
    NeedsMentor,
    /// Signed with a mentor key this device does not know (yet).
    UnknownMentorKey,
    /// The mentor signature does not match, or the key is not the author's.
    BadMentorSignature,
    /// Signed with a mentor key that was revoked (a password reset, a retired mentor).
    MentorKeyRevoked,
    /// A change to an entry of a log that is written once (her practice answers).
    AppendOnly,
}

impl Refusal {
    /// Set aside rather than kept: the change cannot be shown to be its origin's.
    pub fn sets_aside(&self) -> bool {
        matches!(self, Refusal::Unsigned | Refusal::UnknownDevice | Refusal::BadSignature)
    }

    pub fn code(&self) -> &'static str {
        match self {
            Refusal::Unsigned => "unsigned",
            Refusal::UnknownDevice => "unknown-device",
            Refusal::BadSignature => "bad-signature",
            Refusal::StampOutOfRange => "stamp-out-of-range",
            Refusal::DeviceRetired => "device-retired",
            Refusal::Invalid => "invalid",
            Refusal::UnknownAuthor => "unknown-author",
            Refusal::NotOwner => "not-owner",
            Refusal::OwnerChanged => "owner-changed",
            Refusal::NeedsMentor => "needs-mentor",
            Refusal::UnknownMentorKey => "unknown-mentor-key",
            Refusal::BadMentorSignature => "bad-mentor-signature",
            Refusal::MentorKeyRevoked => "mentor-key-revoked",
            Refusal::AppendOnly => "append-only",
        }
    }

    pub fn parse(code: &str) -> Option<Refusal> {
        Refusal::ALL.into_iter().find(|r| r.code() == code)
    }

    /// Every reason, for lists and tests.
    pub const ALL: [Refusal; 14] = [
        Refusal::Unsigned,
        Refusal::UnknownDevice,
        Refusal::BadSignature,
        Refusal::StampOutOfRange,
        Refusal::DeviceRetired,
        Refusal::Invalid,
        Refusal::UnknownAuthor,
        Refusal::NotOwner,
        Refusal::OwnerChanged,
        Refusal::NeedsMentor,
        Refusal::UnknownMentorKey,
        Refusal::BadMentorSignature,
        Refusal::MentorKeyRevoked,
        Refusal::AppendOnly,
    ];
}

/// A decision about one change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Apply,
    /// Apply as a change from before signing (kept as it always was).
    Legacy,
    Refuse(Refusal, String),
}

/// An introduced device, as the authority knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownDevice {
    pub sign_key: String,
    /// Retired: only its changes up to this place in its log count.
    pub retired_after_seq: Option<i64>,
}

/// A mentor key, as the authority knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownMentorKey {
    pub owner: String,
    pub public_key: String,
    pub revoked_hlc: Option<Hlc>,
}

/// What this device knows that decides whether a change may be applied.
pub trait Authority {
    /// The introduced device whose change log is `origin`.
    fn device(&self, origin: &str) -> Option<KnownDevice>;
    fn mentor_key(&self, key_id: &str) -> Option<KnownMentorKey>;
    /// The café's trust root, pinned on this device: its founding mentor and her first key.
    fn root(&self) -> Option<(String, String)>;
    /// How much of `origin`'s log was made before changes were signed (in a café that
    /// used Mestre before): those changes are kept as they always were.
    fn legacy_seq(&self, origin: &str) -> i64;
    fn person_exists(&self, id: &str) -> bool;
    /// The owner of the row, if it exists.
    fn row_owner(&self, change: &Change) -> Option<String>;
    /// Now, by this device's clock (only for the "too far ahead" check).
    fn now_ms(&self) -> i64;
}

fn refuse(r: Refusal, why: impl Into<String>) -> Verdict {
    Verdict::Refuse(r, why.into())
}

/// Does every field of `change` belong to columns that `who` may also write?
fn only_columns_also_written_by(change: &Change, who: AlsoWrittenBy) -> bool {
    !change.fields.is_empty() && change.fields.keys().all(|f| change.table.column(f).is_some_and(|c| c.also == who))
}

/// Row ids that name their owner must name the change's owner: a person's own row, her
/// credential, her day (`day:<person>:<date>`), her plan and her evidence. Nobody takes over those by choosing an id.
fn id_names_another_owner(change: &Change) -> bool {
    match change.table.sql_name() {
        "person" | "credential" => change.row_id != change.owner,
        "diary_day" => !change.row_id.starts_with(&format!("day:{}:", change.owner)),
        "competence_plan" => !change.row_id.starts_with(&format!("plan:{}:", change.owner)),
        "competence_evidence" => !change.row_id.starts_with(&format!("evidence:{}:", change.owner)),
        "review_seen" => !change.row_id.starts_with(&format!("seen:{}:", change.owner)),
        _ => false,
    }
}

/// Rows whose id names the person they are about must say the same in their values:
/// an erasure (`erasure:<person>:<n>`) and what a mentor saw of a trainee
/// (`seen:<mentor>:<trainee>`); a content item's language row (`<lang>/<item>`) too.
fn id_disagrees_with_values(change: &Change) -> bool {
    let value = |f: &str| change.fields.get(f).and_then(|v| v.as_str());
    match change.table.sql_name() {
        "erasure" => value("person").is_some_and(|p| !crate::privacy::erasure_names(&change.row_id, p)),
        "review_seen" => value("trainee").is_some_and(|t| change.row_id != crate::review::seen_id(&change.owner, t)),
        "content_language" => !crate::content::id_names(&change.row_id, value("lang"), value("item")),
        _ => false,
    }
}

/// The key `change`'s device signature is checked with: its introduced device's, or the
/// one it introduces itself with.
pub fn device_key_for(change: &Change, authority: &dyn Authority) -> Option<String> {
    authority.device(&change.origin.0).or_else(|| self_introduction(change)).map(|d| d.sign_key)
}

/// Whether `change`'s stamp is one a clock can give, and not far ahead of `now_ms`.
pub fn stamp_in_range(change: &Change, now_ms: i64) -> bool {
    change.hlc.is_valid() && change.hlc.ms() as i64 <= now_ms.saturating_add(MAX_AHEAD_MS)
}

/// Whether `change` deletes its row.
fn is_tombstone(change: &Change) -> bool {
    change.fields.get("deleted").and_then(|v| v.as_bool()).unwrap_or(false)
}

/// Decide about `change`. See the module's comment. `checked_with` is a key the device
/// signature was already found valid with (by its run of linked changes, or because
/// this device just made it); with any other key it is checked here.
pub fn judge(change: &Change, authority: &dyn Authority, checked_with: Option<&str>) -> Verdict {
    // Where it comes from.
    if change.origin.0.is_empty() || change.origin.0.len() > MAX_ID_CHARS {
        return refuse(Refusal::UnknownDevice, "not a device's log id");
    }
    if change.seq < 1 {
        return refuse(Refusal::Unsigned, "not a place in a log");
    }
    if change.seq <= authority.legacy_seq(&change.origin.0) {
        return Verdict::Legacy;
    }
    if change.is_legacy() {
        return refuse(Refusal::Unsigned, "no device signature");
    }
    let known_device = authority.device(&change.origin.0);
    let self_introduced = known_device.is_none();
    let Some(device) = known_device.or_else(|| self_introduction(change)) else {
        return refuse(Refusal::UnknownDevice, format!("device {} is not introduced", change.origin.0));
    };
    if checked_with != Some(device.sign_key.as_str()) && !verify(&device.sign_key, &change.device_bytes(), &change.sig) {
        return refuse(Refusal::BadSignature, format!("not signed by device {}", change.origin.0));
    }
    if device.retired_after_seq.is_some_and(|last| change.seq > last) {
        return refuse(Refusal::DeviceRetired, "made after the device was retired");
    }
    if !stamp_in_range(change, authority.now_ms()) {
        return refuse(Refusal::StampOutOfRange, format!("stamped {} ms", change.hlc.ms()));
    }

    // What it says.
    if let Some(digest) = &change.dropped {
        return refuse(Refusal::Invalid, format!("its values were too large and were dropped (SHA-256 {digest})"));
    }
    for (field, value) in &change.fields {
        if field == "deleted" {
            if !value.is_boolean() {
                return refuse(Refusal::Invalid, "deleted must be true or false");
            }
            continue;
        }
        let Some(column) = change.table.column(field) else {
            return refuse(Refusal::Invalid, format!("{} has no field {field}", change.table.sql_name()));
        };
        if let Some(why) = column.refuse(value) {
            return refuse(Refusal::Invalid, why);
        }
    }
    for (what, text) in [("id", &change.row_id), ("owner", &change.owner), ("author", &change.author)] {
        if text.is_empty() || text.chars().count() > MAX_ID_CHARS {
            return refuse(Refusal::Invalid, format!("{what} is empty or too long"));
        }
    }
    if change.table.def().id_is_media && !crate::media::is_media_hash(&change.row_id) {
        return refuse(Refusal::Invalid, "a media row's id is its hash");
    }
    if id_names_another_owner(change) {
        return refuse(Refusal::NotOwner, "the row's id names another owner");
    }
    if id_disagrees_with_values(change) {
        return refuse(Refusal::Invalid, "the row's id names someone its values do not");
    }

    // Who made it, and whether she may.
    let signed_by_mentor = match mentor_signature(change, authority) {
        Ok(true) => true,
        // A device introducing itself counts only with a mentor's valid signature; without
        // one it cannot be shown to be that device's, so it is set aside, not kept.
        _ if self_introduced => return refuse(Refusal::UnknownDevice, "a self-introduction without a mentor's signature"),
        Ok(false) => false,
        Err(verdict) => return verdict,
    };
    if !signed_by_mentor && !authority.person_exists(&change.author) {
        return refuse(Refusal::UnknownAuthor, format!("{} is not a person of this café", change.author));
    }
    let ownership = change.table.ownership();
    if ownership != Ownership::Author {
        if let Some(owner) = authority.row_owner(change) {
            if owner != change.owner {
                return refuse(Refusal::OwnerChanged, format!("the row belongs to {owner}"));
            }
            if matches!(ownership, Ownership::TraineeLog | Ownership::PersonLog | Ownership::MentorLog) {
                return refuse(Refusal::AppendOnly, "an entry of her log is written once");
            }
        }
    }
    if !signed_by_mentor && change.fields.keys().any(|f| change.table.column(f).is_some_and(|c| c.mentor_only)) {
        return refuse(Refusal::NeedsMentor, "a field only a mentor writes");
    }
    let own = change.author == change.owner;
    let allowed = match ownership {
        Ownership::Trainee => own || (signed_by_mentor && only_columns_also_written_by(change, AlsoWrittenBy::Mentor)),
        Ownership::TraineeLog | Ownership::PersonLog => own && !is_tombstone(change),
        Ownership::Mentor => own && signed_by_mentor,
        Ownership::MentorLog => own && signed_by_mentor && !is_tombstone(change),
        Ownership::Admin => signed_by_mentor || (own && only_columns_also_written_by(change, AlsoWrittenBy::RowOwner)),
        // A stored file belongs to whoever stores it; only its owner or a mentor removes it.
        Ownership::Author => !is_tombstone(change) || own || signed_by_mentor,
        Ownership::Shared => true,
    };
    if allowed {
        return Verdict::Apply;
    }
    if matches!(ownership, Ownership::TraineeLog | Ownership::PersonLog | Ownership::MentorLog) && own && is_tombstone(change) {
        return refuse(Refusal::AppendOnly, "an entry of her log is not taken back");
    }
    if matches!(ownership, Ownership::Mentor | Ownership::MentorLog | Ownership::Admin) && !signed_by_mentor {
        return refuse(Refusal::NeedsMentor, "only a mentor may do this");
    }
    refuse(Refusal::NotOwner, format!("the row is {}'s", change.owner))
}

/// Whether the change carries a valid signature of its author's mentor key; a refusal if
/// it carries one that is not.
fn mentor_signature(change: &Change, authority: &dyn Authority) -> Result<bool, Verdict> {
    let (Some(key), Some(sig)) = (&change.mentor_key, &change.mentor_sig) else { return Ok(false) };
    // A key's stored row (with any revocation) first; else the pinned root key itself.
    let known = match authority.mentor_key(key).or_else(|| pinned_root(key, authority)) {
        Some(known) => known,
        None => return Err(refuse(Refusal::UnknownMentorKey, format!("mentor key {key}"))),
    };
    if known.owner != change.author || key_id(&known.public_key) != *key || !verify(&known.public_key, &change.mentor_bytes(), sig) {
        return Err(refuse(Refusal::BadMentorSignature, "not the author's mentor signature"));
    }
    if known.revoked_hlc.is_some_and(|revoked| change.hlc >= revoked) {
        return Err(refuse(Refusal::MentorKeyRevoked, "signed with a revoked key"));
    }
    Ok(true)
}

/// The café's founding key, as pinned on this device at setup or pairing.
fn pinned_root(key: &str, authority: &dyn Authority) -> Option<KnownMentorKey> {
    let (founder, public_key) = authority.root()?;
    (key_id(&public_key) == key).then_some(KnownMentorKey { owner: founder, public_key, revoked_hlc: None })
}

/// A device introducing itself: its introduction row (id = its own log) carries the key
/// its signature is checked with; the mentor's signature on it is what makes it count.
fn self_introduction(change: &Change) -> Option<KnownDevice> {
    if change.table.sql_name() != "device_intro" || change.row_id != change.origin.0 || change.mentor_sig.is_none() {
        return None;
    }
    let sign_key = change.fields.get("sign_key")?.as_str()?.to_string();
    Some(KnownDevice { sign_key, retired_after_seq: None })
}
