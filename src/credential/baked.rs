//! A credential baked into a badge picture (Open Badges 3.0 "baking"): the signed JSON in
//! an `iTXt` chunk with the keyword `openbadgecredential`, so the PNG is the credential.

use super::invalid;
use crate::error::Result;

pub const KEYWORD: &str = "openbadgecredential";

/// `picture` (an SVG) drawn at `side` pixels as a PNG with `credential` baked in.
pub fn bake(picture: &[u8], side: u32, credential: &str) -> Result<Vec<u8>> {
    let tree = usvg::Tree::from_data(picture, &usvg::Options::default()).map_err(|e| invalid(format!("badge picture: {e}")))?;
    let mut pixmap = resvg::tiny_skia::Pixmap::new(side, side).ok_or_else(|| invalid("badge size"))?;
    let scale = side as f32 / tree.size().width().max(tree.size().height());
    resvg::render(&tree, resvg::tiny_skia::Transform::from_scale(scale, scale), &mut pixmap.as_mut());
    let mut out = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut out, side, side);
        encoder.set_color(png::ColorType::Rgba);
        encoder.set_depth(png::BitDepth::Eight);
        encoder.add_itxt_chunk(KEYWORD.to_string(), credential.to_string()).map_err(|e| invalid(format!("baking: {e}")))?;
        let mut writer = encoder.write_header().map_err(|e| invalid(format!("baking: {e}")))?;
        // tiny-skia keeps premultiplied alpha; PNG wants it straight.
        let straight: Vec<u8> = pixmap
            .pixels()
            .iter()
            .flat_map(|p| {
                let c = p.demultiply();
                [c.red(), c.green(), c.blue(), c.alpha()]
            })
            .collect();
        writer.write_image_data(&straight).map_err(|e| invalid(format!("baking: {e}")))?;
    }
    Ok(out)
}

/// The credential baked into a PNG, if any.
pub fn unbake(png_bytes: &[u8]) -> Result<String> {
    let decoder = png::Decoder::new(std::io::Cursor::new(png_bytes));
    let reader = decoder.read_info().map_err(|e| invalid(format!("not a PNG: {e}")))?;
    reader
        .info()
        .utf8_text
        .iter()
        .find(|chunk| chunk.keyword == KEYWORD)
        .and_then(|chunk| chunk.get_text().ok())
        .ok_or_else(|| invalid("no credential baked in this PNG"))
}
