//! What the UI is generated from, so nothing is copied by hand: the TypeScript
//! declarations of every type that crosses to the UI (ts-rs), the Fluent message ids with
//! their variables, the `Commands` interface and its Tauri client (from
//! [`crate::api::commands`]), and the constants the screens share with the core (task
//! cards, moods, locales, pictures, the lock-out schedule). The files in
//! `ui/src/generated/` are checked in; a test fails when they drift from this.

use std::any::TypeId;
use std::collections::{BTreeMap, HashSet};

use serde::Serialize;
use ts_rs::{TypeVisitor, TS};

use crate::diary::{Area, Mood, TASKS};
use crate::i18n::LOCALES;
use crate::people::{login_guard, PictureId};

const HEADER: &str = "// Generated from the Rust core by `cargo test` (MESTRE_BLESS=1 rewrites it). Do not edit.\n\n";

/// Collects the declaration of every named type reachable from the roots.
#[derive(Default)]
struct Declarations {
    seen: HashSet<TypeId>,
    /// name → declaration, sorted by name for a stable file.
    found: BTreeMap<String, String>,
}

impl TypeVisitor for Declarations {
    fn visit<T: TS + 'static + ?Sized>(&mut self) {
        if !self.seen.insert(TypeId::of::<T>()) {
            return;
        }
        if T::output_path().is_some() {
            self.found.insert(T::ident(), format!("export {}", T::decl()));
        }
        T::visit_dependencies(self);
        T::visit_generics(self);
    }
}

/// `ui/src/generated/types.ts`: every type a command takes or returns, what the UI hears
/// besides (sync events, errors), the message ids, and the `Commands` interface.
pub fn typescript() -> String {
    let mut out = String::from(HEADER);
    let mut declarations = Declarations::default();
    crate::api::commands::visit_types(&mut declarations);
    declarations.visit::<crate::sync::auto::SyncEvent>();
    declarations.visit::<crate::error::ErrorPayload>();
    // The starter task cards are a constant of their own (`TASKS`).
    declarations.visit::<crate::diary::Task>();
    for d in declarations.found.values() {
        out.push_str(d);
        out.push_str("\n\n");
    }
    out.push_str("/// Every Fluent message id, with the variables it takes.\nexport interface MessageArgs {\n");
    for (id, vars) in crate::i18n::MESSAGE_VARIABLES {
        let fields: Vec<String> = vars.iter().map(|v| format!("{v}: string | number")).collect();
        out.push_str(&format!("  {id:?}: {{ {} }};\n", fields.join("; ")));
    }
    out.push_str("}\n\nexport type MessageId = keyof MessageArgs;\n\n");
    out.push_str(&crate::api::commands::typescript_interface());
    out
}

/// `ui/src/generated/commands.ts`.
pub fn typescript_commands() -> String {
    crate::api::commands::typescript_client()
}

/// `ui/src/generated/constants.ts`: the core's constants the screens use.
pub fn typescript_constants() -> String {
    let rtl: Vec<&str> = LOCALES.iter().filter(|l| l.rtl).map(|l| l.tag).collect();
    let voiceless: Vec<&str> = LOCALES.iter().filter(|l| l.speech_voice.is_none()).map(|l| l.tag).collect();
    let lockout: Vec<i64> = (1..=4).map(login_guard::lock_minutes).collect();
    let mut out = String::from(HEADER);
    out.push_str("import type { Allergen, Area, ContentKind, EvidenceKind, FoodEvent, FoodKind, FridgeGame, LabelSize, Level, LocaleInfo, Mark, Mood, PictureId, Task, Unit, Zone } from './types';\n\n");
    out.push_str(&format!(
        "/** The locales Mestre ships, in the order of the language screen. */\nexport const LOCALES: readonly LocaleInfo[] = {};\n\n",
        list(LOCALES)
    ));
    out.push_str(&format!("/** Locales written right to left. */\nexport const RTL_LOCALES: readonly string[] = {};\n\n", list(&rtl)));
    out.push_str(&format!(
        "/** Locales no synthetic voice can read: Norwegian speaks until someone records them. */\nexport const LOCALES_WITHOUT_VOICE: readonly string[] = {};\n\n",
        list(&voiceless)
    ));
    out.push_str(&format!(
        "/** The twelve pictures of the picture PIN, in grid order. */\nexport const PICTURES: readonly PictureId[] = {};\n\n",
        list(&PictureId::ALL)
    ));
    out.push_str(&format!("/** The task cards of \"my day\". */\nexport const TASKS: readonly Task[] = {};\n\n", list(TASKS)));
    out.push_str(&format!(
        "/** Where tasks happen: the groups of task cards, in order. */\nexport const AREAS: readonly Area[] = {};\n\n",
        list(&Area::ALL)
    ));
    out.push_str(&format!("/** How the day felt, as faces. */\nexport const MOODS: readonly Mood[] = {};\n\n", list(&Mood::ALL)));
    out.push_str(&format!(
        "/** Wrong tries before a lock-out, and the minutes of the 1st, 2nd, 3rd and later lock-outs. */\nexport const LOCKOUT = {{ triesBeforeLock: {}, minutes: {} }} as const;\n",
        login_guard::TRIES_BEFORE_LOCK,
        list(&lockout)
    ));
    out.push_str(&format!(
        "\n/** The shortest password a mentor may choose. */\nexport const MIN_PASSWORD_CHARS = {};\n",
        crate::people::MIN_PASSWORD_CHARS
    ));
    out.push_str(&recipe_constants());
    out.push_str(&fridge_constants());
    out.push_str(&competence_constants());
    out.push_str(&content_constants());
    out
}

/// What the café's own content may look like, and the kinds of content in the studio.
fn content_constants() -> String {
    use crate::content::ContentKind;
    let task_pictures = crate::diary::cards::own_task_pictures();
    let mut out = format!(
        "\n/** The pictures a task card of the café's own may have (a photo is the other choice). */\nexport const OWN_TASK_PICTURES: readonly string[] = {};\n",
        list(&task_pictures)
    );
    out.push_str(&format!(
        "\n/** The pictures a food of the café's own may have (word and recipe pictures). */\nexport const OWN_FOOD_PICTURES: readonly string[] = {};\n",
        list(&crate::fridge::own::own_food_pictures())
    ));
    out.push_str(&format!(
        "\n/** The pictures an aim of the café's own may have. */\nexport const OWN_AIM_PICTURES: readonly string[] = {};\n",
        list(&crate::competence::own::own_aim_pictures())
    ));
    out.push_str(&format!(
        "\n/** The kinds of content the studio lists, in its order. */\nexport const CONTENT_KINDS: readonly ContentKind[] = {};\n",
        list(&ContentKind::ALL)
    ));
    out
}

/// The competences' lists: her three faces, the mentor's marks, kinds of evidence.
fn competence_constants() -> String {
    use crate::competence::{EvidenceKind, Level, Mark};
    let mut out = format!(
        "\n/** How she rates herself, as three faces, from \"can't yet\" to \"on my own\". */\nexport const LEVELS: readonly Level[] = {};\n",
        list(&Level::ALL)
    );
    out.push_str(&format!(
        "\n/** A mentor's marks, in their order: P, F, K. */\nexport const MARKS: readonly Mark[] = {};\n",
        list(&Mark::ALL)
    ));
    let letters: Vec<String> = Mark::ALL.iter().map(|m| format!("{:?}: {:?}", m.as_str(), m.letter())).collect();
    out.push_str(&format!(
        "\n/** The letter a training book writes for each mark. */\nexport const MARK_LETTERS: Readonly<Record<Mark, string>> = {{ {} }};\n",
        letters.join(", ")
    ));
    out.push_str(&format!(
        "\n/** What may be linked to an aim as evidence. */\nexport const EVIDENCE_KINDS: readonly EvidenceKind[] = {};\n",
        list(&EvidenceKind::ALL)
    ));
    out
}

/// The fridge's lists: zones, games, label sizes, and what a thermometer reading may be.
fn fridge_constants() -> String {
    use crate::fridge::{check, FoodEvent, FridgeGame, LabelSize, Zone};
    let mut out = format!("\n/** Where food is kept. */\nexport const ZONES: readonly Zone[] = {};\n", list(&Zone::ALL));
    out.push_str(&format!(
        "\n/** The zones read in the morning check. */\nexport const READ_ZONES: readonly Zone[] = {};\n",
        list(&check::READ_ZONES)
    ));
    out.push_str(&format!(
        "\n/** The coldest and warmest reading accepted, in tenths of a degree. */\nexport const READING_RANGE = {{ min: {}, max: {} }} as const;\n",
        check::READING_RANGE.0,
        check::READING_RANGE.1
    ));
    out.push_str(&format!(
        "\n/** What starts an item's days. */\nexport const FOOD_EVENTS: readonly FoodEvent[] = {};\n",
        list(&FoodEvent::ALL)
    ));
    out.push_str(&format!(
        "\n/** The four fridge games, in the order they are offered. */\nexport const FRIDGE_GAMES: readonly FridgeGame[] = {};\n",
        list(&FridgeGame::ALL)
    ));
    out.push_str(&format!(
        "\n/** The label sizes Mestre prints. */\nexport const LABEL_SIZES: readonly LabelSize[] = {};\n",
        list(&LabelSize::ALL)
    ));
    out
}

/// The recipes' lists a screen offers: countries, allergens with their kinds, kinds of
/// food, units.
fn recipe_constants() -> String {
    use crate::recipes::allergens::{Allergen, FoodKind};
    let kinds: Vec<String> =
        Allergen::ALL.iter().filter(|a| !a.kinds().is_empty()).map(|a| format!("{}: {}", a.as_str(), list(a.kinds()))).collect();
    let mut out = format!(
        "\n/** The countries a recipe can come from (ISO 3166 codes). */\nexport const COUNTRIES: readonly string[] = {};\n",
        list(&crate::recipes::book::COUNTRIES)
    );
    out.push_str(&format!(
        "\n/** The 14 allergens of EU 1169/2011 Annex II, in its order. */\nexport const ALLERGENS: readonly Allergen[] = {};\n",
        list(&Allergen::ALL)
    ));
    out.push_str(&format!(
        "\n/** The kinds the law asks to name (cereals with gluten, nuts). */\nexport const ALLERGEN_KINDS: Partial<Record<Allergen, readonly string[]>> = {{ {} }};\n",
        kinds.join(", ")
    ));
    out.push_str(&format!(
        "\n/** What kind of food an ingredient is. */\nexport const FOOD_KINDS: readonly FoodKind[] = {};\n",
        list(&FoodKind::ALL)
    ));
    out.push_str(&format!(
        "\n/** The units an amount can be written in. */\nexport const UNITS: readonly Unit[] = {};\n",
        list(&crate::recipes::quantity::Unit::ALL)
    ));
    out
}

/// A JSON array, one item a line when the items are objects.
fn list<T: Serialize>(items: &[T]) -> String {
    let items: Vec<String> = items.iter().map(|i| serde_json::to_string(i).expect("constants serialize")).collect();
    if items.iter().any(|i| i.starts_with('{')) {
        format!("[\n  {},\n]", items.join(",\n  "))
    } else {
        format!("[{}]", items.join(", "))
    }
}
