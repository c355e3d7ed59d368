//! Who may write what: the pure rules (`changes::judge`) as a table — each ownership
//! class × author × operation — and the same rules at work between devices: signatures
//! that do not match, keys never introduced, retired mentors and devices, changes relayed
//! through a third device, a mentor's authority that a tablet alone cannot forge, and
//! saves that never fail while a sync applies.

use std::collections::BTreeMap;

use mestre::changes::authorize::{KnownDevice, KnownMentorKey};
use mestre::changes::signing::{key_id, sign_as_device};
use mestre::changes::{judge, Authority, Change, DeviceId, Draft, Hlc, MentorSigner, Ownership, Refusal, SigningKey, Verdict};
use mestre::diary::{DiaryCommentDraft, DiaryItemDraft, DiaryItemRow, ItemKind};
use mestre::media::MediaDraft;
use mestre::people::{PersonDraft, Role};
use mestre::trust::{new_mentor_key, DeviceIntroDraft, MentorKeyDraft};
use mestre::words::{PracticeMode, WordReviewDraft};

use crate::support::T0;
use crate::support_cafe::{TestCafe, AMINA, FOUNDER, HODAN};

mestre::synced_table! {
    /// A stand-in for the shared tables to come (words, recipes): any person of the café
    /// edits them.
    pub table "shared_note" (Ownership::Shared) => SharedNoteRow, SharedNoteDraft {
        text: String [max 200],
    }
}

const KARI: &str = "mentor-kari";
const OLD_MENTOR: &str = "mentor-gone";
const STRANGER: &str = "nobody-here";
const DEVICE: &str = "tablet-a";
const ROGUE_DEVICE: &str = "tablet-never-introduced";
const NOW: i64 = T0;

/// What a device in the table's café knows.
struct Facts {
    device_key: SigningKey,
    keys: BTreeMap<String, KnownMentorKey>,
    /// The owner of the one existing row, if the operation needs one.
    row_owner: Option<String>,
}

impl Authority for Facts {
    fn device(&self, origin: &str) -> Option<KnownDevice> {
        (origin == DEVICE).then(|| KnownDevice { sign_key: self.device_key.public_hex(), retired_after_seq: None })
    }
    fn mentor_key(&self, key_id: &str) -> Option<KnownMentorKey> {
        self.keys.get(key_id).cloned()
    }
    fn root(&self) -> Option<(String, String)> {
        None
    }
    fn legacy_seq(&self, _origin: &str) -> i64 {
        0
    }
    fn person_exists(&self, id: &str) -> bool {
        [FOUNDER, KARI, AMINA, HODAN].contains(&id)
    }
    fn row_owner(&self, _change: &Change) -> Option<String> {
        self.row_owner.clone()
    }
    fn now_ms(&self) -> i64 {
        NOW
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Who {
    /// The row's owner (for mentors' own rows: Kari, signing with her key).
    Owner,
    AnotherTrainee,
    /// A mentor signing with her key (Ingrid; for mentors' own rows, not the owner).
    SignedMentor,
    UnknownPerson,
    /// A mentor whose key was revoked before she signed.
    RetiredMentor,
    /// The owner, on a device that was never introduced.
    UnintroducedDevice,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Op {
    Insert,
    Update,
    OwnerChange,
    Tombstone,
}

/// One row of each ownership class, owned as that class's rows are.
fn row_of(class: Ownership) -> (Draft, &'static str) {
    match class {
        Ownership::Trainee => (DiaryItemDraft::new("item-1", AMINA).duration_ms(5).into(), AMINA),
        Ownership::Mentor => (DiaryCommentDraft::new("comment-1", KARI).text("Bra jobba!").into(), KARI),
        Ownership::Admin => (PersonDraft::new(AMINA, AMINA).role(Role::Mentor).into(), AMINA),
        Ownership::Author => {
            let hash = mestre::media::sha256_hex(b"a photo");
            (MediaDraft::new(hash, AMINA).mime("image/jpeg").byte_len(7).into(), AMINA)
        }
        Ownership::Shared => (SharedNoteDraft::new("note-1", AMINA).text("Husk melk").into(), AMINA),
        Ownership::TraineeLog => {
            (WordReviewDraft::new("review-1", AMINA).word_id("pack:spoon").mode(PracticeMode::Match).rating(3).into(), AMINA)
        }
        Ownership::PersonLog => {
            (mestre::fridge::FridgeReadingDraft::new("reading-1", AMINA).zone(mestre::fridge::Zone::Fridge).tenths(35).into(), AMINA)
        }
        Ownership::MentorLog => (
            mestre::competence::CompetenceMarkDraft::new("mark-1", KARI)
                .trainee(AMINA)
                .aim("RMF1-01.9")
                .mark(mestre::competence::Mark::Started)
                .into(),
            KARI,
        ),
    }
}

struct Table {
    facts: Facts,
    ingrid: MentorSigner,
    kari: MentorSigner,
    gone: MentorSigner,
    rogue_key: SigningKey,
}

impl Table {
    fn new() -> Self {
        let (ingrid, _) = new_mentor_key(FOUNDER, "passord-1").unwrap();
        let (kari, _) = new_mentor_key(KARI, "passord-2").unwrap();
        let (gone, _) = new_mentor_key(OLD_MENTOR, "passord-3").unwrap();
        let mut keys = BTreeMap::new();
        for (signer, revoked) in [(&ingrid, None), (&kari, None), (&gone, Some(Hlc::new(NOW as u64 - 60_000, 0)))] {
            let public_key = signer.key.public_hex();
            keys.insert(key_id(&public_key), KnownMentorKey { owner: signer.person_id.clone(), public_key, revoked_hlc: revoked });
        }
        let facts = Facts { device_key: SigningKey::generate().unwrap(), keys, row_owner: None };
        Table { facts, ingrid, kari, gone, rogue_key: SigningKey::generate().unwrap() }
    }

    fn judge(&mut self, class: Ownership, who: Who, op: Op) -> Verdict {
        let (draft, owner) = row_of(class);
        let mut draft = draft;
        if op == Op::Tombstone {
            draft = Draft::new(draft.table, draft.row_id, draft.owner).set_raw("deleted", serde_json::json!(true));
        }
        self.facts.row_owner = match op {
            Op::Insert => None,
            Op::Update | Op::Tombstone => Some(owner.to_string()),
            // The row exists, and is someone else's: the change says it is `owner`'s.
            Op::OwnerChange => Some(HODAN.to_string()).filter(|h| h != owner).or(Some(AMINA.into())),
        };
        let (author, mentor) = match (who, class) {
            (Who::Owner, Ownership::Mentor | Ownership::MentorLog) => (KARI, Some(&self.kari)),
            (Who::Owner, _) | (Who::UnintroducedDevice, _) => (owner, None),
            (Who::AnotherTrainee, _) => (HODAN, None),
            (Who::SignedMentor, _) => (FOUNDER, Some(&self.ingrid)),
            (Who::UnknownPerson, _) => (STRANGER, None),
            (Who::RetiredMentor, _) => (OLD_MENTOR, Some(&self.gone)),
        };
        let (origin, device_key) =
            if who == Who::UnintroducedDevice { (ROGUE_DEVICE, &self.rogue_key) } else { (DEVICE, &self.facts.device_key) };
        let mut change = Change::from_draft(DeviceId(origin.into()), 7, Hlc::new(NOW as u64, 0), author, draft);
        if let Some(mentor) = mentor {
            mentor.sign(&mut change);
        }
        sign_as_device(device_key, &mut change);
        judge(&change, &self.facts, None)
    }
}

/// Outcomes per operation (insert, update, owner change, tombstone): A applied, or the
/// refusal: O owner-changed, N not-owner, M needs-mentor, U unknown-author,
/// R mentor-key-revoked, L append-only, D unknown-device (set aside: not even kept).
fn expected(code: char) -> Option<Refusal> {
    match code {
        'A' => None,
        'O' => Some(Refusal::OwnerChanged),
        'N' => Some(Refusal::NotOwner),
        'M' => Some(Refusal::NeedsMentor),
        'U' => Some(Refusal::UnknownAuthor),
        'R' => Some(Refusal::MentorKeyRevoked),
        'L' => Some(Refusal::AppendOnly),
        'D' => Some(Refusal::UnknownDevice),
        other => panic!("no outcome {other}"),
    }
}

#[test]
fn who_may_write_what_for_every_ownership_class_author_and_operation() {
    use Ownership::*;
    use Who::*;
    #[rustfmt::skip]
    let table: &[(Ownership, Who, &str)] = &[
        // A trainee's own records: only she writes them (a mentor only the columns she
        // may also write, like a new word's spelling — not these).
        (Trainee, Owner,              "AAOA"),
        (Trainee, AnotherTrainee,     "NNON"),
        (Trainee, SignedMentor,       "NNON"),
        (Trainee, UnknownPerson,      "UUUU"),
        (Trainee, RetiredMentor,      "RRRR"),
        (Trainee, UnintroducedDevice, "DDDD"),
        // A mentor's own records (her comments): only she, signed with her key.
        (Mentor, Owner,               "AAOA"),
        (Mentor, AnotherTrainee,      "MMOM"),
        (Mentor, SignedMentor,        "NNON"),
        (Mentor, UnknownPerson,       "UUUU"),
        (Mentor, RetiredMentor,       "RRRR"),
        (Mentor, UnintroducedDevice,  "DDDD"),
        // Roles, credentials, PINs, devices, the café: only a mentor's signature.
        (Admin, Owner,                "MMOM"),
        (Admin, AnotherTrainee,       "MMOM"),
        (Admin, SignedMentor,         "AAOA"),
        (Admin, UnknownPerson,        "UUUU"),
        (Admin, RetiredMentor,        "RRRR"),
        (Admin, UnintroducedDevice,   "DDDD"),
        // Stored files: whoever stores one; only its owner or a mentor removes it.
        (Author, Owner,               "AAAA"),
        (Author, AnotherTrainee,      "AAAN"),
        (Author, SignedMentor,        "AAAA"),
        (Author, UnknownPerson,       "UUUU"),
        (Author, RetiredMentor,       "RRRR"),
        (Author, UnintroducedDevice,  "DDDD"),
        // Shared café content: any person of the café; the owner never changes.
        (Shared, Owner,               "AAOA"),
        (Shared, AnotherTrainee,      "AAOA"),
        (Shared, SignedMentor,        "AAOA"),
        (Shared, UnknownPerson,       "UUUU"),
        (Shared, RetiredMentor,       "RRRR"),
        (Shared, UnintroducedDevice,  "DDDD"),
        // Her practice log: only she adds to it, and nobody changes or takes back an entry.
        (TraineeLog, Owner,               "ALOL"),
        (TraineeLog, AnotherTrainee,      "NLOL"),
        (TraineeLog, SignedMentor,        "NLOL"),
        (TraineeLog, UnknownPerson,       "UUUU"),
        (TraineeLog, RetiredMentor,       "RRRR"),
        (TraineeLog, UnintroducedDevice,  "DDDD"),
        // Her own record, trainee or mentor (a printed label, a fridge reading): the same.
        (PersonLog, Owner,                "ALOL"),
        (PersonLog, AnotherTrainee,       "NLOL"),
        (PersonLog, SignedMentor,         "NLOL"),
        (PersonLog, UnknownPerson,        "UUUU"),
        (PersonLog, RetiredMentor,        "RRRR"),
        (PersonLog, UnintroducedDevice,   "DDDD"),
        // A mentor's own log (her sign-offs): only she, signed with her key, adds to it;
        // nobody changes or takes back an entry, not even she.
        (MentorLog, Owner,                "ALOL"),
        (MentorLog, AnotherTrainee,       "MLOL"),
        (MentorLog, SignedMentor,         "NLOL"),
        (MentorLog, UnknownPerson,        "UUUU"),
        (MentorLog, RetiredMentor,        "RRRR"),
        (MentorLog, UnintroducedDevice,   "DDDD"),
    ];
    let mut t = Table::new();
    let mut wrong = Vec::new();
    for (class, who, outcomes) in table {
        for (op, code) in [Op::Insert, Op::Update, Op::OwnerChange, Op::Tombstone].into_iter().zip(outcomes.chars()) {
            let got = match t.judge(*class, *who, op) {
                Verdict::Apply => None,
                Verdict::Legacy => panic!("nothing here is from before signing"),
                Verdict::Refuse(refusal, _) => Some(refusal),
            };
            if got != expected(code) {
                wrong.push(format!("{class:?} × {who:?} × {op:?}: expected {:?}, got {got:?}", expected(code)));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    // Every class of every synced table is in the table above.
    for table in mestre::changes::ALL_TABLES {
        assert!([Trainee, Mentor, Admin, Author, Shared, TraineeLog, PersonLog, MentorLog].contains(&table.ownership()), "{table:?}");
    }
}

#[test]
fn a_trainee_may_choose_her_own_language_but_nothing_else_about_herself() {
    let mut cafe = TestCafe::new(1);
    let lang = cafe.write(0, AMINA, None, vec![PersonDraft::new(AMINA, AMINA).ui_lang("so").into()]);
    assert!(lang.is_ok());
    for (what, draft) in [
        ("her role", PersonDraft::new(AMINA, AMINA).role(Role::Mentor)),
        ("her name", PersonDraft::new(AMINA, AMINA).display_name("Queen")),
        ("her caption order", PersonDraft::new(AMINA, AMINA).work_language_first(true)),
    ] {
        let err = cafe.write(0, AMINA, None, vec![draft.into()]).unwrap_err();
        assert_eq!(err.kind, mestre::ErrorKind::NotAllowed, "{what}");
    }
    // A mentor may write a new word's spelling in her day, and nothing else of it.
    let item =
        DiaryItemDraft::new("word-1", AMINA).day_id(mestre::diary::day_id(AMINA, "2026-11-22")).kind(ItemKind::Word).duration_ms(900);
    cafe.write(0, AMINA, None, vec![item.into()]).unwrap();
    let founder = cafe.founder.clone();
    cafe.write(0, FOUNDER, Some(&founder), vec![DiaryItemDraft::new("word-1", AMINA).text("kanelbolle").into()]).unwrap();
    let err = cafe.write(0, FOUNDER, Some(&founder), vec![DiaryItemDraft::new("word-1", AMINA).duration_ms(1).into()]).unwrap_err();
    assert_eq!(err.kind, mestre::ErrorKind::NotAllowed);
    let word: DiaryItemRow = cafe.replicas[0].store.get("word-1").unwrap().unwrap();
    assert_eq!((word.text.as_str(), word.duration_ms), ("kanelbolle", 900));
}

/// Changes device `from` holds that `to` lacks, each passed through `edit`.
fn edited(cafe: &TestCafe, to: usize, from: usize, edit: impl Fn(&mut Change)) -> Vec<Change> {
    let mut changes = cafe.missing(to, from);
    changes.iter_mut().for_each(edit);
    changes
}

#[test]
fn a_flipped_byte_in_a_value_or_a_signature_is_set_aside_and_the_real_change_still_arrives() {
    let mut cafe = TestCafe::new(2);
    cafe.write(1, AMINA, None, vec![PersonDraft::new(AMINA, AMINA).ui_lang("so").into()]).unwrap();
    let before = cafe.replicas[0].store.person(AMINA).unwrap();
    let flipped_value = edited(&cafe, 0, 1, |c| {
        c.fields.insert("ui_lang".into(), serde_json::json!("sp"));
    });
    let flipped_sig = edited(&cafe, 0, 1, |c| {
        let mut sig = c.sig.clone().into_bytes();
        sig[3] = if sig[3] == b'A' { b'B' } else { b'A' };
        c.sig = String::from_utf8(sig).unwrap();
    });
    for forged in [flipped_value, flipped_sig] {
        let report = cafe.replicas[0].apply(NOW, "relay", forged).unwrap();
        assert_eq!((report.logged, report.set_aside), (0, 1));
        assert_eq!(cafe.replicas[0].store.person(AMINA).unwrap(), before, "nothing applied");
    }
    assert_eq!(cafe.refusals(0), ["bad-signature", "bad-signature"]);
    // The real change still takes its place in the log.
    cafe.exchange(0, 1);
    assert_eq!(cafe.replicas[0].store.person(AMINA).unwrap().unwrap().ui_lang, "so");
}

#[test]
fn a_device_never_introduced_cannot_write_even_as_a_real_person() {
    let mut cafe = TestCafe::new(1);
    // A device with its own key, never introduced: what it signs is its own…
    let rogue_key = SigningKey::generate().unwrap();
    let rogue = DeviceId("tablet-from-elsewhere".into());
    let draft: Draft = PersonDraft::new(AMINA, AMINA).ui_lang("uk").into();
    let mut change = Change::from_draft(rogue.clone(), 1, Hlc::new(NOW as u64, 0), AMINA, draft);
    sign_as_device(&rogue_key, &mut change);
    let changes = vec![change];
    // …but the café's devices do not know its key.
    let report = cafe.replicas[0].apply(NOW, "rogue", changes).unwrap();
    assert_eq!((report.logged, report.set_aside), (0, 1));
    assert_eq!(cafe.refusals(0), ["unknown-device"]);
    assert_eq!(cafe.replicas[0].store.person(AMINA).unwrap().unwrap().ui_lang, "nb");
    assert!(!cafe.replicas[0].store.version_vector().unwrap().contains_key(&rogue.0), "it took no place in any log");
}

#[test]
fn a_tablet_alone_cannot_make_a_mentor_change_whatever_it_claims() {
    let mut cafe = TestCafe::new(2);
    let ingrid_key = key_id(&cafe.founder.key.public_hex());
    // A tablet writes as the mentor: without her key it cannot sign as her.
    let err = cafe.write(1, FOUNDER, None, vec![PersonDraft::new(HODAN, HODAN).role(Role::Mentor).into()]).unwrap_err();
    assert_eq!(err.kind, mestre::ErrorKind::NotAllowed);
    // Its log, edited by hand: her key's id and a made-up signature, signed by the tablet.
    let r = &cafe.replicas[1];
    let seq = r.store.version_vector().unwrap().get(&r.log_id.0).copied().unwrap_or(0) + 1;
    let draft: Draft = PersonDraft::new(HODAN, HODAN).role(Role::Mentor).into();
    let mut forged = Change::from_draft(r.log_id.clone(), seq, Hlc::new(NOW as u64 + 5_000, 0), FOUNDER, draft);
    forged.mentor_key = Some(ingrid_key);
    forged.mentor_sig = Some(cafe.founder.key.sign(b"something else she signed"));
    sign_as_device(&r.device_key, &mut forged);
    let report = cafe.replicas[0].apply(NOW, "tablet", vec![forged]).unwrap();
    assert_eq!((report.logged, report.quarantined), (1, 1), "kept in quarantine: it is the tablet's change");
    assert_eq!(cafe.refusals(0), ["bad-mentor-signature"]);
    assert_eq!(cafe.replicas[0].store.person(HODAN).unwrap().unwrap().role, Role::Trainee);
}

#[test]
fn a_retired_mentors_signature_counts_before_her_retirement_and_not_after() {
    let mut cafe = TestCafe::new(3);
    let founder = cafe.founder.clone();
    // Ingrid adds Kari, a mentor with her own key.
    let (kari, kari_key) = new_mentor_key(KARI, "kari-passord").unwrap();
    let kari_person = PersonDraft::new(KARI, KARI).display_name("Kari").role(Role::Mentor).ui_lang("nb").home_lang("nb");
    cafe.write(0, FOUNDER, Some(&founder), vec![kari_person.into(), kari_key.into()]).unwrap();
    cafe.exchange(0, 1);
    cafe.exchange(0, 2);
    // On device 1 Kari writes a comment while she is a mentor.
    cafe.replicas[1].record_as(KARI, Some(&kari), NOW + 1_000, vec![DiaryCommentDraft::new("c-1", KARI).text("Flott!").into()]).unwrap();
    // On device 0 Ingrid revokes Kari's key from NOW + 2 000 on…
    let revoked = MentorKeyDraft::new(kari.key_id(), KARI).revoked_hlc(Some(Hlc::new(NOW as u64 + 2_000, 0).as_i64()));
    cafe.replicas[0].record_as(FOUNDER, Some(&founder), NOW + 2_000, vec![revoked.into()]).unwrap();
    // …and later, on device 1 (not synced yet), Kari signs another comment.
    cafe.replicas[1].record_as(KARI, Some(&kari), NOW + 3_000, vec![DiaryCommentDraft::new("c-2", KARI).text("Etter").into()]).unwrap();
    // Device 2 hears the comments first (through device 1), the revocation after.
    cafe.exchange(1, 2);
    assert!(cafe.replicas[2].store.get::<mestre::diary::DiaryCommentRow>("c-2").unwrap().is_some(), "not known to be revoked yet");
    cafe.exchange(0, 2);
    cafe.exchange(0, 1);
    for r in &cafe.replicas {
        assert!(r.store.get::<mestre::diary::DiaryCommentRow>("c-1").unwrap().is_some(), "signed before: still valid");
        assert!(r.store.get::<mestre::diary::DiaryCommentRow>("c-2").unwrap().is_none(), "signed after: taken back everywhere");
    }
    assert_eq!(cafe.refusals(2), ["mentor-key-revoked"]);
}

#[test]
fn a_retired_device_is_heard_up_to_its_retirement_and_not_after() {
    let mut cafe = TestCafe::new(3);
    let founder = cafe.founder.clone();
    cafe.write(2, AMINA, None, vec![PersonDraft::new(AMINA, AMINA).ui_lang("ti").into()]).unwrap();
    cafe.exchange(0, 2);
    // The tablet is lost: Ingrid retires it after what device 0 holds of it.
    let tablet = cafe.log_id(2);
    let held = cafe.replicas[0].store.version_vector().unwrap()[&tablet.0];
    let retire = DeviceIntroDraft::new(&tablet.0, crate::support_cafe::CAFE).retired_after_seq(Some(held));
    cafe.write(0, FOUNDER, Some(&founder), vec![retire.into()]).unwrap();
    // Whoever has it now writes on it.
    cafe.replicas[2].record_as(AMINA, None, NOW + 5_000, vec![PersonDraft::new(AMINA, AMINA).ui_lang("uk").into()]).unwrap();
    // Device 1 hears the tablet first, then the retirement.
    cafe.exchange(1, 2);
    assert_eq!(cafe.replicas[1].store.person(AMINA).unwrap().unwrap().ui_lang, "uk");
    cafe.exchange(0, 1);
    cafe.exchange(0, 2);
    for r in &cafe.replicas[..2] {
        assert_eq!(r.store.person(AMINA).unwrap().unwrap().ui_lang, "ti", "before the retirement: kept; after: taken back");
    }
    assert_eq!(cafe.refusals(0), ["device-retired"]);
}

#[test]
fn a_change_relayed_through_a_third_device_is_judged_exactly_as_if_it_came_directly() {
    let mut cafe = TestCafe::new(4);
    cafe.write(1, AMINA, None, vec![PersonDraft::new(AMINA, AMINA).ui_lang("so").into()]).unwrap();
    // Amina's tablet also carries a change she may not make (its log edited by hand).
    let r = &cafe.replicas[1];
    let seq = r.store.version_vector().unwrap()[&r.log_id.0] + 1;
    let draft: Draft = PersonDraft::new(HODAN, HODAN).display_name("Hacked").into();
    let mut forged = Change::from_draft(r.log_id.clone(), seq, Hlc::new(NOW as u64 + 9_000, 0), AMINA, draft);
    sign_as_device(&r.device_key, &mut forged);
    cafe.replicas[1].apply(NOW, "hand-edited", vec![forged]).unwrap();
    // Device 2 hears the tablet directly; device 3 only through device 0.
    cafe.exchange(1, 2);
    cafe.exchange(1, 0);
    cafe.exchange(0, 3);
    for at in [0, 2, 3] {
        let r = &cafe.replicas[at];
        assert_eq!(r.store.person(AMINA).unwrap().unwrap().ui_lang, "so", "device {at}: the honest change applied");
        assert_eq!(r.store.person(HODAN).unwrap().unwrap().display_name, "Hodan", "device {at}: the forged one did not");
        assert_eq!(cafe.refusals(at), ["needs-mentor"], "device {at}");
    }
    assert!(cafe.missing(3, 1).is_empty(), "device 3 holds all of the tablet's log, forgery included");
}

#[test]
fn a_local_save_succeeds_while_a_large_batch_is_being_applied() {
    use std::sync::mpsc;
    let mut cafe = TestCafe::new(2);
    let founder = cafe.founder.clone();
    // A big batch on device 1: ten thousand people added by the mentor.
    let people: Vec<Draft> = (0..10_000)
        .map(|i| PersonDraft::new(format!("p{i:05}"), format!("p{i:05}")).display_name(format!("P {i}")).role(Role::Trainee).into())
        .collect();
    cafe.replicas[1].record_as(FOUNDER, Some(&founder), NOW, people).unwrap();
    let batch = cafe.missing(0, 1);
    let dir = cafe.dir(0);
    let (started, wait) = mpsc::channel();
    let applier = std::thread::spawn(move || {
        let mut r = mestre::sync::Replica::open(&dir, NOW).unwrap();
        started.send(()).unwrap();
        r.apply(NOW, "laptop", batch).map(|report| report.logged)
    });
    wait.recv().unwrap();
    // Meanwhile, on the same device, Amina saves her language a few times (each save
    // waits its turn for the write lock, however long the batch takes).
    for save in 0..20 {
        cafe.write(0, AMINA, None, vec![PersonDraft::new(AMINA, AMINA).ui_lang(if save % 2 == 0 { "so" } else { "ar" }).into()])
            .expect("a save never fails because a sync is applying");
    }
    assert_eq!(applier.join().unwrap().unwrap(), 10_000);
    assert_eq!(cafe.replicas[0].store.people().unwrap().len(), 10_003);
}

#[test]
fn every_refusal_has_a_sentence_and_every_table_a_name_in_norwegian() {
    let l = mestre::i18n::Localizer::without_isolation();
    for refusal in Refusal::ALL {
        assert_eq!(Refusal::parse(refusal.code()), Some(refusal.clone()));
        assert!(l.has_own("nb", &mestre::trust::refusal_message(&refusal)), "{refusal:?}");
    }
    for table in mestre::changes::ALL_TABLES {
        let id = format!("record-{}", table.sql_name().replace('_', "-"));
        assert!(l.has_own("nb", &id), "{id}");
    }
}

/// A café that used Mestre before changes were signed: the device it was made on.
fn upgraded_cafe(version: i64) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/db/v{version}.sqlite"));
    std::fs::copy(fixture, dir.path().join(mestre::storage::DATABASE_FILE)).unwrap();
    dir
}

#[test]
fn a_cafe_from_before_signing_keeps_everything_and_a_tablet_paired_after_the_upgrade_gets_all_of_it() {
    use mestre::api::Mestre;
    use mestre::clock::FixedClock;
    use mestre::demo::{DEMO_MENTOR, DEMO_PASSWORD};
    use mestre::sync::{net, Replica};
    // Schema v5 brought signing: every café made before it.
    const SIGNING_SCHEMA: i64 = 5;
    for version in 1..SIGNING_SCHEMA {
        let laptop = upgraded_cafe(version);
        let mut m = Mestre::open(laptop.path()).unwrap();
        let before: Vec<_> = m.people().unwrap();
        let kari = before.iter().find(|p| p.name == DEMO_MENTOR).unwrap().clone();
        // Changes made here before are now signed by this device; none is lost.
        let own = m.device_id().0.clone();
        let unsigned_own = m
            .store()
            .changes_after(&Default::default(), usize::MAX, usize::MAX)
            .unwrap()
            .into_iter()
            .filter(|c| c.origin.0 == own && c.sig.is_empty())
            .count();
        assert_eq!(unsigned_own, 0, "v{version}: re-signed by their own device");
        assert!(m.store().trust_root().unwrap().is_none(), "v{version}: no trust yet");
        // Kari signs in on the device the café was made on: the café's trust is founded.
        m.login_with_password(&kari.id, DEMO_PASSWORD).unwrap();
        let signer = m.mentor_signer().expect("her first key");
        let root = m.store().trust_root().unwrap().expect("founded");
        assert_eq!(root.founder, kari.id);
        assert!(!root.legacy.is_empty(), "v{version}: what was made before is counted as such");
        let cafe = m.cafe().unwrap().unwrap();
        drop(m);
        // A tablet paired now receives the whole café, made before and after signing.
        let clock = FixedClock::at_ms(T0);
        let server = net::start(
            laptop.path().to_path_buf(),
            "127.0.0.1:0".parse().unwrap(),
            std::sync::Arc::new(clock),
            std::sync::Arc::new(|_| {}),
        )
        .unwrap();
        let offer = server.open_pairing(T0, signer, cafe.id.clone());
        let tablet = tempfile::tempdir().unwrap();
        let peer = net::pair_with(&mut Replica::open(tablet.path(), T0).unwrap(), &server.address.to_string(), &offer.code, T0).unwrap();
        net::sync_with(&mut Replica::open(tablet.path(), T0).unwrap(), &server.address.to_string(), &peer.cert_hash, T0, &mut |_| {})
            .unwrap();
        let on_tablet = Mestre::open(tablet.path()).unwrap();
        assert_eq!(on_tablet.people().unwrap(), before, "v{version}: everyone, as before");
        assert_eq!(on_tablet.store().change_log_stats().unwrap().quarantined, 0, "v{version}: nothing refused");
        // From this version on, an unsigned change is refused.
        let mut forged = on_tablet.store().changes_after(&Default::default(), 1, usize::MAX).unwrap().remove(0);
        forged.seq = on_tablet.store().version_vector().unwrap()[&forged.origin.0] + 1;
        forged.sig.clear();
        let report = Replica::open(tablet.path(), T0).unwrap().apply(T0, "test", vec![forged]).unwrap();
        assert_eq!(report.set_aside, 1, "v{version}");
    }
}

#[test]
fn a_password_change_keeps_her_key_a_reset_gives_a_new_one_and_what_she_signed_before_stays() {
    use mestre::people::NewMentor;
    let (mut h, ingrid, amina) = crate::support::cafe_with_trainee();
    let kari = h.mestre.add_mentor(NewMentor { name: "Kari".into(), password: "forste-passord".into(), ui_lang: "nb".into() }).unwrap();
    assert_eq!(kari.role, Role::Mentor);
    // Amina's day, and Kari's comment on it.
    h.mestre.login_with_pin(&amina.id, &crate::support::PIN).unwrap();
    let day = h.mestre.set_my_mood(mestre::diary::Mood::Good).unwrap();
    h.mestre.login_with_password(&kari.id, "forste-passord").unwrap();
    let first_key = h.mestre.mentor_signer().expect("her key opens with her first password").key_id();
    h.mestre.add_comment(&day.id, "Bra!", None).unwrap();
    // Her own change: the same key, sealed again.
    let err = h.mestre.change_my_password("feil-passord", "andre-passord").unwrap_err();
    assert_eq!(err.kind, mestre::ErrorKind::LoginFailed);
    h.mestre.change_my_password("forste-passord", "andre-passord").unwrap();
    h.mestre.logout();
    assert_eq!(h.mestre.login_with_password(&kari.id, "forste-passord").unwrap_err().kind, mestre::ErrorKind::LoginFailed);
    h.mestre.login_with_password(&kari.id, "andre-passord").unwrap();
    assert_eq!(h.mestre.mentor_signer().unwrap().key_id(), first_key, "the same key");
    // She forgets it; Ingrid gives her a new one: a new key, the old one withdrawn.
    h.mestre.login_with_password(&ingrid.id, crate::support::MENTOR_PASSWORD).unwrap();
    assert_eq!(h.mestre.reset_mentor_password(&ingrid.id, "whatever-1").unwrap_err().kind, mestre::ErrorKind::NotAllowed);
    h.mestre.reset_mentor_password(&kari.id, "tredje-passord").unwrap();
    let keys = h.mestre.store().mentor_keys_of(&kari.id).unwrap();
    assert_eq!(keys.len(), 2);
    assert!(keys.iter().any(|k| k.id == first_key && k.revoked_hlc.is_some()));
    h.mestre.login_with_password(&kari.id, "tredje-passord").unwrap();
    assert_ne!(h.mestre.mentor_signer().unwrap().key_id(), first_key, "a new key");
    h.mestre.add_comment(&day.id, "Enda bedre!", None).unwrap();
    assert_eq!(h.mestre.diary_day(&day.id).unwrap().comments.len(), 2, "the comment signed with the old key stays");
    // Kari leaves: she cannot sign in, and what she wrote stays.
    h.mestre.login_with_password(&ingrid.id, crate::support::MENTOR_PASSWORD).unwrap();
    assert_eq!(h.mestre.retire_mentor(&ingrid.id).unwrap_err().kind, mestre::ErrorKind::NotAllowed);
    h.mestre.retire_mentor(&kari.id).unwrap();
    assert_eq!(h.mestre.login_with_password(&kari.id, "tredje-passord").unwrap_err().kind, mestre::ErrorKind::LoginFailed);
    assert_eq!(h.mestre.diary_day(&day.id).unwrap().comments.len(), 2);
    assert!(h.mestre.store().mentor_keys_of(&kari.id).unwrap().iter().all(|k| k.revoked_hlc.is_some()));
}

#[test]
fn a_mentor_without_her_key_on_this_device_is_told_why_she_cannot_sign_and_nothing_is_written() {
    use mestre::api::Mestre;
    use mestre::demo::{DEMO_MENTOR, DEMO_PASSWORD};
    // A tablet of a café from before signing, which the café was not made on.
    let tablet = upgraded_cafe(4);
    {
        let conn = rusqlite::Connection::open(tablet.path().join(mestre::storage::DATABASE_FILE)).unwrap();
        conn.execute("UPDATE device SET id = 'a-tablet-of-that-cafe'", []).unwrap();
    }
    let mut m = Mestre::open(tablet.path()).unwrap();
    let kari = m.people().unwrap().into_iter().find(|p| p.name == DEMO_MENTOR).unwrap();
    m.login_with_password(&kari.id, DEMO_PASSWORD).expect("she signs in all the same");
    assert!(m.mentor_signer().is_none() && m.store().trust_root().unwrap().is_none(), "no trust is founded on a tablet");
    let before = m.people().unwrap().len();
    let err = m
        .add_trainee(mestre::people::NewTrainee {
            name: "Leyla".into(),
            photo: None,
            ui_lang: "ar".into(),
            home_lang: "ar".into(),
            pin: crate::support::PIN.to_vec(),
        })
        .unwrap_err();
    assert_eq!(err.kind, mestre::ErrorKind::MentorKeyMissing);
    assert_eq!(m.error_payload(&err).message, "Veiledernøkkelen din er ikke på denne enheten ennå. Synkroniser med kafeens PC først.");
    assert_eq!(m.people().unwrap().len(), before);
}

#[test]
fn a_tablet_cannot_give_anyone_a_mentor_key_nor_introduce_or_rekey_a_device() {
    let mut cafe = TestCafe::new(3);
    let (stolen, key_row) = new_mentor_key(AMINA, "amina-passord").unwrap();
    let tablet_2 = cafe.log_id(2);
    let rogue_key = SigningKey::generate().unwrap();
    // On tablet 1, signed by the tablet: a key for Amina, a new key for tablet 2, and a
    // device nobody introduced.
    let forged: Vec<Draft> = vec![
        key_row.into(),
        DeviceIntroDraft::new(&tablet_2.0, crate::support_cafe::CAFE).sign_key(rogue_key.public_hex()).into(),
        DeviceIntroDraft::new("tablet-of-a-thief", crate::support_cafe::CAFE).name("Tyv").sign_key(rogue_key.public_hex()).into(),
    ];
    for draft in forged {
        let err = cafe.write(1, AMINA, None, vec![draft.clone()]).unwrap_err();
        assert_eq!(err.kind, mestre::ErrorKind::NotAllowed, "refused on the tablet itself");
        // Its log edited by hand instead: signed by the tablet, refused by the others.
        let r = &cafe.replicas[1];
        let seq = r.store.version_vector().unwrap().get(&r.log_id.0).copied().unwrap_or(0) + 1;
        let mut change = Change::from_draft(r.log_id.clone(), seq, Hlc::new(NOW as u64 + seq as u64, 0), AMINA, draft);
        sign_as_device(&r.device_key, &mut change);
        cafe.replicas[1].apply(NOW, "hand-edited", vec![change]).unwrap();
    }
    // Her stolen key signs a role change: unknown to everyone, since its row was refused.
    let role: Vec<Draft> = vec![PersonDraft::new(AMINA, AMINA).role(Role::Mentor).into()];
    assert!(cafe.replicas[1].record_as(AMINA, Some(&stolen), NOW, role).is_err());
    cafe.exchange(1, 0);
    cafe.exchange(0, 2);
    for at in [0, 2] {
        let r = &cafe.replicas[at];
        assert!(r.store.mentor_keys_of(AMINA).unwrap().is_empty(), "device {at}: no key for Amina");
        assert_eq!(r.store.device_intro(&tablet_2.0).unwrap().unwrap().sign_key, cafe.replicas[2].device_key.public_hex(), "device {at}");
        assert!(r.store.device_intro("tablet-of-a-thief").unwrap().is_none(), "device {at}");
        assert_eq!(cafe.refusals(at), ["needs-mentor", "needs-mentor", "needs-mentor"], "device {at}");
    }
    // Tablet 2 still syncs: its key was not replaced.
    cafe.write(2, HODAN, None, vec![PersonDraft::new(HODAN, HODAN).ui_lang("so").into()]).unwrap();
    cafe.exchange(2, 0);
    assert_eq!(cafe.replicas[0].store.person(HODAN).unwrap().unwrap().ui_lang, "so");
}
