//! Fluent bundles for every shipped locale, built once from the embedded .ftl sources.

use std::collections::HashMap;
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use super::format;
use super::locales::{self, REFERENCE};

include!(concat!(env!("OUT_DIR"), "/ftl_sources.rs"));

/// A value for a message variable.
pub type FluentArg = FluentValue<'static>;

type Bundle = FluentBundle<FluentResource>;

/// Formats messages in any shipped locale with the fallback chain lang → nb → en.
#[derive(Clone)]
pub struct Localizer {
    bundles: Arc<HashMap<String, Bundle>>,
}

impl Localizer {
    pub fn new() -> Self {
        Self::build(true)
    }

    /// Without U+2068/U+2069 around placeables: for plain-text output (CLI, tests).
    pub fn without_isolation() -> Self {
        Self::build(false)
    }

    fn build(isolating: bool) -> Self {
        let mut bundles = HashMap::new();
        for info in locales::LOCALES {
            let lang: LanguageIdentifier = info.tag.parse().expect("shipped tags parse");
            let mut bundle = Bundle::new_concurrent(vec![lang]);
            bundle.set_use_isolating(isolating);
            bundle.set_formatter(Some(format::fluent_formatter));
            bundle.add_function("NUMBER", format::fluent_number).expect("NUMBER registers once");
            for (tag, _file, source) in FTL_SOURCES.iter().filter(|(tag, _, _)| *tag == info.tag) {
                let resource =
                    FluentResource::try_new(source.to_string()).unwrap_or_else(|_| panic!("locales/{tag} was checked by build.rs"));
                bundle.add_resource(resource).unwrap_or_else(|_| panic!("locales/{tag} has no duplicates (build.rs)"));
            }
            bundles.insert(info.tag.to_string(), bundle);
        }
        Localizer { bundles: Arc::new(bundles) }
    }

    /// The chain of locales tried for `lang`, best first.
    pub fn fallback_chain(lang: &str) -> Vec<String> {
        let requested: Vec<LanguageIdentifier> = lang.parse().into_iter().collect();
        let available: Vec<LanguageIdentifier> = locales::LOCALES.iter().filter_map(|l| l.tag.parse().ok()).collect();
        let default: LanguageIdentifier = REFERENCE.parse().expect("nb parses");
        let mut chain: Vec<String> =
            fluent_langneg::negotiate_languages(&requested, &available, Some(&default), fluent_langneg::NegotiationStrategy::Filtering)
                .into_iter()
                .map(|l| l.to_string())
                .collect();
        for last in [REFERENCE, "en"] {
            if !chain.iter().any(|c| c == last) {
                chain.push(last.to_string());
            }
        }
        chain
    }

    /// Format message `id` in `lang` (falling back along the chain). An id that exists
    /// nowhere — impossible for the typed accessors — yields the id itself, visibly.
    pub fn format(&self, lang: &str, id: &str, args: &[(&str, FluentArg)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        for tag in Self::fallback_chain(lang) {
            let Some(bundle) = self.bundles.get(&tag) else { continue };
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else { continue };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
            return text.into_owned();
        }
        id.to_string()
    }

    /// A calendar date ("YYYY-MM-DD") in `lang`'s order, as the screen shows it; text
    /// that is not a date comes back unchanged.
    pub fn date(&self, lang: &str, iso: &str) -> String {
        match format::DateParts::parse(iso) {
            Some(d) => self.format_date(lang, d.day, d.month, d.year),
            None => iso.to_string(),
        }
    }

    /// Whether `lang` has its own translation of `id` (not a fallback).
    pub fn has_own(&self, lang: &str, id: &str) -> bool {
        self.bundles.get(lang).is_some_and(|b| b.has_message(id))
    }
}

impl Default for Localizer {
    fn default() -> Self {
        Self::new()
    }
}

include!(concat!(env!("OUT_DIR"), "/messages.rs"));
