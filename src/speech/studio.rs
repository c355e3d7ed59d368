//! What the speaker plays, with the clips recorded in the app first; and the recording
//! studio where mentors and volunteers record any prompt in any language.

use base64::Engine;

use super::{strip_isolation, PromptClipDraft, PromptStatus, Speech, SpeechRequest};
use crate::api::Mestre;
use crate::error::{Error, ErrorKind, Result};
use crate::i18n::{locales, MESSAGE_IDS, MESSAGE_VARIABLES};
use crate::media::Clip;

/// The id of the clip of `message_id` in `lang`.
fn clip_id(lang: &str, message_id: &str) -> String {
    format!("{lang}/{message_id}")
}

impl Mestre {
    /// Say message `request.id`: a clip recorded in the app comes first, then the
    /// order of [`Speaker`](super::Speaker) (shipped clip, text-to-speech, Norwegian, a
    /// visible hint).
    pub fn speak(&self, request: &SpeechRequest) -> Speech {
        if request.args.is_empty() {
            if let Some(ogg) = self.recorded_prompt(&request.lang, &request.id) {
                return Speech {
                    text: strip_isolation(&self.localizer().format(&request.lang, &request.id, &[])),
                    spoken_lang: Some(request.lang.clone()),
                    audio_base64: Some(base64::engine::general_purpose::STANDARD.encode(ogg)),
                    mime: "audio/ogg".into(),
                };
            }
        }
        self.speaker().speak(self.localizer(), request)
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

    /// Every prompt a voice can be recorded for (those without variables), and whether
    /// `lang` has one recorded in the app. Mentors only.
    pub fn studio_prompts(&self, lang: &str) -> Result<Vec<PromptStatus>> {
        self.require_mentor()?;
        let recorded = self.recorded_prompts(lang)?;
        Ok(MESSAGE_VARIABLES
            .iter()
            .filter(|(id, vars)| vars.is_empty() && !id.starts_with("format-") && *id != "app-name")
            .map(|(id, _)| PromptStatus { id: id.to_string(), recorded: recorded.iter().any(|r| r == id) })
            .collect())
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
        match self.media().get(&hash) {
            Ok(bytes) => Some(bytes),
            // Not arrived yet is normal right after a sync; anything else is worth a line.
            Err(e) if e.kind == ErrorKind::NotFound => None,
            Err(e) => {
                log::warn!("recorded prompt {lang}/{message_id}: {e}");
                None
            }
        }
    }
}
