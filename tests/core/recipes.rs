//! Recipes: the starter pack complete in every language, amounts scaled for a big
//! kitchen and back, allergens and dietary marks derived from the ingredients, a trainee
//! recording her own recipe, steps moved on two tablets at once, the week menu printed
//! as a PDF that reads back in Norwegian and Arabic, and the recipe tables as a trust
//! boundary.

use std::path::Path;
use std::process::Command;

use mestre::changes::Change;
use mestre::i18n::locales::LOCALES;
use mestre::recipes::allergens::{Allergen, DietMark, FoodKind};
use mestre::recipes::pack::RecipePack;
use mestre::recipes::quantity::{Quantity, Unit};
use mestre::recipes::{
    IngredientDraft, IngredientRow, MenuDishDraft, NewRecipe, NewStep, RecipeDraft, RecipeEdit, RecipeIngredientDraft, RecipeRow,
    RecipeStepDraft, RecipeStepRow, RecipeView, StepEdit,
};
use mestre::ErrorKind;
use proptest::prelude::*;

use crate::support::{cafe_with_trainee, jpeg, Harness, MENTOR_PASSWORD, PIN, T0};
use crate::support_cafe::{TestCafe, AMINA, HODAN};

fn as_trainee(h: &mut Harness, person: &mestre::people::Person) {
    h.mestre.logout();
    h.mestre.login_with_pin(&person.id, &PIN).unwrap();
}

fn as_mentor(h: &mut Harness, mentor: &mestre::people::Person) {
    h.mestre.logout();
    h.mestre.login_with_password(&mentor.id, MENTOR_PASSWORD).unwrap();
}

fn allergens_of(view: &RecipeView) -> Vec<(Allergen, Vec<String>)> {
    view.card.allergens.iter().map(|a| (a.allergen, a.kinds.clone())).collect()
}

/// A text as read, without Fluent's invisible isolation marks around arguments.
fn read(text: &str) -> String {
    mestre::reports::layout::printable(text)
}

fn line<'a>(view: &'a RecipeView, ingredient: &str) -> &'a mestre::recipes::IngredientLine {
    view.ingredients.iter().find(|l| l.ingredient_id == ingredient).unwrap_or_else(|| panic!("{ingredient} in {}", view.card.id))
}

#[test]
fn every_starter_recipe_has_its_picture_its_steps_in_every_language_and_ingredients_that_are_words() {
    let pack = RecipePack::shipped();
    let words = mestre::words::pack::Pack::shipped();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets");
    assert!(pack.recipes.len() >= 20, "at least 20 starter recipes, not {}", pack.recipes.len());
    let mut problems = Vec::new();
    for ingredient in &pack.ingredients {
        if words.get(&ingredient.word).is_none() {
            problems.push(format!("ingredient {}: no word {}", ingredient.key, ingredient.word));
        }
        if ingredient.source.is_empty() {
            problems.push(format!("ingredient {}: no source", ingredient.key));
        }
    }
    for recipe in &pack.recipes {
        if !root.join(format!("recipes/pictures/{}.svg", recipe.picture)).is_file() {
            problems.push(format!("{}: no picture {}", recipe.key, recipe.picture));
        }
        for step in &recipe.steps {
            if let Some(picture) = &step.picture {
                if !root.join(format!("words/pictures/{picture}.svg")).is_file() {
                    problems.push(format!("{}: no step picture {picture}", recipe.key));
                }
            }
        }
        for locale in LOCALES {
            for n in 0..=recipe.steps.len() {
                if recipe.text(locale.tag, n).is_none() {
                    problems.push(format!("{} {n}: nothing in {}", recipe.key, locale.tag));
                }
            }
        }
        let used: std::collections::HashSet<u32> = recipe.lines.iter().map(|l| l.step).collect();
        if used.is_empty() {
            problems.push(format!("{}: no ingredients", recipe.key));
        }
    }
    for allergen in Allergen::ALL {
        if !root.join(format!("recipes/allergens/{}.svg", allergen.picture())).is_file() {
            problems.push(format!("{allergen:?}: no pictogram"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // Dishes from Norway and from the trainees' own countries.
    for country in ["NO", "ER", "ET", "SO", "SY", "AF", "UA"] {
        assert!(pack.recipes.iter().any(|r| r.origin == country), "a recipe from {country}");
    }
}

proptest! {
    #[test]
    fn scaling_up_and_back_down_shows_the_amounts_of_the_original(
        amount in 0.5f64..5000.0, unit_at in 0usize..9, from in 1u32..=12, to in 1u32..=200,
    ) {
        let unit = Unit::ALL[unit_at];
        let original = Quantity::of(amount, unit);
        let back = original.scaled(from, to).scaled(to, from);
        prop_assert_eq!(back.measured(), original.measured());
        // What is shown is within a kitchen's rounding of the exact amount.
        let scaled = original.scaled(from, to);
        let shown = scaled.measured();
        let base_per = match shown.unit {
            Unit::Kilogram | Unit::Litre => 1000.0,
            Unit::Decilitre => 100.0,
            Unit::Tablespoon => 15.0,
            Unit::Teaspoon => 5.0,
            _ => 1.0,
        };
        let shown_base = shown.value * base_per;
        let tolerance = (scaled.base * 0.26).max(base_per * 0.5).max(3.0);
        prop_assert!((shown_base - scaled.base).abs() <= tolerance, "{} {:?} shown as {:?}", scaled.base, unit, shown);
    }
}

#[test]
fn fish_soup_for_forty_is_measured_in_kilograms_and_litres_in_both_her_languages() {
    let (mut h, _, amina) = cafe_with_trainee();
    as_trainee(&mut h, &amina);
    let soup = h.mestre.recipe("pack:fiskesuppe", None).unwrap();
    assert_eq!((soup.portions, soup.shown_portions), (4, 4));
    assert_eq!(soup.card.title.work, "Fiskesuppe");
    assert_eq!(soup.card.title.home, "شوربة السمك");
    assert_eq!(line(&soup, "pack:fish").amount.work, "400 g");
    let big = h.mestre.recipe("pack:fiskesuppe", Some(40)).unwrap();
    assert_eq!(line(&big, "pack:fish").amount.work, "4 kg");
    assert_eq!(line(&big, "pack:fish").amount.home, "4 كغ");
    assert_eq!(line(&big, "pack:milk").amount.work, "5 l");
    assert_eq!(line(&big, "pack:butter").amount.work, "3 dl", "20 tablespoons are measured in decilitres");
    assert_eq!(line(&big, "pack:salt").amount.work, "etter smak");
    // Each step shows the ingredients it uses; a timed step has its timer.
    let step5 = &big.steps[4];
    assert_eq!(step5.timer_s, 300);
    let used: Vec<&str> = step5.ingredients.iter().map(|l| l.ingredient_id.as_str()).collect();
    assert_eq!(used, ["pack:fish", "pack:shrimps", "pack:cream"]);
    assert_eq!(step5.text.home, "قطّعي السمك قطعًا. أضيفي السمك والروبيان والقشدة. اتركيها على نار هادئة 5 دقائق.");
    // Portions beyond a kitchen are refused.
    assert_eq!(h.mestre.recipe("pack:fiskesuppe", Some(0)).unwrap_err().kind, ErrorKind::InvalidInput);
    assert_eq!(h.mestre.recipe("pack:fiskesuppe", Some(501)).unwrap_err().kind, ErrorKind::InvalidInput);
    assert_eq!(h.mestre.recipe("pack:no-such-dish", None).unwrap_err().kind, ErrorKind::NotFound);
}

#[test]
fn allergens_and_dietary_marks_come_from_the_ingredients() {
    let (mut h, _, amina) = cafe_with_trainee();
    as_trainee(&mut h, &amina);
    let soup = h.mestre.recipe("pack:fiskesuppe", None).unwrap();
    assert_eq!(
        allergens_of(&soup),
        vec![
            (Allergen::Gluten, vec!["wheat".to_string()]),
            (Allergen::Crustaceans, vec![]),
            (Allergen::Fish, vec![]),
            (Allergen::Milk, vec![]),
            (Allergen::Celery, vec![]),
        ]
    );
    assert_eq!(soup.card.allergens[0].name.work, "Gluten (hvete)");
    assert_eq!(soup.card.allergens[0].name.home, "الغلوتين (القمح)");
    let marks = |id: &str| -> Vec<DietMark> { h.mestre.recipe(id, None).unwrap().card.diet.iter().map(|d| d.mark).collect() };
    assert_eq!(marks("pack:fiskesuppe"), [DietMark::Halal]);
    assert_eq!(marks("pack:vafler"), [DietMark::Vegetarian, DietMark::Halal]);
    assert_eq!(marks("pack:shiro"), [DietMark::Vegan, DietMark::Halal]);
    assert_eq!(marks("pack:bariis"), [DietMark::Halal], "the lamb comes from a halal butcher");
    assert!(marks("pack:borsjtsj").is_empty(), "meat not known to be halal");
    let porridge = h.mestre.recipe("pack:havregrot", None).unwrap();
    assert_eq!(allergens_of(&porridge)[0], (Allergen::Gluten, vec!["oats".to_string()]));
    let cards = h.mestre.recipes().unwrap();
    assert!(cards.len() >= 20);
    assert!(cards.iter().all(|c| !c.unchecked), "every starter ingredient is curated");
}

fn voice(h: &mut Harness) -> mestre::media::Clip {
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = crate::audio::spoken_fixture(dir.path(), 0.5, 1.0);
    h.mestre.import_recording(&std::fs::read(path).unwrap()).unwrap()
}

#[test]
fn a_trainee_records_her_recipe_with_photos_and_voice_and_a_mentor_checks_a_new_ingredient() {
    let (mut h, mentor, amina) = cafe_with_trainee();
    as_trainee(&mut h, &amina);
    let dish = h.mestre.import_my_photo(&jpeg(1600, 1200)).unwrap();
    let name = voice(&mut h);
    let recipe = h
        .mestre
        .add_recipe(NewRecipe {
            title: String::new(),
            country: "sy".into(),
            portions: 6,
            photo: Some(dish.clone()),
            title_voice: Some(name.clone()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(recipe.card.cook, "Amina");
    assert_eq!(recipe.card.country_name.work, "Syria");
    assert_eq!(read(&recipe.card.proud_title.work), "Aminas Ny rett");
    assert_eq!(recipe.title_voice.as_deref(), Some(name.voice.as_str()));
    for timer_s in [0, 600] {
        let photo = h.mestre.import_my_photo(&jpeg(800, 600)).unwrap();
        let explained = voice(&mut h);
        h.mestre
            .add_step(NewStep {
                recipe_id: recipe.card.id.clone(),
                photo: Some(photo),
                voice: Some(explained),
                timer_s,
                ..Default::default()
            })
            .unwrap();
    }
    // An ingredient by picture: lentils are a starter ingredient; a chili paste she makes
    // a new ingredient of a food word, with the allergens she thinks it has.
    let view = h.mestre.add_recipe_ingredient(&recipe.card.id, "pack:lentils", 3.0, Unit::Decilitre, None).unwrap();
    let first_step = view.steps[0].id.clone();
    h.mestre.add_ingredient("pack:mushroom", vec![], FoodKind::Plant).unwrap();
    let view = h.mestre.add_recipe_ingredient(&recipe.card.id, "ing:pack:mushroom", 200.0, Unit::Gram, Some(first_step.clone())).unwrap();
    assert_eq!(view.steps.len(), 2);
    assert_eq!((view.steps[1].timer_s, view.steps[1].voice_lang.as_str()), (600, "ar"));
    assert_eq!(view.steps[0].ingredients.len(), 1);
    assert!(view.card.unchecked, "a new ingredient waits for a mentor");
    assert_eq!(line(&view, "pack:lentils").amount.work, "3 dl");

    // The mentor writes the title and checks the new ingredient; the recipe is checked.
    as_mentor(&mut h, &mentor);
    h.mestre.edit_recipe(RecipeEdit { id: recipe.card.id.clone(), title: Some("Linsesuppe".into()), ..Default::default() }).unwrap();
    h.mestre.check_ingredient("ing:pack:mushroom", vec![], FoodKind::Plant).unwrap();
    let checked = h.mestre.recipe(&recipe.card.id, None).unwrap();
    assert!(!checked.card.unchecked);
    assert_eq!(read(&checked.card.proud_title.work), "Aminas Linsesuppe");
    let ingredient = h.mestre.ingredients().unwrap().into_iter().find(|i| i.id == "ing:pack:mushroom").unwrap();
    assert!(ingredient.checked);
    assert_eq!(ingredient.source, "Ingrid");
    // A mentor corrects a starter ingredient: mushrooms marked with celery (a test of the
    // path only) reach every recipe that uses them.
    h.mestre.check_ingredient("pack:lentils", vec!["celery".into()], FoodKind::Plant).unwrap();
    assert!(allergens_of(&h.mestre.recipe(&recipe.card.id, None).unwrap()).contains(&(Allergen::Celery, vec![])));

    // In the list she sees her recipe first, with her photo and her name.
    as_trainee(&mut h, &amina);
    let first = h.mestre.recipes().unwrap().remove(0);
    assert_eq!((first.id.as_str(), first.photo_thumb.as_deref()), (recipe.card.id.as_str(), Some(dish.thumb.as_str())));
}

#[test]
fn bad_recipe_input_is_refused_and_nothing_is_stored() {
    let (mut h, _, amina) = cafe_with_trainee();
    as_trainee(&mut h, &amina);
    let recipe = h.mestre.add_recipe(NewRecipe { title: "Shiro".into(), ..Default::default() }).unwrap();
    let before = h.mestre.recipe(&recipe.card.id, None).unwrap();
    let refused = |r: mestre::Result<RecipeView>| r.unwrap_err().kind;
    assert_eq!(refused(h.mestre.add_step(NewStep { recipe_id: recipe.card.id.clone(), ..Default::default() })), ErrorKind::InvalidInput);
    assert_eq!(
        refused(h.mestre.add_step(NewStep { recipe_id: recipe.card.id.clone(), text: "Kok".into(), timer_s: -5, ..Default::default() })),
        ErrorKind::InvalidInput
    );
    assert_eq!(
        refused(h.mestre.add_step(NewStep { recipe_id: recipe.card.id.clone(), text: "x".repeat(601), ..Default::default() })),
        ErrorKind::InvalidInput
    );
    let fake_photo = mestre::media::PhotoRef { photo: "a".repeat(64), thumb: "b".repeat(64) };
    assert_eq!(
        refused(h.mestre.add_step(NewStep { recipe_id: recipe.card.id.clone(), photo: Some(fake_photo), ..Default::default() })),
        ErrorKind::NotFound
    );
    assert_eq!(
        refused(h.mestre.add_recipe_ingredient(&recipe.card.id, "pack:lentils", f64::NAN, Unit::Gram, None)),
        ErrorKind::InvalidInput
    );
    assert_eq!(refused(h.mestre.add_recipe_ingredient(&recipe.card.id, "pack:lentils", -1.0, Unit::Gram, None)), ErrorKind::InvalidInput);
    assert_eq!(refused(h.mestre.add_recipe_ingredient(&recipe.card.id, "pack:chocolate-cake", 1.0, Unit::Gram, None)), ErrorKind::NotFound);
    assert_eq!(
        refused(h.mestre.add_recipe_ingredient(&recipe.card.id, "pack:lentils", 1.0, Unit::Gram, Some("no-such-step".into()))),
        ErrorKind::NotFound
    );
    assert_eq!(refused(h.mestre.add_recipe(NewRecipe { country: "XX".into(), ..Default::default() })), ErrorKind::InvalidInput);
    assert_eq!(refused(h.mestre.add_recipe(NewRecipe { portions: 9999, ..Default::default() })), ErrorKind::InvalidInput);
    assert_eq!(
        refused(h.mestre.edit_recipe(RecipeEdit { id: "pack:vafler".into(), title: Some("Vafler!".into()), ..Default::default() })),
        ErrorKind::InvalidInput,
        "a starter recipe is copied before it is changed"
    );
    assert_eq!(h.mestre.check_ingredient("pack:flour", vec![], FoodKind::Plant).unwrap_err().kind, ErrorKind::NotAllowed);
    assert_eq!(h.mestre.add_ingredient("pack:no-such-word", vec![], FoodKind::Plant).unwrap_err().kind, ErrorKind::NotFound);
    assert_eq!(
        h.mestre.add_ingredient("pack:mushroom", vec!["chocolate".into()], FoodKind::Plant).unwrap_err().kind,
        ErrorKind::InvalidInput
    );
    assert_eq!(h.mestre.recipe(&recipe.card.id, None).unwrap(), before, "nothing of the refused changes was stored");
}

#[test]
fn a_starter_recipe_copied_to_change_it_keeps_its_steps_ingredients_and_allergens() {
    let (mut h, _, amina) = cafe_with_trainee();
    as_trainee(&mut h, &amina);
    let original = h.mestre.recipe("pack:vafler", None).unwrap();
    let copy = h.mestre.copy_recipe("pack:vafler").unwrap();
    assert_ne!(copy.card.id, original.card.id);
    assert_eq!(
        copy.steps.iter().map(|s| &s.text.work).collect::<Vec<_>>(),
        original.steps.iter().map(|s| &s.text.work).collect::<Vec<_>>()
    );
    assert_eq!(
        copy.ingredients.iter().map(|l| (&l.ingredient_id, &l.amount.work)).collect::<Vec<_>>(),
        original.ingredients.iter().map(|l| (&l.ingredient_id, &l.amount.work)).collect::<Vec<_>>()
    );
    assert_eq!(allergens_of(&copy), allergens_of(&original));
    assert_eq!(copy.steps[3].timer_s, 900);
    let changed = h
        .mestre
        .edit_step(StepEdit { id: copy.steps[0].id.clone(), text: Some("Visp egg og sukker.".into()), ..Default::default() })
        .unwrap();
    assert_eq!(changed.steps[0].text.work, "Visp egg og sukker.");
    assert_eq!(h.mestre.recipe("pack:vafler", None).unwrap(), original, "the starter recipe is untouched");
}

#[test]
fn moving_a_step_writes_only_that_step_and_merges_with_an_edit_of_another_on_a_second_tablet() {
    let (mut h, _, amina) = cafe_with_trainee();
    as_trainee(&mut h, &amina);
    let copy = h.mestre.copy_recipe("pack:havregrot").unwrap();
    let ids: Vec<String> = copy.steps.iter().map(|s| s.id.clone()).collect();
    let written = |h: &Harness| h.mestre.store().version_vector().unwrap().values().sum::<i64>();
    let log_before = written(&h);
    let moved = h.mestre.move_step(&ids[2], 0).unwrap();
    assert_eq!(moved.steps.iter().map(|s| s.id.clone()).collect::<Vec<_>>(), [ids[2].clone(), ids[0].clone(), ids[1].clone()]);
    assert_eq!(written(&h), log_before + 1, "one step written");
    // Moving it many times to the same place still keeps every step in order.
    for _ in 0..40 {
        h.mestre.move_step(&ids[1], 1).unwrap();
        h.mestre.move_step(&ids[0], 1).unwrap();
    }
    let order: Vec<String> = h.mestre.recipe(&copy.card.id, None).unwrap().steps.into_iter().map(|s| s.id).collect();
    assert_eq!(order, [ids[2].clone(), ids[0].clone(), ids[1].clone()]);

    // Two tablets: one moves step 3 first, the other rewrites step 2 at the same time.
    let mut cafe = TestCafe::new(2);
    let recipe = RecipeDraft::new("r-1", AMINA).title("Grøt").portions(4);
    let step = |id: &str, position: i64, text: &str| RecipeStepDraft::new(id, AMINA).recipe_id("r-1").position(position).text(text);
    cafe.write(
        0,
        AMINA,
        None,
        vec![recipe.into(), step("s-1", 100, "Én").into(), step("s-2", 200, "To").into(), step("s-3", 300, "Tre").into()],
    )
    .unwrap();
    cafe.exchange(0, 1);
    cafe.write(0, AMINA, None, vec![RecipeStepDraft::new("s-3", AMINA).position(50).into()]).unwrap();
    cafe.write(1, HODAN, None, vec![RecipeStepDraft::new("s-2", AMINA).text("To, med salt").into()]).unwrap();
    cafe.exchange(0, 1);
    for r in &cafe.replicas {
        let steps: Vec<(String, String)> = r.store.recipe_steps("r-1").unwrap().into_iter().map(|s| (s.id, s.text)).collect();
        assert_eq!(steps, [("s-3".into(), "Tre".into()), ("s-1".into(), "Én".into()), ("s-2".into(), "To, med salt".into())]);
    }
}

#[test]
fn forged_changes_to_recipes_and_ingredients_are_refused_and_stored_rows_stay_as_they_were() {
    let mut cafe = TestCafe::new(2);
    cafe.write(0, AMINA, None, vec![RecipeDraft::new("r-1", AMINA).title("Shiro").portions(4).into()]).unwrap();
    cafe.write(
        0,
        AMINA,
        None,
        vec![IngredientDraft::new("ing:pack:mushroom", AMINA).word_id("pack:mushroom").kind(FoodKind::Plant).into()],
    )
    .unwrap();
    cafe.exchange(0, 1);
    // A trainee's tablet cannot write what only a mentor checks, locally or by a forged change.
    let checked = || -> mestre::changes::Draft {
        IngredientDraft::new("ing:pack:mushroom", AMINA)
            .checked_allergens(Some(mestre::recipes::allergens::AllergenSet::default()))
            .checked_by("Amina")
            .into()
    };
    assert_eq!(cafe.write(1, AMINA, None, vec![checked()]).unwrap_err().kind, ErrorKind::NotAllowed);
    let tablet = &cafe.replicas[1];
    let forged_check = crate::words::forged(tablet, 1, AMINA, checked(), |_| {});
    let forged_unit =
        crate::words::forged(tablet, 2, AMINA, RecipeIngredientDraft::new("l-1", AMINA).recipe_id("r-1").into(), |c: &mut Change| {
            c.fields.insert("unit".into(), serde_json::json!("cups"));
        });
    let forged_allergen =
        crate::words::forged(tablet, 3, AMINA, IngredientDraft::new("ing:pack:salt", AMINA).word_id("pack:salt").into(), |c| {
            c.fields.insert("allergens".into(), serde_json::json!("chocolate"));
        });
    let forged_owner = crate::words::forged(tablet, 4, HODAN, RecipeDraft::new("r-1", HODAN).title("Hodans shiro").into(), |_| {});
    let forged_photo = crate::words::forged(tablet, 5, AMINA, RecipeStepDraft::new("s-1", AMINA).recipe_id("r-1").into(), |c| {
        c.fields.insert("photo".into(), serde_json::json!("../../etc/passwd"));
    });
    let forged_dish = crate::words::forged(tablet, 6, AMINA, MenuDishDraft::new("d-1", AMINA).recipe_id("r-1").into(), |c| {
        c.fields.insert("day".into(), serde_json::json!("the whole of next month"));
    });
    let forged = vec![forged_check, forged_unit, forged_allergen, forged_owner, forged_photo, forged_dish];
    let report = cafe.replicas[0].apply(T0 + 10_000, "peer", forged).unwrap();
    assert_eq!(report.quarantined, 6, "{report:?}");
    let reasons = cafe.refusals(0);
    assert_eq!(reasons, ["invalid", "invalid", "invalid", "invalid", "needs-mentor", "owner-changed"], "{reasons:?}");
    assert!(cafe.replicas[0].store.menu_dish("d-1").unwrap().is_none());
    let recipe: RecipeRow = cafe.replicas[0].store.get("r-1").unwrap().unwrap();
    assert_eq!((recipe.title.as_str(), recipe.owner.as_str()), ("Shiro", AMINA));
    let ingredient: IngredientRow = cafe.replicas[0].store.get("ing:pack:mushroom").unwrap().unwrap();
    assert!(ingredient.checked_allergens.is_none());
    assert!(cafe.replicas[0].store.get::<RecipeStepRow>("s-1").unwrap().is_none());
    // The founder, signing with her key, may check it.
    let founder = cafe.founder.clone();
    cafe.write(0, crate::support_cafe::FOUNDER, Some(&founder), vec![checked()]).unwrap();
}

fn pdf_text(pdf: &[u8]) -> (String, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out.pdf");
    std::fs::write(&path, pdf).unwrap();
    let text =
        Command::new("pdftotext").args(["-layout", "-enc", "UTF-8"]).arg(&path).arg("-").output().expect("pdftotext (poppler-utils)");
    let info = Command::new("pdfinfo").arg(&path).output().expect("pdfinfo (poppler-utils)");
    assert!(text.status.success() && info.status.success(), "poppler reads the PDF");
    (String::from_utf8(text.stdout).unwrap(), String::from_utf8(info.stdout).unwrap())
}

#[test]
fn the_week_menu_prints_as_an_a4_pdf_with_every_dishs_allergens_in_norwegian_and_arabic() {
    let (mut h, mentor, _) = cafe_with_trainee();
    as_mentor(&mut h, &mentor);
    // A Wednesday of week 47 of 2026 (Monday 16 November); "" is this week, T0's.
    let week = h.mestre.menu_week("2026-11-18").unwrap();
    assert_eq!((week.monday.as_str(), week.week, week.days.len()), ("2026-11-16", 47, 7));
    assert_eq!(h.mestre.menu_week("").unwrap().monday, "2026-11-16");
    h.mestre.add_to_menu("2026-11-16", "pack:fiskesuppe").unwrap();
    h.mestre.add_to_menu("2026-11-16", "pack:vafler").unwrap();
    let own = h.mestre.add_recipe(NewRecipe { title: "Linsesuppe".into(), cook: "Fatima".into(), ..Default::default() }).unwrap();
    h.mestre.add_recipe_ingredient(&own.card.id, "pack:lentils", 2.0, Unit::Decilitre, None).unwrap();
    h.mestre.add_to_menu("2026-11-18", &own.card.id).unwrap();
    let week = h.mestre.menu_week("2026-11-22").unwrap();
    assert_eq!(week.days[0].dishes.len(), 2);
    assert_eq!(week.days[0].weekday.work, "mandag");
    assert_eq!(week.days[2].dishes[0].recipe.id, own.card.id);
    let summary: Vec<Allergen> = week.allergens.iter().map(|a| a.allergen).collect();
    assert_eq!(summary, [Allergen::Gluten, Allergen::Crustaceans, Allergen::Eggs, Allergen::Fish, Allergen::Milk, Allergen::Celery]);

    let (text, info) = pdf_text(&h.mestre.week_menu_pdf("2026-11-16", None).unwrap());
    assert!(info.contains("595.276 x 841.89 pts (A4)"), "{info}");
    for expected in [
        "Meny uke 47",
        "mandag",
        "Fiskesuppe",
        "Vafler",
        "Allergener: Gluten (hvete), Skalldyr, Fisk, Melk, Selleri",
        "Allergener denne uken",
        "Spør oss om allergener",
    ] {
        assert!(text.contains(expected), "{expected:?} in\n{text}");
    }
    assert!(text.contains("Fatimas Linsesuppe"), "the cook's name is printed with pride");
    assert!(!text.contains("شوربة"), "no second language unless asked");

    // Arabic words come out in logical order. (poppler itself turns the lam-alef ligature
    // and bracket pairs round when it extracts right-to-left text, whatever wrote the PDF;
    // a reader that honours the PDF's ActualText copies those right too.)
    let (text, _) = pdf_text(&h.mestre.week_menu_pdf("2026-11-16", Some("ar")).unwrap());
    for expected in ["Fiskesuppe", "شوربة السمك", "الغلوتين", "القمح", "الحساسية هذا", "قائمة الطعام", "الكرفس"]
    {
        assert!(text.contains(expected), "{expected:?} in logical order in\n{text}");
    }
    // A removed recipe leaves the menu; the rest still prints.
    h.mestre.remove_recipe(&own.card.id).unwrap();
    assert!(h.mestre.menu_week("2026-11-18").unwrap().days[2].dishes.is_empty());
    assert!(h.mestre.week_menu_pdf("2026-11-16", None).is_ok());
}

#[test]
fn a_recipe_card_prints_for_the_portions_chosen_and_is_saved_in_the_prints_folder() {
    let dir = tempfile::tempdir().unwrap();
    let mut m = mestre::api::Mestre::open(dir.path()).unwrap();
    crate::support::setup(&mut m);
    let pdf = m.recipe_card_pdf("pack:kjottkaker", Some(20), Some("ti")).unwrap();
    let (text, info) = pdf_text(&pdf);
    let pages = info.lines().find_map(|l| l.strip_prefix("Pages:")).map(str::trim);
    assert_eq!(pages, Some("1"), "{info}\n{text}");
    assert!(info.contains("595.276 x 841.89 pts (A4)"), "{info}");
    for expected in [
        "Kjøttkaker i brun saus",
        "20 porsjoner",
        "2,5 kg kjøttdeig",
        "5 stk egg",
        "Ingredienser",
        "Slik gjør du",
        "1. Bland kjøttdeig",
        "ቁራጽ ስጋ ብቡናዊ ሶስ",
    ] {
        assert!(text.contains(expected), "{expected:?} in\n{text}");
    }
    let printed = m.print_recipe_card("pack:kjottkaker", Some(20), None, false).unwrap();
    assert!(printed.path.ends_with("prints/kjøttkaker-i-brun-saus.pdf"), "{}", printed.path);
    assert!(std::fs::read(&printed.path).unwrap().starts_with(b"%PDF"));
    assert!(!printed.sent && printed.problem.is_empty());
    // No mentor, no print.
    m.logout();
    assert_eq!(m.recipe_card_pdf("pack:kjottkaker", None, None).unwrap_err().kind, ErrorKind::NotAllowed);
}

#[test]
fn the_recipe_book_kept_in_memory_shows_a_recipe_or_an_allergen_written_by_a_sync_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut mestre = mestre::api::Mestre::open(dir.path()).unwrap();
    let mentor = crate::support::setup(&mut mestre);
    let before = mestre.recipes().unwrap();
    assert_eq!(mestre.recipes().unwrap(), before, "the same book when nothing changed");
    // A sync in the background writes through its own connection to the same file.
    let mut other = mestre::sync::Replica::open(dir.path(), T0).unwrap();
    let recipe = RecipeDraft::new("r-sync", &mentor.id).title("Suppe fra nettbrettet").portions(4).created_ms(T0 + 1);
    let line = RecipeIngredientDraft::new("l-sync", &mentor.id)
        .recipe_id("r-sync")
        .ingredient_id("pack:lentils")
        .amount_milli(100_000)
        .unit(Unit::Gram);
    other.record_as(&mentor.id, None, T0, vec![recipe.into(), line.into()]).unwrap();
    let after = mestre.recipes().unwrap();
    assert_eq!(after.len(), before.len() + 1);
    assert_eq!((after[0].id.as_str(), after[0].title.work.as_str()), ("r-sync", "Suppe fra nettbrettet"));
    assert!(after[0].allergens.is_empty());
    // A mentor elsewhere finds celery in lentils (a test of the path only): the card shows it.
    let checked = IngredientDraft::new("pack:lentils", "pack")
        .pack_key("lentils")
        .word_id("pack:lentils")
        .allergens(mestre::recipes::allergens::AllergenSet::parse("celery").unwrap())
        .kind(FoodKind::Plant)
        .checked_allergens(mestre::recipes::allergens::AllergenSet::parse("celery"))
        .checked_kind(Some(FoodKind::Plant))
        .checked_by("Ingrid");
    let signer = mestre.mentor_signer();
    other.record_as(&mentor.id, signer.as_ref(), T0, vec![checked.into()]).unwrap();
    let card = mestre.recipes().unwrap().into_iter().find(|c| c.id == "r-sync").unwrap();
    assert_eq!(card.allergens.iter().map(|a| a.allergen).collect::<Vec<_>>(), [Allergen::Celery]);
}
