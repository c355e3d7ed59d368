//! Pieces several prints share: the bundled pictures (recipe drawings, allergen
//! pictograms, the food pictures of labels), a dish's picture, and a text in the working language with the second
//! language under it.

use super::layout::Sheet;
use crate::api::Mestre;
use crate::recipes::{Bilingual, RecipeCard};

include!(concat!(env!("OUT_DIR"), "/print_pictures.rs"));

/// The SVG of a recipe picture of the pack.
pub fn recipe_picture(name: &str) -> Option<&'static [u8]> {
    RECIPE_PICTURES.iter().find(|(n, _)| *n == name).map(|(_, svg)| *svg)
}

/// The SVG pictogram of an allergen.
pub fn allergen_picture(name: &str) -> Option<&'static [u8]> {
    ALLERGEN_PICTURES.iter().find(|(n, _)| *n == name).map(|(_, svg)| *svg)
}

/// The SVG of a food's picture on a label: a word picture of the pack, else a recipe
/// picture (cooked rice).
pub fn food_picture(name: &str) -> Option<&'static [u8]> {
    FOOD_PICTURES.iter().find(|(n, _)| *n == name).map(|(_, svg)| *svg).or_else(|| recipe_picture(name))
}

/// The names of the word pictures a label can print for a food (the zones' left out).
pub fn food_picture_names() -> impl Iterator<Item = &'static str> {
    FOOD_PICTURES.iter().map(|(n, _)| *n).filter(|n| !["refrigerator", "freezer", "shelf"].contains(n))
}

/// The SVG of a picture of the app (`assets/pictures`): an aim's picture on a certificate.
pub fn ui_picture(name: &str) -> Option<&'static [u8]> {
    UI_PICTURES.iter().find(|(n, _)| *n == name).map(|(_, svg)| *svg)
}

/// `work`, and `second` under it when there is a second language and it says something else.
pub(crate) fn lines(text: &Bilingual, second: bool) -> (String, Option<String>) {
    let other = (second && text.home != text.work && !text.home.is_empty()).then(|| text.home.clone());
    (text.work.clone(), other)
}

/// A dish's picture: its photo, else its pack picture.
pub(crate) fn dish_picture(me: &Mestre, sheet: &mut Sheet, card: &RecipeCard, x: f32, y: f32, side: f32) {
    let photo = card.photo_thumb.as_ref().and_then(|hash| me.media().get(hash).ok());
    if let Some(jpeg) = photo {
        if sheet.jpeg_at(jpeg, x, y, side, side).is_ok() {
            return;
        }
    }
    if let Some(svg) = card.picture.as_deref().and_then(recipe_picture) {
        sheet.svg_at(svg, x, y, side, side);
    }
}
