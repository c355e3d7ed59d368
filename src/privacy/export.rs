//! Everything about one trainee as one ZIP she can take with her: `mestre-export.json`
//! (her rows, table by table, as documented in `docs/EXPORT.md`, which is also in the
//! ZIP as `README.md`), her photos and recordings under `media/`, and her certificate and
//! this month's report under `pdf/`. Written entry by entry to a temporary file (a file
//! of a few hundred photos never sits in memory) and renamed when complete.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::Serialize;
use ts_rs::TS;

use super::JobProgress;
use crate::api::Mestre;
use crate::error::{Error, ErrorKind, Result};

/// The version of the export's JSON; a change that breaks a reader makes it 2.
pub const EXPORT_FORMAT_VERSION: u32 = 1;

/// The documentation of the format, shipped inside every export.
const README: &str = include_str!("../../docs/EXPORT.md");

/// A finished export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ExportSummary {
    pub path: String,
    #[ts(type = "number")]
    pub rows: u64,
    #[ts(type = "number")]
    pub files: u64,
    #[ts(type = "number")]
    pub bytes: u64,
}

#[derive(Serialize)]
struct ExportJson<'a> {
    format: &'static str,
    version: u32,
    exported_ms: i64,
    exported_by: &'a str,
    cafe: String,
    person: PersonJson<'a>,
    tables: serde_json::Map<String, serde_json::Value>,
    media: Vec<MediaJson>,
    documents: Vec<String>,
}

#[derive(Serialize)]
struct PersonJson<'a> {
    id: &'a str,
    name: &'a str,
    role: &'a str,
    ui_lang: &'a str,
    home_lang: &'a str,
}

#[derive(Serialize)]
struct MediaJson {
    sha256: String,
    mime: String,
    bytes: u64,
    path: String,
}

fn extension_of(mime: &str) -> &'static str {
    match mime {
        "image/jpeg" => "jpg",
        "image/png" => "png",
        "image/webp" => "webp",
        "audio/ogg" | "audio/ogg; codecs=opus" => "ogg",
        "audio/wav" | "audio/x-wav" => "wav",
        _ => "bin",
    }
}

impl Mestre {
    /// Export a trainee's data to the exports folder (Downloads, or `$MESTRE_EXPORT_DIR`).
    pub fn export_trainee_to_downloads(&self, person_id: &str, progress: &mut dyn FnMut(JobProgress)) -> Result<ExportSummary> {
        let person = self.person(person_id)?;
        let date = chrono::DateTime::from_timestamp_millis(self.now_ms()).unwrap_or_default().format("%Y-%m-%d");
        let name = crate::reports::output::file_name_with(&format!("mestre-{}-{date}", person.name), "zip");
        let dir = self.exports_dir()?;
        std::fs::create_dir_all(&dir)?;
        self.export_trainee(person_id, &dir.join(name), progress)
    }

    /// Export everything about a trainee to `out` (a ZIP). Mentors, or the machine's
    /// console (`mestre export` on the café's hub; then without the PDFs, which a mentor
    /// signs).
    pub fn export_trainee(&self, person_id: &str, out: &Path, progress: &mut dyn FnMut(JobProgress)) -> Result<ExportSummary> {
        let mentor = match self.require_mentor() {
            Ok(session) => session.person.name.clone(),
            Err(_) if self.is_console() => "mestre export".to_string(),
            Err(e) => return Err(e),
        };
        let person = self.store().person(person_id)?.ok_or_else(|| Error::new(ErrorKind::NotFound, "no such person"))?;
        let rows = self.store().rows_about(person_id)?;
        let media = self.store().media_about(person_id)?;
        let documents = self.export_documents(person_id)?;
        let total = 2 + media.len() as u64 + documents.len() as u64;
        let mut done = 0;
        progress(JobProgress { done, total });

        let dir = out.parent().filter(|d| !d.as_os_str().is_empty()).map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from("."));
        let tmp = tempfile::NamedTempFile::new_in(&dir)?;
        let mut zip = zip::ZipWriter::new(std::io::BufWriter::new(tmp.reopen()?));
        let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
        let deflated = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        let zip_err = |e: zip::result::ZipError| Error::new(ErrorKind::Storage, format!("writing the export: {e}"));

        let mut media_json = Vec::new();
        let mut bytes = 0u64;
        for hash in &media {
            // A file this device never received is listed without its bytes.
            let Some(row) = self.store().media(hash)? else { continue };
            let path = format!("media/{hash}.{}", extension_of(&row.mime));
            match self.media().get(hash) {
                Ok(data) => {
                    zip.start_file(path.as_str(), stored).map_err(zip_err)?;
                    zip.write_all(&data)?;
                    bytes += data.len() as u64;
                    media_json.push(MediaJson { sha256: hash.clone(), mime: row.mime, bytes: data.len() as u64, path });
                }
                Err(_) => media_json.push(MediaJson { sha256: hash.clone(), mime: row.mime, bytes: 0, path: String::new() }),
            }
            done += 1;
            progress(JobProgress { done, total });
        }
        let mut document_paths = Vec::new();
        for (name, pdf) in &documents {
            let path = format!("pdf/{name}");
            zip.start_file(path.as_str(), deflated).map_err(zip_err)?;
            zip.write_all(pdf)?;
            bytes += pdf.len() as u64;
            document_paths.push(path);
            done += 1;
            progress(JobProgress { done, total });
        }

        let mut tables = serde_json::Map::new();
        let mut row_count = 0;
        for table in &rows {
            row_count += table.rows.len() as u64;
            tables
                .insert(table.table.sql_name().to_string(), serde_json::Value::Array(table.rows.iter().cloned().map(Into::into).collect()));
        }
        let json = ExportJson {
            format: "mestre-export",
            version: EXPORT_FORMAT_VERSION,
            exported_ms: self.now_ms(),
            exported_by: &mentor,
            cafe: self.cafe()?.map(|c| c.name).unwrap_or_default(),
            person: PersonJson {
                id: &person.id,
                name: &person.display_name,
                role: person.role.as_str(),
                ui_lang: &person.ui_lang,
                home_lang: &person.home_lang,
            },
            tables,
            media: media_json,
            documents: document_paths,
        };
        zip.start_file("mestre-export.json", deflated).map_err(zip_err)?;
        let text = serde_json::to_vec_pretty(&json)?;
        zip.write_all(&text)?;
        bytes += text.len() as u64;
        done += 1;
        progress(JobProgress { done, total });
        zip.start_file("README.md", deflated).map_err(zip_err)?;
        zip.write_all(README.as_bytes())?;
        let mut file = zip.finish().map_err(zip_err)?;
        file.flush()?;
        file.get_ref().sync_all()?;
        drop(file);
        tmp.persist(out).map_err(|e| Error::from(e.error))?;
        done += 1;
        progress(JobProgress { done, total });
        Ok(ExportSummary { path: out.display().to_string(), rows: row_count, files: media.len() as u64, bytes })
    }

    /// Her certificate (when the mentor's key is here to sign it) and this month's
    /// report, as (file name, PDF).
    fn export_documents(&self, person_id: &str) -> Result<Vec<(String, Vec<u8>)>> {
        let mut out = Vec::new();
        if self.require_mentor().is_err() {
            return Ok(out);
        }
        if self.mentor_signer().is_some() {
            out.push(("certificate.pdf".to_string(), self.certificate_pdf(person_id)?));
        }
        let month = self.cafe_today()?.chars().take(7).collect::<String>();
        out.push((format!("report-{month}.pdf"), self.month_pdf(&month, person_id)?));
        Ok(out)
    }
}
