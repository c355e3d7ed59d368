//! The Tauri shell of Mestre: it only adapts. Each command locks the one `Mestre`, calls
//! one method of `mestre::api`, and turns errors into `{code, message}`; photos are
//! served by the `media:` protocol from the content-addressed store. No rules live here.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::borrow::Cow;
use std::sync::Mutex;

use mestre::api::{self, AppState, Mestre, PairingView, PeerView, PhotoRef, SyncStatus};
use mestre::sync::auto::{self, SyncEvent};
use mestre::cafe::CafeSetup;
use mestre::diary::{Clip, DaySummary, DayView, Mood, PromptStatus, Task};
use mestre::error::ErrorPayload;
use mestre::people::{NewTrainee, Person, PictureId, Session};
use mestre::speech::{Speech, SpeechRequest};
use tauri::http::{Response, StatusCode};
use tauri::ipc::{InvokeBody, Request};
use tauri::webview::{PermissionKind, PermissionResponse};
use tauri::{AppHandle, Emitter, Manager, State};

struct App(Mutex<Mestre>);

type Reply<T> = Result<T, ErrorPayload>;

impl App {
    /// Run `f` on the core; a core error becomes the localized payload the UI shows.
    fn call<T>(&self, f: impl FnOnce(&mut Mestre) -> mestre::Result<T>) -> Reply<T> {
        // A panic elsewhere must not lock everyone out: the data is in SQLite, not in the mutex.
        let mut mestre = self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        f(&mut mestre).map_err(|e| mestre.error_payload(&e))
    }
}

#[tauri::command]
fn app_state(app: State<App>) -> Reply<AppState> {
    app.call(|m| m.app_state())
}

#[tauri::command]
fn set_device_language(app: State<App>, tag: String) -> Reply<()> {
    app.call(|m| m.set_device_language(&tag))
}

#[tauri::command]
fn setup_cafe(app: State<App>, setup: CafeSetup) -> Reply<Session> {
    app.call(|m| m.setup_cafe(setup))
}

#[tauri::command]
fn people(app: State<App>) -> Reply<Vec<Person>> {
    app.call(|m| m.people())
}

#[tauri::command]
fn login_with_pin(app: State<App>, person_id: String, pin: Vec<PictureId>) -> Reply<Session> {
    app.call(|m| m.login_with_pin(&person_id, &pin))
}

#[tauri::command]
fn login_with_password(app: State<App>, person_id: String, password: String) -> Reply<Session> {
    app.call(|m| m.login_with_password(&person_id, &password))
}

#[tauri::command]
fn set_my_language(app: State<App>, tag: String) -> Reply<Session> {
    app.call(|m| m.set_my_language(&tag))
}

#[tauri::command]
fn logout(app: State<App>) -> Reply<()> {
    app.call(|m| {
        m.logout();
        Ok(())
    })
}

/// The photo arrives as the raw request body (no JSON number arrays for megabytes).
#[tauri::command]
fn import_photo(app: State<App>, request: Request<'_>) -> Reply<PhotoRef> {
    app.call(|m| m.import_photo(raw_body(&request)))
}

#[tauri::command]
fn add_trainee(app: State<App>, trainee: NewTrainee) -> Reply<Person> {
    app.call(|m| m.add_trainee(trainee))
}

#[tauri::command]
fn set_picture_pin(app: State<App>, person_id: String, pin: Vec<PictureId>) -> Reply<()> {
    app.call(|m| m.set_picture_pin(&person_id, &pin))
}

#[tauri::command]
fn speak(app: State<App>, request: SpeechRequest) -> Reply<Speech> {
    app.call(|m| Ok(m.speak(&request)))
}

#[tauri::command]
fn sync_status(app: State<App>) -> Reply<SyncStatus> {
    app.call(|m| m.sync_status())
}

#[tauri::command]
fn open_pairing(app: State<App>) -> Reply<PairingView> {
    app.call(|m| m.open_pairing())
}

#[tauri::command]
fn close_pairing(app: State<App>) -> Reply<()> {
    app.call(|m| {
        m.close_pairing();
        Ok(())
    })
}

#[tauri::command]
fn pair_with(app: State<App>, address: String, code: String) -> Reply<PeerView> {
    app.call(|m| m.pair_with(&address, &code))
}

#[tauri::command]
fn unpair(app: State<App>, peer_id: String) -> Reply<()> {
    app.call(|m| m.unpair(&peer_id))
}

/// Starts a sync in the background; progress and the outcome arrive as "sync" events.
#[tauri::command]
fn sync_now(app: State<App>, handle: AppHandle, peer_id: Option<String>) -> Reply<()> {
    let job = app.call(|m| m.sync_job(peer_id.as_deref()))?;
    std::thread::spawn(move || {
        let _ = auto::run(&job, now_ms(), &|event| emit_sync(&handle, event));
    });
    Ok(())
}

fn emit_sync(handle: &AppHandle, event: SyncEvent) {
    let _ = handle.emit("sync", event);
}

fn now_ms() -> i64 {
    use mestre::clock::Clock;
    mestre::clock::SystemClock.now_ms()
}

#[tauri::command]
fn diary_tasks(app: State<App>) -> Reply<Vec<Task>> {
    app.call(|m| Ok(m.diary_tasks()))
}

#[tauri::command]
fn my_day(app: State<App>) -> Reply<DayView> {
    app.call(|m| m.my_day())
}

#[tauri::command]
fn set_my_tasks(app: State<App>, tasks: Vec<String>) -> Reply<DayView> {
    app.call(|m| m.set_my_tasks(&tasks))
}

#[tauri::command]
fn set_my_mood(app: State<App>, mood: Mood) -> Reply<DayView> {
    app.call(|m| m.set_my_mood(mood))
}

/// Raw body: the photo's bytes.
#[tauri::command]
fn add_my_photo(app: State<App>, request: Request<'_>) -> Reply<DayView> {
    app.call(|m| m.add_my_photo(raw_body(&request)))
}

/// Raw body: the photo's bytes.
#[tauri::command]
fn import_my_photo(app: State<App>, request: Request<'_>) -> Reply<PhotoRef> {
    app.call(|m| m.import_my_photo(raw_body(&request)))
}

#[tauri::command]
fn start_recording(app: State<App>) -> Reply<()> {
    app.call(|m| m.start_recording())
}

#[tauri::command]
fn recording_seconds(app: State<App>) -> Reply<Option<f64>> {
    app.call(|m| Ok(m.recording_seconds()))
}

#[tauri::command]
fn stop_recording(app: State<App>) -> Reply<Clip> {
    app.call(|m| m.stop_recording())
}

/// Raw body: a WAV or Ogg/Opus recording made elsewhere.
#[tauri::command]
fn import_recording(app: State<App>, request: Request<'_>) -> Reply<Clip> {
    app.call(|m| m.import_recording(raw_body(&request)))
}

#[tauri::command]
fn add_my_voice_note(app: State<App>, clip: Clip) -> Reply<DayView> {
    app.call(|m| m.add_my_voice_note(&clip))
}

#[tauri::command]
fn add_my_word(app: State<App>, photo: Option<PhotoRef>, clip: Clip) -> Reply<DayView> {
    app.call(|m| m.add_my_word(photo.as_ref(), &clip))
}

#[tauri::command]
fn diary_days(app: State<App>, person_id: String) -> Reply<Vec<DaySummary>> {
    app.call(|m| m.diary_days(&person_id))
}

#[tauri::command]
fn diary_day(app: State<App>, day_id: String) -> Reply<DayView> {
    app.call(|m| m.diary_day(&day_id))
}

#[tauri::command]
fn mark_comments_seen(app: State<App>, day_id: String) -> Reply<()> {
    app.call(|m| m.mark_comments_seen(&day_id))
}

#[tauri::command]
fn add_comment(app: State<App>, day_id: String, text: String, clip: Option<Clip>) -> Reply<DayView> {
    app.call(|m| m.add_comment(&day_id, &text, clip.as_ref()))
}

#[tauri::command]
fn set_word_text(app: State<App>, item_id: String, text: String) -> Reply<()> {
    app.call(|m| m.set_word_text(&item_id, &text))
}

#[tauri::command]
fn studio_prompts(app: State<App>, lang: String) -> Reply<Vec<PromptStatus>> {
    app.call(|m| m.studio_prompts(&lang))
}

#[tauri::command]
fn save_prompt_clip(app: State<App>, lang: String, message_id: String, clip: Clip) -> Reply<()> {
    app.call(|m| m.save_prompt_clip(&lang, &message_id, &clip))
}

/// The bytes of a raw-body request; a JSON body counts as empty (and is refused as such).
fn raw_body<'a>(request: &'a Request<'_>) -> &'a [u8] {
    match request.body() {
        InvokeBody::Raw(bytes) => bytes,
        InvokeBody::Json(_) => &[],
    }
}

fn main() {
    let data_dir = std::env::var_os("MESTRE_DATA_DIR").map(std::path::PathBuf::from).unwrap_or_else(api::default_data_dir);
    let mestre = match Mestre::open(&data_dir) {
        Ok(m) => m,
        Err(e) => {
            let text = mestre::i18n::Localizer::without_isolation().format("nb", &e.kind.message_id(), &[]);
            eprintln!("Mestre: {text} ({}): {}", data_dir.display(), e.detail);
            std::process::exit(1);
        }
    };

    tauri::Builder::default()
        .manage(App(Mutex::new(mestre)))
        .setup(|app| {
            // Listen for tablets and laptops; without a network the app still works alone.
            let listen = std::env::var("MESTRE_LISTEN").unwrap_or_else(|_| format!("0.0.0.0:{}", mestre::sync::net::DEFAULT_PORT));
            let handle = app.handle().clone();
            let state = app.state::<App>();
            let started = listen
                .parse()
                .map_err(|e| format!("{e}"))
                .and_then(|addr| state.call(|m| m.start_network(addr, std::sync::Arc::new(move |e| emit_sync(&handle, e)))).map_err(|e| e.message));
            if let Err(e) = started {
                eprintln!("Mestre: sync is off ({listen}): {e}");
            }
            Ok(())
        })
        // Camera for trainee photos and (later) the microphone; nothing else is granted.
        .on_permission_request(|_, kind| match kind {
            PermissionKind::Camera | PermissionKind::Microphone => PermissionResponse::Allow,
            _ => PermissionResponse::Deny,
        })
        .register_uri_scheme_protocol("media", |ctx, request| {
            let hash = request.uri().path().trim_start_matches('/').to_string();
            let app = ctx.app_handle().state::<App>();
            let found = app.0.lock().unwrap_or_else(|p| p.into_inner()).media_bytes(&hash);
            match found {
                Ok((bytes, mime)) => Response::builder()
                    .header("Content-Type", mime)
                    .header("Cache-Control", "max-age=31536000, immutable")
                    // The page fetches recordings to play them from a Blob (WebKitGTK cannot
                    // play <audio src> from a custom scheme); its origin differs from media:.
                    .header("Access-Control-Allow-Origin", "*")
                    .body(Cow::Owned(bytes))
                    .expect("static headers are valid"),
                Err(_) => Response::builder()
                    .status(StatusCode::NOT_FOUND)
                    .body(Cow::Borrowed(&[][..]))
                    .expect("static headers are valid"),
            }
        })
        .invoke_handler(tauri::generate_handler![
            app_state,
            set_device_language,
            setup_cafe,
            people,
            login_with_pin,
            login_with_password,
            set_my_language,
            logout,
            import_photo,
            add_trainee,
            set_picture_pin,
            speak,
            sync_status,
            open_pairing,
            close_pairing,
            pair_with,
            unpair,
            sync_now,
            diary_tasks,
            my_day,
            set_my_tasks,
            set_my_mood,
            add_my_photo,
            import_my_photo,
            start_recording,
            recording_seconds,
            stop_recording,
            import_recording,
            add_my_voice_note,
            add_my_word,
            diary_days,
            diary_day,
            mark_comments_seen,
            add_comment,
            set_word_text,
            studio_prompts,
            save_prompt_clip,
        ])
        .run(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("Mestre could not start its window: {e}");
            std::process::exit(1);
        });
}
