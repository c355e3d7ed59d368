//! The real app under Xvfb: process start to the first interactive screen (the UI says
//! when it has painted it; the core logs it), and the memory of the app with its WebKit
//! processes beside WebKitGTK's own MiniBrowser showing a blank page.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::procs::tree_memory_mb;
use crate::report::{summary, Budget, Report};

const MINIBROWSER: &str = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
/// How long a window is left to settle before its memory is read.
const SETTLE: Duration = Duration::from_secs(3);

/// One run of the app on `data`: milliseconds to the first screen (in all, and from
/// the page's own start), then PSS and RSS in MB.
fn run_app(app: &Path, data: &Path, home: &Path, extra_env: &[(&str, &str)]) -> Option<(f64, f64, f64, f64)> {
    let mut cmd = Command::new(app);
    isolate(&mut cmd, home);
    cmd.env("MESTRE_DATA_DIR", data).env("MESTRE_LISTEN", "127.0.0.1:0").env("RUST_LOG", "mestre::startup=info,warn");
    for (k, v) in extra_env {
        cmd.env(k, v);
    }
    cmd.stdout(Stdio::null()).stderr(Stdio::piped());
    let started = Instant::now();
    let mut child = cmd.spawn().expect("starting the app");
    let (tx, rx) = mpsc::channel();
    let stderr = child.stderr.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if line.contains("first interactive screen") {
                // "… (page 412 ms)": the web view's own share, from its navigation start.
                let page_ms = line.split("(page ").nth(1).and_then(|r| r.split(' ').next()).and_then(|v| v.parse::<f64>().ok());
                let _ = tx.send((started.elapsed(), page_ms.unwrap_or(f64::NAN)));
            }
        }
    });
    let shown = rx.recv_timeout(Duration::from_secs(60)).ok();
    let result = shown.map(|(took, page_ms)| {
        std::thread::sleep(SETTLE);
        let (pss, rss) = tree_memory_mb(child.id());
        (took.as_secs_f64() * 1000.0, page_ms, pss, rss)
    });
    stop(&mut child);
    unmount_under(home);
    result
}

/// Its own HOME and XDG folders: WebKit keeps caches there.
fn isolate(cmd: &mut Command, home: &Path) {
    let _ = std::fs::create_dir_all(home);
    cmd.env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env("XDG_CONFIG_HOME", home.join("config"));
    // A session of its own (and so a process group to stop it by): what WebKit and GTK
    // start (D-Bus autolaunch, the document portal) must never reach the session this
    // benchmark runs in — stopping them there took the calling shell with them.
    use std::os::unix::process::CommandExt;
    // SAFETY: setsid is async-signal-safe and touches nothing of the parent's memory.
    unsafe {
        cmd.pre_exec(|| {
            if libc::setsid() < 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
}

/// Stop a process and everything it started.
fn stop(child: &mut Child) {
    // The child leads its own session and process group: signal that group, and only
    // ever a real group (a pid of 0 or 1 would mean "everyone").
    let group = child.id() as i32;
    if group > 1 {
        // SAFETY: kill only sends a signal.
        unsafe {
            libc::kill(-group, libc::SIGKILL);
        }
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// GTK may start the document portal (through D-Bus autolaunch on the X display), which
/// mounts a FUSE folder in the run's HOME and outlives the window: unmount what is left
/// there, so the scratch folder can be removed.
fn unmount_under(home: &Path) {
    let mounts = std::fs::read_to_string("/proc/mounts").unwrap_or_default();
    for point in mounts.lines().filter_map(|l| l.split_whitespace().nth(1)) {
        if home.is_absolute() && home.components().count() > 3 && Path::new(point).starts_with(home) {
            let _ = Command::new("umount").arg("-l").arg(point).status();
        }
    }
}

fn minibrowser(home: &Path) -> Option<(f64, f64)> {
    let mut cmd = Command::new(MINIBROWSER);
    isolate(&mut cmd, home);
    cmd.arg("about:blank").stdout(Stdio::null()).stderr(Stdio::null());
    let mut child = cmd.spawn().ok()?;
    std::thread::sleep(SETTLE + Duration::from_secs(1));
    let memory = tree_memory_mb(child.id());
    stop(&mut child);
    unmount_under(home);
    Some(memory)
}

/// Start-up and memory on each café in `cafes` (label, a working copy of its data).
pub fn measure(report: &mut Report, app: &Path, cafes: &[(&str, &Path)], runs: usize, scratch: &Path) {
    if std::env::var_os("DISPLAY").is_none() {
        report.note("app: no DISPLAY (run under xvfb-run, as scripts/bench.sh does): start-up and memory not measured");
        return;
    }
    let floor: Vec<(f64, f64)> = (0..runs.clamp(1, 3)).filter_map(|i| minibrowser(&scratch.join(format!("mini-{i}")))).collect();
    let floor_pss = summary(&floor.iter().map(|m| m.0).collect::<Vec<_>>()).0;
    if floor.is_empty() {
        report.note(format!("app: {MINIBROWSER} did not run: no memory floor"));
    } else {
        report.add(
            "memory",
            "MiniBrowser, blank page: PSS",
            "MB",
            &floor.iter().map(|m| m.0).collect::<Vec<_>>(),
            None,
            "WebKitGTK's floor",
        );
        report.add("memory", "MiniBrowser, blank page: RSS", "MB", &floor.iter().map(|m| m.1).collect::<Vec<_>>(), None, "");
    }
    let variants: [(&str, &[(&str, &str)]); 2] = [("", &[]), (", compositing off", &[("WEBKIT_DISABLE_COMPOSITING_MODE", "1")])];
    for (label, data) in cafes {
        for (variant, env) in variants {
            let n = if variant.is_empty() { runs } else { runs.div_ceil(2) };
            let results: Vec<(f64, f64, f64, f64)> =
                (0..n).filter_map(|i| run_app(app, data, &scratch.join(format!("home-{label}-{}-{i}", variant.len())), env)).collect();
            if results.len() < n {
                report.note(format!("app on {label}{variant}: {} of {n} runs never reported a first screen", n - results.len()));
            }
            if results.is_empty() {
                continue;
            }
            let ms: Vec<f64> = results.iter().map(|r| r.0).collect();
            let page: Vec<f64> = results.iter().map(|r| r.1).collect();
            let pss: Vec<f64> = results.iter().map(|r| r.2).collect();
            let rss: Vec<f64> = results.iter().map(|r| r.3).collect();
            report.add(
                "start-up",
                &format!("{label}{variant}: of which the page, from its own start"),
                "ms",
                &page,
                None,
                "the rest is process, window and WebKit start",
            );
            report.add(
                "start-up",
                &format!("{label}{variant}: start to first interactive screen"),
                "ms",
                &ms,
                Some(Budget::AtMost(350.0)),
                "",
            );
            report.add("memory", &format!("app on {label}{variant}: PSS"), "MB", &pss, None, "app + WebKit processes");
            report.add("memory", &format!("app on {label}{variant}: RSS"), "MB", &rss, None, "");
            if !floor.is_empty() {
                let above: Vec<f64> = pss.iter().map(|p| p - floor_pss).collect();
                report.add(
                    "memory",
                    &format!("app on {label}{variant}: PSS above MiniBrowser"),
                    "MB",
                    &above,
                    Some(Budget::AtMost(60.0)),
                    "",
                );
            }
        }
    }
}
