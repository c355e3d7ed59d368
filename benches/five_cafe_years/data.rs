//! The reference cafés, made once and kept under `target/bench-data/` (making one takes
//! minutes; the time it took is kept beside it and reported). Each measurement works on
//! a copy: the database copied, the media files hard-linked (they never change).

use std::path::{Path, PathBuf};
use std::time::Instant;

use mestre::demo::five_cafe_years::{self, PresetReport, PresetSize};

pub struct DataSet {
    pub name: String,
    pub dir: PathBuf,
    pub made: serde_json::Value,
    pub generation_seconds: f64,
}

const SEED: u64 = 1;

/// The café of `size` called `name`, made now if it is not there yet. Its media files
/// are first linked from `files_like` (a café made from the same seed holds the same
/// files), so a larger café costs no more disk for them.
pub fn ensure(root: &Path, name: &str, size: PresetSize, fresh: bool, files_like: Option<&Path>) -> DataSet {
    let dir = root.join(name);
    let marker = dir.join("made.json");
    if fresh || !marker.exists() {
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        if let Some(other) = files_like {
            link_tree(&other.join(mestre::storage::MEDIA_DIR), &dir.join(mestre::storage::MEDIA_DIR));
        }
        eprintln!("making {name} in {} …", dir.display());
        let started = Instant::now();
        let until = chrono::Utc::now().timestamp_millis();
        let report: PresetReport = five_cafe_years::populate_dir(&dir, size, SEED, until).expect("making the reference café");
        let seconds = started.elapsed().as_secs_f64();
        let made = serde_json::json!({ "seconds": seconds, "seed": SEED, "size": size, "made": report });
        std::fs::write(&marker, serde_json::to_string_pretty(&made).unwrap()).unwrap();
    }
    let made: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&marker).unwrap()).unwrap();
    let generation_seconds = made["seconds"].as_f64().unwrap_or(f64::NAN);
    DataSet { name: name.into(), dir, made, generation_seconds }
}

/// A working copy of a café in a new temporary directory.
pub fn working_copy(set: &DataSet, under: &Path) -> tempfile::TempDir {
    let copy = tempfile::tempdir_in(under).unwrap();
    for file in std::fs::read_dir(&set.dir).unwrap().flatten() {
        let name = file.file_name();
        if name.to_string_lossy().starts_with(mestre::storage::DATABASE_FILE) {
            std::fs::copy(file.path(), copy.path().join(&name)).unwrap();
        }
    }
    link_tree(&set.dir.join(mestre::storage::MEDIA_DIR), &copy.path().join(mestre::storage::MEDIA_DIR));
    copy
}

fn link_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).into_iter().flatten().flatten() {
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            link_tree(&entry.path(), &target);
        } else {
            std::fs::hard_link(entry.path(), &target).unwrap();
        }
    }
}

/// Every stored media file of a café and its bytes.
pub fn media_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for sub in std::fs::read_dir(dir.join(mestre::storage::MEDIA_DIR)).into_iter().flatten().flatten() {
        if sub.file_type().unwrap().is_dir() && !sub.file_name().to_string_lossy().starts_with('.') {
            for f in std::fs::read_dir(sub.path()).unwrap().flatten() {
                out.push(f.path());
            }
        }
    }
    out.sort();
    out
}
