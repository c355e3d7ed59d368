//! Voice packs: one language's recorded prompts — and recordings of Mestre's starter
//! content: its foods, aims, recipes and their steps — in one file, so one
//! Somali-speaking volunteer's afternoon in one café serves every café. A pack is a ZIP
//! (openable anywhere) with `manifest.json` — the format, the language and each clip's
//! prompt or content item, SHA-256 and length — and the clips as `clips/<sha256>.ogg`.
//! A café's own items are its own: they stay out of packs.
//!
//! Importing trusts nothing in the file: every clip is checked against its hash, decoded
//! as Ogg/Opus and bounded in size and length; a prompt or item this café recorded itself
//! keeps its own recording; a clip already here is not stored twice.

use std::io::{Cursor, Read, Write};
use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::prompts::{clip_id, is_recordable};
use super::PromptClipDraft;
use crate::api::Mestre;
use crate::changes::Draft;
use crate::content::{is_starter_item, language_id, ContentLanguageDraft};
use crate::error::{Error, ErrorKind, Result};
use crate::i18n::locales;
use crate::media::{audio, is_media_hash, sha256_hex, MediaDraft};

/// What the first line of every manifest says. Version 2 added content items; a pack of
/// version 1 (prompts only) still opens.
pub const FORMAT: &str = "mestre-voice-pack/2";
const FORMATS_READ: [&str; 2] = ["mestre-voice-pack/1", FORMAT];
/// The largest pack accepted (far above a whole language recorded).
pub const MAX_PACK_BYTES: usize = 200 * 1024 * 1024;
/// The largest clip accepted (two minutes of Opus speech is well under 1 MB).
const MAX_CLIP_BYTES: u64 = 2 * 1024 * 1024;
const MAX_MANIFEST_BYTES: u64 = 1024 * 1024;

#[derive(Debug, Serialize, Deserialize)]
struct Manifest {
    format: String,
    lang: String,
    clips: Vec<ManifestClip>,
}

#[derive(Debug, Serialize, Deserialize)]
struct ManifestClip {
    /// A prompt's message id, or "" for a content item.
    #[serde(default)]
    message_id: String,
    /// A content item of Mestre's packs (`food:cooked-rice`), or "" for a prompt.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    item: String,
    sha256: String,
    duration_ms: i64,
}

/// A voice pack written to disk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct VoicePackExport {
    pub lang: String,
    /// Where the file was saved (the Downloads folder when there is one).
    pub path: String,
    pub clips: u32,
}

/// What importing a voice pack did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct VoicePackImport {
    pub lang: String,
    /// Prompts that now have a voice they did not have.
    pub added: u32,
    /// Clips this device already had.
    pub already_here: u32,
    /// Prompts this café recorded itself: its own recording stays.
    pub kept_own: u32,
    /// Clips that were damaged, too long, or for prompts this version does not have.
    pub skipped: u32,
}

fn unreadable(why: impl Into<String>) -> Error {
    Error::new(ErrorKind::VoicePackUnreadable, why)
}

/// Read at most `limit` bytes of one entry; more than that is refused, not truncated.
fn read_entry(archive: &mut zip::ZipArchive<Cursor<&[u8]>>, name: &str, limit: u64) -> Result<Option<Vec<u8>>> {
    let mut entry = match archive.by_name(name) {
        Ok(entry) => entry,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(unreadable(format!("{name}: {e}"))),
    };
    let mut bytes = Vec::new();
    (&mut entry).take(limit + 1).read_to_end(&mut bytes).map_err(|e| unreadable(format!("{name}: {e}")))?;
    if bytes.len() as u64 > limit {
        return Err(unreadable(format!("{name} is over {limit} bytes")));
    }
    Ok(Some(bytes))
}

impl Mestre {
    /// The voice pack of `lang` as bytes: every prompt recorded in the app in that
    /// language, and every item of Mestre's starter content. Mentors only.
    pub fn voice_pack(&self, lang: &str) -> Result<(Vec<u8>, u32)> {
        self.require_mentor()?;
        if !locales::is_supported(lang) {
            return Err(Error::invalid(format!("unsupported language {lang}")));
        }
        let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
        let zip_error = |e: zip::result::ZipError| Error::new(ErrorKind::Storage, format!("voice pack: {e}"));
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let mut clips: Vec<ManifestClip> = Vec::new();
        // Each clip is listed if this device has its file (one recorded elsewhere and not
        // arrived yet is left out of this pack); a file two clips share is stored once.
        let mut add = |clip: ManifestClip| -> Result<()> {
            if clips.iter().any(|c| c.sha256 == clip.sha256) {
                clips.push(clip);
                return Ok(());
            }
            let bytes = match self.media().get(&clip.sha256) {
                Ok(bytes) => bytes,
                Err(e) if e.kind == ErrorKind::NotFound => return Ok(()),
                Err(e) => return Err(e),
            };
            zip.start_file(format!("clips/{}.ogg", clip.sha256), options).map_err(zip_error)?;
            zip.write_all(&bytes)?;
            clips.push(clip);
            Ok(())
        };
        for (message_id, hash) in self.store().prompt_clips(lang)? {
            if !is_recordable(&message_id) {
                continue;
            }
            let Some(row) = self.store().get::<super::PromptClipRow>(&clip_id(lang, &message_id))? else { continue };
            add(ManifestClip { message_id, item: String::new(), sha256: hash, duration_ms: row.duration_ms })?;
        }
        for row in self.store().content_voices(lang)?.into_iter().filter(|r| is_starter_item(&r.item)) {
            if let Some(hash) = row.voice {
                add(ManifestClip { message_id: String::new(), item: row.item, sha256: hash, duration_ms: row.voice_ms })?;
            }
        }
        let count = clips.len() as u32;
        let manifest = Manifest { format: FORMAT.into(), lang: lang.into(), clips };
        zip.start_file("manifest.json", options).map_err(zip_error)?;
        zip.write_all(serde_json::to_string_pretty(&manifest)?.as_bytes())?;
        Ok((zip.finish().map_err(zip_error)?.into_inner(), count))
    }

    /// Save the voice pack of `lang` as `mestre-voices-<lang>-<date>.zip` in the
    /// Downloads folder (or the data directory's `exports`). Mentors only.
    pub fn export_voice_pack(&self, lang: &str) -> Result<VoicePackExport> {
        self.export_voice_pack_to(lang, &self.exports_dir()?)
    }

    /// Save the voice pack of `lang` in `dir`. Mentors only.
    pub fn export_voice_pack_to(&self, lang: &str, dir: &std::path::Path) -> Result<VoicePackExport> {
        let (bytes, clips) = self.voice_pack(lang)?;
        std::fs::create_dir_all(dir)?;
        let date = chrono::DateTime::from_timestamp_millis(self.now_ms()).unwrap_or_default().format("%Y-%m-%d");
        let path = dir.join(format!("mestre-voices-{lang}-{date}.zip"));
        let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
        tmp.write_all(&bytes)?;
        tmp.as_file().sync_all()?;
        tmp.persist(&path).map_err(|e| Error::from(e.error))?;
        Ok(VoicePackExport { lang: lang.into(), path: path.display().to_string(), clips })
    }

    /// Where files made for people to carry away are saved.
    pub(crate) fn exports_dir(&self) -> Result<PathBuf> {
        if let Some(dir) = std::env::var_os("MESTRE_EXPORT_DIR") {
            return Ok(PathBuf::from(dir));
        }
        if let Some(downloads) = directories::UserDirs::new().and_then(|u| u.download_dir().map(|d| d.to_path_buf())) {
            return Ok(downloads);
        }
        self.data_dir().map(|d| d.join("exports")).ok_or_else(|| Error::new(ErrorKind::Storage, "nowhere to save files"))
    }

    /// Take in a voice pack made by another café (or this one). Mentors only.
    pub fn import_voice_pack(&mut self, bytes: &[u8]) -> Result<VoicePackImport> {
        let owner = self.require_mentor()?.person.id.clone();
        if bytes.len() > MAX_PACK_BYTES {
            return Err(unreadable("pack too large"));
        }
        let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| unreadable(format!("not a zip: {e}")))?;
        let manifest = read_entry(&mut archive, "manifest.json", MAX_MANIFEST_BYTES)?.ok_or_else(|| unreadable("no manifest"))?;
        let manifest: Manifest = serde_json::from_slice(&manifest).map_err(|e| unreadable(format!("manifest: {e}")))?;
        if !FORMATS_READ.contains(&manifest.format.as_str()) || !locales::is_supported(&manifest.lang) {
            return Err(unreadable(format!("format {} language {}", manifest.format, manifest.lang)));
        }
        let lang = manifest.lang;
        let cafe = self.store().cafe()?.map(|c| c.id).unwrap_or_else(|| owner.clone());
        let mut report = VoicePackImport { lang: lang.clone(), added: 0, already_here: 0, kept_own: 0, skipped: 0 };
        let mut drafts: Vec<Draft> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for clip in manifest.clips {
            let is_item = clip.message_id.is_empty();
            let known =
                if is_item { is_starter_item(&clip.item) && self.content_item_exists(&clip.item) } else { is_recordable(&clip.message_id) };
            let key = if is_item { clip.item.clone() } else { clip.message_id.clone() };
            if !known || !is_media_hash(&clip.sha256) || !seen.insert(key) {
                report.skipped += 1;
                continue;
            }
            let here = if is_item {
                self.store().content_language(&language_id(&lang, &clip.item))?.and_then(|r| r.voice)
            } else {
                self.store().prompt_clip(&clip_id(&lang, &clip.message_id))?
            };
            match here {
                Some(hash) if hash == clip.sha256 => {
                    report.already_here += 1;
                    continue;
                }
                Some(_) => {
                    report.kept_own += 1;
                    continue;
                }
                None => {}
            }
            let Some(ogg) = read_entry(&mut archive, &format!("clips/{}.ogg", clip.sha256), MAX_CLIP_BYTES)? else {
                report.skipped += 1;
                continue;
            };
            let decoded = if sha256_hex(&ogg) == clip.sha256 { audio::decode_ogg_opus(&ogg).ok() } else { None };
            let Some(pcm) = decoded.filter(|pcm| pcm.seconds() > 0.0 && pcm.seconds() <= audio::MAX_SECONDS + 1.0) else {
                report.skipped += 1;
                continue;
            };
            let hash = self.replica().keep_file(&ogg)?;
            if self.store().media(&hash)?.is_none() {
                drafts.push(MediaDraft::new(&hash, &owner).mime("audio/ogg").byte_len(ogg.len() as i64).into());
            }
            let duration_ms = (pcm.seconds() * 1000.0).round() as i64;
            drafts.push(if is_item {
                ContentLanguageDraft::new(language_id(&lang, &clip.item), &cafe)
                    .item(clip.item.as_str())
                    .lang(lang.as_str())
                    .voice(Some(hash))
                    .voice_ms(duration_ms)
                    .deleted(false)
                    .into()
            } else {
                PromptClipDraft::new(clip_id(&lang, &clip.message_id), &cafe).voice(hash).duration_ms(duration_ms).deleted(false).into()
            });
            report.added += 1;
        }
        self.record(drafts)?;
        Ok(report)
    }
}
