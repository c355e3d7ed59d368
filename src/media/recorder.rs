//! Recording from the microphone natively, with cpal (ALSA → PulseAudio on Linux, the
//! platform APIs on Android, iOS and Windows). Chosen over the webview because on this
//! Linux WebKitGTK's MediaRecorder records nothing and getUserMedia drops the first
//! seconds; native capture starts at once. "No microphone" and "microphone busy" are
//! ordinary answers here, not crashes.

use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use cpal::traits::{DeviceTrait, HostTrait, StreamTrait};

use super::audio::{Pcm, MAX_SECONDS};
use crate::error::{Error, ErrorKind, Result};

/// A recording in progress; [`Recording::stop`] returns what was heard.
pub struct Recording {
    stop: mpsc::Sender<()>,
    thread: JoinHandle<Result<Pcm>>,
    /// Samples heard so far and their rate: how long she has been speaking.
    heard: Arc<Mutex<(usize, u32)>>,
}

fn busy(e: impl std::fmt::Display) -> Error {
    Error::new(ErrorKind::MicrophoneBusy, e.to_string())
}

/// Start recording from the default microphone; it stops by itself after [`MAX_SECONDS`].
pub fn start() -> Result<Recording> {
    let (stop, stopped) = mpsc::channel::<()>();
    let (started, start_result) = mpsc::channel::<Result<()>>();
    let heard = Arc::new(Mutex::new((0usize, 0u32)));
    let heard_by_stream = heard.clone();
    // cpal streams may not move between threads: the stream lives and dies on this one.
    let thread = std::thread::spawn(move || {
        let samples = Arc::new(Mutex::new(Vec::<f32>::new()));
        let opened = open_stream(samples.clone(), heard_by_stream);
        let (stream, rate) = match opened {
            Ok(s) => s,
            Err(e) => {
                let _ = started.send(Err(e.clone()));
                return Err(e);
            }
        };
        let _ = started.send(Ok(()));
        let _ = stopped.recv_timeout(Duration::from_secs_f64(MAX_SECONDS));
        drop(stream);
        let samples = std::mem::take(&mut *samples.lock().unwrap_or_else(|p| p.into_inner()));
        Ok(Pcm { rate, samples })
    });
    match start_result.recv() {
        Ok(Ok(())) => Ok(Recording { stop, thread, heard }),
        Ok(Err(e)) => Err(e),
        Err(_) => Err(busy("the recording thread ended early")),
    }
}

impl Recording {
    /// Seconds recorded so far (for the timer on screen).
    pub fn seconds(&self) -> f64 {
        let (n, rate) = *self.heard.lock().unwrap_or_else(|p| p.into_inner());
        if rate == 0 {
            0.0
        } else {
            n as f64 / rate as f64
        }
    }

    pub fn stop(self) -> Result<Pcm> {
        let _ = self.stop.send(());
        self.thread.join().map_err(|_| busy("the recording thread failed"))?
    }
}

fn open_stream(sink: Arc<Mutex<Vec<f32>>>, heard: Arc<Mutex<(usize, u32)>>) -> Result<(cpal::Stream, u32)> {
    let host = cpal::default_host();
    let device = host.default_input_device().ok_or_else(|| Error::new(ErrorKind::MicrophoneMissing, "no input device"))?;
    let supported = device.default_input_config().map_err(|e| Error::new(ErrorKind::MicrophoneMissing, e.to_string()))?;
    let config = supported.config();
    let channels = config.channels.max(1) as usize;
    let rate = config.sample_rate;
    heard.lock().unwrap_or_else(|p| p.into_inner()).1 = rate;
    let errors = |e: cpal::Error| eprintln!("mestre: microphone: {e}");
    macro_rules! stream_of {
        ($t:ty, $to_f32:expr) => {{
            let (sink, heard) = (sink.clone(), heard.clone());
            device.build_input_stream::<$t, _, _>(
                config.clone(),
                move |data: &[$t], _| {
                    let mut out = sink.lock().unwrap_or_else(|p| p.into_inner());
                    out.extend(data.chunks(channels).map(|frame| frame.iter().map(|s| $to_f32(*s)).sum::<f32>() / channels as f32));
                    heard.lock().unwrap_or_else(|p| p.into_inner()).0 = out.len();
                },
                errors,
                None,
            )
        }};
    }
    let stream = match supported.sample_format() {
        cpal::SampleFormat::F32 => stream_of!(f32, |s: f32| s),
        cpal::SampleFormat::I16 => stream_of!(i16, |s: i16| s as f32 / 32768.0),
        cpal::SampleFormat::U16 => stream_of!(u16, |s: u16| (s as f32 - 32768.0) / 32768.0),
        cpal::SampleFormat::I32 => stream_of!(i32, |s: i32| s as f32 / 2147483648.0),
        other => return Err(busy(format!("unsupported sample format {other:?}"))),
    }
    .map_err(busy)?;
    stream.play().map_err(busy)?;
    Ok((stream, rate))
}
