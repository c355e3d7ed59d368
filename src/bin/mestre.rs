//! The `mestre` command line: make a demo café, and look at a data directory.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use mestre::api::{self, Mestre};
use mestre::demo::{self, DemoOptions};

#[derive(Parser)]
#[command(name = "mestre", version, about = "Mestre: the trainee's little book (command line)")]
struct Cli {
    /// Data directory (default: the app's data directory, or $MESTRE_DATA_DIR).
    #[arg(long, global = true, env = "MESTRE_DATA_DIR")]
    data: Option<PathBuf>,
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
    },
    /// Print where the data is, the schema version and counts.
    Info,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let dir = cli.data.unwrap_or_else(api::default_data_dir);
    match run(&dir, cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let message = mestre::i18n::Localizer::without_isolation().format("en", &e.kind.message_id(), &[]);
            eprintln!("mestre: {message} ({})", e.detail);
            ExitCode::FAILURE
        }
    }
}

fn run(dir: &std::path::Path, command: Command) -> mestre::Result<()> {
    match command {
        Command::DemoData { trainees, days, if_empty } => {
            let existing = Mestre::open(dir)?;
            if existing.cafe()?.is_some() {
                if if_empty {
                    println!("{} already has a café; left as it is", dir.display());
                    return Ok(());
                }
                return Err(mestre::Error::new(mestre::ErrorKind::SetupState, format!("{} already has a café", dir.display())));
            }
            drop(existing);
            let store = mestre::storage::open(&dir.join(api::DATABASE_FILE))?;
            let media = mestre::media::MediaStore::new(dir.join(api::MEDIA_DIR));
            demo::populate(store, media, chrono::Utc::now().timestamp_millis(), DemoOptions { trainees, days })?;
            println!("demo café \"{}\" with {trainees} trainees in {}", demo::DEMO_CAFE, dir.display());
            Ok(())
        }
        Command::Info => {
            let info = Mestre::open(dir)?.info()?;
            println!("{}", serde_json::to_string_pretty(&info)?);
            Ok(())
        }
    }
}
