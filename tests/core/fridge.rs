//! The fridge: a catalogue with a rule for every item in both countries, use-by dates
//! that count calendar days in the café's own time zone (month and year ends, the nights
//! the clocks change), the four games scored with a reason for every wrong answer, her
//! results kept as evidence, a prep label printed at its exact size, the café's own
//! routines, the morning temperature check, and the fridge tables as a trust boundary.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;
use std::sync::Arc;

use chrono::NaiveDate;
use mestre::api::Mestre;
use mestre::cafe::{CafeSetup, Country};
use mestre::changes::Change;
use mestre::clock::FixedClock;
use mestre::fridge::labels::LabelRequest;
use mestre::fridge::pack::FoodPack;
use mestre::fridge::practice::{ColdCase, FridgeAnswer, FridgeQuestion};
use mestre::fridge::rules::{iso, kitchen_date, use_by};
use mestre::fridge::{
    FoodEvent, FridgeGame, FridgeLabelDraft, FridgePracticeDraft, FridgePracticeRow, FridgeReadingDraft, FridgeReadingRow,
    FridgeRoutineDraft, LabelSize, Zone,
};
use mestre::i18n::locales::LOCALES;
use mestre::people::{NewMentor, NewTrainee, Person};
use mestre::ErrorKind;

use crate::support::{cafe_with_trainee, Harness, MENTOR_PASSWORD, PIN, T0};
use crate::support_cafe::{TestCafe, AMINA, FOUNDER, HODAN};

/// Milliseconds of a moment given in UTC.
fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> i64 {
    NaiveDate::from_ymd_opt(y, m, d).unwrap().and_hms_opt(h, min, 0).unwrap().and_utc().timestamp_millis()
}

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// A text as read, without Fluent's invisible isolation marks around arguments.
fn read(text: &str) -> String {
    mestre::reports::layout::printable(text)
}

fn as_trainee(h: &mut Harness, person: &Person) {
    h.mestre.logout();
    h.mestre.login_with_pin(&person.id, &PIN).unwrap();
}

fn as_mentor(h: &mut Harness, mentor: &Person) {
    h.mestre.logout();
    h.mestre.login_with_password(&mentor.id, MENTOR_PASSWORD).unwrap();
}

/// A café in `country` in a data folder (labels are saved there), on a fixed clock, with
/// the mentor signed in and one trainee, Hodan, who reads Somali.
fn kitchen(country: Country, at_ms: i64) -> (Mestre, FixedClock, Person, Person, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let clock = FixedClock::at_ms(at_ms);
    let mut m = Mestre::open_with_clock(dir.path(), Arc::new(clock.clone())).unwrap();
    let lang = if country == Country::Sweden { "sv" } else { "nb" };
    let mentor = m
        .setup_cafe(CafeSetup {
            cafe_name: "Kafe KIME".into(),
            country,
            mentor: NewMentor { name: "Ingrid Berg".into(), password: MENTOR_PASSWORD.into(), ui_lang: lang.into() },
        })
        .unwrap()
        .person;
    let hodan = m
        .add_trainee(NewTrainee { name: "Hodan Ali".into(), photo: None, ui_lang: "so".into(), home_lang: "so".into(), pin: PIN.to_vec() })
        .unwrap();
    (m, clock, mentor, hodan, dir)
}

#[test]
fn the_catalogue_has_sixty_items_each_with_a_picture_a_rule_in_both_countries_and_a_name_in_every_language() {
    let pack = FoodPack::shipped();
    assert!(pack.items.len() >= 60, "at least 60 items, not {}", pack.items.len());
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets");
    let mut problems = Vec::new();
    for zone in Zone::ALL {
        assert!(pack.items.iter().filter(|i| i.zone == zone).count() >= 5, "{zone:?} has items to practise with");
    }
    for item in &pack.items {
        let picture =
            [root.join(format!("words/pictures/{}.svg", item.picture)), root.join(format!("recipes/pictures/{}.svg", item.picture))];
        if !picture.iter().any(|p| p.exists()) {
            problems.push(format!("{}: no picture {}", item.key, item.picture));
        }
        for country in [Country::Norway, Country::Sweden] {
            let rules = pack.rules(country);
            assert_eq!(rules.country, country);
            let class = rules.class(&item.class);
            if class.source.trim().is_empty() {
                problems.push(format!("{}: the {} rule for {} has no source", item.key, country.as_str(), item.class));
            }
            match (item.zone, rules.max_c(item)) {
                (Zone::Dry, None) => {}
                (Zone::Freezer, Some(max)) if max <= -18 => {}
                (Zone::Fridge, Some(max)) if (0..=8).contains(&max) => {}
                (zone, max) => problems.push(format!("{}: {zone:?} at {max:?} °C in {}", item.key, country.as_str())),
            }
        }
        for locale in LOCALES {
            if pack.names.get(locale.tag).and_then(|n| n.get(&item.key)).is_none() {
                problems.push(format!("{}: no name in {}", item.key, locale.tag));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    for wanted in ["raw-chicken", "minced-meat", "fresh-fish", "cooked-rice", "soup", "opened-milk", "cream", "eggs", "cheese"] {
        assert!(pack.item(wanted).is_some(), "the catalogue has {wanted}");
    }
    for wanted in ["cut-vegetables", "fresh-herbs", "bread", "cream-cake", "tomato-sauce", "thawed-chicken"] {
        assert!(pack.item(wanted).is_some(), "the catalogue has {wanted}");
    }
}

#[test]
fn use_by_dates_count_calendar_days_across_month_and_year_ends() {
    assert_eq!(use_by(day("2026-01-31"), 1), day("2026-02-01"));
    assert_eq!(use_by(day("2026-02-27"), 3), day("2026-03-02"));
    assert_eq!(use_by(day("2028-02-28"), 1), day("2028-02-29"), "a leap year");
    assert_eq!(use_by(day("2026-12-30"), 3), day("2027-01-02"));
    assert_eq!(use_by(day("2026-11-24"), 0), day("2026-11-24"), "0 days: the same day");
    assert_eq!(use_by(day("2026-12-31"), 90), day("2027-03-31"));
}

#[test]
fn the_kitchens_date_is_the_cafes_own_whatever_the_clock_of_the_tablet_and_the_nights_the_clocks_change() {
    // 23:30 in Oslo is already tomorrow's date in UTC terms only an hour later.
    assert_eq!(kitchen_date(utc(2026, 11, 24, 22, 30), Country::Norway), day("2026-11-24"));
    assert_eq!(kitchen_date(utc(2026, 11, 24, 23, 30), Country::Norway), day("2026-11-25"));
    // Summer time ends on 25 October 2026 at 03:00 CEST: 00:30 CEST is 22:30 UTC the day before.
    assert_eq!(kitchen_date(utc(2026, 10, 24, 22, 30), Country::Norway), day("2026-10-25"));
    // Summer time begins on 29 March 2026 at 02:00 CET.
    assert_eq!(kitchen_date(utc(2026, 3, 29, 0, 30), Country::Sweden), day("2026-03-29"));
    assert_eq!(kitchen_date(utc(2026, 3, 28, 23, 30), Country::Sweden), day("2026-03-29"));
}

#[test]
fn rice_cooked_in_the_first_minutes_of_the_night_the_clocks_go_back_keeps_until_the_next_calendar_day() {
    // 00:30 CEST on 25 October 2026. Counting 24 hours would end at 23:30 CET the same
    // day (the day is 25 hours long); the label must say the 26th.
    let at = utc(2026, 10, 24, 22, 30);
    assert_eq!(kitchen_date(at + 86_400_000, Country::Norway), day("2026-10-25"), "24 hours later is still the 25th");
    let (m, clock, _, _, _dir) = kitchen(Country::Norway, at);
    let label = m
        .preview_fridge_label(&LabelRequest {
            item: "cooked-rice".into(),
            recipe_id: None,
            event: None,
            made_day: None,
            size: LabelSize::Roll62,
        })
        .unwrap();
    assert_eq!((label.made_day.as_str(), label.use_by_day.as_str(), label.keeps_days), ("2026-10-25", "2026-10-26", 1));
    // The night the clocks go forward, the same.
    clock.advance_ms(utc(2026, 3, 28, 23, 30) - at);
    let label = m
        .preview_fridge_label(&LabelRequest { item: "soup".into(), recipe_id: None, event: None, made_day: None, size: LabelSize::Roll62 })
        .unwrap();
    assert_eq!((label.made_day.as_str(), label.use_by_day.as_str()), ("2026-03-29", "2026-04-01"));
    // A label across the year's end.
    clock.advance_ms(utc(2026, 12, 31, 12, 0) - utc(2026, 3, 28, 23, 30));
    let label = m
        .preview_fridge_label(&LabelRequest {
            item: "opened-milk".into(),
            recipe_id: None,
            event: None,
            made_day: None,
            size: LabelSize::Roll62,
        })
        .unwrap();
    assert_eq!((label.made_day.as_str(), label.use_by_day.as_str()), ("2026-12-31", "2027-01-03"));
}

#[test]
fn norway_and_sweden_give_different_answers_where_their_rules_differ() {
    let pack = FoodPack::shipped();
    let (no, se) = (pack.rules(Country::Norway), pack.rules(Country::Sweden));
    let cheese = pack.item("cheese").unwrap();
    assert_eq!((no.max_c(cheese), se.max_c(cheese)), (Some(4), Some(8)), "cheese: 4 °C in Norway, 8 °C in Sweden");
    let mince = pack.item("minced-meat").unwrap();
    assert_eq!((no.max_c(mince), se.max_c(mince)), (Some(4), Some(4)), "minced meat: stricter in Sweden than other chilled food");
    let fish = pack.item("fresh-fish").unwrap();
    assert_eq!((no.max_c(fish), se.max_c(fish)), (Some(2), Some(2)));
    assert_eq!((no.cooling_to_c, no.cooling_within_h), (10, 3));
    assert_eq!((se.cooling_to_c, se.cooling_within_h), (8, 6));
    assert_eq!((no.zone_max_c(Zone::Freezer), se.zone_max_c(Zone::Freezer)), (-18, -18));

    // The same fridge reading of 6 °C is too warm in Oslo and fine in Malmö.
    for (country, too_warm) in [(Country::Norway, true), (Country::Sweden, false)] {
        let (mut m, _, _, _, _dir) = kitchen(country, T0);
        let saved = m.record_fridge_reading(Zone::Fridge, "", 60).unwrap();
        assert_eq!(saved.reading.too_warm, too_warm, "{country:?}");
        assert_eq!(saved.warning.is_some(), too_warm, "{country:?}");
    }
}

/// The right answer to a question, worked out from the pack here (not asked of the game).
fn right_answer(question: &FridgeQuestion, country: Country, today: &str, me: &str) -> FridgeAnswer {
    let pack = FoodPack::shipped();
    let rules = pack.rules(country);
    match question {
        FridgeQuestion::WhereDoesItGo { food, .. } => FridgeAnswer::WhereDoesItGo { zone: pack.item(&food.key).unwrap().zone },
        FridgeQuestion::HowCold { case, food, options, .. } => {
            let ok = |t: i32| match case {
                ColdCase::Keep => t <= rules.max_c(pack.item(&food.as_ref().unwrap().key).unwrap()).unwrap() * 10,
                ColdCase::HotHolding => t >= rules.hot_holding_min_c * 10,
                ColdCase::Cooling => t < rules.cooling_to_c * 10,
            };
            let right: Vec<i32> = options.iter().copied().filter(|t| ok(*t)).collect();
            assert_eq!(right.len(), 1, "exactly one reading is right: {options:?} for {question:?}");
            FridgeAnswer::HowCold { tenths: right[0] }
        }
        FridgeQuestion::WriteTheLabel { food, products, days, makers, .. } => {
            let item = pack.item(&food.key).unwrap();
            assert!(products.iter().any(|p| p.key == item.key) && makers.iter().any(|p| p.id == me));
            let looks: BTreeSet<&str> = products.iter().map(|p| FoodPack::look(&p.picture)).collect();
            assert_eq!(looks.len(), products.len(), "every product looks different: {products:?}");
            let keeps = rules.class(&item.class).keeps_days;
            let use_by_day = iso(use_by(day(today), keeps));
            assert!(days.contains(&use_by_day) && days.contains(&today.to_string()), "the strip has both dates");
            let allergens: BTreeSet<_> = item.allergens.0.iter().map(|m| m.allergen).collect();
            FridgeAnswer::WriteTheLabel {
                product: item.key.clone(),
                made_day: today.into(),
                use_by_day,
                allergens: allergens.into_iter().collect(),
                maker: me.into(),
            }
        }
        FridgeQuestion::FirstInFirstOut { boxes, .. } => {
            let expired: Vec<u32> = (0..boxes.len() as u32).filter(|i| boxes[*i as usize].use_by_day.as_str() < today).collect();
            assert_eq!(expired.len(), 1, "one box is past its date: {boxes:?}");
            let mut order: Vec<u32> = (0..boxes.len() as u32).filter(|i| *i != expired[0]).collect();
            order.sort_by_key(|i| boxes[*i as usize].use_by_day.clone());
            FridgeAnswer::FirstInFirstOut { expired: expired[0], order }
        }
    }
}

/// A wrong answer to the same question.
fn wrong_answer(right: &FridgeAnswer) -> FridgeAnswer {
    match right.clone() {
        FridgeAnswer::WhereDoesItGo { zone } => {
            FridgeAnswer::WhereDoesItGo { zone: if zone == Zone::Fridge { Zone::Dry } else { Zone::Fridge } }
        }
        FridgeAnswer::HowCold { tenths } => FridgeAnswer::HowCold { tenths: if tenths > 300 { 400 } else { tenths + 120 } },
        FridgeAnswer::WriteTheLabel { product, made_day, allergens, maker, .. } => {
            // A week later than the rule: the use-by part is wrong, the rest right.
            let late = iso(day(&made_day) + chrono::Duration::days(7));
            FridgeAnswer::WriteTheLabel { product, made_day, use_by_day: late, allergens, maker }
        }
        FridgeAnswer::FirstInFirstOut { expired, mut order } => {
            order.reverse();
            FridgeAnswer::FirstInFirstOut { expired, order }
        }
    }
}

#[test]
fn every_game_scores_her_answers_says_why_a_wrong_one_was_wrong_and_keeps_her_result_as_evidence() {
    let (mut m, _, mentor, hodan, _dir) = kitchen(Country::Norway, T0);
    m.logout();
    m.login_with_pin(&hodan.id, &PIN).unwrap();
    let today = "2026-11-22";
    for game in FridgeGame::ALL {
        let round = m.start_fridge_practice(game).unwrap();
        assert_eq!(round.today, today);
        assert_eq!((round.work_lang.as_str(), round.home_lang.as_str()), ("nb", "so"));
        assert!(!round.questions.is_empty());
        let mut expected_points = 0;
        let mut expected_total = 0;
        for (i, question) in round.questions.iter().enumerate() {
            let right = right_answer(question, Country::Norway, today, &hodan.id);
            let feedback = if i == 0 {
                // The first answer is wrong: she hears why, then tries again (that does not count).
                let wrong = m.answer_fridge_practice(0, wrong_answer(&right)).unwrap();
                assert!(!wrong.right, "{game:?}: {question:?}");
                assert!(!wrong.why.work.is_empty() && !wrong.why.home.is_empty() && wrong.why.home != wrong.why.work);
                assert_eq!(wrong.answer, right, "the right answer is shown");
                assert!(!read(&wrong.said.work).contains("Riktig"), "{:?}", wrong.said);
                expected_points += wrong.points;
                let again = m.answer_fridge_practice(0, right.clone()).unwrap();
                assert!(again.right);
                wrong
            } else {
                let ok = m.answer_fridge_practice(i as u32, right.clone()).unwrap();
                assert!(ok.right && ok.points == ok.of, "{game:?}: {question:?} → {ok:?}");
                assert_eq!(read(&ok.said.work), "Riktig!");
                expected_points += ok.points;
                ok
            };
            expected_total += feedback.of;
            // What she hears names the thing she got wrong, with its own numbers.
            if i == 0 {
                let why = read(&feedback.why.work);
                match (&question, &right) {
                    (FridgeQuestion::WhereDoesItGo { food, .. }, _) => assert!(why.contains(&food.name.work), "{why}"),
                    (FridgeQuestion::WriteTheLabel { .. }, FridgeAnswer::WriteTheLabel { use_by_day, .. }) => {
                        let shown = read(&mestre::i18n::Localizer::new().date("nb", use_by_day));
                        assert!(why.contains("holder") && why.contains(&shown), "{why}");
                        assert_eq!(feedback.parts.iter().filter(|p| !p.right).map(|p| p.part.as_str()).collect::<Vec<_>>(), ["use-by"]);
                    }
                    (FridgeQuestion::FirstInFirstOut { .. }, _) => assert!(why.contains("fremst"), "{why}"),
                    (FridgeQuestion::HowCold { .. }, _) => assert!(why.contains("°C"), "{why}"),
                    _ => unreachable!(),
                }
            }
        }
        let result = m.finish_fridge_practice().unwrap();
        assert_eq!((result.game, result.right, result.total), (game, expected_points, expected_total), "{game:?}");
        assert!(result.right < result.total, "the first wrong answer counts");
        assert_eq!(result.aim, game.aim());
        assert!(read(&result.said.work).starts_with(&format!("Du fikk {} av {}", result.right, result.total)));
        // The round is over: no more answers, no second result.
        assert_eq!(m.finish_fridge_practice().unwrap_err().kind, ErrorKind::NotFound);
    }
    // Her four results are her evidence, newest first, each for its curriculum aim.
    let evidence = m.fridge_evidence(&hodan.id).unwrap();
    assert_eq!(evidence.len(), 4);
    let aims: BTreeSet<&str> = evidence.iter().map(|e| e.aim.as_str()).collect();
    assert_eq!(aims, BTreeSet::from(["RMF1-01.4", "RMF1-01.9"]));
    assert!(evidence.iter().all(|e| e.person_id == hodan.id && e.day == today && !e.missed.is_empty()));
    // Her mentor reads it; it is stored as a row of her own log.
    m.logout();
    m.login_with_password(&mentor.id, MENTOR_PASSWORD).unwrap();
    assert_eq!(m.fridge_evidence(&hodan.id).unwrap(), evidence);
    let rows: Vec<FridgePracticeRow> = m.store().fridge_practice_of(&hodan.id).unwrap();
    assert_eq!(rows.len(), 4);
    assert!(rows.iter().all(|r| r.owner == hodan.id && r.country == "NO"));
}

#[test]
fn a_round_belongs_to_whoever_started_it_and_bad_answers_are_refused_without_counting() {
    let (mut h, mentor, amina) = cafe_with_trainee();
    as_trainee(&mut h, &amina);
    assert_eq!(h.mestre.answer_fridge_practice(0, FridgeAnswer::HowCold { tenths: 20 }).unwrap_err().kind, ErrorKind::NotFound);
    assert_eq!(h.mestre.finish_fridge_practice().unwrap_err().kind, ErrorKind::NotFound);
    let round = h.mestre.start_fridge_practice(FridgeGame::FirstInFirstOut).unwrap();
    let FridgeQuestion::FirstInFirstOut { boxes, .. } = &round.questions[0] else { panic!("a shelf") };
    assert_eq!(boxes.len(), 4);
    // A box twice, a box missing, a question that does not exist, an answer to another game.
    for bad in [
        FridgeAnswer::FirstInFirstOut { expired: 0, order: vec![0, 1, 2] },
        FridgeAnswer::FirstInFirstOut { expired: 0, order: vec![1, 2] },
        FridgeAnswer::WhereDoesItGo { zone: Zone::Fridge },
    ] {
        assert_eq!(h.mestre.answer_fridge_practice(0, bad).unwrap_err().kind, ErrorKind::InvalidInput);
    }
    assert_eq!(
        h.mestre.answer_fridge_practice(99, FridgeAnswer::FirstInFirstOut { expired: 0, order: vec![1, 2, 3] }).unwrap_err().kind,
        ErrorKind::InvalidInput
    );
    // Nothing answered: nothing stored.
    assert_eq!(h.mestre.finish_fridge_practice().unwrap_err().kind, ErrorKind::InvalidInput);
    // Signing out ends her round; the mentor who signs in next cannot finish it for her.
    h.mestre.start_fridge_practice(FridgeGame::WhereDoesItGo).unwrap();
    as_mentor(&mut h, &mentor);
    assert_eq!(h.mestre.finish_fridge_practice().unwrap_err().kind, ErrorKind::NotFound);
    assert!(h.mestre.store().fridge_practice_of(&amina.id).unwrap().is_empty());
    // Another trainee does not read her evidence.
    let hodan = h
        .mestre
        .add_trainee(NewTrainee { name: "Hodan".into(), photo: None, ui_lang: "so".into(), home_lang: "so".into(), pin: PIN.to_vec() })
        .unwrap();
    as_trainee(&mut h, &hodan);
    assert_eq!(h.mestre.fridge_evidence(&amina.id).unwrap_err().kind, ErrorKind::NotAllowed);
}

fn pdf_facts(path: &str) -> (String, String) {
    let text = Command::new("pdftotext").args(["-layout", "-enc", "UTF-8", path, "-"]).output().expect("pdftotext (poppler-utils)");
    let info = Command::new("pdfinfo").arg(path).output().expect("pdfinfo (poppler-utils)");
    assert!(text.status.success() && info.status.success(), "poppler reads the label");
    (String::from_utf8(text.stdout).unwrap(), String::from_utf8(info.stdout).unwrap())
}

#[test]
fn a_mentor_prints_a_correct_label_for_cooked_rice_made_today_at_the_labels_exact_size() {
    // Tuesday 24 November 2026, 14:00 in Oslo.
    let (mut m, _, _, _, dir) = kitchen(Country::Norway, utc(2026, 11, 24, 13, 0));
    let request = LabelRequest { item: "cooked-rice".into(), recipe_id: None, event: None, made_day: None, size: LabelSize::Roll62 };
    let preview = m.preview_fridge_label(&request).unwrap();
    assert_eq!((preview.made_day.as_str(), preview.use_by_day.as_str()), ("2026-11-24", "2026-11-25"));
    assert_eq!((preview.event, preview.initials.as_str()), (FoodEvent::Made, "IB"));
    let printed = m.print_fridge_label(&request, false).unwrap();
    assert!(printed.pdf.path.starts_with(&dir.path().join("prints").display().to_string()), "{}", printed.pdf.path);
    assert!(!printed.pdf.sent && printed.pdf.problem.is_empty());
    let (text, info) = pdf_facts(&printed.pdf.path);
    assert!(info.contains("175.748 x 113.386 pts"), "62 × 40 mm exactly:\n{info}");
    assert!(info.lines().any(|l| l.starts_with("Pages:") && l.ends_with(" 1")), "{info}");
    for expected in
        ["Kokt ris", "Laget 24.11.2026", "Brukes innen 25.11.2026", "Ingen allergener", "Laget av IB", "Kjøleskap, høyst 4,0 °C"]
    {
        assert!(text.contains(expected), "{expected:?} on the label:\n{text}");
    }
    // It can be looked at: one page as a picture the size of the label.
    let png = dir.path().join("label");
    let shown = Command::new("pdftoppm").args(["-png", "-r", "150", "-singlefile", &printed.pdf.path]).arg(&png).status().unwrap();
    assert!(shown.success());
    let image = image::open(png.with_extension("png")).unwrap();
    assert_eq!((image.width(), image.height()), (367, 237), "62 × 40 mm at 150 dpi");

    // The small label, for cream with its allergen: the same parts, smaller.
    let small = LabelRequest {
        item: "cream".into(),
        recipe_id: None,
        event: None,
        made_day: Some("2026-11-23".into()),
        size: LabelSize::Label57x32,
    };
    let printed_small = m.print_fridge_label(&small, false).unwrap();
    let (text, info) = pdf_facts(&printed_small.pdf.path);
    assert!(info.contains("161.575 x 90.7087 pts"), "57 × 32 mm:\n{info}");
    for expected in ["Fløte", "Åpnet 23.11.2026", "Brukes innen 26.11.2026", "Allergener: Melk"] {
        assert!(text.contains(expected), "{expected:?} on the small label:\n{text}");
    }

    // Every label is logged, newest first, and reprinted as it was, a day later.
    let log = m.fridge_labels().unwrap();
    assert_eq!(log.iter().map(|l| l.item.as_str()).collect::<Vec<_>>(), ["cream", "cooked-rice"]);
    assert_eq!((log[1].made_by.as_str(), log[1].use_by_day.as_str()), ("Ingrid Berg", "2026-11-25"));
    let again = m.reprint_fridge_label(&log[1].id, false).unwrap();
    assert!(again.label.reprint);
    assert_eq!((again.label.made_day.as_str(), again.label.use_by_day.as_str()), ("2026-11-24", "2026-11-25"));
    assert_eq!(m.fridge_labels().unwrap().len(), 3);
    assert_ne!(again.pdf.path, printed.pdf.path, "the first PDF is kept");
}

#[test]
fn a_label_made_from_a_recipe_carries_the_recipes_allergens_and_bad_requests_print_nothing() {
    let (mut m, _, _, _, _dir) = kitchen(Country::Norway, T0);
    let request = LabelRequest {
        item: "soup".into(),
        recipe_id: Some("pack:fiskesuppe".into()),
        event: None,
        made_day: None,
        size: LabelSize::Roll62,
    };
    let preview = m.preview_fridge_label(&request).unwrap();
    assert_eq!(preview.product.work, "Fiskesuppe");
    let allergens: Vec<&str> = preview.allergens.iter().map(|a| a.allergen.as_str()).collect();
    assert!(allergens.contains(&"fish") && allergens.contains(&"milk"), "{allergens:?}");
    let printed = m.print_fridge_label(&request, false).unwrap();
    assert_eq!(printed.label.product.work, "Fiskesuppe");
    let (text, _) = pdf_facts(&printed.pdf.path);
    assert!(text.contains("Fisk") && text.contains("Melk"), "{text}");
    // Printed again, it is the same label: the recipe's name and allergens.
    let again = m.reprint_fridge_label(&printed.label.id, false).unwrap();
    assert_eq!((again.label.product.work.as_str(), again.label.allergens.clone()), ("Fiskesuppe", printed.label.allergens.clone()));
    let (text, _) = pdf_facts(&again.pdf.path);
    assert!(text.contains("Fiskesuppe") && text.contains("Fisk") && text.contains("Melk"), "{text}");

    // On the small label too everything fits: no word runs off the bottom of its 32 mm.
    let small = m.print_fridge_label(&LabelRequest { size: LabelSize::Label57x32, ..request.clone() }, false).unwrap();
    let boxes = Command::new("pdftotext").args(["-bbox", &small.pdf.path, "-"]).output().unwrap();
    let boxes = String::from_utf8(boxes.stdout).unwrap();
    let bottoms: Vec<f32> = boxes.split("yMax=\"").skip(1).map(|rest| rest.split('"').next().unwrap().parse().unwrap()).collect();
    assert!(bottoms.len() > 10 && boxes.contains(">IB</word>"), "the words and the maker's initials:\n{boxes}");
    assert!(bottoms.iter().all(|y| *y <= 90.71), "every word within the label: {bottoms:?}");
    for (bad, kind) in [
        (LabelRequest { item: "unicorn-steak".into(), ..request.clone() }, ErrorKind::NotFound),
        (LabelRequest { made_day: Some("2026-12-24".into()), ..request.clone() }, ErrorKind::InvalidInput),
        (LabelRequest { made_day: Some("2026-01-01".into()), ..request.clone() }, ErrorKind::InvalidInput),
        (LabelRequest { made_day: Some("yesterday".into()), ..request.clone() }, ErrorKind::InvalidInput),
        (LabelRequest { recipe_id: Some("no-such-recipe".into()), ..request.clone() }, ErrorKind::NotFound),
    ] {
        assert_eq!(m.print_fridge_label(&bad, false).unwrap_err().kind, kind, "{bad:?}");
    }
    assert_eq!(m.fridge_labels().unwrap().len(), 3, "nothing else was logged");
    m.logout();
    assert_eq!(m.print_fridge_label(&request, false).unwrap_err().kind, ErrorKind::NotAllowed, "nobody signed in");
}

#[test]
fn a_mentor_sets_the_cafes_own_shelf_life_and_labels_and_games_count_with_it() {
    let (mut h, mentor, amina) = cafe_with_trainee();
    let rice = |m: &Mestre| m.fridge_items().unwrap().into_iter().find(|i| i.key == "cooked-rice").unwrap();
    assert_eq!((rice(&h.mestre).keeps_days, rice(&h.mestre).own_routine), (1, false));
    let set = h.mestre.set_fridge_routine("cooked-rice", Some(0), "Vi bruker ris samme dag").unwrap();
    assert_eq!((set.keeps_days, set.own_routine, set.source.as_str()), (0, true, "Vi bruker ris samme dag"));
    let request = LabelRequest { item: "cooked-rice".into(), recipe_id: None, event: None, made_day: None, size: LabelSize::Roll62 };
    let label = h.mestre.preview_fridge_label(&request).unwrap();
    assert_eq!(label.use_by_day, label.made_day, "the café's routine: the same day");
    assert_eq!(h.mestre.set_fridge_routine("cooked-rice", Some(800), "").unwrap_err().kind, ErrorKind::InvalidInput);
    assert_eq!(h.mestre.set_fridge_routine("unicorn", Some(2), "").unwrap_err().kind, ErrorKind::NotFound);
    // A trainee cannot.
    as_trainee(&mut h, &amina);
    assert_eq!(h.mestre.set_fridge_routine("cooked-rice", Some(5), "").unwrap_err().kind, ErrorKind::NotAllowed);
    assert_eq!(rice(&h.mestre).keeps_days, 0);
    // Back to the rule.
    as_mentor(&mut h, &mentor);
    assert!(!h.mestre.set_fridge_routine("cooked-rice", None, "").unwrap().own_routine);
    assert_eq!(rice(&h.mestre).keeps_days, 1);
    let rules = h.mestre.fridge_rules().unwrap();
    assert_eq!((rules.country.as_str(), rules.fridge_max_c, rules.freezer_max_c), ("NO", 4, -18));
    assert!(rules.notes.iter().all(|(_, source)| !source.is_empty()));
}

#[test]
fn a_warm_fridge_is_said_with_what_to_do_the_log_keeps_every_reading_and_impossible_readings_are_refused() {
    let (mut h, _, amina) = cafe_with_trainee();
    as_trainee(&mut h, &amina);
    let fine = h.mestre.record_fridge_reading(Zone::Fridge, "", 35).unwrap();
    assert!(!fine.reading.too_warm && fine.warning.is_none());
    let warm = h.mestre.record_fridge_reading(Zone::Fridge, "", 71).unwrap();
    assert!(warm.reading.too_warm);
    let warning = warm.warning.unwrap();
    assert!(read(&warning.work).contains("7,1 °C") && read(&warning.work).contains("veilederen"), "{warning:?}");
    assert!(read(&warning.home).contains("7.1") && warning.home != warning.work, "and in Arabic: {warning:?}");
    let freezer = h.mestre.record_fridge_reading(Zone::Freezer, "1", -150).unwrap();
    assert!(freezer.reading.too_warm, "−15 °C is too warm for a freezer");
    // Today's newest reading of each, and all three in the log.
    let check = h.mestre.fridge_check().unwrap();
    assert_eq!(check.today_readings.iter().map(|r| (r.zone, r.tenths)).collect::<Vec<_>>(), [(Zone::Fridge, 71), (Zone::Freezer, -150)]);
    assert_eq!(check.log.len(), 3);
    assert_eq!(check.limits, [(Zone::Fridge, 40), (Zone::Freezer, -180)]);
    // A typing slip is refused, with its own message, and nothing is lost.
    for (zone, tenths) in [(Zone::Fridge, 4000), (Zone::Freezer, -9000)] {
        let error = h.mestre.record_fridge_reading(zone, "", tenths).unwrap_err();
        assert_eq!(error.kind, ErrorKind::ReadingOutOfRange);
        let shown = h.mestre.error_payload(&error);
        assert!(!shown.message.contains("error-"), "a message in her language: {}", shown.message);
    }
    assert_eq!(h.mestre.record_fridge_reading(Zone::Dry, "", 200).unwrap_err().kind, ErrorKind::InvalidInput);
    assert_eq!(h.mestre.fridge_check().unwrap().log.len(), 3);
    // The log shows the last 30 days.
    h.clock.advance_minutes(31 * 24 * 60);
    assert!(h.mestre.fridge_check().unwrap().log.is_empty());
}

#[test]
fn forged_fridge_changes_are_refused_and_stored_rows_stay_as_they_were() {
    let mut cafe = TestCafe::new(2);
    cafe.write(
        0,
        AMINA,
        None,
        vec![
            FridgePracticeDraft::new("p-1", AMINA).game(FridgeGame::HowCold).points(4).total(5).day("2026-11-22").into(),
            FridgeReadingDraft::new("r-1", AMINA).zone(Zone::Fridge).tenths(30).limit_tenths(40).day("2026-11-22").into(),
        ],
    )
    .unwrap();
    cafe.exchange(0, 1);
    // Locally, the same rules: she cannot rewrite her result or set a routine.
    let better = || FridgePracticeDraft::new("p-1", AMINA).points(5).into();
    assert_eq!(cafe.write(1, AMINA, None, vec![better()]).unwrap_err().kind, ErrorKind::NotAllowed);
    let tablet = &cafe.replicas[1];
    let forged = vec![
        // Her result made better afterwards.
        crate::words::forged(tablet, 1, AMINA, better(), |_| {}),
        // A result in Hodan's name, made by Amina's tablet as Amina.
        crate::words::forged(
            tablet,
            2,
            AMINA,
            FridgePracticeDraft::new("p-2", HODAN).game(FridgeGame::HowCold).points(5).total(5).into(),
            |_| {},
        ),
        // A score out of range.
        crate::words::forged(
            tablet,
            3,
            AMINA,
            FridgePracticeDraft::new("p-3", AMINA).game(FridgeGame::HowCold).total(5).into(),
            |c: &mut Change| {
                c.fields.insert("points".into(), serde_json::json!(500));
            },
        ),
        // The morning's reading made colder afterwards, by Hodan.
        crate::words::forged(tablet, 4, HODAN, FridgeReadingDraft::new("r-1", AMINA).tenths(20).into(), |_| {}),
        // A reading no thermometer shows.
        crate::words::forged(tablet, 5, AMINA, FridgeReadingDraft::new("r-2", AMINA).zone(Zone::Fridge).into(), |c| {
            c.fields.insert("tenths".into(), serde_json::json!(-100_000));
        }),
        // The café's routine, set from a trainee's tablet.
        crate::words::forged(
            tablet,
            6,
            AMINA,
            FridgeRoutineDraft::new("routine:cooked-rice", AMINA).item("cooked-rice").keeps_days(30).into(),
            |_| {},
        ),
        // A label with an unknown size, and a label taken back.
        crate::words::forged(tablet, 7, AMINA, FridgeLabelDraft::new("l-1", AMINA).item("soup").into(), |c| {
            c.fields.insert("size".into(), serde_json::json!("A0"));
        }),
        crate::words::forged(tablet, 8, AMINA, FridgeReadingDraft::new("r-1", AMINA).deleted(true).into(), |_| {}),
    ];
    let report = cafe.replicas[0].apply(T0 + 10_000, "peer", forged).unwrap();
    assert_eq!(report.quarantined, 8, "{report:?}");
    let reasons = cafe.refusals(0);
    assert_eq!(
        reasons,
        ["append-only", "append-only", "append-only", "invalid", "invalid", "invalid", "needs-mentor", "not-owner"],
        "{reasons:?}"
    );
    let store = &cafe.replicas[0].store;
    let result: FridgePracticeRow = store.get("p-1").unwrap().unwrap();
    assert_eq!((result.points, result.total), (4, 5));
    let reading: FridgeReadingRow = store.get("r-1").unwrap().unwrap();
    assert_eq!(reading.tenths, 30);
    assert!(store.fridge_practice_of(HODAN).unwrap().is_empty());
    assert!(store.fridge_routines().unwrap().is_empty());
    assert!(store.fridge_labels(10).unwrap().is_empty());
    // The founder, signing with her key, may set the routine.
    let founder = cafe.founder.clone();
    cafe.write(
        0,
        FOUNDER,
        Some(&founder),
        vec![FridgeRoutineDraft::new("routine:cooked-rice", "cafe-kime").item("cooked-rice").keeps_days(0).into()],
    )
    .unwrap();
}

#[test]
fn a_label_that_cannot_be_saved_is_not_logged_as_printed() {
    let (mut m, _, _, _, dir) = kitchen(Country::Norway, T0);
    // Where the PDFs go is taken by a file: the PDF cannot be saved.
    std::fs::write(dir.path().join("prints"), b"not a folder").unwrap();
    let request = LabelRequest { item: "soup".into(), recipe_id: None, event: None, made_day: None, size: LabelSize::Roll62 };
    assert!(m.print_fridge_label(&request, false).is_err());
    assert!(m.fridge_labels().unwrap().is_empty(), "no label without its PDF");
    std::fs::remove_file(dir.path().join("prints")).unwrap();
    assert!(m.print_fridge_label(&request, false).is_ok());
    assert_eq!(m.fridge_labels().unwrap().len(), 1);
}
