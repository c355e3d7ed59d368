//! The benchmark: every budget of DESIGN.md measured on the reference café (five café-
//! years, `mestre demo-data --preset five-cafe-years`) and at 2× and 4× of it, beside
//! what people would use instead. Prints a table and writes JSON; asserts nothing.
//!
//! Run it with `scripts/bench.sh` (release builds, under Xvfb). Options:
//!   --tiny            a small café and few runs: proves the command works (the tests run it)
//!   --scales 1,2,4    which sizes of the reference café
//!   --runs N          app start-ups per café (default 10)
//!   --cli PATH        the `mestre` binary for the hub (default target/release/mestre)
//!   --app PATH        the app (default target/release/mestre-app)
//!   --out DIR         where the table and JSON go (default target/bench)
//!   --fresh           make the cafés again even if kept from an earlier run
//!   --only LIST       some parts only: screens,sync,link,thumbnails,app

mod app;
mod data;
mod procs;
mod report;
mod screens;
mod sync;
mod thumbs;

use std::path::{Path, PathBuf};
use std::process::Command;

use mestre::demo::five_cafe_years::{PresetSize, PHONE_PHOTOS_DIR};
use report::Report;

struct Args {
    tiny: bool,
    scales: Vec<usize>,
    runs: usize,
    cli: PathBuf,
    app: PathBuf,
    out: PathBuf,
    fresh: bool,
    only: Option<Vec<String>>,
}

impl Args {
    fn wants(&self, part: &str) -> bool {
        self.only.as_ref().is_none_or(|parts| parts.iter().any(|p| p == part))
    }
}

fn args(root: &Path) -> Args {
    let mut a = Args {
        tiny: false,
        scales: vec![1, 2, 4],
        runs: 10,
        cli: root.join("target/release/mestre"),
        app: root.join("target/release/mestre-app"),
        out: root.join("target/bench"),
        fresh: false,
        only: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = || it.next().unwrap_or_else(|| panic!("{arg} needs a value"));
        match arg.as_str() {
            "--tiny" => a.tiny = true,
            "--fresh" => a.fresh = true,
            "--only" => a.only = Some(value().split(',').map(|s| s.trim().to_string()).collect()),
            "--scales" => a.scales = value().split(',').map(|s| s.trim().parse().expect("--scales 1,2,4")).collect(),
            "--runs" => a.runs = value().parse().expect("--runs N"),
            "--cli" => a.cli = value().into(),
            "--app" => a.app = value().into(),
            "--out" => a.out = value().into(),
            "--bench" => {} // cargo bench passes this
            other => panic!("unknown option {other} (see benches/five_cafe_years/main.rs)"),
        }
    }
    if a.tiny {
        a.scales = vec![1];
        a.runs = a.runs.min(1);
    }
    a
}

fn command_output(cmd: &str, args: &[&str]) -> String {
    Command::new(cmd).args(args).output().map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string()).unwrap_or_default()
}

fn machine(root: &Path) -> serde_json::Value {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let cpu = cpuinfo.lines().find(|l| l.starts_with("model name")).and_then(|l| l.split(':').nth(1)).unwrap_or("").trim().to_string();
    let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
    let mem_gb = meminfo.lines().next().and_then(|l| l.split_whitespace().nth(1)).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0)
        / 1024.0
        / 1024.0;
    let dirty = !command_output("git", &["-C", root.to_str().unwrap(), "status", "--porcelain", "--untracked-files=no"]).is_empty();
    serde_json::json!({
        "cpu": cpu,
        "cores": std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0),
        "memory_gb": (mem_gb * 10.0).round() / 10.0,
        "kernel": command_output("uname", &["-r"]),
        "os": std::fs::read_to_string("/etc/os-release").unwrap_or_default().lines().find(|l| l.starts_with("PRETTY_NAME")).unwrap_or("").replace("PRETTY_NAME=", "").replace('"', ""),
        "commit": format!("{}{}", command_output("git", &["-C", root.to_str().unwrap(), "rev-parse", "--short", "HEAD"]), if dirty { " (with changes)" } else { "" }),
        "date": chrono::Utc::now().to_rfc3339(),
        "vips": command_output("vipsthumbnail", &["--vips-version"]),
    })
}

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let args = args(&root);
    let data_root = root.join("target/bench-data");
    let scratch = data_root.join("scratch");
    let _ = std::fs::remove_dir_all(&scratch);
    std::fs::create_dir_all(&scratch).unwrap();
    let mut report = Report { machine: machine(&root), ..Report::default() };
    eprintln!("machine: {}", report.machine);

    let mut sets: Vec<(usize, data::DataSet)> = Vec::new();
    for &k in &args.scales {
        let (name, size) = if args.tiny {
            ("tiny".to_string(), PresetSize::tiny())
        } else {
            (format!("five-cafe-years-x{k}"), PresetSize::five_cafe_years(k))
        };
        let files_like = sets.first().map(|(_, s)| s.dir.clone());
        sets.push((k, data::ensure(&data_root, &name, size, args.fresh, files_like.as_deref())));
    }
    for (k, set) in &sets {
        let made = &set.made["made"];
        report.add(
            "reference café",
            &format!("making {} ({k}×)", set.name),
            "s",
            &[set.generation_seconds],
            None,
            format!(
                "{} diary items, {} photos, {} voice notes, {} media files, {:.1} GB",
                made["diary_items"],
                made["photos"],
                made["voice_notes"],
                made["media_files"],
                made["media_bytes"].as_f64().unwrap_or(0.0) / 1e9
            ),
        );
    }

    let (rounds, calls) = if args.tiny { (2, 20) } else { (5, 200) };
    let mut media_mb_s = f64::NAN;
    for (k, set) in &sets {
        if args.wants("screens") {
            eprintln!("screens on {} …", set.name);
            let copy = data::working_copy(set, &scratch);
            screens::measure(&mut report, &format!("screens {k}×"), copy.path(), rounds, calls);
        }
        if args.wants("sync") || (args.wants("link") && *k == 1) {
            eprintln!("sync on {} …", set.name);
            let hub = data::working_copy(set, &scratch);
            let tablet = tempfile::tempdir_in(&scratch).unwrap();
            let mb_s =
                sync::measure(&mut report, &format!("sync {k}×"), &args.cli, hub.path(), tablet.path(), if args.tiny { 3 } else { 10 });
            if *k == 1 {
                media_mb_s = mb_s;
            }
        }
    }
    if let Some((_, set)) = sets.iter().find(|(k, _)| *k == 1) {
        if args.wants("link") {
            eprintln!("media link …");
            sync::link_limits(&mut report, &data::media_files(&set.dir), media_mb_s);
        }
        if args.wants("thumbnails") {
            eprintln!("thumbnails …");
            let mut originals: Vec<PathBuf> =
                std::fs::read_dir(set.dir.join(PHONE_PHOTOS_DIR)).unwrap().flatten().map(|e| e.path()).collect();
            originals.sort();
            thumbs::measure(&mut report, &originals, if args.tiny { 1 } else { 3 }, &scratch);
        }
        if args.wants("app") {
            eprintln!("the app …");
            let empty = tempfile::tempdir_in(&scratch).unwrap();
            let full = data::working_copy(set, &scratch);
            // A café in use has chosen its language: the app opens on the wall of faces.
            mestre::api::Mestre::open(full.path()).unwrap().set_device_language("nb").unwrap();
            let label = if args.tiny { "tiny café" } else { "five café-years" };
            app::measure(&mut report, &args.app, &[("empty café", empty.path()), (label, full.path())], args.runs, &scratch);
        }
    }

    let table = report.table();
    println!("\n## Mestre benchmark — {}\n\n{table}", report.machine);
    std::fs::create_dir_all(&args.out).unwrap();
    let name = match (&args.only, args.tiny) {
        (_, true) => "tiny".to_string(),
        (Some(parts), false) => format!("five-cafe-years-{}", parts.join("-")),
        (None, false) => "five-cafe-years".to_string(),
    };
    std::fs::write(args.out.join(format!("{name}.json")), serde_json::to_string_pretty(&report).unwrap()).unwrap();
    std::fs::write(args.out.join(format!("{name}.md")), &table).unwrap();
    eprintln!("wrote {}", args.out.join(format!("{name}.json")).display());
    let _ = std::fs::remove_dir_all(&scratch);
    if args.tiny {
        // The tests run this: every part of the benchmark must have measured something.
        let missing: Vec<&str> = ["reference café", "screens 1×", "sync 1×", "media link", "thumbnails", "start-up", "memory"]
            .into_iter()
            .filter(|section| !report.figures.iter().any(|f| f.section == *section && f.median.is_finite()))
            .collect();
        if !missing.is_empty() {
            eprintln!("the benchmark measured nothing for: {}", missing.join(", "));
            std::process::exit(1);
        }
    }
}
