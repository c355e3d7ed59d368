//! Every command the UI may call, listed once. The Tauri shell turns the list into its
//! command functions and handler ([`for_each_command!`](crate::for_each_command) with its
//! own callback); the core turns it into the UI's typed `Commands` interface and its
//! Tauri client (`ui/src/generated/`), checked in and compared by a test. A new command
//! is one entry here and the façade method it calls.
//!
//! Four kinds: `commands` take JSON arguments; `raw_body_commands` receive bytes (a
//! photo, a recording) as the request body; `sync_jobs` return the sync to run, which
//! the shell runs in the background and reports as `sync` events; `progress_commands`
//! take a progress callback too, which the shell turns into `progress` events.

/// Calls `$callback! { commands { … } raw_body_commands { … } sync_jobs { … } progress_commands { … } }` with
/// every command. Each entry: doc comment, name, arguments, result, and the call on the
/// façade (`|m| …` with `m: &mut Mestre`).
#[macro_export]
macro_rules! for_each_command {
    ($callback:ident) => {
        $callback! {
            commands {
                /// Everything the first screen needs in one call.
                fn app_state() -> $crate::api::AppState = |m| m.app_state();
                /// The UI shows its first screen and can be touched (logged for the start-up benchmark).
                fn first_screen_shown(screen: String, page_ms: f64) -> () = |m| {
                    m.first_screen_shown(&screen, page_ms);
                    Ok(())
                };
                /// Choose the language of the shared screens.
                fn set_device_language(tag: String) -> () = |m| m.set_device_language(&tag);
                /// First run: create the café and its first mentor (signed in at once).
                fn setup_cafe(setup: $crate::cafe::CafeSetup) -> $crate::people::Session = |m| m.setup_cafe(setup);
                /// Everyone on the wall of faces.
                fn people() -> Vec<$crate::people::Person> = |m| m.people();
                /// A trainee signs in with her three pictures.
                fn login_with_pin(person_id: String, pin: Vec<$crate::people::PictureId>) -> $crate::people::Session =
                    |m| m.login_with_pin(&person_id, &pin);
                /// A mentor signs in with her password.
                fn login_with_password(person_id: String, password: String) -> $crate::people::Session =
                    |m| m.login_with_password(&person_id, &password);
                /// The signed-in person chooses the language the app speaks to her.
                fn set_my_language(tag: String) -> $crate::people::Session = |m| m.set_my_language(&tag);
                fn logout() -> () = |m| {
                    m.logout();
                    Ok(())
                };
                /// A mentor adds a trainee (photo imported first).
                fn add_trainee(trainee: $crate::people::NewTrainee) -> $crate::people::Person = |m| m.add_trainee(trainee);
                /// A mentor gives a trainee a new picture PIN (she forgot hers).
                fn set_picture_pin(person_id: String, pin: Vec<$crate::people::PictureId>) -> () =
                    |m| m.set_picture_pin(&person_id, &pin);
                /// The audio (or the sentence) for a prompt.
                fn speak(request: $crate::speech::SpeechRequest) -> $crate::speech::Speech = |m| Ok(m.speak(&request));
                /// A written text read aloud (a mentor's comment).
                fn speak_text(lang: String, text: String) -> $crate::speech::Speech = |m| m.speak_text(&lang, &text);
                /// Which language a trainee's captions show first (mentors).
                fn set_caption_order(person_id: String, work_language_first: bool) -> $crate::people::Person =
                    |m| m.set_caption_order(&person_id, work_language_first);
                /// Minutes without a touch before this device signs out by itself (mentors; 0: never).
                fn set_idle_sign_out(minutes: u32) -> () = |m| m.set_idle_sign_out(minutes);
                /// This device's name, where it listens, and the paired devices.
                fn sync_status() -> $crate::api::SyncStatus = |m| m.sync_status();
                /// "Connect a tablet": a six-digit code and a QR code.
                fn open_pairing() -> $crate::api::PairingView = |m| m.open_pairing();
                fn close_pairing() -> () = |m| {
                    m.close_pairing();
                    Ok(())
                };
                /// Join the device at `address` with the code it shows.
                fn pair_with(address: String, code: String) -> $crate::api::PeerView = |m| m.pair_with(&address, &code);
                /// Unpair a device (a lost tablet); with a mentor signed in, retire it from the café.
                fn unpair(peer_id: String) -> () = |m| m.unpair(&peer_id);
                /// The changes other devices sent that were refused here: who, what, when, why (mentors).
                fn quarantine() -> $crate::trust::Quarantine = |m| m.quarantine();
                /// A mentor adds a mentor with a first password.
                fn add_mentor(mentor: $crate::people::NewMentor) -> $crate::people::Person = |m| m.add_mentor(mentor);
                /// The signed-in mentor changes her password (her key is sealed again).
                fn change_my_password(old_password: String, new_password: String) -> () =
                    |m| m.change_my_password(&old_password, &new_password);
                /// A mentor gives another mentor a new password (and a new key).
                fn reset_mentor_password(person_id: String, password: String) -> () =
                    |m| m.reset_mentor_password(&person_id, &password);
                /// A mentor leaves the café: she can no longer sign in; her keys are withdrawn.
                fn retire_mentor(person_id: String) -> () = |m| m.retire_mentor(&person_id);
                /// Every task card (the starter cards and the café's own), hidden or not.
                fn diary_tasks() -> Vec<$crate::diary::cards::TaskCard> = |m| m.diary_tasks();
                /// Add one of the café's own task cards, or change one (mentors with their key).
                fn save_task_card(card: $crate::diary::cards::TaskCardInput) -> Vec<$crate::diary::cards::TaskCard> = |m| m.save_task_card(card);
                /// Take a task card off her choices, or put it back (mentors with their key).
                fn set_task_card_hidden(id: String, hidden: bool) -> Vec<$crate::diary::cards::TaskCard> =
                    |m| m.set_task_card_hidden(&id, hidden);
                /// Today's page for the signed-in trainee.
                fn my_day() -> $crate::diary::DayView = |m| m.my_day();
                fn set_my_tasks(tasks: Vec<String>) -> $crate::diary::DayView = |m| m.set_my_tasks(&tasks);
                fn set_my_mood(mood: $crate::diary::Mood) -> $crate::diary::DayView = |m| m.set_my_mood(mood);
                /// Record from the microphone (natively in the app).
                fn start_recording() -> () = |m| m.start_recording();
                /// Seconds recorded so far (null when not recording), for the timer.
                fn recording_seconds() -> Option<f64> = |m| Ok(m.recording_seconds());
                fn stop_recording() -> $crate::media::Clip = |m| m.stop_recording();
                fn add_my_voice_note(clip: $crate::media::Clip) -> $crate::diary::DayView = |m| m.add_my_voice_note(&clip);
                fn add_my_word(photo: Option<$crate::media::PhotoRef>, clip: $crate::media::Clip) -> $crate::diary::DayView =
                    |m| m.add_my_word(photo.as_ref(), &clip);
                /// A trainee's earlier days, newest first.
                fn diary_days(person_id: String) -> Vec<$crate::diary::DaySummary> = |m| m.diary_days(&person_id);
                fn diary_day(day_id: String) -> $crate::diary::DayView = |m| m.diary_day(&day_id);
                fn mark_comments_seen(day_id: String) -> () = |m| m.mark_comments_seen(&day_id);
                /// A mentor comments on a day, in words, with a voice note, or both.
                fn add_comment(day_id: String, text: String, clip: Option<$crate::media::Clip>) -> $crate::diary::DayView =
                    |m| m.add_comment(&day_id, &text, clip.as_ref());
                /// A mentor writes the spelling of a new word.
                fn set_word_text(item_id: String, text: String) -> () = |m| m.set_word_text(&item_id, &text);
                /// The word bank's category cards.
                fn word_categories() -> Vec<$crate::words::CategoryView> = |m| m.word_categories();
                /// The words of one category, in the working language and the reader's own.
                fn words_in(category: $crate::words::Category) -> Vec<$crate::words::WordView> = |m| m.words_in(category);
                fn word(id: String) -> $crate::words::WordView = |m| m.word(&id);
                /// One word with `lang` as its second language (a mentor editing a translation).
                fn word_in(id: String, lang: String) -> $crate::words::WordView = |m| m.word_in(&id, &lang);
                /// Words whose text in either language answers what was typed.
                fn find_words(query: String) -> Vec<$crate::words::WordView> = |m| m.find_words(&query);
                /// A mentor or trainee adds a word (photo and recordings stored first).
                fn add_word(word: $crate::words::NewWord) -> $crate::words::WordView = |m| m.add_word(word);
                /// Change a word's text, group, photo or recordings, in the working language or another.
                fn edit_word(edit: $crate::words::WordEdit) -> $crate::words::WordView = |m| m.edit_word(edit);
                /// A mentor removes a word from the bank (diaries keep what they show).
                fn remove_word(id: String) -> () = |m| m.remove_word(&id);
                /// A trainee's competences: every aim for a mentor, the aims of her plan for herself.
                fn competences(person_id: String) -> $crate::competence::Competences = |m| m.competences(&person_id);
                /// The signed-in trainee's own competences.
                fn my_competences() -> $crate::competence::Competences = |m| m.my_competences();
                /// One aim of a trainee's in full: marks (signatures checked), ratings, evidence, suggestions.
                fn competence_aim(person_id: String, aim: String) -> $crate::competence::AimDetail = |m| m.competence_aim(&person_id, &aim);
                /// A mentor puts an aim in a trainee's plan or takes it out.
                fn set_plan(person_id: String, aim: String, in_plan: bool) -> $crate::competence::Competences =
                    |m| m.set_plan(&person_id, &aim, in_plan);
                /// The signed-in trainee rates herself on an aim of her plan.
                fn rate_aim(aim: String, level: $crate::competence::Level) -> $crate::competence::AimView = |m| m.rate_aim(&aim, level);
                /// Link a piece of her work to an aim as evidence (she herself, or a mentor).
                fn link_evidence(person_id: String, aim: String, kind: $crate::competence::EvidenceKind, ref_id: String) -> $crate::competence::AimDetail =
                    |m| m.link_evidence(&person_id, &aim, kind, &ref_id);
                fn unlink_evidence(evidence_id: String) -> $crate::competence::AimDetail = |m| m.unlink_evidence(&evidence_id);
                /// A mentor signs P, F or K on an aim, with her key.
                fn mark_aim(request: $crate::competence::MarkRequest) -> $crate::competence::AimDetail = |m| m.mark_aim(request);
                /// Her aims by mark at the end of each of the last twelve months.
                fn competence_progress(person_id: String) -> $crate::competence::progress::CompetenceProgress = |m| m.competence_progress(&person_id);
                /// Every trainee's totals (mentors).
                fn group_competences() -> Vec<$crate::competence::progress::TraineeStanding> = |m| m.group_competences();
                /// The monthly report to NAV ("YYYY-MM"), of one trainee or the group, saved as PDF and CSV (mentors).
                fn monthly_report(month: String, person_id: Option<String>) -> $crate::reports::output::SavedReport =
                    |m| m.monthly_report(&month, person_id.as_deref());
                /// An aim she holds at K as a signed Open Badges 3.0 credential, saved as JSON and a baked PNG (mentors).
                fn issue_credential(person_id: String, aim: String) -> $crate::competence::credential::IssuedCredential =
                    |m| m.issue_credential(&person_id, &aim);
                /// Save a trainee's certificate of competence as a PDF, and print it when asked (mentors).
                fn print_certificate(person_id: String, send: bool) -> $crate::reports::PrintedPdf = |m| m.print_certificate(&person_id, send);
                /// The signed-in trainee's practice session now.
                fn practice_session() -> $crate::words::PracticeSession = |m| m.practice_session();
                /// Her answer to one practice card.
                fn answer_practice(answer: $crate::words::Answer) -> $crate::words::practice::Answered = |m| m.answer_practice(answer);
                /// Her streak, the words she knows, what is waiting.
                fn word_progress() -> $crate::words::WordProgress = |m| m.word_progress();
                /// Every recipe as a picture card: the café's own, then the starter recipes.
                fn recipes() -> Vec<$crate::recipes::RecipeCard> = |m| m.recipes();
                /// One recipe for a number of portions (its own number when none).
                fn recipe(id: String, portions: Option<u32>) -> $crate::recipes::RecipeView = |m| m.recipe(&id, portions);
                /// The ingredients to pick by picture, with their allergens.
                fn ingredients() -> Vec<$crate::recipes::IngredientView> = |m| m.ingredients();
                /// Make a food word an ingredient, with the allergens she thinks it has.
                fn add_ingredient(word_id: String, allergens: Vec<String>, kind: $crate::recipes::allergens::FoodKind) -> $crate::recipes::IngredientView =
                    |m| m.add_ingredient(&word_id, allergens, kind);
                /// A mentor checks or corrects an ingredient's allergens.
                fn check_ingredient(id: String, allergens: Vec<String>, kind: $crate::recipes::allergens::FoodKind) -> $crate::recipes::IngredientView =
                    |m| m.check_ingredient(&id, allergens, kind);
                /// Start a recipe (photo and spoken name first; text may come later).
                fn add_recipe(recipe: $crate::recipes::NewRecipe) -> $crate::recipes::RecipeView = |m| m.add_recipe(recipe);
                fn edit_recipe(edit: $crate::recipes::RecipeEdit) -> $crate::recipes::RecipeView = |m| m.edit_recipe(edit);
                /// A mentor removes one of the café's recipes.
                fn remove_recipe(id: String) -> () = |m| m.remove_recipe(&id);
                /// Make a starter recipe the café's own, to change it.
                fn copy_recipe(id: String) -> $crate::recipes::RecipeView = |m| m.copy_recipe(&id);
                /// A step at the end of a recipe: photo, voice, text, timer.
                fn add_step(step: $crate::recipes::NewStep) -> $crate::recipes::RecipeView = |m| m.add_step(step);
                fn edit_step(edit: $crate::recipes::StepEdit) -> $crate::recipes::RecipeView = |m| m.edit_step(edit);
                /// Move a step to another place (from 0).
                fn move_step(id: String, to: u32) -> $crate::recipes::RecipeView = |m| m.move_step(&id, to);
                fn remove_step(id: String) -> $crate::recipes::RecipeView = |m| m.remove_step(&id);
                /// Add an ingredient with how much of it, to the recipe or one of its steps.
                fn add_recipe_ingredient(recipe_id: String, ingredient_id: String, amount: f64, unit: $crate::recipes::quantity::Unit, step_id: Option<String>) -> $crate::recipes::RecipeView =
                    |m| m.add_recipe_ingredient(&recipe_id, &ingredient_id, amount, unit, step_id);
                fn remove_recipe_ingredient(id: String) -> $crate::recipes::RecipeView = |m| m.remove_recipe_ingredient(&id);
                /// The week menu of the week a day is in ("" for this week).
                fn menu_week(day: String) -> $crate::recipes::MenuWeek = |m| m.menu_week(&day);
                fn add_to_menu(day: String, recipe_id: String) -> $crate::recipes::MenuWeek = |m| m.add_to_menu(&day, &recipe_id);
                fn remove_from_menu(dish_id: String) -> $crate::recipes::MenuWeek = |m| m.remove_from_menu(&dish_id);
                /// Save the week menu as a PDF (with a second language if one is given), and print it if asked.
                fn print_week_menu(day: String, second_lang: Option<String>, send: bool) -> $crate::reports::PrintedPdf =
                    |m| m.print_week_menu(&day, second_lang.as_deref(), send);
                /// Save a recipe card as a PDF, and print it if asked.
                fn print_recipe_card(id: String, portions: Option<u32>, second_lang: Option<String>, send: bool) -> $crate::reports::PrintedPdf =
                    |m| m.print_recipe_card(&id, portions, second_lang.as_deref(), send);
                /// The food catalogue as picture cards: zone, temperature, days, allergens.
                fn fridge_items() -> Vec<$crate::fridge::FoodItemView> = |m| m.fridge_items();
                /// The rule pack of the café's country, with every rule's source.
                fn fridge_rules() -> $crate::fridge::RulesView = |m| m.fridge_rules();
                /// A mentor sets how many days an item keeps in this café (null: the rule pack's).
                fn set_fridge_routine(item: String, keeps_days: Option<u32>, note: String) -> $crate::fridge::FoodItemView =
                    |m| m.set_fridge_routine(&item, keeps_days, &note);
                /// Start a round of a fridge game.
                fn start_fridge_practice(game: $crate::fridge::FridgeGame) -> $crate::fridge::FridgeRound = |m| m.start_fridge_practice(game);
                /// Her answer to one question of the round: right or not, and why.
                fn answer_fridge_practice(index: u32, answer: $crate::fridge::FridgeAnswer) -> $crate::fridge::FridgeFeedback =
                    |m| m.answer_fridge_practice(index, answer);
                /// End the round: her result is stored as evidence.
                fn finish_fridge_practice() -> $crate::fridge::FridgeResult = |m| m.finish_fridge_practice();
                /// A trainee's finished fridge rounds (she and her mentors).
                fn fridge_evidence(person_id: String) -> Vec<$crate::fridge::FridgeEvidence> = |m| m.fridge_evidence(&person_id);
                /// What a label will say, before it is printed.
                fn preview_fridge_label(request: $crate::fridge::LabelRequest) -> $crate::fridge::labels::LabelPreview =
                    |m| m.preview_fridge_label(&request);
                /// Print a prep label (logged; saved as a PDF of the label's size; sent to the printer if asked).
                fn print_fridge_label(request: $crate::fridge::LabelRequest, send: bool) -> $crate::fridge::labels::PrintedLabel =
                    |m| m.print_fridge_label(&request, send);
                fn reprint_fridge_label(id: String, send: bool) -> $crate::fridge::labels::PrintedLabel = |m| m.reprint_fridge_label(&id, send);
                /// The labels printed, newest first.
                fn fridge_labels() -> Vec<$crate::fridge::LabelView> = |m| m.fridge_labels();
                /// The morning check: today's readings, the limits, the last 30 days.
                fn fridge_check() -> $crate::fridge::FridgeCheckView = |m| m.fridge_check();
                /// Record a thermometer reading in tenths of a degree.
                fn record_fridge_reading(zone: $crate::fridge::Zone, unit: String, tenths: i32) -> $crate::fridge::ReadingSaved =
                    |m| m.record_fridge_reading(zone, &unit, tenths);
                /// Every prompt of the recording studio, and whether `lang` has it recorded.
                fn studio_prompts(lang: String) -> Vec<$crate::speech::PromptStatus> = |m| m.studio_prompts(&lang);
                fn save_prompt_clip(lang: String, message_id: String, clip: $crate::media::Clip) -> () =
                    |m| m.save_prompt_clip(&lang, &message_id, &clip);
                /// Every word of the bank and whether it is recorded in `lang`, missing first.
                fn studio_words(lang: String) -> $crate::words::studio::StudioWords = |m| m.studio_words(&lang);
                /// The café's content in `lang`: every kind's progress, the items of `kind` recorded and written or not, missing first (mentors).
                fn studio_content(lang: String, kind: $crate::content::ContentKind) -> $crate::content::studio::StudioContent =
                    |m| m.studio_content(&lang, kind);
                /// Record how a content item sounds in a language (mentors).
                fn save_content_clip(lang: String, item: String, clip: $crate::media::Clip) -> () =
                    |m| m.save_content_clip(&lang, &item, &clip);
                /// Write one of the café's own items in another language (mentors).
                fn set_content_text(lang: String, item: String, text: String) -> () = |m| m.set_content_text(&lang, &item, &text);
                /// Say a content item: the café's recording of it in `lang`, else `text` read aloud.
                fn speak_content(item: String, lang: String, text: String) -> $crate::speech::Speech =
                    |m| m.speak_content(&item, &lang, &text);
                /// Every language: prompts recorded in the app, of how many.
                fn studio_progress() -> Vec<$crate::speech::LanguageProgress> = |m| m.studio_progress();
                /// Save a language's recorded prompts as one file.
                fn export_voice_pack(lang: String) -> $crate::speech::VoicePackExport = |m| m.export_voice_pack(&lang);
                /// Archive a trainee who left, or bring her back (mentors).
                fn set_archived(person_id: String, archived: bool) -> $crate::people::Person = |m| m.set_archived(&person_id, archived);
                /// The café's country (its fridge rules) and the languages it offers (mentors with their key).
                fn set_cafe_settings(country: $crate::cafe::Country, languages: Vec<String>) -> $crate::cafe::Cafe =
                    |m| m.set_cafe_settings(country, languages);
                /// Add one of the café's own foods, or change one (mentors with their key).
                fn save_own_food(food: $crate::fridge::own::FoodInput) -> $crate::fridge::FoodItemView = |m| m.save_own_food(food);
                /// Hide a food the café never uses, or bring it back (mentors with their key).
                fn set_food_hidden(key: String, hidden: bool) -> $crate::fridge::FoodItemView = |m| m.set_food_hidden(&key, hidden);
                /// The café's own curriculum aims, and the code a new one is offered (mentors).
                fn own_aims() -> $crate::competence::own::OwnAims = |m| m.own_aims();
                /// Add one of the café's own aims, or change one (mentors with their key).
                fn save_own_aim(aim: $crate::competence::own::OwnAimInput) -> $crate::competence::own::OwnAims = |m| m.save_own_aim(aim);
                /// Today at a glance: every trainee with what is new, who needs the mentor first.
                fn mentor_today() -> $crate::review::Today = |m| m.mentor_today();
                /// One trainee's last days of work on one page (mentors).
                fn review_trainee(person_id: String, days: u32) -> $crate::review::TraineeReview = |m| m.review_trainee(&person_id, days);
                /// The mentor has seen everything of this trainee's until now.
                fn mark_seen(person_id: String) -> () = |m| m.mark_seen(&person_id);
                /// Suggest a word or a recipe for a trainee to practise next.
                fn suggest_practice(person_id: String, kind: $crate::review::SuggestionKind, ref_id: String) -> Vec<$crate::review::SuggestionView> =
                    |m| m.suggest_practice(&person_id, kind, &ref_id);
                /// A trainee's charts: words she knows, right answers, days in her book, week by week.
                fn trainee_charts(person_id: String) -> $crate::review::charts::TraineeCharts = |m| m.trainee_charts(&person_id);
                /// The group's charts, and the fridges' temperatures.
                fn group_charts() -> $crate::review::charts::GroupCharts = |m| m.group_charts();
                /// What her mentors suggest the signed-in trainee practises.
                fn my_suggestions() -> Vec<$crate::review::SuggestionView> = |m| m.my_suggestions();
                /// Erase a trainee from this café, here and on every paired device (mentors with their key).
                fn erase_trainee(person_id: String) -> $crate::privacy::ErasureDone = |m| m.erase_trainee(&person_id);
            }
            raw_body_commands {
                /// A photo for a person's picture (mentors).
                fn import_photo(bytes) -> $crate::media::PhotoRef = import_photo;
                /// A photo of what she made today.
                fn add_my_photo(bytes) -> $crate::diary::DayView = add_my_photo;
                /// A photo of hers kept for later (the picture of a new word).
                fn import_my_photo(bytes) -> $crate::media::PhotoRef = import_my_photo;
                /// A WAV or Ogg/Opus recording made elsewhere.
                fn import_recording(bytes) -> $crate::media::Clip = import_recording;
                /// A voice pack made by this or another café (mentors).
                fn import_voice_pack(bytes) -> $crate::speech::VoicePackImport = import_voice_pack;
            }
            sync_jobs {
                /// Start a sync in the background; its progress arrives as `sync` events.
                fn sync_now(peer_id: Option<String>) = |m| m.sync_job(peer_id.as_deref(), None);
            }
            progress_commands {
                /// Export everything about a trainee as a ZIP in Downloads; progress arrives as `progress` events.
                fn export_trainee(person_id: String) -> $crate::privacy::ExportSummary =
                    |m, progress| m.export_trainee_to_downloads(&person_id, progress);
            }
        }
    };
}

/// One command as the UI sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommandSignature {
    /// The Tauri command name (snake_case).
    pub name: &'static str,
    pub doc: Vec<&'static str>,
    /// (argument name, TypeScript type)
    pub args: Vec<(&'static str, String)>,
    /// TypeScript type of the result.
    pub result: String,
    /// The bytes travel as the request body.
    pub raw_body: bool,
}

macro_rules! signatures {
    (
        commands { $( $(#[doc = $doc:literal])* fn $name:ident ( $($arg:ident : $ty:ty),* ) -> $ret:ty = $call:expr; )* }
        raw_body_commands { $( $(#[doc = $rdoc:literal])* fn $rname:ident ( bytes ) -> $rret:ty = $rmethod:ident; )* }
        sync_jobs { $( $(#[doc = $sdoc:literal])* fn $sname:ident ( $($sarg:ident : $sty:ty),* ) = $scall:expr; )* }
        progress_commands { $( $(#[doc = $pdoc:literal])* fn $pname:ident ( $($parg:ident : $pty:ty),* ) -> $pret:ty = $pcall:expr; )* }
    ) => {{
        use ts_rs::TS;
        vec![
            $( CommandSignature {
                name: stringify!($name),
                doc: vec![$($doc),*],
                args: vec![$((stringify!($arg), <$ty as TS>::name())),*],
                result: <$ret as TS>::name(),
                raw_body: false,
            }, )*
            $( CommandSignature {
                name: stringify!($rname),
                doc: vec![$($rdoc),*],
                args: vec![("bytes", "Uint8Array".to_string())],
                result: <$rret as TS>::name(),
                raw_body: true,
            }, )*
            $( CommandSignature {
                name: stringify!($sname),
                doc: vec![$($sdoc),*],
                args: vec![$((stringify!($sarg), <$sty as TS>::name())),*],
                result: "null".to_string(),
                raw_body: false,
            }, )*
            $( CommandSignature {
                name: stringify!($pname),
                doc: vec![$($pdoc),*],
                args: vec![$((stringify!($parg), <$pty as TS>::name())),*],
                result: <$pret as TS>::name(),
                raw_body: false,
            }, )*
        ]
    }};
}

/// Every command, as the UI calls it.
pub fn signatures() -> Vec<CommandSignature> {
    crate::for_each_command!(signatures)
}

macro_rules! visit_types {
    (
        commands { $( $(#[doc = $doc:literal])* fn $name:ident ( $($arg:ident : $ty:ty),* ) -> $ret:ty = $call:expr; )* }
        raw_body_commands { $( $(#[doc = $rdoc:literal])* fn $rname:ident ( bytes ) -> $rret:ty = $rmethod:ident; )* }
        sync_jobs { $( $(#[doc = $sdoc:literal])* fn $sname:ident ( $($sarg:ident : $sty:ty),* ) = $scall:expr; )* }
        progress_commands { $( $(#[doc = $pdoc:literal])* fn $pname:ident ( $($parg:ident : $pty:ty),* ) -> $pret:ty = $pcall:expr; )* }
    ) => {
        /// Visit the type of every argument and result (to declare them for the UI).
        pub fn visit_types(v: &mut impl ts_rs::TypeVisitor) {
            $( $( v.visit::<$ty>(); )* v.visit::<$ret>(); )*
            $( v.visit::<$rret>(); )*
            $( $( v.visit::<$sty>(); )* )*
            $( $( v.visit::<$pty>(); )* v.visit::<$pret>(); )*
            v.visit::<$crate::privacy::JobProgress>();
        }
    };
}

crate::for_each_command!(visit_types);

fn camel_case(snake: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

fn ts_result(result: &str) -> String {
    if result == "null" {
        "Promise<void>".to_string()
    } else {
        format!("Promise<{result}>")
    }
}

/// The `Commands` interface, for `ui/src/generated/types.ts`.
pub fn typescript_interface() -> String {
    let mut out = String::from(
        "/** Every command of the core, as the UI calls it (listed once in src/api/commands.rs). */\nexport interface Commands {\n",
    );
    for c in signatures() {
        if !c.doc.is_empty() {
            let doc: Vec<&str> = c.doc.iter().map(|d| d.trim()).collect();
            out.push_str(&format!("  /** {} */\n", doc.join(" ")));
        }
        let args: Vec<String> = c.args.iter().map(|(name, ty)| format!("{}: {ty}", camel_case(name))).collect();
        out.push_str(&format!("  {}({}): {};\n", camel_case(c.name), args.join(", "), ts_result(&c.result)));
    }
    out.push_str("}\n");
    out
}

/// The Tauri client of every command: `ui/src/generated/commands.ts`.
pub fn typescript_client() -> String {
    let mut out = String::from(
        "// Generated from the Rust core by `cargo test` (MESTRE_BLESS=1 rewrites it). Do not edit.\n\n\
         import type { Commands } from './types';\n\n\
         /** Invokes one Tauri command with JSON arguments, or with bytes as the request body. */\n\
         export type Invoke = <T>(command: string, args?: Record<string, unknown> | Uint8Array) => Promise<T>;\n\n\
         /** Every command of the core, over Tauri. */\n\
         export function tauriCommands(invoke: Invoke): Commands {\n  return {\n",
    );
    for c in signatures() {
        let params: Vec<String> = c.args.iter().map(|(name, _)| camel_case(name)).collect();
        let body = if c.raw_body {
            format!("invoke('{}', bytes)", c.name)
        } else if params.is_empty() {
            format!("invoke('{}')", c.name)
        } else {
            format!("invoke('{}', {{ {} }})", c.name, params.join(", "))
        };
        out.push_str(&format!("    {}: ({}) => {body},\n", camel_case(c.name), params.join(", ")));
    }
    out.push_str("  };\n}\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_camel_case() {
        assert_eq!(camel_case("login_with_pin"), "loginWithPin");
        assert_eq!(camel_case("people"), "people");
    }

    #[test]
    fn every_command_has_a_unique_name() {
        let mut names: Vec<_> = signatures().into_iter().map(|c| c.name).collect();
        let count = names.len();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), count);
    }
}
