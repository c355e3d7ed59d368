//! The `mestre` command line: make a demo café, look at a data directory, and manage
//! sync on an always-on café machine. Every command goes through the façade
//! (`mestre::api::Mestre`), acting as this machine's console.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};
use mestre::api::{self, Mestre};
use mestre::demo::{self, DemoOptions};
use mestre::sync::net::{EventSink, ServerEvent};

#[derive(Parser)]
#[command(name = "mestre", version, about = "Mestre: the trainee's little book (command line)")]
struct Cli {
    /// Data directory (default: the app's data directory, or $MESTRE_DATA_DIR).
    #[arg(long, global = true, env = "MESTRE_DATA_DIR")]
    data: Option<PathBuf>,
    /// Act as this mentor (by name), for what only a mentor may sign: letting a device
    /// join (`hub --pair`) and retiring one (`unpair`). Her password is read from
    /// $MESTRE_MENTOR_PASSWORD.
    #[arg(long, global = true)]
    mentor: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Fill an empty data directory with a realistic demo café (mentor "Kari",
    /// password "mestre-demo"; every trainee's picture PIN is apple, fish, sun).
    DemoData {
        /// How many trainees.
        #[arg(long, default_value_t = 8)]
        trainees: usize,
        /// How many days the café has been running.
        #[arg(long, default_value_t = 30)]
        days: u32,
        /// Do nothing (and succeed) if the café is already set up.
        #[arg(long)]
        if_empty: bool,
        /// Instead of --trainees/--days: the benchmark's reference café,
        /// `five-cafe-years` (50 trainees, 250 000 diary items, 20 000 photos, 5 000 voice
        /// notes; see src/demo/five_cafe_years.rs) or `tiny`.
        #[arg(long)]
        preset: Option<String>,
        /// With --preset five-cafe-years: this many times the reference set.
        #[arg(long, default_value_t = 1)]
        scale: usize,
        /// With --preset: the seed everything is made from.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// With --preset: the café's last day, YYYY-MM-DD (default: today).
        #[arg(long)]
        until: Option<String>,
    },
    /// Print where the data is, the schema version and the count of every record type.
    Info,
    /// Where each of a trainee's words stands in her practice (JSON): reviews, learning
    /// step, FSRS stability and difficulty, when it was last answered and is due again.
    WordCards {
        /// Her name as on the wall of faces.
        #[arg(long)]
        person: String,
    },
    /// Run the sync server without a window (an always-on café mini PC, or tests).
    Hub {
        /// Address to listen on.
        #[arg(long, default_value = "0.0.0.0:47474")]
        listen: String,
        /// Also open pairing: print a six-digit code a tablet can join with (needs
        /// --mentor: the device that joins is introduced under her signature).
        #[arg(long)]
        pair: bool,
    },
    /// Pair this device with another that shows a pairing code.
    Pair {
        /// The other device's address, e.g. 192.168.1.20:47474.
        #[arg(long)]
        peer: String,
        /// The six digits shown on the other device.
        #[arg(long)]
        code: String,
    },
    /// Sync now with a paired device.
    Sync {
        /// The other device's address.
        #[arg(long)]
        peer: String,
        /// Which paired device it is (certificate hash); by default the one last reached
        /// at that address, else the one synced with most recently.
        #[arg(long)]
        peer_id: Option<String>,
    },
    /// List paired (and unpaired) devices.
    Peers,
    /// Make the shipped voice clips for a language's prompts with espeak-ng (a developer
    /// tool; see scripts/make-speech-clips.sh). Prompts with variables are left to live speech.
    VoicePack {
        /// The language, e.g. nb.
        #[arg(long)]
        lang: String,
        /// Where to write <message-id>.ogg files.
        #[arg(long)]
        out: PathBuf,
    },
    /// Record from the microphone (to check it works): cleaned and saved as Ogg/Opus.
    Record {
        /// How long to record.
        #[arg(long, default_value_t = 3.0)]
        seconds: f64,
        /// Where to write the .ogg file.
        #[arg(long)]
        out: PathBuf,
    },
    /// Print the week menu of the week a day is in, as an A4 PDF (with --mentor): saved in
    /// the data folder's prints/ (or at --out), and sent to the printer with --send.
    PrintMenu {
        /// A day of the week, YYYY-MM-DD (default: this week).
        #[arg(long, default_value = "")]
        day: String,
        /// A second language on the menu, e.g. ar.
        #[arg(long)]
        lang: Option<String>,
        #[arg(long)]
        out: Option<PathBuf>,
        #[arg(long)]
        send: bool,
    },
    /// Print a recipe card (with --mentor), like print-menu.
    PrintRecipe {
        /// The recipe, e.g. pack:fiskesuppe.
        id: String,
        #[arg(long)]
        portions: Option<u32>,
        #[arg(long)]
        lang: Option<String>,
        #[arg(long)]
        out: Option<PathBuf>,
        #[arg(long)]
        send: bool,
    },
    /// Print a fridge prep label (with --mentor): logged like one printed in the app, saved
    /// in prints/ at the label's size, and sent to the printer with --send.
    PrintLabel {
        /// The food, e.g. cooked-rice (the keys of assets/fridge/pack.json).
        item: String,
        /// The recipe it was made from, e.g. pack:fiskesuppe (its allergens are printed).
        #[arg(long)]
        recipe: Option<String>,
        /// The day it was made, opened or thawed, YYYY-MM-DD (default: today).
        #[arg(long)]
        day: Option<String>,
        /// 62mm (a 62 mm roll, cut at 40 mm) or 57x32mm.
        #[arg(long, default_value = "62mm")]
        size: String,
        #[arg(long)]
        send: bool,
    },
    /// Check an Open Badges credential offline (its JSON, or a badge PNG with it baked in):
    /// the eddsa-rdfc-2022 proof and that its key is the issuer's. Fails on one changed byte.
    Verify {
        /// The credential file (.json or .png).
        file: PathBuf,
    },
    /// Export everything about a trainee (her rows as JSON, her photos and voice notes,
    /// and with --mentor her certificate and this month's report) as one ZIP.
    Export {
        /// Her id (or her name, as on the wall of faces).
        #[arg(long)]
        person: String,
        #[arg(long)]
        out: PathBuf,
    },
    /// Erase a trainee from this café (needs --mentor): her rows, files and every change
    /// about her, here and on every paired device at its next sync.
    Erase {
        /// Her id (or her name, as on the wall of faces).
        #[arg(long)]
        person: String,
    },
    /// Unpair a device (a lost tablet): it is refused from then on; with --mentor it is
    /// also retired from the café, so every device refuses what it makes after now.
    Unpair {
        /// The device's certificate hash, as `mestre peers` shows it.
        peer_id: String,
    },
}

fn main() -> ExitCode {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    let cli = Cli::parse();
    let dir = cli.data.unwrap_or_else(api::default_data_dir);
    match run(&dir, cli.mentor.as_deref(), cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let message = mestre::i18n::Localizer::without_isolation().format("en", &e.kind.message_id(), &[]);
            eprintln!("mestre: {message} ({})", e.detail);
            ExitCode::FAILURE
        }
    }
}

/// The Mestre in `dir`, acting as this machine's console; with `mentor`, that mentor
/// signed in (her password from $MESTRE_MENTOR_PASSWORD).
fn console(dir: &Path, mentor: Option<&str>) -> mestre::Result<Mestre> {
    let mut m = Mestre::open(dir)?;
    m.act_as_console();
    if let Some(name) = mentor {
        let password = std::env::var("MESTRE_MENTOR_PASSWORD")
            .map_err(|_| mestre::Error::invalid("--mentor needs her password in MESTRE_MENTOR_PASSWORD"))?;
        let person = m
            .people()?
            .into_iter()
            .find(|p| p.role == mestre::people::Role::Mentor && p.name == name)
            .ok_or_else(|| mestre::Error::new(mestre::ErrorKind::NotFound, format!("no mentor called {name}")))?;
        m.login_with_password(&person.id, &password)?;
    }
    Ok(m)
}

/// A person by id, or by her name as on the wall of faces.
fn person_id(m: &Mestre, person: &str) -> mestre::Result<String> {
    m.store()
        .people()?
        .into_iter()
        .find(|p| p.id == person || p.display_name == person)
        .map(|p| p.id)
        .ok_or_else(|| mestre::Error::new(mestre::ErrorKind::NotFound, format!("nobody called {person}")))
}

fn write_pdf(out: &Path, pdf: &[u8]) -> mestre::Result<()> {
    std::fs::write(out, pdf)?;
    println!("{}", out.display());
    Ok(())
}

fn print_result(printed: mestre::reports::PrintedPdf) -> mestre::Result<()> {
    println!("{}", printed.path);
    if !printed.problem.is_empty() {
        eprintln!("mestre: {}", printed.problem);
    }
    Ok(())
}

fn run(dir: &Path, mentor: Option<&str>, command: Command) -> mestre::Result<()> {
    match command {
        Command::DemoData { trainees, days, if_empty, preset, scale, seed, until } => {
            if Mestre::open(dir)?.cafe()?.is_some() {
                if if_empty {
                    println!("{} already has a café; left as it is", dir.display());
                    return Ok(());
                }
                return Err(mestre::Error::new(mestre::ErrorKind::SetupState, format!("{} already has a café", dir.display())));
            }
            if let Some(preset) = preset {
                let size = match preset.as_str() {
                    "five-cafe-years" => demo::five_cafe_years::PresetSize::five_cafe_years(scale),
                    "tiny" => demo::five_cafe_years::PresetSize::tiny(),
                    other => return Err(mestre::Error::invalid(format!("no preset {other}: five-cafe-years or tiny"))),
                };
                let until_ms = match until {
                    Some(date) => chrono::NaiveDate::parse_from_str(&date, "%Y-%m-%d")
                        .map_err(|e| mestre::Error::invalid(format!("--until {date}: {e}")))?
                        .and_hms_opt(23, 0, 0)
                        .expect("a valid time")
                        .and_utc()
                        .timestamp_millis(),
                    None => chrono::Utc::now().timestamp_millis(),
                };
                let started = std::time::Instant::now();
                let report = demo::five_cafe_years::populate_dir(dir, size, seed, until_ms)?;
                println!(
                    "{}",
                    serde_json::to_string_pretty(&serde_json::json!({
                        "preset": preset, "scale": scale, "seed": seed, "size": size, "made": report,
                        "seconds": started.elapsed().as_secs_f64(),
                    }))?
                );
                return Ok(());
            }
            demo::populate_dir(dir, chrono::Utc::now().timestamp_millis(), DemoOptions { trainees, days })?;
            println!("demo café \"{}\" with {trainees} trainees in {}", demo::DEMO_CAFE, dir.display());
            Ok(())
        }
        Command::WordCards { person } => {
            let m = Mestre::open(dir)?;
            let id = m
                .store()
                .people()?
                .into_iter()
                .find(|p| p.display_name == person)
                .map(|p| p.id)
                .ok_or_else(|| mestre::Error::invalid(format!("nobody called {person}")))?;
            let cards: Vec<serde_json::Value> = m
                .store()
                .word_cards_of(&id)?
                .into_iter()
                .map(|(word, c)| {
                    serde_json::json!({
                        "word": word, "reviews": c.reviews, "step": c.step, "stability": c.stability,
                        "difficulty": c.difficulty, "reviewed_ms": c.reviewed_ms, "due_ms": c.due_ms,
                    })
                })
                .collect();
            println!("{}", serde_json::to_string_pretty(&cards)?);
            Ok(())
        }
        Command::Info => {
            let info = Mestre::open(dir)?.info()?;
            println!("{}", serde_json::to_string_pretty(&info)?);
            Ok(())
        }
        Command::Hub { listen, pair } => {
            let listen = listen.parse().map_err(|e| mestre::Error::invalid(format!("--listen {listen}: {e}")))?;
            let events: EventSink = Arc::new(|event| match event {
                ServerEvent::Message(_) => {}
                other => eprintln!("hub: {other:?}"),
            });
            let mut m = console(dir, mentor)?;
            let address = m.start_hub(listen, events)?;
            println!("hub {} listening on {address} (device id {})", m.sync_status()?.device_name, m.device_cert_hash());
            if pair {
                let offer = m.open_pairing()?;
                println!("pairing code: {} (valid {} minutes)", offer.code, mestre::sync::pairing::CODE_MINUTES);
            }
            loop {
                std::thread::park();
            }
        }
        Command::Pair { peer, code } => {
            let paired = console(dir, None)?.pair_with(&peer, &code)?;
            println!("paired with {} ({})", paired.name, paired.id);
            Ok(())
        }
        Command::Sync { peer, peer_id } => {
            let mut m = console(dir, None)?;
            let job = m.sync_job(peer_id.as_deref(), Some(&peer))?;
            let started = std::time::Instant::now();
            let report = m.sync_here(&job, &mut |p| eprintln!("{:?} {}/{}", p.phase, p.done, p.total))?;
            println!("{} in {:.2} s", serde_json::to_string(&report)?, started.elapsed().as_secs_f64());
            Ok(())
        }
        Command::VoicePack { lang, out } => {
            let speaker = mestre::speech::Speaker::detect();
            if !speaker.has_synthesizer() {
                return Err(mestre::Error::new(mestre::ErrorKind::NotFound, "espeak-ng is not installed"));
            }
            let l = mestre::i18n::Localizer::without_isolation();
            std::fs::create_dir_all(&out)?;
            let mut made = 0;
            for (id, vars) in mestre::i18n::MESSAGE_VARIABLES {
                if !vars.is_empty() || id.starts_with("format-") || *id == "language-name" || *id == "app-name" {
                    continue;
                }
                let text = l.format(&lang, id, &[]);
                let Some(wav) = speaker.synthesize(&lang, &text) else { continue };
                let pcm = mestre::media::audio::decode_wav(&wav)?;
                let clean = mestre::media::audio::clean(&pcm).map_err(|e| mestre::Error::new(e.kind, format!("{id}: {}", e.detail)))?;
                std::fs::write(out.join(format!("{id}.ogg")), mestre::media::audio::encode_ogg_opus(&clean)?)?;
                made += 1;
            }
            println!("{made} clips in {}", out.display());
            Ok(())
        }
        Command::Record { seconds, out } => {
            let recording = mestre::media::recorder::start()?;
            std::thread::sleep(std::time::Duration::from_secs_f64(seconds.clamp(0.1, mestre::media::audio::MAX_SECONDS)));
            let raw = recording.stop()?;
            let clean = mestre::media::audio::clean(&raw)?;
            std::fs::write(&out, mestre::media::audio::encode_ogg_opus(&clean)?)?;
            println!(
                "recorded {:.2} s at {} Hz, kept {:.2} s ({:.1} dBFS) in {}",
                raw.seconds(),
                raw.rate,
                clean.seconds(),
                clean.rms_db(),
                out.display()
            );
            Ok(())
        }
        Command::Peers => {
            for p in console(dir, None)?.devices(true)? {
                let state = if p.unpaired_ms.is_some() { "unpaired" } else { "paired" };
                println!("{}  {}  {state}  last address {}", p.id, p.name, p.last_address.unwrap_or_default());
            }
            Ok(())
        }
        Command::PrintMenu { day, lang, out, send } => {
            let m = console(dir, mentor)?;
            match out {
                Some(out) => write_pdf(&out, &m.week_menu_pdf(&day, lang.as_deref())?),
                None => print_result(m.print_week_menu(&day, lang.as_deref(), send)?),
            }
        }
        Command::PrintRecipe { id, portions, lang, out, send } => {
            let m = console(dir, mentor)?;
            match out {
                Some(out) => write_pdf(&out, &m.recipe_card_pdf(&id, portions, lang.as_deref())?),
                None => print_result(m.print_recipe_card(&id, portions, lang.as_deref(), send)?),
            }
        }
        Command::PrintLabel { item, recipe, day, size, send } => {
            let size = mestre::fridge::LabelSize::parse(&size).ok_or_else(|| mestre::Error::invalid(format!("no label size {size}")))?;
            let request = mestre::fridge::LabelRequest { item, recipe_id: recipe, event: None, made_day: day, size };
            print_result(console(dir, mentor)?.print_fridge_label(&request, send)?.pdf)
        }
        Command::Verify { file } => {
            let bytes =
                std::fs::read(&file).map_err(|e| mestre::Error::new(mestre::ErrorKind::NotFound, format!("{}: {e}", file.display())))?;
            let checked = mestre::competence::credential::verify_file(&bytes)?;
            println!(
                "{}",
                serde_json::to_string_pretty(&serde_json::json!({ "verified": true, "credential": checked })).unwrap_or_default()
            );
            Ok(())
        }
        Command::Export { person, out } => {
            let m = console(dir, mentor)?;
            let id = person_id(&m, &person)?;
            let mut shown = 0;
            let summary = m.export_trainee(&id, &out, &mut |p| {
                // A line per tenth, for a hub's log.
                let tenth = (p.done * 10).checked_div(p.total).unwrap_or(10);
                if tenth > shown {
                    shown = tenth;
                    eprintln!("export: {} of {}", p.done, p.total);
                }
            })?;
            println!("{}", serde_json::to_string_pretty(&summary)?);
            Ok(())
        }
        Command::Erase { person } => {
            if mentor.is_none() {
                return Err(mestre::Error::new(mestre::ErrorKind::NotAllowed, "erasing a trainee needs --mentor and her password"));
            }
            let mut m = console(dir, mentor)?;
            let id = person_id(&m, &person)?;
            let done = m.erase_trainee(&id)?;
            println!("erased {} ({} files)", done.name, done.files);
            Ok(())
        }
        Command::Unpair { peer_id } => {
            console(dir, mentor)?.unpair(&peer_id)?;
            println!("unpaired {peer_id}");
            Ok(())
        }
    }
}
