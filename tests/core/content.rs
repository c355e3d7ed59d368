//! The café's own content: task cards, foods and aims a mentor adds beside the packs
//! (and starter ones she hides), each named in her trainees' languages; the studio that
//! lists, per language, what still lacks a voice or a text; recordings that play before
//! the synthetic voice; and the four tables as a trust boundary.

use mestre::changes::Change;
use mestre::competence::own::OwnAimInput;
use mestre::competence::{CompetenceAimDraft, EvidenceKind, Level, Mark, MarkRequest};
use mestre::content::{ContentKind, ContentLanguageDraft, LangText};
use mestre::diary::cards::TaskCardInput;
use mestre::diary::{Area, TaskCardDraft};
use mestre::fridge::labels::LabelRequest;
use mestre::fridge::own::FoodInput;
use mestre::fridge::{FoodEvent, FridgeFoodDraft, FridgeGame, FridgeQuestion, LabelSize};
use mestre::people::Person;
use mestre::ErrorKind;

use crate::support::{cafe_with_trainee, Harness, MENTOR_PASSWORD, PIN, T0};
use crate::support_cafe::{TestCafe, AMINA, FOUNDER};

fn as_trainee(h: &mut Harness, person: &Person) {
    h.mestre.logout();
    h.mestre.login_with_pin(&person.id, &PIN).unwrap();
}

fn as_mentor(h: &mut Harness, mentor: &Person) {
    h.mestre.logout();
    h.mestre.login_with_password(&mentor.id, MENTOR_PASSWORD).unwrap();
}

fn texts(pairs: &[(&str, &str)]) -> Vec<LangText> {
    pairs.iter().map(|(lang, text)| LangText { lang: lang.to_string(), text: text.to_string() }).collect()
}

fn machine_card() -> TaskCardInput {
    TaskCardInput {
        id: None,
        area: Area::Cleaning,
        text: "Vaske  kaffemaskinen ".into(),
        picture: Some("task-make-coffee".into()),
        photo: None,
        texts: texts(&[("ar", "تنظيف آلة القهوة"), ("so", "")]),
    }
}

fn batter() -> FoodInput {
    FoodInput {
        id: None,
        name: "Injerarøre".into(),
        picture: "flour".into(),
        class: "batter".into(),
        after: FoodEvent::Made,
        allergens: vec!["gluten:wheat".into()],
        names: texts(&[("ar", "عجينة الإنجيرا")]),
    }
}

fn coffee_aim(tasks: Vec<String>) -> OwnAimInput {
    OwnAimInput {
        id: None,
        code: "KAFE-1".into(),
        title: "Lage kaffe og espresso".into(),
        plain: "Jeg lager kaffe til gjestene og gjør maskinen ren.".into(),
        official: String::new(),
        picture: "task-make-coffee".into(),
        tasks,
        fridge: false,
        words: false,
        titles: texts(&[("ar", "تحضير القهوة")]),
        plains: vec![],
        hidden: false,
    }
}

#[test]
fn a_card_of_the_cafes_own_is_on_her_day_in_arabic_beside_norwegian_and_a_hidden_card_leaves_her_choices_not_her_book() {
    let (mut h, mentor, amina) = cafe_with_trainee();
    let cards = h.mestre.save_task_card(machine_card()).unwrap();
    let own = cards.iter().find(|c| c.own).unwrap().clone();
    assert_eq!(own.name.as_ref().unwrap().work, "Vaske kaffemaskinen", "spaces tidied");
    assert_eq!(own.texts, texts(&[("ar", "تنظيف آلة القهوة")]), "an empty Somali name is not written");
    assert_eq!(cards.len(), mestre::diary::TASKS.len() + 1);

    as_trainee(&mut h, &amina);
    let hers = h.mestre.diary_tasks().unwrap();
    let card = hers.iter().find(|c| c.id == own.id).unwrap();
    assert_eq!(card.name.as_ref().map(|n| (n.work.as_str(), n.home.as_str())), Some(("Vaske kaffemaskinen", "تنظيف آلة القهوة")));
    assert_eq!((card.area, card.picture.as_deref(), card.hidden), (Area::Cleaning, Some("task-make-coffee"), false));
    let day = h.mestre.set_my_tasks(&[own.id.clone(), "use-till".into()]).unwrap();
    assert_eq!(day.tasks, [own.id.clone(), "use-till".to_string()]);
    // A card nobody made is refused, and her day stays as it was.
    let err = h.mestre.set_my_tasks(&["cafe-0000".into()]).unwrap_err();
    assert_eq!(err.kind, ErrorKind::InvalidInput);
    assert_eq!(h.mestre.my_day().unwrap().tasks, day.tasks);
    // Only a mentor makes cards.
    assert_eq!(h.mestre.save_task_card(machine_card()).unwrap_err().kind, ErrorKind::NotAllowed);

    as_mentor(&mut h, &mentor);
    h.mestre.set_task_card_hidden("use-till", true).unwrap();
    for bad in [
        TaskCardInput { text: "   ".into(), ..machine_card() },
        TaskCardInput { text: "x".repeat(121), ..machine_card() },
        TaskCardInput { picture: Some("carrot".into()), ..machine_card() },
        TaskCardInput { picture: None, ..machine_card() },
    ] {
        assert_eq!(h.mestre.save_task_card(bad).unwrap_err().kind, ErrorKind::InvalidInput);
    }
    assert_eq!(h.mestre.set_task_card_hidden("fly-a-plane", true).unwrap_err().kind, ErrorKind::NotFound);
    // Changed: a new name and a photo instead of the picture.
    let photo = h.mestre.import_photo(&crate::support::jpeg(300, 200)).unwrap();
    let changed = h
        .mestre
        .save_task_card(TaskCardInput {
            id: Some(own.id.clone()),
            text: "Rense espressomaskinen".into(),
            photo: Some(photo.clone()),
            ..machine_card()
        })
        .unwrap();
    let card = changed.iter().find(|c| c.id == own.id).unwrap();
    assert_eq!((card.picture.as_deref(), card.photo_thumb.as_ref()), (None, Some(&photo.thumb)));
    assert_eq!(changed.iter().filter(|c| c.own).count(), 1, "changed, not added");

    as_trainee(&mut h, &amina);
    let hers = h.mestre.diary_tasks().unwrap();
    assert!(hers.iter().find(|c| c.id == "use-till").unwrap().hidden, "off her choices");
    assert_eq!(h.mestre.my_day().unwrap().tasks, day.tasks, "her day still shows the card she chose");
    assert_eq!(hers.iter().find(|c| c.id == own.id).unwrap().name.as_ref().unwrap().work, "Rense espressomaskinen");
}

#[test]
fn a_food_of_the_cafes_own_is_dated_by_its_class_printed_and_played_and_a_hidden_food_leaves_the_games() {
    let (mut h, mentor, amina) = cafe_with_trainee();
    let batter = h.mestre.save_own_food(batter()).unwrap();
    assert!(batter.own && !batter.hidden);
    assert_eq!(batter.class, "batter");
    assert_eq!((batter.keeps_days, batter.max_c), (1, Some(4)), "batter keeps one day at 4 °C in Norway");
    assert_eq!(batter.texts, texts(&[("ar", "عجينة الإنجيرا")]));
    for bad in [
        FoodInput { class: "moon-rock".into(), ..self::batter() },
        FoodInput { picture: "broom".into(), ..self::batter() },
        FoodInput { allergens: vec!["gold".into()], ..self::batter() },
        FoodInput { name: "".into(), ..self::batter() },
    ] {
        assert_eq!(h.mestre.save_own_food(bad).unwrap_err().kind, ErrorKind::InvalidInput);
    }
    // The café never cooks rice: hidden, and every other fridge food too but hers.
    let items = h.mestre.fridge_items().unwrap();
    for item in items.iter().filter(|i| i.zone == mestre::fridge::Zone::Fridge && !i.own) {
        h.mestre.set_food_hidden(&item.key, true).unwrap();
    }
    assert!(h.mestre.fridge_items().unwrap().iter().find(|i| i.key == "cooked-rice").unwrap().hidden, "a mentor still sees it");

    as_trainee(&mut h, &amina);
    let catalogue = h.mestre.fridge_items().unwrap();
    assert!(!catalogue.iter().any(|i| i.key == "cooked-rice"), "not in her catalogue");
    let hers = catalogue.iter().find(|i| i.key == batter.key).unwrap();
    assert_eq!((hers.name.work.as_str(), hers.name.home.as_str()), ("Injerarøre", "عجينة الإنجيرا"));
    // The game's fridge question can only be about her batter now.
    let round = h.mestre.start_fridge_practice(FridgeGame::WhereDoesItGo).unwrap();
    let foods: Vec<&str> = round
        .questions
        .iter()
        .filter_map(|q| match q {
            FridgeQuestion::WhereDoesItGo { food, .. } => Some(food.key.as_str()),
            _ => None,
        })
        .collect();
    assert!(foods.contains(&batter.key.as_str()), "{foods:?}");
    assert!(!foods.contains(&"cooked-rice"));
    // Her label: made today, use by tomorrow, the gluten it holds.
    let preview = h
        .mestre
        .preview_fridge_label(&LabelRequest {
            item: batter.key.clone(),
            recipe_id: None,
            event: None,
            made_day: None,
            size: LabelSize::Roll62,
        })
        .unwrap();
    assert_eq!((preview.made_day.as_str(), preview.use_by_day.as_str()), ("2026-11-22", "2026-11-23"));
    assert_eq!(preview.product.work, "Injerarøre");
    assert!(preview.allergens.iter().any(|a| a.allergen == mestre::recipes::allergens::Allergen::Gluten));
    assert_eq!(h.mestre.set_food_hidden(&batter.key, true).unwrap_err().kind, ErrorKind::NotAllowed);

    // In Sweden the same class keeps at 8 °C.
    as_mentor(&mut h, &mentor);
    h.mestre.set_cafe_settings(mestre::cafe::Country::Sweden, vec![]).unwrap();
    let swedish = h.mestre.fridge_items().unwrap().into_iter().find(|i| i.key == batter.key).unwrap();
    assert_eq!(swedish.max_c, Some(8));
}

#[test]
fn an_aim_of_the_cafes_own_joins_her_plan_is_rated_evidenced_marked_and_reported_by_its_code() {
    let (mut h, mentor, amina) = cafe_with_trainee();
    let cards = h.mestre.save_task_card(machine_card()).unwrap();
    let machine = cards.iter().find(|c| c.own).unwrap().id.clone();
    let aims = h.mestre.save_own_aim(coffee_aim(vec!["make-coffee".into(), machine.clone()])).unwrap();
    assert_eq!(aims.next_code, "KAFE-2");
    let aim = aims.aims[0].id.clone().unwrap();
    assert!(aim.len() <= 40, "an own aim's id fits every aim column: {aim}");
    assert_eq!(
        h.mestre.save_own_aim(OwnAimInput { tasks: vec!["juggle".into()], ..coffee_aim(vec![]) }).unwrap_err().kind,
        ErrorKind::InvalidInput
    );
    assert_eq!(h.mestre.save_own_aim(OwnAimInput { plain: " ".into(), ..coffee_aim(vec![]) }).unwrap_err().kind, ErrorKind::InvalidInput);

    let all = h.mestre.competences(&amina.id).unwrap();
    let own = all.curricula.iter().find(|c| c.code == "KAFE").expect("the café's own aims are a curriculum");
    let view = &own.areas[0].aims[0];
    assert_eq!(
        (view.code.as_str(), view.title.work.as_str(), view.title.home.as_str()),
        ("KAFE-1", "Lage kaffe og espresso", "تحضير القهوة")
    );
    assert_eq!(view.plain.home, view.plain.work, "not written in Arabic: Norwegian stands for it");
    h.mestre.set_plan(&amina.id, &aim, true).unwrap();

    as_trainee(&mut h, &amina);
    h.mestre.set_my_tasks(std::slice::from_ref(&machine)).unwrap();
    h.mestre.rate_aim(&aim, Level::WithHelp).unwrap();
    let mine = h.mestre.my_competences().unwrap();
    assert_eq!(
        mine.curricula.iter().flat_map(|c| &c.areas).flat_map(|a| &a.aims).map(|a| a.id.as_str()).collect::<Vec<_>>(),
        [aim.as_str()]
    );

    as_mentor(&mut h, &mentor);
    let detail = h.mestre.competence_aim(&amina.id, &aim).unwrap();
    let day = detail.suggestions.iter().find(|s| s.kind == EvidenceKind::DiaryDay).expect("her day with the machine card");
    assert!(day.summary.home.contains("تنظيف آلة القهوة"), "her card named in Arabic: {}", day.summary.home);
    h.mestre.link_evidence(&amina.id, &aim, EvidenceKind::DiaryDay, &day.ref_id).unwrap();
    for mark in [Mark::Started, Mark::Completed, Mark::Checked] {
        h.mestre
            .mark_aim(MarkRequest { person_id: amina.id.clone(), aim: aim.clone(), mark, comment: String::new(), voice: None })
            .unwrap();
    }
    let month = h.mestre.month_figures("2026-11", Some(&amina.id)).unwrap();
    assert_eq!(month[0].aims_marked, ["KAFE-1 P", "KAFE-1 F", "KAFE-1 K"]);
    assert_eq!(month[0].aims_marked_names[0], "Lage kaffe og espresso");

    // No longer offered: off the list of aims to plan, kept in her plan with its marks.
    h.mestre.save_own_aim(OwnAimInput { id: Some(aim.clone()), hidden: true, ..coffee_aim(vec![machine]) }).unwrap();
    let hodan = h
        .mestre
        .add_trainee(mestre::people::NewTrainee {
            name: "Hodan".into(),
            photo: None,
            ui_lang: "so".into(),
            home_lang: "so".into(),
            pin: PIN.to_vec(),
        })
        .unwrap();
    assert_eq!(h.mestre.set_plan(&hodan.id, &aim, true).unwrap_err().kind, ErrorKind::InvalidInput);
    assert!(!h.mestre.competences(&hodan.id).unwrap().curricula.iter().any(|c| c.code == "KAFE"));
    let hers = h.mestre.competences(&amina.id).unwrap();
    let kept = hers.curricula.iter().flat_map(|c| &c.areas).flat_map(|a| &a.aims).find(|a| a.id == aim).unwrap();
    assert_eq!(kept.mark.as_ref().map(|m| m.mark), Some(Mark::Checked));
}

#[test]
fn the_studio_lists_every_kind_of_content_a_language_lacks_and_a_recording_plays_before_the_synthetic_voice() {
    let (mut h, _mentor, amina) = cafe_with_trainee();
    let card = h.mestre.save_task_card(machine_card()).unwrap().into_iter().find(|c| c.own).unwrap();
    let card_item = format!("task:{}", card.id);
    let group = |kind: ContentKind, lang: &str, h: &Harness| {
        let listed = h.mestre.studio_content(lang, kind).unwrap();
        assert_eq!(listed.groups.iter().map(|g| g.kind).collect::<Vec<_>>(), ContentKind::ALL, "every kind's progress");
        assert!(listed.groups.iter().all(|g| g.kind == kind || g.items.is_empty()), "one kind's items at a time");
        listed.groups.into_iter().find(|g| g.kind == kind).unwrap()
    };
    let tasks = group(ContentKind::Task, "so", &h);
    assert_eq!(tasks.total, 1, "only the café's own cards: a starter card is a prompt");
    assert_eq!((tasks.items[0].text.as_str(), tasks.items[0].writable), ("", true), "not written in Somali yet");
    assert_eq!(tasks.items[0].work_text, "Vaske kaffemaskinen");
    h.mestre.save_own_food(batter()).unwrap();
    let foods = group(ContentKind::Food, "so", &h);
    assert!(foods.total >= 60 && foods.items.len() == foods.total as usize);
    assert_eq!(foods.items[0].work_text, "Injerarøre", "the café's own first: nothing but the café can give it a voice");
    let recipes = group(ContentKind::Recipe, "so", &h);
    let soup = recipes.items.iter().find(|i| i.item == "recipe:pack:fiskesuppe").unwrap();
    assert!(!soup.text.is_empty() && !soup.writable, "the pack writes its own recipes in Somali");
    let steps = group(ContentKind::Step, "so", &h);
    assert!(steps.items.iter().any(|i| i.item == "step:pack:fiskesuppe/2"));
    // Counted from ids alone, a kind's progress is the same as listed whole.
    let counted =
        h.mestre.studio_content("so", ContentKind::Task).unwrap().groups.into_iter().find(|g| g.kind == ContentKind::Step).unwrap();
    assert_eq!((counted.total, counted.recorded), (steps.total, steps.recorded));

    h.mestre.set_content_text("so", &card_item, "Nadiifi mashiinka kafeega").unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (wav, _) = crate::audio::spoken_fixture(dir.path(), 0.3, 1.0);
    let clip = h.mestre.import_recording(&std::fs::read(wav).unwrap()).unwrap();
    h.mestre.save_content_clip("so", "recipe:pack:fiskesuppe", &clip).unwrap();
    h.mestre.save_content_clip("so", "step:pack:fiskesuppe/2", &clip).unwrap();
    assert_eq!(group(ContentKind::Task, "so", &h).items[0].text, "Nadiifi mashiinka kafeega");
    let recipes = group(ContentKind::Recipe, "so", &h);
    assert_eq!(recipes.recorded, 1);
    assert_eq!(recipes.items.last().map(|i| (i.item.as_str(), i.recorded)), Some(("recipe:pack:fiskesuppe", true)), "recorded last");
    let counted = h.mestre.studio_content("so", ContentKind::Food).unwrap();
    let count = |kind| counted.groups.iter().find(|g| g.kind == kind).map(|g| g.recorded).unwrap();
    assert_eq!((count(ContentKind::Recipe), count(ContentKind::Step)), (1, 1), "the other kinds count their recordings");
    assert_eq!(group(ContentKind::Recipe, "ti", &h).recorded, 0, "Somali is not Tigrinya");

    // Refused: a pack's text, an item that is not there, a word that is not an item, a clip not stored.
    assert_eq!(h.mestre.set_content_text("so", "recipe:pack:fiskesuppe", "x").unwrap_err().kind, ErrorKind::InvalidInput);
    assert_eq!(h.mestre.save_content_clip("so", "food:unicorn", &clip).unwrap_err().kind, ErrorKind::NotFound);
    assert_eq!(h.mestre.save_content_clip("so", "nonsense", &clip).unwrap_err().kind, ErrorKind::InvalidInput);
    let lost = mestre::media::Clip { voice: "0".repeat(64), duration_ms: 900 };
    assert_eq!(h.mestre.save_content_clip("so", "food:cooked-rice", &lost).unwrap_err().kind, ErrorKind::NotFound);
    assert_eq!(h.mestre.save_content_clip("xx", "food:cooked-rice", &clip).unwrap_err().kind, ErrorKind::InvalidInput);

    // On her tablet: the Somali recording plays; an item nobody recorded has no voice here
    // (this test's speaker has no synthesizer), and says so rather than playing another.
    as_trainee(&mut h, &amina);
    let said = h.mestre.speak_content("recipe:pack:fiskesuppe", "so", "Maraq kalluun").unwrap();
    assert_eq!((said.spoken_lang.as_deref(), said.mime.as_str()), (Some("so"), "audio/ogg"));
    assert!(said.audio_base64.is_some());
    let silent = h.mestre.speak_content("recipe:pack:kjottkaker", "so", "Kjøttkaker").unwrap();
    assert!(silent.audio_base64.is_none());
    assert_eq!(h.mestre.save_content_clip("so", "food:cooked-rice", &clip).unwrap_err().kind, ErrorKind::NotAllowed);
}

#[test]
fn forged_changes_to_the_cafes_own_content_are_refused_and_what_is_stored_stays() {
    let mut cafe = TestCafe::new(2);
    let founder = cafe.founder.clone();
    let item = "task:cafe-1";
    cafe.write(
        0,
        FOUNDER,
        Some(&founder),
        vec![
            TaskCardDraft::new("cafe-1", FOUNDER).area(Area::Cleaning).text("Vaske kaffemaskinen").picture("task-make-coffee").into(),
            FridgeFoodDraft::new("cafe-2", FOUNDER).name("Injerarøre").picture("flour").class("batter").into(),
            CompetenceAimDraft::new("cafe-3", FOUNDER).code("KAFE-1").title("Lage kaffe").plain("Jeg lager kaffe.").into(),
            ContentLanguageDraft::new(format!("ar/{item}"), FOUNDER).item(item).lang("ar").text("تنظيف آلة القهوة").into(),
        ],
    )
    .unwrap();
    cafe.exchange(0, 1);
    assert!(cafe.replicas[1].store.task_card("cafe-1").unwrap().is_some(), "the café's content reached the tablet");
    // Locally the same rule: her tablet cannot add a card.
    let card = TaskCardDraft::new("cafe-9", AMINA).area(Area::Kitchen).text("Sove");
    assert_eq!(cafe.write(1, AMINA, None, vec![card.clone().into()]).unwrap_err().kind, ErrorKind::NotAllowed);
    let tablet = &cafe.replicas[1];
    let forged = vec![
        // A card, a food, an aim and a text from her tablet, unsigned by a mentor.
        crate::words::forged(tablet, 1, AMINA, card.into(), |_| {}),
        crate::words::forged(tablet, 2, AMINA, FridgeFoodDraft::new("cafe-2", FOUNDER).class("dry-goods").into(), |_| {}),
        crate::words::forged(tablet, 3, FOUNDER, CompetenceAimDraft::new("cafe-3", FOUNDER).hidden(true).into(), |_| {}),
        crate::words::forged(tablet, 4, AMINA, ContentLanguageDraft::new(format!("ar/{item}"), FOUNDER).text("نوم").into(), |_| {}),
        // Signed by the mentor, then changed: a row that claims another item's place, a
        // card of no area, a class longer than any.
        cafe.signed_by_founder(
            1,
            5,
            ContentLanguageDraft::new(format!("so/{item}"), FOUNDER).item("task:cafe-8").lang("so").into(),
            &|_| {},
        ),
        cafe.signed_by_founder(1, 6, ContentLanguageDraft::new(format!("ar/{item}"), FOUNDER).item(item).lang("so").into(), &|_| {}),
        cafe.signed_by_founder(1, 7, TaskCardDraft::new("cafe-1", FOUNDER).into(), &|c: &mut Change| {
            c.fields.insert("area".into(), serde_json::json!("garden"));
        }),
        cafe.signed_by_founder(1, 8, FridgeFoodDraft::new("cafe-2", FOUNDER).into(), &|c: &mut Change| {
            c.fields.insert("class".into(), serde_json::json!("x".repeat(41)));
        }),
    ];
    let report = cafe.replicas[0].apply(T0 + 10_000, "peer", forged).unwrap();
    assert_eq!(report.quarantined, 8, "{report:?}");
    let reasons = cafe.refusals(0);
    assert_eq!(
        reasons,
        ["invalid", "invalid", "invalid", "invalid", "needs-mentor", "needs-mentor", "needs-mentor", "needs-mentor"],
        "{reasons:?}"
    );
    let store = &cafe.replicas[0].store;
    assert!(store.task_card("cafe-9").unwrap().is_none());
    assert_eq!(store.task_card("cafe-1").unwrap().unwrap().area, Area::Cleaning);
    assert_eq!(store.fridge_food("cafe-2").unwrap().unwrap().class, "batter");
    assert!(!store.competence_aim("cafe-3").unwrap().unwrap().hidden);
    assert_eq!(store.content_language(&format!("ar/{item}")).unwrap().unwrap().text, "تنظيف آلة القهوة");
    assert!(store.content_language(&format!("so/{item}")).unwrap().is_none());
}
