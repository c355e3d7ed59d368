//! Everything Mestre prints: PDFs made in the core (the webview can neither save nor
//! print one reliably), on pages laid out by [`layout`] and saved or sent to a printer
//! by [`output`], through the façade's verbs in `print`. One file per document: the week
//! menu ([`menu`]), a recipe card ([`recipe_card`]) and a fridge label ([`label`]), made of
//! shared [`pieces`]; certificates and monthly reports join them here.

pub mod certificate;
pub mod label;
pub mod layout;
pub mod menu;
pub mod monthly;
pub mod output;
pub mod pieces;
mod print;
pub mod recipe_card;

pub use output::PrintedPdf;
