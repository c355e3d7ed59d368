//! A realistic synthetic café for the run command, tests and benchmarks: Cafe Vintage
//! with its mentors and trainees from the languages the café actually meets, each with a
//! generated portrait and the same demo picture PIN.

pub mod five_cafe_years;

use std::sync::Arc;

use image::{Rgb, RgbImage};

use crate::api::Mestre;
use crate::cafe::{CafeSetup, Country};
use crate::changes::MentorSigner;
use crate::clock::FixedClock;
use crate::error::Result;
use crate::media::MediaStore;
use crate::people::{NewMentor, NewTrainee, PictureId, Role};
use crate::speech::Speaker;
use crate::storage::Store;

/// Every demo trainee signs in with these three pictures.
pub const DEMO_PIN: [PictureId; 3] = [PictureId::Apple, PictureId::Fish, PictureId::Sun];
/// The demo mentor's password.
pub const DEMO_PASSWORD: &str = "mestre-demo";
pub const DEMO_CAFE: &str = "Cafe Vintage";
pub const DEMO_MENTOR: &str = "Kari";

/// New words from the kitchen, as a mentor spells them.
const WORDS: &[&str] = &[
    "kjøleskap",
    "oppvask",
    "skjærefjøl",
    "kjele",
    "stekepanne",
    "vaskemiddel",
    "forkle",
    "hårnett",
    "ost",
    "brød",
    "suppe",
    "kaffe",
    "kunde",
    "bestilling",
    "allergi",
    "holdbarhet",
];

/// First names and the language the app speaks to each (and her home language).
pub(crate) const TRAINEES: &[(&str, &str)] = &[
    ("Amina", "ar"),
    ("Hodan", "so"),
    ("Selam", "ti"),
    ("Mariam", "prs"),
    ("Shirin", "fa"),
    ("Zarghuna", "ps"),
    ("Olena", "uk"),
    ("Rojin", "ku"),
    ("Fatima", "ar"),
    ("Nasra", "so"),
    ("Helen", "ti"),
    ("Parwana", "prs"),
    ("Leyla", "fa"),
    ("Iryna", "uk"),
];

#[derive(Debug, Clone, Copy)]
pub struct DemoOptions {
    pub trainees: usize,
    /// How long the café has been running: trainees joined spread over these days.
    pub days: u32,
}

/// Fill a fresh data directory (no café yet) with the demo café.
pub fn populate_dir(dir: &std::path::Path, now_ms: i64, options: DemoOptions) -> Result<()> {
    let store = crate::storage::open(&dir.join(crate::storage::DATABASE_FILE))?;
    populate(store, MediaStore::new(dir.join(crate::storage::MEDIA_DIR)), now_ms, options)
}

/// Fill a fresh Mestre (no café yet) with the demo café.
pub fn populate(store: Store, media: MediaStore, now_ms: i64, options: DemoOptions) -> Result<()> {
    let day_ms = 86_400_000;
    let start = now_ms - i64::from(options.days) * day_ms;
    let clock = FixedClock::at_ms(start);
    let mut mestre = Mestre::with_parts(store, media, Arc::new(clock.clone()), Speaker::clips_only())?;
    mestre.setup_cafe(CafeSetup {
        cafe_name: DEMO_CAFE.into(),
        country: Country::Norway,
        mentor: NewMentor { name: DEMO_MENTOR.into(), password: DEMO_PASSWORD.into(), ui_lang: "nb".into() },
    })?;
    // Trainees join during the first third of the period, then keep their little book.
    let step = if options.trainees == 0 { 0 } else { i64::from(options.days) * day_ms / 3 / options.trainees as i64 };
    let mut trainees = Vec::new();
    for i in 0..options.trainees {
        trainees.push(add_demo_trainee(&mut mestre, i)?);
        clock.advance_ms(step);
    }
    add_cafe_words(&mut mestre)?;
    let mentor = mestre.people()?.into_iter().find(|p| p.role == Role::Mentor).map(|p| (p.id, mestre.mentor_signer()));
    if let Some((mentor, signer)) = &mentor {
        add_cafe_content(&mut mestre, mentor, signer.clone())?;
    }
    write_diaries(&mut mestre, &clock, &trainees, mentor.clone(), start + i64::from(options.days) * day_ms)?;
    if let Some((mentor, signer)) = &mentor {
        plan_competences(&mut mestre, &trainees, mentor, signer.clone())?;
    }
    if let (Some(first), Some((mentor, signer))) = (trainees.first(), mentor) {
        cook_together(&mut mestre, first, &mentor, signer)?;
    }
    Ok(())
}

/// The café's own content: a task card for its espresso machine, its injera batter in the
/// fridge, and an aim of its own about coffee — each named in the trainees' languages.
fn add_cafe_content(mestre: &mut Mestre, mentor: &str, signer: Option<MentorSigner>) -> Result<()> {
    use crate::competence::own::OwnAimInput;
    use crate::content::LangText;
    use crate::diary::cards::TaskCardInput;
    use crate::diary::Area;
    use crate::fridge::own::FoodInput;
    let texts =
        |pairs: &[(&str, &str)]| pairs.iter().map(|(lang, text)| LangText { lang: lang.to_string(), text: text.to_string() }).collect();
    mestre.sign_in_for_demo(mentor, signer)?;
    let cards = mestre.save_task_card(TaskCardInput {
        id: None,
        area: Area::Cleaning,
        text: "Vaske kaffemaskinen".into(),
        picture: Some("task-make-coffee".into()),
        photo: None,
        texts: texts(&[
            ("ar", "تنظيف آلة القهوة"),
            ("so", "Nadiifi mashiinka kafeega"),
            ("ti", "ማሽን ቡን ምጽራይ"),
            ("uk", "Почистити кавомашину"),
        ]),
    })?;
    let machine = cards.iter().find(|c| c.own).map(|c| c.id.clone()).unwrap_or_default();
    mestre.save_own_food(FoodInput {
        id: None,
        name: "Injerarøre".into(),
        picture: "flour".into(),
        class: "batter".into(),
        after: crate::fridge::FoodEvent::Made,
        allergens: vec![],
        names: texts(&[("ar", "عجينة الإنجيرا"), ("so", "Cajiinka canjeerada"), ("ti", "ሊጥ እንጀራ"), ("uk", "Тісто для інджери")]),
    })?;
    mestre.save_own_aim(OwnAimInput {
        id: None,
        code: "KAFE-1".into(),
        title: "Lage kaffe og espresso".into(),
        plain: "Jeg lager kaffe og espresso til gjestene, og jeg gjør maskinen ren etterpå.".into(),
        official: String::new(),
        picture: "task-make-coffee".into(),
        tasks: vec!["make-coffee".into(), machine],
        fridge: false,
        words: false,
        titles: texts(&[("ar", "تحضير القهوة والإسبريسو"), ("so", "Samaynta kafeega iyo espresso"), ("ti", "ቡንን ኤስፕሬሶን ምድላው")]),
        plains: texts(&[
            ("ar", "أحضّر القهوة والإسبريسو للضيوف، وأنظّف الآلة بعد ذلك."),
            ("so", "Waxaan martida u sameeyaa kafee iyo espresso, kadibna waan nadiifiyaa mashiinka."),
            ("ti", "ንጋሻ ቡንን ኤስፕሬሶን እሰርሕ፣ ድሕሪኡ ነቲ ማሽን እጸርዮ።"),
        ]),
        hidden: false,
    })?;
    mestre.logout();
    Ok(())
}

/// Each trainee's training plan (eight aims, kitchen or cleaning first by turns), her own
/// rating of the first few, evidence the mentor links from what the app suggests, and
/// marks: K on the first aim with evidence, F and P on the next ones.
fn plan_competences(mestre: &mut Mestre, trainees: &[String], mentor: &str, signer: Option<MentorSigner>) -> Result<()> {
    use crate::competence::{Level, Mark, MarkRequest};
    const KITCHEN: [&str; 8] = ["RMF1-01.1", "RMF1-01.9", "RMF1-01.4", "RMF1-01.12", "RMF1-01.6", "RMF1-01.2", "ALK.1", "ALK.2"];
    const CLEANING: [&str; 8] = ["RH03-01.9", "RH03-01.16", "RMF1-01.1", "RH03-01.15", "RH03-01.12", "RMF1-01.12", "ALK.1", "ALK.3"];
    // The café's own aims are in every plan too.
    mestre.sign_in_for_demo(mentor, signer.clone())?;
    let own: Vec<String> = mestre.own_aims()?.aims.into_iter().filter_map(|a| a.id).collect();
    for (t, trainee) in trainees.iter().enumerate() {
        let aims = if t % 3 == 2 { CLEANING } else { KITCHEN };
        mestre.sign_in_for_demo(mentor, signer.clone())?;
        for aim in aims.iter().map(|a| a.to_string()).chain(own.iter().cloned()) {
            mestre.set_plan(trainee, &aim, true)?;
        }
        mestre.sign_in_for_demo(trainee, None)?;
        for (k, aim) in aims.iter().take(5).enumerate() {
            mestre.rate_aim(aim, [Level::OnMyOwn, Level::WithHelp, Level::OnMyOwn, Level::CantYet, Level::WithHelp][(k + t) % 5])?;
        }
        mestre.sign_in_for_demo(mentor, signer.clone())?;
        for (k, aim) in aims.iter().take(4).enumerate() {
            let suggested = mestre.competence_aim(trainee, aim)?.suggestions;
            for s in suggested.iter().take(2) {
                mestre.link_evidence(trainee, aim, s.kind, &s.ref_id)?;
            }
            let marks: &[Mark] = match (k + t) % 4 {
                0 if !suggested.is_empty() => &[Mark::Started, Mark::Completed, Mark::Checked],
                0 | 1 => &[Mark::Started, Mark::Completed],
                2 => &[Mark::Started],
                _ => &[],
            };
            for mark in marks {
                let comment = if *mark == Mark::Checked { "Vist flere ganger i kafeen." } else { "" };
                mestre.mark_aim(MarkRequest {
                    person_id: trainee.clone(),
                    aim: aim.to_string(),
                    mark: *mark,
                    comment: comment.into(),
                    voice: None,
                })?;
            }
        }
    }
    mestre.logout();
    Ok(())
}

/// The first trainee's own recipe (a photo of the dish, two steps, its ingredients) and
/// this week's menu: two dishes a weekday, hers among them.
fn cook_together(mestre: &mut Mestre, trainee: &str, mentor: &str, signer: Option<MentorSigner>) -> Result<()> {
    use crate::recipes::quantity::Unit;
    use crate::recipes::{NewRecipe, NewStep};
    mestre.sign_in_for_demo(trainee, None)?;
    let photo = mestre.import_my_photo(&food_jpeg(3))?;
    let recipe = mestre.add_recipe(NewRecipe {
        title: "Linsesuppe".into(),
        country: "SY".into(),
        portions: 6,
        photo: Some(photo),
        ..Default::default()
    })?;
    let id = recipe.card.id;
    mestre.add_step(NewStep { recipe_id: id.clone(), text: "Stek løk og hvitløk i olje.".into(), timer_s: 300, ..Default::default() })?;
    mestre.add_step(NewStep {
        recipe_id: id.clone(),
        text: "Ha i linser og vann. Kok i 25 minutter.".into(),
        timer_s: 1500,
        ..Default::default()
    })?;
    for (ingredient, amount, unit) in [
        ("pack:onion", 2.0, Unit::Piece),
        ("pack:garlic", 2.0, Unit::Piece),
        ("pack:lentils", 3.0, Unit::Decilitre),
        ("pack:water", 1.2, Unit::Litre),
        ("pack:cumin", 1.0, Unit::Teaspoon),
    ] {
        mestre.add_recipe_ingredient(&id, ingredient, amount, unit, None)?;
    }
    mestre.sign_in_for_demo(mentor, signer)?;
    let monday = crate::recipes::menu::monday_of(
        chrono::NaiveDate::parse_from_str(&mestre.today(), "%Y-%m-%d").map_err(|e| crate::Error::invalid(e.to_string()))?,
    );
    let dishes = [
        "pack:fiskesuppe",
        "pack:shiro",
        "pack:kjottkaker",
        "pack:misir-wot",
        "pack:vafler",
        "pack:bariis",
        "pack:borsjtsj",
        "pack:rundstykker",
        "pack:shakshuka",
    ];
    for day in 0..5 {
        let date = (monday + chrono::Duration::days(day)).format("%Y-%m-%d").to_string();
        mestre.add_to_menu(&date, if day == 2 { &id } else { dishes[(day * 2) as usize] })?;
        mestre.add_to_menu(&date, dishes[(day * 2 + 1) as usize % dishes.len()])?;
    }
    mestre.logout();
    Ok(())
}

/// Demo trainee number `i` (a name and language from `TRAINEES`, numbered past the
/// list), with her portrait and the demo PIN, added by the signed-in mentor. Her id.
pub(crate) fn add_demo_trainee(mestre: &mut Mestre, i: usize) -> Result<String> {
    let (first, lang) = TRAINEES[i % TRAINEES.len()];
    let name = if i < TRAINEES.len() { first.to_string() } else { format!("{first} {}", i / TRAINEES.len() + 1) };
    let photo = mestre.import_photo(&portrait_jpeg(i))?;
    let person = mestre.add_trainee(NewTrainee {
        name,
        photo: Some(photo),
        ui_lang: lang.into(),
        home_lang: lang.into(),
        pin: DEMO_PIN.to_vec(),
    })?;
    Ok(person.id)
}

/// Words the café spelled for itself beside the starter pack (the signed-in mentor adds them).
fn add_cafe_words(mestre: &mut Mestre) -> Result<()> {
    use crate::words::{Category, NewWord};
    for (text, category, arabic) in [
        ("ei skjærefjøl", Category::KitchenTools, "لوح تقطيع"),
        ("en kjele", Category::KitchenTools, "قِدر صغير"),
        ("et forkle", Category::Hygiene, "مريلة"),
        ("et hårnett", Category::Hygiene, "شبكة شعر"),
        ("en bestilling", Category::Serving, "طلب"),
    ] {
        mestre.add_word(NewWord {
            category,
            text: text.into(),
            photo: None,
            voice: None,
            other_lang: Some("ar".into()),
            other_text: arabic.into(),
            other_voice: None,
        })?;
    }
    Ok(())
}

/// Days in the little book until `until_ms`: most working days have a few tasks and a
/// mood, some a photo of the food, and the mentor comments now and then.
fn write_diaries(
    mestre: &mut Mestre,
    clock: &FixedClock,
    trainees: &[String],
    mentor: Option<(String, Option<MentorSigner>)>,
    until_ms: i64,
) -> Result<()> {
    use crate::clock::Clock;
    use crate::diary::{Mood, TASKS};
    use crate::words::practice::Rating;
    use crate::words::Answer;
    const MOODS: [Mood; 5] = [Mood::Great, Mood::Good, Mood::Good, Mood::Ok, Mood::Tired];
    const COMMENTS: [&str; 4] =
        ["Flott jobbet i dag!", "Du var rask med oppvasken.", "Husk å merke maten i kjøleskapet.", "Godt å se deg smile til kundene."];
    let mut n: usize = 0;
    let mut day_no: usize = 0;
    while clock.now_ms() + 86_400_000 <= until_ms {
        clock.advance_ms(86_400_000);
        day_no += 1;
        for (t, id) in trainees.iter().enumerate() {
            n += 1;
            if (n * 7 + t) % 10 < 3 {
                continue; // not every day is a café day
            }
            mestre.sign_in_for_demo(id, None)?;
            let tasks: Vec<String> = (0..2 + n % 3).map(|k| TASKS[(n * 5 + k * 11 + t) % TASKS.len()].id.to_string()).collect();
            let day = mestre.set_my_tasks(&tasks)?;
            mestre.set_my_mood(MOODS[(n + t) % MOODS.len()])?;
            if n.is_multiple_of(5) {
                mestre.add_my_photo(&food_jpeg(n))?;
            }
            if !(day_no + t).is_multiple_of(3) {
                // A few minutes of word practice on two café days of three: mostly right, now and then not.
                let session = mestre.practice_session()?;
                for (k, card) in session.cards.into_iter().take(6).enumerate() {
                    let rating = if (n + k).is_multiple_of(7) { Rating::Again } else { Rating::Good };
                    mestre.answer_practice(Answer { word_id: card.word.id, mode: card.mode, rating, recording: None })?;
                }
            }
            if let (Some((mentor, signer)), 0) = (&mentor, n % 3) {
                mestre.sign_in_for_demo(mentor, signer.clone())?;
                mestre.add_comment(&day.id, COMMENTS[n % COMMENTS.len()], None)?;
            }
        }
    }
    mestre.logout();
    Ok(())
}

/// A plate of food seen from above, in varied colours: the demo's "photo of what I made".
pub fn food_jpeg(seed: usize) -> Vec<u8> {
    const FOOD: [[u8; 3]; 6] = [[214, 120, 40], [90, 160, 70], [200, 60, 50], [230, 190, 90], [150, 90, 50], [240, 220, 200]];
    let (w, h) = (480u32, 360u32);
    let mut img = RgbImage::from_pixel(w, h, Rgb([120, 85, 60]));
    fill_circle(&mut img, 240.0, 180.0, 160.0, [245, 245, 240]);
    for k in 0..5 {
        let a = (seed + k) as f32 * 1.3;
        fill_circle(&mut img, 240.0 + 70.0 * a.cos(), 180.0 + 60.0 * a.sin(), 45.0, FOOD[(seed + k) % FOOD.len()]);
    }
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85).encode_image(&img).expect("encoding to memory");
    out
}

/// A simple, friendly generated portrait: coloured background, head, shoulders and, for
/// some, a headscarf. Varied enough that the wall of faces is easy to tell apart.
pub fn portrait_jpeg(seed: usize) -> Vec<u8> {
    const BACKGROUNDS: [[u8; 3]; 7] =
        [[244, 200, 120], [150, 200, 230], [190, 225, 170], [240, 170, 170], [200, 180, 230], [250, 220, 160], [170, 220, 210]];
    const SKIN: [[u8; 3]; 5] = [[241, 194, 160], [224, 172, 105], [198, 134, 66], [141, 85, 36], [101, 62, 32]];
    const CLOTHES: [[u8; 3]; 6] = [[180, 40, 60], [40, 90, 160], [30, 120, 90], [120, 60, 140], [200, 120, 30], [60, 60, 70]];
    let (w, h) = (480u32, 600u32);
    let bg = BACKGROUNDS[seed % BACKGROUNDS.len()];
    let skin = SKIN[(seed * 3 + 1) % SKIN.len()];
    let cloth = CLOTHES[(seed * 5 + 2) % CLOTHES.len()];
    let scarf = seed % 3 != 1;
    let mut img = RgbImage::from_pixel(w, h, Rgb(bg));
    let (cx, cy) = (w as f32 / 2.0, 250.0);
    for y in 0..h {
        for x in 0..w {
            let (fx, fy) = (x as f32, y as f32);
            let head = ((fx - cx) / 95.0).powi(2) + ((fy - cy) / 115.0).powi(2) <= 1.0;
            let scarf_outline = ((fx - cx) / 135.0).powi(2) + ((fy - cy + 10.0) / 160.0).powi(2) <= 1.0;
            let body = ((fx - cx) / 200.0).powi(2) + ((fy - 640.0) / 240.0).powi(2) <= 1.0;
            let colour = if head {
                skin
            } else if (scarf && scarf_outline && fy < 400.0) || body {
                cloth
            } else {
                continue;
            };
            img.put_pixel(x, y, Rgb(colour));
        }
    }
    // Eyes and a smile, so it reads as a face even as a small thumbnail.
    for (ex, ey) in [(cx - 35.0, cy - 15.0), (cx + 35.0, cy - 15.0)] {
        fill_circle(&mut img, ex, ey, 9.0, [40, 30, 30]);
    }
    for t in 0..60 {
        let a = std::f32::consts::PI * (0.15 + 0.7 * t as f32 / 60.0);
        fill_circle(&mut img, cx + 45.0 * a.cos(), cy + 30.0 + 25.0 * a.sin(), 4.0, [150, 60, 60]);
    }
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 88).encode_image(&img).expect("encoding to memory");
    out
}

fn fill_circle(img: &mut RgbImage, cx: f32, cy: f32, r: f32, colour: [u8; 3]) {
    let (w, h) = img.dimensions();
    let (x0, x1) = ((cx - r).max(0.0) as u32, ((cx + r) as u32).min(w - 1));
    let (y0, y1) = ((cy - r).max(0.0) as u32, ((cy + r) as u32).min(h - 1));
    for y in y0..=y1 {
        for x in x0..=x1 {
            if (x as f32 - cx).powi(2) + (y as f32 - cy).powi(2) <= r * r {
                img.put_pixel(x, y, Rgb(colour));
            }
        }
    }
}
