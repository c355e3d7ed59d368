//! Her language beside Norwegian. Every caption a trainee sees is said twice: in her
//! language and in the café's working language (Norwegian, or Swedish in a Swedish café),
//! each with its own speaker — she is here to learn the working language at work. Which
//! comes first is hers to choose (her mentor changes it as she learns); a trainee whose
//! language is the working language sees one line.
//!
//! [`Captions`] is that one notion: the UI draws every caption from it, and documents the
//! core makes (certificates, reports) use [`Localizer::captioned`].

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{FluentArg, Localizer};

/// The languages captions are written in, in order: one or two BCP-47 tags.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Captions {
    /// The language written large, on top.
    pub first: String,
    /// The language under it; none when both would be the same.
    pub second: Option<String>,
}

impl Captions {
    /// `her_lang` beside `work_lang`; the working language on top if `work_first`.
    pub fn new(her_lang: &str, work_lang: &str, work_first: bool) -> Self {
        if her_lang == work_lang {
            return Captions { first: her_lang.to_string(), second: None };
        }
        let (first, second) = if work_first { (work_lang, her_lang) } else { (her_lang, work_lang) };
        Captions { first: first.to_string(), second: Some(second.to_string()) }
    }

    /// The languages, first to last.
    pub fn langs(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.first.as_str()).chain(self.second.as_deref())
    }
}

/// One line of a caption: its language and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaptionLine {
    pub lang: String,
    pub text: String,
}

impl Localizer {
    /// Message `id` in every language of `captions`, first to last.
    pub fn captioned(&self, captions: &Captions, id: &str, args: &[(&str, FluentArg)]) -> Vec<CaptionLine> {
        captions.langs().map(|lang| CaptionLine { lang: lang.to_string(), text: self.format(lang, id, args) }).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn her_language_comes_first_unless_she_chose_norwegian_first() {
        assert_eq!(Captions::new("so", "nb", false), Captions { first: "so".into(), second: Some("nb".into()) });
        assert_eq!(Captions::new("so", "nb", true), Captions { first: "nb".into(), second: Some("so".into()) });
        assert_eq!(Captions::new("nb", "nb", true), Captions { first: "nb".into(), second: None });
    }
}
