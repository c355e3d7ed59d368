//! Competences: the curriculum pack complete in every language, her plan chosen by a
//! mentor, her own rating with three faces, evidence suggested from her work and linked,
//! the mentor's P → F → K marks signed with her key (and who may make them), a signature
//! that fails on one changed byte, progress by month, the certificate read back from its
//! PDF, and the competence tables as a trust boundary.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;
use std::sync::Arc;

use mestre::api::Mestre;
use mestre::cafe::{CafeSetup, Country};
use mestre::changes::signing::verify;
use mestre::changes::Change;
use mestre::clock::FixedClock;
use mestre::competence::{
    CompetenceEvidenceDraft, CompetenceMarkDraft, CompetenceMarkRow, CompetencePlanDraft, CompetenceRatingDraft, CurriculumPack,
    EvidenceKind, Level, Mark, MarkRequest,
};
use mestre::fridge::{FridgeGame, FridgePracticeDraft};
use mestre::i18n::locales::LOCALES;
use mestre::people::{NewMentor, NewTrainee, Person};
use mestre::words::{PracticeMode, WordReviewDraft};
use mestre::ErrorKind;

use crate::support::{jpeg, MENTOR_PASSWORD, PIN, T0};
use crate::support_cafe::{TestCafe, AMINA, FOUNDER, HODAN};

/// A café in a data folder on a fixed clock: Ingrid (mentor, signed in), Amina (Arabic)
/// and Hodan (Somali).
struct Cafe {
    m: Mestre,
    clock: FixedClock,
    mentor: Person,
    amina: Person,
    hodan: Person,
    dir: tempfile::TempDir,
}

impl Cafe {
    fn new() -> Cafe {
        let dir = tempfile::tempdir().unwrap();
        let clock = FixedClock::at_ms(T0);
        let mut m = Mestre::open_with_clock(dir.path(), Arc::new(clock.clone())).unwrap();
        let mentor = m
            .setup_cafe(CafeSetup {
                cafe_name: "Kafe KIME".into(),
                country: Country::Norway,
                mentor: NewMentor { name: "Ingrid Berg".into(), password: MENTOR_PASSWORD.into(), ui_lang: "nb".into() },
            })
            .unwrap()
            .person;
        let photo = m.import_photo(&jpeg(600, 600)).unwrap();
        let amina = m
            .add_trainee(NewTrainee {
                name: "Amina Hassan".into(),
                photo: Some(photo),
                ui_lang: "ar".into(),
                home_lang: "ar".into(),
                pin: PIN.to_vec(),
            })
            .unwrap();
        let hodan = m
            .add_trainee(NewTrainee {
                name: "Hodan Ali".into(),
                photo: None,
                ui_lang: "so".into(),
                home_lang: "so".into(),
                pin: PIN.to_vec(),
            })
            .unwrap();
        Cafe { m, clock, mentor, amina, hodan, dir }
    }

    fn as_trainee(&mut self, who: &Person) {
        self.m.logout();
        self.m.login_with_pin(&who.id, &PIN).unwrap();
    }

    fn as_mentor(&mut self) {
        self.m.logout();
        self.m.login_with_password(&self.mentor.id, MENTOR_PASSWORD).unwrap();
    }

    fn mark(&mut self, who: &Person, aim: &str, mark: Mark, comment: &str) -> mestre::Result<mestre::competence::AimDetail> {
        self.m.mark_aim(MarkRequest { person_id: who.id.clone(), aim: aim.into(), mark, comment: comment.into(), voice: None })
    }

    /// Amina's diary today: she labelled food and filled the fridge, with a photo; a
    /// finished round of "write the label"; a day of word practice.
    fn aminas_work(&mut self) {
        let amina = self.amina.clone();
        self.as_trainee(&amina);
        self.m.set_my_tasks(&["label-food".to_string(), "fill-fridge".to_string(), "mop-floor".to_string()]).unwrap();
        self.m.add_my_photo(&jpeg(800, 600)).unwrap();
        self.m
            .record_drafts(vec![
                FridgePracticeDraft::new("round-1", &amina.id)
                    .game(FridgeGame::WriteTheLabel)
                    .points(5)
                    .total(6)
                    .aim("RMF1-01.9")
                    .country("NO")
                    .day("2026-11-22")
                    .done_ms(T0)
                    .into(),
                WordReviewDraft::new("review-1", &amina.id)
                    .word_id("pack:spoon")
                    .mode(PracticeMode::Match)
                    .rating(3)
                    .day("2026-11-22")
                    .into(),
                WordReviewDraft::new("review-2", &amina.id)
                    .word_id("pack:fork")
                    .mode(PracticeMode::Match)
                    .rating(1)
                    .day("2026-11-22")
                    .into(),
            ])
            .unwrap();
    }
}

#[test]
fn the_curriculum_pack_holds_the_guides_aims_each_with_a_picture_and_plain_words_in_every_language() {
    let pack = CurriculumPack::shipped();
    let count = |code: &str| pack.aims.iter().filter(|a| a.curriculum == code).count();
    // The Sandefjord guide: 10 + 3 aims of Vg1 restaurant- og matfag, 6 + 11 + 2 of the
    // cleaning operator trade, and its four working-life culture modules.
    assert_eq!((count("RMF1-01"), count("RH03-01"), count("ALK")), (13, 19, 4));
    assert_eq!(pack.aim("RMF1-01.9").unwrap().official, "Emballere og merke produkt for oppbevaring og sporing etter gjeldende forskrift.");
    // The fridge games' evidence lands on aims that take fridge practice.
    for game in FridgeGame::ALL {
        assert!(pack.aim(game.aim()).is_some_and(|a| a.fridge), "{:?} → {}", game, game.aim());
    }
    let pictures = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/pictures");
    for aim in &pack.aims {
        assert!(pictures.join(format!("{}.svg", aim.picture)).exists(), "{} has no picture {}", aim.id, aim.picture);
    }
    for locale in LOCALES {
        let titles: BTreeSet<String> = pack.aims.iter().map(|a| pack.text(&a.message_id(), locale.tag)).collect();
        // Every aim has its own name (none falls back to an id or repeats another).
        assert_eq!(titles.len(), pack.aims.len(), "{}: two aims share a name", locale.tag);
        for aim in &pack.aims {
            let plain = pack.text(&aim.plain_id(), locale.tag);
            assert!(!plain.starts_with("aim-") && plain.chars().count() > 15, "{}: {} has no plain text", locale.tag, aim.id);
        }
    }
    // No Grep URI is made up: the pack names none (none could be checked).
    let listing = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/competence/pack.json")).unwrap();
    assert!(!listing.contains("data.udir.no"));
}

#[test]
fn a_mentor_chooses_her_plan_and_she_sees_only_those_aims_and_rates_herself_with_three_faces() {
    let mut c = Cafe::new();
    let amina = c.amina.clone();
    for aim in ["RMF1-01.1", "RMF1-01.9", "ALK.2"] {
        c.m.set_plan(&amina.id, aim, true).unwrap();
    }
    // The mentor sees every aim, those of her plan marked, in Norwegian and Arabic.
    let all = c.m.competences(&amina.id).unwrap();
    let aims: Vec<_> = all.curricula.iter().flat_map(|c| c.areas.iter().flat_map(|a| a.aims.iter())).collect();
    assert_eq!(aims.len(), 36);
    assert_eq!(aims.iter().filter(|a| a.in_plan).count(), 3);
    let labelling = aims.iter().find(|a| a.id == "RMF1-01.9").unwrap();
    assert_eq!(labelling.title.work, "Pakke og merke mat");
    assert_eq!(labelling.title.home, "تغليف الطعام ووضع الملصقات");
    // Taken out and put back: one row, as before.
    c.m.set_plan(&amina.id, "ALK.2", false).unwrap();
    assert_eq!(c.m.competences(&amina.id).unwrap().totals.planned, 2);
    c.m.set_plan(&amina.id, "ALK.2", true).unwrap();

    c.as_trainee(&amina);
    let mine = c.m.my_competences().unwrap();
    let ids: Vec<&str> = mine.curricula.iter().flat_map(|c| c.areas.iter().flat_map(|a| a.aims.iter().map(|x| x.id.as_str()))).collect();
    assert_eq!(ids, ["RMF1-01.1", "RMF1-01.9", "ALK.2"]);
    assert_eq!(c.m.rate_aim("RMF1-01.9", Level::WithHelp).unwrap().level, Some(Level::WithHelp));
    c.clock.advance_ms(7 * 86_400_000);
    assert_eq!(c.m.rate_aim("RMF1-01.9", Level::OnMyOwn).unwrap().level, Some(Level::OnMyOwn));
    // Not in her plan: refused with its own message; and she cannot choose her plan.
    assert_eq!(c.m.rate_aim("RH03-01.5", Level::OnMyOwn).unwrap_err().kind, ErrorKind::AimNotInPlan);
    assert_eq!(c.m.set_plan(&amina.id, "RH03-01.5", true).unwrap_err().kind, ErrorKind::NotAllowed);
    // Nor see Hodan's.
    assert_eq!(c.m.competences(&c.hodan.id).unwrap_err().kind, ErrorKind::NotAllowed);

    c.as_mentor();
    let detail = c.m.competence_aim(&amina.id, "RMF1-01.9").unwrap();
    let levels: Vec<(String, Level)> = detail.ratings.iter().map(|r| (r.day.clone(), r.level)).collect();
    assert_eq!(levels, [("2026-11-22".to_string(), Level::WithHelp), ("2026-11-29".to_string(), Level::OnMyOwn)]);
    assert_eq!(c.m.competences(&amina.id).unwrap().totals.on_my_own, 1);
    // The group's overview counts her newest face of each aim, not every one she gave.
    let group = c.m.group_competences().unwrap();
    let hers = group.iter().find(|t| t.person_id == amina.id).unwrap();
    assert_eq!((hers.totals.planned, hers.totals.on_my_own), (3, 1));
}

#[test]
fn her_matching_work_is_suggested_as_evidence_and_only_her_own_can_be_linked() {
    let mut c = Cafe::new();
    let amina = c.amina.clone();
    c.m.set_plan(&amina.id, "RMF1-01.9", true).unwrap();
    c.m.set_plan(&amina.id, "RMF1-01.12", true).unwrap();
    c.aminas_work();
    c.as_mentor();
    let detail = c.m.competence_aim(&amina.id, "RMF1-01.9").unwrap();
    assert!(detail.evidence.is_empty());
    let kinds: Vec<EvidenceKind> = detail.suggestions.iter().map(|s| s.kind).collect();
    // The day (its tasks match), its photo, and the round of "write the label" — no word
    // practice, which is not evidence for labelling.
    assert_eq!(kinds, [EvidenceKind::DiaryDay, EvidenceKind::Photo, EvidenceKind::FridgePractice]);
    let read = |text: &str| mestre::reports::layout::printable(text);
    let day = &detail.suggestions[0];
    let day_text = read(&day.summary.work);
    assert!(day_text.contains("merke maten") && day_text.contains("fylle kjøleskapet"), "{day_text}");
    assert!(!day_text.contains("vaske gulvet"), "only the tasks of this aim: {day_text}");
    assert!(day.photo_thumb.is_some());
    assert!(read(&detail.suggestions[2].summary.work).contains("Skriv etiketten: 5 av 6"), "{}", detail.suggestions[2].summary.work);
    // Service takes word practice: 2 words, 1 right.
    let service = c.m.competence_aim(&amina.id, "RMF1-01.12").unwrap();
    let words = service.suggestions.iter().find(|s| s.kind == EvidenceKind::WordPractice).unwrap();
    assert!(read(&words.summary.work).starts_with("2 ord øvd, 1 riktige"), "{}", words.summary.work);

    // She links her photo; her mentor links the round.
    let photo = detail.suggestions[1].clone();
    c.as_trainee(&amina);
    let linked = c.m.link_evidence(&amina.id, "RMF1-01.9", EvidenceKind::Photo, &photo.ref_id).unwrap();
    assert_eq!(linked.evidence.len(), 1);
    assert_eq!(linked.evidence[0].linked_by_name, "Amina Hassan");
    assert_eq!(linked.suggestions.len(), 2);
    c.as_mentor();
    c.m.link_evidence(&amina.id, "RMF1-01.9", EvidenceKind::FridgePractice, "round-1").unwrap();
    // Somebody else's work, or work that does not exist, is not her evidence.
    let hodan = c.hodan.clone();
    c.m.set_plan(&hodan.id, "RMF1-01.9", true).unwrap();
    assert_eq!(c.m.link_evidence(&hodan.id, "RMF1-01.9", EvidenceKind::FridgePractice, "round-1").unwrap_err().kind, ErrorKind::NotFound);
    assert_eq!(c.m.link_evidence(&amina.id, "RMF1-01.9", EvidenceKind::Photo, "no-such-item").unwrap_err().kind, ErrorKind::NotFound);
    assert_eq!(c.m.link_evidence(&amina.id, "RH03-01.5", EvidenceKind::Photo, &photo.ref_id).unwrap_err().kind, ErrorKind::AimNotInPlan);
    // Unlinked, it is a suggestion again; her photo stays in her book.
    let unlinked = c.m.unlink_evidence(&linked.evidence[0].id).unwrap();
    assert_eq!(unlinked.evidence.len(), 1);
    assert!(unlinked.suggestions.iter().any(|s| s.ref_id == photo.ref_id));
    assert!(c.m.diary_days(&amina.id).unwrap()[0].items > 0);
}

#[test]
fn marks_go_p_then_f_then_k_only_a_mentor_signs_them_k_needs_evidence_and_a_step_back_needs_a_comment() {
    let mut c = Cafe::new();
    let amina = c.amina.clone();
    // Not in her plan yet.
    assert_eq!(c.mark(&amina, "RMF1-01.9", Mark::Started, "").unwrap_err().kind, ErrorKind::AimNotInPlan);
    c.m.set_plan(&amina.id, "RMF1-01.9", true).unwrap();
    // F before P, K before F: out of order.
    assert_eq!(c.mark(&amina, "RMF1-01.9", Mark::Completed, "").unwrap_err().kind, ErrorKind::MarkOutOfOrder);
    let after_p = c.mark(&amina, "RMF1-01.9", Mark::Started, "Vi begynte i dag.").unwrap();
    assert_eq!(after_p.next_marks, [Mark::Completed], "K needs evidence; P again is no step");
    assert_eq!(c.mark(&amina, "RMF1-01.9", Mark::Started, "").unwrap_err().kind, ErrorKind::MarkOutOfOrder);
    assert_eq!(c.mark(&amina, "RMF1-01.9", Mark::Checked, "").unwrap_err().kind, ErrorKind::MarkOutOfOrder);
    c.mark(&amina, "RMF1-01.9", Mark::Completed, "").unwrap();
    assert_eq!(c.mark(&amina, "RMF1-01.9", Mark::Checked, "").unwrap_err().kind, ErrorKind::EvidenceMissing);
    c.aminas_work();
    // She cannot sign, nor mark herself.
    assert_eq!(c.mark(&amina, "RMF1-01.9", Mark::Checked, "").unwrap_err().kind, ErrorKind::NotAllowed);
    c.m.link_evidence(&amina.id, "RMF1-01.9", EvidenceKind::FridgePractice, "round-1").unwrap();
    c.as_mentor();
    let checked = c.mark(&amina, "RMF1-01.9", Mark::Checked, "Etikettene er riktige.").unwrap();
    let letters: Vec<&str> = checked.marks.iter().map(|m| m.letter.as_str()).collect();
    assert_eq!(letters, ["P", "F", "K"]);
    let k = checked.marks.last().unwrap();
    assert_eq!((k.mentor_name.as_str(), k.day.as_str(), k.evidence_count), ("Ingrid Berg", "2026-11-22", 1));
    assert!(checked.marks.iter().all(|m| m.signature_valid == Some(true)));
    assert_eq!(checked.next_marks, [Mark::Started, Mark::Completed], "only steps back are left");
    // A step back needs a reason; with one, it is a new mark and the K stays in the log.
    assert_eq!(c.mark(&amina, "RMF1-01.9", Mark::Completed, "  ").unwrap_err().kind, ErrorKind::CommentMissing);
    let back = c.mark(&amina, "RMF1-01.9", Mark::Completed, "Signert for tidlig: datoene mangler.").unwrap();
    assert_eq!(back.marks.len(), 4);
    // A voice note is a comment too (a step back said aloud); an unknown recording is refused.
    let dir = tempfile::tempdir().unwrap();
    let (wav, _) = crate::audio::spoken_fixture(dir.path(), 0.5, 1.0);
    let clip = c.m.import_recording(&std::fs::read(wav).unwrap()).unwrap();
    let request =
        |voice| MarkRequest { person_id: amina.id.clone(), aim: "RMF1-01.9".into(), mark: Mark::Started, comment: String::new(), voice };
    let fake = mestre::media::Clip { voice: mestre::media::sha256_hex(b"no such recording"), duration_ms: 900 };
    assert_eq!(c.m.mark_aim(request(Some(fake))).unwrap_err().kind, ErrorKind::NotFound);
    let said = c.m.mark_aim(request(Some(clip.clone()))).unwrap();
    let last = said.marks.last().unwrap();
    assert_eq!((last.letter.as_str(), last.voice.as_ref()), ("P", Some(&clip.voice)));
    assert_eq!(last.signature_valid, Some(true));
    assert_eq!(back.aim.mark.as_ref().map(|m| m.mark), Some(Mark::Completed));
    // Every mark is a mentor-signed change.
    for mark in &back.marks {
        let change = single_change(&c.m, &mark.id);
        assert!(change.mentor_sig.is_some() && change.author == c.mentor.id);
    }
}

fn single_change(m: &Mestre, id: &str) -> Change {
    let changes = m.store().changes_for_row(CompetenceMarkRow::TABLE, id).unwrap();
    assert_eq!(changes.len(), 1, "a mark is written once");
    changes.into_iter().next().unwrap()
}

#[test]
fn a_signed_mark_verifies_with_her_key_and_fails_when_one_byte_is_changed() {
    let mut c = Cafe::new();
    let amina = c.amina.clone();
    c.m.set_plan(&amina.id, "RMF1-01.1", true).unwrap();
    let detail = c.mark(&amina, "RMF1-01.1", Mark::Started, "Hun vasker hendene hver gang.").unwrap();
    let id = detail.marks[0].id.clone();
    assert!(c.m.mark_signature_valid(&id).unwrap());
    let change = single_change(&c.m, &id);
    let key: mestre::trust::MentorKeyRow = c.m.store().get(change.mentor_key.as_deref().unwrap()).unwrap().unwrap();
    let sig = change.mentor_sig.clone().unwrap();
    assert!(verify(&key.public_key, &change.mentor_bytes(), &sig));
    // One byte of the comment changed on the way: the signature no longer matches.
    let mut altered = change.clone();
    altered.fields.insert("comment".into(), serde_json::json!("Hun vasker hendene hver gang!"));
    assert!(!verify(&key.public_key, &altered.mentor_bytes(), &sig));
    let mut later = change.clone();
    later.fields.insert("day".into(), serde_json::json!("2026-11-23"));
    assert!(!verify(&key.public_key, &later.mentor_bytes(), &sig));

    // One byte changed in the database file itself: the mark shows as not verified.
    c.m.logout();
    drop(c.m);
    let db = rusqlite::Connection::open(c.dir.path().join(mestre::storage::DATABASE_FILE)).unwrap();
    db.execute("UPDATE competence_mark SET comment = 'Hun vasker hendene hver gang?' WHERE id = ?1", [&id]).unwrap();
    drop(db);
    let mut m = Mestre::open_with_clock(c.dir.path(), Arc::new(c.clock.clone())).unwrap();
    m.login_with_password(&c.mentor.id, MENTOR_PASSWORD).unwrap();
    assert!(!m.mark_signature_valid(&id).unwrap());
    let shown = m.competence_aim(&amina.id, "RMF1-01.1").unwrap();
    assert_eq!(shown.marks[0].signature_valid, Some(false));
}

#[test]
fn progress_counts_her_aims_by_mark_at_the_end_of_each_month() {
    let mut c = Cafe::new();
    let amina = c.amina.clone();
    for aim in ["RMF1-01.1", "RMF1-01.2", "RMF1-01.3"] {
        c.m.set_plan(&amina.id, aim, true).unwrap();
    }
    c.mark(&amina, "RMF1-01.1", Mark::Started, "").unwrap();
    c.mark(&amina, "RMF1-01.2", Mark::Started, "").unwrap();
    // A month later: the first completed.
    c.clock.advance_ms(30 * 86_400_000);
    c.mark(&amina, "RMF1-01.1", Mark::Completed, "").unwrap();
    let progress = c.m.competence_progress(&amina.id).unwrap();
    assert_eq!(progress.planned, 3);
    assert_eq!(progress.months.len(), 12);
    let at = |month: &str| progress.months.iter().find(|p| p.month == month).map(|p| (p.started, p.completed, p.checked)).unwrap();
    assert_eq!(at("2026-10"), (0, 0, 0));
    assert_eq!(at("2026-11"), (2, 0, 0));
    assert_eq!(at("2026-12"), (1, 1, 0));
    assert_eq!(progress.months.last().unwrap().month, "2026-12");
    let group = c.m.group_competences().unwrap();
    let hers = group.iter().find(|t| t.person_id == amina.id).unwrap();
    assert_eq!((hers.totals.planned, hers.totals.started, hers.totals.completed), (3, 1, 1));
    assert_eq!(group.iter().find(|t| t.person_id == c.hodan.id).unwrap().totals.planned, 0);
}

fn pdftotext(pdf: &Path) -> String {
    let out = Command::new("pdftotext").args(["-layout", "-enc", "UTF-8"]).arg(pdf).arg("-").output().unwrap();
    assert!(out.status.success());
    mestre::reports::layout::printable(&String::from_utf8(out.stdout).unwrap())
}

#[test]
fn the_certificate_shows_her_checked_aims_in_norwegian_and_arabic_side_by_side_signed_by_the_mentor() {
    let mut c = Cafe::new();
    let amina = c.amina.clone();
    c.m.set_plan(&amina.id, "RMF1-01.9", true).unwrap();
    c.m.set_plan(&amina.id, "RMF1-01.1", true).unwrap();
    c.aminas_work();
    c.as_mentor();
    let suggestions = c.m.competence_aim(&amina.id, "RMF1-01.9").unwrap().suggestions;
    for s in &suggestions {
        c.m.link_evidence(&amina.id, "RMF1-01.9", s.kind, &s.ref_id).unwrap();
    }
    for mark in [Mark::Started, Mark::Completed, Mark::Checked] {
        c.mark(&amina, "RMF1-01.9", mark, "").unwrap();
    }
    // Started only: not on the certificate.
    c.mark(&amina, "RMF1-01.1", Mark::Started, "").unwrap();
    let printed = c.m.print_certificate(&amina.id, false).unwrap();
    let path = Path::new(&printed.path);
    assert!(path.starts_with(c.dir.path().join("prints")), "{}", printed.path);
    let info = Command::new("pdfinfo").arg(path).output().unwrap();
    let info = String::from_utf8_lossy(&info.stdout).to_string();
    assert!(info.contains("595.276 x 841.89 pts (A4)"), "{info}");
    let text = pdftotext(path);
    for expected in [
        "Kompetansebevis",
        "شهادة الكفاءة",
        "Amina Hassan",
        "Kafe KIME",
        "RMF1-01.9",
        "Pakke og merke mat",
        "تغليف الطعام ووضع الملصقات",
        "Emballere og merke produkt",
        "Kontrollert 22.11.2026",
        "Signert av Ingrid Berg",
    ] {
        assert!(text.contains(expected), "{expected:?} is not in:\n{text}");
    }
    // The evidence summary counts each kind.
    assert!(text.contains("Dagbokdag 1") && text.contains("Bilde 1") && text.contains("Kjøleskapsøving 1"), "{text}");
    assert!(!text.contains("Hygiene"), "an aim only started is not on it:\n{text}");
    // Arabic is shaped (joined letters from the Arabic font), and the page renders.
    let fonts = Command::new("pdffonts").arg(path).output().unwrap();
    assert!(String::from_utf8_lossy(&fonts.stdout).contains("NotoSansArabic"));
    let png = c.dir.path().join("certificate");
    assert!(Command::new("pdftoppm").args(["-png", "-r", "60", "-f", "1", "-l", "1"]).arg(path).arg(&png).status().unwrap().success());
    // Tigrinya beside Norwegian, in the Ethiopic script.
    let selam =
        c.m.add_trainee(NewTrainee {
            name: "Selam Tesfay".into(),
            photo: None,
            ui_lang: "ti".into(),
            home_lang: "ti".into(),
            pin: PIN.to_vec(),
        })
        .unwrap();
    c.m.set_plan(&selam.id, "ALK.2", true).unwrap();
    c.m.record_drafts(vec![CompetenceEvidenceDraft::new(
        mestre::competence::evidence_id(&selam.id, "ALK.2", EvidenceKind::WordPractice, "2026-11-22"),
        &selam.id,
    )
    .aim("ALK.2")
    .kind(EvidenceKind::WordPractice)
    .ref_id("2026-11-22")
    .linked(true)
    .linked_by(c.mentor.id.clone())
    .into()])
        .unwrap();
    for mark in [Mark::Started, Mark::Completed, Mark::Checked] {
        c.mark(&selam, "ALK.2", mark, "").unwrap();
    }
    let hers = c.m.print_certificate(&selam.id, false).unwrap();
    let text = pdftotext(Path::new(&hers.path));
    assert!(text.contains("Rettigheter og plikter") && text.contains("መሰላትን ግቡኣትን"), "{text}");
    let fonts = Command::new("pdffonts").arg(&hers.path).output().unwrap();
    assert!(String::from_utf8_lossy(&fonts.stdout).contains("NotoSansEthiopic"));
    // Nobody but a mentor prints it.
    c.as_trainee(&amina);
    assert_eq!(c.m.print_certificate(&amina.id, false).unwrap_err().kind, ErrorKind::NotAllowed);
}

#[test]
fn forged_competence_changes_are_refused_and_stored_rows_stay_as_they_were() {
    let mut cafe = TestCafe::new(2);
    let founder = cafe.founder.clone();
    cafe.write(
        0,
        FOUNDER,
        Some(&founder),
        vec![
            CompetencePlanDraft::new(format!("plan:{AMINA}:RMF1-01.9"), AMINA).aim("RMF1-01.9").into(),
            // Whole, as the app writes a mark: every field is part of what she signs.
            CompetenceMarkDraft::new("mark-1", FOUNDER)
                .trainee(AMINA)
                .aim("RMF1-01.9")
                .mark(Mark::Started)
                .day("2026-11-22")
                .comment("")
                .voice(None)
                .duration_ms(0)
                .evidence(Vec::<String>::new())
                .signed_ms(T0)
                .into(),
        ],
    )
    .unwrap();
    cafe.write(0, AMINA, None, vec![CompetenceRatingDraft::new("rating-1", AMINA).aim("RMF1-01.9").level(Level::WithHelp).into()]).unwrap();
    cafe.exchange(0, 1);
    // Locally the same rules: her tablet cannot sign a K, even in the mentor's name.
    let k = |id: &str| CompetenceMarkDraft::new(id, FOUNDER).trainee(AMINA).aim("RMF1-01.9").mark(Mark::Checked).day("2026-11-22");
    assert_eq!(cafe.write(1, FOUNDER, None, vec![k("mark-2").into()]).unwrap_err().kind, ErrorKind::NotAllowed);
    let tablet = &cafe.replicas[1];
    // A change the mentor signs, then `edit`ed (after her signature, before the device's).
    let signed = |nth: i64, draft: mestre::changes::Draft, edit: &dyn Fn(&mut Change)| cafe.signed_by_founder(1, nth, draft, edit);
    let forged = vec![
        // A K from her tablet in her own name.
        crate::words::forged(
            tablet,
            1,
            AMINA,
            CompetenceMarkDraft::new("mark-3", AMINA).trainee(AMINA).aim("RMF1-01.9").mark(Mark::Checked).into(),
            |_| {},
        ),
        // A K in the mentor's name without her signature.
        crate::words::forged(tablet, 2, FOUNDER, k("mark-2").into(), |_| {}),
        // A K the mentor signed, its comment changed by one byte on the way.
        signed(3, k("mark-4").comment("Bra").into(), &|c: &mut Change| {
            c.fields.insert("comment".into(), serde_json::json!("Bra!"));
        }),
        // Her P rewritten as a K afterwards, even with the mentor's valid signature.
        signed(4, CompetenceMarkDraft::new("mark-1", FOUNDER).mark(Mark::Checked).into(), &|_| {}),
        // A mark taken back.
        crate::words::forged(tablet, 5, FOUNDER, CompetenceMarkDraft::new("mark-1", FOUNDER).deleted(true).into(), |_| {}),
        // Her plan chosen from her tablet.
        crate::words::forged(
            tablet,
            6,
            AMINA,
            CompetencePlanDraft::new(format!("plan:{AMINA}:RH03-01.5"), AMINA).aim("RH03-01.5").into(),
            |_| {},
        ),
        // A rating in Hodan's name, and her own rating changed afterwards.
        crate::words::forged(
            tablet,
            7,
            AMINA,
            CompetenceRatingDraft::new("rating-2", HODAN).aim("RMF1-01.9").level(Level::OnMyOwn).into(),
            |_| {},
        ),
        crate::words::forged(tablet, 8, AMINA, CompetenceRatingDraft::new("rating-1", AMINA).level(Level::OnMyOwn).into(), |_| {}),
        // Evidence on Hodan's aims from Amina's tablet; evidence whose id names Hodan.
        crate::words::forged(
            tablet,
            9,
            AMINA,
            CompetenceEvidenceDraft::new(format!("evidence:{HODAN}:RMF1-01.9:photo:x"), HODAN).aim("RMF1-01.9").linked(true).into(),
            |_| {},
        ),
        crate::words::forged(
            tablet,
            10,
            AMINA,
            CompetenceEvidenceDraft::new(format!("evidence:{HODAN}:RMF1-01.9:photo:y"), AMINA).aim("RMF1-01.9").linked(true).into(),
            |_| {},
        ),
        // A mark that is no mark, a rating that is no face.
        crate::words::forged(tablet, 11, AMINA, CompetenceRatingDraft::new("rating-3", AMINA).aim("RMF1-01.9").into(), |c| {
            c.fields.insert("level".into(), serde_json::json!("genius"));
        }),
    ];
    let report = cafe.replicas[0].apply(T0 + 10_000, "peer", forged).unwrap();
    assert_eq!(report.quarantined, 11, "{report:?}");
    let reasons = cafe.refusals(0);
    assert_eq!(
        reasons,
        [
            "append-only",
            "append-only",
            "append-only",
            "bad-mentor-signature",
            "invalid",
            "needs-mentor",
            "needs-mentor",
            "needs-mentor",
            "not-owner",
            "not-owner",
            "not-owner"
        ],
        "{reasons:?}"
    );
    let store = &cafe.replicas[0].store;
    let marks = store.competence_marks_of(AMINA).unwrap();
    assert_eq!(marks.iter().map(|m| (m.id.as_str(), m.mark)).collect::<Vec<_>>(), [("mark-1", Mark::Started)]);
    // The refused rewrites of her P do not make the real one look tampered with.
    assert!(mestre::competence::signoff::verify_mark(store, "mark-1").unwrap());
    assert_eq!(store.competence_plan_of(AMINA).unwrap().len(), 1);
    assert_eq!(store.competence_ratings_of(AMINA).unwrap()[0].level, Level::WithHelp);
    assert!(store.competence_ratings_of(HODAN).unwrap().is_empty());
    assert!(store.competence_evidence_of(HODAN).unwrap().is_empty() && store.competence_evidence_of(AMINA).unwrap().is_empty());
}

#[test]
fn the_monthly_report_counts_each_trainees_month_in_a_pdf_and_a_csv_a_spreadsheet_reads() {
    let mut c = Cafe::new();
    let amina = c.amina.clone();
    c.m.set_plan(&amina.id, "RMF1-01.9", true).unwrap();
    c.m.set_plan(&amina.id, "RMF1-01.1", true).unwrap();
    c.aminas_work();
    c.m.rate_aim("RMF1-01.9", Level::WithHelp).unwrap();
    c.as_mentor();
    c.m.link_evidence(&amina.id, "RMF1-01.9", EvidenceKind::FridgePractice, "round-1").unwrap();
    for mark in [Mark::Started, Mark::Completed, Mark::Checked] {
        c.mark(&amina, "RMF1-01.9", mark, "").unwrap();
    }
    c.mark(&amina, "RMF1-01.1", Mark::Started, "").unwrap();

    let saved = c.m.monthly_report("2026-11", None).unwrap();
    assert_eq!(saved.trainees, 2);
    let mut csv = csv::Reader::from_path(&saved.csv).unwrap();
    let headers: Vec<String> = csv.headers().unwrap().iter().map(str::to_string).collect();
    assert_eq!(headers, mestre::reports::monthly::CSV_COLUMNS, "the byte-order mark is not part of the first column");
    let rows: Vec<csv::StringRecord> = csv.records().map(Result::unwrap).collect();
    let row = |name: &str| rows.iter().find(|r| &r[2] == name).unwrap().clone();
    let get = |r: &csv::StringRecord, column: &str| r[headers.iter().position(|h| h == column).unwrap()].to_string();
    let hers = row("Amina Hassan");
    for (column, value) in [
        ("month", "2026-11"),
        ("diary_days", "1"),
        ("photos", "1"),
        ("word_answers", "2"),
        ("word_right", "1"),
        ("fridge_rounds", "1"),
        ("fridge_points", "5"),
        ("fridge_total", "6"),
        ("self_ratings", "1"),
        ("marked_p", "2"),
        ("marked_f", "1"),
        ("marked_k", "1"),
        ("plan_aims", "2"),
        ("plan_p", "1"),
        ("plan_k", "1"),
    ] {
        assert_eq!(get(&hers, column), value, "{column}");
    }
    assert_eq!(get(&hers, "aims_marked"), "RMF1-01.9 P RMF1-01.9 F RMF1-01.9 K RMF1-01.1 P");
    let hodans = row("Hodan Ali");
    assert_eq!((get(&hodans, "diary_days"), get(&hodans, "plan_aims")), ("0".to_string(), "0".to_string()));

    let text = pdftotext(Path::new(&saved.pdf));
    for expected in ["Månedsrapport til NAV – 11.2026", "Amina Hassan", "Hodan Ali", "Dager i dagboken denne måneden", "1 K av 2"] {
        assert!(text.contains(expected), "{expected:?} is not in:\n{text}");
    }
    let squeezed: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    assert!(squeezed.contains("P2·F1·K1") && squeezed.contains("50%riktig") && squeezed.contains("83%"), "{text}");
    // Hers alone: the aims marked this month, by name.
    let one = c.m.monthly_report("2026-11", Some(&amina.id)).unwrap();
    assert_eq!(one.trainees, 1);
    let text = pdftotext(Path::new(&one.pdf));
    assert!(text.contains("Mål merket denne måneden") && text.contains("K RMF1-01.9 Pakke og merke mat"), "{text}");
    // December: nothing new, the plan as it stood.
    let december = c.m.monthly_report("2026-12", Some(&amina.id)).unwrap();
    let row = csv::Reader::from_path(&december.csv).unwrap().records().next().unwrap().unwrap();
    assert_eq!((&row[3], &row[15], &row[20]), ("0", "0", "1"));
    // Not a month; not a mentor.
    assert_eq!(c.m.monthly_report("2026-13", None).unwrap_err().kind, ErrorKind::InvalidInput);
    assert_eq!(c.m.monthly_report("november", None).unwrap_err().kind, ErrorKind::InvalidInput);
    c.as_trainee(&amina);
    assert_eq!(c.m.monthly_report("2026-11", None).unwrap_err().kind, ErrorKind::NotAllowed);
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/credential").join(name)).unwrap()
}

/// The Ed25519 key pair of a multibase private key (`z` + base58btc of 0x8026 + seed) and public key.
fn key_pair(private_multibase: &str, public: &[u8]) -> ring::signature::Ed25519KeyPair {
    let bytes = bs58::decode(&private_multibase[1..]).into_vec().unwrap();
    assert_eq!(&bytes[..2], [0x80, 0x26], "an Ed25519 private key");
    ring::signature::Ed25519KeyPair::from_seed_and_public_key(&bytes[2..], public).unwrap()
}

#[test]
fn the_canonicaliser_and_the_proof_reproduce_the_w3c_eddsa_rdfc_2022_test_vectors() {
    use mestre::credential::{canonical_nquads, did_key, proof};
    let examples = fixture("credentials-examples-v2.jsonld");
    let extra = [("https://www.w3.org/ns/credentials/examples/v2", examples.as_str())];
    let unsigned: serde_json::Value = serde_json::from_str(&fixture("w3c-unsigned.json")).unwrap();
    assert_eq!(canonical_nquads(&unsigned.to_string(), &extra).unwrap(), fixture("w3c-canonDocDataInt.txt"));
    let config: serde_json::Value = serde_json::from_str(&fixture("w3c-proofConfigDataInt.json")).unwrap();
    assert_eq!(canonical_nquads(&config.to_string(), &extra).unwrap(), fixture("w3c-proofCanonDataInt.txt"));
    let data = proof::hash_data(&unsigned, &config, &extra).unwrap();
    assert_eq!(hex::encode(&data), fixture("w3c-combinedHashDataInt.txt").trim());
    // The key pair of the vectors signs the same bytes (Ed25519 is deterministic).
    let keys: serde_json::Value = serde_json::from_str(&fixture("w3c-keyPair.json")).unwrap();
    let public = did_key::public_key(&format!("did:key:{}", keys["publicKeyMultibase"].as_str().unwrap())).unwrap();
    let pair = key_pair(keys["privateKeyMultibase"].as_str().unwrap(), &public);
    assert_eq!(hex::encode(pair.sign(&data).as_ref()), fixture("w3c-sigHexDataInt.txt").trim());
    // The signed vector verifies; one changed byte anywhere does not.
    let signed: serde_json::Value = serde_json::from_str(&fixture("w3c-signedDataInt.json")).unwrap();
    let mut issued_by_key = signed.clone();
    issued_by_key["issuer"] = did_key::did(&public).into();
    assert!(proof::verify(&signed, &extra).is_err(), "its issuer is not the did:key that signed it");
    let mut changed = signed.clone();
    changed["credentialSubject"]["alumniOf"] = "The School of Exampled".into();
    let data_of = |doc: &serde_json::Value| proof::hash_data(doc, &signed["proof"], &extra).unwrap();
    let sig = bs58::decode(&signed["proof"]["proofValue"].as_str().unwrap()[1..]).into_vec().unwrap();
    let check =
        |doc: &serde_json::Value| ring::signature::UnparsedPublicKey::new(&ring::signature::ED25519, public).verify(&data_of(doc), &sig);
    assert!(check(&signed).is_ok());
    assert!(check(&changed).is_err());
    assert!(proof::verify(&issued_by_key, &extra).is_err(), "the issuer is part of what was signed");
}

#[test]
fn the_open_badges_implementation_guide_vector_canonicalises_and_signs_to_its_published_proof() {
    use mestre::credential::{canonical_nquads, proof};
    let unsigned: serde_json::Value = serde_json::from_str(&fixture("ob-unsigned.json")).unwrap();
    assert_eq!(canonical_nquads(&unsigned.to_string(), &[]).unwrap(), fixture("ob-document-canon.txt"));
    let options = serde_json::json!({
        "type": "DataIntegrityProof",
        "created": "2010-01-01T19:23:24Z",
        "verificationMethod": "https://example.edu/issuers/565049#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi",
        "cryptosuite": "eddsa-rdfc-2022",
        "proofPurpose": "assertionMethod"
    });
    let mut config = options.clone();
    config["@context"] = unsigned["@context"].clone();
    assert_eq!(canonical_nquads(&config.to_string(), &[]).unwrap(), fixture("ob-proof-canon.txt"));
    let data = proof::hash_data(&unsigned, &options, &[]).unwrap();
    // The guide's proof hash, then its document hash.
    assert_eq!(
        hex::encode(&data),
        "d34009cea0dbc1ca941e09dc01c8c9d3e3ce3c5b853f67ee44698dcea10f5d1987f65a76d40146205e3b3e06cb0fbd153f97f9ce70372390f52566bb7f9e0773"
    );
    let seed = hex::decode("6241a409e6707bb640a0140a8a32bc3d193c33a661747284d6adfa4ed4180be4").unwrap();
    let public = hex::decode("4bdeafde2ea8beefadd8c699b5c7e0704cf51154d52e17b20b71337ca04cc5a5").unwrap();
    let pair = ring::signature::Ed25519KeyPair::from_seed_and_public_key(&seed, &public).unwrap();
    let signed = proof::attach(&unsigned, options, |bytes| pair.sign(bytes).as_ref().to_vec()).unwrap();
    assert_eq!(
        signed["proof"][0]["proofValue"],
        "z5x9aCBYovW3CQCbKdNyhEm7ffYSw1YpEdPywQJoNbzDD2gkzQDKJ1sYKJaWvqZtkMtSbz35HcbgXVEDYHxCzgkCr"
    );
}

#[test]
fn a_checked_aim_becomes_an_open_badge_that_meets_the_schema_verifies_offline_and_fails_on_one_changed_byte() {
    use mestre::competence::credential::verify_file;
    let mut c = Cafe::new();
    let amina = c.amina.clone();
    c.m.set_plan(&amina.id, "RMF1-01.9", true).unwrap();
    c.aminas_work();
    c.as_mentor();
    c.m.link_evidence(&amina.id, "RMF1-01.9", EvidenceKind::FridgePractice, "round-1").unwrap();
    c.mark(&amina, "RMF1-01.9", Mark::Started, "").unwrap();
    c.mark(&amina, "RMF1-01.9", Mark::Completed, "").unwrap();
    // Not before K.
    assert_eq!(c.m.issue_credential(&amina.id, "RMF1-01.9").unwrap_err().kind, ErrorKind::AimNotChecked);
    c.mark(&amina, "RMF1-01.9", Mark::Checked, "").unwrap();
    let issued = c.m.issue_credential(&amina.id, "RMF1-01.9").unwrap();
    let json = std::fs::read_to_string(&issued.json).unwrap();
    let credential: serde_json::Value = serde_json::from_str(&json).unwrap();

    // 1EdTech's schema accepts it.
    let schema: serde_json::Value = serde_json::from_str(&fixture("ob_v3p0_achievementcredential_schema.json")).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let problems: Vec<String> = validator.iter_errors(&credential).map(|e| format!("{e} at {}", e.instance_path())).collect();
    assert!(problems.is_empty(), "{problems:#?}");
    // What it says: the aim, in Norwegian and Arabic, aligned to its curriculum code; her
    // name; the mentor's did:key as issuer; the evidence.
    assert_eq!(credential["credentialSubject"]["achievement"]["name"], "Pakke og merke mat / تغليف الطعام ووضع الملصقات");
    assert_eq!(credential["credentialSubject"]["achievement"]["alignment"][0]["targetCode"], "RMF1-01.9");
    assert_eq!(credential["credentialSubject"]["identifier"][0]["identityHash"], "Amina Hassan");
    assert!(credential["issuer"]["id"].as_str().unwrap().starts_with("did:key:z6Mk"));
    assert_eq!(credential["proof"][0]["cryptosuite"], "eddsa-rdfc-2022");
    assert!(credential["evidence"].as_array().is_some_and(|e| !e.is_empty()));

    // It verifies offline, as JSON and as the baked PNG.
    let checked = verify_file(json.as_bytes()).unwrap();
    assert_eq!((checked.subject.as_str(), checked.issuer_name.as_str()), ("Amina Hassan", "Kafe KIME (Ingrid Berg)"));
    let png = std::fs::read(&issued.png).unwrap();
    assert_eq!(verify_file(&png).unwrap(), checked);
    assert!(image::load_from_memory(&png).is_ok_and(|i| i.width() == 400), "the badge is a picture too");
    // One changed byte — in her name, the aim, the date — and it no longer verifies.
    for (from, to) in [("Amina Hassan", "Amina Hassam"), ("RMF1-01.9", "RMF1-01.8"), ("\"validFrom\": \"2026", "\"validFrom\": \"2025")] {
        let changed = json.replacen(from, to, 1);
        assert_ne!(changed, json);
        assert_eq!(verify_file(changed.as_bytes()).unwrap_err().kind, ErrorKind::CredentialInvalid, "{from} → {to}");
    }
    let mut flipped = png.clone();
    let at = flipped.windows(12).position(|w| w == b"Amina Hassan").unwrap();
    flipped[at] = b'a';
    assert_eq!(verify_file(&flipped).unwrap_err().kind, ErrorKind::CredentialInvalid);
    assert_eq!(verify_file(b"not a credential").unwrap_err().kind, ErrorKind::CredentialInvalid);
    // Only a mentor issues one.
    c.as_trainee(&amina);
    assert_eq!(c.m.issue_credential(&amina.id, "RMF1-01.9").unwrap_err().kind, ErrorKind::NotAllowed);
}
