//! Importing a photo from a file or the camera: refuse what is not a picture, what is
//! damaged and what would blow up in memory (decompression bombs), turn it upright
//! from its EXIF orientation, and make a bounded full-size JPEG and a square thumbnail.

use std::io::Cursor;

use fast_image_resize::images::Image as ResizeTarget;
use fast_image_resize::{FilterType, PixelType, ResizeAlg, ResizeOptions, Resizer};
use image::{DynamicImage, ImageDecoder, ImageReader, Limits, RgbImage};

use crate::error::{Error, ErrorKind, Result};

use super::MAX_IMPORT_BYTES;

/// Longest side of the stored photo: enough for a full-screen tablet view.
pub const FULL_MAX_SIDE: u32 = 1600;
/// Side of the square thumbnail on the wall of faces.
pub const THUMB_SIDE: u32 = 320;
/// Widest or tallest picture we agree to decode (a 12 MP phone photo is 4000×3000).
pub const MAX_DECODE_SIDE: u32 = 12_000;
/// Most pixels we agree to decode: 50 MP, four times a good phone camera.
pub const MAX_DECODE_PIXELS: u64 = 50_000_000;
/// Memory the decoder may allocate.
pub const MAX_DECODE_BYTES: u64 = 512 * 1024 * 1024;

#[derive(Debug, Clone)]
pub struct EncodedImage {
    pub bytes: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

#[derive(Debug, Clone)]
pub struct ImportedPhoto {
    pub full: EncodedImage,
    pub thumb: EncodedImage,
}

fn unreadable(e: impl std::fmt::Display) -> Error {
    Error::new(ErrorKind::ImageUnreadable, e.to_string())
}

pub fn import_photo(bytes: &[u8]) -> Result<ImportedPhoto> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(Error::new(ErrorKind::ImageTooLarge, format!("{} bytes", bytes.len())));
    }
    if bytes.is_empty() {
        return Err(unreadable("empty file"));
    }
    let reader = ImageReader::new(Cursor::new(bytes)).with_guessed_format().map_err(unreadable)?;
    if reader.format().is_none() {
        return Err(unreadable("not a picture format we know"));
    }
    if reader.format() == Some(image::ImageFormat::Jpeg) && !has_jpeg_end(bytes) {
        // The JPEG decoder fills a cut-off photo with grey instead of failing; a photo
        // that stopped arriving halfway is damaged, and we say so.
        return Err(unreadable("JPEG without an end marker: the file is cut off"));
    }
    let (mut img, orientation) = match reader.format() {
        Some(image::ImageFormat::Jpeg) => match decode_jpeg_shrunk(bytes, FULL_MAX_SIDE)? {
            Some(decoded) => decoded,
            None => decode_whole(reader)?,
        },
        _ => decode_whole(reader)?,
    };
    img.apply_orientation(orientation);
    // Photos are stored as RGB JPEGs; any alpha or 16-bit depth goes here, once.
    let img = img.into_rgb8();

    let mut resizer = Resizer::new();
    let (w, h) = fit_within(img.width(), img.height(), FULL_MAX_SIDE);
    let full = if (w, h) == img.dimensions() { img } else { resize(&mut resizer, &img, w, h, false)? };
    // The thumbnail comes from the bounded photo: a 320-pixel square needs no more.
    let thumb = resize(&mut resizer, &full, THUMB_SIDE, THUMB_SIDE, true)?;
    Ok(ImportedPhoto { full: encode_jpeg(&full, 85)?, thumb: encode_jpeg(&thumb, 80)? })
}

/// The size of a `w`×`h` picture shrunk to fit in a `side`×`side` square (never grown).
fn fit_within(w: u32, h: u32, side: u32) -> (u32, u32) {
    if w <= side && h <= side {
        return (w, h);
    }
    let scale = f64::from(side) / f64::from(w.max(h));
    let shrink = |d: u32| ((f64::from(d) * scale).round() as u32).clamp(1, side);
    (shrink(w), shrink(h))
}

/// Lanczos3 resize of an RGB picture to exactly `w`×`h`; `fill` crops the middle of the
/// source to that shape first (the thumbnail square) instead of needing the same shape.
fn resize(resizer: &mut Resizer, src: &RgbImage, w: u32, h: u32, fill: bool) -> Result<RgbImage> {
    let failed = |e: &dyn std::fmt::Display| Error::new(ErrorKind::Storage, format!("resize: {e}"));
    let mut target = ResizeTarget::new(w, h, PixelType::U8x3);
    let mut options = ResizeOptions::new().resize_alg(ResizeAlg::Convolution(FilterType::Lanczos3));
    if fill {
        options = options.fit_into_destination(None);
    }
    resizer.resize(src, &mut target, &options).map_err(|e| failed(&e))?;
    RgbImage::from_raw(w, h, target.into_vec()).ok_or_else(|| failed(&"buffer of the wrong size"))
}

fn check_dimensions(w: u32, h: u32) -> Result<()> {
    if w > MAX_DECODE_SIDE || h > MAX_DECODE_SIDE || u64::from(w) * u64::from(h) > MAX_DECODE_PIXELS {
        return Err(Error::new(ErrorKind::ImageTooLarge, format!("{w}×{h} pixels")));
    }
    Ok(())
}

/// Decode any supported picture whole, within the limits.
fn decode_whole(reader: ImageReader<Cursor<&[u8]>>) -> Result<(DynamicImage, image::metadata::Orientation)> {
    let mut decoder = reader.into_decoder().map_err(unreadable)?;
    let (w, h) = decoder.dimensions();
    check_dimensions(w, h)?;
    if decoder.total_bytes() > MAX_DECODE_BYTES {
        return Err(Error::new(ErrorKind::ImageTooLarge, format!("{} bytes decoded", decoder.total_bytes())));
    }
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_DECODE_SIDE);
    limits.max_image_height = Some(MAX_DECODE_SIDE);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    decoder.set_limits(limits).map_err(|e| Error::new(ErrorKind::ImageTooLarge, e.to_string()))?;
    // A broken EXIF block must not sink an otherwise good photo: treat it as upright.
    let orientation = decoder.orientation().unwrap_or(image::metadata::Orientation::NoTransforms);
    let img = DynamicImage::from_decoder(decoder).map_err(|e| match e {
        image::ImageError::Limits(_) => Error::new(ErrorKind::ImageTooLarge, e.to_string()),
        other => unreadable(other),
    })?;
    Ok((img, orientation))
}

/// Shrink-on-load: decode a JPEG straight at 1/2, 1/4 or 1/8 of its size (the scaled
/// inverse DCT skips the detail the photo would lose anyway), the smallest that still
/// covers `side` pixels. A 12 MP phone photo decodes at 2000×1500, a quarter of the
/// work. `None` for the rare colour layouts this decoder gives differently (CMYK,
/// 16-bit): those go the whole way.
fn decode_jpeg_shrunk(bytes: &[u8], side: u32) -> Result<Option<(DynamicImage, image::metadata::Orientation)>> {
    use jpeg_decoder::PixelFormat;
    let mut decoder = jpeg_decoder::Decoder::new(Cursor::new(bytes));
    decoder.read_info().map_err(unreadable)?;
    let info = decoder.info().ok_or_else(|| unreadable("no JPEG header"))?;
    check_dimensions(u32::from(info.width), u32::from(info.height))?;
    if !matches!(info.pixel_format, PixelFormat::RGB24 | PixelFormat::L8) {
        return Ok(None);
    }
    decoder.set_max_decoding_buffer_size(MAX_DECODE_BYTES as usize);
    let wanted = side.min(u32::from(u16::MAX)) as u16;
    let (w, h) = decoder.scale(wanted, wanted).map_err(unreadable)?;
    let pixels = decoder.decode().map_err(unreadable)?;
    let orientation =
        decoder.exif_data().and_then(image::metadata::Orientation::from_exif_chunk).unwrap_or(image::metadata::Orientation::NoTransforms);
    let (w, h) = (u32::from(w), u32::from(h));
    let img = match info.pixel_format {
        PixelFormat::RGB24 => image::RgbImage::from_raw(w, h, pixels).map(DynamicImage::ImageRgb8),
        _ => image::GrayImage::from_raw(w, h, pixels).map(DynamicImage::ImageLuma8),
    };
    img.map(|img| Some((img, orientation))).ok_or_else(|| unreadable("JPEG decoded to fewer pixels than its size"))
}

/// Whether a JPEG's end-of-image marker is near its end (cameras may pad after it).
fn has_jpeg_end(bytes: &[u8]) -> bool {
    let tail = &bytes[bytes.len().saturating_sub(4096)..];
    tail.windows(2).any(|w| w == [0xFF, 0xD9])
}

fn encode_jpeg(rgb: &RgbImage, quality: u8) -> Result<EncodedImage> {
    let mut bytes = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, quality)
        .encode_image(rgb)
        .map_err(|e| Error::new(ErrorKind::Storage, format!("jpeg encode: {e}")))?;
    Ok(EncodedImage { bytes, width: rgb.width(), height: rgb.height() })
}
