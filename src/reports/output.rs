//! Where a PDF goes: saved in the data folder's `prints/` (the mentor opens or copies it
//! from there), and sent to a printer with `lp` where CUPS is installed.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde::Serialize;
use ts_rs::TS;

use crate::error::{Error, ErrorKind, Result};

/// A PDF that was made: where it was saved, and whether a printer took it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PrintedPdf {
    pub path: String,
    /// A printer took it (CUPS answered).
    pub sent: bool,
    /// Why it was not printed, in the reader's language ("" when printed or not asked).
    pub problem: String,
}

/// The monthly report, saved as a PDF and a CSV side by side.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SavedReport {
    pub pdf: String,
    pub csv: String,
    /// How many trainees it covers.
    pub trainees: u32,
}

/// A PDF's file name made of letters, digits and dashes only.
pub fn file_name(stem: &str) -> String {
    file_name_with(stem, "pdf")
}

/// A file name of letters, digits and dashes, ending in `.ext`.
pub fn file_name_with(stem: &str, ext: &str) -> String {
    let name: String = stem
        .chars()
        .map(|c| if c.is_alphanumeric() { c.to_ascii_lowercase() } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    format!("{}.{ext}", if name.is_empty() { "mestre".to_string() } else { name })
}

/// Save `pdf` as `prints/<name>` under `data_dir`, durably; returns the path.
pub fn save(data_dir: &Path, name: &str, pdf: &[u8]) -> Result<PathBuf> {
    save_file(data_dir, name, "pdf", pdf)
}

/// Save `bytes` as `prints/<name>.<ext>` under `data_dir`, durably (written aside, then
/// renamed: a half-written file is never there under its name); returns the path.
pub fn save_file(data_dir: &Path, name: &str, ext: &str, bytes: &[u8]) -> Result<PathBuf> {
    let dir = data_dir.join("prints");
    std::fs::create_dir_all(&dir)?;
    let path = dir.join(file_name_with(name, ext));
    let tmp = path.with_extension(format!("{ext}.part"));
    std::fs::write(&tmp, bytes)?;
    std::fs::File::open(&tmp)?.sync_all()?;
    std::fs::rename(&tmp, &path)?;
    Ok(path)
}

/// Send a saved PDF to the default printer with CUPS's `lp`. A label names its media
/// (`Custom.62x40mm`) and asks for no scaling: CUPS otherwise fits the page to whatever
/// roll it thinks is loaded.
pub fn send_to_printer(path: &Path, media_mm: Option<(f32, f32)>) -> Result<()> {
    let mut lp = Command::new("lp");
    if let Some((w, h)) = media_mm {
        lp.args(["-o", &format!("media=Custom.{w}x{h}mm"), "-o", "print-scaling=none", "-o", "fit-to-page=false"]);
    }
    let output = lp.arg("--").arg(path).output().map_err(|e| Error::new(ErrorKind::PrinterUnavailable, format!("lp: {e}")))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(Error::new(ErrorKind::PrinterUnavailable, String::from_utf8_lossy(&output.stderr).trim().to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_keep_letters_of_any_script_and_drop_the_rest() {
        assert_eq!(file_name("Meny uke 48 / 2026"), "meny-uke-48-2026.pdf");
        assert_eq!(file_name("../../etc/passwd"), "etc-passwd.pdf");
        assert_eq!(file_name("شوربة عدس"), "شوربة-عدس.pdf");
        assert_eq!(file_name("///"), "mestre.pdf");
    }
}
