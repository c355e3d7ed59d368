//! The benchmark's reference café: five years of Cafe Vintage, made from a seed.
//!
//! 50 trainees and 5 mentors; 250 000 diary items (days, the tasks and moods in them,
//! photos, voice notes, new words and mentors' comments); 20 000 photos of phone-camera
//! size; 5 000 voice notes; recorded prompts; 2 000 words of the café (each a diary's new
//! word, beside the starter pack) and a year of word practice per trainee (a dozen
//! answers on each day she comes, scheduled by FSRS as the app does). The same seed gives the same café: the same
//! days, tasks, moods, pictures, sounds and comments (people's ids and keys are new each
//! time, as cryptographic keys must be).
//!
//! It is written the way the app writes: every row is a signed change in the log, recorded
//! as the trainee or mentor who made it, week by week on a moving clock. Two short cuts
//! keep generation in minutes: photos are a few dozen generated pictures (imported by the
//! app's own import) each made unique by a JPEG comment, and voice notes a dozen encoded
//! recordings each made unique by its Ogg stream number — real, distinct files of real
//! size, without encoding 25 000 of them. A sample of full 12 MP phone photos goes through
//! the whole import and is kept in `phone-photos/` for the thumbnail benchmark.
//!
//! At a scale above 1 every count grows, but files are reused past the 1× pool (20 000
//! photos, 5 000 voice notes): growth shows what more rows cost; the media benchmark
//! measures bytes at 1×.
//!
//! The café has content of its own too: a dozen task cards its trainees choose on their
//! days, ten foods of its fridge, six aims of its own in their plans (each written in the
//! trainees' languages), starter cards and foods it hides, and recordings of its recipes,
//! foods, aims and cards in Somali, Tigrinya and Arabic made in the studio.

use std::io::Cursor;
use std::path::Path;
use std::sync::Arc;

use image::{Rgb, RgbImage};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::Serialize;

use crate::api::Mestre;
use crate::cafe::{CafeSetup, Country};
use crate::changes::{Draft, MentorSigner};
use crate::clock::{Clock, FixedClock};
use crate::diary::{day_id, DiaryCommentDraft, DiaryDayDraft, DiaryItemDraft, ItemKind, Mood, TASKS};
use crate::error::{Error, Result};
use crate::media::{audio, image_import, MediaDraft, MediaStore, PhotoRef};
use crate::people::NewMentor;
use crate::speech::Speaker;
use crate::words::pack::Pack;
use crate::words::practice::{schedule, CardState, Rating};
use crate::words::{pack_word_id, Category, PracticeMode, WordDraft, WordReviewDraft};

use super::{DEMO_CAFE, DEMO_MENTOR, DEMO_PASSWORD};

const DAY_MS: i64 = 86_400_000;
/// Where the preset keeps the 12 MP originals of its sample, inside the data directory.
pub const PHONE_PHOTOS_DIR: &str = "phone-photos";

/// How big a generated café is.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct PresetSize {
    pub trainees: usize,
    pub mentors: usize,
    pub years: f64,
    /// Diary items in all: days + tasks + moods + photos + voice notes + words + comments.
    pub diary_items: usize,
    pub photos: usize,
    pub voice_notes: usize,
    pub words: usize,
    /// Photos that go through the whole import from a phone camera's original.
    pub phone_photos: usize,
    /// The originals' width and height: 4000×3000 is a 12 MP phone camera.
    pub phone_photo_size: (u32, u32),
    /// Distinct generated pictures the photo files are made from.
    pub base_photos: usize,
    /// Distinct photo and voice files at most; past these, items share files.
    pub photo_files: usize,
    pub voice_files: usize,
    /// Prompts recorded in the studio, per language of `STUDIO_LANGS`.
    pub prompt_clips: usize,
    /// The café's own recipes (each with its steps, ingredient lines and a photo), beside
    /// the starter pack; the week menu has dishes on every weekday of the years.
    pub recipes: usize,
    /// Prep labels printed on each weekday of the last year (a year of the fridge: every
    /// trainee's weekly practice round too, and the morning readings of fridge and freezer).
    pub labels_per_day: usize,
}

impl PresetSize {
    /// The reference set of DESIGN.md, times `scale` (growth runs use 2 and 4).
    pub fn five_cafe_years(scale: usize) -> Self {
        let s = scale.max(1);
        PresetSize {
            trainees: 50 * s,
            mentors: 5,
            years: 5.0,
            diary_items: 250_000 * s,
            photos: 20_000 * s,
            voice_notes: 5_000 * s,
            words: 2_000 * s,
            phone_photos: 12,
            phone_photo_size: (4000, 3000),
            base_photos: 24,
            photo_files: 20_000,
            voice_files: 5_000,
            prompt_clips: 150,
            recipes: 300 * s,
            labels_per_day: 10 * s,
        }
    }

    /// A few seconds' worth, for the test that proves the benchmark runs.
    pub fn tiny() -> Self {
        PresetSize {
            trainees: 3,
            mentors: 2,
            years: 0.25,
            diary_items: 1_000,
            photos: 30,
            voice_notes: 8,
            words: 4,
            phone_photos: 1,
            phone_photo_size: (1600, 1200),
            base_photos: 2,
            photo_files: 30,
            voice_files: 8,
            prompt_clips: 5,
            recipes: 3,
            labels_per_day: 2,
        }
    }
}

/// What was made, counted as it was written.
#[derive(Debug, Clone, Default, Serialize)]
pub struct PresetReport {
    pub days: usize,
    pub tasks: usize,
    pub moods: usize,
    pub photos: usize,
    pub voice_notes: usize,
    pub words: usize,
    pub comments: usize,
    pub diary_items: usize,
    pub media_files: usize,
    pub media_bytes: u64,
    pub prompt_clips: usize,
    /// Answers in the trainees' word practice (the last year).
    pub word_reviews: usize,
    pub recipes: usize,
    pub recipe_steps: usize,
    pub recipe_lines: usize,
    /// Dishes on the week menus.
    pub menu_dishes: usize,
    /// The last year of the fridge: finished practice rounds, printed labels, morning readings.
    pub fridge_rounds: usize,
    pub fridge_labels: usize,
    pub fridge_readings: usize,
    /// Competences: aims in the trainees' plans, their ratings of themselves (the last
    /// year), evidence linked, and the mentors' signed marks.
    pub competence_plans: usize,
    pub competence_ratings: usize,
    pub competence_evidence: usize,
    pub competence_marks: usize,
    /// The mentors' follow-up: what each has seen of each trainee (one row each, written
    /// again every month), what they suggested practising, and a former trainee erased.
    pub review_seen: usize,
    pub suggestions: usize,
    pub erasures: usize,
    /// The café's own content: its task cards, foods and aims, the starter cards and foods
    /// it hides, and its content written or recorded in other languages (rows).
    pub own_task_cards: usize,
    pub own_foods: usize,
    pub own_aims: usize,
    pub hidden_starters: usize,
    pub content_languages: usize,
}

const STUDIO_LANGS: [&str; 2] = ["so", "ti"];
const COMMENTS: [&str; 8] = [
    "Flott jobbet i dag!",
    "Du var rask med oppvasken.",
    "Husk å merke maten i kjøleskapet.",
    "Godt å se deg smile til kundene.",
    "Suppen var veldig god.",
    "Neste gang: vask hendene før du starter.",
    "Du snakket fint med gjestene.",
    "Bra at du spurte når du var usikker.",
];
/// Distinct generated sounds the voice files are made from.
const BASE_VOICES: usize = 12;

/// Fill a fresh data directory with the five-year café of `size`, from `seed`, ending at
/// `until_ms`.
pub fn populate_dir(dir: &Path, size: PresetSize, seed: u64, until_ms: i64) -> Result<PresetReport> {
    let store = crate::storage::open(&dir.join(crate::storage::DATABASE_FILE))?;
    let media = MediaStore::new(dir.join(crate::storage::MEDIA_DIR));
    let start = until_ms - (size.years * 365.25 * DAY_MS as f64) as i64;
    let clock = FixedClock::at_ms(start);
    let mut mestre = Mestre::with_parts(store, media.clone(), Arc::new(clock.clone()), Speaker::clips_only())?;
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut report = PresetReport::default();

    // The café, its mentors (each with her own key) and its trainees.
    mestre.setup_cafe(CafeSetup {
        cafe_name: DEMO_CAFE.into(),
        country: Country::Norway,
        mentor: NewMentor { name: DEMO_MENTOR.into(), password: DEMO_PASSWORD.into(), ui_lang: "nb".into() },
    })?;
    let mut mentors: Vec<(String, Option<MentorSigner>)> = vec![(mestre.require_mentor()?.person.id.clone(), mestre.mentor_signer())];
    for name in ["Ingrid", "Sara", "Lena", "Marte", "Hanne", "Tone", "Eva"].iter().take(size.mentors.saturating_sub(1)) {
        let person = mestre.add_mentor(NewMentor { name: (*name).into(), password: DEMO_PASSWORD.into(), ui_lang: "nb".into() })?;
        mentors.push((person.id, None));
    }
    let founder = mentors[0].clone();
    for mentor in mentors.iter_mut().skip(1) {
        mestre.logout();
        mestre.login_with_password(&mentor.0, DEMO_PASSWORD)?;
        mentor.1 = mestre.mentor_signer();
    }
    mestre.sign_in_for_demo(&founder.0, founder.1.clone())?;
    let trainees = (0..size.trainees).map(|i| super::add_demo_trainee(&mut mestre, i)).collect::<Result<Vec<_>>>()?;
    erase_a_former_trainee(&mut mestre, size.trainees, &founder, &mut report)?;
    record_prompt_clips(&mut mestre, &mut rng, size, &mut report)?;
    // The cards her days are made of: the starter cards, then the café's own.
    let mut cards: Vec<String> = TASKS.iter().map(|t| t.id.to_string()).collect();
    cards.extend(cafe_content(&mut mestre, &founder, &mut report)?);

    // Which days each trainee came, decided first so the photos, voice notes, words and
    // comments can be spread evenly over all of them.
    let weeks = ((until_ms - start) / (7 * DAY_MS)).max(1);
    let mut days: Vec<(i64, usize)> = Vec::new(); // (day number from start, trainee)
    for d in 0..weeks * 7 {
        let weekday = (start / DAY_MS + d + 3).rem_euclid(7); // 1970-01-01 was a Thursday: 0 = Monday
        for t in 0..trainees.len() {
            if weekday < 5 && rng.gen_bool(0.8) {
                days.push((d, t));
            }
        }
    }
    let plan = DayPlan::new(&mut rng, days.len(), cards.len(), size);
    // The files come from their own generator, so cafés of every scale made from one seed
    // hold the same files (the benchmark links them instead of storing them again).
    let pool = FilePool::new(&mut ChaCha8Rng::seed_from_u64(seed ^ 0x4d45_5354_5245_u64), dir, size)?;

    let mut practice = Practice::new();
    let mut next = 0usize;
    for week in 0..weeks {
        let week_end = start + (week + 1) * 7 * DAY_MS - 3_600_000;
        let first = next;
        while next < days.len() && days[next].0 < (week + 1) * 7 {
            next += 1;
        }
        let this_week = &days[first..next];
        set_clock(&clock, week_end);
        for (t, trainee) in trainees.iter().enumerate() {
            let mine: Vec<usize> = (first..next).filter(|&k| days[k].1 == t).collect();
            if mine.is_empty() {
                continue;
            }
            mestre.sign_in_for_demo(trainee, None)?;
            let mut drafts: Vec<Draft> = Vec::new();
            for &k in &mine {
                let day_start = start + days[k].0 * DAY_MS + 9 * 3_600_000;
                let date = date_of(day_start);
                let id = day_id(trainee, &date);
                let d = &plan.days[k];
                let tasks: Vec<String> = d.tasks.iter().map(|&i| cards[i].clone()).collect();
                report.tasks += tasks.len();
                let mut day = DiaryDayDraft::new(&id, trainee).day(date).tasks(tasks).created_ms(day_start).comments_seen_ms(week_end);
                if let Some(mood) = d.mood {
                    day = day.mood(mood);
                    report.moods += 1;
                }
                drafts.push(day.into());
                report.days += 1;
                let item = |kind: ItemKind, photo: Option<PhotoRef>, voice: Option<(String, i64)>, minute: i64, rng: &mut ChaCha8Rng| {
                    DiaryItemDraft::new(uuid_at(day_start + minute * 60_000, rng), trainee)
                        .day_id(id.as_str())
                        .kind(kind)
                        .photo(photo.as_ref().map(|p| p.photo.clone()))
                        .photo_thumb(photo.map(|p| p.thumb))
                        .voice(voice.as_ref().map(|v| v.0.clone()))
                        .duration_ms(voice.map_or(0, |v| v.1))
                        .created_ms(day_start + minute * 60_000)
                };
                for _ in 0..d.photos {
                    let photo = if report.photos < size.phone_photos {
                        mestre.import_my_photo(&std::fs::read(pool.phone_photo(report.photos))?)?
                    } else {
                        pool.photo(&mestre, trainee, report.photos, &mut drafts)?
                    };
                    report.photos += 1;
                    drafts.push(item(ItemKind::Photo, Some(photo), None, 60, &mut rng).into());
                }
                for _ in 0..d.voice_notes {
                    let voice = pool.voice(&mestre, trainee, report.voice_notes, &mut drafts)?;
                    report.voice_notes += 1;
                    drafts.push(item(ItemKind::Voice, None, Some(voice), 90, &mut rng).into());
                }
                for _ in 0..d.words {
                    let photo = pool.photo(&mestre, trainee, report.words * 7 + 3, &mut drafts)?;
                    let voice = pool.voice(&mestre, trainee, report.words * 3 + 1, &mut drafts)?;
                    report.words += 1;
                    let word = super::WORDS[report.words % super::WORDS.len()];
                    let diary_item = item(ItemKind::Word, Some(photo.clone()), Some(voice.clone()), 120, &mut rng).text(word);
                    // A new word of her diary is a word of the bank too, with the same id.
                    let id = Draft::from(diary_item.clone()).row_id;
                    drafts.push(diary_item.into());
                    drafts.push(
                        WordDraft::new(&id, trainee)
                            .category(Some(Category::NewWords))
                            .text(word)
                            .photo(Some(photo.photo))
                            .photo_thumb(Some(photo.thumb))
                            .voice(Some(voice.0))
                            .voice_ms(voice.1)
                            .created_ms(day_start + 120 * 60_000)
                            .into(),
                    );
                    practice.words.push(id);
                }
                // In the last year, she practises her words on the days she comes.
                if day_start >= until_ms - 365 * DAY_MS {
                    practice.day(trainee, day_start, &date_of(day_start), &mut rng, &mut drafts, &mut report.word_reviews)?;
                }
            }
            mestre.record(drafts)?;
        }
        // The mentors read the week's diaries on Friday afternoon and comment.
        for (m, (mentor, signer)) in mentors.iter().enumerate() {
            let mut drafts: Vec<Draft> = Vec::new();
            for (k, (d, t)) in this_week.iter().enumerate() {
                let index = first + k;
                for c in 0..plan.days[index].comments {
                    if (index + c) % mentors.len() != m {
                        continue;
                    }
                    let date = chrono::DateTime::from_timestamp_millis(start + d * DAY_MS + 9 * 3_600_000).expect("in range");
                    drafts.push(
                        DiaryCommentDraft::new(uuid_at(week_end - 60_000, &mut rng), mentor)
                            .day_id(day_id(&trainees[*t], &date.format("%Y-%m-%d").to_string()))
                            .text(COMMENTS[rng.gen_range(0..COMMENTS.len())])
                            .created_ms(week_end - 60_000)
                            .into(),
                    );
                    report.comments += 1;
                }
            }
            if !drafts.is_empty() {
                mestre.sign_in_for_demo(mentor, signer.clone())?;
                mestre.record(drafts)?;
            }
        }
    }
    cook_book(&mut mestre, &pool, size, &trainees, &founder, start, weeks, &mut rng, &mut report)?;
    fridge_year(&mut mestre, size, &trainees, until_ms, &mut rng, &mut report)?;
    competence_year(&mut mestre, &trainees, &founder, until_ms, &mut rng, &mut report)?;
    follow_up_year(&mut mestre, &trainees, &mentors, until_ms, &mut rng, &mut report)?;
    studio_content(&mut mestre, &pool, &founder, &mut report)?;
    mestre.logout();
    media.sync_all()?;
    report.diary_items = report.days + report.tasks + report.moods + report.photos + report.voice_notes + report.words + report.comments;
    let (files, bytes) = media.count()?;
    report.media_files = files;
    report.media_bytes = bytes;
    Ok(report)
}

/// The café's recipes, written by its trainees over the years (a photo of the dish and
/// of each step, her recorded name of the dish, ingredients of the starter catalogue),
/// and a week menu of two dishes on every weekday.
#[allow(clippy::too_many_arguments)]
fn cook_book(
    mestre: &mut Mestre,
    pool: &FilePool,
    size: PresetSize,
    trainees: &[String],
    founder: &(String, Option<MentorSigner>),
    start: i64,
    weeks: i64,
    rng: &mut ChaCha8Rng,
    report: &mut PresetReport,
) -> Result<()> {
    use crate::recipes::pack::RecipePack;
    use crate::recipes::{pack_id, MenuDishDraft, RecipeDraft, RecipeIngredientDraft, RecipeStepDraft};
    const STEPS: [&str; 6] = [
        "Skjær grønnsakene i biter.",
        "Stek løken i olje til den er myk.",
        "Ha i krydder og rør godt.",
        "Hell i vann og kok i 20 minutter.",
        "Smak til med salt.",
        "Server varm med brød.",
    ];
    let pack = RecipePack::shipped();
    let mut ids = Vec::new();
    for chunk in (0..size.recipes).collect::<Vec<_>>().chunks(25) {
        let mut drafts: Vec<Draft> = Vec::new();
        for &n in chunk {
            let trainee = &trainees[n % trainees.len()];
            let made = start + (n as i64 * (weeks * 7 * DAY_MS)) / size.recipes.max(1) as i64;
            let id = uuid_at(made, rng);
            let photo = pool.photo(mestre, trainee, n * 11 + 5, &mut drafts)?;
            let voice = pool.voice(mestre, trainee, n * 5 + 2, &mut drafts)?;
            let like = &pack.recipes[n % pack.recipes.len()];
            drafts.push(
                RecipeDraft::new(&id, trainee)
                    .title(format!("{} {}", like.text("nb", 0).unwrap_or("Rett"), n + 1))
                    .country(like.origin.clone())
                    .cook(super::TRAINEES[n % trainees.len() % super::TRAINEES.len()].0)
                    .portions(4 + (n % 4) as i64 * 2)
                    .photo(Some(photo.photo.clone()))
                    .photo_thumb(Some(photo.thumb.clone()))
                    .title_voice(Some(voice.0.clone()))
                    .title_voice_ms(voice.1)
                    .created_ms(made)
                    .into(),
            );
            let mut step_ids = Vec::new();
            for (k, text) in STEPS.iter().enumerate() {
                let step = uuid_at(made + k as i64, rng);
                let step_photo = pool.photo(mestre, trainee, n * 13 + k, &mut drafts)?;
                drafts.push(
                    RecipeStepDraft::new(&step, trainee)
                        .recipe_id(id.clone())
                        .position((k as i64 + 1) << 20)
                        .text(*text)
                        .photo(Some(step_photo.photo))
                        .photo_thumb(Some(step_photo.thumb))
                        .voice(Some(voice.0.clone()))
                        .voice_ms(voice.1)
                        .voice_lang("ar")
                        .timer_s(if k == 3 { 1200 } else { 0 })
                        .into(),
                );
                step_ids.push(step);
            }
            for k in 0..8 {
                let ingredient = &pack.ingredients[(n * 7 + k * 3) % pack.ingredients.len()];
                drafts.push(
                    RecipeIngredientDraft::new(uuid_at(made + 10 + k as i64, rng), trainee)
                        .recipe_id(id.clone())
                        .ingredient_id(pack_id(&ingredient.key))
                        .step_id(step_ids[k % step_ids.len()].clone())
                        .amount_milli(rng.gen_range(1..500) * 1000)
                        .unit(crate::recipes::quantity::Unit::Gram)
                        .position((k as i64 + 1) << 20)
                        .into(),
                );
            }
            report.recipes += 1;
            report.recipe_steps += STEPS.len();
            report.recipe_lines += 8;
            ids.push(id);
        }
        mestre.record(drafts)?;
    }
    // The week menus: two dishes every weekday, the café's own and the starter recipes.
    let mut drafts: Vec<Draft> = Vec::new();
    for day in 0..weeks * 7 {
        let at = start + day * DAY_MS;
        let weekday = (at / DAY_MS + 3).rem_euclid(7);
        if weekday >= 5 {
            continue;
        }
        for k in 0..2 {
            let recipe = if k == 0 && !ids.is_empty() {
                ids[rng.gen_range(0..ids.len())].clone()
            } else {
                pack_id(&pack.recipes[rng.gen_range(0..pack.recipes.len())].key)
            };
            drafts.push(MenuDishDraft::new(uuid_at(at + k, rng), &founder.0).day(date_of(at)).recipe_id(recipe).position(k + 1).into());
            report.menu_dishes += 1;
        }
        if drafts.len() >= 500 {
            mestre.record(std::mem::take(&mut drafts))?;
        }
    }
    mestre.record(drafts)?;
    Ok(())
}

/// The last year of the fridge, written as the trainees wrote it: each plays a round of
/// one of the four games most weeks, the labels of the day's cooking are printed by whoever
/// made the food, and every weekday morning one of them reads the fridge and the freezer
/// (a warm morning now and then).
fn fridge_year(
    mestre: &mut Mestre,
    size: PresetSize,
    trainees: &[String],
    until_ms: i64,
    rng: &mut ChaCha8Rng,
    report: &mut PresetReport,
) -> Result<()> {
    use crate::fridge::pack::FoodPack;
    use crate::fridge::{FridgeGame, FridgeLabelDraft, FridgePracticeDraft, FridgeReadingDraft, LabelSize, Zone};
    let pack = FoodPack::shipped();
    let labelled: Vec<_> = pack.items.iter().filter(|i| i.zone != Zone::Dry).collect();
    let rules = pack.rules(Country::Norway);
    let first = until_ms - 52 * 7 * DAY_MS;
    for week in 0..52i64 {
        let monday = first + week * 7 * DAY_MS;
        for (t, trainee) in trainees.iter().enumerate() {
            let mut drafts: Vec<Draft> = Vec::new();
            if rng.gen_bool(0.8) {
                let game = FridgeGame::ALL[rng.gen_range(0..FridgeGame::ALL.len())];
                let total = rng.gen_range(5..=10);
                let done = monday + (t as i64 % 5) * DAY_MS + 13 * 3_600_000;
                drafts.push(
                    FridgePracticeDraft::new(uuid_at(done, rng), trainee)
                        .game(game)
                        .points(rng.gen_range(total / 2..=total))
                        .total(total)
                        .missed(labelled[rng.gen_range(0..labelled.len())].key.clone())
                        .aim(game.aim())
                        .country("NO")
                        .day(date_of(done))
                        .done_ms(done)
                        .into(),
                );
                report.fridge_rounds += 1;
            }
            for day in 0..5i64 {
                let at = monday + day * DAY_MS;
                // Her share of the day's labels.
                for n in 0..size.labels_per_day {
                    if (n + day as usize) % trainees.len() != t {
                        continue;
                    }
                    let item = labelled[rng.gen_range(0..labelled.len())];
                    let printed = at + 11 * 3_600_000 + n as i64 * 60_000;
                    let made = chrono::DateTime::from_timestamp_millis(printed).expect("in range").date_naive();
                    let keeps = rules.class(&item.class).keeps_days;
                    drafts.push(
                        FridgeLabelDraft::new(uuid_at(printed, rng), trainee)
                            .item(item.key.clone())
                            .product(pack.name(&item.key, "nb"))
                            .event(item.after)
                            .made_day(date_of(printed))
                            .use_by_day(crate::fridge::rules::iso(crate::fridge::rules::use_by(made, keeps)))
                            .allergens(item.allergens.clone())
                            .initials(format!("T{}", t % 100))
                            .size(LabelSize::Roll62)
                            .printed_ms(printed)
                            .into(),
                    );
                    report.fridge_labels += 1;
                }
                // The morning check, by the trainee on duty.
                if (week as usize * 5 + day as usize) % trainees.len() == t {
                    let read = at + 7 * 3_600_000;
                    for (zone, limit, normal) in [(Zone::Fridge, 40, 30), (Zone::Freezer, -180, -200)] {
                        let warm = if rng.gen_bool(0.05) { 30 } else { 0 };
                        drafts.push(
                            FridgeReadingDraft::new(uuid_at(read, rng), trainee)
                                .zone(zone)
                                .tenths(normal + rng.gen_range(-10..=10) + warm)
                                .limit_tenths(limit)
                                .day(date_of(read))
                                .read_ms(read)
                                .into(),
                        );
                        report.fridge_readings += 1;
                    }
                }
            }
            if !drafts.is_empty() {
                mestre.sign_in_for_demo(trainee, None)?;
                mestre.record(drafts)?;
            }
        }
    }
    Ok(())
}

/// A year of competences: each trainee's plan of ten aims, her ratings of two of them
/// every other week (more and more "on my own"), up to three pieces of evidence per aim
/// from her own book and practice, and the founder's signed marks — P on eight aims, F on
/// six, K on the four with evidence, spread over the year.
fn competence_year(
    mestre: &mut Mestre,
    trainees: &[String],
    founder: &(String, Option<MentorSigner>),
    until_ms: i64,
    rng: &mut ChaCha8Rng,
    report: &mut PresetReport,
) -> Result<()> {
    use crate::competence::{
        evidence_id, plan_id, CompetenceEvidenceDraft, CompetenceMarkDraft, CompetencePlanDraft, CompetenceRatingDraft, EvidenceKind,
        Level, Mark,
    };
    // The curricula as the café has them: its own aims are in the plans too.
    let pack = mestre.curriculum()?.into_owned();
    let first = until_ms - 52 * 7 * DAY_MS;
    for (t, trainee) in trainees.iter().enumerate() {
        let plan: Vec<&crate::competence::Aim> = (0..10).map(|k| &pack.aims[(t * 3 + k * 7) % pack.aims.len()]).collect();
        let mut plans: Vec<Draft> = Vec::new();
        for aim in &plan {
            plans.push(CompetencePlanDraft::new(plan_id(trainee, &aim.id), trainee).aim(aim.id.clone()).added_ms(first).into());
            report.competence_plans += 1;
        }
        // Her own ratings, and the evidence her work gives.
        let mut hers: Vec<Draft> = Vec::new();
        for week in (0..52i64).step_by(2) {
            for _ in 0..2 {
                let aim = plan[rng.gen_range(0..plan.len())];
                let at = first + week * 7 * DAY_MS + 14 * 3_600_000;
                let level = if rng.gen_range(0..52) < week { Level::OnMyOwn } else { Level::ALL[rng.gen_range(0..2)] };
                hers.push(
                    CompetenceRatingDraft::new(uuid_at(at, rng), trainee)
                        .aim(aim.id.clone())
                        .level(level)
                        .day(date_of(at))
                        .rated_ms(at)
                        .into(),
                );
                report.competence_ratings += 1;
            }
        }
        let store = mestre.store();
        let days = store.diary_days_of(trainee, 400)?;
        let rounds = store.fridge_practice_of(trainee)?;
        let words = store.word_practice_days(trainee, 30)?;
        let mut linked: std::collections::HashMap<String, Vec<String>> = Default::default();
        for aim in &plan {
            let mut refs: Vec<(EvidenceKind, String)> = Vec::new();
            refs.extend(rounds.iter().filter(|r| r.aim == aim.id).take(2).map(|r| (EvidenceKind::FridgePractice, r.id.clone())));
            refs.extend(
                days.iter()
                    .filter(|d| d.tasks.iter().any(|x| aim.tasks.contains(x)))
                    .take(2)
                    .map(|d| (EvidenceKind::DiaryDay, d.id.clone())),
            );
            if aim.words {
                refs.extend(words.iter().take(1).map(|(day, _, _)| (EvidenceKind::WordPractice, day.clone())));
            }
            for (kind, ref_id) in refs.into_iter().take(3) {
                let id = evidence_id(trainee, &aim.id, kind, &ref_id);
                hers.push(
                    CompetenceEvidenceDraft::new(&id, trainee)
                        .aim(aim.id.clone())
                        .kind(kind)
                        .ref_id(ref_id)
                        .linked(true)
                        .linked_by(trainee.clone())
                        .linked_ms(until_ms - 30 * DAY_MS)
                        .into(),
                );
                linked.entry(aim.id.clone()).or_default().push(id);
                report.competence_evidence += 1;
            }
        }
        // The founder's marks, signed with her key.
        let mut marks: Vec<Draft> = Vec::new();
        let with_evidence: Vec<&&crate::competence::Aim> = plan.iter().filter(|a| linked.contains_key(&a.id)).take(4).collect();
        for (k, aim) in plan.iter().enumerate().take(8) {
            let steps: &[Mark] = if with_evidence.iter().any(|a| a.id == aim.id) {
                &[Mark::Started, Mark::Completed, Mark::Checked]
            } else if k < 6 {
                &[Mark::Started, Mark::Completed]
            } else {
                &[Mark::Started]
            };
            for (n, mark) in steps.iter().enumerate() {
                let at = first + ((k as i64 * 3 + n as i64 * 10) % 50) * 7 * DAY_MS + 15 * 3_600_000;
                let evidence = if *mark == Mark::Checked { linked.get(&aim.id).cloned().unwrap_or_default() } else { vec![] };
                marks.push(
                    CompetenceMarkDraft::new(uuid_at(at, rng), &founder.0)
                        .trainee(trainee.clone())
                        .aim(aim.id.clone())
                        .mark(*mark)
                        .day(date_of(at))
                        .comment(if *mark == Mark::Checked { "Vist i kafeen flere ganger." } else { "" })
                        .evidence(evidence)
                        .signed_ms(at)
                        .into(),
                );
                report.competence_marks += 1;
            }
        }
        mestre.sign_in_for_demo(&founder.0, founder.1.clone())?;
        mestre.record(plans)?;
        mestre.record(marks)?;
        mestre.sign_in_for_demo(trainee, None)?;
        mestre.record(hers)?;
    }
    Ok(())
}

/// The café's own content, written by the founder: twelve task cards (four an area) and
/// ten foods, each named in the trainees' languages, six aims of its own, and three
/// starter cards and five starter foods it hides. Returns the new cards' ids.
fn cafe_content(mestre: &mut Mestre, founder: &(String, Option<MentorSigner>), report: &mut PresetReport) -> Result<Vec<String>> {
    use crate::competence::own::OwnAimInput;
    use crate::content::LangText;
    use crate::diary::cards::TaskCardInput;
    use crate::diary::Area;
    use crate::fridge::own::FoodInput;
    use crate::fridge::FoodEvent;
    mestre.sign_in_for_demo(&founder.0, founder.1.clone())?;
    let mut langs: Vec<&str> = super::TRAINEES.iter().map(|(_, lang)| *lang).collect();
    langs.sort_unstable();
    langs.dedup();
    // "<name> (<lang>)" stands in for a translation: the rows are what the benchmark reads.
    let texts =
        |name: &str| -> Vec<LangText> { langs.iter().map(|l| LangText { lang: l.to_string(), text: format!("{name} ({l})") }).collect() };
    const CARDS: [(&str, Area, &str); 12] = [
        ("Vaske kaffemaskinen", Area::Cleaning, "task-make-coffee"),
        ("Fylle kaffebønner", Area::Serving, "task-make-coffee"),
        ("Lage smoothie", Area::Kitchen, "task-make-salad"),
        ("Steke injera", Area::Kitchen, "task-bake-bread"),
        ("Koke linser", Area::Kitchen, "task-make-soup"),
        ("Rulle sambusa", Area::Kitchen, "task-make-sandwiches"),
        ("Vaske vinduene", Area::Cleaning, "task-clean-surfaces"),
        ("Tørke støv", Area::Cleaning, "task-clean-surfaces"),
        ("Vaske kjøleskapet", Area::Cleaning, "task-fill-fridge"),
        ("Pakke catering", Area::Serving, "task-fill-display"),
        ("Ta imot telefon", Area::Serving, "task-take-order"),
        ("Skrive menytavla", Area::Serving, "task-fill-display"),
    ];
    let mut ids = Vec::new();
    for (text, area, picture) in CARDS {
        let cards = mestre.save_task_card(TaskCardInput {
            id: None,
            area,
            text: text.into(),
            picture: Some(picture.into()),
            photo: None,
            texts: texts(text),
        })?;
        let new: Vec<String> = cards.into_iter().filter(|c| c.own && !ids.contains(&c.id)).map(|c| c.id).collect();
        ids.extend(new);
        report.own_task_cards += 1;
        report.content_languages += texts(text).len();
    }
    for starter in ["use-till", "make-waffles", "clean-toilet"] {
        mestre.set_task_card_hidden(starter, true)?;
        report.hidden_starters += 1;
    }
    const FOODS: [(&str, &str, &str, FoodEvent); 10] = [
        ("Injerarøre", "flour", "batter", FoodEvent::Made),
        ("Hummus", "chickpeas", "dip", FoodEvent::Made),
        ("Kokt linsesuppe", "lentils", "cooked-food", FoodEvent::Made),
        ("Sambusafyll", "minced-meat", "cooked-food", FoodEvent::Made),
        ("Chutney", "mango", "sauce", FoodEvent::Opened),
        ("Berbere", "chili", "dry-goods", FoodEvent::Opened),
        ("Frosne sambusa", "croissant", "frozen", FoodEvent::Made),
        ("Tahinidressing", "sesame", "sauce", FoodEvent::Made),
        ("Kardemommekake", "cardamom", "cream-cake", FoodEvent::Made),
        ("Ingefærshot", "ginger", "opened-drink", FoodEvent::Made),
    ];
    for (name, picture, class, after) in FOODS {
        mestre.save_own_food(FoodInput {
            id: None,
            name: name.into(),
            picture: picture.into(),
            class: class.into(),
            after,
            allergens: if picture == "sesame" { vec!["sesame".into()] } else { vec![] },
            names: texts(name),
        })?;
        report.own_foods += 1;
        report.content_languages += texts(name).len();
    }
    for starter in ["cooked-pasta", "cream-cake", "bacon", "sausages", "wraps"] {
        mestre.set_food_hidden(starter, true)?;
        report.hidden_starters += 1;
    }
    const AIMS: [(&str, &str, &str); 6] = [
        ("Lage kaffe og espresso", "Jeg lager kaffe til gjestene og gjør maskinen ren.", "task-make-coffee"),
        ("Steke injera", "Jeg lager røre og steker injera til lunsj.", "task-bake-bread"),
        ("Pakke catering", "Jeg pakker mat til kunder som henter den.", "task-fill-display"),
        ("Svare i telefonen", "Jeg tar telefonen og skriver ned bestillingen.", "aim-phone"),
        ("Holde vinduene rene", "Jeg vasker vinduene hver uke.", "aim-window"),
        ("Lage menytavla", "Jeg skriver dagens meny på tavla.", "aim-clipboard"),
    ];
    for (k, (title, plain, picture)) in AIMS.into_iter().enumerate() {
        mestre.save_own_aim(OwnAimInput {
            id: None,
            code: format!("KAFE-{}", k + 1),
            title: title.into(),
            plain: plain.into(),
            official: String::new(),
            picture: picture.into(),
            tasks: ids.iter().skip(k * 2).take(2).cloned().collect(),
            fridge: k == 1,
            words: k == 5,
            titles: texts(title),
            plains: texts(plain),
            hidden: false,
        })?;
        report.own_aims += 1;
        report.content_languages += 2 * texts(title).len();
    }
    Ok(ids)
}

/// The studio's work on the café's content: every food, aim (name and explanation),
/// starter recipe and own task card recorded in Somali, Tigrinya and Arabic by volunteers.
fn studio_content(mestre: &mut Mestre, pool: &FilePool, founder: &(String, Option<MentorSigner>), report: &mut PresetReport) -> Result<()> {
    use crate::content::{language_id, ContentKind, ContentLanguageDraft};
    mestre.sign_in_for_demo(&founder.0, founder.1.clone())?;
    let cafe = mestre.cafe_owner()?;
    let mut n = 0;
    for lang in ["so", "ti", "ar"] {
        let mut drafts: Vec<Draft> = Vec::new();
        for kind in ContentKind::ALL.into_iter().filter(|k| *k != ContentKind::Step) {
            let listed = mestre.studio_content(lang, kind)?;
            for item in listed.groups.iter().flat_map(|g| &g.items) {
                let (voice, ms) = pool.voice(mestre, &founder.0, 4_000 + n, &mut drafts)?;
                n += 1;
                drafts.push(
                    ContentLanguageDraft::new(language_id(lang, &item.item), cafe.as_str())
                        .item(item.item.as_str())
                        .lang(lang)
                        .voice(Some(voice))
                        .voice_ms(ms)
                        .into(),
                );
                report.content_languages += 1;
            }
        }
        mestre.record(drafts)?;
    }
    Ok(())
}

/// A trainee who left long ago and asked to be forgotten: she kept one day in her book,
/// then a mentor erased her (at the start, so every device of the café holds the erasure).
fn erase_a_former_trainee(
    mestre: &mut Mestre,
    n: usize,
    founder: &(String, Option<MentorSigner>),
    report: &mut PresetReport,
) -> Result<()> {
    let former = super::add_demo_trainee(mestre, n)?;
    mestre.sign_in_for_demo(&former, None)?;
    mestre.set_my_mood(crate::diary::Mood::Good)?;
    mestre.sign_in_for_demo(&founder.0, founder.1.clone())?;
    mestre.erase_trainee(&former)?;
    report.erasures += 1;
    Ok(())
}

/// The last year of the mentors' follow-up: each month the first two mentors mark every
/// trainee's work seen, and suggest her two things to practise (a word, a recipe).
fn follow_up_year(
    mestre: &mut Mestre,
    trainees: &[String],
    mentors: &[(String, Option<MentorSigner>)],
    until_ms: i64,
    rng: &mut ChaCha8Rng,
    report: &mut PresetReport,
) -> Result<()> {
    use crate::review::{seen_id, PracticeSuggestionDraft, ReviewSeenDraft, SuggestionKind};
    let words: Vec<String> = crate::words::pack::Pack::shipped().words.iter().map(|w| format!("pack:{}", w.key)).collect();
    let recipes: Vec<String> = crate::recipes::pack::RecipePack::shipped().recipes.iter().map(|r| format!("pack:{}", r.key)).collect();
    for (mentor, signer) in mentors.iter().take(2) {
        mestre.sign_in_for_demo(mentor, signer.clone())?;
        for month in 0..12i64 {
            let at = until_ms - (12 - month) * 30 * DAY_MS + 16 * 3_600_000;
            let mut drafts: Vec<Draft> = Vec::new();
            for trainee in trainees {
                drafts.push(ReviewSeenDraft::new(seen_id(mentor, trainee), mentor).trainee(trainee.clone()).seen_ms(at).into());
                if month == 0 {
                    report.review_seen += 1;
                }
                for (kind, pool) in [(SuggestionKind::Word, &words), (SuggestionKind::Recipe, &recipes)] {
                    drafts.push(
                        PracticeSuggestionDraft::new(uuid_at(at, rng), mentor)
                            .trainee(trainee.clone())
                            .kind(kind)
                            .ref_id(pool[rng.gen_range(0..pool.len())].clone())
                            .suggested_ms(at)
                            .into(),
                    );
                    report.suggestions += 1;
                }
            }
            mestre.record(drafts)?;
        }
    }
    Ok(())
}

fn date_of(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms).expect("in range").format("%Y-%m-%d").to_string()
}

/// Each trainee's word practice, scheduled as the app schedules it (FSRS and learning
/// steps), answered mostly right: where each of her words stands, kept in memory.
struct Practice {
    /// The café's words in the order a trainee meets them: the starter pack, then the
    /// new words of the diaries as they are added.
    words: Vec<String>,
    /// Where each of her words stands, by trainee and word.
    cards: std::collections::HashMap<String, std::collections::HashMap<String, CardState>>,
    /// How far into `words` each trainee has come.
    met: std::collections::HashMap<String, usize>,
}

impl Practice {
    /// Answers in one practice, at most.
    const PER_DAY: usize = 12;

    fn new() -> Self {
        let words = Pack::shipped().words.iter().map(|w| pack_word_id(&w.key)).collect();
        Practice { words, cards: Default::default(), met: Default::default() }
    }

    /// One practice of `trainee` on the day starting `day_start`: words due, then new ones.
    fn day(
        &mut self,
        trainee: &str,
        day_start: i64,
        date: &str,
        rng: &mut ChaCha8Rng,
        drafts: &mut Vec<Draft>,
        count: &mut usize,
    ) -> Result<()> {
        let mut now = day_start + 13 * 3_600_000;
        let cards = self.cards.entry(trainee.to_string()).or_default();
        let mut due: Vec<(i64, String)> =
            cards.iter().filter(|(_, card)| card.due_ms <= now).map(|(word, card)| (card.due_ms, word.clone())).collect();
        due.sort();
        let mut todo: Vec<String> = due.into_iter().map(|(_, w)| w).take(Self::PER_DAY).collect();
        let met = self.met.entry(trainee.to_string()).or_default();
        while todo.len() < Self::PER_DAY && *met < self.words.len() {
            todo.push(self.words[*met].clone());
            *met += 1;
        }
        for word in todo {
            let card = cards.get(&word).copied();
            let rating = match rng.gen_range(0..20) {
                0 | 1 => Rating::Again,
                2 => Rating::Hard,
                19 => Rating::Easy,
                _ => Rating::Good,
            };
            let next = schedule(card.as_ref(), rating, now)?;
            let mode = PracticeMode::ALL[card.map_or(0, |c| c.reviews as usize) % PracticeMode::ALL.len()];
            drafts.push(
                WordReviewDraft::new(uuid_at(now, rng), trainee)
                    .word_id(&word)
                    .mode(mode)
                    .rating(rating as i64)
                    .reviewed_ms(now)
                    .day(date)
                    .elapsed_days(next.elapsed_days)
                    .stability_milli((next.stability * 1000.0).round() as i64)
                    .difficulty_milli((next.difficulty * 1000.0).round() as i64)
                    .step(next.step)
                    .due_ms(next.due_ms)
                    .into(),
            );
            *count += 1;
            cards.insert(
                word,
                CardState {
                    reviewed_ms: now,
                    due_ms: next.due_ms,
                    stability: next.stability,
                    difficulty: next.difficulty,
                    step: next.step,
                    reviews: card.map_or(1, |c| c.reviews + 1),
                },
            );
            now += 20_000;
        }
        Ok(())
    }
}

fn set_clock(clock: &FixedClock, ms: i64) {
    let now = clock.now_ms();
    if ms > now {
        clock.advance_ms(ms - now);
    }
}

/// An id as the app makes them (UUID v7: the time first, then random bits), at `ms`,
/// from the seeded generator.
fn uuid_at(ms: i64, rng: &mut ChaCha8Rng) -> String {
    uuid::Builder::from_unix_timestamp_millis(ms.max(0) as u64, &rng.gen()).into_uuid().to_string()
}

/// What one day of one trainee holds.
struct PlannedDay {
    tasks: Vec<usize>,
    mood: Option<Mood>,
    photos: usize,
    voice_notes: usize,
    words: usize,
    comments: usize,
}

struct DayPlan {
    days: Vec<PlannedDay>,
}

impl DayPlan {
    /// Tasks and moods at random; photos, voice notes, words and comments spread evenly,
    /// comments as many as it takes to reach the size's diary items.
    fn new(rng: &mut ChaCha8Rng, count: usize, cards: usize, size: PresetSize) -> Self {
        const MOODS: [Mood; 6] = [Mood::Great, Mood::Good, Mood::Good, Mood::Ok, Mood::Tired, Mood::Hard];
        let mut days: Vec<PlannedDay> = (0..count)
            .map(|_| {
                let n = rng.gen_range(1..=3);
                let mut tasks: Vec<usize> = Vec::new();
                while tasks.len() < n {
                    let t = rng.gen_range(0..cards);
                    if !tasks.contains(&t) {
                        tasks.push(t);
                    }
                }
                let mood = rng.gen_bool(0.9).then(|| MOODS[rng.gen_range(0..MOODS.len())]);
                PlannedDay { tasks, mood, photos: 0, voice_notes: 0, words: 0, comments: 0 }
            })
            .collect();
        let spread = |days: &mut Vec<PlannedDay>, total: usize, field: fn(&mut PlannedDay) -> &mut usize| {
            for k in 0..total {
                let i = if days.is_empty() { return } else { (k * days.len() / total.max(1) + k / days.len().max(1)) % days.len() };
                *field(&mut days[i]) += 1;
            }
        };
        spread(&mut days, size.photos, |d| &mut d.photos);
        spread(&mut days, size.voice_notes, |d| &mut d.voice_notes);
        spread(&mut days, size.words, |d| &mut d.words);
        let so_far: usize = days.iter().map(|d| 1 + d.tasks.len() + usize::from(d.mood.is_some())).sum::<usize>()
            + size.photos
            + size.voice_notes
            + size.words;
        spread(&mut days, size.diary_items.saturating_sub(so_far), |d| &mut d.comments);
        DayPlan { days }
    }
}

/// The files photos and voice notes point at: generated once, made distinct cheaply.
struct FilePool {
    photos: Vec<image_import::ImportedPhoto>,
    voices: Vec<(Vec<u8>, i64)>,
    phone_photos: Vec<std::path::PathBuf>,
    photo_files: usize,
    voice_files: usize,
}

impl FilePool {
    fn new(rng: &mut ChaCha8Rng, dir: &Path, size: PresetSize) -> Result<Self> {
        let photos = (0..size.base_photos.clamp(1, size.photo_files.max(1)))
            .map(|i| image_import::import_photo(&kitchen_photo(rng, i, 1600, 1200)))
            .collect::<Result<Vec<_>>>()?;
        let voices = (0..BASE_VOICES.min(size.voice_files.max(1)))
            .map(|i| {
                let seconds = 4.0 + 36.0 * (i as f64 / BASE_VOICES as f64);
                let pcm = speech_like(rng, seconds);
                Ok((audio::encode_ogg_opus(&pcm)?, (seconds * 1000.0) as i64))
            })
            .collect::<Result<Vec<_>>>()?;
        let originals = dir.join(PHONE_PHOTOS_DIR);
        std::fs::create_dir_all(&originals)?;
        let phone_photos = (0..size.phone_photos)
            .map(|i| {
                let path = originals.join(format!("phone-{i:03}.jpg"));
                std::fs::write(&path, kitchen_photo(rng, i, size.phone_photo_size.0, size.phone_photo_size.1))?;
                Ok(path)
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(FilePool { photos, voices, phone_photos, photo_files: size.photo_files.max(1), voice_files: size.voice_files.max(1) })
    }

    fn phone_photo(&self, n: usize) -> &Path {
        &self.phone_photos[n % self.phone_photos.len()]
    }

    /// Photo number `n` (a distinct file up to the pool's size), stored and described.
    fn photo(&self, mestre: &Mestre, owner: &str, n: usize, drafts: &mut Vec<Draft>) -> Result<PhotoRef> {
        let n = n % self.photo_files;
        let base = &self.photos[n % self.photos.len()];
        let photo = store_new(mestre, owner, &with_jpeg_comment(&base.full.bytes, n), "image/jpeg", Some(&base.full), drafts)?;
        let thumb = store_new(mestre, owner, &with_jpeg_comment(&base.thumb.bytes, n), "image/jpeg", Some(&base.thumb), drafts)?;
        Ok(PhotoRef { photo, thumb })
    }

    /// Voice recording number `n` and its length.
    fn voice(&self, mestre: &Mestre, owner: &str, n: usize, drafts: &mut Vec<Draft>) -> Result<(String, i64)> {
        let n = n % self.voice_files;
        let (bytes, duration) = &self.voices[n % self.voices.len()];
        let bytes = with_ogg_serial(bytes, n as u32 + 1)?;
        Ok((store_new(mestre, owner, &bytes, "audio/ogg", None, drafts)?, *duration))
    }
}

/// Store a file; the first time, describe it with a media row in `drafts`.
fn store_new(
    mestre: &Mestre,
    owner: &str,
    bytes: &[u8],
    mime: &str,
    image: Option<&image_import::EncodedImage>,
    drafts: &mut Vec<Draft>,
) -> Result<String> {
    let hash = crate::media::sha256_hex(bytes);
    let described =
        mestre.store().media(&hash)?.is_some() || drafts.iter().any(|d| d.table == crate::media::MediaRow::TABLE && d.row_id == hash);
    if !described {
        mestre.replica().keep_file_unsynced(bytes)?;
        let mut draft = MediaDraft::new(hash.as_str(), owner).mime(mime).byte_len(bytes.len() as i64);
        if let Some(img) = image {
            draft = draft.width(i64::from(img.width)).height(i64::from(img.height));
        }
        drafts.push(draft.into());
    }
    Ok(hash)
}

/// Recorded prompts in the languages without a synthetic voice, as volunteers would.
fn record_prompt_clips(mestre: &mut Mestre, rng: &mut ChaCha8Rng, size: PresetSize, report: &mut PresetReport) -> Result<()> {
    let base = audio::encode_ogg_opus(&speech_like(rng, 2.0))?;
    for (l, lang) in STUDIO_LANGS.iter().enumerate() {
        for (i, id) in crate::i18n::MESSAGE_IDS.iter().take(size.prompt_clips).enumerate() {
            let bytes = with_ogg_serial(&base, 1_000_000 + (l * 10_000 + i) as u32)?;
            let hash = mestre.replica().keep_file_unsynced(&bytes)?;
            let owner = mestre.require_mentor()?.person.id.clone();
            mestre.record(vec![MediaDraft::new(hash.as_str(), &owner).mime("audio/ogg").byte_len(bytes.len() as i64).into()])?;
            mestre.save_prompt_clip(lang, id, &crate::media::Clip { voice: hash, duration_ms: 2000 })?;
            report.prompt_clips += 1;
        }
    }
    Ok(())
}

/// A JPEG with a comment segment right after its start marker: the same picture, a
/// different file.
pub fn with_jpeg_comment(jpeg: &[u8], n: usize) -> Vec<u8> {
    let text = format!("Mestre five-cafe-years photo {n}");
    let len = (text.len() + 2) as u16;
    let mut out = Vec::with_capacity(jpeg.len() + text.len() + 4);
    out.extend_from_slice(&jpeg[..2]);
    out.extend_from_slice(&[0xFF, 0xFE]);
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(text.as_bytes());
    out.extend_from_slice(&jpeg[2..]);
    out
}

/// The same Ogg/Opus recording under another stream serial number: a different file
/// that plays the same.
pub fn with_ogg_serial(ogg_bytes: &[u8], serial: u32) -> Result<Vec<u8>> {
    use ogg::writing::PacketWriteEndInfo;
    let bad = |e: ogg::OggReadError| Error::invalid(format!("ogg: {e}"));
    let mut reader = ogg::reading::PacketReader::new(Cursor::new(ogg_bytes));
    let mut out = Vec::with_capacity(ogg_bytes.len());
    {
        let mut writer = ogg::writing::PacketWriter::new(&mut out);
        while let Some(packet) = reader.read_packet().map_err(bad)? {
            let end = if packet.last_in_stream() {
                PacketWriteEndInfo::EndStream
            } else if packet.last_in_page() {
                PacketWriteEndInfo::EndPage
            } else {
                PacketWriteEndInfo::NormalPacket
            };
            let granule = packet.absgp_page();
            writer.write_packet(packet.data, serial, end, granule)?;
        }
    }
    Ok(out)
}

/// A photo of the kitchen's work of phone-camera texture: a plate on a wooden table
/// with light falling across it and sensor noise, so it compresses like a real photo.
fn kitchen_photo(rng: &mut ChaCha8Rng, seed: usize, w: u32, h: u32) -> Vec<u8> {
    const FOOD: [[f32; 3]; 6] =
        [[214., 120., 40.], [90., 160., 70.], [200., 60., 50.], [230., 190., 90.], [150., 90., 50.], [240., 220., 200.]];
    let (fw, fh) = (w as f32, h as f32);
    let (cx, cy, r) = (fw * (0.45 + 0.1 * rng.gen::<f32>()), fh * (0.45 + 0.1 * rng.gen::<f32>()), fh * 0.38);
    let blobs: Vec<(f32, f32, f32, [f32; 3])> = (0..6)
        .map(|k| {
            let a = rng.gen::<f32>() * std::f32::consts::TAU;
            let d = r * 0.5 * rng.gen::<f32>();
            (cx + d * a.cos(), cy + d * a.sin(), r * (0.15 + 0.15 * rng.gen::<f32>()), FOOD[(seed + k) % FOOD.len()])
        })
        .collect();
    let mut noise = rng.gen::<u32>() | 1;
    let img = RgbImage::from_fn(w, h, |x, y| {
        let (fx, fy) = (x as f32, y as f32);
        // xorshift: cheap per-pixel sensor noise
        noise ^= noise << 13;
        noise ^= noise >> 17;
        noise ^= noise << 5;
        let grain = (noise & 15) as f32 - 7.5;
        let light = 0.75 + 0.35 * (fx / fw) - 0.15 * (fy / fh);
        let wood = 12.0 * ((fy * 0.05 + (fx * 0.002).sin() * 8.0).sin());
        let mut c = [130.0 + wood, 92.0 + wood * 0.7, 62.0 + wood * 0.5];
        if (fx - cx).powi(2) + (fy - cy).powi(2) <= r * r {
            c = [240.0, 238.0, 232.0];
            for (bx, by, br, colour) in &blobs {
                if (fx - bx).powi(2) + (fy - by).powi(2) <= br * br {
                    let shade = 0.85 + 0.15 * ((fx - bx) * 0.05).sin() * ((fy - by) * 0.05).cos();
                    c = [colour[0] * shade, colour[1] * shade, colour[2] * shade];
                }
            }
        }
        Rgb(c.map(|v| (v * light + grain).clamp(0.0, 255.0) as u8))
    });
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90).encode_image(&img).expect("encoding to memory");
    out
}

/// A voice-like sound: a wandering pitch with syllable-long bursts and pauses.
fn speech_like(rng: &mut ChaCha8Rng, seconds: f64) -> audio::Pcm {
    let rate = 16_000u32;
    let n = (seconds * f64::from(rate)) as usize;
    let base = 180.0 + 60.0 * rng.gen::<f32>();
    let mut phase = 0f32;
    let samples = (0..n)
        .map(|i| {
            let t = i as f32 / rate as f32;
            let pitch = base * (1.0 + 0.15 * (t * 2.1).sin());
            phase += pitch / rate as f32 * std::f32::consts::TAU;
            let syllable = ((t * 4.0 * std::f32::consts::PI).sin()).max(0.0);
            let pause = if (t * 0.7).sin() > 0.8 { 0.0 } else { 1.0 };
            0.3 * syllable * pause * (phase.sin() + 0.4 * (2.0 * phase).sin() + 0.2 * (3.0 * phase).sin())
        })
        .collect();
    audio::Pcm { rate, samples }
}
