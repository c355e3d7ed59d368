//! Page layout shared by every PDF: a [`Sheet`] flows text, pictures and photos down
//! pages of a fixed size (A4, or a label's exact media size), then writes the PDF.
//!
//! Text is shaped and wrapped by parley with the bundled Noto fonts only (Latin,
//! Arabic, Ethiopic; never the machine's fonts, so a PDF looks the same everywhere), so
//! Arabic is joined and right-to-left and a Norwegian line beside it stays left-to-right;
//! krilla writes the glyphs with their text, so a PDF reader copies (and `pdftotext`
//! extracts) the words in their logical order. SVG pictograms go through krilla-svg,
//! JPEG photos are embedded as they are.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::Arc;

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect, Size, Transform};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::text::{Font, GlyphId, KrillaGlyph};
use krilla::Document;
use krilla_svg::{SurfaceExt, SvgSettings};
use parley::fontique::Blob;
use parley::layout::{Alignment, AlignmentOptions, Layout, PositionedLayoutItem};
use parley::style::{FontFamily, FontFamilyName, FontWeight, LineHeight, StyleProperty};
use parley::{FontContext, LayoutContext};

use crate::error::{Error, ErrorKind, Result};

/// Points per millimetre (a PDF point is 1/72 inch).
pub const PT_PER_MM: f32 = 72.0 / 25.4;
/// A4 portrait, in points.
pub const A4: (f32, f32) = (210.0 * PT_PER_MM, 297.0 * PT_PER_MM);

/// The fonts every PDF uses, in the order parley falls back through them.
static FONTS: [&[u8]; 6] = [
    include_bytes!("../../assets/fonts/NotoSans-Regular.ttf"),
    include_bytes!("../../assets/fonts/NotoSans-Bold.ttf"),
    include_bytes!("../../assets/fonts/NotoSansArabic-Regular.ttf"),
    include_bytes!("../../assets/fonts/NotoSansArabic-Bold.ttf"),
    include_bytes!("../../assets/fonts/NotoSansEthiopic-Regular.ttf"),
    include_bytes!("../../assets/fonts/NotoSansEthiopic-Bold.ttf"),
];
const FAMILIES: [&str; 3] = ["Noto Sans", "Noto Sans Arabic", "Noto Sans Ethiopic"];

pub type Color = rgb::Color;
/// The few colours a print uses, as (red, green, blue).
pub const BLACK: (u8, u8, u8) = (0, 0, 0);
pub const GREY: (u8, u8, u8) = (90, 90, 90);
pub const ACCENT: (u8, u8, u8) = (176, 58, 46);
pub const LIGHT: (u8, u8, u8) = (240, 236, 228);

fn color((r, g, b): (u8, u8, u8)) -> Color {
    rgb::Color::new(r, g, b)
}

/// Where a paragraph sits across its box.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Left for Norwegian, right for Arabic: as the text's own direction says.
    Start,
    Center,
    End,
}

/// How a paragraph looks.
#[derive(Debug, Clone, Copy)]
pub struct TextStyle {
    pub size: f32,
    pub bold: bool,
    pub color: (u8, u8, u8),
    pub align: Align,
}

impl TextStyle {
    pub const fn new(size: f32) -> Self {
        TextStyle { size, bold: false, color: BLACK, align: Align::Start }
    }
    pub const fn bold(self) -> Self {
        TextStyle { bold: true, ..self }
    }
    pub const fn color(self, color: (u8, u8, u8)) -> Self {
        TextStyle { color, ..self }
    }
    pub const fn align(self, align: Align) -> Self {
        TextStyle { align, ..self }
    }
}

/// One thing placed on a page, at page coordinates (points from the top left).
enum Item {
    Text { layout: Box<Layout<Color>>, text: String, x: f32, y: f32 },
    Svg { tree: Box<usvg::Tree>, x: f32, y: f32, w: f32, h: f32 },
    Image { image: krilla::image::Image, x: f32, y: f32, w: f32, h: f32 },
    Box { x: f32, y: f32, w: f32, h: f32, fill: Option<(u8, u8, u8)>, stroke: Option<(u8, u8, u8)> },
}

/// Pages being laid out. Items are collected first (so a paragraph can be measured
/// before it is placed) and drawn when the sheet is finished.
pub struct Sheet {
    width: f32,
    height: f32,
    margin: f32,
    pages: Vec<Vec<Item>>,
    /// Where the next flowing item goes on the last page.
    pub cursor: f32,
    fonts: FontContext,
    layouts: LayoutContext<Color>,
}

impl Sheet {
    /// Pages of `width` × `height` points with `margin` on every side.
    pub fn new(width: f32, height: f32, margin: f32) -> Sheet {
        let mut fonts = FontContext {
            collection: parley::fontique::Collection::new(parley::fontique::CollectionOptions { shared: false, system_fonts: false }),
            source_cache: Default::default(),
        };
        for bytes in FONTS {
            fonts.collection.register_fonts(Blob::new(Arc::new(bytes)), None);
        }
        Sheet { width, height, margin, pages: vec![Vec::new()], cursor: margin, fonts, layouts: LayoutContext::new() }
    }

    pub fn page_width(&self) -> f32 {
        self.width
    }

    /// The width between the margins.
    pub fn content_width(&self) -> f32 {
        self.width - 2.0 * self.margin
    }

    pub fn margin(&self) -> f32 {
        self.margin
    }

    fn bottom(&self) -> f32 {
        self.height - self.margin
    }

    /// Room left on this page below the cursor.
    pub fn room(&self) -> f32 {
        self.bottom() - self.cursor
    }

    /// Start a new page.
    pub fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.cursor = self.margin;
    }

    /// Start a new page unless `height` still fits on this one.
    pub fn keep(&mut self, height: f32) {
        if height > self.room() && self.cursor > self.margin {
            self.new_page();
        }
    }

    pub fn gap(&mut self, height: f32) {
        self.cursor += height;
    }

    /// Shape and wrap `text` to `width`.
    pub fn measure(&mut self, text: &str, style: TextStyle, width: f32) -> (Layout<Color>, f32) {
        let text = &printable(text);
        let families: Vec<FontFamilyName> = FAMILIES.iter().map(|f| FontFamilyName::Named(Cow::Borrowed(*f))).collect();
        let mut builder = self.layouts.ranged_builder(&mut self.fonts, text, 1.0, false);
        builder.push_default(StyleProperty::Brush(color(style.color)));
        builder.push_default(StyleProperty::FontFamily(FontFamily::List(Cow::Owned(families))));
        builder.push_default(StyleProperty::FontSize(style.size));
        builder.push_default(StyleProperty::LineHeight(LineHeight::FontSizeRelative(1.3)));
        if style.bold {
            builder.push_default(StyleProperty::FontWeight(FontWeight::BOLD));
        }
        let mut layout = builder.build(text);
        layout.break_all_lines(Some(width));
        let alignment = match style.align {
            Align::Start => Alignment::Start,
            Align::Center => Alignment::Center,
            Align::End => Alignment::End,
        };
        layout.align(Some(width), alignment, AlignmentOptions::default());
        let height = layout.height();
        (layout, height)
    }

    /// A paragraph at the cursor, across the content width (on a new page if it does not fit).
    pub fn paragraph(&mut self, text: &str, style: TextStyle) -> f32 {
        let text = &printable(text);
        let width = self.content_width();
        let (layout, height) = self.measure(text, style, width);
        self.keep(height);
        let (x, y) = (self.margin, self.cursor);
        self.push(Item::Text { layout: Box::new(layout), text: text.to_string(), x, y });
        self.cursor += height;
        height
    }

    /// A paragraph in a box of `width` at (`x`, `y`) of this page; returns its height.
    pub fn text_at(&mut self, text: &str, style: TextStyle, x: f32, y: f32, width: f32) -> f32 {
        let text = &printable(text);
        let (layout, height) = self.measure(text, style, width);
        self.push(Item::Text { layout: Box::new(layout), text: text.to_string(), x, y });
        height
    }

    /// An SVG picture fitted in a `w` × `h` box. A picture that cannot be read is left
    /// out (a missing pictogram must not stop a menu from printing).
    pub fn svg_at(&mut self, svg: &[u8], x: f32, y: f32, w: f32, h: f32) -> bool {
        match usvg::Tree::from_data(svg, &usvg::Options::default()) {
            Ok(tree) => {
                self.push(Item::Svg { tree: Box::new(tree), x, y, w, h });
                true
            }
            Err(e) => {
                log::warn!("a picture for a PDF could not be read: {e}");
                false
            }
        }
    }

    /// A JPEG photo fitted (cropped to cover) in a `w` × `h` box.
    pub fn jpeg_at(&mut self, jpeg: Vec<u8>, x: f32, y: f32, w: f32, h: f32) -> Result<()> {
        let image = krilla::image::Image::from_jpeg(jpeg.into(), true)
            .map_err(|e| Error::new(ErrorKind::ImageUnreadable, format!("photo for a PDF: {e}")))?;
        self.push(Item::Image { image, x, y, w, h });
        Ok(())
    }

    /// A rectangle, filled and/or outlined.
    pub fn box_at(&mut self, x: f32, y: f32, w: f32, h: f32, fill: Option<(u8, u8, u8)>, stroke: Option<(u8, u8, u8)>) {
        self.push(Item::Box { x, y, w, h, fill, stroke });
    }

    /// A thin line across the content width at the cursor.
    pub fn rule(&mut self) {
        let (x, y, w) = (self.margin, self.cursor, self.content_width());
        self.push(Item::Box { x, y, w, h: 0.8, fill: Some(GREY), stroke: None });
        self.cursor += 0.8;
    }

    fn push(&mut self, item: Item) {
        self.pages.last_mut().expect("a sheet has a page").push(item);
    }

    /// Draw every page and write the PDF, titled and tagged with its language.
    pub fn finish(self, title: &str, lang: &str) -> Result<Vec<u8>> {
        let mut document = Document::new();
        document.set_metadata(
            krilla::metadata::Metadata::new().title(printable(title)).language(lang.to_string()).creator("Mestre".to_string()),
        );
        let mut fonts: HashMap<u64, Font> = HashMap::new();
        let settings = PageSettings::from_wh(self.width, self.height).ok_or_else(|| Error::invalid("page size"))?;
        for items in self.pages {
            let mut page = document.start_page_with(settings.clone());
            let mut surface = page.surface();
            for item in items {
                match item {
                    Item::Text { layout, text, x, y } => draw_text(&mut surface, &layout, &text, x, y, &mut fonts),
                    Item::Svg { tree, x, y, w, h } => {
                        let size = tree.size();
                        let scale = (w / size.width()).min(h / size.height());
                        let (dw, dh) = (size.width() * scale, size.height() * scale);
                        surface.push_transform(&Transform::from_translate(x + (w - dw) / 2.0, y + (h - dh) / 2.0));
                        if let Some(size) = Size::from_wh(dw, dh) {
                            surface.draw_svg(&tree, size, SvgSettings::default());
                        }
                        surface.pop();
                    }
                    Item::Image { image, x, y, w, h } => {
                        let (iw, ih) = image.size();
                        let (iw, ih) = (iw as f32, ih as f32);
                        // Cover the box, centred, and clip what overflows.
                        let scale = (w / iw).max(h / ih);
                        let (dw, dh) = (iw * scale, ih * scale);
                        if let Some(clip) = rect_path(x, y, w, h) {
                            surface.push_clip_path(&clip, &krilla::paint::FillRule::NonZero);
                            surface.push_transform(&Transform::from_translate(x + (w - dw) / 2.0, y + (h - dh) / 2.0));
                            if let Some(size) = Size::from_wh(dw, dh) {
                                surface.draw_image(image, size);
                            }
                            surface.pop();
                            surface.pop();
                        }
                    }
                    Item::Box { x, y, w, h, fill, stroke } => {
                        if let Some(path) = rect_path(x, y, w, h) {
                            surface.set_fill(fill.map(|c| Fill {
                                paint: color(c).into(),
                                opacity: NormalizedF32::ONE,
                                rule: Default::default(),
                            }));
                            surface.set_stroke(stroke.map(|c| Stroke { paint: color(c).into(), width: 0.8, ..Default::default() }));
                            surface.draw_path(&path);
                            surface.set_stroke(None);
                        }
                    }
                }
            }
            surface.finish();
            page.finish();
        }
        document.finish().map_err(|e| Error::new(ErrorKind::Storage, format!("PDF: {e:?}")))
    }
}

/// Text without the invisible isolation marks Fluent puts around arguments: the layout
/// finds each run's direction itself, and the fonts have no glyph for the marks.
pub fn printable(text: &str) -> String {
    text.chars().filter(|c| !matches!(c, '\u{2066}'..='\u{2069}')).collect()
}

fn rect_path(x: f32, y: f32, w: f32, h: f32) -> Option<krilla::geom::Path> {
    let mut builder = PathBuilder::new();
    builder.push_rect(Rect::from_xywh(x, y, w.max(0.1), h.max(0.1))?);
    builder.finish()
}

/// Draw a laid-out paragraph: each run's glyphs in visual order, with the text each
/// glyph stands for.
fn draw_text(
    surface: &mut krilla::surface::Surface<'_>,
    layout: &Layout<Color>,
    text: &str,
    x0: f32,
    y0: f32,
    fonts: &mut HashMap<u64, Font>,
) {
    for line in layout.lines() {
        for item in line.items() {
            let PositionedLayoutItem::GlyphRun(glyph_run) = item else { continue };
            let run = glyph_run.run();
            let font = run.font().clone();
            let (data, id) = font.data.into_raw_parts();
            let krilla_font = match fonts.get(&id) {
                Some(known) => known.clone(),
                None => match Font::new(data.into(), font.index) {
                    Some(loaded) => fonts.entry(id).or_insert(loaded).clone(),
                    None => continue,
                },
            };
            let size = run.font_size();
            let color = glyph_run.style().brush;
            let mut glyphs = Vec::new();
            for cluster in run.visual_clusters() {
                if cluster.is_ligature_continuation() {
                    if let Some(glyph) = glyphs.last_mut() {
                        let glyph: &mut KrillaGlyph = glyph;
                        glyph.text_range.end = glyph.text_range.end.max(cluster.text_range().end);
                        glyph.text_range.start = glyph.text_range.start.min(cluster.text_range().start);
                    }
                    continue;
                }
                for glyph in cluster.glyphs() {
                    glyphs.push(KrillaGlyph::new(
                        GlyphId::new(glyph.id),
                        glyph.advance / size,
                        glyph.x / size,
                        glyph.y / size,
                        0.0,
                        cluster.text_range(),
                        None,
                    ));
                }
            }
            if glyphs.is_empty() {
                continue;
            }
            surface.set_fill(Some(Fill { paint: color.into(), opacity: NormalizedF32::ONE, rule: Default::default() }));
            surface.draw_glyphs(
                Point::from_xy(x0 + glyph_run.offset(), y0 + glyph_run.baseline()),
                &glyphs,
                krilla_font,
                text,
                size,
                false,
            );
        }
    }
}
