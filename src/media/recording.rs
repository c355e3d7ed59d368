//! Recording voice: from the microphone (natively), or a file made elsewhere. Every
//! recording is cleaned (silence trimmed, loudness evened, length capped), refused when
//! it holds only silence, and stored as Ogg/Opus.

use super::audio::{self, Pcm};
use super::{recorder, Clip, MediaDraft, MAX_IMPORT_BYTES};
use crate::api::Mestre;
use crate::error::{Error, ErrorKind, Result};

impl Mestre {
    /// Start recording from the microphone (a voice note, a word, a comment, a prompt).
    pub fn start_recording(&mut self) -> Result<()> {
        self.require_signed_in()?;
        if let Some(old) = self.recording.take() {
            // A recording left running (the screen was left) is dropped, not kept.
            let _ = old.stop();
        }
        self.recording = Some(recorder::start()?);
        Ok(())
    }

    /// Seconds recorded so far, or None when nothing is being recorded.
    pub fn recording_seconds(&self) -> Option<f64> {
        self.recording.as_ref().map(|r| r.seconds())
    }

    /// Stop, clean and store the recording; an empty or silent one is refused.
    pub fn stop_recording(&mut self) -> Result<Clip> {
        let recording = self.recording.take().ok_or_else(|| Error::new(ErrorKind::RecordingEmpty, "nothing was being recorded"))?;
        let pcm = recording.stop()?;
        self.store_recording(&pcm)
    }

    /// Store a recording made elsewhere (WAV or Ogg/Opus bytes), cleaned like a live one.
    pub fn import_recording(&mut self, bytes: &[u8]) -> Result<Clip> {
        self.require_signed_in()?;
        if bytes.len() > MAX_IMPORT_BYTES {
            return Err(Error::new(ErrorKind::InvalidInput, "recording too large"));
        }
        let pcm = if bytes.starts_with(b"OggS") { audio::decode_ogg_opus(bytes)? } else { audio::decode_wav(bytes)? };
        self.store_recording(&pcm)
    }

    fn store_recording(&mut self, pcm: &Pcm) -> Result<Clip> {
        let owner = self.require_signed_in()?.person.id.clone();
        let clean = audio::clean(pcm)?;
        let bytes = audio::encode_ogg_opus(&clean)?;
        let hash = self.replica().keep_file(&bytes)?;
        if self.store().media(&hash)?.is_none() {
            self.record(vec![MediaDraft::new(&hash, &owner).mime("audio/ogg").byte_len(bytes.len() as i64).into()])?;
        }
        Ok(Clip { voice: hash, duration_ms: (clean.seconds() * 1000.0).round() as i64 })
    }
}
