//! Everything Mestre prints: PDFs made in the core (the webview can neither save nor
//! print one reliably), on pages laid out by [`layout`] and saved or sent to a printer
//! by [`output`], through the façade's verbs in `print`. One file per document: the week
//! menu ([`menu`]) and a recipe card ([`recipe_card`]), made of shared [`pieces`]; labels,
//! certificates and monthly reports join them here.

pub mod layout;
pub mod menu;
pub mod output;
pub mod pieces;
mod print;
pub mod recipe_card;

pub use output::PrintedPdf;
