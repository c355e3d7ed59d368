//! The starter words every café begins with: `assets/words/pack.json` lists each word's
//! key, category and picture (`assets/words/pictures/<key>.svg`); `assets/words/<tag>.ftl`
//! holds the word in each shipped language (`kitchen-knife = en kniv`), with `# review:`
//! above a translation a native speaker should still check. The build fails when a
//! language lacks a word of `nb` or has one `nb` does not (build.rs), and a test checks
//! every word has its picture.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;

use super::Category;

include!(concat!(env!("OUT_DIR"), "/word_pack_sources.rs"));

/// One starter word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackWord {
    pub key: String,
    pub category: Category,
    /// The word in each language that has it, by locale tag.
    pub texts: HashMap<String, String>,
}

impl PackWord {
    /// The word in `lang`, if the pack has it there.
    pub fn text(&self, lang: &str) -> Option<&str> {
        self.texts.get(lang).map(String::as_str)
    }
}

/// The whole pack, read once from the embedded files.
#[derive(Debug)]
pub struct Pack {
    pub words: Vec<PackWord>,
    by_key: HashMap<String, usize>,
}

#[derive(Deserialize)]
struct Listing {
    words: Vec<ListedWord>,
}

#[derive(Deserialize)]
struct ListedWord {
    key: String,
    category: String,
}

impl Pack {
    /// The pack shipped in this binary.
    pub fn shipped() -> &'static Pack {
        static PACK: OnceLock<Pack> = OnceLock::new();
        PACK.get_or_init(|| Pack::parse(WORD_PACK_LISTING, WORD_PACK_TEXTS).expect("assets/words was checked by build.rs"))
    }

    /// Read a pack from its listing (JSON) and its texts (per locale, Fluent syntax).
    pub fn parse(listing: &str, texts: &[(&str, &str)]) -> Result<Pack, String> {
        let listing: Listing = serde_json::from_str(listing).map_err(|e| format!("pack.json: {e}"))?;
        let mut words = Vec::with_capacity(listing.words.len());
        let mut by_key = HashMap::new();
        for listed in listing.words {
            let category = Category::parse(&listed.category).ok_or_else(|| format!("{}: no category {}", listed.key, listed.category))?;
            if by_key.insert(listed.key.clone(), words.len()).is_some() {
                return Err(format!("{} is listed twice", listed.key));
            }
            words.push(PackWord { key: listed.key, category, texts: HashMap::new() });
        }
        for (tag, source) in texts {
            for (key, text) in parse_texts(source).map_err(|e| format!("{tag}.ftl: {e}"))? {
                let at = *by_key.get(&key).ok_or_else(|| format!("{tag}.ftl: {key} is not in pack.json"))?;
                words[at].texts.insert(tag.to_string(), text);
            }
        }
        Ok(Pack { words, by_key })
    }

    pub fn get(&self, key: &str) -> Option<&PackWord> {
        self.by_key.get(key).map(|&at| &self.words[at])
    }
}

/// `key = text` lines of a Fluent file, in order.
pub fn parse_texts(source: &str) -> Result<Vec<(String, String)>, String> {
    use fluent_syntax::ast;
    let resource = fluent_syntax::parser::parse(source).map_err(|(_, errors)| format!("{} syntax errors", errors.len()))?;
    let mut out = Vec::new();
    for entry in resource.body {
        if let ast::Entry::Message(message) = entry {
            let text: String = message
                .value
                .iter()
                .flat_map(|p| p.elements.iter())
                .map(|e| match e {
                    ast::PatternElement::TextElement { value } => *value,
                    ast::PatternElement::Placeable { .. } => "",
                })
                .collect();
            out.push((message.id.name.to_string(), text.trim().to_string()));
        }
    }
    Ok(out)
}
