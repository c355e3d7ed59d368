//! The data call behind every screen, on a reference café: p99 and p50 over many calls,
//! as a trainee and as a mentor would make them. A call over budget gets its statements
//! and their query plans printed.

use std::time::Instant;

use mestre::api::Mestre;
use mestre::fridge::labels::LabelRequest;
use mestre::fridge::{FridgeGame, LabelSize};
use mestre::people::Role;
use mestre::words::Category;

use crate::report::{percentile, summary, Budget, Report};

pub const BUDGET_MS: f64 = 5.0;

type Call<'a> = Box<dyn Fn(&Mestre) + 'a>;

/// Time every screen's data call on the café in `dir`; `rounds` rounds of `calls` each.
pub fn measure(report: &mut Report, section: &str, dir: &std::path::Path, rounds: usize, calls: usize) {
    let mut m = Mestre::open(dir).unwrap();
    let people = m.people().unwrap();
    let kari = people.iter().find(|p| p.role == Role::Mentor && p.name == mestre::demo::DEMO_MENTOR).unwrap().id.clone();
    // The trainee with the most days: the longest book.
    let trainee =
        people.iter().filter(|p| p.role == Role::Trainee).max_by_key(|p| m.store().count_days_of(&p.id).unwrap_or(0)).unwrap().id.clone();
    m.login_with_pin(&trainee, &mestre::demo::DEMO_PIN).unwrap();
    // Today she has kept her day already: my day shows it whole.
    let today: Vec<String> = mestre::diary::TASKS.iter().take(3).map(|t| t.id.to_string()).collect();
    m.set_my_tasks(&today).unwrap();
    m.set_my_mood(mestre::diary::Mood::Good).unwrap();
    m.add_my_photo(&mestre::demo::food_jpeg(7)).unwrap();
    let days = m.diary_days(&trainee).unwrap();
    // One of the café's own recipes (six steps with photos, eight ingredients) and a week
    // of the menu that has dishes.
    let own_recipe = m.recipes().unwrap().into_iter().find(|r| !r.from_pack).map(|r| r.id).unwrap_or_else(|| "pack:fiskesuppe".into());
    let menu_day = m.store().menu_dishes("0000-01-01", "9999-12-31").unwrap().last().map(|d| d.day.clone()).unwrap_or_default();
    // The aim of hers with the most marks: its page checks every signature.
    let signed_aim = m
        .store()
        .competence_marks_of(&trainee)
        .unwrap()
        .iter()
        .fold(std::collections::HashMap::<String, usize>::new(), |mut n, mark| {
            *n.entry(mark.aim.clone()).or_default() += 1;
            n
        })
        .into_iter()
        .max_by_key(|(aim, n)| (*n, aim.clone()))
        .map(|(aim, _)| aim)
        .unwrap_or_else(|| "RMF1-01.9".into());
    let rice = LabelRequest { item: "cooked-rice".into(), recipe_id: None, event: None, made_day: None, size: LabelSize::Roll62 };
    // A day with a photo and comments, the kind a mentor opens.
    let day = days.iter().find(|d| d.photo_thumb.is_some() && d.new_comments > 0).or(days.first()).unwrap().id.clone();

    let trainee_screens: Vec<(&str, Call)> = vec![
        ("wall (app_state + people)", Box::new(|m| drop((m.app_state().unwrap(), m.people().unwrap())))),
        ("trainee home board (app_state)", Box::new(|m| drop(m.app_state().unwrap()))),
        ("my day", Box::new(|m| drop(m.my_day().unwrap()))),
        ("my day's task cards (the café's own among them)", Box::new(|m| drop(m.diary_tasks().unwrap()))),
        ("my book page (her days)", Box::new(|m| drop(m.diary_days(&trainee).unwrap()))),
        ("a day", Box::new(|m| drop(m.diary_day(&day).unwrap()))),
        ("word categories", Box::new(|m| drop(m.word_categories().unwrap()))),
        (
            "word categories, the first time after a word changed (that word read again)",
            Box::new(|m| {
                m.pretend_words_changed();
                drop(m.word_categories().unwrap())
            }),
        ),
        ("words of a category (kitchen tools)", Box::new(|m| drop(m.words_in(Category::KitchenTools).unwrap()))),
        ("her new words (the café's 2 000)", Box::new(|m| drop(m.words_in(Category::NewWords).unwrap()))),
        ("find a word (typing \"kni\")", Box::new(|m| drop(m.find_words("kni").unwrap()))),
        ("practice session", Box::new(|m| drop(m.practice_session().unwrap()))),
        ("word progress (streak, known words)", Box::new(|m| drop(m.word_progress().unwrap()))),
        ("recipe book (the café's 300 and the starter recipes)", Box::new(|m| drop(m.recipes().unwrap()))),
        ("a starter recipe for 40 (cook mode)", Box::new(|m| drop(m.recipe("pack:fiskesuppe", Some(40)).unwrap()))),
        ("one of the café's recipes (cook mode)", Box::new(|m| drop(m.recipe(&own_recipe, None).unwrap()))),
        ("ingredients to pick by picture", Box::new(|m| drop(m.ingredients().unwrap()))),
        ("week menu", Box::new(|m| drop(m.menu_week(&menu_day).unwrap()))),
        ("fridge: the food catalogue", Box::new(|m| drop(m.fridge_items().unwrap()))),
        ("fridge: a round of \"write the label\"", Box::new(|m| drop(m.start_fridge_practice(FridgeGame::WriteTheLabel).unwrap()))),
        ("fridge: a round of \"first in, first out\"", Box::new(|m| drop(m.start_fridge_practice(FridgeGame::FirstInFirstOut).unwrap()))),
        ("fridge: a label for cooked rice, before it prints", Box::new(|m| drop(m.preview_fridge_label(&rice).unwrap()))),
        ("fridge: the printed labels", Box::new(|m| drop(m.fridge_labels().unwrap()))),
        ("fridge: the morning check with 30 days", Box::new(|m| drop(m.fridge_check().unwrap()))),
        ("fridge: her practice results (evidence)", Box::new(|m| drop(m.fridge_evidence(&trainee).unwrap()))),
        ("competence: what I can do (the aims of her plan)", Box::new(|m| drop(m.my_competences().unwrap()))),
        ("her home: what her mentors suggest", Box::new(|m| drop(m.my_suggestions().unwrap()))),
    ];
    run(report, section, &mut m, rounds, calls, trainee_screens);
    m.logout();
    m.login_with_password(&kari, mestre::demo::DEMO_PASSWORD).unwrap();
    let mentor_screens: Vec<(&str, Call)> = vec![
        ("mentor home (people + quarantine)", Box::new(|m| drop((m.people().unwrap(), m.quarantine().unwrap())))),
        ("a trainee's diary", Box::new(|m| drop(m.diary_days(&trainee).unwrap()))),
        ("a day, as her mentor", Box::new(|m| drop(m.diary_day(&day).unwrap()))),
        ("words of a category, as a mentor", Box::new(|m| drop(m.words_in(Category::KitchenTools).unwrap()))),
        ("studio (progress + Somali prompts)", Box::new(|m| drop((m.studio_progress().unwrap(), m.studio_prompts("so").unwrap())))),
        ("studio: the words in Somali", Box::new(|m| drop(m.studio_words("so").unwrap()))),
        (
            "studio: the café's content in Somali, its own cards listed (every kind counted)",
            Box::new(|m| drop(m.studio_content("so", mestre::content::ContentKind::Task).unwrap())),
        ),
        (
            "studio: the café's content in Somali, the foods listed",
            Box::new(|m| drop(m.studio_content("so", mestre::content::ContentKind::Food).unwrap())),
        ),
        (
            "studio: the café's content in Somali, every recipe step listed (~2 000)",
            Box::new(|m| drop(m.studio_content("so", mestre::content::ContentKind::Step).unwrap())),
        ),
        ("content: the task cards and the café's own aims", Box::new(|m| drop((m.diary_tasks().unwrap(), m.own_aims().unwrap())))),
        ("sync status", Box::new(|m| drop(m.sync_status().unwrap()))),
        ("refused changes", Box::new(|m| drop(m.quarantine().unwrap()))),
        ("week menu, as a mentor", Box::new(|m| drop(m.menu_week(&menu_day).unwrap()))),
        ("fridge: the rules and the catalogue, as a mentor", Box::new(|m| drop((m.fridge_rules().unwrap(), m.fridge_items().unwrap())))),
        ("fridge: a trainee's practice results (evidence)", Box::new(|m| drop(m.fridge_evidence(&trainee).unwrap()))),
        ("fridge: the morning check, as a mentor", Box::new(|m| drop(m.fridge_check().unwrap()))),
        ("competence: the group's progress", Box::new(|m| drop(m.group_competences().unwrap()))),
        (
            "competence: a trainee's aims and her chart",
            Box::new(|m| drop((m.competences(&trainee).unwrap(), m.competence_progress(&trainee).unwrap()))),
        ),
        (
            "competence: an aim to sign off (signatures checked, suggestions)",
            Box::new(|m| drop(m.competence_aim(&trainee, &signed_aim).unwrap())),
        ),
        ("workspace: today at a glance (every trainee ranked)", Box::new(|m| drop(m.mentor_today().unwrap()))),
        ("workspace: a trainee's week to review", Box::new(|m| drop(m.review_trainee(&trainee, 7).unwrap()))),
        ("workspace: a trainee's charts (twelve weeks)", Box::new(|m| drop(m.trainee_charts(&trainee).unwrap()))),
        ("workspace: the group's charts and the fridges", Box::new(|m| drop(m.group_charts().unwrap()))),
    ];
    run(report, section, &mut m, rounds, calls, mentor_screens);
}

fn run(report: &mut Report, section: &str, m: &mut Mestre, rounds: usize, calls: usize, screens: Vec<(&str, Call)>) {
    for (name, call) in screens {
        for _ in 0..10.min(calls) {
            call(m); // warm the page cache and statement cache, as a screen already shown would
        }
        let mut p99s = Vec::new();
        let mut all = Vec::new();
        for _ in 0..rounds {
            let times: Vec<f64> = (0..calls)
                .map(|_| {
                    let t = Instant::now();
                    call(m);
                    t.elapsed().as_secs_f64() * 1000.0
                })
                .collect();
            p99s.push(percentile(&times, 99.0));
            all.extend(times);
        }
        let p50 = summary(&all).0;
        let (_, statements) = m.store().traced(|| call(m));
        report.add(
            section,
            &format!("{name} p99"),
            "ms",
            &p99s,
            Some(Budget::AtMost(BUDGET_MS)),
            format!("p50 {:.2} ms, {} statements", p50, statements.len()),
        );
        if summary(&p99s).0 > BUDGET_MS {
            explain(report, m, name, &statements);
        }
    }
}

/// The slowest statements of a call over budget, with SQLite's plan for each.
fn explain(report: &mut Report, m: &Mestre, name: &str, statements: &[mestre::storage::diagnostics::TracedStatement]) {
    let mut slowest: Vec<_> = statements.to_vec();
    slowest.sort_by_key(|s| std::cmp::Reverse(s.micros));
    let mut text = format!(
        "{name} is over {BUDGET_MS} ms: {} statements, {} µs in SQLite; slowest:",
        statements.len(),
        slowest.iter().map(|s| s.micros).sum::<u64>()
    );
    for s in slowest.iter().take(3) {
        let plan = m.store().query_plan(&s.sql).unwrap_or_default().join(" / ");
        text.push_str(&format!("\n    {} µs  {}\n      plan: {}", s.micros, s.sql.chars().take(200).collect::<String>(), plan));
    }
    report.note(text);
}
