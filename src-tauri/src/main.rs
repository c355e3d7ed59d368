//! The Tauri shell of Mestre: it only adapts. Every command in the core's one list
//! (`mestre::for_each_command!`) becomes a Tauri command here that locks the one
//! `Mestre`, calls the façade, and turns errors into `{code, message}`; photos and
//! recordings are served by the `media:` protocol. No rules live here.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::borrow::Cow;
use std::sync::{Arc, Mutex};

use mestre::api::{self, Mestre};
use mestre::error::ErrorPayload;
use mestre::privacy::JobProgress;
use mestre::sync::auto::{self, SyncEvent};
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

/// The bytes of a raw-body request; a JSON body counts as empty (and is refused as such).
fn raw_body<'a>(request: &'a Request<'_>) -> &'a [u8] {
    match request.body() {
        InvokeBody::Raw(bytes) => bytes,
        InvokeBody::Json(_) => &[],
    }
}

fn emit_sync(handle: &AppHandle, event: SyncEvent) {
    let _ = handle.emit("sync", event);
}

/// How far a long command has come, for its progress bar.
#[derive(Clone, serde::Serialize)]
struct ProgressEvent {
    job: &'static str,
    done: u64,
    total: u64,
}

/// Calls a progress command's façade call (typed here, so its closure needs no annotations).
fn with_progress<T>(
    m: &mut Mestre,
    progress: &mut dyn FnMut(JobProgress),
    call: impl FnOnce(&mut Mestre, &mut dyn FnMut(JobProgress)) -> mestre::Result<T>,
) -> mestre::Result<T> {
    call(m, progress)
}

fn now_ms() -> i64 {
    use mestre::clock::Clock;
    mestre::clock::SystemClock.now_ms()
}

/// One Tauri command per entry of the core's command list, and the handler of them all.
macro_rules! tauri_commands {
    (
        commands { $( $(#[doc = $doc:literal])* fn $name:ident ( $($arg:ident : $ty:ty),* ) -> $ret:ty = $call:expr; )* }
        raw_body_commands { $( $(#[doc = $rdoc:literal])* fn $rname:ident ( bytes ) -> $rret:ty = $rmethod:ident; )* }
        sync_jobs { $( $(#[doc = $sdoc:literal])* fn $sname:ident ( $($sarg:ident : $sty:ty),* ) = $scall:expr; )* }
        progress_commands { $( $(#[doc = $pdoc:literal])* fn $pname:ident ( $($parg:ident : $pty:ty),* ) -> $pret:ty = $pcall:expr; )* }
    ) => {
        $(
            $(#[doc = $doc])*
            #[tauri::command]
            fn $name(app: State<App>, $($arg: $ty),*) -> Reply<$ret> {
                app.call($call)
            }
        )*
        $(
            $(#[doc = $rdoc])*
            #[tauri::command]
            fn $rname(app: State<App>, request: Request<'_>) -> Reply<$rret> {
                app.call(|m| m.$rmethod(raw_body(&request)))
            }
        )*
        $(
            $(#[doc = $sdoc])*
            #[tauri::command]
            fn $sname(app: State<App>, handle: AppHandle, $($sarg: $sty),*) -> Reply<()> {
                let job = app.call($scall)?;
                std::thread::spawn(move || {
                    let _ = auto::run(&job, now_ms(), &|event| emit_sync(&handle, event));
                });
                Ok(())
            }
        )*

        $(
            $(#[doc = $pdoc])*
            #[tauri::command]
            fn $pname(app: State<App>, handle: AppHandle, $($parg: $pty),*) -> Reply<$pret> {
                let job = stringify!($pname);
                app.call(|m| {
                    let progress: &mut dyn FnMut(JobProgress) =
                        &mut |p| { let _ = handle.emit("progress", ProgressEvent { job, done: p.done, total: p.total }); };
                    with_progress(m, progress, $pcall)
                })
            }
        )*

        fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$($name,)* $($rname,)* $($sname,)* $($pname,)* keep_screen_awake]
        }
    };
}

mestre::for_each_command!(tauri_commands);

/// The screen kept on while she cooks: the desktop's screensaver inhibited over D-Bus.
/// The connection is kept with the cookie, as desktops end an inhibition when the
/// connection that asked for it closes.
#[derive(Default)]
struct ScreenAwake(Mutex<Option<ScreenInhibition>>);

#[cfg(target_os = "linux")]
struct ScreenInhibition {
    connection: dbus::blocking::Connection,
    cookie: u32,
}
#[cfg(not(target_os = "linux"))]
struct ScreenInhibition;

#[cfg(target_os = "linux")]
impl ScreenInhibition {
    const TIMEOUT: std::time::Duration = std::time::Duration::from_secs(2);

    fn begin() -> Option<ScreenInhibition> {
        let connection = dbus::blocking::Connection::new_session().ok()?;
        let proxy = connection.with_proxy("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", Self::TIMEOUT);
        let (cookie,): (u32,) = proxy.method_call("org.freedesktop.ScreenSaver", "Inhibit", ("Mestre", "Cooking")).ok()?;
        Some(ScreenInhibition { connection, cookie })
    }

    fn end(self) {
        let proxy = self.connection.with_proxy("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", Self::TIMEOUT);
        let _: Result<(), _> = proxy.method_call("org.freedesktop.ScreenSaver", "UnInhibit", (self.cookie,));
    }
}

#[cfg(not(target_os = "linux"))]
impl ScreenInhibition {
    fn begin() -> Option<ScreenInhibition> {
        None
    }
    fn end(self) {}
}

/// Keep the screen on (`on`) or let it sleep again; answers whether the desktop agreed
/// (no screensaver service, as under Xvfb, answers false and nothing else happens).
#[tauri::command]
fn keep_screen_awake(awake: State<ScreenAwake>, on: bool) -> bool {
    let mut held = awake.0.lock().unwrap_or_else(|p| p.into_inner());
    match (on, held.take()) {
        (true, Some(kept)) => {
            *held = Some(kept);
            true
        }
        (true, None) => {
            *held = ScreenInhibition::begin();
            held.is_some()
        }
        (false, kept) => {
            if let Some(kept) = kept {
                kept.end();
            }
            true
        }
    }
}

/// Photos and recordings by content hash, for `<img>` and for the page to fetch.
fn media_response(app: &App, hash: &str) -> Response<Cow<'static, [u8]>> {
    let found = app.0.lock().unwrap_or_else(|p| p.into_inner()).media_bytes(hash);
    match found {
        Ok((bytes, mime)) => Response::builder()
            .header("Content-Type", mime)
            .header("Cache-Control", "max-age=31536000, immutable")
            // The page fetches recordings to play them from a Blob (WebKitGTK cannot
            // play <audio src> from a custom scheme); its origin differs from media:.
            .header("Access-Control-Allow-Origin", "*")
            .body(Cow::Owned(bytes))
            .expect("static headers are valid"),
        Err(_) => Response::builder().status(StatusCode::NOT_FOUND).body(Cow::Borrowed(&[][..])).expect("static headers are valid"),
    }
}

fn main() {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
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
        .manage(ScreenAwake::default())
        .setup(|app| {
            // Listen for tablets and laptops; without a network the app still works alone.
            let listen = std::env::var("MESTRE_LISTEN").unwrap_or_else(|_| format!("0.0.0.0:{}", mestre::sync::net::DEFAULT_PORT));
            let handle = app.handle().clone();
            let state = app.state::<App>();
            let started = listen
                .parse()
                .map_err(|e| format!("{e}"))
                .and_then(|addr| state.call(|m| m.start_network(addr, Arc::new(move |e| emit_sync(&handle, e)))).map_err(|e| e.message));
            if let Err(e) = started {
                eprintln!("Mestre: sync is off ({listen}): {e}");
            }
            Ok(())
        })
        // The camera for photos and the microphone; nothing else is granted.
        .on_permission_request(|_, kind| match kind {
            PermissionKind::Camera | PermissionKind::Microphone => PermissionResponse::Allow,
            _ => PermissionResponse::Deny,
        })
        .register_uri_scheme_protocol("media", |ctx, request| {
            let hash = request.uri().path().trim_start_matches('/').to_string();
            media_response(&ctx.app_handle().state::<App>(), &hash)
        })
        .invoke_handler(handler())
        .run(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("Mestre could not start its window: {e}");
            std::process::exit(1);
        });
}
