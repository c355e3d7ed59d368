//! The word bank: the starter pack complete in every language, finding a word however
//! it is typed, words added with a photo and recordings, the FSRS schedule over
//! simulated days, and the word tables as a trust boundary between devices.

use mestre::changes::signing::sign_as_device;
use mestre::changes::{Change, Draft, Hlc};
use mestre::i18n::locales::LOCALES;
use mestre::sync::Replica;
use mestre::words::pack::Pack;
use mestre::words::practice::{schedule, streak, CardState, Rating, LEARNING_STEPS_MIN, RELEARNING_STEPS_MIN};
use mestre::words::search::fold;
use mestre::words::{
    Answer, Category, NewWord, PracticeMode, WordDraft, WordEdit, WordReviewDraft, WordReviewRow, WordRow, WordTranslationDraft,
};
use mestre::ErrorKind;

use crate::support::{cafe_with_trainee, jpeg, Harness, MENTOR_PASSWORD, PIN, T0};
use crate::support_cafe::{TestCafe, AMINA, HODAN};

const MINUTE: i64 = 60_000;
const DAY: i64 = 86_400_000;

fn voice_wav() -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = crate::audio::spoken_fixture(dir.path(), 0.5, 1.0);
    std::fs::read(path).unwrap()
}

fn as_amina(h: &mut Harness, amina: &mestre::people::Person) {
    h.mestre.logout();
    h.mestre.login_with_pin(&amina.id, &PIN).unwrap();
}

fn as_mentor(h: &mut Harness, mentor: &mestre::people::Person) {
    h.mestre.logout();
    h.mestre.login_with_password(&mentor.id, MENTOR_PASSWORD).unwrap();
}

#[test]
fn every_starter_word_has_its_picture_and_its_text_in_every_language() {
    let pack = Pack::shipped();
    assert!(pack.words.len() >= 300, "at least 300 starter words, not {}", pack.words.len());
    let pictures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/words/pictures");
    let mut problems = Vec::new();
    for word in &pack.words {
        if !pictures.join(format!("{}.svg", word.key)).is_file() {
            problems.push(format!("{}: no picture", word.key));
        }
        for locale in LOCALES {
            if word.text(locale.tag).is_none_or(|t| t.trim().is_empty()) {
                problems.push(format!("{}: nothing in {}", word.key, locale.tag));
            }
        }
    }
    for category in Category::ALL {
        if !pictures.join(format!("{}.svg", category.picture())).is_file() {
            problems.push(format!("category {category:?}: no picture"));
        }
        if category != Category::NewWords && !pack.words.iter().any(|w| w.category == category) {
            problems.push(format!("category {category:?}: no starter words"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // The Norwegian carries its article where the word has one.
    assert_eq!(pack.get("kitchen-knife").unwrap().text("nb"), Some("en kniv"));
}

#[test]
fn search_ignores_case_accents_and_the_letters_people_type_for_one_another() {
    for (typed, written) in [
        ("brod", "brød"),
        ("KJOLESKAP", "kjøleskap"),
        ("smorbrod", "smørbrød"),
        ("Bønner", "bonner"),
        ("sked", "SKED"),
        // Arabic without vowel marks, with a plain alef, with a dotless yeh.
        ("سكين", "سِكِّين"),
        ("ارز", "أرز"),
        ("مقلى", "مقلي"),
        ("ملعقه", "ملعقة"),
        // Persian and Dari keyboards give different kafs and yehs.
        ("کیک", "كيك"),
        // Ethiopic letters that sound alike in Tigrinya.
        ("ሰላም", "ሠላም"),
        ("ጸባ", "ፀባ"),
        // Ukrainian stays Ukrainian, but its case does not matter.
        ("ніж", "НІЖ"),
    ] {
        assert_eq!(fold(typed), fold(written), "{typed} / {written}");
    }
    assert_ne!(fold("kniv"), fold("kaffe"));
    assert_eq!(fold("  en   kniv! "), "en kniv");
}

#[test]
fn she_finds_a_word_by_typing_it_in_norwegian_or_in_her_language() {
    let (mut h, _, amina) = cafe_with_trainee();
    as_amina(&mut h, &amina);
    let knife = h.mestre.word("pack:kitchen-knife").unwrap();
    assert_eq!((knife.work.lang.as_str(), knife.work.article.as_str(), knife.work.bare.as_str()), ("nb", "en", "kniv"));
    assert_eq!((knife.home.lang.as_str(), knife.home.text.as_str()), ("ar", "سكين"));
    assert_eq!(knife.picture.as_deref(), Some("kitchen-knife"));

    for typed in ["kniv", "KNIV", "en kniv", "سِكِّين", "سك"] {
        let found = h.mestre.find_words(typed).unwrap();
        assert_eq!(
            found.first().map(|w| w.id.as_str()),
            Some("pack:kitchen-knife"),
            "{typed}: {:?}",
            found.iter().map(|w| &w.id).collect::<Vec<_>>()
        );
    }
    let bread: Vec<String> = h.mestre.find_words("brod").unwrap().into_iter().map(|w| w.id).collect();
    assert_eq!(bread.first().map(String::as_str), Some("pack:bread"), "{bread:?}");
    assert!(h.mestre.find_words("").unwrap().is_empty());
    assert!(h.mestre.find_words("zzqx").unwrap().is_empty());

    // A Tigrinya speaker finds the same word in Ethiopic script.
    as_mentor_then(&mut h, |m| m.set_caption_order(&amina.id, false).map(|_| ()));
    let hodan = add_trainee(&mut h, "Hodan", "ti");
    h.mestre.logout();
    h.mestre.login_with_pin(&hodan.id, &PIN).unwrap();
    let found = h.mestre.find_words("ካራ").unwrap();
    assert_eq!(found.first().map(|w| w.id.as_str()), Some("pack:kitchen-knife"));
    assert_eq!(found[0].home.text, "ካራ");
}

fn as_mentor_then(h: &mut Harness, f: impl FnOnce(&mut mestre::api::Mestre) -> mestre::Result<()>) {
    h.mestre.logout();
    let mentor = h.mestre.people().unwrap().into_iter().find(|p| p.role == mestre::people::Role::Mentor).unwrap();
    h.mestre.login_with_password(&mentor.id, MENTOR_PASSWORD).unwrap();
    f(&mut h.mestre).unwrap();
}

fn add_trainee(h: &mut Harness, name: &str, lang: &str) -> mestre::people::Person {
    h.mestre
        .add_trainee(mestre::people::NewTrainee {
            name: name.into(),
            photo: None,
            ui_lang: lang.into(),
            home_lang: lang.into(),
            pin: PIN.to_vec(),
        })
        .unwrap()
}

#[test]
fn browsing_shows_every_category_with_its_words_in_both_languages() {
    let (mut h, _, amina) = cafe_with_trainee();
    as_amina(&mut h, &amina);
    let categories = h.mestre.word_categories().unwrap();
    let shown: Vec<Category> = categories.iter().map(|c| c.category).collect();
    assert_eq!(shown, Category::ALL[..7].to_vec(), "no empty 'new words' card before there are any");
    assert!(categories.iter().all(|c| c.words > 0));
    let tools = h.mestre.words_in(Category::KitchenTools).unwrap();
    assert!(tools.iter().all(|w| w.category == Category::KitchenTools && !w.work.text.is_empty() && !w.home.text.is_empty()));
    assert!(tools.iter().any(|w| w.id == "pack:spoon"));
}

#[test]
fn a_mentor_adds_a_word_with_a_photo_and_two_recordings_and_the_trainee_sees_it() {
    let (mut h, mentor, amina) = cafe_with_trainee();
    let photo = h.mestre.import_photo(&jpeg(1200, 900)).unwrap();
    let norwegian = h.mestre.import_recording(&voice_wav()).unwrap();
    let arabic = h.mestre.import_recording(&voice_wav()).unwrap();
    let word = h
        .mestre
        .add_word(NewWord {
            category: Category::KitchenTools,
            text: "  ei   kakeform ".into(),
            photo: Some(photo.clone()),
            voice: Some(norwegian.clone()),
            other_lang: Some("ar".into()),
            other_text: "قالب كعك".into(),
            other_voice: Some(arabic.clone()),
        })
        .unwrap();
    assert_eq!((word.work.article.as_str(), word.work.bare.as_str()), ("ei", "kakeform"));
    assert_eq!(word.photo_thumb.as_ref(), Some(&photo.thumb));

    as_amina(&mut h, &amina);
    let seen = h.mestre.word(&word.id).unwrap();
    assert_eq!(seen.work.voice.as_ref().map(|v| &v.voice), Some(&norwegian.voice));
    assert_eq!(seen.home.text, "قالب كعك");
    assert_eq!(seen.home.voice.as_ref().map(|v| &v.voice), Some(&arabic.voice));
    assert!(h.mestre.words_in(Category::KitchenTools).unwrap().iter().any(|w| w.id == word.id));
    assert_eq!(h.mestre.find_words("KAKEFORM").unwrap().first().map(|w| &w.id), Some(&word.id));

    // She records how a starter word sounds in Arabic; the mentor later fixes its spelling.
    let her_voice = h.mestre.import_recording(&voice_wav()).unwrap();
    h.mestre
        .edit_word(WordEdit {
            id: "pack:spoon".into(),
            other_lang: Some("ar".into()),
            other_voice: Some(her_voice.clone()),
            ..Default::default()
        })
        .unwrap();
    as_mentor(&mut h, &mentor);
    // The mentor reads the word in Arabic to edit it, whatever her own language.
    let in_arabic = h.mestre.word_in("pack:spoon", "ar").unwrap();
    assert_eq!((in_arabic.home.text.as_str(), in_arabic.home.voice.as_ref().map(|v| &v.voice)), ("ملعقة", Some(&her_voice.voice)));
    assert_eq!(h.mestre.word_in("pack:spoon", "xx").unwrap_err().kind, ErrorKind::InvalidInput);
    h.mestre.edit_word(WordEdit { id: "pack:spoon".into(), text: Some("ei skje".into()), ..Default::default() }).unwrap();
    as_amina(&mut h, &amina);
    let spoon = h.mestre.word("pack:spoon").unwrap();
    assert_eq!(spoon.work.text, "ei skje");
    assert_eq!(spoon.home.text, "ملعقة", "the pack's Arabic stays under her recording");
    assert_eq!(spoon.home.voice.map(|v| v.voice), Some(her_voice.voice));
}

#[test]
fn a_word_without_text_photo_or_sound_and_other_bad_input_is_refused_and_nothing_is_stored() {
    let (mut h, _, amina) = cafe_with_trainee();
    as_amina(&mut h, &amina);
    let before = h.mestre.store().count_rows(WordRow::TABLE).unwrap();
    let new = |text: &str| NewWord {
        category: Category::NewWords,
        text: text.into(),
        photo: None,
        voice: None,
        other_lang: None,
        other_text: String::new(),
        other_voice: None,
    };
    assert_eq!(h.mestre.add_word(new("   ")).unwrap_err().kind, ErrorKind::InvalidInput);
    assert_eq!(h.mestre.add_word(new(&"a".repeat(500))).unwrap_err().kind, ErrorKind::InvalidInput);
    let not_stored = mestre::media::Clip { voice: mestre::media::sha256_hex(b"never stored"), duration_ms: 900 };
    assert_eq!(h.mestre.add_word(NewWord { voice: Some(not_stored), ..new("en visp") }).unwrap_err().kind, ErrorKind::NotFound);
    assert_eq!(
        h.mestre.add_word(NewWord { other_lang: Some("xx".into()), other_text: "?".into(), ..new("en visp") }).unwrap_err().kind,
        ErrorKind::InvalidInput
    );
    assert_eq!(
        h.mestre.edit_word(WordEdit { id: "pack:nothing-like-it".into(), ..Default::default() }).unwrap_err().kind,
        ErrorKind::NotFound
    );
    assert_eq!(h.mestre.remove_word("pack:spoon").unwrap_err().kind, ErrorKind::NotAllowed, "only mentors remove words");
    assert_eq!(h.mestre.store().count_rows(WordRow::TABLE).unwrap(), before);
    assert_eq!(h.mestre.word("pack:spoon").unwrap().work.text, "en skje");
}

#[test]
fn a_removed_starter_word_is_gone_from_the_bank_but_her_practice_log_keeps_it() {
    let (mut h, mentor, amina) = cafe_with_trainee();
    as_amina(&mut h, &amina);
    h.mestre
        .answer_practice(Answer { word_id: "pack:spoon".into(), mode: PracticeMode::HearAndFind, rating: Rating::Good, recording: None })
        .unwrap();
    as_mentor(&mut h, &mentor);
    h.mestre.remove_word("pack:spoon").unwrap();
    assert_eq!(h.mestre.word("pack:spoon").unwrap_err().kind, ErrorKind::NotFound);
    assert!(!h.mestre.words_in(Category::KitchenTools).unwrap().iter().any(|w| w.id == "pack:spoon"));
    let log: Vec<WordReviewRow> = h.mestre.store().word_reviews_of(&amina.id).unwrap();
    assert_eq!(log.len(), 1);
    as_amina(&mut h, &amina);
    assert!(h.mestre.practice_session().unwrap().cards.iter().all(|c| c.word.id != "pack:spoon"));
}

#[test]
fn the_schedule_follows_learning_steps_then_fsrs_days_and_a_lapse_relearns() {
    let again = |card: Option<&CardState>, now| schedule(card, Rating::Again, now).unwrap();
    let good = |card: Option<&CardState>, now| schedule(card, Rating::Good, now).unwrap();
    let card_of = |s: mestre::words::practice::Scheduled, reviewed_ms, reviews| CardState {
        reviewed_ms,
        due_ms: s.due_ms,
        stability: s.stability,
        difficulty: s.difficulty,
        step: s.step,
        reviews,
    };
    // A new word: Good moves to the second step (10 minutes), Again back to the first.
    let first = good(None, T0);
    assert_eq!((first.step, first.due_ms), (2, T0 + LEARNING_STEPS_MIN[1] * MINUTE));
    let missed = again(None, T0);
    assert_eq!((missed.step, missed.due_ms), (1, T0 + LEARNING_STEPS_MIN[0] * MINUTE));
    // Good at the last step: learnt, back in whole days (what FSRS says, at least one).
    let t1 = first.due_ms;
    let learnt = good(Some(&card_of(first, T0, 1)), t1);
    assert_eq!(learnt.step, 0);
    let days = (learnt.due_ms - t1) / DAY;
    assert!(days >= 1 && (learnt.due_ms - t1) % DAY == 0, "{days} days");
    // Answered right when due, each interval is longer than the one before.
    let mut card = card_of(learnt, t1, 2);
    let mut last_interval = days;
    let mut now = learnt.due_ms;
    for round in 0..4 {
        let next = good(Some(&card), now);
        let interval = (next.due_ms - now) / DAY;
        assert!(interval > last_interval, "round {round}: {interval} after {last_interval} days");
        assert_eq!(next.elapsed_days, last_interval);
        card = card_of(next, now, card.reviews + 1);
        last_interval = interval;
        now = next.due_ms;
    }
    // Forgotten: back in ten minutes, relearning; then days again, fewer than before.
    let lapse = again(Some(&card), now);
    assert_eq!((lapse.step, lapse.due_ms), (-1, now + RELEARNING_STEPS_MIN[0] * MINUTE));
    assert!(lapse.stability < card.stability);
    let relearnt = good(Some(&card_of(lapse, now, card.reviews + 1)), lapse.due_ms);
    assert_eq!(relearnt.step, 0);
    assert!((relearnt.due_ms - lapse.due_ms) / DAY < last_interval);
}

#[test]
fn practising_over_simulated_days_brings_each_word_back_when_fsrs_says() {
    let (mut h, _, amina) = cafe_with_trainee();
    as_amina(&mut h, &amina);
    let session = h.mestre.practice_session().unwrap();
    assert_eq!(session.cards.len(), mestre::words::practice::NEW_PER_DAY, "a first session: ten new words");
    assert!(session.cards.iter().all(|c| c.is_new));
    for card in &session.cards {
        if card.mode != PracticeMode::SeeAndSay {
            assert_eq!(card.choices.len(), 4);
            assert_eq!(card.choices.iter().filter(|c| c.id == card.word.id).count(), 1, "the word is among its choices once");
        }
    }
    let word = session.cards[0].word.id.clone();
    let answer = |rating| Answer { word_id: word.clone(), mode: PracticeMode::HearAndFind, rating, recording: None };
    let answered = h.mestre.answer_practice(answer(Rating::Good)).unwrap();
    assert_eq!(answered.due_ms, T0 + 10 * MINUTE);
    assert!(answered.progress.practised_today);
    assert_eq!(answered.progress.streak_days, 1);
    // Not due yet: not in the next session's reviews; within the learn-ahead window it is.
    h.clock.advance_minutes(1);
    assert!(h.mestre.practice_session().unwrap().cards.iter().any(|c| c.word.id == word && !c.is_new));
    h.clock.advance_minutes(9);
    let learnt = h.mestre.answer_practice(answer(Rating::Good)).unwrap();
    assert_eq!(learnt.progress.known_count, 1);
    assert_eq!(learnt.progress.known[0].id, word);
    let days = learnt.interval_days;
    assert!(days >= 1);
    // The day before it is due, it does not come; on the day, it does.
    h.clock.advance_ms((days - 1) * DAY);
    let reviews =
        |h: &Harness| h.mestre.practice_session().unwrap().cards.into_iter().filter(|c| !c.is_new).map(|c| c.word.id).collect::<Vec<_>>();
    assert!(!reviews(&h).contains(&word));
    h.clock.advance_ms(DAY);
    assert!(reviews(&h).contains(&word));
    let again = h.mestre.answer_practice(answer(Rating::Good)).unwrap();
    assert!(again.interval_days > days, "{} after {days}", again.interval_days);
    assert_eq!(again.progress.streak_days, 1, "a gap of days breaks the streak");
    // Ten new words a day at most, counted from her first answers today.
    let new_today = h.mestre.practice_session().unwrap().cards.iter().filter(|c| c.is_new).count();
    assert_eq!(new_today, mestre::words::practice::NEW_PER_DAY);
}

#[test]
fn a_streak_counts_days_in_a_row_up_to_today_or_yesterday() {
    let days = |d: &[&str]| d.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(streak(&days(&["2026-11-22", "2026-11-21", "2026-11-20", "2026-11-18"]), "2026-11-22"), 3);
    assert_eq!(streak(&days(&["2026-11-21", "2026-11-20"]), "2026-11-22"), 2, "not yet today: yesterday still counts");
    assert_eq!(streak(&days(&["2026-11-19"]), "2026-11-22"), 0);
    assert_eq!(streak(&days(&[]), "2026-11-22"), 0);
    assert_eq!(streak(&days(&["2026-03-01", "2026-02-28"]), "2026-03-01"), 2, "across the end of a month");
}

#[test]
fn words_merge_per_field_between_tablets_and_forged_changes_to_them_are_refused() {
    let mut cafe = TestCafe::new(2);
    // Two tablets change the same starter word, each a different field: both stay.
    cafe.write(0, AMINA, None, vec![WordDraft::new("pack:spoon", "pack").pack_key("spoon").text("ei skje").into()]).unwrap();
    cafe.write(1, HODAN, None, vec![WordDraft::new("pack:spoon", "pack").pack_key("spoon").voice_ms(800).into()]).unwrap();
    cafe.exchange(0, 1);
    for r in &cafe.replicas {
        let row: WordRow = r.store.get("pack:spoon").unwrap().unwrap();
        assert_eq!((row.text.as_str(), row.voice_ms), ("ei skje", 800));
    }
    // Her practice log: Hodan cannot write into it, and Amina cannot change an entry.
    let review = |id: &str, owner: &str, rating: i64| -> mestre::changes::Draft {
        WordReviewDraft::new(id, owner).word_id("pack:spoon").mode(PracticeMode::Match).rating(rating).reviewed_ms(T0).into()
    };
    cafe.write(1, AMINA, None, vec![review("r-1", AMINA, 3)]).unwrap();
    cafe.exchange(0, 1);
    assert_eq!(cafe.write(1, HODAN, None, vec![review("r-2", AMINA, 4)]).unwrap_err().kind, ErrorKind::NotAllowed);
    assert_eq!(cafe.write(1, AMINA, None, vec![review("r-1", AMINA, 4)]).unwrap_err().kind, ErrorKind::NotAllowed);
    // The same changes forged on a tablet's own log and sent anyway are refused on arrival.
    assert!(cafe.replicas[0].store.refused(100).unwrap().is_empty());
    let tablet = &cafe.replicas[1];
    let forged_entry = forged(tablet, 1, AMINA, review("r-3", HODAN, 4), |_| {});
    let forged_edit = forged(tablet, 2, AMINA, review("r-1", AMINA, 1), |_| {});
    let translation = WordTranslationDraft::new("pack:spoon/ar", "pack").word_id("pack:spoon").lang("ar").voice_ms(5).into();
    let forged_value = forged(tablet, 3, AMINA, translation, |c| {
        c.fields.insert("voice".into(), serde_json::json!("not a media hash"));
    });
    let report = cafe.replicas[0].apply(T0 + 10_000, "peer", vec![forged_entry, forged_edit, forged_value]).unwrap();
    assert_eq!(report.quarantined, 3, "{report:?}");
    let reasons = cafe.refusals(0);
    assert_eq!(reasons, vec!["append-only", "invalid", "not-owner"], "{reasons:?}");
    let kept: WordReviewRow = cafe.replicas[0].store.get("r-1").unwrap().unwrap();
    assert_eq!(kept.rating, 3);
    assert!(cafe.replicas[0].store.get::<WordReviewRow>("r-3").unwrap().is_none());
    let translation: Option<mestre::words::WordTranslationRow> = cafe.replicas[0].store.get("pack:spoon/ar").unwrap();
    assert!(translation.is_none());
}

/// A change as a hand-edited log on tablet `r` would hold it: signed by the tablet, the
/// `nth` next in its log, stamped after everything else here; `edit` changes it before
/// it is signed.
pub fn forged(r: &Replica, nth: i64, author: &str, draft: Draft, edit: impl Fn(&mut Change)) -> Change {
    let seq = r.store.version_vector().unwrap().get(&r.log_id.0).copied().unwrap_or(0) + nth;
    let mut change = Change::from_draft(r.log_id.clone(), seq, Hlc::new((T0 + 5_000 + nth) as u64, 0), author, draft);
    edit(&mut change);
    sign_as_device(&r.device_key, &mut change);
    change
}

#[test]
fn a_new_word_in_her_diary_is_a_word_of_the_bank_spelled_there_and_still_readable_when_removed() {
    let (mut h, mentor, amina) = cafe_with_trainee();
    as_amina(&mut h, &amina);
    let clip = h.mestre.import_recording(&voice_wav()).unwrap();
    let picture = h.mestre.import_my_photo(&jpeg(400, 300)).unwrap();
    let day = h.mestre.add_my_word(Some(&picture), &clip).unwrap();
    let item = day.items.last().unwrap().clone();
    let word = h.mestre.word(&item.id).unwrap();
    assert_eq!(word.category, Category::NewWords);
    assert_eq!(word.photo_thumb.as_ref(), Some(&picture.thumb));
    assert_eq!(word.work.voice.as_ref().map(|v| &v.voice), Some(&clip.voice));
    assert!(h.mestre.word_categories().unwrap().iter().any(|c| c.category == Category::NewWords && c.words == 1));

    // The mentor spells it from the diary; later she corrects it in the bank.
    as_mentor(&mut h, &mentor);
    h.mestre.set_word_text(&item.id, "kanelbolle").unwrap();
    assert_eq!(h.mestre.word(&item.id).unwrap().work.text, "kanelbolle");
    h.mestre.edit_word(WordEdit { id: item.id.clone(), text: Some("en kanelbolle".into()), ..Default::default() }).unwrap();
    assert_eq!(h.mestre.diary_day(&day.id).unwrap().items.last().unwrap().text, "en kanelbolle");

    // Removed from the bank, the diary page still shows the word, its picture and her voice.
    h.mestre.remove_word(&item.id).unwrap();
    assert_eq!(h.mestre.word(&item.id).unwrap_err().kind, ErrorKind::NotFound);
    let kept = h.mestre.diary_day(&day.id).unwrap().items.last().unwrap().clone();
    assert_eq!(
        (kept.text.as_str(), kept.voice.as_ref(), kept.photo_thumb.as_ref()),
        ("kanelbolle", Some(&clip.voice), Some(&picture.thumb))
    );
}

#[test]
fn a_word_written_through_another_connection_shows_at_once_on_an_open_screen() {
    let dir = tempfile::tempdir().unwrap();
    let mut mestre = mestre::api::Mestre::open(dir.path()).unwrap();
    let mentor = crate::support::setup(&mut mestre);
    let before = mestre.words_in(Category::KitchenTools).unwrap();
    // A sync in the background writes through its own connection to the same file.
    let mut other = Replica::open(dir.path(), T0).unwrap();
    let draft = WordDraft::new("word-whisk", &mentor.id).category(Some(Category::KitchenTools)).text("en visp");
    other.record_as(&mentor.id, None, T0, vec![draft.into()]).unwrap();
    let after = mestre.words_in(Category::KitchenTools).unwrap();
    assert_eq!(after.len(), before.len() + 1);
    assert_eq!(after.last().unwrap().work.bare, "visp");
    // And a write through this Mestre shows too.
    mestre.edit_word(WordEdit { id: "word-whisk".into(), text: Some("ei visp".into()), ..Default::default() }).unwrap();
    assert_eq!(mestre.word("word-whisk").unwrap().work.article, "ei");
    // A starter word removed, then brought back, and a translation: each seen at once.
    let tombstone = |deleted: bool| WordDraft::new("pack:spoon", "pack").pack_key("spoon").deleted(deleted).into();
    other.record_as(&mentor.id, None, T0, vec![tombstone(true)]).unwrap();
    assert_eq!(mestre.word("pack:spoon").unwrap_err().kind, ErrorKind::NotFound);
    other.record_as(&mentor.id, None, T0, vec![tombstone(false)]).unwrap();
    assert_eq!(mestre.word("pack:spoon").unwrap().work.text, "en skje");
    let arabic = WordTranslationDraft::new("word-whisk/ar", &mentor.id).word_id("word-whisk").lang("ar").text("مخفقة");
    other.record_as(&mentor.id, None, T0, vec![arabic.into()]).unwrap();
    assert_eq!(mestre.word_in("word-whisk", "ar").unwrap().home.text, "مخفقة");
    // Many words at once (a first sync): read all again, none missed.
    let many: Vec<mestre::changes::Draft> = (0..300)
        .map(|i| WordDraft::new(format!("word-{i}"), &mentor.id).category(Some(Category::Cleaning)).text(format!("ord {i}")).into())
        .collect();
    let before = mestre.words_in(Category::Cleaning).unwrap().len();
    other.record_as(&mentor.id, None, T0, many).unwrap();
    assert_eq!(mestre.words_in(Category::Cleaning).unwrap().len(), before + 300);
}
