//! Voice notes and recorded prompts: clean up what the microphone gave (trim the silence
//! at the ends, bring the voice to one loudness, cap the length), refuse an empty or
//! silent recording, and store it compactly as Ogg/Opus (about 3 KB a second of speech,
//! a twentieth of WAV). Decoding is here too, to check stored clips and for tests.

use std::io::Cursor;

use ogg::writing::PacketWriteEndInfo;

use crate::error::{Error, ErrorKind, Result};

/// Mono samples in -1.0..=1.0 at `rate` Hz.
#[derive(Debug, Clone, PartialEq)]
pub struct Pcm {
    pub rate: u32,
    pub samples: Vec<f32>,
}

impl Pcm {
    pub fn seconds(&self) -> f64 {
        if self.rate == 0 {
            0.0
        } else {
            self.samples.len() as f64 / self.rate as f64
        }
    }

    /// Root-mean-square level in dBFS (−∞ for silence shows as −120).
    pub fn rms_db(&self) -> f64 {
        rms_db(&self.samples)
    }
}

fn rms_db(samples: &[f32]) -> f64 {
    if samples.is_empty() {
        return -120.0;
    }
    let mean = samples.iter().map(|s| (*s as f64) * (*s as f64)).sum::<f64>() / samples.len() as f64;
    if mean <= 1e-12 {
        -120.0
    } else {
        10.0 * mean.log10()
    }
}

/// Longest voice note or prompt we keep; longer recordings are cut here.
pub const MAX_SECONDS: f64 = 120.0;
/// A recording whose loudest moment is quieter than this holds no voice.
pub const QUIETEST_VOICE_DB: f64 = -50.0;
/// Windows this far below the loudest one (or below the noise floor) count as silence,
/// so a quiet speaker far from the tablet is trimmed as well as a loud one.
const SILENCE_BELOW_PEAK_DB: f64 = 30.0;
const NOISE_FLOOR_DB: f64 = -55.0;
/// Loudness voices are brought to, and the highest peak allowed.
pub const TARGET_RMS_DB: f64 = -20.0;
pub const PEAK_LIMIT: f32 = 0.89; // −1 dBFS
/// Less voice than this is not a recording.
pub const MIN_VOICE_SECONDS: f64 = 0.25;
/// Silence kept before the first and after the last word, so nothing is clipped.
const PADDING_SECONDS: f64 = 0.12;
const WINDOW_SECONDS: f64 = 0.02;
/// Opus works at 16 kHz for speech: wideband, small files.
pub const STORE_RATE: u32 = 16_000;
const FRAME: usize = 320; // 20 ms at 16 kHz
const BITRATE: i32 = 24_000;

fn empty(detail: &str) -> Error {
    Error::new(ErrorKind::RecordingEmpty, detail.to_string())
}

/// Trim, normalise and cap a recording; an empty or silent one is refused.
pub fn clean(pcm: &Pcm) -> Result<Pcm> {
    if pcm.rate == 0 || pcm.samples.is_empty() {
        return Err(empty("no samples"));
    }
    let window = ((pcm.rate as f64 * WINDOW_SECONDS) as usize).max(1);
    let levels: Vec<f64> = pcm.samples.chunks(window).map(rms_db).collect();
    let loudest = levels.iter().copied().fold(f64::MIN, f64::max);
    if loudest < QUIETEST_VOICE_DB {
        return Err(empty("only silence"));
    }
    let silence = NOISE_FLOOR_DB.max(loudest - SILENCE_BELOW_PEAK_DB);
    let loud: Vec<bool> = levels.iter().map(|db| *db > silence).collect();
    let voiced = loud.iter().filter(|l| **l).count() as f64 * WINDOW_SECONDS;
    if voiced < MIN_VOICE_SECONDS {
        return Err(empty("only silence"));
    }
    let first = loud.iter().position(|l| *l).expect("some window is loud");
    let last = loud.iter().rposition(|l| *l).expect("some window is loud");
    let pad = (pcm.rate as f64 * PADDING_SECONDS) as usize;
    let start = (first * window).saturating_sub(pad);
    let end = ((last + 1) * window + pad).min(pcm.samples.len());
    let max_len = (pcm.rate as f64 * MAX_SECONDS) as usize;
    let mut samples = pcm.samples[start..end.min(start + max_len)].to_vec();

    // Loudness of the voiced parts only (within 20 dB of the loudest), so pauses and the
    // room's noise do not change how loud she ends up.
    let voiced_samples: Vec<f32> = samples.chunks(window).filter(|w| rms_db(w) > loudest - 20.0).flatten().copied().collect();
    let gain_for_target = 10f64.powf((TARGET_RMS_DB - rms_db(&voiced_samples)) / 20.0) as f32;
    let peak = samples.iter().fold(0f32, |m, s| m.max(s.abs())).max(1e-6);
    let gain = gain_for_target.min(PEAK_LIMIT / peak);
    for s in &mut samples {
        *s = (*s * gain).clamp(-1.0, 1.0);
    }
    Ok(Pcm { rate: pcm.rate, samples })
}

/// Linear resampling: plenty for speech going to a 16 kHz voice codec.
pub fn resample(pcm: &Pcm, rate: u32) -> Pcm {
    if pcm.rate == rate || pcm.samples.is_empty() {
        return Pcm { rate, samples: pcm.samples.clone() };
    }
    let ratio = pcm.rate as f64 / rate as f64;
    let len = (pcm.samples.len() as f64 / ratio).floor() as usize;
    let samples = (0..len)
        .map(|i| {
            let pos = i as f64 * ratio;
            let j = pos.floor() as usize;
            let frac = (pos - j as f64) as f32;
            let a = pcm.samples[j];
            let b = *pcm.samples.get(j + 1).unwrap_or(&a);
            a + (b - a) * frac
        })
        .collect();
    Pcm { rate, samples }
}

fn codec(e: impl std::fmt::Display) -> Error {
    Error::new(ErrorKind::Storage, format!("opus: {e}"))
}

/// Encode as Ogg/Opus (RFC 7845), mono, 16 kHz input, 24 kbit/s.
pub fn encode_ogg_opus(pcm: &Pcm) -> Result<Vec<u8>> {
    let pcm = resample(pcm, STORE_RATE);
    let mut encoder = opus::Encoder::new(STORE_RATE, opus::Channels::Mono, opus::Application::Voip).map_err(codec)?;
    encoder.set_bitrate(opus::Bitrate::Bits(BITRATE)).map_err(codec)?;
    // Granule positions count 48 kHz samples whatever the input rate.
    let scale = 48_000 / STORE_RATE as u64;
    let pre_skip = encoder.get_lookahead().map_err(codec)? as u64 * scale;

    let mut out = Vec::new();
    let serial = 0x4d65_7374; // "Mest"
    {
        let mut w = ogg::writing::PacketWriter::new(&mut out);
        let mut head = b"OpusHead".to_vec();
        head.push(1); // version
        head.push(1); // channels
        head.extend_from_slice(&(pre_skip as u16).to_le_bytes());
        head.extend_from_slice(&STORE_RATE.to_le_bytes());
        head.extend_from_slice(&0i16.to_le_bytes()); // output gain
        head.push(0); // mapping family
        w.write_packet(head, serial, PacketWriteEndInfo::EndPage, 0).map_err(codec)?;
        let vendor = b"Mestre";
        let mut tags = b"OpusTags".to_vec();
        tags.extend_from_slice(&(vendor.len() as u32).to_le_bytes());
        tags.extend_from_slice(vendor);
        tags.extend_from_slice(&0u32.to_le_bytes());
        w.write_packet(tags, serial, PacketWriteEndInfo::EndPage, 0).map_err(codec)?;

        let frames: Vec<&[f32]> = pcm.samples.chunks(FRAME).collect();
        let total48 = pcm.samples.len() as u64 * scale;
        let mut packet = vec![0u8; 4000];
        for (i, chunk) in frames.iter().enumerate() {
            let mut frame = [0f32; FRAME];
            frame[..chunk.len()].copy_from_slice(chunk);
            let n = encoder.encode_float(&frame, &mut packet).map_err(codec)?;
            let last = i + 1 == frames.len();
            let granule = if last { pre_skip + total48 } else { pre_skip + (i as u64 + 1) * FRAME as u64 * scale };
            let end = if last {
                PacketWriteEndInfo::EndStream
            } else if (i + 1) % 50 == 0 {
                PacketWriteEndInfo::EndPage
            } else {
                PacketWriteEndInfo::NormalPacket
            };
            w.write_packet(packet[..n].to_vec(), serial, end, granule).map_err(codec)?;
        }
        if frames.is_empty() {
            return Err(empty("nothing to encode"));
        }
    }
    Ok(out)
}

/// Decode an Ogg/Opus file made by [`encode_ogg_opus`] (or any mono Ogg/Opus).
pub fn decode_ogg_opus(bytes: &[u8]) -> Result<Pcm> {
    let bad = |why: &str| Error::new(ErrorKind::AudioUnreadable, format!("not a voice recording: {why}"));
    let mut reader = ogg::reading::PacketReader::new(Cursor::new(bytes));
    let head = reader.read_packet().map_err(|e| bad(&e.to_string()))?.ok_or_else(|| bad("empty"))?;
    if !head.data.starts_with(b"OpusHead") || head.data.len() < 19 {
        return Err(bad("no OpusHead"));
    }
    let pre_skip = u16::from_le_bytes([head.data[10], head.data[11]]) as usize / 3; // 48 kHz → 16 kHz
    reader.read_packet().map_err(|e| bad(&e.to_string()))?; // OpusTags
    let mut decoder = opus::Decoder::new(STORE_RATE, opus::Channels::Mono).map_err(codec)?;
    let mut samples = Vec::new();
    let mut buf = vec![0f32; 5760];
    let mut final_granule = 0;
    while let Some(p) = reader.read_packet().map_err(|e| bad(&e.to_string()))? {
        let n = decoder.decode_float(&p.data, &mut buf, false).map_err(codec)?;
        samples.extend_from_slice(&buf[..n]);
        final_granule = p.absgp_page();
    }
    // The last granule position says how many samples are real (the rest is padding).
    let real = (final_granule as usize / 3).saturating_sub(pre_skip);
    let mut samples: Vec<f32> = samples.into_iter().skip(pre_skip).collect();
    samples.truncate(real);
    Ok(Pcm { rate: STORE_RATE, samples })
}

/// A WAV written to a pipe (espeak-ng --stdout) has placeholder sizes: put the real ones in.
fn with_real_sizes(bytes: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    let Some(data) = bytes.windows(4).position(|w| w == b"data") else { return bytes.into() };
    if bytes.len() < data + 8 || !bytes.starts_with(b"RIFF") {
        return bytes.into();
    }
    let mut fixed = bytes.to_vec();
    let riff = (bytes.len() - 8) as u32;
    let payload = (bytes.len() - data - 8) as u32;
    fixed[4..8].copy_from_slice(&riff.to_le_bytes());
    fixed[data + 4..data + 8].copy_from_slice(&payload.to_le_bytes());
    fixed.into()
}

/// Read a WAV file (any rate, channels mixed to mono).
pub fn decode_wav(bytes: &[u8]) -> Result<Pcm> {
    let bad = |e: hound::Error| Error::new(ErrorKind::AudioUnreadable, format!("not a WAV recording: {e}"));
    let bytes = with_real_sizes(bytes);
    let mut reader = hound::WavReader::new(Cursor::new(&bytes[..])).map_err(bad)?;
    let spec = reader.spec();
    let channels = spec.channels.max(1) as usize;
    let raw: Vec<f32> = match spec.sample_format {
        hound::SampleFormat::Float => reader.samples::<f32>().collect::<Result<_, _>>().map_err(bad)?,
        hound::SampleFormat::Int => {
            let max = (1i64 << (spec.bits_per_sample.clamp(1, 32) - 1)) as f32;
            reader.samples::<i32>().map(|s| s.map(|v| v as f32 / max)).collect::<Result<_, _>>().map_err(bad)?
        }
    };
    let samples = raw.chunks(channels).map(|c| c.iter().sum::<f32>() / channels as f32).collect();
    Ok(Pcm { rate: spec.sample_rate, samples })
}
