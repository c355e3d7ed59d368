//! The mentor's follow-up: who needs her today (ranked with a fixed clock), what is new
//! since she last looked, one trainee's week on one page, and a suggestion the trainee
//! sees on her tablet.

use mestre::diary::Mood;
use mestre::people::{NewTrainee, Person};
use mestre::review::{rank, Attention, NewWork, Signals, SuggestionKind};
use mestre::words::practice::Rating;
use mestre::ErrorKind;

use crate::support::{fresh, jpeg, setup, Harness, MENTOR_PASSWORD, PIN};

const DAY: i64 = 86_400_000;

fn signals() -> Signals {
    Signals { last_day: Some("2026-11-21".into()), ..Default::default() }
}

#[test]
fn the_ranking_puts_a_long_silence_first_then_a_hard_day_then_failing_practice_then_waiting_self_assessments() {
    let today = "2026-11-22";
    let started = "2026-09-01";
    let quiet = Signals { last_day: Some("2026-11-13".into()), ..Default::default() };
    let (why, silent) = rank(&quiet, today, started);
    assert_eq!(why, [Attention::NoDiary { days: 9 }]);
    // Six days is not a week yet; a trainee who joined yesterday is not silent.
    assert!(rank(&Signals { last_day: Some("2026-11-16".into()), ..Default::default() }, today, started).0.is_empty());
    assert!(rank(&Signals::default(), today, "2026-11-21").0.is_empty());
    assert_eq!(rank(&Signals::default(), today, "2026-11-10").0, [Attention::NoDiary { days: 12 }]);

    let hard = Signals { moods: vec![("2026-11-21".into(), Mood::Hard)], ..signals() };
    let (why, low) = rank(&hard, today, started);
    assert_eq!(why, [Attention::LowMood { mood: Mood::Hard, days: 1 }]);
    // One tired day after good ones is an ordinary day; two are a sign.
    let once = Signals { moods: vec![("2026-11-21".into(), Mood::Good), ("2026-11-20".into(), Mood::Tired)], ..signals() };
    assert!(rank(&once, today, started).0.is_empty());
    let twice = Signals { moods: vec![("2026-11-21".into(), Mood::Tired), ("2026-11-20".into(), Mood::Tired)], ..signals() };
    assert_eq!(rank(&twice, today, started).0, [Attention::LowMood { mood: Mood::Tired, days: 2 }]);

    let failing = Signals { week_answers: 12, week_again: 6, fridge_week: 3, fridge_failed: 2, ..signals() };
    let (why, practice) = rank(&failing, today, started);
    assert_eq!(why.len(), 2);
    assert!(why.contains(&Attention::PracticeFailing { again: 6, answers: 12 }) && why.contains(&Attention::FridgeFailing { rounds: 2 }));
    // A few wrong answers, or one bad fridge round, are part of learning.
    assert!(rank(&Signals { week_answers: 8, week_again: 8, fridge_week: 1, fridge_failed: 1, ..signals() }, today, started).0.is_empty());

    let waiting = Signals { new: NewWork { ratings: 2, photos: 3, ..Default::default() }, ..signals() };
    let (why, rated) = rank(&waiting, today, started);
    assert_eq!(why, [Attention::WaitingForMark { aims: 2 }]);
    let (_, busy) = rank(&Signals { new: NewWork { photos: 3, ..Default::default() }, ..signals() }, today, started);
    let (_, calm) = rank(&signals(), today, started);

    assert!(
        silent > low && low > rated && practice > rated && rated > busy && busy > calm,
        "{silent} {low} {practice} {rated} {busy} {calm}"
    );
    // Everything at once adds up: she comes before anyone with one sign.
    let all =
        Signals { last_day: Some("2026-11-10".into()), moods: hard.moods.clone(), week_answers: 12, week_again: 6, ..Default::default() };
    let (why, score) = rank(&all, today, started);
    assert!(matches!(why[0], Attention::NoDiary { days: 12 }) && score > silent);
}

fn trainee(h: &mut Harness, name: &str) -> Person {
    h.mestre
        .add_trainee(NewTrainee { name: name.into(), photo: None, ui_lang: "nb".into(), home_lang: "ar".into(), pin: PIN.to_vec() })
        .unwrap()
}

fn as_trainee(h: &mut Harness, who: &Person) {
    h.mestre.logout();
    h.mestre.login_with_pin(&who.id, &PIN).unwrap();
}

fn as_mentor(h: &mut Harness, mentor: &Person) {
    h.mestre.logout();
    h.mestre.login_with_password(&mentor.id, MENTOR_PASSWORD).unwrap();
}

#[test]
fn today_at_a_glance_ranks_her_trainees_and_counts_what_is_new_since_she_last_looked() {
    let mut h = fresh();
    // Ten days ago: the café starts with three trainees.
    h.clock.advance_ms(-10 * DAY);
    let ingrid = setup(&mut h.mestre);
    let amina = trainee(&mut h, "Amina");
    let hodan = trainee(&mut h, "Hodan");
    let selam = trainee(&mut h, "Selam");
    // Nine days ago Amina writes her last day.
    h.clock.advance_ms(DAY);
    as_trainee(&mut h, &amina);
    h.mestre.set_my_mood(Mood::Good).unwrap();
    // Yesterday Hodan had a hard day; today Selam adds a photo and a good day.
    h.clock.advance_ms(8 * DAY);
    as_trainee(&mut h, &hodan);
    h.mestre.set_my_mood(Mood::Hard).unwrap();
    h.clock.advance_ms(DAY);
    as_trainee(&mut h, &selam);
    h.mestre.set_my_mood(Mood::Good).unwrap();
    h.mestre.add_my_photo(&jpeg(400, 300)).unwrap();
    // Fatima joins today: no diary yet, and that is no sign.
    as_mentor(&mut h, &ingrid);
    let fatima = trainee(&mut h, "Fatima");

    // Only mentors see the dashboard.
    as_trainee(&mut h, &selam);
    assert_eq!(h.mestre.mentor_today().unwrap_err().kind, ErrorKind::NotAllowed);
    as_mentor(&mut h, &ingrid);
    let today = h.mestre.mentor_today().unwrap();
    let order: Vec<&str> = today.trainees.iter().map(|t| t.person.name.as_str()).collect();
    assert_eq!(order, ["Amina", "Hodan", "Selam", "Fatima"]);
    assert_eq!(today.trainees[0].attention, [Attention::NoDiary { days: 9 }]);
    assert_eq!(today.trainees[1].attention, [Attention::LowMood { mood: Mood::Hard, days: 1 }]);
    let selams = &today.trainees[2];
    assert!(selams.attention.is_empty());
    assert_eq!((selams.new.days, selams.new.photos, selams.seen_ms), (1, 1, None));
    assert_eq!(today.trainees[3].person.id, fatima.id);

    // She reviews Selam's week and marks it seen: nothing new from Selam any more.
    let review = h.mestre.review_trainee(&selam.id, 7).unwrap();
    assert_eq!(review.days.len(), 1);
    assert_eq!(review.days[0].mood, Some(Mood::Good));
    assert!(review.days[0].items[0].photo.is_some());
    h.mestre.mark_seen(&selam.id).unwrap();
    let today = h.mestre.mentor_today().unwrap();
    let selams = today.trainees.iter().find(|t| t.person.id == selam.id).unwrap();
    assert_eq!((selams.new.total(), selams.seen_ms.is_some()), (0, true));
    let order: Vec<&str> = today.trainees.iter().map(|t| t.person.name.as_str()).collect();
    assert_eq!(order, ["Amina", "Hodan", "Fatima", "Selam"], "seen and calm: last, by name");

    // An hour later Selam adds another photo: it is new again, for this mentor.
    h.clock.advance_ms(3_600_000);
    as_trainee(&mut h, &selam);
    h.mestre.add_my_photo(&jpeg(300, 300)).unwrap();
    as_mentor(&mut h, &ingrid);
    let today = h.mestre.mentor_today().unwrap();
    let selams = today.trainees.iter().find(|t| t.person.id == selam.id).unwrap();
    assert_eq!((selams.new.photos, selams.new.days), (1, 0));
    // A mentor's review is not a trainee's, and a trainee cannot be marked seen by one.
    assert_eq!(h.mestre.review_trainee(&ingrid.id, 7).unwrap_err().kind, ErrorKind::NotFound);
    as_trainee(&mut h, &amina);
    assert_eq!(h.mestre.mark_seen(&selam.id).unwrap_err().kind, ErrorKind::NotAllowed);
}

#[test]
fn a_suggested_word_or_recipe_shows_on_her_tablet_with_its_picture_and_the_mentors_name() {
    let mut h = fresh();
    let ingrid = setup(&mut h.mestre);
    let amina = trainee(&mut h, "Amina");
    h.mestre.suggest_practice(&amina.id, SuggestionKind::Word, "pack:kitchen-knife").unwrap();
    h.clock.advance_ms(1_000);
    let shown = h.mestre.suggest_practice(&amina.id, SuggestionKind::Recipe, "pack:vafler").unwrap();
    assert_eq!(shown.len(), 2);
    // Something that does not exist is refused, not shown empty.
    assert_eq!(h.mestre.suggest_practice(&amina.id, SuggestionKind::Word, "pack:no-such-word").unwrap_err().kind, ErrorKind::NotFound);
    assert_eq!(h.mestre.suggest_practice(&ingrid.id, SuggestionKind::Word, "pack:kitchen-knife").unwrap_err().kind, ErrorKind::NotFound);

    as_trainee(&mut h, &amina);
    let mine = h.mestre.my_suggestions().unwrap();
    assert_eq!(mine.iter().map(|s| s.kind).collect::<Vec<_>>(), [SuggestionKind::Recipe, SuggestionKind::Word], "newest first");
    assert_eq!(mine[1].title.work, "en kniv");
    assert_eq!(mine[1].title.home, "سكين");
    assert!(mine[0].picture.is_some() && mine[1].picture.is_some());
    assert_eq!(mine[0].mentor, "Ingrid");
    assert_eq!(h.mestre.suggest_practice(&amina.id, SuggestionKind::Word, "pack:kitchen-knife").unwrap_err().kind, ErrorKind::NotAllowed);
}

#[test]
fn her_charts_count_her_days_and_right_answers_week_by_week_and_the_groups_add_everyone_up() {
    let mut h = fresh();
    let ingrid = setup(&mut h.mestre);
    let amina = trainee(&mut h, "Amina");
    let hodan = trainee(&mut h, "Hodan");
    // Sunday 22 November is T0. Amina keeps Friday to Sunday of last week and a Sunday
    // three weeks before; on Monday (this week) Hodan keeps a day and Amina practises.
    h.clock.advance_ms(-21 * DAY);
    as_trainee(&mut h, &amina);
    h.mestre.set_my_mood(Mood::Good).unwrap();
    h.clock.advance_ms(21 * DAY - 2 * DAY);
    for _ in 0..3 {
        h.mestre.set_my_mood(Mood::Ok).unwrap();
        h.clock.advance_ms(DAY);
    }
    as_trainee(&mut h, &hodan);
    h.mestre.set_my_mood(Mood::Good).unwrap();
    // Amina practises: every answer right.
    as_trainee(&mut h, &amina);
    let session = h.mestre.practice_session().unwrap();
    for card in session.cards.iter().take(4) {
        h.mestre
            .answer_practice(mestre::words::Answer {
                word_id: card.word.id.clone(),
                mode: card.mode,
                rating: Rating::Good,
                recording: None,
            })
            .unwrap();
    }
    as_mentor(&mut h, &ingrid);
    let hers = h.mestre.trainee_charts(&amina.id).unwrap();
    assert_eq!(hers.diary_days.x.len(), 12, "twelve weeks");
    let days: Vec<f64> = hers.diary_days.lines[0].values.iter().map(|v| v.unwrap_or(0.0)).collect();
    assert_eq!(days.iter().sum::<f64>(), 4.0, "her four days: {days:?}");
    assert_eq!((days[7], days[10], days[11]), (1.0, 3.0, 0.0), "one day three weeks ago, three last week: {days:?}");
    assert_eq!(hers.diary_days.x[11], "2026-11-23", "this week begins on Monday");
    let group = h.mestre.group_charts().unwrap();
    let all: f64 = group.diary_days.lines[0].values.iter().map(|v| v.unwrap_or(0.0)).sum();
    assert_eq!(all, 5.0, "the group adds Hodan's day");
    assert_eq!(group.diary_days.lines[0].values[11], Some(1.0));
    // Weeks without practice have no accuracy (not 0 %); this week's is 100 %.
    assert!(hers.accuracy.lines[0].values[..8].iter().all(Option::is_none));
    assert_eq!(hers.accuracy.lines[0].values[11], Some(100.0));
    assert_eq!(group.fridge.x.len(), 30);
    // Only mentors see charts; a mentor is no trainee to chart.
    assert_eq!(h.mestre.trainee_charts(&ingrid.id).unwrap_err().kind, ErrorKind::NotFound);
    as_trainee(&mut h, &amina);
    assert_eq!(h.mestre.group_charts().unwrap_err().kind, ErrorKind::NotAllowed);
}

#[test]
fn an_archived_trainee_leaves_the_wall_and_the_dashboard_keeps_her_book_and_comes_back() {
    let mut h = fresh();
    let ingrid = setup(&mut h.mestre);
    let amina = trainee(&mut h, "Amina");
    trainee(&mut h, "Hodan");
    as_trainee(&mut h, &amina);
    h.mestre.set_my_mood(Mood::Good).unwrap();
    as_mentor(&mut h, &ingrid);
    assert!(h.mestre.set_archived(&amina.id, true).unwrap().archived);
    let names: Vec<String> = h.mestre.mentor_today().unwrap().trainees.into_iter().map(|t| t.person.name).collect();
    assert_eq!(names, ["Hodan"]);
    assert_eq!(h.mestre.diary_days(&amina.id).unwrap().len(), 1, "her book is kept");
    assert!(h.mestre.people().unwrap().iter().any(|p| p.id == amina.id && p.archived), "the wall leaves her out by the flag");
    assert!(!h.mestre.set_archived(&amina.id, false).unwrap().archived);
    assert_eq!(h.mestre.mentor_today().unwrap().trainees.len(), 2);
    assert_eq!(h.mestre.set_archived(&ingrid.id, true).unwrap_err().kind, ErrorKind::InvalidInput);
}

#[test]
fn the_cafe_chooses_its_country_and_the_languages_it_offers() {
    let mut h = fresh();
    setup(&mut h.mestre);
    assert_eq!(h.mestre.app_state().unwrap().locales.len(), 12, "every language while none is chosen");
    let cafe = h.mestre.set_cafe_settings(mestre::cafe::Country::Sweden, vec!["ar".into(), "so".into(), "ar".into()]).unwrap();
    assert_eq!((cafe.country, cafe.languages.clone()), (mestre::cafe::Country::Sweden, vec!["ar".to_string(), "so".to_string()]));
    let offered: Vec<String> = h.mestre.app_state().unwrap().locales.into_iter().map(|l| l.tag.to_string()).collect();
    assert!(offered.contains(&"ar".to_string()) && offered.contains(&"so".to_string()) && !offered.contains(&"uk".to_string()));
    assert!(offered.iter().any(|t| t == "sv" || t == "nb"), "the working language is always offered: {offered:?}");
    assert_eq!(
        h.mestre.set_cafe_settings(mestre::cafe::Country::Norway, vec!["xx-nope".into()]).unwrap_err().kind,
        ErrorKind::InvalidInput
    );
    h.mestre.logout();
    assert_eq!(h.mestre.set_cafe_settings(mestre::cafe::Country::Norway, vec![]).unwrap_err().kind, ErrorKind::NotAllowed);
}

#[test]
fn the_studio_lists_the_words_a_language_lacks_first_and_counts_each_recording() {
    let mut h = fresh();
    setup(&mut h.mestre);
    let before = h.mestre.studio_words("ti").unwrap();
    assert_eq!(before.recorded, 0);
    assert!(before.total >= 300);
    let first = before.words[0].clone();
    assert!(!first.recorded && !first.work_text.is_empty());
    let dir = tempfile::tempdir().unwrap();
    let (wav, _) = crate::audio::spoken_fixture(dir.path(), 0.3, 1.0);
    let clip = h.mestre.import_recording(&std::fs::read(wav).unwrap()).unwrap();
    h.mestre
        .edit_word(mestre::words::WordEdit {
            id: first.id.clone(),
            other_lang: Some("ti".into()),
            other_voice: Some(clip),
            ..Default::default()
        })
        .unwrap();
    let after = h.mestre.studio_words("ti").unwrap();
    assert_eq!(after.recorded, 1);
    assert_eq!(after.words.last().map(|w| (w.id.clone(), w.recorded)), Some((first.id, true)), "recorded words go last");
    assert_eq!(h.mestre.studio_words("nb").unwrap().recorded, 0, "a Tigrinya recording is not a Norwegian one");
}
