//! Giving every prompt a voice. For a (message, language) the order is: a recorded clip
//! → text-to-speech in that language → Norwegian speech of the same prompt (for
//! languages no voice exists for: Somali, Tigrinya, Pashto) → no sound, and the UI shows
//! the sentence as a visible hint. Never silent without saying so.
//!
//! Text-to-speech on Linux is espeak-ng run as a child process that writes WAV to
//! stdout: robotic but always there (the run command installs it), and its bytes play in
//! WebKitGTK through a Blob, which `<audio src>` from the app's own scheme does not.
//!
//! Mentors and volunteers record prompts in the app ([`studio`]); those clips sync and
//! play before anything else.

mod prompts;
mod voice_pack;

pub use voice_pack::{VoicePackExport, VoicePackImport};

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use base64::Engine;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::changes::Ownership;
use crate::i18n::{locales, FluentArg, Localizer};

crate::synced_table! {
    /// A clip recorded in the app for one prompt in one language. Its id is
    /// `<lang>/<message-id>`, so a prompt recorded again replaces the clip on every device.
    pub table "prompt_clip" (Ownership::Admin) => PromptClipRow, PromptClipDraft {
        voice: Option<String> [media],
        duration_ms: i64,
    }
}

/// A prompt in the recording studio: its message id, whether a clip is recorded in the
/// studio's language, and how often it was heard on this device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PromptStatus {
    pub id: String,
    pub recorded: bool,
    #[ts(type = "number")]
    pub heard: i64,
}

/// How far a language's recorded voice has come: "Somali: 37 of 172".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct LanguageProgress {
    pub tag: String,
    /// Prompts recorded in the app for this language.
    pub recorded: u32,
    /// Prompts that can be recorded.
    pub total: u32,
    /// Whether a synthetic voice can read this language when nothing is recorded.
    pub has_synthetic_voice: bool,
}

include!(concat!(env!("OUT_DIR"), "/speech_clips.rs"));

/// Longest text we hand to the synthesizer.
const MAX_SPOKEN_CHARS: usize = 600;

/// What to say: a message id with its arguments, in a language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct SpeechRequest {
    pub id: String,
    pub lang: String,
    /// Text arguments of the message, e.g. `name`.
    #[serde(default)]
    pub args: Vec<(String, String)>,
}

/// What the UI plays (or shows).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Speech {
    /// The sentence in the language asked for: shown as the hint.
    pub text: String,
    /// The language the audio is in (may be `nb` when hers has no voice), if any audio.
    pub spoken_lang: Option<String>,
    /// WAV audio, base64; none when nothing could speak.
    pub audio_base64: Option<String>,
    pub mime: String,
}

impl Speech {
    /// A recording made in the app (Ogg/Opus) of `text` in `lang`.
    pub(crate) fn recorded(text: String, lang: &str, ogg: &[u8]) -> Self {
        Speech {
            text,
            spoken_lang: Some(lang.to_string()),
            audio_base64: Some(base64::engine::general_purpose::STANDARD.encode(ogg)),
            mime: "audio/ogg".into(),
        }
    }
}

/// Finds or makes the audio for prompts.
#[derive(Debug, Clone)]
pub struct Speaker {
    espeak: Option<PathBuf>,
}

impl Speaker {
    /// Use espeak-ng from PATH if it is installed.
    pub fn detect() -> Self {
        let found =
            std::env::var_os("PATH").and_then(|paths| std::env::split_paths(&paths).map(|p| p.join("espeak-ng")).find(|p| p.is_file()));
        Speaker { espeak: found }
    }

    /// Recorded clips only, no synthesizer (tests, machines without espeak-ng).
    pub fn clips_only() -> Self {
        Speaker { espeak: None }
    }

    pub fn has_synthesizer(&self) -> bool {
        self.espeak.is_some()
    }

    /// Say a message in `request.lang`, or where no voice can, in `work_lang` (the café's
    /// Norwegian or Swedish: what she is learning anyway).
    pub fn speak(&self, localizer: &Localizer, request: &SpeechRequest, work_lang: &str) -> Speech {
        let args: Vec<(&str, FluentArg)> = request.args.iter().map(|(k, v)| (k.as_str(), FluentArg::from(v.clone()))).collect();
        let text_in = |lang: &str| strip_isolation(&localizer.format(lang, &request.id, &args));
        let text = text_in(&request.lang);
        let mut tried = vec![request.lang.as_str()];
        if request.lang != work_lang {
            tried.push(work_lang);
        }
        for lang in tried {
            let audio = if request.args.is_empty() { recorded_clip(lang, &request.id).map(<[u8]>::to_vec) } else { None }
                .or_else(|| self.synthesize(lang, &text_in(lang)));
            if let Some(bytes) = audio {
                let mime = if bytes.starts_with(b"OggS") { "audio/ogg" } else { "audio/wav" };
                return Speech {
                    text,
                    spoken_lang: Some(lang.to_string()),
                    audio_base64: Some(base64::engine::general_purpose::STANDARD.encode(bytes)),
                    mime: mime.into(),
                };
            }
        }
        Speech { text, spoken_lang: None, audio_base64: None, mime: "audio/wav".into() }
    }

    /// Read a text aloud (a mentor's written comment) with the synthetic voice of `lang`.
    pub fn speak_text(&self, lang: &str, text: &str) -> Speech {
        let text = strip_isolation(text);
        match self.synthesize(lang, &text) {
            Some(wav) => Speech {
                spoken_lang: Some(lang.to_string()),
                audio_base64: Some(base64::engine::general_purpose::STANDARD.encode(wav)),
                mime: "audio/wav".into(),
                text,
            },
            None => Speech { text, spoken_lang: None, audio_base64: None, mime: "audio/wav".into() },
        }
    }

    /// WAV from espeak-ng in the voice for `lang`, if there is one and it works.
    pub fn synthesize(&self, lang: &str, text: &str) -> Option<Vec<u8>> {
        let program = self.espeak.as_ref()?;
        let voice = locales::find(lang)?.speech_voice?;
        let text: String = text.chars().take(MAX_SPOKEN_CHARS).collect();
        if text.trim().is_empty() {
            return None;
        }
        let mut child = Command::new(program)
            .args(["-v", voice, "-s", "140", "--stdout", "--stdin"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .ok()?;
        child.stdin.take()?.write_all(text.as_bytes()).ok()?;
        let out = child.wait_with_output().ok()?;
        // A WAV header alone is 44 bytes: anything that short is not speech.
        (out.status.success() && out.stdout.len() > 1000).then_some(out.stdout)
    }
}

/// A shipped recording of message `id` in `lang`.
pub fn recorded_clip(lang: &str, id: &str) -> Option<&'static [u8]> {
    SPEECH_CLIPS.iter().find(|(t, i, _)| *t == lang && *i == id).map(|(_, _, b)| *b)
}

pub(crate) fn strip_isolation(s: &str) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}
