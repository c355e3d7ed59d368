//! What the speaker plays, with the clips recorded in the app first; reading a written
//! comment aloud; and the recording studio, where mentors and volunteers record any
//! prompt in any language — most heard first, with each language's progress.

use super::{strip_isolation, LanguageProgress, PromptClipDraft, PromptStatus, Speech, SpeechRequest};
use crate::api::Mestre;
use crate::error::{Error, ErrorKind, Result};
use crate::i18n::{locales, LOCALES, MESSAGE_IDS, MESSAGE_VARIABLES};
use crate::media::Clip;

/// The longest text read aloud at once (a long comment is read in part).
const MAX_TEXT_CHARS: usize = 2000;

/// The id of the clip of `message_id` in `lang`.
pub(super) fn clip_id(lang: &str, message_id: &str) -> String {
    format!("{lang}/{message_id}")
}

/// Whether a voice can be recorded for a message: one without variables, and not a
/// format pattern or the app's own name.
pub(super) fn is_recordable(id: &str) -> bool {
    MESSAGE_VARIABLES.iter().any(|(m, vars)| *m == id && vars.is_empty()) && !id.starts_with("format-") && id != "app-name"
}

impl Mestre {
    /// Say message `request.id`: a clip recorded in the app comes first, then the
    /// order of [`Speaker`](super::Speaker) (shipped clip, text-to-speech, Norwegian).
    /// Each prompt heard is counted on this device, for the studio's order.
    pub fn speak(&mut self, request: &SpeechRequest) -> Speech {
        if MESSAGE_IDS.contains(&request.id.as_str()) {
            if let Err(e) = self.store_mut().note_heard(&request.id) {
                log::warn!("counting a prompt heard: {e}");
            }
        }
        if request.args.is_empty() {
            if let Some(ogg) = self.recorded_prompt(&request.lang, &request.id) {
                let text = strip_isolation(&self.localizer().format(&request.lang, &request.id, &[]));
                return Speech::recorded(text, &request.lang, &ogg);
            }
        }
        let work_lang = self.work_language().unwrap_or_else(|e| {
            log::warn!("reading the café's language: {e}");
            locales::REFERENCE
        });
        self.speaker().speak(self.localizer(), request, work_lang)
    }

    /// Read a written text aloud in `lang` (a mentor's comment, in the working language).
    pub fn speak_text(&self, lang: &str, text: &str) -> Result<Speech> {
        if !locales::is_supported(lang) {
            return Err(Error::invalid(format!("unsupported language {lang}")));
        }
        let text: String = text.chars().take(MAX_TEXT_CHARS).collect();
        Ok(self.speaker().speak_text(lang, &text))
    }

    /// A mentor (or volunteer) records the clip for a prompt in a language.
    pub fn save_prompt_clip(&mut self, lang: &str, message_id: &str, clip: &Clip) -> Result<()> {
        let mentor = self.require_mentor()?.person.id.clone();
        if !locales::is_supported(lang) || !MESSAGE_IDS.contains(&message_id) {
            return Err(Error::invalid("no such prompt"));
        }
        if self.store().media(&clip.voice)?.is_none() {
            return Err(Error::new(ErrorKind::NotFound, "recording not stored"));
        }
        let cafe = self.store().cafe()?.map(|c| c.id).unwrap_or(mentor);
        self.record(vec![PromptClipDraft::new(clip_id(lang, message_id), cafe)
            .voice(clip.voice.clone())
            .duration_ms(clip.duration_ms)
            .deleted(false)
            .into()])?;
        Ok(())
    }

    /// Every prompt a voice can be recorded for, whether `lang` has one recorded in the
    /// app, most heard first. Mentors only.
    pub fn studio_prompts(&self, lang: &str) -> Result<Vec<PromptStatus>> {
        self.require_mentor()?;
        let recorded = self.recorded_prompts(lang)?;
        let heard = self.store().heard_counts()?;
        let mut prompts: Vec<PromptStatus> = MESSAGE_VARIABLES
            .iter()
            .map(|(id, _)| *id)
            .filter(|id| is_recordable(id))
            .map(|id| PromptStatus {
                id: id.to_string(),
                recorded: recorded.iter().any(|r| r == id),
                heard: heard.get(id).copied().unwrap_or(0),
            })
            .collect();
        prompts.sort_by(|a, b| b.heard.cmp(&a.heard).then_with(|| a.id.cmp(&b.id)));
        Ok(prompts)
    }

    /// For every language: how many prompts have a voice recorded in the app, of how
    /// many. Mentors only.
    pub fn studio_progress(&self) -> Result<Vec<LanguageProgress>> {
        self.require_mentor()?;
        let total = MESSAGE_VARIABLES.iter().filter(|(id, _)| is_recordable(id)).count() as u32;
        let mut out = Vec::new();
        for locale in LOCALES {
            let recorded = self.recorded_prompts(locale.tag)?.iter().filter(|id| is_recordable(id)).count() as u32;
            out.push(LanguageProgress { tag: locale.tag.to_string(), recorded, total, has_synthetic_voice: locale.speech_voice.is_some() });
        }
        Ok(out)
    }

    /// Message ids of `lang` that have a clip recorded in the app.
    pub fn recorded_prompts(&self, lang: &str) -> Result<Vec<String>> {
        Ok(self.store().prompt_clips(lang)?.into_iter().map(|(id, _)| id).collect())
    }

    /// The recorded clip (Ogg/Opus) for a prompt, if a mentor recorded one. A clip that
    /// cannot be read is logged and skipped: the next voice in line speaks instead.
    fn recorded_prompt(&self, lang: &str, message_id: &str) -> Option<Vec<u8>> {
        let hash = match self.store().prompt_clip(&clip_id(lang, message_id)) {
            Ok(found) => found?,
            Err(e) => {
                log::warn!("recorded prompt {lang}/{message_id}: {e}");
                return None;
            }
        };
        self.recorded_bytes(&hash)
    }

    /// The bytes of a recording made in the app (a prompt's, a content item's), if this
    /// device has them. One that cannot be read is logged and skipped: the next voice in
    /// line speaks instead.
    pub(crate) fn recorded_bytes(&self, hash: &str) -> Option<Vec<u8>> {
        match self.media().get(hash) {
            Ok(bytes) => Some(bytes),
            // Not arrived yet is normal right after a sync; anything else is worth a line.
            Err(e) if e.kind == ErrorKind::NotFound => None,
            Err(e) => {
                log::warn!("recording {hash}: {e}");
                None
            }
        }
    }
}
